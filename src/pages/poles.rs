use leptos::prelude::*;

use crate::{
    api,
    components::{Loaded, PageHeading, PoleGrid},
    data::use_data,
    i18n::use_i18n,
};

/// `/poles`: the five poles.
#[component]
pub fn PolesPage() -> impl IntoView {
    let i18n = use_i18n();
    let poles = use_data().query(api::poles());
    view! {
        <div class="container section">
            <PageHeading
                text=Signal::derive(move || i18n.pages().poles_title.to_owned())
                description=Signal::derive(move || i18n.t().poles_intro.to_owned())
            />
            <p class="lead">{move || i18n.t().poles_intro}</p>
            <Loaded query=poles class="loading--grid" ready=|list| view! {
                <PoleGrid poles=Vec::clone(&list) level=2/>
            }/>
        </div>
    }
}
