//! `/formations`: the faceted programme search. All its state lives in the URL.

mod facets;
mod results;

use leptos::prelude::*;
use model::catalogue::CatalogueQuery;

use crate::{
    components::{
        use_url_query, CompareBar, Loaded, PageHeading, QueryNotice, SearchBox, UrlQuery,
    },
    data::use_data,
    i18n::use_i18n,
    routes::Page,
};
use results::CatalogueResults;

/// The catalogue's state in the URL.
pub type CatalogueState = UrlQuery<CatalogueQuery>;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let state: CatalogueState = use_url_query(Page::Catalogue);
    let data = use_data();
    let catalogue = data.catalogue();
    let poles = data.poles();

    view! {
        <div class="container section catalogue">
            <PageHeading text=Signal::derive(move || i18n.t().catalogue_title.to_owned())/>
            <p class="lead">{move || i18n.t().catalogue_intro}</p>
            <p class="notice notice--sample">{move || i18n.t().catalogue_sample_notice}</p>
            <QueryNotice issues=state.issues/>
            <SearchBox
                state
                id="catalogue-q"
                label=Signal::derive(move || i18n.t().search_label)
                hint=Signal::derive(move || i18n.t().search_hint)
            />
            <Loaded query=catalogue class="loading--page" ready=move |index| view! {
                <CatalogueResults index state poles=poles.clone()/>
            }/>
            <CompareBar/>
        </div>
    }
}
