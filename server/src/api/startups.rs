use axum::{
    extract::{Path, Query, RawQuery, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use model::api_paths as paths;
use model::{
    directory::{DirectoryQuery, Startup, StartupList},
    validate_slug,
};

use super::listing::list_query;
use crate::{app_state::AppState, auth::Member, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::STARTUPS, get(list))
        .route(paths::STARTUP, get(show))
        .route(paths::STARTUP_LOGO, get(logo))
}

async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<StartupList>, ApiError> {
    let list = list_query::<DirectoryQuery>(raw.as_deref())?;
    Ok(Json(state.directory().list(&list.query, list.per_page)))
}

#[derive(serde::Deserialize)]
struct LogoVersion {
    v: Option<String>,
}

fn not_found(slug: &str) -> ApiError {
    ApiError::NotFound(format!("no start-up `{slug}`"))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Startup>, ApiError> {
    if validate_slug(&slug).is_err() {
        // Not a slug: not quoted either (it may be anything a client typed).
        return Err(ApiError::NotFound("no start-up has this identifier".into()));
    }
    let lookup = slug.clone();
    state
        .db
        .read(move |conn| db::load_published_startup(conn, &lookup))
        .await?
        .map(Json)
        .ok_or_else(|| not_found(&slug))
}

/// An uploaded logo, with the type recognised from its bytes when it was stored. Its
/// address carries the version, so it is cached for a year.
/// An uploaded logo. A profile not yet published shows its logo only to its own members
/// (who are completing it), never cached.
async fn logo(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(version): Query<LogoVersion>,
    member: Result<Member, ApiError>,
) -> Result<Response, ApiError> {
    if validate_slug(&slug).is_err() {
        // Not a slug: not quoted either (it may be anything a client typed).
        return Err(ApiError::NotFound("no start-up has this identifier".into()));
    }
    let lookup = slug.clone();
    let logo = state
        .db
        .read(move |conn| db::load_logo(conn, &lookup))
        .await?
        .filter(|logo| logo.published || member.is_ok_and(|m| m.startup == slug))
        .ok_or_else(|| ApiError::NotFound(format!("start-up `{slug}` has no uploaded logo")))?;
    // Only the current version's address of a public logo may be cached for good.
    let cache = if !logo.published {
        "private, no-store"
    } else if version.v.as_deref() == Some(logo.version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let content_type = HeaderValue::from_str(&logo.content_type)
        .map_err(|e| ApiError::Internal(format!("logo content type: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            // An image is never a document: nothing in it may run even if opened directly.
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; sandbox"),
            ),
        ],
        logo.bytes,
    )
        .into_response())
}
