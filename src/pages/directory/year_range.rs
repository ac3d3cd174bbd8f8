use leptos::prelude::*;
use model::facet_search::FacetValue;

use crate::i18n::use_i18n;

/// The founding-year range: two menus ("from", "to") listing the years present, each with
/// how many start-ups were founded that year (counted with the other filters applied).
#[component]
pub fn YearRange(
    #[prop(into)] years: Signal<Vec<FacetValue>>,
    #[prop(into)] from: Signal<Option<u16>>,
    #[prop(into)] to: Signal<Option<u16>>,
    /// `(parameter, year)`: `founded_from` or `founded_to`, `None` for "any".
    on_change: Callback<(&'static str, Option<u16>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let menu = move |param: &'static str,
                     label: fn() -> &'static str,
                     current: Signal<Option<u16>>| {
        let id = format!("facet-{param}");
        view! {
            <div class="year-range__field">
                <label for=id.clone()>{label}</label>
                <select
                    id=id
                    prop:value=move || current.get().map(|y| y.to_string()).unwrap_or_default()
                    on:change=move |ev| on_change.run((param, event_target_value(&ev).parse().ok()))
                >
                    <option value="" selected=move || current.get().is_none()>{move || i18n.directory().any_year}</option>
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
            <legend class="facet__legend">{move || i18n.directory().founded_legend}</legend>
            <div class="year-range__fields">
                {menu("founded_from", move || use_i18n().directory().founded_from, from)}
                {menu("founded_to", move || use_i18n().directory().founded_to, to)}
            </div>
        </fieldset>
    }
}
