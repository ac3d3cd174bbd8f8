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

pub mod baked;
mod cache;
mod entry;
mod live_search;
mod load;
#[cfg(feature = "ssr")]
pub mod prerender;
mod query;

pub use live_search::{live_search, LiveSearch};
pub use load::Load;
pub use query::{Loadable, Query, QueryList};

use std::rc::Rc;

use leptos::prelude::*;
use model::{
    agenda::{AgendaQuery, Event, EventList},
    catalogue::{CatalogueIndex, CatalogueQuery, Programme, ProgrammeList, ProgrammeSummary},
    directory::{DirectoryIndex, DirectoryQuery, Startup, StartupList, StartupSummary},
    Campus, Lang, Pole, PoleSummary,
};
use send_wrapper::SendWrapper;

use crate::api;
use cache::Cache;

/// Handle on the data layer, provided once at the root ([`provide_data`]).
#[derive(Clone)]
pub struct Data {
    cache: SendWrapper<Rc<Cache>>,
}

/// Creates the data layer and puts it in context for the whole app, starting from the
/// answers baked into the page (if it was prerendered). Returns the day the page was
/// built for, if it was.
pub fn provide_data() -> Option<model::catalogue::Date> {
    // The prerender puts its answers in the render's context.
    #[cfg(feature = "ssr")]
    let (today, cache) = {
        let build = use_context::<prerender::BuildAnswers>().unwrap_or_default();
        (build.today(), Cache::new(build))
    };
    #[cfg(not(feature = "ssr"))]
    let (today, cache) = {
        let baked = baked::from_page();
        (baked.today.clone(), Cache::new(baked))
    };
    provide_context(Data {
        cache: SendWrapper::new(Rc::new(cache)),
    });
    today.as_deref().and_then(|d| d.parse().ok())
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

    /// The catalogue's size (and counts): whether to search it locally or remotely.
    pub fn catalogue_summary(&self) -> Query<ProgrammeList> {
        self.query(api::catalogue_summary())
    }

    /// The whole catalogue, indexed (local search; small catalogues only).
    pub fn catalogue(&self) -> Query<CatalogueIndex> {
        self.query(api::catalogue())
    }

    /// One page of a search, answered by the API (remote search).
    pub fn search_programmes(
        &self,
        query: &CatalogueQuery,
        lang: Lang,
        per_page: u32,
    ) -> Query<ProgrammeList> {
        self.query(api::search_programmes(query, lang, per_page))
    }

    /// Candidates for "related programmes" (same level and field).
    pub fn related_programmes(&self, programme: &ProgrammeSummary) -> Query<ProgrammeList> {
        self.query(api::related_programmes(programme))
    }

    pub fn programme(&self, slug: &str) -> Query<Programme> {
        self.query(api::programme(slug))
    }

    /// Several programmes, requested in parallel.
    pub fn programmes(&self, slugs: &[String]) -> QueryList<Programme> {
        QueryList(slugs.iter().map(|slug| self.programme(slug)).collect())
    }

    /// The directory's size (and counts): whether to search it locally or remotely.
    pub fn directory_summary(&self) -> Query<StartupList> {
        self.query(api::directory_summary())
    }

    /// The whole directory, indexed (local search; small directories only).
    pub fn directory(&self) -> Query<DirectoryIndex> {
        self.query(api::directory())
    }

    /// One page of a search, answered by the API (remote search).
    pub fn search_startups(&self, query: &DirectoryQuery, per_page: u32) -> Query<StartupList> {
        self.query(api::search_startups(query, per_page))
    }

    /// Candidates for "start-ups of the same sector".
    pub fn related_startups(&self, startup: &StartupSummary) -> Query<StartupList> {
        self.query(api::related_startups(startup))
    }

    pub fn startup(&self, slug: &str) -> Query<Startup> {
        self.query(api::startup(slug))
    }

    /// One page of an agenda search, answered by the API.
    pub fn search_events(
        &self,
        query: &AgendaQuery,
        lang: Lang,
        per_page: u32,
    ) -> Query<EventList> {
        self.query(api::agenda::search_events(query, lang, per_page))
    }

    /// The campus's next `n` coming events, as headlines (title, start).
    pub fn next_headlines(
        &self,
        n: u32,
    ) -> Query<model::facet_search::ResultList<model::agenda::EventHeadline, serde::de::IgnoredAny>>
    {
        self.query(api::agenda::next_headlines(n))
    }

    /// The next `n` coming events, of a pole or of the whole campus.
    pub fn coming_events(&self, pole: Option<&str>, n: u32) -> Query<EventList> {
        self.query(api::agenda::coming_events(pole, n))
    }

    pub fn event(&self, slug: &str) -> Query<Event> {
        self.query(api::agenda::event(slug))
    }
}
