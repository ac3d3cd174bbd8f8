use leptos::prelude::*;

use super::{FacetGroup, FacetOption};
use crate::i18n::use_i18n;

/// A facet of the panel: its query parameter, legend and options.
#[derive(Clone, PartialEq)]
pub struct FacetView {
    pub param: &'static str,
    pub legend: &'static str,
    pub options: Vec<FacetOption>,
}

/// The screens where the panel stands beside the results, open (`style/catalogue.css`).
const WIDE_SCREEN: &str = "(min-width: 56rem)";

/// The filter panel: a disclosure (open on wide screens), `before` (single toggles), then
/// one [`FacetGroup`] per facet. `views` always has `count` facets in the same order:
/// each group stays mounted and only its options change, so keyboard focus is kept.
#[component]
pub fn FacetPanel(
    views: Memo<Vec<FacetView>>,
    count: usize,
    on_toggle: Callback<(&'static str, String)>,
    #[prop(optional)] before: Option<Children>,
    #[prop(optional)] after: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let groups = (0..count)
        .map(|i| {
            let legend = Signal::derive(move || {
                views.with(|v| v.get(i).map(|f| f.legend.to_owned()).unwrap_or_default())
            });
            let options = Signal::derive(move || {
                views.with(|v| v.get(i).map(|f| f.options.clone()).unwrap_or_default())
            });
            let param = views.with_untracked(|v| v.get(i).map_or("", |f| f.param));
            let toggle = Callback::new(move |value: String| on_toggle.run((param, value)));
            view! { <FacetGroup legend name=param options on_toggle=toggle/> }
        })
        .collect_view();
    // Open on wide screens, folded on narrow ones. The page is built open (it cannot know
    // the screen), and folds once the app runs if the screen is narrow; until then the
    // stylesheet shows it folded there, so nothing moves. Both read the same breakpoint.
    let open = RwSignal::new(true);
    Effect::new(move |_| {
        let wide = window()
            .match_media(WIDE_SCREEN)
            .ok()
            .flatten()
            .is_none_or(|query| query.matches());
        open.set(wide);
    });
    view! {
        <aside class="catalogue__filters" aria-labelledby="filters-heading">
            <details class="filters" open=move || open.get()>
                <summary><h2 id="filters-heading" class="filters__heading">{move || i18n.pages().filters_heading}</h2></summary>
                {before.map(|c| c())}
                {groups}
                {after.map(|c| c())}
            </details>
        </aside>
    }
}

/// A yes/no filter as one checkbox with its count ("applications open", "hiring").
#[component]
pub fn FacetToggle(
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] count: Signal<u32>,
    on_toggle: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="facet facet--single">
            <input type="checkbox" id=id.clone() prop:checked=move || checked.get() on:change=move |_| on_toggle.run(())/>
            <label for=id>
                <span class="facet__label">{move || label.get()}</span>
                <span class="facet__count">{move || count.get()}</span>
            </label>
        </div>
    }
}
