use std::sync::Arc;

use leptos::prelude::*;
use model::facet_search::{Counts, Facet, FacetCounts, FacetKind, FacetQuery, FacetValue};

use super::{options::of_kind, results_view::YearRangeParts, FacetedSearch, ResultPage, UrlQuery};
use crate::i18n::use_i18n;

/// A year range: two menus ("from", "to": the search's two year facets) listing the years
/// present, each with how many entries have that year (counted with the other filters
/// applied).
#[component]
pub fn YearRange(
    #[prop(into)] years: Signal<Vec<FacetValue>>,
    /// The lower and upper bound's facets.
    bounds: [&'static Facet; 2],
    #[prop(into)] from: Signal<Option<u16>>,
    #[prop(into)] to: Signal<Option<u16>>,
    #[prop(into)] legend: Signal<&'static str>,
    /// The menus' first choice: no bound.
    #[prop(into)]
    any: Signal<&'static str>,
    /// `(parameter, year)`, `None` for "any".
    on_change: Callback<(&'static str, Option<u16>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let menu = move |facet: &'static Facet, current: Signal<Option<u16>>| {
        let param = facet.param;
        let id = format!("facet-{param}");
        view! {
            <div class="year-range__field">
                <label for=id.clone()>{move || facet.legend(i18n.lang())}</label>
                <select
                    id=id
                    prop:value=move || current.get().map(|y| y.to_string()).unwrap_or_default()
                    on:change=move |ev| on_change.run((param, event_target_value(&ev).parse().ok()))
                >
                    <option value="" selected=move || current.get().is_none()>{move || any.get()}</option>
                    {move || years.get().into_iter().map(|y| {
                        let value = y.value.clone();
                        let year: Option<u16> = value.parse().ok();
                        view! {
                            <option value=value.clone() selected=move || current.get() == year>
                                {format!("{} ({})", y.value, y.count)}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <fieldset class="facet year-range">
            <legend class="facet__legend">{move || legend.get()}</legend>
            <div class="year-range__fields">
                {menu(bounds[0], from)}
                {menu(bounds[1], to)}
            </div>
        </fieldset>
    }
}

/// How many year facets a declaration has.
const fn year_facets(facets: &[Facet]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < facets.len() {
        if matches!(facets[i].kind, FacetKind::Year) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The year range of a search that declares two year facets (from, to), if it does.
pub fn year_range_parts<S: FacetedSearch>(
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
