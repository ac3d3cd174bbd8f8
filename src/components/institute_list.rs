use leptos::prelude::*;
use model::Institute;

use super::localised;
use crate::i18n::use_i18n;

/// Research institutes with their description.
#[component]
pub fn InstituteList(
    institutes: Vec<Institute>,
    /// Heading level of each institute's name, to fit the page outline.
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = institutes
        .into_iter()
        .map(|inst| {
            let name = inst.name.clone();
            let heading = if level == 2 {
                view! { <h2 class="institute__name">{name}</h2> }.into_any()
            } else {
                view! { <h3 class="institute__name">{name}</h3> }.into_any()
            };
            view! {
                <li class="institute">
                    {heading}
                    <p>{localised(i18n, inst.description)}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="institute-list" role="list">{items}</ul> }
}
