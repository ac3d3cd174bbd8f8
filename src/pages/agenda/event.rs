//! `/agenda/:slug`: an event, in Paris time, with how to get in, what makes it accessible,
//! and its registration form.

use leptos::prelude::*;
use model::{
    agenda::{Event, EventFormat, EventList, EventStatus},
    Lang,
};

use super::registration_form::RegistrationForm;
use crate::{
    api,
    components::{
        attach_json_ld, event_badges, event_times, fact, localised, mark_not_indexed, pole_links,
        Breadcrumbs, Crumb, EventCard, Loaded, PageHeading,
    },
    data::{use_data, Query},
    i18n::{label_list, use_i18n, AgendaTexts, I18n},
    routes::{Href, Page},
};

#[component]
pub fn EventPage(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let event = data.query(api::agenda::event(&slug));
    let poles = data.query(api::poles());
    view! {
        <div class="container section">
            <Loaded query=event page=true class="loading--page" ready=move |e| {
                let related = data.query(api::agenda::coming_events(e.summary.poles.first().map(String::as_str), 4));
                event_view(i18n, Event::clone(&e), related, poles.clone())
            }/>
        </div>
    }
}

/// schema.org `Event`, for search engines: never for an invented one.
fn json_ld(e: &Event, lang: Lang) -> String {
    let s = &e.summary;
    let attendance = match s.format {
        EventFormat::OnSite => "https://schema.org/OfflineEventAttendanceMode",
        EventFormat::Online => "https://schema.org/OnlineEventAttendanceMode",
        EventFormat::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    let status = match s.status {
        EventStatus::Cancelled => "https://schema.org/EventCancelled",
        EventStatus::Postponed => "https://schema.org/EventPostponed",
        EventStatus::Scheduled | EventStatus::Full => "https://schema.org/EventScheduled",
    };
    let (start, end) = if s.all_day {
        (
            s.start.date.to_string(),
            s.end.date.plus_days(-1).to_string(),
        )
    } else {
        (s.start.to_string(), s.end.to_string())
    };
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": s.title.get(lang),
        "description": s.summary.get(lang),
        "startDate": start,
        "endDate": end,
        "eventAttendanceMode": attendance,
        "eventStatus": status,
        "inLanguage": s.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "isAccessibleForFree": s.free,
        "organizer": { "@type": "Organization", "name": e.organiser },
    });
    let mut locations = Vec::new();
    if let Some(place) = &e.place {
        locations.push(serde_json::json!({
            "@type": "Place",
            "name": place.name.get(lang),
            "address": place.address,
        }));
    }
    if !locations.is_empty() {
        value["location"] = locations.into();
    }
    value.to_string()
}

fn facts(t: &'static AgendaTexts, lang: Lang, e: &Event) -> impl IntoView {
    let s = &e.summary;
    let join = |items: Vec<&str>| label_list(lang, items);
    let when = if s.all_day {
        event_times(t, s)
    } else if s.start.date == s.end.date {
        format!("{}, {}", t.day(s.start.date), event_times(t, s))
    } else {
        event_times(t, s)
    };
    let mut rows = vec![fact(t.field_when, when).into_any()];
    if !s.all_day {
        rows.push(fact(t.field_duration, (t.duration)(s.minutes())).into_any());
    }
    let place = match &e.place {
        Some(place) => format!("{}, {}", place.name.get(lang), place.address),
        None if s.format == EventFormat::Online => t.online_only.to_owned(),
        None => "—".to_owned(),
    };
    rows.push(fact(t.field_where, place).into_any());
    if let Some(place) = &e.place {
        rows.push(fact(t.field_access_info, place.access_info.get(lang).to_owned()).into_any());
    }
    let mut format = s.format.label(lang).to_owned();
    if s.format != EventFormat::OnSite {
        format = format!("{format}. {}", t.online_link_later);
    }
    rows.push(fact(t.field_format, format).into_any());
    rows.push(
        fact(
            t.field_audiences,
            join(s.audiences.iter().map(|a| a.label(lang)).collect()),
        )
        .into_any(),
    );
    rows.push(
        fact(
            t.field_languages,
            join(s.languages.iter().map(|l| l.label(lang)).collect()),
        )
        .into_any(),
    );
    let access = if s.access.is_empty() {
        t.no_access_listed.to_owned()
    } else {
        join(s.access.iter().map(|a| a.label(lang)).collect())
    };
    rows.push(fact(t.field_access, access).into_any());
    rows.push(
        fact(
            t.field_price,
            if s.free { t.free } else { t.paid }.to_owned(),
        )
        .into_any(),
    );
    rows.push(fact(t.field_organiser, e.organiser.clone()).into_any());
    let seats = match (s.capacity, s.seats_left) {
        (Some(capacity), Some(left)) => (t.seats_of)(left, capacity),
        _ => t.no_limit.to_owned(),
    };
    rows.push(fact(t.field_seats, seats).into_any());
    view! { <dl class="facts">{rows}</dl> }
}

