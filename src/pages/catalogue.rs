//! `/formations`: the faceted programme search, declared (`model::catalogue::CatalogueQuery`
//! holds its facets); the faceted-search block draws it.

use leptos::prelude::*;
use model::{
    catalogue::{CatalogueIndex, CatalogueQuery, ProgrammeSummary},
    Lang,
};

use crate::{
    api,
    components::{
        local_search, CompareBar, FacetedSearch, FacetedSearchPage, LocalSearchView, ProgrammeCard,
        ResultPage, SearchTexts, SearchedLocally,
    },
    data::{Data, Query},
    i18n::page_texts,
    routes::Page,
    state::today::today,
};

#[derive(Clone, Copy)]
struct Catalogue;

impl FacetedSearch for Catalogue {
    type Query = CatalogueQuery;
    type Item = ProgrammeSummary;
    const PAGE: Page = Page::Catalogue;
    const SEARCH_BOX_ID: &'static str = "catalogue-q";
    const SORT_MENU_ID: &'static str = "catalogue-sort";
    const LIST_CLASS: &'static str = "programme-list";

    fn texts(lang: Lang) -> SearchTexts {
        let t = page_texts(lang);
        SearchTexts {
            title: t.catalogue_title,
            intro: t.catalogue_intro,
            sample_notice: t.catalogue_sample_notice,
            search_label: t.search_label,
            search_hint: t.search_hint,
            no_results: t.no_results,
            empty: t.catalogue_empty,
            results_count: t.results_count,
            range: None,
        }
    }

    fn search(data: &Data, query: &CatalogueQuery, lang: Lang) -> Query<ResultPage<Self>> {
        data.query(api::search_programmes(
            query,
            lang,
            CatalogueQuery::PER_PAGE,
        ))
    }

    fn local() -> Option<LocalSearchView<Self>> {
        Some(local_search::<Self>)
    }

    fn card(programme: ProgrammeSummary) -> AnyView {
        view! { <ProgrammeCard programme/> }.into_any()
    }
}

impl SearchedLocally for Catalogue {
    type Index = CatalogueIndex;
    fn summary(data: &Data) -> Query<ResultPage<Self>> {
        data.query(api::catalogue_summary())
    }

    fn index(data: &Data) -> Query<CatalogueIndex> {
        data.query(api::catalogue())
    }

    fn list(index: &CatalogueIndex, query: &CatalogueQuery, lang: Lang) -> ResultPage<Self> {
        index.list(query, today(), lang, CatalogueQuery::PER_PAGE)
    }
}

#[component]
pub fn CataloguePage() -> impl IntoView {
    view! {
        <FacetedSearchPage search=Catalogue after=Box::new(|| view! { <CompareBar/> }.into_any())/>
    }
}
