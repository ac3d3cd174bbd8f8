//! `/plan-du-site`: every section of the portal on one page, a second way to find a page
//! beside the main menu (RGAA 12.1), linked from every footer.

use leptos::prelude::*;
use leptos_router::components::A;
use model::Lang;

use crate::{
    api,
    components::PageHeading,
    data::use_data,
    i18n::use_i18n,
    routes::{Href, Page},
};

struct Words {
    title: &'static str,
    description: &'static str,
    poles: &'static str,
    programmes: &'static str,
    startups: &'static str,
    about: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fr => Words {
            title: "Plan du site",
            description: "Toutes les rubriques du portail de PariSanté Campus sur une page\u{202f}: les pôles, les formations, les start-ups, l'agenda, rejoindre le campus et les informations légales.",
            poles: "Le campus et ses pôles",
            programmes: "Se former",
            startups: "Les start-ups",
            about: "Informations légales",
        },
        Lang::En => Words {
            title: "Site map",
            description: "Every section of the PariSanté Campus portal on one page: the poles, the programmes, the start-ups, the events, joining the campus and the legal information.",
            poles: "The campus and its poles",
            programmes: "Training",
            startups: "Start-ups",
            about: "Legal information",
        },
    }
}

#[component]
pub fn SiteMapPage() -> impl IntoView {
    let i18n = use_i18n();
    let poles = use_data().query(api::poles());
    let link = move |page: Page, label: fn(&crate::i18n::I18n) -> String| {
        view! { <li><A href=move || page.href(i18n.lang())>{move || label(&i18n)}</A></li> }
    };
    let pole_links = move || {
        poles.ready().map(|list| {
            list.iter()
                .map(|pole| {
                    let page = Page::pole(&pole.slug);
                    let name = pole.name.clone();
                    view! { <li><A href=move || page.href(i18n.lang())>{move || name.get(i18n.lang()).to_owned()}</A></li> }
                })
                .collect_view()
        })
    };
    let heading = |id: &'static str, text: fn(&Words) -> &'static str| {
        view! { <h2 id=id>{move || text(&words(i18n.lang()))}</h2> }
    };
    view! {
        <div class="container section site-map">
            <PageHeading
                text=Signal::derive(move || words(i18n.lang()).title.to_owned())
                description=Signal::derive(move || words(i18n.lang()).description.to_owned())
            />
            <section aria-labelledby="map-campus">
                {heading("map-campus", |w| w.poles)}
                <ul>
                    {link(Page::Home, |i| i.t().nav_home.to_owned())}
                    <li>
                        <A href=move || Page::Poles.href(i18n.lang())>{move || i18n.t().nav_poles}</A>
                        <ul>{pole_links}</ul>
                    </li>
                    {link(Page::Agenda, |i| i.t().nav_agenda.to_owned())}
                </ul>
            </section>
            <section aria-labelledby="map-programmes">
                {heading("map-programmes", |w| w.programmes)}
                <ul>
                    {link(Page::Catalogue, |i| i.pages().catalogue_title.to_owned())}
                    {link(Page::Shortlist, |i| i.pages().shortlist_title.to_owned())}
                    {link(Page::Compare, |i| i.pages().compare_title.to_owned())}
                </ul>
            </section>
            <section aria-labelledby="map-startups">
                {heading("map-startups", |w| w.startups)}
                <ul>
                    {link(Page::Directory, |i| i.directory().title.to_owned())}
                    {link(Page::Join, |i| i.join().title.to_owned())}
                    {link(Page::Space, |i| i.space().title.to_owned())}
                </ul>
            </section>
            <section aria-labelledby="map-about">
                {heading("map-about", |w| w.about)}
                <ul>
                    {link(Page::Accessibility, |i| i.t().accessibility.to_owned())}
                    {link(Page::LegalNotice, |i| i.t().legal_notice.to_owned())}
                    {link(Page::Privacy, |i| i.t().privacy.to_owned())}
                </ul>
            </section>
        </div>
    }
}
