//! `/startups/:slug`: a start-up's public profile.

use leptos::prelude::*;
use model::{
    directory::{Startup, StartupList, StartupSummary},
    Campus, Lang,
};

use crate::{
    api,
    components::{
        attach_json_ld, localised, mark_not_indexed, pole_links, share_image, Breadcrumbs, Crumb,
        Loaded, PageHeading, StartupCard, StartupLogo,
    },
    data::{use_data, Query},
    i18n::{label_list, use_i18n, I18n},
    routes::{Href, Page},
};

#[component]
pub fn StartupPage(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let startup = data.query(api::startup(&slug));
    // For pole and institute names; the page stands without them.
    let campus = data.query(api::campus());

    view! {
        <div class="container section">
            <Loaded query=startup page=true class="loading--page" ready=move |s| {
                // Candidates for "same sector", asked of the API: never the whole directory;
                // none for a profile with no sector yet.
                let related = (!s.summary.sectors.is_empty())
                    .then(|| data.query(api::related_startups(&s.summary)));
                startup_view(i18n, Startup::clone(&s), related, campus.clone())
            }/>
        </div>
    }
}

/// Up to three other start-ups of the candidates, those sharing the most sectors first,
/// then by name (the candidates come by name).
fn related(candidates: &StartupList, me: &StartupSummary) -> Vec<StartupSummary> {
    let shared = |o: &StartupSummary| o.sectors.iter().filter(|s| me.sectors.contains(s)).count();
    // Sharing no sector is not being related: a profile with no sector yet has none.
    let mut others: Vec<&StartupSummary> = candidates
        .items
        .iter()
        .filter(|o| o.slug != me.slug && shared(o) > 0)
        .collect();
    // Stable: equal counts keep the API's order by name.
    model::order::sort_by_key(&mut others, |o| std::cmp::Reverse(shared(o)));
    others.into_iter().take(3).cloned().collect()
}

/// schema.org `Organization`, for search engines: only what the start-up gave. A real
/// profile awaiting completion gives its name alone (its pitch says it is to be written).
fn json_ld(s: &Startup, lang: Lang) -> String {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": s.summary.name,
    });
    if !s.summary.awaits_completion() {
        value["description"] = s.summary.pitch.get(lang).into();
    }
    if !s.summary.sectors.is_empty() {
        value["knowsAbout"] = s.summary.sectors.iter().map(|x| x.label(lang)).collect();
    }
    if !s.social.is_empty() {
        value["sameAs"] = s.social.iter().map(|l| l.url.as_str()).collect();
    }
    // A founding year only when the start-up gave one (the seed article gives none).
    if let Some(year) = s.summary.founded {
        value["foundingDate"] = year.to_string().into();
    }
    if let Some(website) = &s.website {
        value["url"] = website.clone().into();
    }
    if let Some(email) = &s.email {
        value["email"] = email.clone().into();
    }
    // Only a resolved address (a logo baked into the page is still relative to the API).
    if let Some(logo) = s.summary.logo.as_ref().and_then(|l| l.loadable()) {
        value["logo"] = logo.into();
    }
    value.to_string()
}

/// A link leaving the portal: no `window.opener`, no referrer, said to screen readers.
fn external_link(
    i18n: I18n,
    href: String,
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <a href=href rel="noopener noreferrer external">
            {text}<span class="visually-hidden">{move || i18n.directory().external}</span>
        </a>
    }
}

