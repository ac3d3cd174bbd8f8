use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A placeholder the size of the content it stands for, so nothing jumps when data
/// arrives; announced politely to screen readers.
#[component]
pub fn Loading(
    /// Extra class setting the reserved height (e.g. `loading--page`).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=format!("loading {class}") role="status" aria-live="polite">
            <span class="visually-hidden">{move || i18n.t().loading}</span>
            <div class="loading__bar" aria-hidden="true"></div>
            <div class="loading__bar loading__bar--short" aria-hidden="true"></div>
            <div class="loading__bar" aria-hidden="true"></div>
        </div>
    }
}
