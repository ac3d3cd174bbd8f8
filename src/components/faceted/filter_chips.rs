use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// An active filter: its label and what identifies it for removal.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    pub label: String,
    pub param: &'static str,
    pub value: String,
}

/// The active filters, each removable in one click, and "clear all".
#[component]
pub fn FilterChips(
    #[prop(into)] chips: Signal<Vec<Chip>>,
    on_remove: Callback<(&'static str, String)>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !chips.with(Vec::is_empty)>
            <div class="chips">
                <h2 class="visually-hidden">{move || i18n.pages().active_filters}</h2>
                <ul class="chips__list" role="list">
                    <For
                        each=move || chips.get()
                        key=|c| (c.param, c.value.clone(), c.label.clone())
                        children=move |chip| {
                            let label = chip.label.clone();
                            let aria = move || format!("{}{}{label}", i18n.pages().remove_filter, i18n.t().colon);
                            let (param, value) = (chip.param, chip.value.clone());
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="chip"
                                        aria-label=aria
                                        on:click=move |_| on_remove.run((param, value.clone()))
                                    >
                                        {chip.label.clone()}
                                        <span class="chip__x" aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
                <button type="button" class="button button--link" on:click=move |_| on_clear.run(())>
                    {move || i18n.pages().clear_all}
                </button>
            </div>
        </Show>
    }
}

/// After a chip is removed its button is gone: keyboard focus goes to the result count,
/// which also announces the new total.
pub fn focus_results_count() {
    request_animation_frame(|| {
        if let Some(heading) = document().get_element_by_id("results-count") {
            let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    })
}
