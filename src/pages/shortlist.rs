//! `/formations/ma-selection`: the reader's shortlist, and shortlists shared by link
//! (`?p=slug1,slug2`).

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};
use model::catalogue::{decode_query, encode_query};

use crate::{
    api,
    components::{CompareBar, Loaded, PageHeading, ProgrammeCard},
    data::use_data,
    i18n::use_i18n,
    routes::{Href, Page},
    state::shortlist::{parse_slugs, use_selections, MAX_COMPARED},
};

/// The `p` parameter of a query string, as a clean slug list.
pub fn slugs_param(search: &str) -> Vec<String> {
    decode_query(search)
        .0
        .into_iter()
        .find(|(k, _)| k == "p")
        .map(|(_, v)| parse_slugs(&v))
        .unwrap_or_default()
}

/// The cards of `slugs`, each programme requested on its own and all at once (a
/// shortlist is a handful; the catalogue may be thousands). One that no longer exists is
/// left out.
#[component]
fn ShortlistCards(slugs: Vec<String>) -> impl IntoView {
    let programmes = use_data().query_all(slugs.iter().map(|slug| api::programme(slug)));
    view! {
        <Loaded query=programmes class="loading--grid" ready=move |list| view! {
            <ul class="programme-list programme-list--grid" role="list">
                {list
                    .iter()
                    .map(|p| {
                        let programme = p.summary.clone();
                        view! { <li><ProgrammeCard programme/></li> }
                    })
                    .collect_view()}
            </ul>
        }/>
    }
}

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let i18n = use_i18n();
    let selections = use_selections();
    let location = use_location();
    let shared = Memo::new(move |_| slugs_param(&location.search.get()));
    let share_url = move || {
        let origin = if cfg!(feature = "ssr") {
            String::new()
        } else {
            window().location().origin().unwrap_or_default()
        };
        let slugs = selections.shortlist.with(|s| s.join(","));
        format!(
            "{origin}{}{}",
            Page::Shortlist.href(i18n.lang()),
            encode_query(&[("p", slugs)])
        )
    };
    let compare_href = move || {
        let slugs = selections.shortlist.with(|s| {
            s.iter()
                .take(MAX_COMPARED)
                .cloned()
                .collect::<Vec<_>>()
                .join(",")
        });
        format!(
            "{}{}",
            Page::Compare.href(i18n.lang()),
            encode_query(&[("p", slugs)])
        )
    };

    view! {
        <div class="container section">
            <PageHeading
                text=Signal::derive(move || i18n.pages().shortlist_title.to_owned())
                description=Signal::derive(move || i18n.pages().shortlist_description.to_owned())
            />
            <Show when=move || !shared.with(Vec::is_empty)>
                <section class="shared-shortlist" aria-labelledby="shared-heading">
                    <h2 id="shared-heading">{move || i18n.pages().shortlist_shared_heading}</h2>
                    {move || view! { <ShortlistCards slugs=shared.get()/> }}
                    <button type="button" class="button button--primary" on:click=move |_| selections.add_all(&shared.get_untracked())>
                        {move || i18n.pages().shortlist_keep_shared}
                    </button>
                </section>
            </Show>
            <Show
                when=move || !selections.shortlist.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{move || i18n.pages().shortlist_empty}</p> }
            >
                <h2 class="visually-hidden">{move || i18n.pages().shortlist_list_heading}</h2>
                {move || view! { <ShortlistCards slugs=selections.shortlist.get()/> }}
                <div class="share">
                    <label for="share-link">{move || i18n.pages().shortlist_share}</label>
                    <input id="share-link" type="text" readonly prop:value=share_url aria-describedby="share-hint"/>
                    <p id="share-hint" class="hint">{move || i18n.pages().shortlist_share_hint}</p>
                </div>
                <A href=compare_href attr:class="button button--primary">{move || i18n.pages().shortlist_compare}</A>
            </Show>
            <CompareBar/>
        </div>
    }
}
