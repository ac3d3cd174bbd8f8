//! `/calls`: the calls for applications, their status at the time of asking.

use axum::{
    extract::{Path, State},
    routing::get,
    Json, Router,
};
use model::api_paths as paths;
use model::{
    calls::{Call, CallSummary},
    validate_slug,
};

use crate::{app_state::AppState, clock, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::CALLS, get(list))
        .route(paths::CALL, get(show))
}

fn now() -> i64 {
    clock::now_unix() as i64
}

async fn list(State(state): State<AppState>) -> Result<Json<Vec<CallSummary>>, ApiError> {
    let now = now();
    Ok(Json(
        state
            .db
            .read(move |conn| db::load_call_summaries(conn, now))
            .await?,
    ))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Call>, ApiError> {
    // Not a slug: no call has it, and it is not quoted back (it may be anything).
    if validate_slug(&slug).is_err() {
        return Err(ApiError::NotFound("no call has this identifier".into()));
    }
    let now = now();
    let lookup = slug.clone();
    state
        .db
        .read(move |conn| db::load_call(conn, &lookup, now))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::NotFound(format!("no call `{slug}`")))
}