fn event_view(
    i18n: I18n,
    e: Event,
    related: Query<EventList>,
    poles: Query<Vec<model::PoleSummary>>,
) -> impl IntoView {
    let s = e.summary.clone();
    if s.sample {
        mark_not_indexed();
    } else {
        let ld = e.clone();
        attach_json_ld("event-json-ld", move || json_ld(&ld, i18n.lang()));
    }
    let title = localised(i18n, s.title.clone());
    let description = localised(i18n, s.summary.clone());
    let crumbs = vec![
        Crumb {
            label: Signal::derive(move || i18n.t().nav_home.to_owned()),
            href: Some(Signal::derive(move || Page::Home.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(move || i18n.t().nav_agenda.to_owned()),
            href: Some(Signal::derive(move || Page::Agenda.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(title.clone()),
            href: None,
        },
    ];
    let facts_view = {
        let e = e.clone();
        move || facts(i18n.agenda(), i18n.lang(), &e)
    };
    let slug = s.slug.clone();
    let calendar = LocalResource::new(move || {
        let (slug, lang) = (slug.clone(), i18n.lang());
        async move { api::agenda::calendar_url(&slug, lang).await.ok() }
    });
    // Drawn from the first paint, hidden until its address is known (the API's base comes
    // from the runtime config), so that its arrival moves nothing.
    let calendar_link = move || {
        view! {
            <a class="button button--secondary link--pending" href=move || calendar.get().flatten() download="">
                {move || i18n.agenda().add_to_calendar}
            </a>
        }
    };
    let pole_slugs = s.poles.clone();
    let poles_of = move || poles.ready().map(|list| pole_links(&list, &pole_slugs));
    let me = s.slug.clone();
    let related_view = move || {
        let others: Vec<_> = related
            .ready()
            .map(|list| {
                list.items
                    .iter()
                    .filter(|o| o.slug != me)
                    .take(3)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        (!others.is_empty()).then(|| view! {
            <section class="section" aria-labelledby="event-related">
                <h2 id="event-related">{move || i18n.agenda().related}</h2>
                <ul class="event-list" role="list">
                    {others.into_iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
                </ul>
            </section>
        })
    };
    let note = e.status_note.clone();
    let replay = e.replay_url.clone();
    let kind = s.kind;
    let register = {
        let s = s.clone();
        move || view! { <RegistrationForm event=s.clone()/> }
    };
    view! {
        <Breadcrumbs crumbs/>
        <article class="event">
            <header class="event__header">
                <p class="event__eyebrow">
                    <span class="badge badge--level">{move || kind.label(i18n.lang())}</span>
                    {event_badges(&s)}
                </p>
                <PageHeading text=Signal::derive(title) description=Signal::derive(description)/>
                <p class="lead">{localised(i18n, s.summary.clone())}</p>
                {s.sample.then(|| view! {
                    <p class="notice notice--sample">{move || i18n.agenda().sample_event}</p>
                })}
                {note.map(|note| view! { <p class="notice notice--status">{localised(i18n, note)}</p> })}
                <div class="event__actions">
                    {calendar_link}
                    {replay.map(|href| view! {
                        <a class="button button--secondary" href=href rel="noopener noreferrer">{move || i18n.agenda().replay}</a>
                    })}
                </div>
            </header>
            <div class="event__body">
                <section class="event__facts" aria-labelledby="event-facts">
                    <h2 id="event-facts">{move || i18n.pages().key_facts}</h2>
                    {facts_view}
                    <ul class="event__poles">{poles_of}</ul>
                </section>
                <div class="event__texts">
                    <section class="event__section" aria-labelledby="event-about">
                        <h2 id="event-about">{move || i18n.agenda().about}</h2>
                        <p>{localised(i18n, e.description.clone())}</p>
                    </section>
                    {register}
                </div>
            </div>
        </article>
        {related_view}
    }
}
