//! Applying to a call: `POST /calls/{slug}/applications` mails the link to the address's
//! application (a new draft while the call is open); the link's owner reads it (`GET`),
//! saves its form as it is typed (`PATCH`, a merge patch naming the version it changes),
//! uploads the pitch deck (`PUT …/deck`, a PDF), submits it (`POST …/submission`, refused
//! once the call has closed, Paris time) and may withdraw it (`POST …/withdrawal`, which
//! deletes it). Never `GET` with an effect: a mail scanner opening links changes nothing.

use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Json, Router,
};
use model::api_paths as paths;
use model::calls::{Application, ApplicationStart, ApplicationState, CallStatus, DECK_MAX_BYTES};

use super::json_body::{from_object, json_object, JSON, MERGE_PATCH};
use crate::{
    app_state::AppState,
    auth::ClientIp,
    clock, db,
    error::ApiError,
    http::etag::{version_tag, IfMatch},
    input::{check_deck, DeckError},
    paris,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::CALL_APPLICATIONS, post(start))
        .route(paths::APPLICATION, get(show).patch(save))
        .route(
            paths::APPLICATION_DECK,
            // The deck's own bound, with room for nothing else.
            put(deck).layer(DefaultBodyLimit::max(DECK_MAX_BYTES + 1)),
        )
        .route(paths::APPLICATION_SUBMISSION, post(submit))
        .route(paths::APPLICATION_WITHDRAWAL, post(withdraw))
}

fn now() -> i64 {
    clock::now_unix() as i64
}

/// The application, private to its link's owner, with its version as a strong ETag.
fn private(application: Application) -> Response {
    let etag = version_tag(application.version);
    let mut response = Json(application).into_response();
    let headers = response.headers_mut();
    if let Ok(tag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, tag);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
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
    ApiError::NotFound("no application has this link (it may have been withdrawn)".into())
}

fn refused(state: ApplicationState) -> ApiError {
    ApiError::Conflict(format!(
        "this application is {}: it can no longer be changed this way",
        state.code()
    ))
}

async fn start(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let request: ApplicationStart = from_object(json_object(&headers, &body, &[JSON])?)?;
    let errors = request.check();
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    state
        .application_limits
        .check(client, &request.email)
        .map_err(ApiError::TooManyRequests)?;
    let letters = state.mail.letters.clone();
    let lookup = slug.clone();
    let outcome = state
        .db
        .write(move |conn| db::start_application(conn, &lookup, &request, now(), &letters))
        .await?;
    match outcome {
        db::Started::Mailed => {
            state.mail.bell.notify_one();
            Ok(StatusCode::ACCEPTED)
        }
        db::Started::NoCall => Err(ApiError::NotFound(if model::validate_slug(&slug).is_ok() {
            format!("no call `{slug}`")
        } else {
            "no call has this identifier".into()
        })),
        db::Started::NotOpen(status) => Err(ApiError::Conflict(format!(
            "this call is {}: it takes no new application",
            status.code()
        ))),
    }
}

async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    state
        .db
        .read(move |conn| db::load_application(conn, &token, now()))
        .await?
        .map(private)
        .ok_or_else(unknown)
}

/// What a write's outcome means for the applicant.
fn answer(state: &AppState, written: db::Written) -> Result<Response, ApiError> {
    match written {
        db::Written::Done(application) => {
            state.mail.bell.notify_one();
            Ok(private(*application))
        }
        db::Written::NotFound => Err(unknown()),
        db::Written::Refused(current) => Err(refused(current)),
        db::Written::Stale(version) => Err(ApiError::Stale(format!(
            "this application was saved elsewhere in the meantime (now {}): read it again",
            version_tag(version)
        ))),
        db::Written::Invalid(errors) => Err(ApiError::InvalidFields(errors)),
        db::Written::Closed(call) => Err(ApiError::Conflict(match (call.status, call.closes) {
            (CallStatus::Upcoming, _) => "this call is not open yet".to_owned(),
            (_, Some(closes)) => format!("this call closed on {closes} (Paris time)"),
            (_, None) => "this call is closed".to_owned(),
        })),
    }
}

async fn save(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    let if_match = IfMatch::parse(&headers)?;
    let patch = json_object(&headers, &body, &[MERGE_PATCH, JSON])?;
    let written = state
        .db
        .write(move |conn| {
            db::save_form(
                conn,
                &token,
                |version| if_match.admits(version),
                patch,
                now(),
                paris::today(),
            )
        })
        .await?;
    answer(&state, written)
}

async fn deck(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !kind.trim().eq_ignore_ascii_case("application/pdf") {
        return Err(ApiError::UnsupportedMediaType(
            "send the pitch deck as application/pdf".into(),
        ));
    }
    // Parsed off the async runtime: a large document is real work.
    let pages = tokio::task::spawn_blocking({
        let body = body.clone();
        move || check_deck(&body)
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(|e| match e {
        DeckError::TooLarge => {
            ApiError::PayloadTooLarge(format!("the pitch deck is at most {DECK_MAX_BYTES} bytes"))
        }
        DeckError::NotPdf => ApiError::invalid_field("deck", "not a whole PDF document with pages"),
    })?;
    let written = state
        .db
        .write(move |conn| db::save_deck(conn, &token, &body, pages, now()))
        .await?;
    answer(&state, written)
}

async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    let letters = state.mail.letters.clone();
    let written = state
        .db
        .write(move |conn| db::submit_application(conn, &token, now(), paris::today(), &letters))
        .await?;
    answer(&state, written)
}

async fn withdraw(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<StatusCode, ApiError> {
    let token = token_of(&token)?;
    let letters = state.mail.letters.clone();
    let outcome = state
        .db
        .write(move |conn| db::withdraw_application(conn, &token, now(), &letters))
        .await?;
    match outcome {
        db::Withdrawn::Deleted => {
            state.mail.bell.notify_one();
            Ok(StatusCode::NO_CONTENT)
        }
        db::Withdrawn::NotFound => Err(unknown()),
        db::Withdrawn::Refused(current) => Err(refused(current)),
    }
}
