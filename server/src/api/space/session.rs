//! `POST /session` (sign in), `DELETE /session` (sign out) and `GET /me`.

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::space::{Me, SignIn};

use super::private;
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{
        check_lengths, clear_cookie, new_token, session_cookie, sha256_hex, verified_account,
        ClientIp, Member, ViaHttps, WriteGuard, SESSION_SECONDS,
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
    check_lengths(&email, &password)?;
    let (account, attempt) = verified_account(&state, ip, &email, password).await?;
    let Some(startup) = account.startup.clone() else {
        attempt.succeeded();
        return Err(ApiError::Forbidden(
            "campus team accounts sign in on the team space".into(),
        ));
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
