//! The password check both sign-in doors (the start-up space's and the team's) share.

use std::{net::IpAddr, time::Instant};

use model::directory::limits;

use super::{limiter::Attempt, DUMMY_HASH, MAX_PASSWORD};
use crate::{
    app_state::AppState,
    db::{self, Account},
    error::ApiError,
};

/// Refuses an e-mail or a password over its bound (400) before the limiter keeps anything
/// of them, or argon2 hashes anything.
pub fn check_lengths(email: &str, password: &str) -> Result<(), ApiError> {
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
    Ok(())
}

/// The account whose password this is, with the limiter's reservation for the caller to
/// settle (`succeeded`, or dropped as a failure). The attempt is counted before the
/// password is checked, so parallel guesses cannot overtake it, and an unknown e-mail is
/// compared with a dummy hash, so timing does not reveal which addresses exist. A wrong
/// e-mail and a wrong password get the same 401.
pub async fn verified_account<'a>(
    state: &'a AppState,
    ip: Option<IpAddr>,
    email: &str,
    password: String,
) -> Result<(Account, Attempt<'a>), ApiError> {
    let attempt = state
        .limiter
        .reserve(email, ip, Instant::now())
        .map_err(|wait| {
            tracing::warn!(client = ?ip, wait, "sign-in refused: too many failed attempts");
            ApiError::TooManyRequests(wait)
        })?;
    let lookup = email.to_owned();
    let account = state
        .db
        .read(move |conn| db::find_account(conn, &lookup))
        .await?;
    let hash = account
        .as_ref()
        .map_or(DUMMY_HASH.to_owned(), |a| a.password_hash.clone());
    let verified = state.hashing.verify(password, hash).await?;
    match account {
        Some(account) if verified => Ok((account, attempt)),
        // The reservation stays counted as a failure.
        _ => {
            tracing::info!(client = ?ip, "sign-in failed: wrong e-mail or password");
            Err(ApiError::BadCredentials)
        }
    }
}
