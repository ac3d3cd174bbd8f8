//! The start-up space: sign in and out, the member's own profile (read, replace, patch,
//! logo) and its history. Every route finds the start-up from the session, never from the
//! request: a member can only ever reach its own.

use std::time::Instant;

use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Json, Router,
};
use model::{
    directory::{limits, FieldError, MAX_ERRORS},
    space::{EditField, HistoryEntry, Me, SignIn, StartupEdit, Versioned},
};

use crate::{
    auth::{
        clear_cookie, new_token, session_cookie, sha256_hex, verify_password, ClientIp, Member,
        WriteGuard, SESSION_SECONDS,
    },
    clock, db,
    error::ApiError,
    input, AppState,
};

use super::json_body::{from_object, json_object, JSON, MERGE_PATCH};

/// Uploaded logos: at most 1 MB.
pub const MAX_LOGO_BYTES: usize = 1_000_000;
/// Profile writes: a full profile is a few KB; this leaves room for every field at its bound.
pub const MAX_PROFILE_BYTES: usize = 64 * 1024;
/// A sign-in body holds an e-mail and a password.
pub const MAX_SIGN_IN_BYTES: usize = 4 * 1024;
/// Longer than any passphrase; argon2 never hashes megabytes.
pub const MAX_PASSWORD: usize = 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/session",
            post(sign_in)
                .delete(sign_out)
                .layer(DefaultBodyLimit::max(MAX_SIGN_IN_BYTES)),
        )
        .route("/me", get(me))
        .route(
            "/me/startup",
            get(my_startup)
                .put(replace_startup)
                .patch(patch_startup)
                .layer(DefaultBodyLimit::max(MAX_PROFILE_BYTES)),
        )
        .route(
            "/me/startup/logo",
            put(upload_logo).layer(DefaultBodyLimit::max(2 * MAX_LOGO_BYTES)),
        )
        .route("/me/startup/history", get(my_history))
}

/// Private answers are never stored by caches.
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn me_of(state: &AppState, member: &Member) -> Me {
    let directory = state.directory();
    let name = directory
        .startups()
        .iter()
        .find(|s| s.slug == member.startup)
        .map_or_else(|| member.startup.clone(), |s| s.name.clone());
    Me {
        email: member.email.clone(),
        startup: member.startup.clone(),
        startup_name: name,
        csrf_token: member.csrf_token.clone(),
        expires_at: member.expires_at,
    }
}

/// Compared even when the account does not exist, so timing does not reveal e-mails.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Dy0JfbtWRyFbJ3Y1+LfTPzZ9MbY2y7MCk1vtYGc0ewQ";

async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let SignIn { email, password } = from_object(json_object(&headers, &body, &[JSON])?)?;
    // Bounded before the limiter keeps anything of them, or argon2 hashes anything.
    if email.chars().count() > limits::EMAIL {
        return Err(ApiError::BadRequest {
            parameter: Some("email".into()),
            detail: format!("an e-mail address is at most {} characters", limits::EMAIL),
        });
    }
    if password.chars().count() > MAX_PASSWORD {
        return Err(ApiError::BadRequest {
            parameter: Some("password".into()),
            detail: format!("a password is at most {MAX_PASSWORD} characters"),
        });
    }
    // Counted before the password is checked, so parallel guesses cannot overtake it.
    let attempt = state
        .limiter
        .reserve(&email, ip, Instant::now())
        .map_err(ApiError::TooManyRequests)?;
    let lookup = email.clone();
    let account = state
        .db
        .read(move |conn| db::find_account(conn, &lookup))
        .await?;
    let hash = account
        .as_ref()
        .map_or(DUMMY_HASH.to_owned(), |a| a.password_hash.clone());
    let verified = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let account = match account {
        Some(account) if verified => account,
        // The reservation stays counted as a failure.
        _ => return Err(ApiError::BadCredentials),
    };
    attempt.succeeded();
    // Always a fresh token made here: a session id planted before sign-in is never kept.
    let token = new_token();
    let csrf = new_token();
    let now = clock::now_unix();
    let expires = now + SESSION_SECONDS;
    let old = crate::auth::cookie_token(&headers).map(|t| sha256_hex(&t));
    let (token_hash, account_id, csrf_token) = (sha256_hex(&token), account.id, csrf.clone());
    state
        .db
        .write(move |conn| {
            if let Some(old) = old {
                db::delete_session(conn, &old)?;
            }
            db::create_session(conn, &token_hash, account_id, &csrf_token, now, expires)
        })
        .await?;
    let member = Member {
        account_id: account.id,
        email: account.email,
        startup: account.startup,
        csrf_token: csrf,
        token_hash: String::new(),
        expires_at: expires,
    };
    tracing::info!(account = account.id, "signed in");
    Ok(private(
        (
            [session_cookie(&headers, &token)],
            Json(me_of(&state, &member)),
        )
            .into_response(),
    ))
}

async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
) -> Result<Response, ApiError> {
    let token_hash = member.token_hash.clone();
    state
        .db
        .write(move |conn| db::delete_session(conn, &token_hash))
        .await?;
    Ok(private(
        (StatusCode::NO_CONTENT, [clear_cookie(&headers)]).into_response(),
    ))
}

