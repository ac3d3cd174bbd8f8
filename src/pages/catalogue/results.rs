use std::sync::Arc;

use leptos::prelude::*;
use model::{
    catalogue::{ProgrammeList, Sort},
    PoleSummary,
};

use super::{
    facets::{chips, facet_views, FACET_COUNT},
    CatalogueState,
};
use crate::{
    components::{
        FacetPanel, FacetToggle, FilterChips, Pagination, ProgrammeCard, ResultsBar, SortOption,
    },
    data::Query,
    i18n::use_i18n,
};

pub const PER_PAGE: u32 = 20;

/// The facet panel, the result count, chips, sort, the result list and pagination, for one
/// page of results (searched in the browser or by the API: the same view).
#[component]
pub fn CatalogueResults(
    list: Signal<Arc<ProgrammeList>>,
    /// The results shown are not yet those of the current query (remote search).
    #[prop(optional, into)]
    busy: Signal<bool>,
    state: CatalogueState,
    poles: Query<Vec<PoleSummary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = state.query;
    let pole_list =
        Signal::derive(move || poles.ready().map(|p| Vec::clone(&p)).unwrap_or_default());
    let total = Signal::derive(move || list.with(|l| l.total as usize));
    let asked = Signal::derive(move || list.with(|l| l.page));
    let (page, pages) = state.result_pages(total, asked, PER_PAGE);

    let views = Memo::new(move |_| {
        let t = i18n.pages();
        list.with(|l| query.with(|q| facet_views(t, i18n.lang(), &l.facets, q, &pole_list.get())))
    });
    let chip_list = Signal::derive(move || {
        list.with(|l| {
            query.with(|q| chips(i18n.pages(), i18n.lang(), q, &l.facets, &pole_list.get()))
        })
    });
    let sorts = Signal::derive(move || {
        let t = i18n.pages();
        [
            (Sort::Relevance, t.sort_relevance),
            (Sort::Start, t.sort_start),
            (Sort::Deadline, t.sort_deadline),
            (Sort::Title, t.sort_title),
        ]
        .into_iter()
        .map(|(sort, label)| SortOption {
            code: sort.code(),
            label,
        })
        .collect::<Vec<_>>()
    });
    let cards = move || {
        list.with(|l| {
            l.items
                .iter()
                .map(|programme| {
                    let programme = programme.clone();
                    view! { <li><ProgrammeCard programme/></li> }
                })
                .collect_view()
        })
    };

    view! {
        <div class="catalogue__layout">
            <FacetPanel views count=FACET_COUNT on_toggle=state.on_toggle() before=Box::new(move || view! {
                <FacetToggle
                    id="facet-open"
                    label=Signal::derive(move || i18n.pages().facet_open)
                    checked=Signal::derive(move || query.with(|q| q.open_only))
                    count=Signal::derive(move || list.with(|l| l.facets.open))
                    on_toggle=Callback::new(move |_| state.update(|q| q.toggle("open", "1")))
                />
            }.into_any())/>
            <section class="catalogue__results" aria-labelledby="results-count" aria-busy=move || busy.get().then_some("true")>
                <ResultsBar
                    count_text=Signal::derive(move || (i18n.pages().results_count)(total.get()))
                    sort_id="catalogue-sort"
                    sorts
                    current=Signal::derive(move || query.with(|q| q.sort.code()))
                    on_sort=state.on_sort()
                />
                <FilterChips chips=chip_list on_remove=state.on_remove_chip() on_clear=state.on_clear()/>
                <Show
                    when=move || { total.get() > 0 }
                    fallback=move || view! { <p class="empty-state">{move || i18n.pages().no_results}</p> }
                >
                    <ol class="programme-list" role="list">{cards}</ol>
                </Show>
                <Pagination page pages href=state.page_href()/>
            </section>
        </div>
    }
}
