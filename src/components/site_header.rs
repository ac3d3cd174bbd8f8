use leptos::prelude::*;
use leptos_router::components::A;

use super::LangSwitch;
use crate::{i18n::use_i18n, routes::Page};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let home = move || Page::Home.path(i18n.lang());
    let poles = move || Page::Poles.path(i18n.lang());
    view! {
        <header class="site-header">
            <div class="site-header__inner container">
                <A href=home attr:class="brand">
                    <img class="brand__mark" src="/logo.svg" alt="" width="40" height="40"/>
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
                    </ul>
                </nav>
            </div>
        </header>
    }
}