async fn me(State(state): State<AppState>, member: Member) -> Response {
    private(Json(me_of(&state, &member)).into_response())
}

fn versioned(profile: model::directory::Startup, version: u32) -> Response {
    let etag = db::etag(version);
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

async fn load_own(
    state: &AppState,
    member: &Member,
) -> Result<(model::directory::Startup, u32), ApiError> {
    let slug = member.startup.clone();
    state
        .db
        .read(move |conn| db::load_versioned(conn, &slug))
        .await?
        .ok_or_else(|| ApiError::NotFound("your start-up is no longer in the directory".into()))
}

async fn my_startup(State(state): State<AppState>, member: Member) -> Result<Response, ApiError> {
    let (profile, version) = load_own(&state, &member).await?;
    Ok(versioned(profile, version))
}

/// What `If-Match` asks for: `*` (any current version, RFC 9110 §13.1.1), or a list of
/// tags. Only strong tags can match (§13.1.1 uses strong comparison): a weak `W/"v9"` is
/// well formed but never matches, so it is a 412, not a write.
enum Expected {
    Any,
    Versions(Vec<u32>),
}

fn expected_version(headers: &HeaderMap) -> Result<Expected, ApiError> {
    let value = headers
        .get(header::IF_MATCH)
        .ok_or(ApiError::PreconditionRequired)?
        .to_str()
        .unwrap_or("")
        .trim();
    if value == "*" {
        return Ok(Expected::Any);
    }
    let malformed = || ApiError::BadRequest {
        parameter: Some("If-Match".into()),
        detail: "If-Match: expected `*` or ETags such as \"v3\"".into(),
    };
    let mut versions = Vec::new();
    for tag in value.split(',').map(str::trim) {
        if let Some(weak) = tag.strip_prefix("W/") {
            if !(weak.len() >= 2 && weak.starts_with('"') && weak.ends_with('"')) {
                return Err(malformed());
            }
            continue;
        }
        // Only our own tags are versions; anything else is a malformed header, not a stale one.
        let version = tag
            .strip_prefix("\"v")
            .and_then(|rest| rest.strip_suffix('"'))
            .and_then(|n| n.parse().ok())
            .ok_or_else(malformed)?;
        versions.push(version);
    }
    Ok(Expected::Versions(versions))
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

fn refuse_foreign_fields(
    object: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), ApiError> {
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

/// Checks an edit against the profile rules and the campus's poles and institutes, then
/// writes it if nobody saved in between.
async fn save(
    state: &AppState,
    member: Member,
    headers: &HeaderMap,
    edit: StartupEdit,
) -> Result<Response, ApiError> {
    let expected = expected_version(headers)?;
    let mut edit = edit;
    input::normalise(&mut edit);
    let (current, version) = load_own(state, &member).await?;
    let stale = || {
        ApiError::PreconditionFailed(Box::new(Versioned {
            etag: db::etag(version),
            profile: current.clone(),
        }))
    };
    let profile = edit.apply(&current);
    let mut errors = profile.check(clock::this_year());
    // The model's rules first; the browser's reading of an address only where they passed.
    for error in input::check_addresses(&profile) {
        if !errors.iter().any(|e| e.field == error.field) {
            errors.push(error);
        }
    }
    let campus = state.db.read(db::load_campus).await?;
    // Which poles exist is asked of a list the model found sound (bounded, no repeats).
    if !errors.iter().any(|e| e.field.starts_with("poles")) {
        for (i, pole) in profile.summary.poles.iter().enumerate() {
            if !campus.poles.iter().any(|p| &p.slug == pole) {
                errors.push(FieldError {
                    field: format!("poles[{i}]"),
                    reason: "not a campus pole".into(),
                });
            }
        }
    }
    let institute = profile
        .summary
        .spin_off
        .as_ref()
        .and_then(|o| o.institute.clone());
    if let Some(institute) = institute.filter(|i| !campus.institutes.iter().any(|x| &x.slug == i)) {
        errors.push(FieldError {
            field: "spin_off.institute".into(),
            reason: format!(
                "`{}` is not a campus institute",
                institute.chars().take(64).collect::<String>()
            ),
        });
    }
    errors.truncate(MAX_ERRORS);
    // The content is checked first (422), then the precondition (412): a profile that
    // could never be saved is refused as such, whatever version it was edited from.
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    match expected {
        Expected::Any => {}
        Expected::Versions(v) if v.contains(&version) => {}
        Expected::Versions(_) => return Err(stale()),
    }
    let now = clock::now_utc();
    let writer = member.clone();
    let outcome = state
        .db
        .write(move |conn| db::save_profile(conn, &writer, version, &profile, &now))
        .await?;
    match outcome {
        db::SaveOutcome::Saved(profile, version) => {
            tracing::info!(account = member.account_id, version, "profile saved");
            state.refresh_directory().await;
            Ok(versioned(profile, version))
        }
        // A write that changes nothing is no write: no new version, no history line.
        db::SaveOutcome::Unchanged(profile, version) => Ok(versioned(profile, version)),
        db::SaveOutcome::NameTaken => Err(ApiError::InvalidFields(vec![FieldError {
            field: "name".into(),
            reason: "another start-up of the directory already has this name (or one that looks the same)".into(),
        }])),
        db::SaveOutcome::Stale(profile, version) => {
            Err(ApiError::PreconditionFailed(Box::new(Versioned {
                etag: db::etag(version),
                profile,
            })))
        }
    }
}

async fn replace_startup(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = json_object(&headers, &body, &[JSON])?;
    refuse_foreign_fields(&object)?;
    let edit: StartupEdit = from_object(object)?;
    save(&state, member, &headers, edit).await
}

/// JSON merge patch (RFC 7396) of the editable fields.
async fn patch_startup(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    let patch = json_object(&headers, &body, &[MERGE_PATCH, JSON])?;
    refuse_foreign_fields(&patch)?;
    let (current, _) = load_own(&state, &member).await?;
    let mut document = serde_json::to_value(StartupEdit::of(&current))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    merge_patch(&mut document, &serde_json::Value::Object(patch));
    let edit: StartupEdit = serde_json::from_value(document).map_err(|e| ApiError::BadRequest {
        parameter: None,
        detail: format!("the patch does not give a valid profile: {e}"),
    })?;
    save(&state, member, &headers, edit).await
}

fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    match (target, patch) {
        (serde_json::Value::Object(target), serde_json::Value::Object(patch)) => {
            for (key, value) in patch {
                if value.is_null() {
                    target.remove(key);
                } else {
                    merge_patch(
                        target.entry(key.clone()).or_insert(serde_json::Value::Null),
                        value,
                    );
                }
            }
        }
        (target, patch) => *target = patch.clone(),
    }
}

async fn upload_logo(
    State(state): State<AppState>,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    if body.len() > MAX_LOGO_BYTES {
        return Err(ApiError::PayloadTooLarge(format!(
            "a logo is at most {} KB",
            MAX_LOGO_BYTES / 1000
        )));
    }
    // The declared type is ignored: the bytes are decoded, and what is stored is encoded
    // here.
    let decoded = tokio::task::spawn_blocking(move || input::reencode_logo(&body))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let bytes = match decoded {
        Ok(logo) => logo,
        Err(input::LogoError::Unsupported) => {
            return Err(ApiError::UnsupportedMediaType(
                "a logo is a PNG, JPEG or WebP image (SVG is not accepted)".into(),
            ))
        }
        Err(input::LogoError::Unreadable) => {
            return Err(ApiError::InvalidFields(vec![FieldError {
                field: "logo".into(),
                reason: "the image cannot be read: it is damaged or incomplete".into(),
            }]))
        }
        Err(input::LogoError::TooLarge { width, height }) => {
            return Err(ApiError::InvalidFields(vec![FieldError {
                field: "logo".into(),
                reason: format!(
                    "at most {side} × {side} pixels (this one is {width} × {height})",
                    side = input::MAX_LOGO_SIDE
                ),
            }]))
        }
    };
    let now = clock::now_utc();
    let writer = member.clone();
    let saved = state
        .db
        .write(move |conn| db::save_logo(conn, &writer, &bytes, &now))
        .await?
        .ok_or_else(|| ApiError::Internal("re-encoded image refused by the store".into()))?;
    state.refresh_directory().await;
    Ok(versioned(saved.0, saved.1))
}

/// `?limit=` (1 to 100, 20 by default) entries, newest first, from before version
/// `?before=`; a `Link: <…>; rel="next"` header points to the next page while there is one.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryPage {
    limit: Option<u32>,
    before: Option<u32>,
}

pub const HISTORY_PAGE: u32 = 20;
pub const HISTORY_PAGE_MAX: u32 = 100;

async fn my_history(
    State(state): State<AppState>,
    member: Member,
    uri: axum::http::Uri,
) -> Result<Response, ApiError> {
    let axum::extract::Query(page) = axum::extract::Query::<HistoryPage>::try_from_uri(&uri)
        .map_err(|e| ApiError::BadRequest {
            parameter: None,
            detail: e.body_text(),
        })?;
    let limit = page.limit.unwrap_or(HISTORY_PAGE);
    if !(1..=HISTORY_PAGE_MAX).contains(&limit) {
        return Err(ApiError::BadRequest {
            parameter: Some("limit".into()),
            detail: format!("limit: from 1 to {HISTORY_PAGE_MAX}"),
        });
    }
    let slug = member.startup.clone();
    let before = page.before;
    let mut entries: Vec<HistoryEntry> = state
        .db
        .read(move |conn| db::history(conn, &slug, before, limit + 1))
        .await?;
    let more = entries.len() > limit as usize;
    entries.truncate(limit as usize);
    let mut response = private(Json(&entries).into_response());
    if let (true, Some(last)) = (more, entries.last()) {
        let link = format!("<?before={}&limit={limit}>; rel=\"next\"", last.version);
        if let Ok(value) = HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    Ok(response)
}
