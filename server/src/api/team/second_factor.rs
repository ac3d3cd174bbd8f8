//! Enrolling an authenticator app: `POST /team/second-factor` offers a new secret (its
//! QR code drawn here), `PUT /team/second-factor` takes the app's first code, makes the
//! secret the account's and answers the recovery codes, shown this once.

use axum::{body::Bytes, extract::State, http::HeaderMap, response::IntoResponse, Json};
use model::team::{normalise_code, RecoveryCodes, TotpConfirmation, TotpSetup, TOTP_DIGITS};

use super::{actor, private, session::me_of};
use crate::{
    api::json_body::{from_object, json_object, JSON},
    app_state::AppState,
    auth::{second_factor, StaffEnrolling, StaffSession},
    clock,
    db::team,
    error::ApiError,
};

fn replacing_needs_proof() -> ApiError {
    ApiError::Forbidden(
        "this account has an authenticator: sign in with its code before replacing it".into(),
    )
}

pub async fn offer(
    State(state): State<AppState>,
    StaffEnrolling(session): StaffEnrolling,
) -> Result<axum::response::Response, ApiError> {
    let secret = second_factor::new_secret();
    let (otpauth_url, qr_svg) = second_factor::enrolment(&secret, &session.email)
        .ok_or_else(|| ApiError::Internal("a new TOTP secret was refused".into()))?;
    let (id, kept, proved) = (
        session.account_id,
        secret.clone(),
        session.second_factor_done,
    );
    let offered = state
        .db
        .write(move |conn| team::offer_totp(conn, id, &kept, proved))
        .await?;
    if !offered {
        return Err(replacing_needs_proof());
    }
    Ok(private(
        Json(TotpSetup {
            secret,
            otpauth_url,
            qr_svg,
        })
        .into_response(),
    ))
}

pub async fn confirm(
    State(state): State<AppState>,
    StaffEnrolling(session): StaffEnrolling,
    headers: HeaderMap,
    body: Bytes,
) -> Result<axum::response::Response, ApiError> {
    let TotpConfirmation { code } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let wrong = || {
        ApiError::invalid_field(
            "code",
            "not the code the app shows now: check the app and type its six digits",
        )
    };
    let code = normalise_code(&code)
        .filter(|c| c.len() == TOTP_DIGITS)
        .ok_or_else(wrong)?;
    let id = session.account_id;
    let pending = state
        .db
        .read(move |conn| team::pending_totp(conn, id))
        .await?
        .ok_or_else(|| ApiError::Conflict("no authenticator is being added: start again".into()))?;
    let now = clock::now_unix();
    let step = second_factor::accepted_step(&pending, &code, now, 0).ok_or_else(wrong)?;
    let (codes, hashes) = second_factor::recovery_codes();
    let (session_hash, who) = (session.token_hash.clone(), actor(&session));
    let proved = session.second_factor_done;
    let confirmed = state
        .db
        .write(move |conn| {
            let enrolment = team::Enrolment {
                secret: &pending,
                step,
                recovery_hashes: &hashes,
            };
            team::confirm_totp(conn, &who, &enrolment, (&session_hash, proved), now)
        })
        .await?;
    if !confirmed {
        return Err(ApiError::Conflict(
            "another authenticator was offered in the meantime, or this session has not \
             proved the current one: sign in again with its code"
                .into(),
        ));
    }
    let me = me_of(&StaffSession {
        second_factor_done: true,
        ..session
    });
    Ok(private(Json(RecoveryCodes { codes, me }).into_response()))
}
