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
    directory::{limits, FieldError},
    space::{HistoryEntry, Me, SignIn, StartupEdit, Versioned},
};
use serde::de::DeserializeOwned;

use crate::{
    auth::{
        clear_cookie, new_token, session_cookie, sha256_hex, verify_password, ClientIp, Member,
        WriteGuard, SESSION_SECONDS,
    },
    clock, db,
    error::ApiError,
    AppState,
};

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

fn json_body<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, ApiError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.starts_with("application/json") || v.starts_with("application/merge-patch+json")
        });
    if !json {
        return Err(ApiError::UnsupportedMediaType(
            "send the body as application/json".into(),
        ));
    }
    serde_json::from_slice(body).map_err(|e| ApiError::BadRequest {
        parameter: None,
        detail: format!("the body is not the expected JSON: {e}"),
    })
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
    let SignIn { email, password } = json_body(&headers, &body)?;
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
    state.limiter.succeeded(attempt, Instant::now());
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

/// What `If-Match` asks for: a version the client edited (`"v7"`), or `*` (any current
/// version, RFC 9110 §13.1.1).
enum Expected {
    Version(Option<u32>),
    Any,
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
    // Only our own tags are versions; anything else is a malformed header, not a stale one.
    value
        .trim_start_matches("W/")
        .strip_prefix("\"v")
        .and_then(|rest| rest.strip_suffix('"'))
        .and_then(|n| n.parse().ok())
        .map(|v| Expected::Version(Some(v)))
        .ok_or_else(|| ApiError::BadRequest {
            parameter: Some("If-Match".into()),
            detail: format!("If-Match: expected `*` or an ETag such as \"v3\", got `{value}`"),
        })
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
    let (current, version) = load_own(state, &member).await?;
    let stale = || {
        ApiError::PreconditionFailed(Box::new(Versioned {
            etag: db::etag(version),
            profile: current.clone(),
        }))
    };
    let profile = edit.apply(&current);
    let mut errors = profile.check(clock::this_year());
    let campus = state.db.read(db::load_campus).await?;
    for (i, pole) in profile.summary.poles.iter().enumerate() {
        if !campus.poles.iter().any(|p| &p.slug == pole) {
            errors.push(FieldError {
                field: format!("poles[{i}]"),
                reason: "not a campus pole".into(),
            });
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
            reason: format!("`{institute}` is not a campus institute"),
        });
    }
    // The content is checked first (422), then the precondition (412): a profile that
    // could never be saved is refused as such, whatever version it was edited from.
    if !errors.is_empty() {
        return Err(ApiError::InvalidFields(errors));
    }
    match expected {
        Expected::Any => {}
        Expected::Version(v) if v == Some(version) => {}
        Expected::Version(_) => return Err(stale()),
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
            state.refresh_directory().await?;
            Ok(versioned(profile, version))
        }
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
    let edit: StartupEdit = json_body(&headers, &body)?;
    save(&state, member, &headers, edit).await
}

/// JSON merge patch (RFC 7396) of the editable fields.
async fn patch_startup(
    State(state): State<AppState>,
    headers: HeaderMap,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    let patch: serde_json::Value = json_body(&headers, &body)?;
    let (current, _) = load_own(&state, &member).await?;
    let mut document = serde_json::to_value(StartupEdit::of(&current))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    merge_patch(&mut document, &patch);
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
    // The declared type is ignored: only the bytes say what the file is.
    if db::image_type(&body).is_none() {
        return Err(ApiError::UnsupportedMediaType(
            "a logo is a PNG, JPEG or WebP image (SVG is not accepted)".into(),
        ));
    }
    let now = clock::now_utc();
    let writer = member.clone();
    let saved = state
        .db
        .write(move |conn| db::save_logo(conn, &writer, &body, &now))
        .await?
        .ok_or_else(|| ApiError::Internal("recognised image refused by the store".into()))?;
    state.refresh_directory().await?;
    Ok(versioned(saved.0, saved.1))
}

async fn my_history(State(state): State<AppState>, member: Member) -> Result<Response, ApiError> {
    let slug = member.startup.clone();
    let entries: Vec<HistoryEntry> = state.db.read(move |conn| db::history(conn, &slug)).await?;
    Ok(private(Json(entries).into_response()))
}
