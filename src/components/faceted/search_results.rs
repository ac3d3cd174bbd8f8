//! One page of a declared search's results, as its declaration says to show them: the
//! facet views, chips, toggles, sort options and year range derived from the search, handed
//! to the (non-generic) results view.

use std::sync::Arc;

use leptos::prelude::*;
use model::{
    facet_search::{Coded, Counts, FacetCounts, FacetKind, FacetQuery},
    Lang, PoleSummary,
};

use super::{
    options::{chips, facet_views, groups, of_kind, Shown},
    results_view::{results_view, ResultsParts, ToggleParts},
    search::{FacetedSearch, ResultPage},
    year_range::{year_facets, YearRangeParts},
    SortOption, UrlQuery,
};
use crate::{data::Query, i18n::use_i18n};

/// One page of results (searched in the browser or by the API: the same view), as the
/// search's declaration says to show it.
#[component]
pub fn SearchResults<S: FacetedSearch>(
    #[allow(unused_variables)] search: S,
    list: Signal<Arc<ResultPage<S>>>,
    /// The results shown are not yet those of the current query (remote search).
    #[prop(optional, into)]
    busy: Signal<bool>,
    state: UrlQuery<S::Query>,
    poles: Query<Vec<PoleSummary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = state.query;
    let texts = move || S::texts(i18n.lang());
    let pole_list =
        Signal::derive(move || poles.ready().map(|p| Vec::clone(&p)).unwrap_or_default());
    let total = Signal::derive(move || list.with(|l| l.total as usize));
    let asked = Signal::derive(move || list.with(|l| l.page));
    let (page, pages) = state.result_pages(total, asked, S::Query::PER_PAGE);
    let facets = <S::Query as FacetQuery>::FACETS;
    let views = Memo::new(move |_| {
        list.with(|l| {
            query.with(|q| {
                let selected = |param: &str| q.selected(param);
                facet_views(facets, i18n.lang(), &l.facets, &selected, &pole_list.get())
            })
        })
    });
    let chips = Signal::derive(move || {
        let bound = texts().range.map(|r| r.bound_chips);
        list.with(|l| {
            query.with(|q| {
                let selected = |param: &str| q.selected(param);
                let shown = Shown {
                    text: q.text(),
                    selected: &selected,
                    counts: &l.facets,
                };
                chips(facets, i18n.lang(), shown, &pole_list.get(), bound)
            })
        })
    });
    let count = move |param: &'static str| {
        Signal::derive(move || list.with(|l| l.facets.counts(param).map_or(0, Counts::total)))
    };
    let toggles = of_kind(facets, FacetKind::Toggle)
        .map(|facet| ToggleParts {
            facet,
            checked: Signal::derive(move || query.with(|q| !q.selected(facet.param).is_empty())),
            count: count(facet.param),
            on_toggle: Callback::new(move |_| state.update(|q| q.toggle(facet.param, "1"))),
        })
        .collect();
    let items = ViewFn::from(move || {
        let lang = i18n.lang();
        list.with(|l| {
            let mut current = None;
            l.items
                .iter()
                .map(|item| {
                    let group = S::group(item, lang);
                    let heading = (group.is_some() && group != current).then(|| {
                        current.clone_from(&group);
                        view! { <h2 class="result-group">{group}</h2> }
                    });
                    view! { <li>{heading}{S::card(item.clone())}</li> }
                })
                .collect_view()
        })
    });
    results_view(ResultsParts {
        sample_notice: Signal::derive(move || {
            list.with(|l| l.samples > 0).then(|| texts().sample_notice)
        }),
        overview: S::overview(list, state),
        views,
        group_count: groups(facets).count(),
        toggles,
        year_range: year_range_parts::<S>(list, state),
        on_toggle: state.on_toggle(),
        count_text: Signal::derive(move || (texts().results_count)(total.get())),
        sort_id: S::SORT_MENU_ID,
        sorts: Signal::derive(move || sort_options::<<S::Query as FacetQuery>::Sort>(i18n.lang())),
        current_sort: Signal::derive(move || query.with(|q| q.sort_code())),
        on_sort: state.on_sort(),
        chips,
        on_remove_chip: state.on_remove_chip(),
        on_clear: state.on_clear(),
        total,
        no_results: Signal::derive(move || {
            if !query.with(FacetQuery::has_filters) {
                texts().empty
            } else {
                texts().no_results
            }
        }),
        list_class: S::LIST_CLASS,
        items,
        page,
        pages,
        page_href: state.page_href(),
        busy,
    })
}

fn sort_options<T: Coded>(lang: Lang) -> Vec<SortOption> {
    T::ALL
        .iter()
        .map(|sort| SortOption {
            code: sort.code(),
            label: sort.label(lang),
        })
        .collect()
}

/// The year range of a search that declares two year facets (from, to), if it does.
fn year_range_parts<S: FacetedSearch>(
    list: Signal<Arc<ResultPage<S>>>,
    state: UrlQuery<S::Query>,
) -> Option<YearRangeParts> {
    // Decided when compiling, so a search without a year range does not carry its code.
    if const { year_facets(<S::Query as FacetQuery>::FACETS) != 2 } {
        return None;
    }
    let bounds: Vec<_> = of_kind(<S::Query as FacetQuery>::FACETS, FacetKind::Year).collect();
    let [from, to] = bounds[..] else {
        return None;
    };
    let i18n = use_i18n();
    let range_texts = move || {
        S::texts(i18n.lang())
            .range
            .expect("a search with a year range has its words")
    };
    let year = |q: &S::Query, param: &str| {
        q.selected(param)
            .first()
            .and_then(|y| y.parse::<u16>().ok())
    };
    let on_change = Callback::new(move |(param, chosen): (&'static str, Option<u16>)| {
        state.update(|q| {
            q.set(param, &chosen.map(|y| y.to_string()).unwrap_or_default());
            // A range that ends before it starts is widened rather than refused.
            if let (Some(low), Some(high)) = (year(q, from.param), year(q, to.param)) {
                if low > high {
                    q.set(from.param, &high.to_string());
                    q.set(to.param, &low.to_string());
                }
            }
        })
    });
    Some(YearRangeParts {
        years: Signal::derive(move || {
            list.with(|l| {
                l.facets
                    .counts(from.param)
                    .map(Counts::values)
                    .unwrap_or_default()
                    .to_vec()
            })
        }),
        bounds: [from, to],
        from: Signal::derive(move || state.query.with(|q| year(q, from.param))),
        to: Signal::derive(move || state.query.with(|q| year(q, to.param))),
        legend: Signal::derive(move || range_texts().legend),
        any: Signal::derive(move || range_texts().any_year),
        on_change,
    })
}
