use axum::{
    extract::{Path, RawQuery, State},
    routing::get,
    Json, Router,
};
use model::{
    catalogue::{decode_query, CatalogueQuery, Programme, ProgrammeList},
    validate_slug,
};

use crate::{clock::today, db, error::ApiError, AppState};

pub const DEFAULT_PER_PAGE: u32 = 20;
/// Enough for a client to take the whole real catalogue in one request.
pub const MAX_PER_PAGE: u32 = 1000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/programmes", get(list))
        .route("/programmes/{slug}", get(show))
}

pub(super) fn bad(parameter: &str, detail: String) -> ApiError {
    ApiError::BadRequest {
        parameter: Some(parameter.to_owned()),
        detail,
    }
}

async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<ProgrammeList>, ApiError> {
    let (pairs, bad_encodings) = decode_query(raw.as_deref().unwrap_or(""));
    if let Some(issue) = bad_encodings.first() {
        return Err(bad(
            &issue.parameter,
            format!("`{}`: {}", issue.value, issue.reason),
        ));
    }
    let mut per_page = DEFAULT_PER_PAGE;
    let mut catalogue_pairs = Vec::new();
    for (key, value) in &pairs {
        if key == "per_page" {
            per_page = value
                .parse()
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or_else(|| {
                    bad(
                        "per_page",
                        format!("expected 1 to {MAX_PER_PAGE}, got `{value}`"),
                    )
                })?;
        } else {
            catalogue_pairs.push((key.as_str(), value.as_str()));
        }
    }
    let (query, issues) = CatalogueQuery::parse(catalogue_pairs);
    if let Some(issue) = issues.first() {
        return Err(bad(
            &issue.parameter,
            format!("{}: `{}` ({})", issue.parameter, issue.value, issue.reason),
        ));
    }
    let result = state.catalogue.search(&query, today());
    let page = query.page();
    let start = ((page - 1) as usize).saturating_mul(per_page as usize);
    let items = result
        .matches
        .iter()
        .skip(start)
        .take(per_page as usize)
        .map(|i| state.catalogue.get(*i).clone())
        .collect();
    Ok(Json(ProgrammeList {
        total: result.matches.len() as u32,
        page,
        per_page,
        items,
        facets: result.facets,
    }))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Programme>, ApiError> {
    if let Err(e) = validate_slug(&slug) {
        return Err(ApiError::NotFound(format!("no programme `{slug}` ({e})")));
    }
    let lookup = slug.clone();
    match state
        .db
        .read(move |conn| db::load_programme(conn, &lookup))
        .await?
    {
        Some(programme) => Ok(Json(programme)),
        None => Err(ApiError::NotFound(format!("no programme `{slug}`"))),
    }
}
