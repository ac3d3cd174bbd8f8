use leptos::prelude::*;
use model::facet_search::{Facet, FacetKind, FacetValue};

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

/// The panel's year range.
pub struct YearRangeParts {
    pub years: Signal<Vec<FacetValue>>,
    pub bounds: [&'static Facet; 2],
    pub from: Signal<Option<u16>>,
    pub to: Signal<Option<u16>>,
    pub legend: Signal<&'static str>,
    pub any: Signal<&'static str>,
    pub on_change: Callback<(&'static str, Option<u16>)>,
}

/// How many year facets a declaration has.
pub const fn year_facets(facets: &[Facet]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < facets.len() {
        if matches!(facets[i].kind, FacetKind::Year) {
            n += 1;
        }
        i += 1;
    }
    n
}
