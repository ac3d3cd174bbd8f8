//! `/api/v1`: one router per resource, merged here, with the API-wide layers.

mod campus;
mod health;
mod listing;
mod poles;
mod programmes;
mod space;
mod startups;

use axum::{
    http::{Method, Uri},
    middleware,
    response::Response,
    Router,
};
use model::{Problem, ProblemKind};
use tower_http::compression::CompressionLayer;

use crate::{error::problem_response, http::etag, AppState};

pub fn router(state: AppState) -> Router {
    let v1 = Router::new()
        .merge(campus::router())
        .merge(poles::router())
        .merge(programmes::router())
        .merge(startups::router())
        .merge(space::router())
        .merge(health::router())
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state);
    Router::new()
        .nest("/v1", v1)
        // Unknown API paths answer a problem, never the portal's index.html.
        .fallback(not_found)
        .layer(middleware::from_fn(etag::conditional_get))
        .layer(CompressionLayer::new())
}

/// The answer to any unknown path under `/api`, never the portal's `index.html`.
pub async fn not_found(method: Method, uri: Uri) -> Response {
    problem_response(&Problem::new(
        ProblemKind::NotFound,
        format!("no API resource at {method} {uri}"),
    ))
}

async fn method_not_allowed(method: Method, uri: Uri) -> Response {
    problem_response(&Problem::new(
        ProblemKind::MethodNotAllowed,
        format!("{method} is not supported on {uri}"),
    ))
}
