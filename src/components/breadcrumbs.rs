use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// One step of a breadcrumb trail; the last one is the current page and has no link.
#[derive(Clone)]
pub struct Crumb {
    pub label: Signal<String>,
    pub href: Option<Signal<String>>,
}

#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>) -> impl IntoView {
    let i18n = use_i18n();
    let items = crumbs
        .into_iter()
        .map(|crumb| match crumb.href {
            Some(href) => {
                view! { <li><A href=move || href.get()>{move || crumb.label.get()}</A></li> }
                    .into_any()
            }
            None => view! { <li aria-current="page">{move || crumb.label.get()}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.pages().breadcrumb_label>
            <ol>{items}</ol>
        </nav>
    }
}
