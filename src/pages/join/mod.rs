//! `/rejoindre`: joining the campus. The call for applications that matters now (open, else
//! the next, else the last), with who may apply, its timeline in Paris time and, while it
//! is open, the request for an application's link; the other calls; and the questions
//! applicants ask. `application/` is the page that link opens.

mod application;
mod start_form;

pub use application::ApplicationPage;

use leptos::prelude::*;
use model::{
    calls::{featured, Call, CallStatus, CallSummary},
    Lang,
};

use start_form::StartForm;

use crate::{
    api,
    components::{fact, localised, FactSourceNote, Loaded, PageHeading},
    data::use_data,
    i18n::{agenda_texts, use_i18n, I18n, JoinTexts},
};

#[component]
pub fn JoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let calls = use_data().query(api::calls());
    let faq = move || {
        i18n.join()
            .faq
            .iter()
            .map(|(question, answer)| view! { <dt>{*question}</dt><dd>{*answer}</dd> })
            .collect_view()
    };
    view! {
        <div class="container section join">
            <PageHeading
                text=Signal::derive(move || i18n.join().title.to_owned())
                description=Signal::derive(move || i18n.join().intro.to_owned())
            />
            <p class="lead">{move || i18n.join().intro}</p>
            <Loaded query=calls class="loading--page" ready=move |list| calls_view(i18n, &list)/>
            <section class="join__faq" aria-labelledby="join-faq">
                <h2 id="join-faq">{move || i18n.join().faq_title}</h2>
                <dl class="faq">{faq}</dl>
            </section>
        </div>
    }
}

/// The featured call in full, what to expect when none is open, and the others.
fn calls_view(i18n: I18n, list: &[CallSummary]) -> AnyView {
    let Some(first) = featured(list).cloned() else {
        return view! { <p class="notice">{move || i18n.join().no_call}</p> }.into_any();
    };
    let heading = move || {
        let t = i18n.join();
        match first.status {
            CallStatus::Open => t.featured_open,
            CallStatus::Upcoming => t.featured_upcoming,
            CallStatus::Closed | CallStatus::Decided => t.featured_last,
        }
    };
    let none_open = (first.status != CallStatus::Open).then(|| {
        let next = list
            .iter()
            .filter(|c| c.status == CallStatus::Upcoming)
            .filter_map(|c| c.opens)
            .min();
        view! {
            <p class="notice notice--status">
                {move || i18n.join().none_open} " "
                {move || match next {
                    Some(opens) => (i18n.join().next_opens)(&agenda_texts(i18n.lang()).day(opens.date)),
                    None => i18n.join().next_unknown.to_owned(),
                }}
            </p>
        }
    });
    let detail = use_data().query(api::call(&first.slug));
    let others: Vec<CallSummary> = list
        .iter()
        .filter(|c| c.slug != first.slug)
        .cloned()
        .collect();
    view! {
        {none_open}
        <section class="join__call" aria-labelledby="join-featured">
            <h2 id="join-featured">{heading}</h2>
            <Loaded query=detail class="loading--page" ready=move |call| call_view(i18n, &call)/>
        </section>
        {(!others.is_empty()).then(|| view! {
            <section class="join__others" aria-labelledby="join-others">
                <h2 id="join-others">{move || i18n.join().other_calls}</h2>
                <ul class="call-list" role="list">
                    {others.into_iter().map(|call| other_view(i18n, call)).collect_view()}
                </ul>
            </section>
        })}
    }
    .into_any()
}

fn status_badge(i18n: I18n, status: CallStatus) -> impl IntoView {
    let class = match status {
        CallStatus::Open => "badge badge--open",
        CallStatus::Upcoming => "badge badge--upcoming",
        CallStatus::Closed => "badge badge--closed",
        CallStatus::Decided => "badge badge--neutral",
    };
    view! { <span class=class>{move || status.label(i18n.lang())}</span> }
}

fn sample_badge(i18n: I18n, sample: bool) -> impl IntoView {
    sample.then(
        || view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> },
    )
}

