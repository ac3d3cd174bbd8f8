//! The campus team's space: sign in with a second factor, read and move the applications
//! to the calls, read the audit log. Every route takes a staff extractor
//! ([`crate::auth::Staff`] and its kin): a start-up member gets 403, nobody 401.

mod applications;
mod audit;
mod second_factor;
mod session;

use axum::{
    extract::DefaultBodyLimit,
    http::{header, HeaderValue},
    response::Response,
    routing::{get, post},
    Router,
};
use model::api_paths as paths;
use tower_http::limit::RequestBodyLimitLayer;

use crate::{app_state::AppState, auth::StaffSession, db::team::Actor};

/// A sign-in or a code: a few hundred bytes.
const MAX_SMALL_BODY: usize = 4 * 1024;

pub fn router() -> Router<AppState> {
    let small = (
        DefaultBodyLimit::max(MAX_SMALL_BODY),
        RequestBodyLimitLayer::new(MAX_SMALL_BODY),
    );
    Router::new()
        .route(
            paths::TEAM_SESSION,
            post(session::sign_in).delete(session::sign_out),
        )
        .route(paths::TEAM_ME, get(session::me))
        .route(
            paths::TEAM_SECOND_FACTOR,
            post(second_factor::offer).put(second_factor::confirm),
        )
        .route(paths::TEAM_AUDIT, get(audit::page))
        .route(paths::TEAM_CALL_APPLICATIONS, get(applications::list))
        .route(paths::TEAM_APPLICATION, get(applications::show))
        .route(paths::TEAM_APPLICATION_DECK, get(applications::deck))
        .route(
            paths::TEAM_APPLICATION_STATE,
            post(applications::change_state),
        )
        .layer(small)
}

/// Team answers are private: never stored by a cache.
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn actor(session: &StaffSession) -> Actor {
    Actor {
        account_id: session.account_id,
        email: session.email.clone(),
    }
}
