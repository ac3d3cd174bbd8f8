//! Reviewing: the team's members to pick from, assigning reviewers, a reviewer's conflict
//! of interest, its scores, and the board of an application's reviews (blind until one's
//! own is given).

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::calls::{ConflictDeclaration, ReviewScores, ReviewerAssignment, COMMENT_MAX};

use super::{actor, id_of, now, private, unknown_application as unknown};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    db::{self, reviews::ReviewWrite},
    error::ApiError,
};

fn answer(written: ReviewWrite) -> Result<Response, ApiError> {
    match written {
        ReviewWrite::Done(board) => Ok(private(Json(*board).into_response())),
        ReviewWrite::NotFound => Err(unknown()),
        ReviewWrite::Refused(state) => Err(ApiError::Conflict(format!(
            "this application is {}: it is not in review",
            state.code()
        ))),
        ReviewWrite::UnknownStaff(emails) => Err(ApiError::InvalidFields(
            emails
                .into_iter()
                .map(|email| model::directory::FieldError {
                    field: "reviewers".into(),
                    reason: format!("{email} is not a campus team account"),
                })
                .collect(),
        )),
        ReviewWrite::NotAssigned => Err(ApiError::Forbidden(
            "only the application's reviewers score it".into(),
        )),
        ReviewWrite::Blind => Err(ApiError::Forbidden(
            "give your own review before changing this application's reviewers".into(),
        )),
    }
}

pub async fn staff(State(state): State<AppState>, Staff(_): Staff) -> Result<Response, ApiError> {
    let members = state.db.read(db::staff_members).await?;
    Ok(private(Json(members).into_response()))
}

pub async fn assign(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let ReviewerAssignment { reviewers } = from_object(json_object(&headers, &body, &[JSON])?)?;
    if reviewers.len() > 20 {
        return Err(ApiError::BadRequest {
            parameter: Some("reviewers".into()),
            detail: "at most 20 reviewers".into(),
        });
    }
    let who = actor(&session);
    let written = state
        .db
        .write(move |conn| db::reviews::assign(conn, id, &reviewers, &who, now()))
        .await?;
    answer(written)
}

pub async fn conflict(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let id = id_of(&id)?;
    let ConflictDeclaration { note } = from_object(json_object(&headers, &body, &[JSON])?)?;
    if note.chars().count() > COMMENT_MAX {
        return Err(ApiError::BadRequest {
            parameter: Some("note".into()),
            detail: format!("a note is at most {COMMENT_MAX} characters"),
        });
    }
    let who = actor(&session);
    let declared = state
        .db
        .write(move |conn| db::reviews::declare_conflict(conn, id, &note, &who, now()))
        .await?;
    if declared {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(unknown())
    }
}

pub async fn score(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let scores: ReviewScores = from_object(json_object(&headers, &body, &[JSON])?)?;
    let errors = scores.check();
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    let who = actor(&session);
    let written = state
        .db
        .write(move |conn| db::reviews::save_review(conn, id, &scores, &who, now()))
        .await?;
    answer(written)
}

pub async fn board(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let board = state
        .db
        .read(move |conn| db::reviews::board(conn, id, viewer.account_id))
        .await?
        .ok_or_else(unknown)?;
    Ok(private(Json(board).into_response()))
}
