//! The campus team's space: sign in with a second factor, read and move the applications
//! to the calls, read the audit log. Every route takes a staff extractor
//! ([`crate::auth::Staff`] and its kin): a start-up member gets 403, nobody 401.

mod applications;
mod audit;
mod decisions;
mod events;
mod programmes;
mod reviews;
mod second_factor;
mod session;
mod startups;

use axum::{
    extract::DefaultBodyLimit,
    http::{header, HeaderValue},
    response::Response,
    routing::{delete, get, patch, post, put},
    Router,
};
use model::api_paths as paths;
use tower_http::limit::RequestBodyLimitLayer;

use crate::{app_state::AppState, auth::StaffSession, db::team::Actor, error::ApiError};

/// The largest team bodies: an event (two descriptions of 6,000 characters and the rest)
/// and a decision letter (10,000 characters), at up to 4 bytes a character.
const MAX_BODY: usize = 128 * 1024;

pub fn router() -> Router<AppState> {
    let bounded = (
        DefaultBodyLimit::max(MAX_BODY),
        RequestBodyLimitLayer::new(MAX_BODY),
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
        .route(paths::TEAM_STAFF, get(reviews::staff))
        .route(paths::TEAM_APPLICATION_REVIEWERS, put(reviews::assign))
        .route(paths::TEAM_APPLICATION_CONFLICT, post(reviews::conflict))
        .route(paths::TEAM_APPLICATION_REVIEW, put(reviews::score))
        .route(paths::TEAM_APPLICATION_REVIEWS, get(reviews::board))
        .route(paths::TEAM_APPLICATION_DECISION, put(decisions::prepare))
        .route(paths::TEAM_CALL_DECISIONS, get(decisions::list))
        .route(paths::TEAM_CALL_DECISIONS_SENDING, post(decisions::send))
        .route(paths::TEAM_DECISION, patch(decisions::edit))
        .route(paths::TEAM_DECISION_APPROVAL, post(decisions::approve))
        .route(paths::TEAM_STARTUPS, get(startups::list))
        .route(paths::TEAM_ACCOUNT, delete(startups::remove_member))
        .route(paths::TEAM_STARTUP_INVITATIONS, post(startups::invite))
        .route(paths::TEAM_STARTUP_PUBLICATION, put(startups::publication))
        .route(
            paths::TEAM_PROGRAMMES,
            get(programmes::list).post(programmes::create),
        )
        .route(
            paths::TEAM_PROGRAMME,
            get(programmes::show).put(programmes::edit),
        )
        .route(paths::TEAM_PROGRAMME_ARCHIVAL, put(programmes::archival))
        .route(paths::TEAM_EVENTS, get(events::list))
        .route(paths::TEAM_EVENT, get(events::show).put(events::upsert))
        .route(paths::TEAM_EVENT_CANCELLATION, post(events::cancel))
        .route(paths::TEAM_EVENT_REGISTRATIONS, get(events::registrations))
        .layer(bounded)
}

/// Team answers are private: never stored by a cache.
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Now, in the Unix seconds the database's times use.
fn now() -> i64 {
    crate::clock::now_unix() as i64
}

fn unknown_application() -> ApiError {
    ApiError::NotFound("no submitted application has this number".into())
}

fn no_call() -> ApiError {
    ApiError::NotFound("no call has this identifier".into())
}

/// A record's number in an address (an application's, an account's); anything else is
/// `unknown`, and never quoted.
fn number_in(text: &str, unknown: fn() -> ApiError) -> Result<i64, ApiError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(unknown)
}

/// An application's number.
fn id_of(text: &str) -> Result<i64, ApiError> {
    number_in(text, unknown_application)
}

fn actor(session: &StaffSession) -> Actor {
    Actor {
        account_id: session.account_id,
        email: session.email.clone(),
    }
}
