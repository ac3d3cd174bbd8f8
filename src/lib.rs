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

/// On arrival at `/`, opens the home page in the reader's language: the one they chose
/// before, or else their browser's. Any other address names its language, and it holds.
/// Done before the app starts, so nothing flashes in the wrong language.
fn open_home_in_preferred_language(window: &web_sys::Window) {
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    if routes::app_path(&path) != "/" {
        return;
    }
    if state::prefs::preferred_lang() != Some(model::Lang::En) {
        return;
    }
    let target = format!(
        "{}{}{}",
        routes::Href::href(&routes::Page::Home, model::Lang::En),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// Starts the app in `#app`: it hydrates the HTML the build wrote when that HTML is this
/// very address's (`data-ssr`), and renders from scratch otherwise (a page the build did
/// not write, or the same page with a query string it did not know).
pub fn mount() {
    let window = web_sys::window().expect("a browser window");
    open_home_in_preferred_language(&window);
    let document = window.document().expect("a browser document");
    let root = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body())
        .expect("an #app element or a body");
    let location = window.location();
    // `data-ssr` names the app path (the route table's, without the public base).
    let path = routes::app_path(&location.pathname().unwrap_or_default());
    let here = format!("{path}{}", location.search().unwrap_or_default());
    let prerendered = root.get_attribute("data-ssr").is_some_and(|p| p == here);
    #[cfg(feature = "hydrate")]
    if prerendered {
        hydrate(root, routes::Page::parse(&path).0);
        return;
    }
    let _ = prerendered;
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}

/// Hydrates the page the build wrote. A page whose code is in a chunk of its own fetches
/// it first, so that hydration meets the same tree the build rendered. If the chunk cannot
/// be fetched, the page stays as it arrived: readable, its links plain links.
#[cfg(feature = "hydrate")]
fn hydrate(root: web_sys::HtmlElement, page: routes::Page) {
    let Some(chunk) = pages::Chunk::of(&page) else {
        leptos::mount::hydrate_from(root, app::App).forget();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match chunk.load().await {
            Ok(()) => leptos::mount::hydrate_from(root, app::App).forget(),
            Err(_) => leptos::logging::warn!(
                "the code of this page did not load: it stays as the build wrote it"
            ),
        }
    });
}
