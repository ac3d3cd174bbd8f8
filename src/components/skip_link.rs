use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// First tab stop of every page: jumps over the header to the main content. The router
/// would take the click on `#main` as a navigation and leave focus on the link, so the
/// click moves focus itself (to `<main tabindex="-1">`): the next Tab lands inside main.
/// Before the app runs, the browser's own anchor behaviour does the same.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        let main = document()
            .get_element_by_id("main")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || i18n.t().skip_to_content}</a>
    }
}
