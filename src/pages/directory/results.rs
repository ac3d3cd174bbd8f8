use std::sync::Arc;

use leptos::prelude::*;
use model::{
    directory::{DirectorySort, StartupList},
    PoleSummary,
};

use super::{
    facets::{chips, facet_views, FACET_COUNT},
    year_range::YearRange,
    DirectoryState,
};
use crate::{
    components::{
        FacetPanel, FacetToggle, FilterChips, Pagination, ResultsBar, SortOption, StartupCard,
    },
    data::Query,
    i18n::use_i18n,
};

pub const PER_PAGE: u32 = 24;

/// The facet panel, the result count, chips, sort, the card grid and pagination, for one
/// page of results (searched in the browser or by the API: the same view).
#[component]
pub fn DirectoryResults(
    list: Signal<Arc<StartupList>>,
    /// The results shown are not yet those of the current query (remote search).
    #[prop(optional, into)]
    busy: Signal<bool>,
    state: DirectoryState,
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
        list.with(|l| query.with(|q| facet_views(i18n.lang(), &l.facets, q, &pole_list.get())))
    });
    let chip_list = Signal::derive(move || query.with(|q| chips(i18n.lang(), q, &pole_list.get())));
    let sorts = Signal::derive(move || {
        let d = i18n.directory();
        [
            (DirectorySort::Relevance, d.sort_relevance),
            (DirectorySort::Name, d.sort_name),
            (DirectorySort::Newest, d.sort_newest),
            (DirectorySort::Updated, d.sort_updated),
        ]
        .into_iter()
        .map(|(sort, label)| SortOption {
            code: sort.code(),
            label,
        })
        .collect::<Vec<_>>()
    });
    let on_year = Callback::new(move |(param, year): (&'static str, Option<u16>)| {
        state.update(|q| {
            match param {
                "founded_from" => q.founded_from = year,
                _ => q.founded_to = year,
            }
            // A range that ends before it starts is widened rather than refused.
            if let (Some(from), Some(to)) = (q.founded_from, q.founded_to) {
                if from > to {
                    q.founded_from = Some(to);
                    q.founded_to = Some(from);
                }
            }
            q.page = 1;
        })
    });
    let toggle =
        move |param: &'static str| Callback::new(move |_| state.update(|q| q.toggle(param, "1")));
    let cards = move || {
        list.with(|l| {
            l.items
                .iter()
                .map(|startup| {
                    let startup = startup.clone();
                    view! { <li><StartupCard startup/></li> }
                })
                .collect_view()
        })
    };

    view! {
        <div class="catalogue__layout">
            <FacetPanel
                views
                count=FACET_COUNT
                on_toggle=state.on_toggle()
                before=Box::new(move || view! {
                    <FacetToggle
                        id="facet-spinoff"
                        label=Signal::derive(move || i18n.directory().spin_off)
                        checked=Signal::derive(move || query.with(|q| q.spin_off))
                        count=Signal::derive(move || list.with(|l| l.facets.spin_off))
                        on_toggle=toggle("spinoff")
                    />
                    <FacetToggle
                        id="facet-hiring"
                        label=Signal::derive(move || i18n.directory().hiring)
                        checked=Signal::derive(move || query.with(|q| q.hiring))
                        count=Signal::derive(move || list.with(|l| l.facets.hiring))
                        on_toggle=toggle("hiring")
                    />
                }.into_any())
                after=Box::new(move || view! {
                    <YearRange
                        years=Signal::derive(move || list.with(|l| l.facets.founded.clone()))
                        from=Signal::derive(move || query.with(|q| q.founded_from))
                        to=Signal::derive(move || query.with(|q| q.founded_to))
                        on_change=on_year
                    />
                }.into_any())
            />
            <section class="catalogue__results" aria-labelledby="results-count" aria-busy=move || busy.get().then_some("true")>
                <ResultsBar
                    count_text=Signal::derive(move || (i18n.directory().results_count)(total.get()))
                    sort_id="directory-sort"
                    sorts
                    current=Signal::derive(move || query.with(|q| q.sort.code()))
                    on_sort=state.on_sort()
                />
                <FilterChips chips=chip_list on_remove=state.on_remove_chip() on_clear=state.on_clear()/>
                <Show
                    when=move || { total.get() > 0 }
                    fallback=move || view! { <p class="empty-state">{move || i18n.directory().no_results}</p> }
                >
                    <ol class="startup-grid" role="list">{cards}</ol>
                </Show>
                <Pagination page pages href=state.page_href()/>
            </section>
        </div>
    }
}
