//! `/formations`: the faceted programme search. All its state lives in the URL.
//!
//! A catalogue of up to [`LOCAL_SEARCH_LIMIT`] programmes is downloaded once and searched
//! in the browser (every keystroke in one frame); a larger one is searched by the API, a
//! page at a time. The API's counts-only answer tells which; both run the same engine
//! (`CatalogueIndex::list`), so they show the same page for the same address.

mod facets;
mod results;

use std::sync::Arc;

use leptos::prelude::*;
use model::catalogue::CatalogueQuery;

use crate::{
    api::LOCAL_SEARCH_LIMIT,
    components::{
        use_url_query, CompareBar, LiveResults, Loaded, PageHeading, QueryNotice, SearchBox,
        UrlQuery,
    },
    data::{live_search, use_data},
    i18n::use_i18n,
    routes::Page,
    state::today::today,
};
use results::{CatalogueResults, PER_PAGE};

/// The catalogue's state in the URL.
pub type CatalogueState = UrlQuery<CatalogueQuery>;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let state: CatalogueState = use_url_query(Page::Catalogue);
    let summary = use_data().catalogue_summary();

    view! {
        <div class="container section catalogue">
            <PageHeading text=Signal::derive(move || i18n.pages().catalogue_title.to_owned())/>
            <p class="lead">{move || i18n.pages().catalogue_intro}</p>
            <p class="notice notice--sample">{move || i18n.pages().catalogue_sample_notice}</p>
            <QueryNotice issues=state.issues/>
            <SearchBox
                state
                id="catalogue-q"
                label=Signal::derive(move || i18n.pages().search_label)
                hint=Signal::derive(move || i18n.pages().search_hint)
            />
            <Loaded query=summary class="loading--page" ready=move |summary| {
                if summary.total <= LOCAL_SEARCH_LIMIT {
                    view! { <LocalSearch state/> }.into_any()
                } else {
                    view! { <RemoteSearch state/> }.into_any()
                }
            }/>
            <CompareBar/>
        </div>
    }
}

/// The whole catalogue in the browser, searched at each keystroke.
#[component]
fn LocalSearch(state: CatalogueState) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let catalogue = data.catalogue();
    let poles = data.poles();
    view! {
        <Loaded query=catalogue class="loading--page" ready=move |index| {
            let list = Memo::new(move |_| {
                state.query.with(|q| Arc::new(index.list(q, today(), i18n.lang(), PER_PAGE)))
            });
            view! { <CatalogueResults list=list.into() state poles=poles.clone()/> }
        }/>
    }
}

/// A catalogue too large for the browser: each search is a request to the API.
#[component]
fn RemoteSearch(state: CatalogueState) -> impl IntoView {
    let i18n = use_i18n();
    let poles = use_data().poles();
    let search = live_search(
        Signal::derive(move || (state.query.get(), i18n.lang())),
        |data, (query, lang)| data.search_programmes(query, *lang, PER_PAGE),
    );
    view! {
        <LiveResults search ready=move |list, busy| view! {
            <CatalogueResults list busy state poles=poles.clone()/>
        }/>
    }
}
