//! The app-wide data layer: the only reader of the campus API. Pages ask it for data;
//! it answers with a [`Query`] and keeps, for the whole visit:
//!
//! - one cache entry per API resource, so going back to a page shows it at once (no
//!   refetch, no re-index), then revalidates it with `If-None-Match` (a 304 costs nothing);
//! - independent requests in flight at the same time (each entry fetches on its own);
//! - cancellation: a request no view needs any more is aborted.
//!
//! Its state is owned by the data layer, not by the page that asked: a request that ends
//! after its page was left only updates the cache, never a disposed signal.

mod cache;
mod entry;
mod query;

pub use query::{Load, Loadable, Query, QueryList};

use std::rc::Rc;

use leptos::prelude::*;
use model::{
    catalogue::{CatalogueIndex, Programme, ProgrammeList},
    directory::{DirectoryIndex, Startup, StartupList},
    Campus, Pole, PoleSummary,
};
use send_wrapper::SendWrapper;

use crate::api;
use cache::Cache;

/// Handle on the data layer, provided once at the root ([`provide_data`]).
#[derive(Clone)]
pub struct Data {
    cache: SendWrapper<Rc<Cache>>,
}

/// Creates the data layer and puts it in context for the whole app.
pub fn provide_data() {
    provide_context(Data {
        cache: SendWrapper::new(Rc::new(Cache::default())),
    });
}

/// The data layer from context.
pub fn use_data() -> Data {
    expect_context::<Data>()
}

impl Data {
    /// Subscribes the current view to `endpoint` for as long as the view lives.
    fn query<T: Send + Sync + 'static>(&self, endpoint: api::Endpoint<T>) -> Query<T> {
        let entry = self.cache.entry(endpoint);
        Query::subscribe(entry)
    }

    pub fn campus(&self) -> Query<Campus> {
        self.query(api::campus())
    }

    pub fn poles(&self) -> Query<Vec<PoleSummary>> {
        self.query(api::poles())
    }

    pub fn pole(&self, slug: &str) -> Query<Pole> {
        self.query(api::pole(slug))
    }

    /// The pole's first programmes and their total, asked of the API (`?pole=`).
    pub fn pole_programmes(&self, pole: &str) -> Query<ProgrammeList> {
        self.query(api::pole_programmes(pole))
    }

    /// The pole's first start-ups and their total, asked of the API (`?pole=`).
    pub fn pole_startups(&self, pole: &str) -> Query<StartupList> {
        self.query(api::pole_startups(pole))
    }

    pub fn catalogue(&self) -> Query<CatalogueIndex> {
        self.query(api::catalogue())
    }

    pub fn programme(&self, slug: &str) -> Query<Programme> {
        self.query(api::programme(slug))
    }

    /// Several programmes, requested in parallel.
    pub fn programmes(&self, slugs: &[String]) -> QueryList<Programme> {
        QueryList(slugs.iter().map(|slug| self.programme(slug)).collect())
    }

    pub fn directory(&self) -> Query<DirectoryIndex> {
        self.query(api::directory())
    }

    pub fn startup(&self, slug: &str) -> Query<Startup> {
        self.query(api::startup(slug))
    }
}
