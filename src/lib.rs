//! The PariSanté Campus portal, a Leptos app talking to the campus JSON API. Built three
//! ways from these modules (the crate's features): `hydrate`, the shipped wasm, which
//! takes over the HTML that `ssr` (the native prerender, `src/bin/prerender/`) wrote at
//! build time from the same components; `csr`, the browser tests.
//!
//! Data flows one way: [`api`] (typed client) → [`data`] (the app-wide data layer) →
//! [`pages`] (one module per route, in code chunks) → [`components`]. Beside them: [`app`]
//! (the shell and the route table's views), [`routes`] (addresses under the public base),
//! [`i18n`] (the French and English texts) and [`state`] (what outlives a page).

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
    set_address(window, &target);
}

/// Starts the app in `#app`: it hydrates the HTML the build wrote when that HTML is this
/// address's page (`data-ssr`), with or without a search, and renders from scratch
/// otherwise (a page the build did not write).
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
    let pathname = location.pathname().unwrap_or_default();
    let path = routes::app_path(&pathname);
    let search = location.search().unwrap_or_default();
    let written = root.get_attribute("data-ssr");
    let prerendered = written.as_deref() == Some(format!("{path}{search}").as_str());
    // The same page with a search the build did not know (a shared filtered link): the
    // page is hydrated as the build wrote it, then shows the search, so nothing of it is
    // thrown away and drawn again (which moved the page under the reader).
    let searched = !prerendered && written.as_deref() == Some(path.as_str());
    #[cfg(feature = "hydrate")]
    if prerendered || searched {
        let then = searched.then(|| {
            let whole = format!("{pathname}{search}{}", location.hash().unwrap_or_default());
            set_address(&window, &pathname);
            whole
        });
        hydrate(root, routes::Page::parse(&path).0, then);
        return;
    }
    let _ = (prerendered, searched);
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}

/// Replaces the address without a navigation, before the router reads it (or followed by
/// `popstate`, which tells the router).
fn set_address(window: &web_sys::Window, address: &str) {
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// After hydration: back to the address the reader opened, which the router then shows
/// (it listens to `popstate`, as for the browser's back button).
#[cfg(feature = "hydrate")]
fn show_address(address: Option<String>) {
    let Some(address) = address else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    set_address(&window, &address);
    if let Ok(event) = web_sys::Event::new("popstate") {
        let _ = window.dispatch_event(&event);
    }
}

/// Resolves in a new task of the event loop, not in this one. A message to itself rather
/// than a zero-delay timer: browsers delay timers in a background tab, not messages.
#[cfg(feature = "hydrate")]
async fn next_task() {
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let sent = channel.as_ref().is_some_and(|channel| {
            channel.port1().set_onmessage(Some(&resolve));
            channel
                .port2()
                .post_message(&wasm_bindgen::JsValue::NULL)
                .is_ok()
        });
        if !sent {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    // Kept until the message arrived.
    drop(channel);
}

/// Hydrates the page the build wrote. A page whose code is in a chunk of its own fetches
/// it first, so that hydration meets the same tree the build rendered. If the chunk cannot
/// be fetched, the page stays as it arrived: readable, its links plain links.
/// `then`: the address to show once hydrated (see [`mount`]).
///
/// Hydration runs in a task of its own, after the one that instantiated the wasm (and
/// the chunk): the browser can paint and answer input between them, and neither task is
/// as long as both together (Lighthouse counts a task's blocking time past 50 ms).
#[cfg(feature = "hydrate")]
fn hydrate(root: web_sys::HtmlElement, page: routes::Page, then: Option<String>) {
    let chunk = pages::Chunk::of(&page);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match chunk {
            Some(chunk) => chunk.load().await,
            None => Ok(()),
        };
        next_task().await;
        match loaded {
            Ok(()) => {
                leptos::mount::hydrate_from(root, app::App).forget();
                show_address(then);
            }
            Err(_) => {
                // The reader keeps the address they opened, and the page as written.
                show_address(then);
                leptos::logging::warn!(
                    "the code of this page did not load: it stays as the build wrote it"
                )
            }
        }
    });
}
