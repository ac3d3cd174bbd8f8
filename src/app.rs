//! The app shell (skip link, header, main, footer) and the page for the current path,
//! found in the one route table (`model::routes`).

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    components::{LanguageSuggestion, SiteFooter, SiteHeader, SkipLink},
    data::provide_data,
    i18n::I18n,
    pages::page_view,
    routes::{app_path, lang_of_path, public_base, Page},
    state::{nav_focus::NavFocus, saves::SaveLog, shortlist::Selections, today::provide_today},
};

#[component]
pub fn App() -> impl IntoView {
    view! {
        // The base lets the router leave links outside the portal to the browser.
        <Router base=public_base().prefix().to_owned()>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let path = Memo::new(move |_| app_path(&location.pathname.get()));
    let lang = Memo::new(move |_| lang_of_path(&path.get()));
    let page = Memo::new(move |_| Page::parse(&path.get()));
    provide_context(I18n { lang: lang.into() });
    let nav_focus = NavFocus::new();
    provide_context(nav_focus);
    provide_context(Selections::new());
    provide_context(SaveLog::new());
    let built = provide_data();
    provide_today(built);

    // `<html lang>` follows the page language, for screen readers and translation tools.
    // `data-portal="ready"` says the app runs (the page arrived as HTML and is now live):
    // styles can tell controls that need the app from those that do not.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
            let _ = root.set_attribute("data-portal", "ready");
        }
    });
    // On a client-side navigation: back to the top, focus to the new page's h1.
    Effect::new(move |previous: Option<String>| {
        let path = path.get();
        // Filtering the catalogue changes only the query string: no focus move then.
        if previous.is_some_and(|p| p != path) {
            forget_language_links();
            window().scroll_to_with_x_and_y(0.0, 0.0);
            nav_focus.navigated();
        }
        path
    });

    view! {
        <SkipLink/>
        <SiteHeader/>
        <LanguageSuggestion/>
        <main id="main" tabindex="-1">
            // One route for every path: the page comes from the route table. (The router
            // still drives navigation: it updates the address bar once the page is drawn.)
            <Routes fallback=|| ()>
                <Route path=path!("/*any") view=move || {
                    // A new page when the path names another page or language; a new query
                    // string (a filter) keeps the page and its state.
                    move || page_view(page.get().0)
                }/>
            </Routes>
        </main>
        <SiteFooter/>
    }
}

/// The canonical and hreflang links and the link-preview tags the build wrote describe the
/// page it arrived on; after a navigation inside the app they would name another page, so
/// they go.
fn forget_language_links() {
    if let Ok(links) = document().query_selector_all(
        "link[rel=canonical], link[rel=alternate][hreflang], meta[property^='og:'], \
         meta[name^='twitter:']",
    ) {
        for i in 0..links.length() {
            if let Some(link) = links.item(i).and_then(|n| n.parent_node().map(|p| (n, p))) {
                let _ = link.1.remove_child(&link.0);
            }
        }
    }
}
