//! The app-wide data layer: the only reader of the campus API. Pages ask it for a
//! resource by its description in `api` (`data.query(api::pole(slug))`: what to ask and
//! how to decode it, no request); it answers with a [`Query`] and keeps, for the whole
//! visit:
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
    /// Subscribes the current view to `endpoint` (what `api` says of one API resource) for
    /// as long as the view lives: the first view asks, later ones share the answer, and
    /// the answer is revalidated in the background.
    pub fn query<T: Send + Sync + 'static>(&self, endpoint: api::Endpoint<T>) -> Query<T> {
        let entry = self.cache.entry(endpoint);
        Query::subscribe(entry)
    }

    /// Several resources at once (the shortlist's programmes), requested in parallel.
    pub fn query_all<T: Send + Sync + 'static>(
        &self,
        endpoints: impl IntoIterator<Item = api::Endpoint<T>>,
    ) -> QueryList<T> {
        QueryList(endpoints.into_iter().map(|e| self.query(e)).collect())
    }
}
