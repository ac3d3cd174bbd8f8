//! The decision outbox: prepare a decision (a first draft of its letter), read and edit
//! the letters, approve each one, then send the approved ones together.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
    Json,
};
use model::team::{
    DecisionApproval, DecisionEdit, DecisionPreparation, DecisionsSent, DECISION_BODY_MAX,
    DECISION_SUBJECT_MAX,
};

use super::{actor, id_of, no_call, now, private, unknown_application};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    db::{self, decisions::DecisionWrite},
    error::ApiError,
    http::etag::{version_tag, IfMatch},
};

fn answer(written: DecisionWrite) -> Result<Response, ApiError> {
    match written {
        DecisionWrite::Done(letter) => Ok(private(Json(*letter).into_response())),
        DecisionWrite::NotFound => Err(ApiError::NotFound(
            "no decision waits for this application".into(),
        )),
        DecisionWrite::Refused(why) => Err(ApiError::Conflict(why)),
        DecisionWrite::Stale(version) => Err(ApiError::Stale(format!(
            "this letter was changed in the meantime (now {}): read it again",
            version_tag(version)
        ))),
    }
}

pub async fn prepare(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let DecisionPreparation { decision } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let who = actor(&session);
    let written = state
        .db
        .write(move |conn| db::decisions::prepare(conn, id, decision, &who, now()))
        .await?;
    match written {
        DecisionWrite::NotFound => Err(unknown_application()),
        other => answer(other),
    }
}

pub async fn list(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let lookup = slug.clone();
    let found = state
        .db
        .read(move |conn| {
            if db::load_call(conn, &lookup, 0)?.is_none() {
                return Ok(None);
            }
            db::decisions::letters(conn, &lookup, viewer.account_id).map(Some)
        })
        .await?
        .ok_or_else(no_call)?;
    Ok(private(Json(found).into_response()))
}

pub async fn edit(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let if_match = IfMatch::parse(&headers)?;
    let DecisionEdit { subject, body } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let mut errors = Vec::new();
    for (field, text, max) in [
        ("subject", &subject, DECISION_SUBJECT_MAX),
        ("body", &body, DECISION_BODY_MAX),
    ] {
        let length = text.trim().chars().count();
        if length == 0 || length > max || (field == "subject" && text.contains(['\r', '\n'])) {
            errors.push(model::directory::FieldError {
                field: field.into(),
                reason: format!("required, one line for the subject, at most {max} characters"),
            });
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    let who = actor(&session);
    let written = state
        .db
        .write(move |conn| {
            db::decisions::edit(
                conn,
                id,
                |v| if_match.admits(v),
                (subject.trim(), body.trim()),
                &who,
                now(),
            )
        })
        .await?;
    answer(written)
}

pub async fn approve(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let DecisionApproval { version } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let who = actor(&session);
    let written = state
        .db
        .write(move |conn| db::decisions::approve(conn, id, version, &who, now()))
        .await?;
    answer(written)
}

pub async fn send(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let (letters, who) = (state.mail.letters.clone(), actor(&session));
    let (sent, waiting) = state
        .db
        .write(move |conn| db::decisions::send_approved(conn, &slug, &who, now(), &letters))
        .await?
        .ok_or_else(no_call)?;
    if sent > 0 {
        state.mail.bell.notify_one();
    }
    Ok(private(
        Json(DecisionsSent { sent, waiting }).into_response(),
    ))
}
