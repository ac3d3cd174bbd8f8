//! `GET`, `PUT` and `PATCH /me/startup`: the member's own profile, written only over the
//! version it was read at (`If-Match`), each write one transaction.

use axum::{
    body::Bytes,
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    directory::{FieldError, Startup, MAX_ERRORS},
    space::{EditField, StartupEdit, Versioned},
};
use serde_json::{Map, Value};

use super::private;
use crate::{
    api::json_body::{from_object, json_object, JSON, MERGE_PATCH},
    app_state::AppState,
    auth::{Member, WriteGuard},
    clock, db,
    error::ApiError,
    http::etag::{version_tag, IfMatch},
    input,
};

pub fn versioned(profile: Startup, version: u32) -> Response {
    let etag = version_tag(version);
    let mut response = Json(Versioned {
        etag: etag.clone(),
        profile,
    })
    .into_response();
    if let Ok(tag) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, tag);
    }
    private(response)
}

pub async fn my_startup(
    State(state): State<AppState>,
    member: Member,
) -> Result<Response, ApiError> {
    let slug = member.startup.clone();
    let (profile, version) = state
        .db
        .read(move |conn| db::load_versioned(conn, &slug))
        .await?
        .ok_or_else(gone)?;
    Ok(versioned(profile, version))
}

fn gone() -> ApiError {
    ApiError::NotFound("your start-up is no longer in the directory".into())
}

/// The fields a member sends: the editable ones. The server's own (slug, dates, sample
/// flag, version, logo) are refused by name rather than silently ignored, so a client that
/// thinks it can set them learns it cannot.
const SERVER_OWNED: [&str; 7] = [
    "slug",
    "sample",
    "member_since",
    "updated",
    "version",
    "logo",
    "etag",
];

fn refuse_foreign_fields(object: &Map<String, Value>) -> Result<(), ApiError> {
    let editable: Vec<&str> = EditField::ALL
        .iter()
        .map(|f| f.path().split('.').next().unwrap_or(""))
        .collect();
    let errors: Vec<FieldError> = object
        .keys()
        .filter(|key| !editable.contains(&key.as_str()))
        .take(MAX_ERRORS)
        .map(|key| FieldError {
            field: key.chars().take(64).collect(),
            reason: if SERVER_OWNED.contains(&key.as_str()) {
                "set by the server: leave it out".into()
            } else {
                "not a field of the profile".into()
            },
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::InvalidFields(errors))
    }
}

/// What a request asks to write over the current profile.
enum Edit {
    /// `PUT`: every editable field.
    Replace(Box<StartupEdit>),
    /// `PATCH`: a JSON merge patch (RFC 7396) of the editable fields.
    Merge(Map<String, Value>),
}

impl Edit {
    /// The edit as a whole `StartupEdit` of `current`.
    fn of(self, current: &Startup) -> Result<StartupEdit, ApiError> {
        match self {
            Edit::Replace(edit) => Ok(*edit),
            Edit::Merge(patch) => {
                let mut document = serde_json::to_value(StartupEdit::of(current))
                    .map_err(|e| ApiError::Internal(e.to_string()))?;
                json_patch::merge(&mut document, &Value::Object(patch));
                match document {
                    Value::Object(merged) => from_object(merged),
                    _ => Err(ApiError::Internal("a merged profile is an object".into())),
                }
            }
        }
    }
}

/// The new profile `edit` makes of `current`, checked against the profile rules and the
/// campus's poles and institutes.
fn checked(
    edit: Edit,
    current: &Startup,
    campus: &db::CampusReference,
) -> Result<Startup, ApiError> {
    let mut edit = edit.of(current)?;
    input::normalise(&mut edit);
    let profile = edit.apply(current);
    let mut errors = profile.check(clock::this_year());
    // The model's rules first; the browser's reading of an address only where they passed.
    for error in input::check_addresses(&profile) {
        if !errors.iter().any(|e| e.field == error.field) {
            errors.push(error);
        }
    }
    // Which poles exist is asked of a list the model found sound (bounded, no repeats).
    let poles_sound = !errors.iter().any(|e| e.field.starts_with("poles"));
    errors.extend(campus.check(&profile, poles_sound));
    errors.truncate(MAX_ERRORS);
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(ApiError::InvalidFields(errors))
    }
}

/// Merges and checks `edit` over the current profile and writes it, in one transaction.
async fn save(
    state: &AppState,
    member: Member,
    headers: &HeaderMap,
    edit: Edit,
) -> Result<Response, ApiError> {
    let expected = IfMatch::parse(headers)?;
    let campus = state.campus.clone();
    let now = clock::now_utc();
    let writer = member.clone();
    let outcome = state
        .db
        .write(move |conn| {
            db::save_profile(
                conn,
                &writer,
                |version| expected.admits(version),
                |current| checked(edit, current, &campus),
                &now,
            )
        })
        .await?;
    match outcome {
        db::SaveOutcome::Saved(profile, version) => {
            tracing::info!(account = member.account_id, version, "profile saved");
            state.refresh_directory().await;
            Ok(versioned(profile, version))
        }
        // A write that changes nothing is no write: no new version, no history line.
        db::SaveOutcome::Unchanged(profile, version) => Ok(versioned(profile, version)),
        db::SaveOutcome::NameTaken => Err(ApiError::invalid_field(
            "name",
            "another start-up of the directory already has this name (or one that looks the same)",
        )),
        db::SaveOutcome::Stale(profile, version) => {
            Err(ApiError::PreconditionFailed(Box::new(Versioned {
                etag: version_tag(version),
                profile,
            })))
        }
        db::SaveOutcome::Refused(refusal) => Err(refusal),
    }
}

pub async fn replace_startup(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = json_object(&headers, &body, &[JSON])?;
    refuse_foreign_fields(&object)?;
    let edit: StartupEdit = from_object(object)?;
    save(&state, member, &headers, Edit::Replace(Box::new(edit))).await
}

pub async fn patch_startup(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    let patch = json_object(&headers, &body, &[MERGE_PATCH, JSON])?;
    refuse_foreign_fields(&patch)?;
    save(&state, member, &headers, Edit::Merge(patch)).await
}
