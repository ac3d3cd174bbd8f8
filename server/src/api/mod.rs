//! `/api/v1`: one router per resource, merged here, with the API-wide layers.

mod campus;
mod health;
mod poles;

use axum::{
    http::{Method, Uri},
    middleware,
    response::{IntoResponse, Response},
    Router,
};
use model::{Problem, ProblemKind};
use tower_http::compression::CompressionLayer;

use crate::{error::problem_response, http::etag, AppState};

pub fn router(state: AppState) -> Router {
    let v1 = Router::new()
        .merge(campus::router())
        .merge(poles::router())
        .merge(health::router())
        .with_state(state);
    Router::new()
        .nest("/v1", v1)
        // Unknown API paths answer a problem, never the portal's index.html.
        .fallback(not_found)
        .layer(middleware::from_fn(etag::conditional_get))
        .layer(CompressionLayer::new())
}

async fn not_found(method: Method, uri: Uri) -> Response {
    problem_response(&Problem::new(
        ProblemKind::NotFound,
        format!("no API resource at {method} {uri}"),
    ))
    .into_response()
}
