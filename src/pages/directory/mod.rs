//! `/startups`: the searchable directory of the campus start-ups. All its state lives in
//! the URL, through the same faceted-search block as the training catalogue, and like it
//! searched in the browser when small, by the API when large (see `catalogue`).

mod facets;
mod results;
mod year_range;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use model::directory::DirectoryQuery;

use crate::{
    api::LOCAL_SEARCH_LIMIT,
    components::{
        use_url_query, LiveResults, Loaded, PageHeading, QueryNotice, SearchBox, UrlQuery,
    },
    data::{live_search, use_data},
    i18n::use_i18n,
    routes::{Href, Page},
};
use results::{DirectoryResults, PER_PAGE};

/// The directory's state in the URL.
pub type DirectoryState = UrlQuery<DirectoryQuery>;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let state: DirectoryState = use_url_query(Page::Directory);
    let summary = use_data().directory_summary();

    view! {
        <div class="container section catalogue directory">
            <PageHeading text=Signal::derive(move || i18n.directory().title.to_owned())/>
            <p class="lead">{move || i18n.directory().intro}</p>
            <p class="notice notice--sample">{move || i18n.directory().sample_notice}</p>
            <p>
                <A href=move || Page::Space.href(i18n.lang())>{move || i18n.directory().space_link}</A>
            </p>
            <QueryNotice issues=state.issues/>
            <SearchBox
                state
                id="directory-q"
                label=Signal::derive(move || i18n.directory().search_label)
                hint=Signal::derive(move || i18n.directory().search_hint)
            />
            <Loaded query=summary class="loading--page" ready=move |summary| {
                if summary.total <= LOCAL_SEARCH_LIMIT {
                    view! { <LocalSearch state/> }.into_any()
                } else {
                    view! { <RemoteSearch state/> }.into_any()
                }
            }/>
        </div>
    }
}

/// The whole directory in the browser, searched at each keystroke.
#[component]
fn LocalSearch(state: DirectoryState) -> impl IntoView {
    let data = use_data();
    let directory = data.directory();
    let poles = data.poles();
    view! {
        <Loaded query=directory class="loading--page" ready=move |index| {
            let list = Memo::new(move |_| state.query.with(|q| Arc::new(index.list(q, PER_PAGE))));
            view! { <DirectoryResults list=list.into() state poles=poles.clone()/> }
        }/>
    }
}

/// A directory too large for the browser: each search is a request to the API.
#[component]
fn RemoteSearch(state: DirectoryState) -> impl IntoView {
    let poles = use_data().poles();
    let search = live_search(state.query.into(), |data, query| {
        data.search_startups(query, PER_PAGE)
    });
    view! {
        <LiveResults search ready=move |list, busy| view! {
            <DirectoryResults list busy state poles=poles.clone()/>
        }/>
    }
}
