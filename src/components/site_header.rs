use leptos::prelude::*;
use leptos_router::components::A;

use super::LangSwitch;
use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let home = move || Page::Home.href(i18n.lang());
    let poles = move || Page::Poles.href(i18n.lang());
    let catalogue = move || Page::Catalogue.href(i18n.lang());
    let shortlist = move || Page::Shortlist.href(i18n.lang());
    let directory = move || Page::Directory.href(i18n.lang());
    let agenda = move || Page::Agenda.href(i18n.lang());
    let selections = crate::state::shortlist::use_selections();
    let count = move || selections.shortlist.with(Vec::len);
    view! {
        <header class="site-header">
            <div class="site-header__inner container">
                <A href=home attr:class="brand">
                    <img class="brand__mark" src=crate::routes::asset("logo.svg") alt="" width="40" height="40"/>
                    <span class="brand__text">
                        <span class="brand__name">{move || i18n.t().site_name}</span>
                        <span class="brand__tagline">{move || i18n.t().site_tagline}</span>
                    </span>
                </A>
                <LangSwitch/>
                <nav class="main-nav" aria-label=move || i18n.t().nav_label>
                    <ul class="main-nav__list">
                        <li><A href=home exact=true>{move || i18n.t().nav_home}</A></li>
                        <li><A href=poles>{move || i18n.t().nav_poles}</A></li>
                        <li><A href=catalogue>{move || i18n.t().nav_catalogue}</A></li>
                        <li>
                            <A href=shortlist>
                                {move || i18n.t().nav_shortlist}
                                <Show when=move || { count() > 0 }>
                                    " "<span class="nav-count">{count}</span>
                                </Show>
                            </A>
                        </li>
                        <li><A href=directory>{move || i18n.t().nav_directory}</A></li>
                        <li><A href=agenda>{move || i18n.t().nav_agenda}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}
