use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

use model::{agenda::EventHeadline, facet_search::ResultList, Campus};

use crate::{
    api,
    components::{
        localised, paragraphs, FactSourceNote, InstituteList, KeyFigures, Loaded, OrganisationList,
        PageHeading, PoleGrid,
    },
    data::{use_data, Query},
    i18n::{page_texts, use_i18n, I18n},
    routes::{Href, Page},
};

/// `/`: the campus story, the next events, key figures, the five poles, founders,
/// institutes, partners.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let campus = data.query(api::campus());
    let events = data.query(api::agenda::next_headlines(3));
    let poles_href = move || Page::Poles.href(i18n.lang());

    view! {
        <section class="hero">
            <div class="container hero__inner">
                <p class="hero__eyebrow">{move || i18n.t().home_eyebrow}</p>
                <PageHeading
                    text=Signal::derive(move || i18n.t().site_name.to_owned())
                    description=Signal::derive(move || i18n.t().site_description.to_owned())
                />
                <p class="hero__lead">{move || i18n.t().poles_intro}</p>
                <A href=poles_href attr:class="button button--primary">{move || i18n.t().home_cta_poles}</A>
            </div>
        </section>
        <Loaded query=campus class="loading--page" frame="container section" ready=move |data| campus_sections(i18n, data, events.clone())/>
    }
}

/// The next events' headlines (the list's facets are not read).
type Headlines = ResultList<EventHeadline, serde::de::IgnoredAny>;

/// The next three events, each a title and its day and time: a short list, so that the
/// home page carries no card of the agenda's.
fn next_events(i18n: I18n, list: Option<Arc<Headlines>>) -> impl IntoView {
    let events = list.map(|l| l.items.clone()).unwrap_or_default();
    (!events.is_empty()).then(|| {
        let items = events
            .into_iter()
            .map(|event| {
                let page = Page::event(&event.slug);
                let href = move || page.href(i18n.lang());
                let when = move || {
                    let t = i18n.t();
                    let day = (page_texts(i18n.lang()).format_date)(event.start.date);
                    if event.all_day {
                        day
                    } else {
                        format!("{day}, {} ({})", event.start.clock(), t.paris_time)
                    }
                };
                let sample = event.sample;
                view! {
                    <li class="next-events__item">
                        <A href=href>{localised(i18n, event.title.clone())}</A>
                        {sample.then(|| view! { " "<span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
                        <span class="next-events__when">{when}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="section" aria-labelledby="home-events">
                <div class="container">
                    <h2 id="home-events">{move || i18n.t().home_events_heading}</h2>
                    <ul class="next-events" role="list">{items}</ul>
                    <A href=move || Page::Agenda.href(i18n.lang()) attr:class="button button--primary">
                        {move || i18n.t().home_events_all}
                    </A>
                </div>
            </section>
        }
    })
}

fn campus_sections(i18n: I18n, campus: Arc<Campus>, events: Query<Headlines>) -> impl IntoView {
    let campus = Arc::unwrap_or_clone(campus);
    let events_view = move || next_events(i18n, events.ready());
    view! {
        <section class="section" aria-labelledby="home-story">
            <div class="container story">
                <h2 id="home-story">{move || i18n.t().home_story_heading}</h2>
                <p class="story__tagline">{localised(i18n, campus.tagline)}</p>
                {paragraphs(i18n, campus.story)}
                <FactSourceNote source=campus.source/>
            </div>
        </section>
        {events_view}
        <section class="section section--tinted" aria-labelledby="home-figures">
            <div class="container">
                <h2 id="home-figures">{move || i18n.t().home_figures_heading}</h2>
                <KeyFigures figures=campus.key_figures/>
            </div>
        </section>
        <section class="section" aria-labelledby="home-poles">
            <div class="container">
                <h2 id="home-poles">{move || i18n.t().home_poles_heading}</h2>
                <PoleGrid poles=campus.poles/>
            </div>
        </section>
        <section class="section section--tinted" aria-labelledby="home-founders">
            <div class="container">
                <h2 id="home-founders">{move || i18n.t().home_founders_heading}</h2>
                <OrganisationList organisations=campus.founders/>
            </div>
        </section>
        <section class="section" aria-labelledby="home-institutes">
            <div class="container">
                <h2 id="home-institutes">{move || i18n.t().home_institutes_heading}</h2>
                <InstituteList institutes=campus.institutes/>
            </div>
        </section>
        <section class="section section--tinted" aria-labelledby="home-partners">
            <div class="container">
                <h2 id="home-partners">{move || i18n.t().home_partners_heading}</h2>
                <OrganisationList organisations=campus.partners/>
            </div>
        </section>
    }
}
