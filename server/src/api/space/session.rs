//! `POST /session` (sign in), `DELETE /session` (sign out) and `GET /me`.

use std::time::Instant;

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    directory::limits,
    space::{Me, SignIn},
};

use super::private;
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{
        clear_cookie, new_token, session_cookie, sha256_hex, ClientIp, Member, ViaHttps,
        WriteGuard, DUMMY_HASH, MAX_PASSWORD, SESSION_SECONDS,
    },
    clock, db,
    error::ApiError,
};

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

pub async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    via: ViaHttps,
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
        .map_err(|wait| {
            tracing::warn!(client = ?ip, wait, "sign-in refused: too many failed attempts");
            ApiError::TooManyRequests(wait)
        })?;
    let lookup = email.clone();
    let account = state
        .db
        .read(move |conn| db::find_account(conn, &lookup))
        .await?;
    let hash = account
        .as_ref()
        .map_or(DUMMY_HASH.to_owned(), |a| a.password_hash.clone());
    let verified = state.hashing.verify(password, hash).await?;
    let (account, startup) = match account {
        Some(account) if verified => match account.startup.clone() {
            Some(startup) => (account, startup),
            None => {
                attempt.succeeded();
                return Err(ApiError::Forbidden(
                    "campus team accounts sign in on the team space".into(),
                ));
            }
        },
        // The reservation stays counted as a failure.
        _ => {
            tracing::info!(client = ?ip, "sign-in failed: wrong e-mail or password");
            return Err(ApiError::BadCredentials);
        }
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
        startup,
        csrf_token: csrf,
        token_hash: String::new(),
        expires_at: expires,
    };
    tracing::info!(account = account.id, "signed in");
    Ok(private(
        ([session_cookie(&via, &token)], Json(me_of(&state, &member))).into_response(),
    ))
}

pub async fn sign_out(
    State(state): State<AppState>,
    via: ViaHttps,
    WriteGuard(member): WriteGuard,
) -> Result<Response, ApiError> {
    let token_hash = member.token_hash.clone();
    state
        .db
        .write(move |conn| db::delete_session(conn, &token_hash))
        .await?;
    Ok(private(
        (StatusCode::NO_CONTENT, [clear_cookie(&via)]).into_response(),
    ))
}

pub async fn me(State(state): State<AppState>, member: Member) -> Response {
    private(Json(me_of(&state, &member)).into_response())
}
