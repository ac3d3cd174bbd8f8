//! `/api/v1`: one router per resource, merged here, with the API-wide layers.

mod applications;
mod calls;
mod campus;
mod events;
mod health;
mod invitations;
mod json_body;
mod listing;
mod poles;
mod programmes;
mod registrations;
mod space;
mod startups;
mod team;

use axum::{http::Method, middleware, response::Response, Router};
use model::{Problem, ProblemKind};
use tower_http::compression::CompressionLayer;

use crate::{app_state::AppState, error::problem_response, http::etag};

pub fn router(state: AppState) -> Router {
    let v1 = Router::new()
        .merge(campus::router())
        .merge(poles::router())
        .merge(programmes::router())
        .merge(startups::router())
        .merge(events::router())
        .merge(registrations::router())
        .merge(calls::router())
        .merge(applications::router())
        .merge(invitations::router())
        .merge(space::router())
        .merge(team::router())
        .merge(health::router())
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state);
    Router::new()
        .nest(model::api_paths::VERSION, v1)
        // Unknown API paths answer a problem, never the portal's index.html.
        .fallback(not_found)
        .layer(middleware::from_fn(etag::conditional_get))
        .layer(middleware::from_fn(log_request))
        .layer(CompressionLayer::new())
}

/// The answer to any unknown path under `/api`, never the portal's `index.html`.
pub async fn not_found(method: Method) -> Response {
    problem_response(&Problem::new(
        ProblemKind::NotFound,
        // The address is not quoted: it may hold anything a client typed.
        format!("no API resource answers {method} at this address"),
    ))
}

async fn method_not_allowed(method: Method) -> Response {
    problem_response(&Problem::new(
        ProblemKind::MethodNotAllowed,
        format!("{method} is not supported on this resource"),
    ))
}

/// One log line per API request: method, path (public slugs only; never the query string,
/// which may hold search text), status and duration. Nothing personal, nothing secret.
async fn log_request(request: axum::extract::Request, next: middleware::Next) -> Response {
    let started = std::time::Instant::now();
    let method = request.method().clone();
    // This router is nested under `/api`, which the path here no longer shows.
    let route = format!(
        "{}{}",
        model::api_paths::ROOT,
        loggable(request.uri().path())
    );
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::error!(%method, route, status, ms, "request");
    } else {
        tracing::debug!(%method, route, status, ms, "request");
    }
    response
}

/// A path as it may be logged: the secret of a registration, an application or an
/// invitation never is.
fn loggable(path: &str) -> std::borrow::Cow<'_, str> {
    for secret_holder in [
        "/v1/registrations/",
        "/v1/applications/",
        "/v1/invitations/",
    ] {
        if let Some(rest) = path.strip_prefix(secret_holder) {
            let tail = rest.split_once('/').map_or("", |(_, tail)| tail);
            let slash = if tail.is_empty() { "" } else { "/" };
            return format!("{secret_holder}{{token}}{slash}{tail}").into();
        }
    }
    path.into()
}
