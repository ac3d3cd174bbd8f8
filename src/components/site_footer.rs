use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let link = move |page: Page| move || page.href(i18n.lang());
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <div class="site-footer__about">
                    <p class="site-footer__name">{move || i18n.t().site_name}</p>
                    <p>{move || i18n.t().footer_about}</p>
                    <p class="site-footer__promise">{move || i18n.t().footer_privacy_promise}</p>
                </div>
                <nav class="site-footer__nav" aria-label=move || i18n.t().footer_nav_label>
                    <ul>
                        <li><A href=link(Page::Accessibility)>{move || i18n.t().accessibility}</A></li>
                        <li><A href=link(Page::LegalNotice)>{move || i18n.t().legal_notice}</A></li>
                        <li><A href=link(Page::Privacy)>{move || i18n.t().privacy}</A></li>
                        <li><A href=link(Page::SiteMap)>{move || i18n.t().site_map}</A></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
