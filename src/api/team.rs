//! The campus team's space: signing in with the second factor, enrolling an authenticator,
//! and reading the applications of a call. Like the start-up space's requests, these carry
//! the session cookie, the writes the CSRF token, and none is aborted with its page.

use gloo_net::http::Method;
use model::{
    api_paths as paths,
    team::{ApplicationRow, RecoveryCodes, TeamMe, TeamSignIn, TotpConfirmation, TotpSetup},
};

use super::{
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
