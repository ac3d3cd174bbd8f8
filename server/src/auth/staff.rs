//! The campus team's sessions. Every team route takes one of these extractors, so a route
//! cannot forget its check: a start-up member gets 403 and nobody gets 401.

use axum::{extract::FromRequestParts, http::request::Parts};

use super::member::{csrf_checked, session_of};
use crate::{app_state::AppState, db, error::ApiError};

/// A signed-in staff member who has proved the second factor at this sign-in.
#[derive(Clone, Debug)]
pub struct Staff(pub StaffSession);

/// A staff session, whether or not its second factor is proved yet (`GET /team/me`).
#[derive(Clone, Debug)]
pub struct StaffSignedIn(pub StaffSession);

/// A staff session, proved or not, changing something with the CSRF token: enrolment and
/// sign-out take it.
#[derive(Clone, Debug)]
pub struct StaffEnrolling(pub StaffSession);

/// [`Staff`] allowed to change something: the request also carries the CSRF token.
#[derive(Clone, Debug)]
pub struct StaffWrite(pub StaffSession);

#[derive(Clone, Debug)]
pub struct StaffSession {
    pub account_id: i64,
    pub email: String,
    pub csrf_token: String,
    pub token_hash: String,
    pub expires_at: u64,
    pub second_factor_done: bool,
}

async fn staff_session(parts: &Parts, state: &AppState) -> Result<StaffSession, ApiError> {
    let session = session_of(parts, state).await?;
    if session.role != db::Role::Staff {
        return Err(ApiError::Forbidden(
            "the campus team's space is for campus team accounts".into(),
        ));
    }
    Ok(StaffSession {
        account_id: session.account_id,
        email: session.email,
        csrf_token: session.csrf_token,
        token_hash: session.token_hash,
        expires_at: session.expires_at,
        second_factor_done: session.second_factor_done,
    })
}

impl FromRequestParts<AppState> for StaffSignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(StaffSignedIn(staff_session(parts, state).await?))
    }
}

impl FromRequestParts<AppState> for StaffEnrolling {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let session = staff_session(parts, state).await?;
        csrf_checked(parts, &session.csrf_token)?;
        Ok(StaffEnrolling(session))
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let session = staff_session(parts, state).await?;
        if !session.second_factor_done {
            return Err(ApiError::Forbidden(
                "add an authenticator app first: the team space needs a second factor".into(),
            ));
        }
        Ok(Staff(session))
    }
}

impl FromRequestParts<AppState> for StaffWrite {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Staff(session) = Staff::from_request_parts(parts, state).await?;
        csrf_checked(parts, &session.csrf_token)?;
        Ok(StaffWrite(session))
    }
}
