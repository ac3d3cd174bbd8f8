use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    agenda::EventList,
    catalogue::{encode_query, ProgrammeList},
    directory::StartupList,
    Pole, PoleSummary,
};

use crate::{
    api,
    components::{
        localised, paragraphs, Breadcrumbs, Crumb, EventCard, InstituteList, Loaded, PageHeading,
        PoleGrid, ProgrammeCard, StartupCard,
    },
    data::{use_data, Query},
    i18n::{use_i18n, I18n},
    routes::{Href, Page},
};

/// `/poles/:slug`: one pole, its institutes, its next events, its first programmes and
/// start-ups (asked of the API for this pole only), and the other poles.
#[component]
pub fn PolePage(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let pole = data.query(api::pole(&slug));
    // The other poles and the pole's lists are a plus: if they fail, the page still
    // shows the pole.
    let all_poles = data.query(api::poles());
    let programmes = data.query(api::pole_programmes(&slug));
    let startups = data.query(api::pole_startups(&slug));
    let events = data.query(api::agenda::coming_events(Some(&slug), 3));

    view! {
        <div class="container section">
            <Loaded query=pole page=true class="loading--page" ready=move |pole| {
                let lists = PoleLists { programmes: programmes.clone(), startups: startups.clone(), events: events.clone() };
                pole_view(i18n, Pole::clone(&pole), all_poles.clone(), lists)
            }/>
        </div>
    }
}

/// Up to three of the pole's programmes, and the way to all of them in the catalogue.
fn pole_programmes(i18n: I18n, slug: &str, list: Option<Arc<ProgrammeList>>) -> impl IntoView {
    let (count, programmes) = list.map_or((0, Vec::new()), |l| (l.total as usize, l.items.clone()));
    let query = encode_query(&[("pole", slug)]);
    let href = move || format!("{}{query}", Page::Catalogue.href(i18n.lang()));
    (count > 0).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-programmes">
                <h2 id="pole-programmes">{move || i18n.pages().pole_programmes_heading}</h2>
                <ul class="programme-list programme-list--grid" role="list">
                    {programmes
                        .into_iter()
                        .take(3)
                        .map(|programme| view! { <li><ProgrammeCard programme/></li> })
                        .collect_view()}
                </ul>
                <A href=href attr:class="button button--primary">
                    {move || (i18n.pages().pole_programmes_all)(count)}
                </A>
            </section>
        }
    })
}

/// The pole's next events, and the way to all of them in the agenda.
fn pole_events(i18n: I18n, slug: &str, list: Option<Arc<EventList>>) -> impl IntoView {
    let (count, events) = list.map_or((0, Vec::new()), |l| (l.total as usize, l.items.clone()));
    let query = encode_query(&[("pole", slug)]);
    let href = move || format!("{}{query}", Page::Agenda.href(i18n.lang()));
    (count > 0).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-events">
                <h2 id="pole-events">{move || i18n.agenda().pole_heading}</h2>
                <ul class="event-list" role="list">
                    {events.into_iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
                </ul>
                <A href=href attr:class="button button--primary">
                    {move || (i18n.agenda().pole_all)(count)}
                </A>
            </section>
        }
    })
}

/// The lists a pole page shows beside the pole, each asked of the API for it alone.
struct PoleLists {
    programmes: Query<ProgrammeList>,
    startups: Query<StartupList>,
    events: Query<EventList>,
}

/// Up to three of the pole's start-ups, and the way to all of them in the directory.
fn pole_startups(i18n: I18n, slug: &str, list: Option<Arc<StartupList>>) -> impl IntoView {
    let (count, startups) = list.map_or((0, Vec::new()), |l| (l.total as usize, l.items.clone()));
    let query = encode_query(&[("pole", slug)]);
    let href = move || format!("{}{query}", Page::Directory.href(i18n.lang()));
    (count > 0).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-startups">
                <h2 id="pole-startups">{move || i18n.directory().pole_heading}</h2>
                <ul class="startup-grid startup-grid--related" role="list">
                    {startups
                        .into_iter()
                        .take(3)
                        .map(|startup| view! { <li><StartupCard startup/></li> })
                        .collect_view()}
                </ul>
                <A href=href attr:class="button button--primary">
                    {move || (i18n.directory().pole_all)(count)}
                </A>
            </section>
        }
    })
}

/// The pole at once; its lists and the other poles each appear when they arrive (without
/// rendering the pole again, so the heading keeps its focus).
fn pole_view(
    i18n: I18n,
    pole: Pole,
    all: Query<Vec<PoleSummary>>,
    lists: PoleLists,
) -> impl IntoView {
    let PoleLists {
        programmes,
        startups,
        events,
    } = lists;
    let slug = pole.slug.clone();
    let programmes_view = move || pole_programmes(i18n, &slug, programmes.ready());
    let slug = pole.slug.clone();
    let startups_view = move || pole_startups(i18n, &slug, startups.ready());
    let slug = pole.slug.clone();
    let events_view = move || pole_events(i18n, &slug, events.ready());
    let name = localised(i18n, pole.name.clone());
    let summary = localised(i18n, pole.summary.clone());
    let crumbs = vec![
        Crumb {
            label: Signal::derive(move || i18n.t().nav_home.to_owned()),
            href: Some(Signal::derive(move || Page::Home.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(move || i18n.t().nav_poles.to_owned()),
            href: Some(Signal::derive(move || Page::Poles.href(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(name.clone()),
            href: None,
        },
    ];
    let institutes = if pole.institutes.is_empty() {
        view! { <p>{move || i18n.pages().pole_no_institutes}</p> }.into_any()
    } else {
        view! { <InstituteList institutes=pole.institutes/> }.into_any()
    };
    let slug = pole.slug.clone();
    let other_poles = move || {
        let others: Vec<PoleSummary> = all
            .ready()
            .map(|list| list.iter().filter(|p| p.slug != slug).cloned().collect())
            .unwrap_or_default();
        (!others.is_empty()).then(|| {
            view! {
                <section class="section" aria-labelledby="pole-others">
                    <h2 id="pole-others">{move || i18n.pages().pole_other_poles}</h2>
                    <PoleGrid poles=others/>
                </section>
            }
        })
    };
    view! {
        <Breadcrumbs crumbs/>
        <article class=format!("pole pole--{}", pole.slug)>
            <PageHeading text=Signal::derive(name) description=Signal::derive(summary)/>
            <p class="lead">{localised(i18n, pole.summary)}</p>
            <div class="prose">{paragraphs(i18n, pole.description)}</div>
            <section class="section" aria-labelledby="pole-institutes">
                <h2 id="pole-institutes">{move || i18n.pages().pole_institutes_heading}</h2>
                <p class="hint">{move || i18n.pages().pole_institutes_illustrative}</p>
                {institutes}
            </section>
            {events_view}
            {programmes_view}
            {startups_view}
        </article>
        {other_poles}
    }
}
