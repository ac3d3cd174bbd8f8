//! The start-up space: sign in and out, the member's own profile (read, replace, patch,
//! logo) and its history. Every route finds the start-up from the session, never from the
//! request: a member can only ever reach its own.

mod history;
mod logo;
mod profile;
mod session;

use axum::{
    extract::DefaultBodyLimit,
    http::{header, HeaderValue},
    response::Response,
    routing::{get, post, put},
    Router,
};
use model::api_paths as paths;

use tower_http::limit::RequestBodyLimitLayer;

use crate::app_state::AppState;

/// Uploaded logos: at most 1 MB.
pub const MAX_LOGO_BYTES: usize = 1_000_000;
/// Profile writes: a full profile is a few KB; this leaves room for every field at its bound.
pub const MAX_PROFILE_BYTES: usize = 64 * 1024;
/// A sign-in body holds an e-mail and a password.
pub const MAX_SIGN_IN_BYTES: usize = 4 * 1024;

/// A body limit that also refuses an announced `Content-Length` over it before reading
/// anything, so `Expect: 100-continue` gets 413, never 100. axum's own limit alone counts
/// the bytes as they arrive, after hyper has said "continue".
fn body_limit(bytes: usize) -> (DefaultBodyLimit, RequestBodyLimitLayer) {
    (
        DefaultBodyLimit::max(bytes),
        RequestBodyLimitLayer::new(bytes),
    )
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            paths::SESSION,
            post(session::sign_in)
                .delete(session::sign_out)
                .layer(body_limit(MAX_SIGN_IN_BYTES)),
        )
        .route(paths::ME, get(session::me))
        .route(
            paths::MY_STARTUP,
            get(profile::my_startup)
                .put(profile::replace_startup)
                .patch(profile::patch_startup)
                .layer(body_limit(MAX_PROFILE_BYTES)),
        )
        .route(
            paths::MY_LOGO,
            put(logo::upload_logo).layer(body_limit(2 * MAX_LOGO_BYTES)),
        )
        .route(paths::MY_HISTORY, get(history::my_history))
}

/// Private answers are never stored by caches.
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
