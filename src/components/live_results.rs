use std::sync::Arc;

use leptos::prelude::*;

use crate::{
    components::{ErrorView, Loading},
    data::LiveSearch,
};

/// The results of a remote search: a placeholder until the first answer, then the view
/// built once and fed every later answer (no flash between keystrokes); a failed request
/// is shown above the last results, with "Try again". `ready` gets the latest answer and
/// whether it is behind the current query.
#[component]
pub fn LiveResults<L, V, F>(search: LiveSearch<L>, ready: F) -> impl IntoView
where
    L: Default + PartialEq + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(Signal<Arc<L>>, Signal<bool>) -> V + Send + Sync + 'static,
{
    let answered = Memo::new(move |_| search.latest.with(Option::is_some));
    view! {
        {move || search.failed.get().map(|error| view! { <ErrorView error on_retry=search.retry/> })}
        {move || if answered.get() {
            let list = Signal::derive(move || search.latest.get().unwrap_or_default());
            ready(list, search.busy.into()).into_any()
        } else {
            view! { <Loading class="loading--page"/> }.into_any()
        }}
    }
}
