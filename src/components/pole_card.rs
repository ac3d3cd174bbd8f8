use leptos::prelude::*;
use leptos_router::components::A;
use model::PoleSummary;

use super::localised;
use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
};

/// The poles as cards; each card's title is the link, so the whole card reads as one
/// link for screen readers without nesting interactive elements.
#[component]
pub fn PoleGrid(
    poles: Vec<PoleSummary>,
    /// Heading level of each card title, to fit the page outline.
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let cards = poles
        .into_iter()
        .map(|pole| {
            let page = Page::pole(&pole.slug);
            let href = move || page.href(i18n.lang());
            let name = localised(i18n, pole.name);
            let link = view! { <A href=href attr:class="pole-card__link">{name}</A> };
            let title = if level == 2 {
                view! { <h2 class="pole-card__title">{link}</h2> }.into_any()
            } else {
                view! { <h3 class="pole-card__title">{link}</h3> }.into_any()
            };
            view! {
                <li class=format!("pole-card pole-card--{}", pole.slug)>
                    <span class="pole-card__icon" aria-hidden="true"></span>
                    {title}
                    <p class="pole-card__summary">{localised(i18n, pole.summary)}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="pole-grid" role="list">{cards}</ul> }
}

/// Links to the poles of `poles` whose slugs are in `slugs` (a programme's or a start-up's
/// poles), as list items, in campus order.
pub fn pole_links(poles: &[PoleSummary], slugs: &[String]) -> impl IntoView {
    let i18n = use_i18n();
    poles
        .iter()
        .filter(|pole| slugs.contains(&pole.slug))
        .map(|pole| {
            let page = Page::pole(&pole.slug);
            let name = localised(i18n, pole.name.clone());
            view! { <li><A href=move || page.href(i18n.lang())>{name}</A></li> }
        })
        .collect_view()
}
