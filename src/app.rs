//! The app shell (skip link, header, main, footer) and the route table.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    components::{SiteFooter, SiteHeader, SkipLink},
    data::provide_data,
    i18n::I18n,
    pages::{
        AccessibilityPage, CataloguePage, ComparePage, DirectoryPage, HomePage, LegalNoticePage,
        NotFoundPage, PolePage, PolesPage, PrivacyPage, ProgrammePage, ShortlistPage, SpacePage,
        StartupPage,
    },
    routes::lang_of_path,
    state::{nav_focus::NavFocus, shortlist::Selections},
};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| lang_of_path(&location.pathname.get()));
    provide_context(I18n { lang: lang.into() });
    let nav_focus = NavFocus::new();
    provide_context(nav_focus);
    provide_context(Selections::new());
    provide_data();

    // `<html lang>` follows the page language, for screen readers and translation tools.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    // On a client-side navigation: back to the top, focus to the new page's h1.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // Filtering the catalogue changes only the query string: no focus move then.
        if previous.is_some_and(|p| p != path) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            nav_focus.navigated();
        }
        path
    });

    view! {
        <SkipLink/>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            // A closure, so the 404 renders the component (not its name).
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=HomePage/>
                <Route path=path!("/en") view=HomePage/>
                <Route path=path!("/poles") view=PolesPage/>
                <Route path=path!("/en/poles") view=PolesPage/>
                <Route path=path!("/poles/:slug") view=PolePage/>
                <Route path=path!("/en/poles/:slug") view=PolePage/>
                <Route path=path!("/formations") view=CataloguePage/>
                <Route path=path!("/en/programmes") view=CataloguePage/>
                <Route path=path!("/formations/ma-selection") view=ShortlistPage/>
                <Route path=path!("/en/programmes/shortlist") view=ShortlistPage/>
                <Route path=path!("/formations/comparer") view=ComparePage/>
                <Route path=path!("/en/programmes/compare") view=ComparePage/>
                <Route path=path!("/formations/:slug") view=ProgrammePage/>
                <Route path=path!("/en/programmes/:slug") view=ProgrammePage/>
                <Route path=path!("/startups") view=DirectoryPage/>
                <Route path=path!("/en/startups") view=DirectoryPage/>
                <Route path=path!("/startups/:slug") view=StartupPage/>
                <Route path=path!("/en/startups/:slug") view=StartupPage/>
                <Route path=path!("/espace-startup") view=SpacePage/>
                <Route path=path!("/en/startup-space") view=SpacePage/>
                <Route path=path!("/accessibilite") view=AccessibilityPage/>
                <Route path=path!("/en/accessibility") view=AccessibilityPage/>
                <Route path=path!("/mentions-legales") view=LegalNoticePage/>
                <Route path=path!("/en/legal-notice") view=LegalNoticePage/>
                <Route path=path!("/confidentialite") view=PrivacyPage/>
                <Route path=path!("/en/privacy") view=PrivacyPage/>
            </Routes>
        </main>
        <SiteFooter/>
    }
}
