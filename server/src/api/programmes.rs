use axum::{
    extract::{Path, RawQuery, State},
    routing::get,
    Json, Router,
};
use model::api_paths as paths;
use model::{
    catalogue::{CatalogueQuery, Programme, ProgrammeList},
    validate_slug,
};

use super::listing::list_query;
use crate::{app_state::AppState, clock::today, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::PROGRAMMES, get(list))
        .route(paths::PROGRAMME, get(show))
}

async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<ProgrammeList>, ApiError> {
    let list = list_query::<CatalogueQuery>(raw.as_deref())?;
    Ok(Json(state.catalogue().list(
        &list.query,
        today(),
        list.locale,
        list.per_page,
    )))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Programme>, ApiError> {
    if let Err(e) = validate_slug(&slug) {
        return Err(ApiError::NotFound(format!(
            "no programme has this identifier ({e})"
        )));
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
