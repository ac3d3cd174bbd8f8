use leptos::prelude::*;
use model::catalogue::{CatalogueQuery, MAX_QUERY_LEN};

use super::Go;
use crate::i18n::use_i18n;

/// The search field. What is typed stays exactly as typed (trailing spaces included)
/// while the URL holds the trimmed text; back/forward bring the field in line.
#[component]
pub fn SearchBox(query: Memo<CatalogueQuery>, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let from_url = query.with(|q| q.q.clone());
        if from_url.trim() != text.get_untracked().trim() {
            text.set(from_url);
        }
    });
    view! {
        <form role="search" class="search-box" on:submit=move |ev| ev.prevent_default()>
            <label for="catalogue-q" class="search-box__label">{move || i18n.t().search_label}</label>
            <input
                id="catalogue-q"
                class="search-box__input"
                type="search"
                name="q"
                autocomplete="off"
                maxlength=MAX_QUERY_LEN
                aria-describedby="catalogue-q-hint"
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    let mut q = query.get_untracked();
                    q.q = value;
                    q.page = 1;
                    go.run((q, true));
                }
            />
            <p id="catalogue-q-hint" class="hint">{move || i18n.t().search_hint}</p>
        </form>
    }
}
