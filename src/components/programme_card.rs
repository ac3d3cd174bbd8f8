use leptos::prelude::*;
use leptos_router::components::A;
use model::catalogue::ProgrammeSummary;

use super::{localised, ApplicationBadge, SelectionButtons};
use crate::{
    i18n::{label_list, use_i18n},
    routes::{Href, Page},
    state::today::today,
};

/// A programme in a result list: what a student scans before opening it.
#[component]
pub fn ProgrammeCard(programme: ProgrammeSummary) -> impl IntoView {
    let i18n = use_i18n();
    let page = Page::programme(&programme.slug);
    let href = move || page.href(i18n.lang());
    let p = programme.clone();
    let facts = move || {
        let t = i18n.pages();
        let lang = i18n.lang();
        let mut facts = vec![
            p.institution.name.clone(),
            label_list(lang, p.modes.iter().map(|m| m.label(lang))),
            label_list(lang, p.languages.iter().map(|l| l.label(lang))),
        ];
        if let Some(ects) = p.ects {
            facts.push(format!("{ects} ECTS"));
        }
        facts.push(match p.next_start(today()) {
            Some(date) => format!(
                "{}{}{}",
                t.card_next_start,
                i18n.t().colon,
                (t.format_date)(date)
            ),
            None => t.card_no_start.to_owned(),
        });
        facts
            .into_iter()
            .map(|f| view! { <li>{f}</li> })
            .collect_view()
    };
    let level = programme.level;
    let title = programme.title.clone();
    let sample = programme.sample;
    // Each card is named by its title, for the list of regions a screen reader offers.
    let title_id = format!("programme-card-{}", programme.slug);
    let card_label = title_id.clone();
    view! {
        <article class="programme-card" aria-labelledby=card_label>
            <div class="programme-card__top">
                <span class="badge badge--level">{move || level.label(i18n.lang())}</span>
                {sample.then(|| view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
            </div>
            <h3 class="programme-card__title" id=title_id>
                <A href=href>{localised(i18n, title.clone())}</A>
            </h3>
            <ul class="programme-card__facts" role="list">{facts}</ul>
            <ApplicationBadge programme=programme.clone()/>
            <SelectionButtons slug=programme.slug.clone() title=programme.title.clone()/>
        </article>
    }
}
