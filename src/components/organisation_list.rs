use leptos::prelude::*;
use model::Organisation;

use super::localised;
use crate::i18n::use_i18n;

/// Founders or partners: name (with acronym) and a one-line description.
#[component]
pub fn OrganisationList(organisations: Vec<Organisation>) -> impl IntoView {
    let i18n = use_i18n();
    let items = organisations
        .into_iter()
        .map(|org| {
            let acronym = org
                .acronym
                .map(|a| view! { " " <abbr class="org__acronym" title=org.name.clone()>"("{a}")"</abbr> });
            view! {
                <li class="org">
                    <h3 class="org__name">{org.name.clone()}{acronym}</h3>
                    <p class="org__description">{localised(i18n, org.description)}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="org-list" role="list">{items}</ul> }
}
