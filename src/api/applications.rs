//! Applying to a call: asking for the application's link, then, with the link's secret,
//! reading it, saving its form as it is typed, uploading the pitch deck, submitting and
//! withdrawing. Writes, so never cancelled by leaving the page.

use gloo_net::http::Method;
use model::{
    api_paths as paths,
    calls::{Application, ApplicationStart},
    directory::FieldError,
    etag::version_tag,
};
use serde_json::{Map, Value};
use wasm_bindgen::JsValue;

use super::{
    config::runtime_config,
    fetch::{self, Outgoing},
    json, ApiError,
};

async fn send(
    method: Method,
    path: &str,
    body: Option<(&str, JsValue)>,
    headers: &[(&str, &str)],
) -> Result<String, ApiError> {
    let config = runtime_config().await?;
    let answer = fetch::send(
        &format!("{}{path}", config.api_base),
        Outgoing {
            method,
            body,
            headers,
            credentials: false,
            abort: None,
        },
    )
    .await?;
    Ok(answer.body)
}

/// A link's secret as the API takes it; anything else cannot be an application.
fn path(template: &str, token: &str) -> Result<String, ApiError> {
    if model::agenda::is_link_secret(token) {
        Ok(paths::path_of(template, token))
    } else {
        Err(ApiError::NotFound)
    }
}

fn fields(problem: Option<Box<model::Problem>>) -> Vec<FieldError> {
    problem.map(|p| p.errors).unwrap_or_default()
}

/// What asking for the link did.
#[derive(Clone)]
pub enum StartOutcome {
    Sent,
    Invalid(Vec<FieldError>),
    /// The call takes no new application.
    Closed,
    /// Seconds to wait.
    TooMany(u64),
    Failed(ApiError),
}

pub async fn start(call: &str, request: &ApplicationStart) -> StartOutcome {
    let body = JsValue::from_str(&serde_json::to_string(request).expect("serialisable"));
    let path = paths::path_of(paths::CALL_APPLICATIONS, call);
    match send(Method::POST, &path, Some(("application/json", body)), &[]).await {
        Ok(_) => StartOutcome::Sent,
        Err(ApiError::Status {
            status: 422,
            problem,
        }) => StartOutcome::Invalid(fields(problem)),
        Err(ApiError::Status { status: 409, .. }) => StartOutcome::Closed,
        Err(ApiError::Status {
            status: 429,
            problem,
        }) => StartOutcome::TooMany(problem.and_then(|p| p.retry_after).unwrap_or(60)),
        Err(error) => StartOutcome::Failed(error),
    }
}

fn decoded(body: &str) -> Result<Application, ApiError> {
    json(body)
}

pub async fn application(token: &str) -> Result<Application, ApiError> {
    decoded(&send(Method::GET, &path(paths::APPLICATION, token)?, None, &[]).await?)
}

/// What a write to the application did.
#[derive(Clone)]
pub enum WriteOutcome {
    Done(Box<Application>),
    /// Saved elsewhere in the meantime: read it again, then write again.
    Stale,
    Invalid(Vec<FieldError>),
    /// Its state (or its call's) refuses it; the server's words.
    Refused(String),
    /// Nothing was recorded (network, server, or an answer not understood).
    Failed(ApiError),
}

fn outcome(answer: Result<String, ApiError>) -> WriteOutcome {
    match answer.and_then(|body| decoded(&body)) {
        Ok(application) => WriteOutcome::Done(Box::new(application)),
        Err(ApiError::Status { status: 412, .. }) => WriteOutcome::Stale,
        Err(ApiError::Status {
            status: 422,
            problem,
        }) => WriteOutcome::Invalid(fields(problem)),
        Err(ApiError::Status {
            status: 409,
            problem,
        }) => WriteOutcome::Refused(problem.and_then(|p| p.detail).unwrap_or_default()),
        Err(error) => WriteOutcome::Failed(error),
    }
}

/// Saves `patch` (a JSON merge patch of the form) over `version`.
pub async fn save(token: &str, patch: &Map<String, Value>, version: u32) -> WriteOutcome {
    let path = match path(paths::APPLICATION, token) {
        Ok(path) => path,
        Err(error) => return WriteOutcome::Failed(error),
    };
    let body = JsValue::from_str(&Value::Object(patch.clone()).to_string());
    let tag = version_tag(version);
    outcome(
        send(
            Method::PATCH,
            &path,
            Some(("application/merge-patch+json", body)),
            &[("If-Match", &tag)],
        )
        .await,
    )
}

/// Uploads the pitch deck as it is: the server reads it as a PDF, whatever its name.
pub async fn upload_deck(token: &str, file: &web_sys::File) -> WriteOutcome {
    let path = match path(paths::APPLICATION_DECK, token) {
        Ok(path) => path,
        Err(error) => return WriteOutcome::Failed(error),
    };
    outcome(
        send(
            Method::PUT,
            &path,
            Some(("application/pdf", JsValue::from(file.clone()))),
            &[],
        )
        .await,
    )
}

pub async fn submit(token: &str) -> WriteOutcome {
    match path(paths::APPLICATION_SUBMISSION, token) {
        Ok(path) => outcome(send(Method::POST, &path, None, &[]).await),
        Err(error) => WriteOutcome::Failed(error),
    }
}

/// Withdraws the application, which deletes it.
pub async fn withdraw(token: &str) -> Result<(), ApiError> {
    send(
        Method::POST,
        &path(paths::APPLICATION_WITHDRAWAL, token)?,
        None,
        &[],
    )
    .await
    .map(|_| ())
}
