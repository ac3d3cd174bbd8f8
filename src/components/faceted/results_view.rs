//! The results half of a faceted search page: facet panel, result count and sort, chips,
//! the result list and pagination. It takes what it shows already derived from the search
//! ([`ResultsParts`]), so it is one view for every search, compiled once.

use leptos::prelude::*;
use model::facet_search::Facet;

use super::{
    year_range::{YearRange, YearRangeParts},
    Chip, FacetPanel, FacetToggle, FacetView, FilterChips, Pagination, ResultsBar, SortOption,
};

/// A yes/no filter of the panel.
pub struct ToggleParts {
    pub facet: &'static Facet,
    pub checked: Signal<bool>,
    pub count: Signal<u32>,
    pub on_toggle: Callback<()>,
}

/// Everything the results view shows and does.
pub struct ResultsParts {
    /// What the "Sample" badge means, when the collection holds samples.
    pub sample_notice: Signal<Option<&'static str>>,
    /// Drawn above the result count (the agenda's month).
    pub overview: Option<AnyView>,
    /// The groups of checkboxes: always `group_count` of them, in the same order.
    pub views: Memo<Vec<FacetView>>,
    pub group_count: usize,
    pub toggles: Vec<ToggleParts>,
    pub year_range: Option<YearRangeParts>,
    pub on_toggle: Callback<(&'static str, String)>,
    pub count_text: Signal<String>,
    /// The sort menu's element id.
    pub sort_id: &'static str,
    pub sorts: Signal<Vec<SortOption>>,
    pub current_sort: Signal<&'static str>,
    pub on_sort: Callback<String>,
    pub chips: Signal<Vec<Chip>>,
    pub on_remove_chip: Callback<(&'static str, String)>,
    pub on_clear: Callback<()>,
    pub total: Signal<usize>,
    pub no_results: Signal<&'static str>,
    /// The result list's class, and its items (one `<li>` each).
    pub list_class: &'static str,
    pub items: ViewFn,
    pub page: Signal<u32>,
    pub pages: Signal<u32>,
    pub page_href: Callback<u32, String>,
    /// The results shown are not yet those of the current query (remote search).
    pub busy: Signal<bool>,
}

pub fn results_view(parts: ResultsParts) -> impl IntoView {
    let ResultsParts {
        sample_notice,
        overview,
        views,
        group_count,
        toggles,
        year_range,
        on_toggle,
        count_text,
        sort_id,
        sorts,
        current_sort,
        on_sort,
        chips,
        on_remove_chip,
        on_clear,
        total,
        no_results,
        list_class,
        items,
        page,
        pages,
        page_href,
        busy,
    } = parts;
    let toggles = toggles
        .into_iter()
        .map(|t| {
            let facet = t.facet;
            let i18n = crate::i18n::use_i18n();
            view! {
                <FacetToggle
                    id=format!("facet-{}", facet.param)
                    label=Signal::derive(move || facet.legend(i18n.lang()))
                    checked=t.checked
                    count=t.count
                    on_toggle=t.on_toggle
                />
            }
        })
        .collect_view();
    let year_range = year_range.map(|r| {
        view! {
            <YearRange
                years=r.years
                bounds=r.bounds
                from=r.from
                to=r.to
                legend=r.legend
                any=r.any
                on_change=r.on_change
            />
        }
    });
    let sample_notice = move || {
        sample_notice
            .get()
            .map(|text| view! { <p class="notice notice--sample">{text}</p> })
    };
    view! {
        {sample_notice}
        <div class="catalogue__layout">
            <FacetPanel
                views
                count=group_count
                on_toggle
                before=Box::new(move || toggles.into_any())
                after=Box::new(move || year_range.into_any())
            />
            <section class="catalogue__results" aria-labelledby="results-count" aria-busy=move || busy.get().then_some("true")>
                {overview}
                <ResultsBar count_text sort_id sorts current=current_sort on_sort/>
                <FilterChips chips on_remove=on_remove_chip on_clear/>
                <Show
                    when=move || { total.get() > 0 }
                    fallback=move || view! { <p class="empty-state">{move || no_results.get()}</p> }
                >
                    <ol class=list_class role="list">{items.run()}</ol>
                </Show>
                <Pagination page pages href=page_href/>
            </section>
        </div>
    }
}
