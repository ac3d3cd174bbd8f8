//! `/startups`: the searchable directory of the campus start-ups. All its state lives in
//! the URL, through the same faceted-search block as the training catalogue.

mod facets;
mod results;
mod year_range;

use leptos::prelude::*;
use leptos_router::components::A;
use model::directory::DirectoryQuery;

use crate::{
    api,
    components::{
        use_url_query, ErrorView, Loading, PageHeading, QueryNotice, SearchBox, UrlQuery,
    },
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
    let directory = LocalResource::new(api::directory);
    let poles = LocalResource::new(api::poles);

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
            <Transition fallback=|| view! { <Loading class="loading--page"/> }>
                {move || Suspend::new(async move {
                    match directory.await {
                        Ok(index) => view! { <DirectoryResults index state poles/> }.into_any(),
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| directory.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
