//! Remote search: a query that follows the address bar, sent to the API once typing
//! pauses, the previous request cancelled, and the last answer kept on screen meanwhile
//! (no flash between keystrokes).

use std::sync::Arc;

use leptos::prelude::*;

use super::{use_data, Data, Load, Query};
use crate::api::ApiError;

/// Long enough to send one request per typed word rather than per key, short enough to
/// stay within the 150 ms keystroke-to-results budget on a good connection.
const DEBOUNCE_MS: u64 = 60;

/// What a remote search shows.
pub struct LiveSearch<L: Send + Sync + 'static> {
    /// The latest answer (kept while the next one loads); `None` before the first.
    pub latest: Memo<Option<Arc<L>>>,
    /// The failure of the current request, if it failed.
    pub failed: Memo<Option<ApiError>>,
    /// The results on screen are not yet those of the current query (typing, or its
    /// answer still on the way): `aria-busy` for screen readers.
    pub busy: Memo<bool>,
    /// Asks again after a failure.
    pub retry: Callback<()>,
}

impl<L: Send + Sync + 'static> Clone for LiveSearch<L> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<L: Send + Sync + 'static> Copy for LiveSearch<L> {}

/// Follows `query`: each new value (after [`DEBOUNCE_MS`] without another) becomes one
/// request made by `request`; the request of the value before is released, which cancels
/// it if it is still in flight.
pub fn live_search<Q, L>(
    query: Signal<Q>,
    request: impl Fn(&Data, &Q) -> Query<L> + Send + Sync + 'static,
) -> LiveSearch<L>
where
    Q: Clone + PartialEq + Send + Sync + 'static,
    L: PartialEq + Send + Sync + 'static,
{
    let data = use_data();
    // The first search goes at once; later ones wait for typing to pause.
    let settled = RwSignal::new(query.get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |previous: Option<()>| {
        let next = query.get();
        if previous.is_none() {
            return;
        }
        cancel_timer();
        // `try_set`: the timer is cleared when the view goes, but never write to a
        // disposed signal even so.
        let handle = set_timeout_with_handle(
            move || {
                settled.try_set(next);
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
        timer.set_value(handle.ok());
    });
    on_cleanup(cancel_timer);

    // The first search is subscribed at once, while the view renders: the prerender bakes
    // its answer into the page and hydration meets it (effects never run on the server).
    // It lives in an owner of its own, disposed once a later search replaces it.
    let first_owner = Owner::new();
    let first = first_owner.with(|| request(&data, &settled.get_untracked()));
    let first_owner = StoredValue::new(Some(first_owner));
    let current = RwSignal::new(Some(first));
    // A later subscription lives in the effect: its next run disposes it, which releases
    // the previous query (and aborts its request if no one else needs it).
    Effect::new(move |previous: Option<()>| {
        let q = settled.get();
        if previous.is_some() {
            current.set(Some(request(&data, &q)));
            if let Some(first) = first_owner.try_update_value(Option::take).flatten() {
                first.cleanup();
            }
        }
    });
    let state = move || current.with(|c| c.as_ref().map(Query::get));
    let latest = Memo::new(move |previous: Option<&Option<Arc<L>>>| match state() {
        Some(Load::Ready(value)) => Some(value),
        _ => previous.cloned().flatten(),
    });
    let failed = Memo::new(move |_| match state() {
        Some(Load::Failed(error)) => Some(error),
        _ => None,
    });
    let busy = Memo::new(move |_| {
        let waiting = matches!(state(), Some(Load::Loading) | None);
        waiting || query.with(|q| settled.with(|s| q != s))
    });
    let retry = Callback::new(move |_| {
        current.with_untracked(|c| {
            if let Some(query) = c {
                query.retry();
            }
        })
    });
    LiveSearch {
        latest,
        failed,
        busy,
        retry,
    }
}
