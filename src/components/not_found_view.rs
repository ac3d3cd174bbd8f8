use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    components::PageHeading,
    i18n::use_i18n,
    routes::{Href, Page},
};

/// The 404 content: an unknown path, or a pole, programme or start-up that does not exist.
#[component]
pub fn NotFoundView() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <PageHeading
                text=Signal::derive(move || i18n.t().not_found_title.to_owned())
                description=Signal::derive(move || i18n.t().site_description.to_owned())
            />
            <p>{move || i18n.t().not_found_body}</p>
            <A href=move || Page::Home.href(i18n.lang()) attr:class="button button--primary">
                {move || i18n.t().not_found_home}
            </A>
        </div>
    }
}
