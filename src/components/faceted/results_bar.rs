use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A sort order: its code in the URL and its label.
#[derive(Clone, Copy, PartialEq)]
pub struct SortOption {
    pub code: &'static str,
    pub label: &'static str,
}

/// The result count, as `count_text` words it (a heading, and the focus target after
/// removing a filter), announced to screen readers by a live region of its own (a heading
/// with `role="status"` would be invalid and leave the outline), and the sort menu.
#[component]
pub fn ResultsBar(
    #[prop(into)] count_text: Signal<String>,
    /// Element id of the sort menu, unique on the page.
    sort_id: &'static str,
    #[prop(into)] sorts: Signal<Vec<SortOption>>,
    #[prop(into)] current: Signal<&'static str>,
    on_sort: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="results-bar">
            <h2 id="results-count" class="results-bar__count" tabindex="-1">
                {move || count_text.get()}
            </h2>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || count_text.get()}
            </p>
            <div class="results-bar__sort">
                <label for=sort_id>{move || i18n.pages().sort_label}</label>
                <select
                    id=sort_id
                    prop:value=move || current.get()
                    on:change=move |ev| on_sort.run(event_target_value(&ev))
                >
                    {move || sorts.get().into_iter().map(|sort| view! {
                        <option value=sort.code selected=move || current.get() == sort.code>{sort.label}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}