/// A fact's value, or the words that say it is not there (in a muted style, never a guess).
fn given(
    value: Option<impl IntoView + 'static>,
    missing: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl IntoView {
    match value {
        Some(value) => value.into_any(),
        None => view! { <span class="fact__missing">{missing}</span> }.into_any(),
    }
}

fn fact(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    value: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

fn startup_view(
    i18n: I18n,
    s: Startup,
    related_list: Option<Query<StartupList>>,
    campus: Query<Campus>,
) -> impl IntoView {
    // Structured data says "this is a real company": never for an invented one.
    if s.summary.sample {
        mark_not_indexed();
    } else {
        let ld = s.clone();
        attach_json_ld("startup-json-ld", move || json_ld(&ld, i18n.lang()));
    }
    if let Some(logo) = &s.summary.logo {
        share_image(logo);
    }
    let card = s.summary.clone();
    let name = card.name.clone();
    let pitch = localised(i18n, card.pitch.clone());
    // A profile awaiting completion has the same placeholder pitch as the others: its
    // page describes itself by its name and the first sentence the portal wrote of it.
    let summary = {
        let awaiting = card.awaits_completion();
        let name = card.name.clone();
        let description = s.description.clone();
        move || {
            if !awaiting {
                return pitch();
            }
            let text = description.get(i18n.lang());
            let first = text.split_inclusive(". ").next().unwrap_or(text).trim_end();
            format!("{name} — {first}")
        }
    };
    let crumbs = vec![
        Crumb {
            label: Signal::derive(move || i18n.t().nav_home.to_owned()),
            href: Some(Signal::derive(move || Page::Home.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(move || i18n.t().nav_directory.to_owned()),
            href: Some(Signal::derive(move || Page::Directory.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::stored(name.clone()),
            href: None,
        },
    ];
    let d = move || i18n.directory();
    let sectors = card.sectors.clone();
    let sectors_text = (!sectors.is_empty()).then_some(move || {
        let lang = i18n.lang();
        label_list(lang, sectors.iter().map(|x| x.label(lang)))
    });
    let (stage, team, founded) = (card.stage, card.team_size, card.founded);
    let member_since = card.member_since;
    // Institute and pole names, and related start-ups, appear when they arrive, without
    // rendering the profile again (its heading keeps its focus).
    let institute_campus = campus.clone();
    let spin_off = card.spin_off.clone().map(|o| {
        let text = move || {
            let institute = o.institute.as_ref().and_then(|slug| {
                institute_campus.ready().and_then(|c| {
                    c.institutes
                        .iter()
                        .find(|i| &i.slug == slug)
                        .map(|i| i.name.clone())
                })
            });
            match institute {
                Some(name) => format!("{} — {name}", o.lab),
                None => o.lab.clone(),
            }
        };
        fact(move || d().field_spin_off, text)
    });
    let pole_slugs = card.poles.clone();
    let poles_view = (!pole_slugs.is_empty()).then(|| {
        let poles_of = move || campus.ready().map(|c| pole_links(&c.poles, &pole_slugs));
        view! {
            <h3>{move || d().field_poles}</h3>
            <ul>{poles_of}</ul>
        }
    });
    let mut links = Vec::new();
    if let Some(url) = s.website.clone() {
        links.push(
            view! { <li>{external_link(i18n, url, move || d().website.to_owned())}</li> }
                .into_any(),
        );
    }
    if let Some(url) = s.careers_url.clone() {
        links.push(
            view! { <li>{external_link(i18n, url, move || d().careers.to_owned())}</li> }
                .into_any(),
        );
    }
    if let Some(email) = s.email.clone() {
        let href = format!("mailto:{email}");
        links.push(
            view! { <li><a href=href>{move || d().email}" ("{email.clone()}")"</a></li> }
                .into_any(),
        );
    }
    for link in s.social.clone() {
        let label = link.network.label(Lang::En).to_owned();
        links.push(
            view! { <li>{external_link(i18n, link.url, move || label.clone())}</li> }.into_any(),
        );
    }
    let own = card.clone();
    let related_view = move || {
        let related: Vec<StartupSummary> = related_list
            .as_ref()
            .and_then(Query::ready)
            .map(|list| related(&list, &own))
            .unwrap_or_default();
        (!related.is_empty()).then(|| {
            view! {
                <section class="section" aria-labelledby="startup-related">
                    <h2 id="startup-related">{move || d().related}</h2>
                    <ul class="startup-grid startup-grid--related" role="list">
                        {related.into_iter().map(|startup| view! { <li><StartupCard startup/></li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let updated = card.updated;
    let paragraphs = {
        let description = s.description.clone();
        move || {
            description
                .get(i18n.lang())
                .split("\n\n")
                .map(|p| view! { <p>{p.to_owned()}</p> })
                .collect_view()
        }
    };
    view! {
        <Breadcrumbs crumbs/>
        <article class="startup">
            <header class="startup__header">
                <StartupLogo startup=card.clone() size=96/>
                <div>
                    <p class="programme__eyebrow">
                        {card.spin_off.is_some().then(|| view! { <span class="badge badge--research">{move || d().spin_off}</span> })}
                        {card.hiring.then(|| view! { <span class="badge badge--hiring">{move || d().hiring}</span> })}
                        {card.sample.then(|| view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
                    </p>
                    <PageHeading text=Signal::stored(name.clone()) description=Signal::derive(summary)/>
                    <p class="lead">{localised(i18n, card.pitch.clone())}</p>
                    {card.sample.then(|| view! { <p class="hint">{move || d().sample_profile}</p> })}
                </div>
            </header>
            <div class="programme__body">
                <section class="programme__facts" aria-labelledby="startup-facts">
                    <h2 id="startup-facts">{move || d().key_facts}</h2>
                    <dl class="facts">
                        {fact(move || d().field_sectors, given(sectors_text, move || d().not_given))}
                        {fact(move || d().field_stage, given(stage.map(|s| move || s.label(i18n.lang())), move || d().not_given))}
                        {fact(move || d().field_founded, given(founded.map(|y| y.to_string()), move || d().not_given))}
                        {fact(move || d().field_team, given(team.map(|s| move || s.label(i18n.lang())), move || d().not_given))}
                        {fact(move || d().field_member_since, given(member_since.map(|date| move || (i18n.pages().format_date)(date)), move || d().not_published))}
                        {spin_off}
                    </dl>
                    {poles_view}
                </section>
                <div class="programme__texts">
                    <section class="programme__section" aria-labelledby="startup-about">
                        <h2 id="startup-about">{move || d().about}</h2>
                        {paragraphs}
                    </section>
                    {(!links.is_empty()).then(|| view! {
                        <section class="programme__section" aria-labelledby="startup-links">
                            <h2 id="startup-links">{move || d().links}</h2>
                            <ul class="link-list">{links}</ul>
                        </section>
                    })}
                    <p class="programme__updated">
                        {match updated {
                            Some(updated) => view! {
                                <time datetime=updated.to_string()>{move || (d().updated)(updated, i18n.pages().format_date)}</time>
                            }.into_any(),
                            None => view! { <span>{move || d().never_updated}</span> }.into_any(),
                        }}
                    </p>
                </div>
            </div>
        </article>
        {related_view}
    }
}
