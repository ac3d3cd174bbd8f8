//! Registrations to events: `POST /events/{slug}/registrations` holds a place and mails
//! its link; the link's owner reads (`GET`), confirms (`POST …/confirmation`) and cancels
//! (`DELETE`) it at `/registrations/{token}`. Never `GET` with an effect: a mail scanner
//! opening links changes nothing.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    routing::{get, post},
    Json, Router,
};
use model::agenda::{
    Registration, RegistrationReceipt, RegistrationRequest, RegistrationState, HOLD_MINUTES,
};
use model::api_paths as paths;

use super::json_body::{from_object, json_object, JSON};
use crate::{app_state::AppState, auth::ClientIp, clock, db, error::ApiError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::EVENT_REGISTRATIONS, post(register))
        .route(paths::REGISTRATION, get(show).delete(cancel))
        .route(paths::REGISTRATION_CONFIRMATION, post(confirm))
}

fn now() -> i64 {
    clock::now_unix() as i64
}

async fn register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<RegistrationReceipt>), ApiError> {
    let registration: RegistrationRequest = from_object(json_object(&headers, &body, &[JSON])?)?;
    let errors = registration.check();
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    state
        .registration_limits
        .check(client, &registration.email)
        .map_err(ApiError::TooManyRequests)?;
    let letters = state.mail.letters.clone();
    let lookup = slug.clone();
    let outcome = state
        .db
        .write(move |conn| db::register(conn, &lookup, &registration, now(), &letters))
        .await?;
    match outcome {
        db::Registered::Held => {
            state.agenda.invalidate();
            state.mail.bell.notify_one();
            Ok((
                StatusCode::ACCEPTED,
                Json(RegistrationReceipt {
                    state: RegistrationState::Pending,
                    hold_minutes: HOLD_MINUTES,
                }),
            ))
        }
        db::Registered::NotFound => {
            Err(ApiError::NotFound(if model::validate_slug(&slug).is_ok() {
                format!("no event `{slug}`")
            } else {
                "no event has this identifier".into()
            }))
        }
        db::Registered::Closed => Err(ApiError::Conflict(
            "registration for this event is closed".into(),
        )),
    }
}

/// A link's secret: 64 hexadecimal digits. Anything else is unknown, and never quoted.
fn token_of(token: &str) -> Result<String, ApiError> {
    if model::agenda::is_link_secret(token) {
        Ok(token.to_ascii_lowercase())
    } else {
        Err(unknown())
    }
}

fn unknown() -> ApiError {
    ApiError::NotFound(
        "no registration has this link (it may have been deleted after the event)".into(),
    )
}

async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<Registration>, ApiError> {
    let token = token_of(&token)?;
    state
        .db
        .read(move |conn| db::view_registration(conn, &token, now()))
        .await?
        .map(Json)
        .ok_or_else(unknown)
}

async fn confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<Registration>, ApiError> {
    let token = token_of(&token)?;
    let letters = state.mail.letters.clone();
    let view = state
        .db
        .write(move |conn| db::confirm_registration(conn, &token, now(), &letters))
        .await?
        .ok_or_else(unknown)?;
    state.agenda.invalidate();
    state.mail.bell.notify_one();
    Ok(Json(view))
}

async fn cancel(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<Registration>, ApiError> {
    let token = token_of(&token)?;
    let letters = state.mail.letters.clone();
    let view = state
        .db
        .write(move |conn| db::cancel_registration(conn, &token, now(), &letters))
        .await?
        .ok_or_else(unknown)?;
    state.agenda.invalidate();
    state.mail.bell.notify_one();
    Ok(Json(view))
}
