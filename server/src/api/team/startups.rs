//! The team and the start-ups: invite a member to a start-up's space, publish or
//! unpublish a profile.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::team::{MemberInvitation, Publication};

use super::{actor, number_in, private};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    clock,
    db::{invitations, team},
    error::ApiError,
    mail::outbox,
};

fn unknown() -> ApiError {
    ApiError::NotFound("no start-up has this identifier".into())
}

enum Invited {
    Sent,
    NoStartup,
    Taken,
}

pub async fn invite(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let MemberInvitation { email, lang } = from_object(json_object(&headers, &body, &[JSON])?)?;
    model::directory::validate_email(&email)
        .map_err(|reason| ApiError::invalid_field("email", reason))?;
    let (letters, who) = (state.mail.letters.clone(), actor(&session));
    let now = clock::now_unix();
    let invited = state
        .db
        .write(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let name: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
                "SELECT name FROM startups WHERE slug = ?1",
                [&slug],
                |r| r.get(0),
            ))?;
            let Some(name) = name else {
                return Ok(Invited::NoStartup);
            };
            // Told now, not when the link is followed: an account signs in with its own
            // password, and an invitation could never be accepted.
            if invitations::has_account(&tx, &email)? {
                return Ok(Invited::Taken);
            }
            let token = invitations::invite(&tx, &email, &slug, &who.email, now)?;
            let message = letters
                .compose_invitation(&email, lang, &name, &token)
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
            outbox::enqueue(&tx, &email, &message, now as i64)?;
            team::audit(
                &tx,
                &who,
                "startup.invite",
                &format!("startup:{slug}"),
                &email,
                now,
            )?;
            tx.commit()?;
            Ok(Invited::Sent)
        })
        .await?;
    match invited {
        Invited::Sent => {}
        Invited::NoStartup => return Err(unknown()),
        Invited::Taken => {
            return Err(ApiError::Conflict(
                "this address already has an account: its owner signs in with it".into(),
            ))
        }
    }
    state.mail.bell.notify_one();
    Ok(StatusCode::ACCEPTED)
}

pub async fn list(State(state): State<AppState>, Staff(_): Staff) -> Result<Response, ApiError> {
    let now = clock::now_unix();
    let startups = state
        .db
        .read(move |conn| invitations::team_startups(conn, now))
        .await?;
    Ok(private(Json(startups).into_response()))
}

/// Removes a start-up member's account: its sessions end, and its e-mail leaves the
/// profile's history (as `portal-server account delete` does).
pub async fn remove_member(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    fn unknown_account() -> ApiError {
        ApiError::NotFound("no start-up member has this number".into())
    }
    let id = number_in(&id, unknown_account)?;
    let who = actor(&session);
    state
        .db
        .write(move |conn| invitations::remove_member(conn, id, &who, clock::now_unix()))
        .await?
        .ok_or_else(unknown_account)?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn publication(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let Publication { published } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let who = actor(&session);
    let lookup = slug.clone();
    let changed = state
        .db
        .write(move |conn| {
            invitations::set_published(conn, &lookup, published, &who, clock::now_unix())
        })
        .await?;
    if !changed {
        return Err(unknown());
    }
    state.refresh_directory().await;
    Ok(private(Json(Publication { published }).into_response()))
}
