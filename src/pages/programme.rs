//! `/formations/:slug`: everything a student needs to decide and apply.

use leptos::prelude::*;
use model::{
    catalogue::{Programme, ProgrammeList, ProgrammeSummary},
    Lang, Localised,
};

use crate::{
    api,
    components::{
        application_text, attach_json_ld, fact, fees_text, localised, mark_not_indexed, pole_links,
        Breadcrumbs, CompareBar, Crumb, Loaded, PageHeading, ProgrammeCard, SelectionButtons,
    },
    data::{use_data, Query},
    i18n::{label_list, use_i18n, I18n, PageTexts},
    routes::{Href, Page},
    state::today::today,
};

#[component]
pub fn ProgrammePage(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let programme = data.query(api::programme(&slug));
    // For pole names; the page stands without them.
    let poles = data.query(api::poles());

    view! {
        <div class="container section">
            <Loaded query=programme page=true class="loading--page" ready=move |p| {
                // Related programmes are asked of the API (same level and field): the page
                // never needs the whole catalogue.
                let related = data.query(api::related_programmes(&p.summary));
                programme_view(i18n, Programme::clone(&p), related, poles.clone())
            }/>
            <CompareBar/>
        </div>
    }
}

/// Up to three other programmes of the candidates (same level, a shared field).
fn related(candidates: &ProgrammeList, p: &ProgrammeSummary) -> Vec<ProgrammeSummary> {
    candidates
        .items
        .iter()
        .filter(|o| o.slug != p.slug)
        .take(3)
        .cloned()
        .collect()
}

/// schema.org `EducationalOccupationalProgram`, for search engines.
fn json_ld(p: &Programme, lang: Lang) -> String {
    let s = &p.summary;
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "EducationalOccupationalProgram",
        "name": s.title.get(lang),
        "description": s.summary.get(lang),
        "educationalCredentialAwarded": s.level.label(lang),
        "provider": { "@type": "CollegeOrUniversity", "name": s.institution.name },
        "inLanguage": s.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "timeToComplete": format!("P{}M", s.duration_months),
        "startDate": s.start_dates.first().map(ToString::to_string),
        "educationalProgramMode": s.format.label(Lang::En),
        "programPrerequisites": p.prerequisites.get(lang),
        "occupationalCategory": p.careers.get(lang),
    });
    if let Some(url) = &p.url {
        value["url"] = url.as_str().into();
    }
    if let Some(w) = s.application {
        value["applicationStartDate"] = w.opens.to_string().into();
        value["applicationDeadline"] = w.closes.to_string().into();
    }
    if let Some(ects) = s.ects {
        value["numberOfCredits"] = ects.into();
    }
    if let Some(capacity) = p.capacity {
        value["maximumEnrollment"] = capacity.into();
    }
    if let Some(fees) = p.fees_eur {
        value["offers"] =
            serde_json::json!({ "@type": "Offer", "price": fees, "priceCurrency": "EUR" });
    }
    value.to_string()
}

fn facts(t: &'static PageTexts, lang: Lang, p: &Programme) -> impl IntoView {
    let s = &p.summary;
    let today = today();
    let join = |items: Vec<&str>| label_list(lang, items);
    let mut rows = vec![
        fact(t.field_level, s.level.label(lang).to_owned()).into_any(),
        fact(t.field_institution, s.institution.name.clone()).into_any(),
        fact(
            t.field_domains,
            join(s.domains.iter().map(|d| d.label(lang)).collect()),
        )
        .into_any(),
        fact(
            t.field_modes,
            join(s.modes.iter().map(|m| m.label(lang)).collect()),
        )
        .into_any(),
        fact(t.field_format, s.format.label(lang).to_owned()).into_any(),
        fact(
            t.field_languages,
            join(s.languages.iter().map(|l| l.label(lang)).collect()),
        )
        .into_any(),
        fact(t.field_duration, (t.duration)(s.duration_months)).into_any(),
    ];
    if let Some(ects) = s.ects {
        rows.push(fact(t.field_ects, ects.to_string()).into_any());
    }
    rows.push(
        fact(
            t.field_starts,
            s.start_dates
                .iter()
                .map(|d| (t.format_date)(*d))
                .collect::<Vec<_>>()
                .join(", "),
        )
        .into_any(),
    );
    let application = match s.application {
        Some(w) => format!(
            "{} → {} ({})",
            (t.format_date)(w.opens),
            (t.format_date)(w.closes),
            application_text(t, s, today).0
        ),
        None => t.badge_unknown.to_owned(),
    };
    rows.push(fact(t.field_application, application).into_any());
    if let Some(fees) = fees_text(t, lang, p) {
        rows.push(fact(t.field_fees, fees).into_any());
    }
    if let Some(capacity) = p.capacity {
        rows.push(fact(t.field_capacity, (t.capacity)(capacity)).into_any());
    }
    view! { <dl class="facts">{rows}</dl> }
}

