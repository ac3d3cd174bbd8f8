//! The applications as the team reads them: a call's list, one application, its pitch
//! deck (served to no one else), and the team's moves along the review.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use model::team::StateChange;

use super::{actor, id_of, no_call, now, private, unknown_application as unknown};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    db,
    error::ApiError,
};

pub async fn list(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let lookup = slug.clone();
    let rows = state
        .db
        .read(move |conn| db::list_for_call(conn, &lookup, viewer.account_id))
        .await?
        .ok_or_else(no_call)?;
    Ok(private(Json(rows).into_response()))
}

pub async fn show(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let found = state
        .db
        .read(move |conn| db::load_for_staff(conn, id, viewer.account_id, now()))
        .await?
        .ok_or_else(unknown)?;
    Ok(private(Json(found).into_response()))
}

pub async fn deck(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let pdf = state
        .db
        .read(move |conn| db::deck_pdf(conn, id, viewer.account_id))
        .await?
        .ok_or_else(|| ApiError::NotFound("this application has no pitch deck".into()))?;
    let mut response = pdf.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    // Opened in the browser's own viewer, never run as a page of this origin.
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("inline; filename=\"candidature-{id}.pdf\""))
            .map_err(|e| ApiError::Internal(e.to_string()))?,
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox"),
    );
    Ok(private(response))
}

pub async fn change_state(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = id_of(&id)?;
    let StateChange { to } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let (letters, who) = (state.mail.letters.clone(), actor(&session));
    let changed = state
        .db
        .write(move |conn| db::change_state(conn, id, to, &who, now(), &letters))
        .await?;
    match changed {
        db::StateChanged::Done(application) => {
            state.mail.bell.notify_one();
            Ok(private(Json(*application).into_response()))
        }
        db::StateChanged::NotFound => Err(unknown()),
        db::StateChanged::Refused(from) => Err(ApiError::Conflict(format!(
            "an application that is {} cannot become {} here",
            from.code(),
            to.code()
        ))),
    }
}