/// A moment of a call in the reader's language, or "not stated".
fn moment(t: &JoinTexts, lang: Lang, time: Option<model::agenda::ParisTime>) -> String {
    time.map_or_else(
        || t.not_said.to_owned(),
        |time| agenda_texts(lang).day_and_time(time),
    )
}

fn facts(t: &'static JoinTexts, lang: Lang, call: &CallSummary) -> impl IntoView {
    let places = call.places.map_or_else(|| t.not_said.to_owned(), t.places);
    view! {
        <dl class="facts">
            {fact(t.field_status, call.status.label(lang).to_owned())}
            {fact(t.field_opens, moment(t, lang, call.opens))}
            {fact(t.field_closes, moment(t, lang, call.closes))}
            {fact(t.field_places, places)}
        </dl>
        {call.closes.is_some().then(|| view! { <p class="hint">{t.paris_time}</p> })}
    }
}

/// The timeline: applications close, then each planned step, with its day.
fn timeline(t: &'static JoinTexts, lang: Lang, call: &Call) -> Option<impl IntoView> {
    let agenda = agenda_texts(lang);
    let closing = call
        .summary
        .closes
        .map(|closes| (agenda.day(closes.date), t.closing_step.to_owned()));
    let steps = call
        .timeline
        .iter()
        .map(|m| (agenda.day(m.date), m.step.label(lang).to_owned()));
    let rows: Vec<(String, String)> = closing.into_iter().chain(steps).collect();
    (!rows.is_empty()).then(|| {
        view! {
            <h4>{t.timeline}</h4>
            <ol class="timeline">
                {rows.into_iter().map(|(day, step)| view! {
                    <li><span class="timeline__day">{day}</span> <span class="timeline__step">{step}</span></li>
                }).collect_view()}
            </ol>
        }
    })
}

fn call_view(i18n: I18n, call: &Call) -> impl IntoView {
    let s = call.summary.clone();
    let details = {
        let call = call.clone();
        move || {
            let (t, lang) = (i18n.join(), i18n.lang());
            let eligibility = (!call.eligibility.is_empty()).then(|| {
                view! {
                    <h4>{t.eligibility}</h4>
                    <ul class="call__eligibility">
                        {call.eligibility.iter().map(|c| view! { <li>{c.get(lang).to_owned()}</li> }).collect_view()}
                    </ul>
                }
            });
            view! {
                <div class="call__facts">{facts(t, lang, &call.summary)}</div>
                <div class="call__texts">
                    <h4>{t.about}</h4>
                    <p>{call.description.get(lang).to_owned()}</p>
                    {eligibility}
                    {timeline(t, lang, &call)}
                </div>
            }
        }
    };
    view! {
        <article class="call">
            <header class="call__header">
                <p class="event__eyebrow">{status_badge(i18n, s.status)}{sample_badge(i18n, s.sample)}</p>
                <h3 class="call__title">{localised(i18n, s.title.clone())}</h3>
                <p>{localised(i18n, s.summary.clone())}</p>
                {s.sample.then(|| view! { <p class="notice notice--sample">{move || i18n.join().sample_call}</p> })}
            </header>
            <div class="call__body">{details}</div>
            {(s.status == CallStatus::Open).then(|| view! { <StartForm call=s.slug.clone()/> })}
            {call.source.clone().map(|source| view! { <FactSourceNote source/> })}
        </article>
    }
}

fn other_view(i18n: I18n, call: CallSummary) -> impl IntoView {
    let when = call.closes.map(|closes| {
        let text = move || {
            let t = i18n.join();
            let day = agenda_texts(i18n.lang()).day_and_time(closes);
            format!("{}{} {day}", t.field_closes, i18n.t().colon)
        };
        view! { <p class="call-card__when">{text}</p> }
    });
    view! {
        <li class="call-card">
            <p class="event__eyebrow">{status_badge(i18n, call.status)}{sample_badge(i18n, call.sample)}</p>
            <h3 class="call-card__title">{localised(i18n, call.title.clone())}</h3>
            <p>{localised(i18n, call.summary.clone())}</p>
            {when}
        </li>
    }
}
