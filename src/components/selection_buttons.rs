use leptos::prelude::*;
use model::Localised;

use crate::{i18n::use_i18n, state::shortlist::use_selections};

/// "Add to my shortlist" and "Compare" toggles for one programme. Both are real buttons
/// with `aria-pressed`, named after the programme for screen readers.
#[component]
pub fn SelectionButtons(slug: String, title: Localised) -> impl IntoView {
    let i18n = use_i18n();
    let selections = use_selections();
    let (s1, s2, s3, s4) = (slug.clone(), slug.clone(), slug.clone(), slug);
    let title = StoredValue::new(title);
    let title_for = move || title.with_value(|t| t.get(i18n.lang()).to_owned());
    let shortlisted = Memo::new(move |_| selections.is_shortlisted(&s1));
    let compared = Memo::new(move |_| selections.is_compared(&s2));
    let full = Memo::new(move |_| {
        selections
            .compared
            .with(|c| c.len() >= crate::state::shortlist::MAX_COMPARED)
    });
    view! {
        <div class="selection-buttons">
            <button
                type="button"
                class="toggle toggle--star"
                aria-pressed=move || shortlisted.get().to_string()
                aria-label=move || {
                    let t = i18n.pages();
                    let action = if shortlisted.get() { t.shortlist_remove } else { t.shortlist_add };
                    format!("{action}{}{}", i18n.t().colon, title_for())
                }
                on:click=move |_| selections.toggle_shortlist(&s3)
            >
                <span aria-hidden="true" class="toggle__icon">{move || if shortlisted.get() { "★" } else { "☆" }}</span>
                <span aria-hidden="true">
                    {move || if shortlisted.get() { i18n.pages().shortlist_remove } else { i18n.pages().shortlist_add }}
                </span>
            </button>
            <button
                type="button"
                class="toggle"
                aria-pressed=move || compared.get().to_string()
                aria-label=move || format!("{}{}{}", i18n.pages().compare_toggle, i18n.t().colon, title_for())
                aria-disabled=move || (full.get() && !compared.get()).to_string()
                title=move || (full.get() && !compared.get()).then(|| i18n.pages().compare_full)
                on:click=move |_| {
                    selections.toggle_compared(&s4);
                }
            >
                <span aria-hidden="true" class="toggle__icon">{move || if compared.get() { "☑" } else { "☐" }}</span>
                <span aria-hidden="true">{move || i18n.pages().compare_toggle}</span>
            </button>
        </div>
    }
}
