//! `POST /team/session` (sign in with password and code), `DELETE /team/session` and
//! `GET /team/me`. A staff account without a second factor yet gets a session that only
//! enrolment accepts.

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::team::{normalise_code, SecondFactor, TeamMe, TeamSignIn};

use super::private;
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{
        check_lengths, clear_cookie, cookie_token, new_token, second_factor, session_cookie,
        sha256_hex, verified_account, ClientIp, StaffEnrolling, StaffSession, StaffSignedIn,
        ViaHttps, SESSION_SECONDS,
    },
    clock,
    db::{self, team},
    error::ApiError,
};

pub fn me_of(session: &StaffSession) -> TeamMe {
    TeamMe {
        email: session.email.clone(),
        second_factor: if session.second_factor_done {
            SecondFactor::Done
        } else {
            SecondFactor::SetupNeeded
        },
        csrf_token: session.csrf_token.clone(),
        expires_at: session.expires_at,
    }
}

pub async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    via: ViaHttps,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let TeamSignIn {
        email,
        password,
        code,
    } = from_object(json_object(&headers, &body, &[JSON])?)?;
    check_lengths(&email, &password)?;
    let code = match code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => None,
        Some(typed) => Some(normalise_code(typed).ok_or_else(|| ApiError::BadRequest {
            parameter: Some("code".into()),
            detail: "a code is the app's six digits or a recovery code (two groups of five)".into(),
        })?),
    };
    // The start-up space's check and limiter: both doors count against the same budget.
    let (account, attempt) = verified_account(&state, ip, &email, password).await?;
    if account.role != db::Role::Staff {
        attempt.succeeded();
        return Err(ApiError::Forbidden(
            "start-up members sign in on the start-up space".into(),
        ));
    }
    let now = clock::now_unix();
    let second_factor_done = match (&account.totp_secret, code) {
        // No factor yet: a session that only enrolment accepts.
        (None, _) => false,
        (Some(_), None) => return Err(ApiError::SecondFactorRequired),
        (Some(secret), Some(code)) => {
            let id = account.id;
            let proved = if code.len() == model::team::TOTP_DIGITS {
                match second_factor::accepted_step(secret, &code, now, account.totp_last_step) {
                    Some(step) => {
                        state
                            .db
                            .write(move |conn| team::use_totp_step(conn, id, step))
                            .await?
                    }
                    None => false,
                }
            } else {
                let hash = second_factor::recovery_hash(&code);
                state
                    .db
                    .write(move |conn| team::use_recovery_code(conn, id, &hash, now))
                    .await?
            };
            if !proved {
                tracing::info!(client = ?ip, "team sign-in failed: wrong second factor");
                return Err(ApiError::BadCredentials);
            }
            true
        }
    };
    attempt.succeeded();
    let token = new_token();
    let csrf = new_token();
    let expires = now + SESSION_SECONDS;
    let old = cookie_token(&headers).map(|t| sha256_hex(&t));
    let (token_hash, account_id, csrf_token) = (sha256_hex(&token), account.id, csrf.clone());
    let actor = team::Actor {
        account_id: account.id,
        email: account.email.clone(),
    };
    state
        .db
        .write(move |conn| {
            let tx = conn.transaction()?;
            if let Some(old) = old {
                db::delete_session(&tx, &old)?;
            }
            db::create_session_with(
                &tx,
                &token_hash,
                account_id,
                &csrf_token,
                (now, expires),
                second_factor_done,
            )?;
            let how = if second_factor_done {
                "code"
            } else {
                "password, enrolment pending"
            };
            team::audit(&tx, &actor, "session.sign-in", "team", how, now)?;
            tx.commit()
        })
        .await?;
    tracing::info!(account = account.id, "campus team signed in");
    let session = StaffSession {
        account_id: account.id,
        email: account.email,
        csrf_token: csrf,
        token_hash: String::new(),
        expires_at: expires,
        second_factor_done,
    };
    Ok(private(
        ([session_cookie(&via, &token)], Json(me_of(&session))).into_response(),
    ))
}

pub async fn sign_out(
    State(state): State<AppState>,
    via: ViaHttps,
    StaffEnrolling(session): StaffEnrolling,
) -> Result<Response, ApiError> {
    let token_hash = session.token_hash.clone();
    state
        .db
        .write(move |conn| db::delete_session(conn, &token_hash))
        .await?;
    Ok(private(
        (StatusCode::NO_CONTENT, [clear_cookie(&via)]).into_response(),
    ))
}

pub async fn me(StaffSignedIn(session): StaffSignedIn) -> Response {
    private(Json(me_of(&session)).into_response())
}
