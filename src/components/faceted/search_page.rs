//! A faceted search page, whole, from what a search declares ([`FacetedSearch`]): heading,
//! search box, then the results searched in the browser when the collection is small (every
//! keystroke in one frame) or by the API a page at a time when it is large. The API's
//! counts-only answer tells which; both run the same engine, so they show the same page for
//! the same address. All the state lives in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use super::{
    search::{FacetedSearch, SearchTexts, SearchedLocally},
    search_results::SearchResults,
    use_url_query, QueryNotice, SearchBox, UrlQuery,
};
use crate::{
    api::{self, LOCAL_SEARCH_LIMIT},
    components::{LiveResults, Loaded, PageHeading},
    data::{live_search, use_data},
    i18n::use_i18n,
};

#[component]
pub fn FacetedSearchPage<S: FacetedSearch>(
    search: S,
    /// Below the introduction, above the search box.
    #[prop(optional)]
    intro: Option<Children>,
    /// After the results.
    #[prop(optional)]
    after: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state: UrlQuery<S::Query> = use_url_query(S::PAGE);
    let text = move |pick: fn(SearchTexts) -> &'static str| {
        Signal::derive(move || pick(S::texts(i18n.lang())))
    };
    let search_box = view! {
        <QueryNotice issues=state.issues/>
        <SearchBox
            current=state.text()
            on_input=state.on_text()
            id=S::SEARCH_BOX_ID
            label=text(|t| t.search_label)
            hint=text(|t| t.search_hint)
        />
    };
    let results = match S::local() {
        Some(local) => local(search, state),
        None => view! { <RemoteSearch search state/> }.into_any(),
    };
    page_frame(
        [text(|t| t.title), text(|t| t.intro)],
        intro,
        search_box.into_any(),
        results.into_any(),
        after,
    )
}

/// The page around the search: heading and introduction (`texts`), then `intro`, the
/// search box, the results and `after`. Not generic: compiled once.
fn page_frame(
    texts: [Signal<&'static str>; 2],
    intro: Option<Children>,
    search_box: AnyView,
    results: AnyView,
    after: Option<Children>,
) -> impl IntoView {
    let [title, lead] = texts;
    view! {
        <div class="container section catalogue">
            <PageHeading
                text=Signal::derive(move || title.get().to_owned())
                description=Signal::derive(move || lead.get().to_owned())
            />
            <p class="lead">{move || lead.get()}</p>
            {intro.map(|c| c())}
            {search_box}
            {results}
            {after.map(|c| c())}
        </div>
    }
}

/// The results of a search that can run in the browser: there, at each keystroke, when the
/// API's counts-only answer says the collection is small; else by the API.
pub fn local_search<S: SearchedLocally>(search: S, state: UrlQuery<S::Query>) -> AnyView {
    let summary = S::summary(&use_data());
    view! {
        <Loaded query=summary class="loading--page" ready=move |summary| {
            if summary.total <= LOCAL_SEARCH_LIMIT {
                view! { <LocalSearch search state/> }.into_any()
            } else {
                view! { <RemoteSearch search state/> }.into_any()
            }
        }/>
    }
    .into_any()
}

/// The whole collection in the browser, searched at each keystroke.
#[component]
fn LocalSearch<S: SearchedLocally>(search: S, state: UrlQuery<S::Query>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let index = S::index(&data);
    let poles = data.query(api::poles());
    view! {
        <Loaded query=index class="loading--page" ready=move |index| {
            let list = Memo::new(move |_| {
                state.query.with(|q| Arc::new(S::list(&index, q, i18n.lang())))
            });
            view! { <SearchResults search list=list.into() state poles=poles.clone()/> }
        }/>
    }
}

/// A collection too large for the browser: each search is a request to the API.
#[component]
fn RemoteSearch<S: FacetedSearch>(search: S, state: UrlQuery<S::Query>) -> impl IntoView {
    let i18n = use_i18n();
    let poles = use_data().query(api::poles());
    let live = live_search(
        Signal::derive(move || (state.query.get(), i18n.lang())),
        |data, (query, lang)| S::search(data, query, *lang),
    );
    view! {
        <LiveResults search=live ready=move |list, busy| view! {
            <SearchResults search list busy state poles=poles.clone()/>
        }/>
    }
}
