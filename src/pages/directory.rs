//! `/startups`: the searchable directory of the campus start-ups, declared
//! (`model::directory::DirectoryQuery` holds its facets); the faceted-search block draws it,
//! like the training catalogue.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    directory::{DirectoryIndex, DirectoryQuery, StartupSummary},
    Lang,
};

use crate::{
    api,
    components::{
        local_search, FacetedSearch, FacetedSearchPage, LocalSearchView, RangeTexts, ResultPage,
        SearchTexts, SearchedLocally, StartupCard,
    },
    data::{Data, Query},
    i18n::{directory_texts, use_i18n},
    routes::{Href, Page},
};

#[derive(Clone, Copy)]
struct Directory;

impl FacetedSearch for Directory {
    type Query = DirectoryQuery;
    type Item = StartupSummary;
    const PAGE: Page = Page::Directory;
    const SEARCH_BOX_ID: &'static str = "directory-q";
    const SORT_MENU_ID: &'static str = "directory-sort";
    const LIST_CLASS: &'static str = "startup-grid";

    fn texts(lang: Lang) -> SearchTexts {
        let d = directory_texts(lang);
        SearchTexts {
            title: d.title,
            intro: d.intro,
            sample_notice: d.sample_notice,
            search_label: d.search_label,
            search_hint: d.search_hint,
            no_results: d.no_results,
            empty: d.empty,
            results_count: d.results_count,
            range: Some(RangeTexts {
                legend: d.founded_legend,
                any_year: d.any_year,
                bound_chips: [d.chip_founded_from, d.chip_founded_to],
            }),
        }
    }

    fn search(data: &Data, query: &DirectoryQuery, _: Lang) -> Query<ResultPage<Self>> {
        data.query(api::search_startups(query, DirectoryQuery::PER_PAGE))
    }

    fn local() -> Option<LocalSearchView<Self>> {
        Some(local_search::<Self>)
    }

    fn card(startup: StartupSummary) -> AnyView {
        view! { <StartupCard startup/> }.into_any()
    }
}

impl SearchedLocally for Directory {
    type Index = DirectoryIndex;
    fn summary(data: &Data) -> Query<ResultPage<Self>> {
        data.query(api::directory_summary())
    }

    fn index(data: &Data) -> Query<DirectoryIndex> {
        data.query(api::directory())
    }

    fn list(index: &DirectoryIndex, query: &DirectoryQuery, _: Lang) -> ResultPage<Self> {
        index.list(query, DirectoryQuery::PER_PAGE)
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <FacetedSearchPage search=Directory intro=Box::new(move || view! {
            <ul class="directory-links">
                <li><A href=move || Page::Join.href(i18n.lang())>{move || i18n.directory().join_link}</A></li>
                <li><A href=move || Page::Space.href(i18n.lang())>{move || i18n.directory().space_link}</A></li>
            </ul>
        }.into_any())/>
    }
}
