//! The PariSanté Campus portal: a client-side Leptos app talking to the campus JSON API.
//!
//! Data flows one way: `api` (typed client) → `data` (the app-wide data layer) → `pages`
//! → `components`.

pub mod api;
pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod state;

use wasm_bindgen::JsCast;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// On arrival, opens the page in the reader's language: the one they chose before, or
/// else their browser's. Done before mounting, so nothing flashes in the wrong language.
fn open_in_preferred_language(window: &web_sys::Window) {
    let location = window.location();
    let Ok(path) = location.pathname() else {
        return;
    };
    let Some(preferred) = state::prefs::preferred_lang() else {
        return;
    };
    if preferred == routes::lang_of_path(&path) {
        return;
    }
    let target = format!(
        "{}{}{}",
        routes::counterpart(&path),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// Replaces the static placeholder inside `#app` with the live app.
pub fn mount() {
    let window = web_sys::window().expect("a browser window");
    open_in_preferred_language(&window);
    let document = window.document().expect("a browser document");
    let root = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body())
        .expect("an #app element or a body");
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}
