//! The agenda: its reads (event lists and pages, as [`Endpoint`]s for the data layer) and
//! one person's registration (asked for, confirmed by the e-mail's link, read, cancelled).
//! A registration request is never aborted by leaving its page: its outcome matters.
//!
//! The agenda is always searched by the API, never downloaded whole: its cards change by
//! themselves (seats taken, registration closing, an event ending), and the server is the
//! one clock that says so.

use gloo_net::http::Method;
use model::api_paths as paths;
use model::{
    agenda::{
        AgendaQuery, AgendaSort, Event, EventHeadline, EventList, Registration, RegistrationRequest,
    },
    directory::FieldError,
    facet_search::{encode_query, ResultList},
    Lang,
};
use serde::de::IgnoredAny;
use wasm_bindgen::JsValue;

use super::{
    config::runtime_config,
    fetch::{self, Outgoing},
    json, plain, ApiError, Endpoint,
};

/// One page of a search, asked of the API.
pub fn search_events(query: &AgendaQuery, lang: Lang, per_page: u32) -> Endpoint<EventList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    pairs.push(("locale", lang.code().to_owned()));
    Endpoint::at(
        format!("{}{}", paths::path(paths::EVENTS), encode_query(&pairs)),
        plain,
    )
}

/// The next `n` coming events of a pole (or of the whole campus), soonest first.
pub fn coming_events(pole: Option<&str>, n: u32) -> Endpoint<EventList> {
    let query = AgendaQuery {
        poles: pole.map(|p| vec![p.to_owned()]).unwrap_or_default(),
        sort: AgendaSort::Date,
        ..AgendaQuery::default()
    };
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", n.to_string()));
    Endpoint::at(
        format!("{}{}", paths::path(paths::EVENTS), encode_query(&pairs)),
        plain,
    )
}

/// The next `n` coming events of the whole campus, as headlines only (the home page).
pub fn next_headlines(n: u32) -> Endpoint<ResultList<EventHeadline, IgnoredAny>> {
    Endpoint::at(
        format!("{}?per_page={n}", paths::path(paths::EVENTS)),
        plain,
    )
}

pub fn event(slug: &str) -> Endpoint<Event> {
    Endpoint::item(paths::EVENT, slug, plain)
}

/// The address of an event's calendar file, in `lang`.
pub async fn calendar_url(slug: &str, lang: Lang) -> Result<String, ApiError> {
    let config = runtime_config().await?;
    Ok(format!(
        "{}{}?locale={}",
        config.api_base,
        paths::path_of(paths::EVENT_CALENDAR, slug),
        lang.code()
    ))
}

/// The address of a calendar feed of `query`'s events, in `lang`.
pub async fn feed_url(query: &AgendaQuery, lang: Lang) -> Result<String, ApiError> {
    let config = runtime_config().await?;
    let mut pairs = query.to_pairs();
    pairs.push(("locale", lang.code().to_owned()));
    Ok(format!(
        "{}{}{}",
        config.api_base,
        paths::path(paths::EVENTS_FEED),
        encode_query(&pairs)
    ))
}

/// What became of a registration request.
#[derive(Clone, Debug, PartialEq)]
pub enum RegisterOutcome {
    /// The place is held and the e-mail is on its way.
    Sent,
    /// The server refused these fields.
    Invalid(Vec<FieldError>),
    /// Registration closed in the meantime.
    Closed,
    /// Too many requests: seconds to wait.
    TooMany(u64),
    /// Nothing was recorded (network, server, or an answer not understood).
    Failed(ApiError),
}

async fn send_json<T: serde::de::DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<JsValue>,
) -> Result<T, ApiError> {
    let config = runtime_config().await?;
    let answer = fetch::send(
        &format!("{}{path}", config.api_base),
        Outgoing {
            method,
            body: body.map(|b| ("application/json", b)),
            headers: &[],
            credentials: false,
            abort: None,
        },
    )
    .await?;
    json(if answer.body.is_empty() {
        "null"
    } else {
        &answer.body
    })
}

pub async fn register(slug: &str, request: &RegistrationRequest) -> RegisterOutcome {
    let body = JsValue::from_str(&serde_json::to_string(request).expect("serialisable"));
    let path = paths::path_of(paths::EVENT_REGISTRATIONS, slug);
    match send_json::<serde_json::Value>(Method::POST, &path, Some(body)).await {
        Ok(_) => RegisterOutcome::Sent,
        Err(ApiError::Status {
            status: 422,
            problem,
        }) => RegisterOutcome::Invalid(problem.map(|p| p.errors).unwrap_or_default()),
        Err(ApiError::Status { status: 409, .. }) => RegisterOutcome::Closed,
        Err(ApiError::Status {
            status: 429,
            problem,
        }) => RegisterOutcome::TooMany(problem.and_then(|p| p.retry_after).unwrap_or(60)),
        Err(error) => RegisterOutcome::Failed(error),
    }
}

/// A link's secret as the API takes it; anything else cannot be a registration.
fn registration_path(template: &str, token: &str) -> Result<String, ApiError> {
    if model::agenda::is_link_secret(token) {
        Ok(paths::path_of(template, token))
    } else {
        Err(ApiError::NotFound)
    }
}

pub async fn registration(token: &str) -> Result<Registration, ApiError> {
    send_json(
        Method::GET,
        &registration_path(paths::REGISTRATION, token)?,
        None,
    )
    .await
}

pub async fn confirm(token: &str) -> Result<Registration, ApiError> {
    send_json(
        Method::POST,
        &registration_path(paths::REGISTRATION_CONFIRMATION, token)?,
        None,
    )
    .await
}

pub async fn cancel(token: &str) -> Result<Registration, ApiError> {
    send_json(
        Method::DELETE,
        &registration_path(paths::REGISTRATION, token)?,
        None,
    )
    .await
}