fn text_section(
    i18n: I18n,
    id: &'static str,
    title: fn(&PageTexts) -> &'static str,
    text: Localised,
) -> impl IntoView {
    view! {
        <section class="programme__section" aria-labelledby=id>
            <h2 id=id>{move || title(i18n.pages())}</h2>
            <p>{localised(i18n, text)}</p>
        </section>
    }
}

fn programme_view(
    i18n: I18n,
    p: Programme,
    related_list: Query<ProgrammeList>,
    poles: Query<Vec<model::PoleSummary>>,
) -> impl IntoView {
    // Structured data says "this is a real programme": never for an invented one.
    if p.summary.sample {
        mark_not_indexed();
    } else {
        let ld = p.clone();
        attach_json_ld("programme-json-ld", move || json_ld(&ld, i18n.lang()));
    }
    let s = p.summary.clone();
    let title = localised(i18n, s.title.clone());
    let description = localised(i18n, s.summary.clone());
    let crumbs = vec![
        Crumb {
            label: Signal::derive(move || i18n.t().nav_home.to_owned()),
            href: Some(Signal::derive(move || Page::Home.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(move || i18n.t().nav_catalogue.to_owned()),
            href: Some(Signal::derive(move || Page::Catalogue.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(title.clone()),
            href: None,
        },
    ];
    let facts_view = {
        let p = p.clone();
        move || facts(i18n.pages(), i18n.lang(), &p)
    };
    // Pole names and related programmes appear when they arrive, without rendering the
    // programme again (its heading keeps its focus).
    let pole_slugs = s.poles.clone();
    let poles_of = move || poles.ready().map(|list| pole_links(&list, &pole_slugs));
    let summary = s.clone();
    let related_view = move || {
        let related = related_list
            .ready()
            .map(|list| related(&list, &summary))
            .unwrap_or_default();
        (!related.is_empty()).then(|| {
            view! {
                <section class="section" aria-labelledby="programme-related">
                    <h2 id="programme-related">{move || i18n.pages().programme_related}</h2>
                    <ul class="programme-list programme-list--grid" role="list">
                        {related.into_iter().map(|programme| view! { <li><ProgrammeCard programme/></li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let status = {
        let s = s.clone();
        move || {
            let (text, class) = application_text(i18n.pages(), &s, today());
            view! { <span class=format!("badge {class}")>{text}</span> }
        }
    };
    let contact = format!("mailto:{}", p.contact_email);
    let updated = s.updated;
    view! {
        <Breadcrumbs crumbs/>
        <article class="programme">
            <header class="programme__header">
                <p class="programme__eyebrow">
                    <span class="badge badge--level">{move || s.level.label(i18n.lang())}</span>
                    {s.sample.then(|| view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
                    {status}
                </p>
                <PageHeading text=Signal::derive(title) description=Signal::derive(description)/>
                <p class="lead">{localised(i18n, s.summary.clone())}</p>
                {s.sample.then(|| view! {
                    <p class="notice notice--sample">{move || i18n.pages().programme_sample_notice}</p>
                })}
                <div class="programme__actions">
                    {p.url.clone().map(|url| view! {
                        <a class="button button--primary" href=url rel="noopener noreferrer">
                            {move || i18n.pages().programme_apply}
                        </a>
                    })}
                    <SelectionButtons slug=s.slug.clone() title=s.title.clone()/>
                </div>
            </header>
            <div class="programme__body">
                <section class="programme__facts" aria-labelledby="programme-facts">
                    <h2 id="programme-facts">{move || i18n.pages().key_facts}</h2>
                    {facts_view}
                </section>
                <div class="programme__texts">
                    {text_section(i18n, "programme-objectives", |t| t.programme_objectives, p.objectives.clone())}
                    {text_section(i18n, "programme-prerequisites", |t| t.field_prerequisites, p.prerequisites.clone())}
                    {text_section(i18n, "programme-admission", |t| t.field_admission, p.admission.clone())}
                    {text_section(i18n, "programme-careers", |t| t.programme_careers, p.careers.clone())}
                    <section class="programme__section" aria-labelledby="programme-contact">
                        <h2 id="programme-contact">{move || i18n.pages().programme_contact}</h2>
                        <p><a href=contact>{p.contact_email.clone()}</a></p>
                    </section>
                    <section class="programme__section" aria-labelledby="programme-poles">
                        <h2 id="programme-poles">{move || i18n.pages().programme_poles}</h2>
                        <ul>{poles_of}</ul>
                        <p class="programme__updated">
                            {move || i18n.pages().programme_updated}" "
                            <time datetime=updated.to_string()>{move || (i18n.pages().format_date)(updated)}</time>
                        </p>
                    </section>
                </div>
            </div>
        </article>
        {related_view}
    }
}
