//! The start-up space: sessions and the member's own profile. Every request carries the
//! session cookie; every write also carries the session's CSRF token. No request here is
//! aborted when its page goes away: a write's outcome must reach the caller.

use gloo_net::http::Method;
use model::api_paths as paths;
use model::{
    directory::FieldError,
    space::{InvitationAcceptance, InvitationView, Me, SignIn, StartupEdit, Versioned},
};
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use super::{
    config::runtime_config,
    fetch::{self, Outgoing},
    startups::resolve_logo,
    ApiError,
};

pub(super) const JSON: &str = "application/json";

pub(super) fn json_body<T: serde::Serialize>(value: &T) -> JsValue {
    JsValue::from_str(&serde_json::to_string(value).expect("serialisable"))
}

/// What a request of a signed-in space (the start-ups' or the team's) sends.
pub(super) struct Send<'a> {
    pub method: Method,
    pub body: Option<(&'a str, JsValue)>,
    pub headers: &'a [(&'a str, &'a str)],
}

/// Sends to an API path with the session cookie and decodes the JSON answer (`()` for
/// none).
pub(super) async fn send_json<T: DeserializeOwned>(
    path: &str,
    what: Send<'_>,
) -> Result<T, ApiError> {
    let config = runtime_config().await?;
    let answer = fetch::send(
        &format!("{}{path}", config.api_base),
        Outgoing {
            method: what.method,
            body: what.body,
            headers: what.headers,
            credentials: true,
            abort: None,
        },
    )
    .await?;
    let body = if answer.body.is_empty() {
        "null"
    } else {
        &answer.body
    };
    serde_json::from_str(body).map_err(|e| ApiError::Decode(e.to_string()))
}

/// A signed-in read of an API path.
pub(super) async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send_json(
        path,
        Send {
            method: Method::GET,
            body: None,
            headers: &[],
        },
    )
    .await
}

/// A signed-in write that sends nothing but the CSRF token (signing out, asking for a
/// new authenticator secret).
pub(super) async fn bare_write<T: DeserializeOwned>(
    method: Method,
    path: &str,
    csrf: &str,
) -> Result<T, ApiError> {
    send_json(
        path,
        Send {
            method,
            body: None,
            headers: &[("X-CSRF-Token", csrf)],
        },
    )
    .await
}

pub async fn sign_in(email: &str, password: &str) -> Result<Me, ApiError> {
    let body = json_body(&SignIn {
        email: email.trim().to_owned(),
        password: password.to_owned(),
    });
    send_json(
        &paths::path(paths::SESSION),
        Send {
            method: Method::POST,
            body: Some((JSON, body)),
            headers: &[],
        },
    )
    .await
}

/// The signed-in member; `Status { status: 401, .. }` when there is no session.
pub async fn me() -> Result<Me, ApiError> {
    get_json(&paths::path(paths::ME)).await
}

pub async fn sign_out(csrf: &str) -> Result<(), ApiError> {
    bare_write(Method::DELETE, &paths::path(paths::SESSION), csrf).await
}

/// The logo's address made absolute (against the API base of the runtime config).
async fn resolve(versioned: &mut Versioned) -> Result<(), ApiError> {
    resolve_logo(
        &mut versioned.profile.summary,
        Some(&*runtime_config().await?),
    );
    Ok(())
}

async fn resolved(mut versioned: Versioned) -> Result<Versioned, ApiError> {
    resolve(&mut versioned).await?;
    Ok(versioned)
}

pub async fn my_startup() -> Result<Versioned, ApiError> {
    let versioned = get_json(&paths::path(paths::MY_STARTUP)).await?;
    resolved(versioned).await
}

/// What became of a profile save.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    /// The server has it: the new version.
    Saved(Versioned),
    /// Someone saved first: the version the server holds now.
    Conflict(Versioned),
    /// The server refused these fields.
    Invalid(Vec<FieldError>),
    /// The session is over: sign in again, then save again.
    Expired,
    /// Nothing was saved (network, server, or an answer not understood).
    Failed(ApiError),
}

/// Saves `edit` over the version tagged `etag` (`If-Match`).
pub async fn save(edit: &StartupEdit, etag: &str, csrf: &str) -> SaveOutcome {
    let answer = send_json::<Versioned>(
        &paths::path(paths::MY_STARTUP),
        Send {
            method: Method::PUT,
            body: Some((JSON, json_body(edit))),
            headers: &[("If-Match", etag), ("X-CSRF-Token", csrf)],
        },
    )
    .await;
    match answer {
        // A committed write is never reported as failed: without the runtime config (it
        // was read for this very request, so it is there) the logo address stays relative.
        Ok(mut saved) => {
            let _ = resolve(&mut saved).await;
            SaveOutcome::Saved(saved)
        }
        Err(ApiError::Status {
            status: 412,
            problem,
        }) => match problem.and_then(|p| p.current) {
            Some(mut current) => {
                let _ = resolve(&mut current).await;
                SaveOutcome::Conflict(*current)
            }
            None => SaveOutcome::Failed(ApiError::Decode("412 without the current version".into())),
        },
        Err(ApiError::Status {
            status: 422,
            problem,
        }) => SaveOutcome::Invalid(problem.map(|p| p.errors).unwrap_or_default()),
        Err(error) if error.is_unauthorized() => SaveOutcome::Expired,
        Err(error) => SaveOutcome::Failed(error),
    }
}

/// Uploads a logo file as it is; the server recognises its type from the bytes.
pub async fn upload_logo(file: &web_sys::File, csrf: &str) -> Result<Versioned, ApiError> {
    let versioned = send_json(
        &paths::path(paths::MY_LOGO),
        Send {
            method: Method::PUT,
            body: Some(("application/octet-stream", JsValue::from(file.clone()))),
            headers: &[("X-CSRF-Token", csrf)],
        },
    )
    .await?;
    resolved(versioned).await
}

/// Whom an invitation link is for; [`ApiError::NotFound`] once used or expired.
pub async fn invitation(token: &str) -> Result<InvitationView, ApiError> {
    get_json(&paths::path_of(paths::INVITATION, token)).await
}

/// Chooses the invited person's password: their account, signed in.
pub async fn accept_invitation(token: &str, password: &str) -> Result<Me, ApiError> {
    let body = json_body(&InvitationAcceptance {
        password: password.to_owned(),
    });
    send_json(
        &paths::path_of(paths::INVITATION_ACCEPTANCE, token),
        Send {
            method: Method::POST,
            body: Some((JSON, body)),
            headers: &[],
        },
    )
    .await
}
