//! The campus team's space: signing in with the second factor, enrolling an authenticator,
//! the applications of the calls, their reviews and decisions, the start-ups and the
//! audit log. Like the start-up space's requests, these carry the session cookie, the
//! writes the CSRF token, and none is aborted with its page.

use gloo_net::http::Method;
use model::{
    api_paths as paths,
    calls::{ApplicationState, ConflictDeclaration, ReviewBoard, ReviewScores, ReviewerAssignment},
    catalogue::Programme,
    etag::version_tag,
    team::{
        ApplicationRow, Archival, AuditPage, DecisionApproval, DecisionEdit, DecisionLetter,
        DecisionPreparation, DecisionsSent, EventCancelled, EventWritten, MemberInvitation,
        Publication, RecoveryCodes, StaffApplication, StaffMember, StateChange, TeamEvent,
        TeamEventRow, TeamMe, TeamProgramme, TeamProgrammeRow, TeamSignIn, TeamStartup,
        TotpConfirmation, TotpSetup,
    },
};
use serde::de::DeserializeOwned;

use super::{
    config::runtime_config,
    space::{bare_write, get_json, json_body, send_json, Send, JSON},
    ApiError,
};

pub async fn sign_in(email: &str, password: &str, code: &str) -> Result<TeamMe, ApiError> {
    let code = code.trim();
    let body = json_body(&TeamSignIn {
        email: email.trim().to_owned(),
        password: password.to_owned(),
        code: (!code.is_empty()).then(|| code.to_owned()),
    });
    send_json(
        &paths::path(paths::TEAM_SESSION),
        Send {
            method: Method::POST,
            body: Some((JSON, body)),
            headers: &[],
        },
    )
    .await
}

/// The signed-in staff member; `Status { status: 401, .. }` without a session.
pub async fn me() -> Result<TeamMe, ApiError> {
    get_json(&paths::path(paths::TEAM_ME)).await
}

pub async fn sign_out(csrf: &str) -> Result<(), ApiError> {
    bare_write(Method::DELETE, &paths::path(paths::TEAM_SESSION), csrf).await
}

/// A new authenticator secret and its QR code.
pub async fn offer_second_factor(csrf: &str) -> Result<TotpSetup, ApiError> {
    bare_write(Method::POST, &paths::path(paths::TEAM_SECOND_FACTOR), csrf).await
}

/// Proves the offered secret with the app's code: the recovery codes, shown once.
pub async fn confirm_second_factor(code: &str, csrf: &str) -> Result<RecoveryCodes, ApiError> {
    let body = json_body(&TotpConfirmation {
        code: code.trim().to_owned(),
    });
    send_json(
        &paths::path(paths::TEAM_SECOND_FACTOR),
        Send {
            method: Method::PUT,
            body: Some((JSON, body)),
            headers: &[("X-CSRF-Token", csrf)],
        },
    )
    .await
}

/// The submitted applications to call `slug`, best reviewed first.
pub async fn applications(slug: &str) -> Result<Vec<ApplicationRow>, ApiError> {
    get_json(&paths::path_of(paths::TEAM_CALL_APPLICATIONS, slug)).await
}

/// A JSON write with the session's CSRF token (and any other header).
async fn write<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: &impl serde::Serialize,
    csrf: &str,
    extra: Option<(&str, &str)>,
) -> Result<T, ApiError> {
    let mut headers = vec![("X-CSRF-Token", csrf)];
    headers.extend(extra);
    send_json(
        path,
        Send {
            method,
            body: Some((JSON, json_body(body))),
            headers: &headers,
        },
    )
    .await
}

/// One application, whole, with the states the team may move it to.
pub async fn application(id: i64) -> Result<StaffApplication, ApiError> {
    get_json(&paths::path_of(paths::TEAM_APPLICATION, &id.to_string())).await
}

/// Where the team downloads an application's pitch deck (the session cookie opens it).
pub async fn deck_url(id: i64) -> Result<String, ApiError> {
    let config = runtime_config().await?;
    Ok(format!(
        "{}{}",
        config.api_base,
        paths::path_of(paths::TEAM_APPLICATION_DECK, &id.to_string())
    ))
}

