//! The catalogue from the team's space: every programme, listed or archived; create one,
//! edit one over the version read (`If-Match`), archive one or bring it back. Each write
//! is checked by the model's rules, written to the audit log, and swaps the catalogue's
//! in-memory index, so the public list and page change at once.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{catalogue::Programme, team::Archival, POLE_SLUGS};

use super::{actor, private};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{Staff, StaffWrite},
    clock,
    db::{
        programme_edits::{self, ProgrammeWrite},
        team::{self, Actor},
    },
    error::ApiError,
    http::etag::{version_tag, IfMatch},
};

fn unknown() -> ApiError {
    ApiError::NotFound("no programme has this identifier".into())
}

pub async fn list(State(state): State<AppState>, Staff(_): Staff) -> Result<Response, ApiError> {
    let rows = state.db.read(programme_edits::team_list).await?;
    Ok(private(Json(rows).into_response()))
}

pub async fn show(
    State(state): State<AppState>,
    Staff(_): Staff,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    model::validate_slug(&slug).map_err(|_| unknown())?;
    let found = state
        .db
        .read(move |conn| programme_edits::load_for_team(conn, &slug))
        .await?
        .ok_or_else(unknown)?;
    Ok(private(Json(found).into_response()))
}

/// The body's programme, dated today and checked by the model's rules.
fn checked(headers: &HeaderMap, body: &Bytes) -> Result<Programme, ApiError> {
    let mut programme: Programme = from_object(json_object(headers, body, &[JSON])?)?;
    programme.summary.updated = clock::today();
    let errors = programme.check(&POLE_SLUGS);
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    Ok(programme)
}

/// Runs `write` and its audit line in one transaction, then refreshes the catalogue.
async fn audited(
    state: &AppState,
    who: Actor,
    action: &'static str,
    slug: String,
    write: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<ProgrammeWrite> + Send + 'static,
) -> Result<Box<model::team::TeamProgramme>, ApiError> {
    let now = clock::now_unix();
    let written = state
        .db
        .write(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let written = write(&tx)?;
            if matches!(written, ProgrammeWrite::Done(_)) {
                team::audit(&tx, &who, action, &format!("programme:{slug}"), "", now)?;
                tx.commit()?;
            }
            Ok(written)
        })
        .await?;
    match written {
        ProgrammeWrite::Done(programme) => {
            state.refresh_catalogue().await;
            Ok(programme)
        }
        ProgrammeWrite::NotFound => Err(unknown()),
        ProgrammeWrite::Exists => Err(ApiError::Conflict(
            "a programme has this identifier already: choose another".into(),
        )),
        ProgrammeWrite::Stale(version) => Err(ApiError::Stale(format!(
            "this programme was changed in the meantime (now {}): read it again",
            version_tag(version)
        ))),
    }
}

pub async fn create(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let programme = checked(&headers, &body)?;
    let slug = programme.summary.slug.clone();
    let written = audited(
        &state,
        actor(&session),
        "programme.create",
        slug,
        move |tx| programme_edits::create(tx, &programme),
    )
    .await?;
    Ok(private(
        (StatusCode::CREATED, Json(*written)).into_response(),
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let if_match = IfMatch::parse(&headers)?;
    let programme = checked(&headers, &body)?;
    if programme.summary.slug != slug {
        return Err(ApiError::invalid_field(
            "slug",
            "a programme keeps the identifier in its address",
        ));
    }
    let written = audited(&state, actor(&session), "programme.edit", slug, move |tx| {
        programme_edits::edit(tx, &programme, |version| if_match.admits(version))
    })
    .await?;
    Ok(private(Json(*written).into_response()))
}

pub async fn archival(
    State(state): State<AppState>,
    StaffWrite(session): StaffWrite,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let Archival { archived } = from_object(json_object(&headers, &body, &[JSON])?)?;
    model::validate_slug(&slug).map_err(|_| unknown())?;
    let action = if archived {
        "programme.archive"
    } else {
        "programme.restore"
    };
    let lookup = slug.clone();
    let written = audited(&state, actor(&session), action, slug, move |tx| {
        programme_edits::set_archived(tx, &lookup, archived)
    })
    .await?;
    Ok(private(Json(*written).into_response()))
}
