//! Typed client of the campus JSON API (`/api/v1`, see `server/openapi.yaml`). Only the
//! data layer (`crate::data`) and the start-up space's writes call it.
//!
//! A read is described by an [`Endpoint`]: its path (the data layer's cache key) and how
//! its body is decoded. [`read`] performs it, conditionally when an `ETag` is known.

pub mod agenda;
mod config;
mod error;
mod fetch;
pub mod space;

pub use config::RuntimeConfig;
pub use error::ApiError;

use model::{
    catalogue::{
        encode_query, CatalogueIndex, CatalogueQuery, Programme, ProgrammeList, ProgrammeSummary,
        Sort,
    },
    directory::{
        DirectoryIndex, DirectoryQuery, DirectorySort, LogoAddress, Startup, StartupList,
        StartupSummary,
    },
    Campus, Lang, Pole, PoleSummary,
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

    /// `path` with `/{slug}` appended, or nothing when the slug cannot exist.
    fn item(path: &str, slug: &str, decode: Decode<T>) -> Self {
        Endpoint {
            path: model::validate_slug(slug)
                .is_ok()
                .then(|| format!("{path}/{slug}")),
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

fn plain<T: DeserializeOwned>(body: &str, _: Option<&RuntimeConfig>) -> Result<T, ApiError> {
    json(body)
}

/// Whether a body holds an address relative to the API (an uploaded logo), which decoding
/// it without the runtime configuration (a baked body) leaves relative.
pub fn holds_relative_address(body: &str) -> bool {
    LogoAddress::in_json(body)
}

/// An uploaded logo's address is made absolute once the API's address is known (see
/// `LogoAddress`).
fn resolve_logo(card: &mut StartupSummary, config: Option<&RuntimeConfig>) {
    if let Some(config) = config {
        card.logo = card.logo.take().map(|logo| logo.resolved(&config.api_base));
    }
}

fn startup_list(body: &str, config: Option<&RuntimeConfig>) -> Result<StartupList, ApiError> {
    let mut list: StartupList = json(body)?;
    for card in &mut list.items {
        resolve_logo(card, config);
    }
    Ok(list)
}

pub fn campus() -> Endpoint<Campus> {
    Endpoint::at("/api/v1/campus".into(), plain)
}

pub fn poles() -> Endpoint<Vec<PoleSummary>> {
    Endpoint::at("/api/v1/poles".into(), plain)
}

pub fn pole(slug: &str) -> Endpoint<Pole> {
    Endpoint::item("/api/v1/poles", slug, plain)
}

/// The catalogue's size and facet counts, without items: tells local from remote search.
pub fn catalogue_summary() -> Endpoint<ProgrammeList> {
    Endpoint::at("/api/v1/programmes?per_page=0".into(), plain)
}

/// The whole catalogue (when it has at most [`LOCAL_SEARCH_LIMIT`] programmes), indexed
/// for instant filtering in the browser: every keystroke is answered in one frame.
pub fn catalogue() -> Endpoint<CatalogueIndex> {
    Endpoint::at(
        format!(
            "/api/v1/programmes?per_page={LOCAL_SEARCH_LIMIT}&sort={}",
            Sort::Title.code()
        ),
        |body, _| {
            let list: ProgrammeList = json(body)?;
            if list.items.len() < list.total as usize {
                return Err(ApiError::Decode(format!(
                    "{} of {} programmes: too many to search in the browser",
                    list.items.len(),
                    list.total
                )));
            }
            Ok(CatalogueIndex::new(list.items))
        },
    )
}

/// One page of a catalogue search, asked of the API (remote search).
pub fn search_programmes(
    query: &CatalogueQuery,
    lang: Lang,
    per_page: u32,
) -> Endpoint<ProgrammeList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    pairs.push(("locale", lang.code().to_owned()));
    Endpoint::at(format!("/api/v1/programmes{}", encode_query(&pairs)), plain)
}

/// A page of `per_page` programmes of `query`, in the API's default language.
fn programmes_of(query: CatalogueQuery, per_page: u32) -> Endpoint<ProgrammeList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    Endpoint::at(format!("/api/v1/programmes{}", encode_query(&pairs)), plain)
}

/// A page of `per_page` start-ups of `query`.
fn startups_of(query: DirectoryQuery, per_page: u32) -> Endpoint<StartupList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    Endpoint::at(
        format!("/api/v1/startups{}", encode_query(&pairs)),
        startup_list,
    )
}

/// Programmes of the same level sharing a field with `programme` (and `programme` itself,
/// which the caller leaves out), by title.
pub fn related_programmes(programme: &ProgrammeSummary) -> Endpoint<ProgrammeList> {
    let query = CatalogueQuery {
        levels: vec![programme.level],
        domains: programme.domains.clone(),
        sort: Sort::Title,
        ..CatalogueQuery::default()
    };
    programmes_of(query, 4)
}

pub fn programme(slug: &str) -> Endpoint<Programme> {
    Endpoint::item("/api/v1/programmes", slug, plain)
}

/// The first programmes of a pole, by title, with the pole's total.
pub fn pole_programmes(pole: &str) -> Endpoint<ProgrammeList> {
    let query = CatalogueQuery {
        poles: vec![pole.to_owned()],
        sort: Sort::Title,
        ..CatalogueQuery::default()
    };
    programmes_of(query, POLE_PREVIEW)
}

/// The directory's size and facet counts, without items: tells local from remote search.
pub fn directory_summary() -> Endpoint<StartupList> {
    Endpoint::at("/api/v1/startups?per_page=0".into(), plain)
}

/// The whole start-up directory (at most [`LOCAL_SEARCH_LIMIT`] start-ups), indexed for
/// instant filtering in the browser.
pub fn directory() -> Endpoint<DirectoryIndex> {
    Endpoint::at(
        format!(
            "/api/v1/startups?per_page={LOCAL_SEARCH_LIMIT}&sort={}",
            DirectorySort::Name.code()
        ),
        |body, config| {
            let list = startup_list(body, config)?;
            if list.items.len() < list.total as usize {
                return Err(ApiError::Decode(format!(
                    "{} of {} start-ups: too many to search in the browser",
                    list.items.len(),
                    list.total
                )));
            }
            Ok(DirectoryIndex::new(list.items))
        },
    )
}

/// One page of a directory search, asked of the API (remote search).
pub fn search_startups(query: &DirectoryQuery, per_page: u32) -> Endpoint<StartupList> {
    startups_of(query.clone(), per_page)
}

/// Start-ups sharing a sector with `startup` (candidates for "same sector"), by name.
pub fn related_startups(startup: &StartupSummary) -> Endpoint<StartupList> {
    let query = DirectoryQuery {
        sectors: startup.sectors.clone(),
        sort: DirectorySort::Name,
        ..DirectoryQuery::default()
    };
    startups_of(query, DirectoryQuery::PER_PAGE)
}

/// The first start-ups of a pole, by name, with the pole's total.
pub fn pole_startups(pole: &str) -> Endpoint<StartupList> {
    let query = DirectoryQuery {
        poles: vec![pole.to_owned()],
        sort: DirectorySort::Name,
        ..DirectoryQuery::default()
    };
    startups_of(query, POLE_PREVIEW)
}

pub fn startup(slug: &str) -> Endpoint<Startup> {
    Endpoint::item("/api/v1/startups", slug, |body, config| {
        let mut startup: Startup = json(body)?;
        resolve_logo(&mut startup.summary, config);
        Ok(startup)
    })
}
