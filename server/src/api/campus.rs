use axum::{extract::State, routing::get, Json, Router};
use model::api_paths as paths;
use model::Campus;

use crate::{app_state::AppState, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new().route(paths::CAMPUS, get(campus))
}

async fn campus(State(state): State<AppState>) -> Result<Json<Campus>, ApiError> {
    Ok(Json(state.db.read(db::load_campus).await?))
}
