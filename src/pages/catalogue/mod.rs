//! `/formations`: the faceted programme search. All its state lives in the URL.

mod facets;
mod results;
mod search_box;

use leptos::prelude::*;
use leptos_router::{hooks::use_location, hooks::use_navigate, NavigateOptions};
use model::catalogue::{decode_query, encode_query, CatalogueQuery, QueryIssue};

use crate::{
    api,
    components::{CompareBar, ErrorView, Loading, PageHeading},
    i18n::use_i18n,
    routes::Page,
};
use results::CatalogueResults;
use search_box::SearchBox;

/// Reads the catalogue state from a query string; what cannot be understood is reported.
pub fn parse_search(search: &str) -> (CatalogueQuery, Vec<QueryIssue>) {
    let (pairs, mut issues) = decode_query(search);
    let (query, more) = CatalogueQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    issues.extend(more);
    (query, issues)
}

/// Moves to another catalogue state: `replace` for typing (no history entry per key),
/// push for deliberate choices (the back button undoes them).
pub type Go = Callback<(CatalogueQuery, bool)>;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let parsed = Memo::new(move |_| parse_search(&location.search.get()));
    let query = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let issues = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let navigate = use_navigate();
    let go: Go = Callback::new(move |(q, replace): (CatalogueQuery, bool)| {
        let url = format!(
            "{}{}",
            Page::Catalogue.path(i18n.lang()),
            encode_query(&q.to_pairs())
        );
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let catalogue = LocalResource::new(api::catalogue);
    let poles = LocalResource::new(api::poles);

    view! {
        <div class="container section catalogue">
            <PageHeading text=Signal::derive(move || i18n.t().catalogue_title.to_owned())/>
            <p class="lead">{move || i18n.t().catalogue_intro}</p>
            <p class="notice notice--sample">{move || i18n.t().catalogue_sample_notice}</p>
            <Show when=move || !issues.with(Vec::is_empty)>
                <div class="notice notice--warning" role="status">
                    <p>{move || i18n.t().query_notice}</p>
                    <ul>
                        {move || issues.get().into_iter().map(|i| view! {
                            <li><code>{format!("{}={}", i.parameter, i.value)}</code></li>
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <SearchBox query go/>
            <Transition fallback=|| view! { <Loading class="loading--page"/> }>
                {move || Suspend::new(async move {
                    match catalogue.await {
                        Ok(index) => view! { <CatalogueResults index query go poles/> }.into_any(),
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| catalogue.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
            <CompareBar/>
        </div>
    }
}
