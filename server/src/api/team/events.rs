//! The agenda from the team's space: publish or change an event (the model's rules, as
//! the `event upsert` command checks them), cancel one (its registrants are mailed), and
//! export its registrations for the organisers.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    agenda::EventDraft,
    team::{EventWritten, TeamEvent, TeamEventRow},
    POLE_SLUGS,
};

use super::{actor, private};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    clock,
    db::{self, team},
    error::ApiError,
    http::etag::{version_tag, IfMatch},
};

fn unknown() -> ApiError {
    ApiError::NotFound("no event has this identifier".into())
}

/// Every event, the past ones too, with its registrations.
pub async fn list(State(state): State<AppState>, Staff(_): Staff) -> Result<Response, ApiError> {
    let now = clock::now_unix() as i64;
    let rows = state
        .db
        .read(move |conn| {
            let counts = db::registration_counts(conn)?;
            let rows = db::load_event_summaries(conn, now)?
                .into_iter()
                .map(|event| {
                    let (confirmed, waitlisted) =
                        counts.get(&event.slug).copied().unwrap_or((0, 0));
                    let ended = event.end.unix() <= now;
                    TeamEventRow {
                        event,
                        confirmed,
                        waitlisted,
                        ended,
                    }
                })
                .collect::<Vec<_>>();
            Ok(rows)
        })
        .await?;
    Ok(private(Json(rows).into_response()))
}

/// One event as the team wrote it, with its version.
pub async fn show(
    State(state): State<AppState>,
    Staff(_): Staff,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    model::validate_slug(&slug).map_err(|_| unknown())?;
    let (draft, version) = state
        .db
        .read(move |conn| db::event_drafts::load_draft(conn, &slug))
        .await?
        .ok_or_else(unknown)?;
    Ok(private(Json(TeamEvent { draft, version }).into_response()))
}

/// Why a write of the team's form was refused.
enum Refused {
    Stale(u32),
    Exists,
    Unknown,
}

/// Publishes or changes an event. With `If-Match`, only over the version named (the
/// team's form); without, whatever is stored (a new event, or the command line's file).
pub async fn upsert(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let draft: EventDraft = from_object(json_object(&headers, &body, &[JSON])?)?;
    if draft.slug != slug {
        return Err(ApiError::invalid_field(
            "slug",
            "the event's slug is the one in its address",
        ));
    }
    let errors = draft.check(&POLE_SLUGS);
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    let if_match = if headers.contains_key(header::IF_MATCH) {
        Some(IfMatch::parse(&headers)?)
    } else {
        None
    };
    let only_new = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == b"*");
    let who = actor(&session);
    let now = clock::now_unix();
    let written = state
        .db
        .write(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            // A new event's form: never over an event that has this identifier.
            if only_new && db::event_drafts::version(&tx, &draft.slug)?.is_some() {
                return Ok(Err(Refused::Exists));
            }
            if let Some(if_match) = &if_match {
                match db::event_drafts::version(&tx, &draft.slug)? {
                    Some(version) if !if_match.admits(version) => {
                        return Ok(Err(Refused::Stale(version)));
                    }
                    None => return Ok(Err(Refused::Unknown)),
                    Some(_) => {}
                }
            }
            let created = db::upsert_event(&tx, &draft, now as i64)?;
            let action = if created {
                "event.create"
            } else {
                "event.edit"
            };
            team::audit(&tx, &who, action, &format!("event:{}", draft.slug), "", now)?;
            let version = db::event_drafts::version(&tx, &draft.slug)?.unwrap_or(0);
            tx.commit()?;
            Ok(Ok(EventWritten { created, version }))
        })
        .await?;
    let written = written.map_err(|refused| match refused {
        Refused::Stale(version) => ApiError::Stale(format!(
            "this event was changed in the meantime (now {}): read it again",
            version_tag(version)
        )),
        Refused::Exists => {
            ApiError::Conflict("an event has this identifier already: choose another".into())
        }
        Refused::Unknown => unknown(),
    })?;
    state.agenda.invalidate();
    Ok(private(Json(written).into_response()))
}

enum Cancelled {
    Told(usize),
    Unknown,
    Over,
}

pub async fn cancel(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let (letters, who) = (state.mail.letters.clone(), actor(&session));
    let now = clock::now_unix();
    let told = state
        .db
        .write(move |conn| {
            // An event that is over is history: cancelling it would mail its registrants.
            let ends_at: Option<i64> = rusqlite::OptionalExtension::optional(conn.query_row(
                "SELECT ends_at FROM events WHERE slug = ?1",
                [&slug],
                |r| r.get(0),
            ))?;
            match ends_at {
                None => return Ok(Cancelled::Unknown),
                Some(end) if end <= now as i64 => return Ok(Cancelled::Over),
                Some(_) => {}
            }
            let told = db::cancel_event(conn, &slug, now as i64, &letters)?;
            if let Some(told) = told {
                let detail = format!("{told} registrant(s) told");
                team::audit(
                    conn,
                    &who,
                    "event.cancel",
                    &format!("event:{slug}"),
                    &detail,
                    now,
                )?;
            }
            Ok(told.map_or(Cancelled::Unknown, Cancelled::Told))
        })
        .await?;
    let told = match told {
        Cancelled::Told(told) => told,
        Cancelled::Unknown => return Err(unknown()),
        Cancelled::Over => {
            return Err(ApiError::Conflict(
                "this event is over: it can no longer be cancelled".into(),
            ))
        }
    };
    state.agenda.invalidate();
    state.mail.bell.notify_one();
    Ok(private(
        Json(model::team::EventCancelled { told: told as u32 }).into_response(),
    ))
}

pub async fn registrations(
    State(state): State<AppState>,
    Staff(session): Staff,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let who = actor(&session);
    let now = clock::now_unix();
    let lookup = slug.clone();
    let csv = state
        .db
        .write(move |conn| {
            let csv = db::registrations_csv(conn, &lookup)?;
            if csv.is_some() {
                // Personal data left the server: who exported it, and when.
                team::audit(
                    conn,
                    &who,
                    "event.export",
                    &format!("event:{lookup}"),
                    "",
                    now,
                )?;
            }
            Ok(csv)
        })
        .await?
        .ok_or_else(unknown)?;
    let mut response = csv.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"inscriptions-{slug}.csv\""))
            .map_err(|e| ApiError::Internal(e.to_string()))?,
    );
    Ok(private(response))
}
