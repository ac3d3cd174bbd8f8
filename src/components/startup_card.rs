use leptos::prelude::*;
use leptos_router::components::A;
use model::directory::StartupSummary;

use super::{localised, StartupLogo};
use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
};

/// A start-up in the directory grid: what a visitor scans before opening the profile.
#[component]
pub fn StartupCard(startup: StartupSummary) -> impl IntoView {
    let i18n = use_i18n();
    let page = Page::startup(&startup.slug);
    let href = move || page.href(i18n.lang());
    let s = startup.clone();
    let sectors = move || {
        s.sectors
            .iter()
            .map(|sector| view! { <li class="tag">{sector.label(i18n.lang())}</li> })
            .collect_view()
    };
    // A profile awaiting completion has no sector yet: no empty list.
    let has_sectors = !startup.sectors.is_empty();
    let stage = startup.stage;
    let spin_off = startup.spin_off.is_some();
    let hiring = startup.hiring;
    let sample = startup.sample;
    // Each card is named by its title, for the list of regions a screen reader offers.
    let title_id = format!("startup-card-{}", startup.slug);
    let card_label = title_id.clone();
    view! {
        <article class="startup-card" aria-labelledby=card_label>
            <div class="startup-card__head">
                <StartupLogo startup=startup.clone() size=56/>
                <div>
                    <h3 class="startup-card__name" id=title_id><A href=href>{startup.name.clone()}</A></h3>
                    {stage.map(|stage| view! { <p class="startup-card__stage">{move || stage.label(i18n.lang())}</p> })}
                </div>
            </div>
            <p class="startup-card__pitch">{localised(i18n, startup.pitch.clone())}</p>
            {has_sectors.then(|| view! { <ul class="tags" role="list">{sectors}</ul> })}
            <p class="startup-card__badges">
                {spin_off.then(|| view! { <span class="badge badge--research">{move || i18n.directory().spin_off}</span> })}
                {hiring.then(|| view! { <span class="badge badge--hiring">{move || i18n.directory().hiring}</span> })}
                {sample.then(|| view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
            </p>
        </article>
    }
}