pub async fn change_state(
    id: i64,
    to: ApplicationState,
    csrf: &str,
) -> Result<StaffApplication, ApiError> {
    let path = paths::path_of(paths::TEAM_APPLICATION_STATE, &id.to_string());
    write(Method::POST, &path, &StateChange { to }, csrf, None).await
}

/// The campus team, to pick reviewers from.
pub async fn staff() -> Result<Vec<StaffMember>, ApiError> {
    get_json(&paths::path(paths::TEAM_STAFF)).await
}

pub async fn reviews(id: i64) -> Result<ReviewBoard, ApiError> {
    get_json(&paths::path_of(
        paths::TEAM_APPLICATION_REVIEWS,
        &id.to_string(),
    ))
    .await
}

pub async fn assign_reviewers(
    id: i64,
    reviewers: Vec<String>,
    csrf: &str,
) -> Result<ReviewBoard, ApiError> {
    let path = paths::path_of(paths::TEAM_APPLICATION_REVIEWERS, &id.to_string());
    write(
        Method::PUT,
        &path,
        &ReviewerAssignment { reviewers },
        csrf,
        None,
    )
    .await
}

pub async fn declare_conflict(id: i64, note: String, csrf: &str) -> Result<(), ApiError> {
    let path = paths::path_of(paths::TEAM_APPLICATION_CONFLICT, &id.to_string());
    write(
        Method::POST,
        &path,
        &ConflictDeclaration { note },
        csrf,
        None,
    )
    .await
}

pub async fn score(id: i64, scores: &ReviewScores, csrf: &str) -> Result<ReviewBoard, ApiError> {
    let path = paths::path_of(paths::TEAM_APPLICATION_REVIEW, &id.to_string());
    write(Method::PUT, &path, scores, csrf, None).await
}

/// Prepares the decision's letter, which waits in the call's outbox.
pub async fn prepare_decision(
    id: i64,
    decision: ApplicationState,
    csrf: &str,
) -> Result<DecisionLetter, ApiError> {
    let path = paths::path_of(paths::TEAM_APPLICATION_DECISION, &id.to_string());
    write(
        Method::PUT,
        &path,
        &DecisionPreparation { decision },
        csrf,
        None,
    )
    .await
}

/// The call's decision outbox.
pub async fn decisions(slug: &str) -> Result<Vec<DecisionLetter>, ApiError> {
    get_json(&paths::path_of(paths::TEAM_CALL_DECISIONS, slug)).await
}

/// Saves a letter over the version the editor read (`If-Match`).
pub async fn edit_decision(
    id: i64,
    version: u32,
    edit: &DecisionEdit,
    csrf: &str,
) -> Result<DecisionLetter, ApiError> {
    let path = paths::path_of(paths::TEAM_DECISION, &id.to_string());
    let tag = version_tag(version);
    write(Method::PATCH, &path, edit, csrf, Some(("If-Match", &tag))).await
}

pub async fn approve_decision(
    id: i64,
    version: u32,
    csrf: &str,
) -> Result<DecisionLetter, ApiError> {
    let path = paths::path_of(paths::TEAM_DECISION_APPROVAL, &id.to_string());
    write(
        Method::POST,
        &path,
        &DecisionApproval { version },
        csrf,
        None,
    )
    .await
}

/// Sends the call's approved letters together.
pub async fn send_decisions(slug: &str, csrf: &str) -> Result<DecisionsSent, ApiError> {
    bare_write(
        Method::POST,
        &paths::path_of(paths::TEAM_CALL_DECISIONS_SENDING, slug),
        csrf,
    )
    .await
}

pub async fn startups() -> Result<Vec<TeamStartup>, ApiError> {
    get_json(&paths::path(paths::TEAM_STARTUPS)).await
}

pub async fn invite(slug: &str, invitation: &MemberInvitation, csrf: &str) -> Result<(), ApiError> {
    let path = paths::path_of(paths::TEAM_STARTUP_INVITATIONS, slug);
    write(Method::POST, &path, invitation, csrf, None).await
}

pub async fn publish(slug: &str, published: bool, csrf: &str) -> Result<Publication, ApiError> {
    let path = paths::path_of(paths::TEAM_STARTUP_PUBLICATION, slug);
    write(Method::PUT, &path, &Publication { published }, csrf, None).await
}

