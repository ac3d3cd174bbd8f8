use axum::{routing::get, Json, Router};
use model::api_paths as paths;
use model::Health;

use crate::{app_state::AppState, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new().route(paths::HEALTH, get(health))
}

/// Liveness and database reachability.
async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<Json<Health>, ApiError> {
    state
        .db
        .read(|conn| conn.query_row("SELECT 1", [], |r| r.get::<_, i64>(0)))
        .await?;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}
