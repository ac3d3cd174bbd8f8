//! Typed client of the campus JSON API (`/api/v1`, see `server/openapi.yaml`). Only the
//! data layer (`crate::data`) and the start-up space's writes call it.
//!
//! A read is described by an [`Endpoint`]: its path (the data layer's cache key) and how
//! its body is decoded. [`read`] performs it, conditionally when an `ETag` is known.
//! The campus, its poles and its calls for applications are described here, the catalogue in `programmes`, the
//! directory in `startups`, the agenda in [`agenda`]; [`space`] holds the start-up
//! space's session, reads and writes, and [`team`] the campus team's.

pub mod agenda;
pub mod applications;
mod config;
mod error;
mod fetch;
mod programmes;
pub mod space;
mod startups;
pub mod team;

pub use config::RuntimeConfig;
pub use error::ApiError;
pub use programmes::{
    catalogue, catalogue_summary, pole_programmes, programme, related_programmes, search_programmes,
};
pub use startups::{
    directory, directory_summary, holds_relative_address, pole_startups, related_startups,
    search_startups, startup,
};

use model::api_paths as paths;
use model::{
    calls::{Call, CallSummary},
    facet_search::ResultList,
    Campus, Pole, PoleSummary,
};
use serde::de::DeserializeOwned;
use web_sys::AbortSignal;

use config::runtime_config;
use fetch::Outgoing;

/// How many cards a pole page shows per list (the API's `per_page`).
pub const POLE_PREVIEW: u32 = 3;

/// Lists up to this size are downloaded whole, once, and searched in the browser; larger
/// ones are searched by the API, one request per query. One request can carry it (the
/// API's largest `per_page`); the README gives the measurements behind it.
pub const LOCAL_SEARCH_LIMIT: u32 = 1000;

/// Decodes a body. Without the runtime configuration (a body baked into the page, decoded
/// before `config.json` is read), addresses relative to the API stay relative.
type Decode<T> = fn(&str, Option<&RuntimeConfig>) -> Result<T, ApiError>;

/// A readable API resource.
pub struct Endpoint<T> {
    /// `/api/v1/...`; `None` for a resource that cannot exist (a malformed slug), which
    /// is answered "not found" without leaving the browser.
    path: Option<String>,
    decode: Decode<T>,
}

impl<T> Endpoint<T> {
    fn at(path: String, decode: Decode<T>) -> Self {
        Endpoint {
            path: Some(path),
            decode,
        }
    }

    /// The item `template` (`/poles/{slug}`) names, or nothing when the slug cannot exist.
    fn item(template: &str, slug: &str, decode: Decode<T>) -> Self {
        Endpoint {
            path: model::validate_slug(slug)
                .is_ok()
                .then(|| paths::path_of(template, slug)),
            decode,
        }
    }

    /// Identifies the resource (the data layer's cache key).
    pub fn key(&self) -> &str {
        self.path.as_deref().unwrap_or("")
    }

    /// Decodes a body the build baked into the page. The API's address is not known yet
    /// (the page may be served far from its API): addresses the API gives relative (logos)
    /// stay relative, which views show as not there yet, until the first revalidation.
    pub fn decode_baked(&self, body: &str) -> Result<T, ApiError> {
        (self.decode)(body, None)
    }
}

/// The outcome of a read.
pub enum Fetched<T> {
    Fresh {
        value: T,
        etag: Option<String>,
    },
    /// The copy whose `ETag` was sent is still current.
    NotModified,
}

/// Reads `endpoint`; with `etag`, asks the server to answer 304 if nothing changed. The
/// cached copy may have been decoded from `baked` without the API's address: a 304 then
/// decodes that body again, with it.
pub async fn read<T>(
    endpoint: &Endpoint<T>,
    etag: Option<&str>,
    baked: Option<&str>,
    abort: Option<&AbortSignal>,
) -> Result<Fetched<T>, ApiError> {
    let Some(path) = &endpoint.path else {
        return Err(ApiError::NotFound);
    };
    let config = runtime_config().await?;
    let conditional = etag.map(|tag| [("If-None-Match", tag)]);
    let headers: &[(&str, &str)] = conditional.as_ref().map_or(&[], |h| h.as_slice());
    let answer = fetch::send(
        &format!("{}{path}", config.api_base),
        Outgoing::get(headers, abort),
    )
    .await?;
    if answer.status == 304 {
        return match baked {
            Some(body) => Ok(Fetched::Fresh {
                value: (endpoint.decode)(body, Some(&config))?,
                etag: etag.map(str::to_owned),
            }),
            None => Ok(Fetched::NotModified),
        };
    }
    Ok(Fetched::Fresh {
        value: (endpoint.decode)(&answer.body, Some(&config))?,
        etag: answer.etag,
    })
}

fn json<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    serde_json::from_str(body).map_err(|e| ApiError::Decode(e.to_string()))
}

/// The items of a list asked for whole (for a search in the browser); an error when the
/// API gave only some of them (`what`: what they are, for the message).
fn whole<T, F>(list: ResultList<T, F>, what: &str) -> Result<Vec<T>, ApiError> {
    if list.items.len() < list.total as usize {
        return Err(ApiError::Decode(format!(
            "{} of {} {what}: too many to search in the browser",
            list.items.len(),
            list.total
        )));
    }
    Ok(list.items)
}

fn plain<T: DeserializeOwned>(body: &str, _: Option<&RuntimeConfig>) -> Result<T, ApiError> {
    json(body)
}

pub fn campus() -> Endpoint<Campus> {
    Endpoint::at(paths::path(paths::CAMPUS), plain)
}

pub fn poles() -> Endpoint<Vec<PoleSummary>> {
    Endpoint::at(paths::path(paths::POLES), plain)
}

pub fn pole(slug: &str) -> Endpoint<Pole> {
    Endpoint::item(paths::POLE, slug, plain)
}

/// The calls for applications, most recent first.
pub fn calls() -> Endpoint<Vec<CallSummary>> {
    Endpoint::at(paths::path(paths::CALLS), plain)
}

pub fn call(slug: &str) -> Endpoint<Call> {
    Endpoint::item(paths::CALL, slug, plain)
}