/// Removes a member's account (their sessions end).
pub async fn remove_member(id: i64, csrf: &str) -> Result<(), ApiError> {
    bare_write(
        Method::DELETE,
        &paths::path_of(paths::TEAM_ACCOUNT, &id.to_string()),
        csrf,
    )
    .await
}

/// A page of the audit log, newest first, before line `before` if given.
pub async fn audit(before: Option<i64>) -> Result<AuditPage, ApiError> {
    let mut path = paths::path(paths::TEAM_AUDIT);
    if let Some(before) = before {
        path.push_str(&format!("?before={before}"));
    }
    get_json(&path).await
}

/// Every programme, listed or archived.
pub async fn programmes() -> Result<Vec<TeamProgrammeRow>, ApiError> {
    get_json(&paths::path(paths::TEAM_PROGRAMMES)).await
}

/// One programme with the version its edit names.
pub async fn programme(slug: &str) -> Result<TeamProgramme, ApiError> {
    get_json(&paths::path_of(paths::TEAM_PROGRAMME, slug)).await
}

pub async fn create_programme(
    programme: &Programme,
    csrf: &str,
) -> Result<TeamProgramme, ApiError> {
    let path = paths::path(paths::TEAM_PROGRAMMES);
    write(Method::POST, &path, programme, csrf, None).await
}

/// Saves a programme over the version the form read (`If-Match`); over whatever is
/// stored when `version` is `None` (the person chose to replace a colleague's change).
pub async fn edit_programme(
    programme: &Programme,
    version: Option<u32>,
    csrf: &str,
) -> Result<TeamProgramme, ApiError> {
    let path = paths::path_of(paths::TEAM_PROGRAMME, &programme.summary.slug);
    let tag = version.map_or_else(|| "*".to_owned(), version_tag);
    write(
        Method::PUT,
        &path,
        programme,
        csrf,
        Some(("If-Match", &tag)),
    )
    .await
}

/// Takes a programme out of the catalogue (`archived`), or brings it back.
pub async fn archive_programme(
    slug: &str,
    archived: bool,
    csrf: &str,
) -> Result<TeamProgramme, ApiError> {
    let path = paths::path_of(paths::TEAM_PROGRAMME_ARCHIVAL, slug);
    write(Method::PUT, &path, &Archival { archived }, csrf, None).await
}

/// Every event, past and cancelled ones too, with its registrations.
pub async fn events() -> Result<Vec<TeamEventRow>, ApiError> {
    get_json(&paths::path(paths::TEAM_EVENTS)).await
}

/// Cancels an event: its registrants are told by e-mail.
pub async fn cancel_event(slug: &str, csrf: &str) -> Result<EventCancelled, ApiError> {
    bare_write(
        Method::POST,
        &paths::path_of(paths::TEAM_EVENT_CANCELLATION, slug),
        csrf,
    )
    .await
}

/// Where the team downloads an event's registrations (CSV; the session cookie opens it).
pub async fn registrations_url_of(slug: String) -> Result<String, ApiError> {
    let config = runtime_config().await?;
    Ok(format!(
        "{}{}",
        config.api_base,
        paths::path_of(paths::TEAM_EVENT_REGISTRATIONS, &slug)
    ))
}

/// One event as the team wrote it, with the version its edit names.
pub async fn event(slug: &str) -> Result<TeamEvent, ApiError> {
    get_json(&paths::path_of(paths::TEAM_EVENT, slug)).await
}

/// Over what an event's save may write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventBase {
    /// A new event: refused (409) if one has its identifier.
    New,
    /// The version the form read.
    Version(u32),
    /// Whatever is stored (the person chose to replace a colleague's change).
    Any,
}

pub async fn save_event(
    draft: &model::agenda::EventDraft,
    base: EventBase,
    csrf: &str,
) -> Result<EventWritten, ApiError> {
    let path = paths::path_of(paths::TEAM_EVENT, &draft.slug);
    let tag;
    let condition = match base {
        EventBase::New => ("If-None-Match", "*"),
        EventBase::Version(v) => {
            tag = version_tag(v);
            ("If-Match", tag.as_str())
        }
        EventBase::Any => ("If-Match", "*"),
    };
    write(Method::PUT, &path, draft, csrf, Some(condition)).await
}
