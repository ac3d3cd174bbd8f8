use leptos::prelude::*;
use leptos_router::components::A;
use model::catalogue::encode_query;

use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
    state::shortlist::use_selections,
};

/// Shown while programmes are picked for comparison: how many, and the way there.
#[component]
pub fn CompareBar() -> impl IntoView {
    let i18n = use_i18n();
    let selections = use_selections();
    let count = move || selections.compared.with(Vec::len);
    let href = move || {
        let slugs = selections.compared.with(|c| c.join(","));
        format!(
            "{}{}",
            Page::Compare.href(i18n.lang()),
            encode_query(&[("p", slugs)])
        )
    };
    view! {
        <Show when=move || { count() > 0 }>
            <div class="compare-bar" role="region" aria-label=move || i18n.pages().compare_toggle>
                <span class="compare-bar__count">{move || (i18n.pages().compare_count)(count())}</span>
                <A href=href attr:class="button button--primary">{move || i18n.pages().compare_go}</A>
                <button type="button" class="button button--link" on:click=move |_| selections.compared.set(Vec::new())>
                    {move || i18n.pages().compare_clear}
                </button>
            </div>
        </Show>
    }
}
