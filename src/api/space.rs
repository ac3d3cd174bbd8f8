//! The start-up space: sessions and the member's own profile. Every request carries the
//! session cookie; every write also carries the session's CSRF token.

use model::space::{Me, SignIn, StartupEdit, Versioned};
use wasm_bindgen::JsValue;

use super::{
    fetch::{send_json, Send},
    resolve_logo, ApiError,
};

const JSON: &str = "application/json";

fn json_body<T: serde::Serialize>(value: &T) -> JsValue {
    JsValue::from_str(&serde_json::to_string(value).expect("serialisable"))
}

pub async fn sign_in(email: &str, password: &str) -> Result<Me, ApiError> {
    let body = json_body(&SignIn {
        email: email.trim().to_owned(),
        password: password.to_owned(),
    });
    send_json(
        "/api/v1/session",
        Send {
            method: "POST",
            body: Some((JSON, body)),
            headers: &[],
            credentials: true,
        },
    )
    .await
}

/// The signed-in member; `Status { status: 401, .. }` when there is no session.
pub async fn me() -> Result<Me, ApiError> {
    send_json(
        "/api/v1/me",
        Send {
            method: "GET",
            body: None,
            headers: &[],
            credentials: true,
        },
    )
    .await
}

pub async fn sign_out(csrf: &str) -> Result<(), ApiError> {
    send_json(
        "/api/v1/session",
        Send {
            method: "DELETE",
            body: None,
            headers: &[("X-CSRF-Token", csrf)],
            credentials: true,
        },
    )
    .await
}

async fn resolved(mut versioned: Versioned) -> Result<Versioned, ApiError> {
    resolve_logo(&mut versioned.profile.summary).await?;
    Ok(versioned)
}

pub async fn my_startup() -> Result<Versioned, ApiError> {
    let versioned = send_json(
        "/api/v1/me/startup",
        Send {
            method: "GET",
            body: None,
            headers: &[],
            credentials: true,
        },
    )
    .await?;
    resolved(versioned).await
}

/// Saves `edit` over the version tagged `etag`: 412 (someone saved first, with the current
/// version in the problem), 422 (field errors), 401 (session over) come back as errors.
pub async fn save(edit: &StartupEdit, etag: &str, csrf: &str) -> Result<Versioned, ApiError> {
    let versioned = send_json(
        "/api/v1/me/startup",
        Send {
            method: "PUT",
            body: Some((JSON, json_body(edit))),
            headers: &[("If-Match", etag), ("X-CSRF-Token", csrf)],
            credentials: true,
        },
    )
    .await?;
    resolved(versioned).await
}

/// Uploads a logo file as it is; the server recognises its type from the bytes.
pub async fn upload_logo(file: &web_sys::File, csrf: &str) -> Result<Versioned, ApiError> {
    let versioned = send_json(
        "/api/v1/me/startup/logo",
        Send {
            method: "PUT",
            body: Some(("application/octet-stream", JsValue::from(file.clone()))),
            headers: &[("X-CSRF-Token", csrf)],
            credentials: true,
        },
    )
    .await?;
    resolved(versioned).await
}
