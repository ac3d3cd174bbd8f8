//! The API over plain HTTP (the build's own server, or the one `--api` names), read through
//! the app's own typed endpoints: the same paths, which are the keys of a page's baked
//! answers, and the same decoding.

use model::{
    agenda::AgendaQuery, catalogue::CatalogueQuery, directory::DirectoryQuery,
    facet_search::ResultList, Lang,
};
use portal::{
    api::{self, Endpoint, LOCAL_SEARCH_LIMIT},
    data::baked::BakedAnswer,
};
use serde_json::value::RawValue;

pub struct Api {
    base: String,
    agent: ureq::Agent,
}

impl Api {
    pub fn new(base: String) -> Api {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build();
        Api {
            base,
            agent: config.into(),
        }
    }

    /// The answer to the resource `key` (an endpoint's path) as a page will carry it: 200
    /// with its body, or 404.
    pub fn answer(&self, key: &str) -> Result<BakedAnswer, String> {
        let url = format!("{}{key}", self.base);
        let mut response = self
            .agent
            .get(&url)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| format!("GET {url}: {e}"))?;
        let status = response.status().as_u16();
        let etag = response
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        match status {
            200 => {
                let text = response
                    .body_mut()
                    .read_to_string()
                    .map_err(|e| format!("GET {url}: {e}"))?;
                let body = RawValue::from_string(text).map_err(|e| format!("GET {url}: {e}"))?;
                Ok(BakedAnswer {
                    status,
                    etag,
                    body: Some(body),
                })
            }
            404 => Ok(BakedAnswer {
                status,
                etag: None,
                body: None,
            }),
            other => Err(format!("GET {url}: HTTP {other}")),
        }
    }

    /// Reads `endpoint` and decodes it as the app decodes a baked answer.
    fn read<T>(&self, endpoint: &Endpoint<T>) -> Result<T, String> {
        let key = endpoint.key();
        let body = self.answer(key)?.body.ok_or(format!("{key}: not found"))?;
        endpoint
            .decode_baked(body.get())
            .map_err(|e| format!("{key}: {e}"))
    }

    /// The slugs of every page of a search, read until a page comes back empty.
    fn every_slug<T, F>(
        &self,
        page: impl Fn(u32) -> Endpoint<ResultList<T, F>>,
        slug: impl Fn(&T) -> &str,
    ) -> Result<Vec<String>, String> {
        let mut slugs = Vec::new();
        for number in 1.. {
            let list = self.read(&page(number))?;
            if list.items.is_empty() {
                break;
            }
            slugs.extend(list.items.iter().map(|item| slug(item).to_owned()));
        }
        Ok(slugs)
    }

    pub fn pole_slugs(&self) -> Result<Vec<String>, String> {
        let poles = self.read(&api::poles())?;
        Ok(poles.into_iter().map(|p| p.slug).collect())
    }

    pub fn programme_slugs(&self) -> Result<Vec<String>, String> {
        self.every_slug(
            |page| {
                let query = CatalogueQuery {
                    page,
                    ..CatalogueQuery::default()
                };
                api::search_programmes(&query, Lang::Fr, LOCAL_SEARCH_LIMIT)
            },
            |p| &p.slug,
        )
    }

    pub fn startup_slugs(&self) -> Result<Vec<String>, String> {
        self.every_slug(
            |page| {
                let query = DirectoryQuery {
                    page,
                    ..DirectoryQuery::default()
                };
                api::search_startups(&query, LOCAL_SEARCH_LIMIT)
            },
            |s| &s.slug,
        )
    }

    /// The coming events (`past: false`) or the archive's.
    pub fn event_slugs(&self, past: bool) -> Result<Vec<String>, String> {
        self.every_slug(
            |page| {
                let query = AgendaQuery {
                    page,
                    past,
                    ..AgendaQuery::default()
                };
                api::agenda::search_events(&query, Lang::Fr, LOCAL_SEARCH_LIMIT)
            },
            |e| &e.slug,
        )
    }
}
