//! `/startups`: the searchable directory of the campus start-ups. All its state lives in
//! the URL, through the same faceted-search block as the training catalogue.

mod facets;
mod results;
mod year_range;

use leptos::prelude::*;
use leptos_router::components::A;
use model::directory::DirectoryQuery;

use crate::{
    components::{use_url_query, Loaded, PageHeading, QueryNotice, SearchBox, UrlQuery},
    data::use_data,
    i18n::use_i18n,
    routes::Page,
};
use results::DirectoryResults;

/// The directory's state in the URL.
pub type DirectoryState = UrlQuery<DirectoryQuery>;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let state: DirectoryState = use_url_query(Page::Directory);
    let data = use_data();
    let directory = data.directory();
    let poles = data.poles();

    view! {
        <div class="container section catalogue directory">
            <PageHeading text=Signal::derive(move || i18n.t().directory.title.to_owned())/>
            <p class="lead">{move || i18n.t().directory.intro}</p>
            <p class="notice notice--sample">{move || i18n.t().directory.sample_notice}</p>
            <p>
                <A href=move || Page::Space.path(i18n.lang())>{move || i18n.t().directory.space_link}</A>
            </p>
            <QueryNotice issues=state.issues/>
            <SearchBox
                state
                id="directory-q"
                label=Signal::derive(move || i18n.t().directory.search_label)
                hint=Signal::derive(move || i18n.t().directory.search_hint)
            />
            <Loaded query=directory class="loading--page" ready=move |index| view! {
                <DirectoryResults index state poles=poles.clone()/>
            }/>
        </div>
    }
}
