use leptos::prelude::*;

use crate::i18n::use_i18n;

/// First tab stop of every page: jumps over the header to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{move || i18n.t().skip_to_content}</a>
    }
}
