use std::sync::Arc;

use leptos::prelude::*;
use model::{
    catalogue::{encode_query, CatalogueIndex, CatalogueQuery, Sort},
    PoleSummary,
};
use wasm_bindgen::JsCast;

use super::{
    facets::{chips, facet_views, FACET_COUNT},
    Go,
};
use crate::{
    api::ApiError,
    components::{FacetGroup, FilterChips, Pagination, ProgrammeCard},
    i18n::use_i18n,
    routes::Page,
    state::today::today,
};

pub const PER_PAGE: usize = 20;

/// The facet panel, the result count, chips, sort, the result list and pagination.
#[component]
pub fn CatalogueResults(
    index: Arc<CatalogueIndex>,
    query: Memo<CatalogueQuery>,
    go: Go,
    poles: LocalResource<Result<Vec<PoleSummary>, ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = today();
    let searched = index.clone();
    let result = Memo::new(move |_| query.with(|q| searched.search_in(q, today, i18n.lang())));
    let pole_list = move || poles.get().and_then(Result::ok).unwrap_or_default();
    let total = move || result.with(|r| r.matches.len());
    let pages = Signal::derive(move || total().div_ceil(PER_PAGE).max(1) as u32);
    let page = Signal::derive(move || query.with(|q| q.page()).min(pages.get()));

    let toggle = move |param: &'static str| {
        Callback::new(move |value: String| {
            let mut q = query.get_untracked();
            q.toggle(param, &value);
            go.run((q, false));
        })
    };
    let facet_index = index.clone();
    // One memo for the whole panel; each facet group stays mounted and only its options
    // change, so focus is never lost while filtering from the keyboard.
    let views = Memo::new(move |_| {
        let t = i18n.t();
        result.with(|r| {
            query.with(|q| facet_views(t, i18n.lang(), &r.facets, q, &facet_index, &pole_list()))
        })
    });
    let facet_panel = (0..FACET_COUNT)
        .map(|i| {
            let legend = Signal::derive(move || {
                views.with(|v| v.get(i).map(|f| f.legend.to_owned()).unwrap_or_default())
            });
            let options = Signal::derive(move || {
                views.with(|v| v.get(i).map(|f| f.options.clone()).unwrap_or_default())
            });
            let param = views.with_untracked(|v| v.get(i).map_or("", |f| f.param));
            view! { <FacetGroup legend name=param options on_toggle=toggle(param)/> }
        })
        .collect_view();
    let open_count = move || result.with(|r| r.facets.open);
    let chip_index = index.clone();
    let chip_list = Signal::derive(move || {
        query.with(|q| chips(i18n.t(), i18n.lang(), q, &chip_index, &pole_list()))
    });
    // A removed chip takes its button away: keyboard focus goes to the result count,
    // which also announces the new total.
    let focus_count = || {
        request_animation_frame(|| {
            if let Some(heading) = document().get_element_by_id("results-count") {
                let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        })
    };
    let on_remove = Callback::new(move |(param, value): (&'static str, String)| {
        let mut q = query.get_untracked();
        q.toggle(param, &value);
        go.run((q, false));
        focus_count();
    });
    let on_clear = Callback::new(move |_| {
        go.run((query.get_untracked().cleared(), false));
        focus_count();
    });
    let page_href = Callback::new(move |n: u32| {
        let mut q = query.get_untracked();
        q.page = n;
        format!(
            "{}{}",
            Page::Catalogue.path(i18n.lang()),
            encode_query(&q.to_pairs())
        )
    });
    let list_index = index;
    let cards = move || {
        let start = (page.get() as usize - 1) * PER_PAGE;
        result.with(|r| {
            r.matches
                .iter()
                .skip(start)
                .take(PER_PAGE)
                .map(|i| {
                    let programme = list_index.get(*i).clone();
                    view! { <li><ProgrammeCard programme today/></li> }
                })
                .collect_view()
        })
    };
    let details_open = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 900.0);

    view! {
        <div class="catalogue__layout">
            <aside class="catalogue__filters" aria-labelledby="filters-heading">
                <details class="filters" open=details_open>
                    <summary><h2 id="filters-heading" class="filters__heading">{move || i18n.t().filters_heading}</h2></summary>
                    <div class="facet facet--single">
                        <input
                            type="checkbox"
                            id="facet-open"
                            prop:checked=move || query.with(|q| q.open_only)
                            on:change=move |_| {
                                let mut q = query.get_untracked();
                                q.toggle("open", "1");
                                go.run((q, false));
                            }
                        />
                        <label for="facet-open">
                            <span class="facet__label">{move || i18n.t().facet_open}</span>
                            <span class="facet__count">{open_count}</span>
                        </label>
                    </div>
                    {facet_panel}
                </details>
            </aside>
            <section class="catalogue__results" aria-labelledby="results-count">
                <div class="results-bar">
                    <h2 id="results-count" class="results-bar__count" tabindex="-1" role="status" aria-live="polite" aria-atomic="true">
                        {move || (i18n.t().results_count)(total())}
                    </h2>
                    <div class="results-bar__sort">
                        <label for="catalogue-sort">{move || i18n.t().sort_label}</label>
                        <select
                            id="catalogue-sort"
                            prop:value=move || query.with(|q| q.sort.code())
                            on:change=move |ev| {
                                if let Some(sort) = Sort::from_code(&event_target_value(&ev)) {
                                    let mut q = query.get_untracked();
                                    q.sort = sort;
                                    q.page = 1;
                                    go.run((q, false));
                                }
                            }
                        >
                            {move || {
                                let t = i18n.t();
                                [
                                    (Sort::Relevance, t.sort_relevance),
                                    (Sort::Start, t.sort_start),
                                    (Sort::Deadline, t.sort_deadline),
                                    (Sort::Title, t.sort_title),
                                ]
                                .into_iter()
                                .map(|(sort, label)| view! {
                                    <option value=sort.code() selected=move || query.with(|q| q.sort == sort)>{label}</option>
                                })
                                .collect_view()
                            }}
                        </select>
                    </div>
                </div>
                <FilterChips chips=chip_list on_remove on_clear/>
                <Show
                    when=move || { total() > 0 }
                    fallback=move || view! { <p class="empty-state">{move || i18n.t().no_results}</p> }
                >
                    <ol class="programme-list" role="list">{cards.clone()}</ol>
                </Show>
                <Pagination page pages href=page_href/>
            </section>
        </div>
    }
}
