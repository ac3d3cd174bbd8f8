use axum::{
    extract::{Path, State},
    routing::get,
    Json, Router,
};
use model::api_paths as paths;
use model::{validate_slug, Pole, PoleSummary};

use crate::{app_state::AppState, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::POLES, get(list))
        .route(paths::POLE, get(show))
}

async fn list(State(state): State<AppState>) -> Result<Json<Vec<PoleSummary>>, ApiError> {
    Ok(Json(state.db.read(db::load_poles).await?))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Pole>, ApiError> {
    // A malformed slug cannot name a pole: answer 404 like any unknown one, without a query.
    if let Err(e) = validate_slug(&slug) {
        return Err(ApiError::NotFound(format!(
            "no pole has this identifier ({e})"
        )));
    }
    let found = state
        .db
        .read(move |conn| db::load_pole(conn, &slug).map(|p| (slug, p)))
        .await?;
    match found {
        (_, Some(pole)) => Ok(Json(pole)),
        (slug, None) => Err(ApiError::NotFound(format!("no pole `{slug}`"))),
    }
}
