use leptos::prelude::*;
use leptos_router::{hooks::use_location, location::Location};

use crate::{
    i18n::use_i18n,
    routes::{app_path, counterpart, public_base},
    state::prefs,
};

/// Link to the same page in the other language. Following it records the choice, so the
/// next visit opens in that language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = other_language_href(location);
    let other = move || i18n.lang().other();
    view! {
        // A plain link: the router still handles it client-side, and unlike `<A>` it
        // carries our click handler.
        <a
            href=href
            class="lang-switch"
            lang=move || other().code()
            hreflang=move || other().code()
            title=move || i18n.t().switch_to_other_hint
            on:click=move |_| prefs::remember_lang(other())
        >
            <span aria-hidden="true" class="lang-switch__code">{move || other().code().to_uppercase()}</span>
            <span class="lang-switch__name">{move || i18n.t().switch_to_other}</span>
        </a>
    }
}

/// The address of this page in the other language, query and fragment kept.
pub fn other_language_href(
    location: Location,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || {
        let path = public_base().url_of(&counterpart(&app_path(&location.pathname.get())));
        // The router gives the query string without its `?`.
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        let search = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        // A fragment exists only in the browser (the prerender never sees one).
        let hash = if cfg!(feature = "ssr") {
            String::new()
        } else {
            location.hash.get()
        };
        format!("{path}{search}{hash}")
    }
}
