use leptos::prelude::*;
use leptos_router::components::A;
use model::agenda::{EventStatus, EventSummary};

use super::localised;
use crate::{
    i18n::{label_list, use_i18n, AgendaTexts},
    routes::{Href, Page},
};

/// `14:00 – 16:30 (heure de Paris)`, or the whole days of an event given as days.
pub fn event_times(t: &AgendaTexts, e: &EventSummary) -> String {
    if e.all_day {
        let last = e.end.date.plus_days(-1);
        return if last == e.start.date {
            format!("{}, {}", t.day(e.start.date), t.all_day)
        } else {
            format!("{} – {}", t.day(e.start.date), t.day(last))
        };
    }
    if e.start.date == e.end.date {
        format!("{} – {} ({})", e.start.clock(), e.end.clock(), t.paris_time)
    } else {
        format!(
            "{} – {} ({})",
            t.day_and_time(e.start),
            t.day_and_time(e.end),
            t.paris_time
        )
    }
}

/// The badges of an event's state: cancelled, postponed, full, sample.
pub fn event_badges(e: &EventSummary) -> impl IntoView {
    let i18n = use_i18n();
    let status = e.status;
    let sample = e.sample;
    let status_badge = (status != EventStatus::Scheduled).then(|| {
        let class = match status {
            EventStatus::Cancelled => "badge badge--cancelled",
            EventStatus::Postponed => "badge badge--postponed",
            _ => "badge badge--full",
        };
        view! { <span class=class>{move || status.label(i18n.lang())}</span> }
    });
    view! {
        {status_badge}
        {sample.then(|| view! { <span class="badge badge--sample">{move || i18n.pages().sample_badge}</span> })}
    }
}

/// An event in a list: its day and time, title, kind, audience and what helps decide.
#[component]
pub fn EventCard(event: EventSummary) -> impl IntoView {
    let i18n = use_i18n();
    let page = Page::event(&event.slug);
    let href = move || page.href(i18n.lang());
    let e = event.clone();
    let facts = move || {
        let t = i18n.agenda();
        let lang = i18n.lang();
        let mut facts = vec![
            event_times(t, &e),
            e.format.label(lang).to_owned(),
            label_list(lang, e.audiences.iter().map(|a| a.label(lang))),
        ];
        if !e.access.is_empty() {
            facts.push(label_list(lang, e.access.iter().map(|a| a.label(lang))));
        }
        facts.push(if e.free { t.free } else { t.paid }.to_owned());
        // Seats matter while one may register.
        if let (true, Some(left)) = (e.registration.open, e.seats_left) {
            facts.push((t.seats_left)(left));
        }
        facts
            .into_iter()
            .map(|f| view! { <li>{f}</li> })
            .collect_view()
    };
    let kind = event.kind;
    let title = event.title.clone();
    let title_id = format!("event-card-{}", event.slug);
    let card_label = title_id.clone();
    let date = event.start.date;
    view! {
        <article class="event-card" aria-labelledby=card_label>
            <p class="event-card__date" aria-hidden="true">
                <span class="event-card__day">{date.day}</span>
                <span class="event-card__month">
                    {move || i18n.agenda().months_short[usize::from(date.month - 1)]}
                </span>
            </p>
            <div class="event-card__body">
                <div class="event-card__top">
                    <span class="badge badge--level">{move || kind.label(i18n.lang())}</span>
                    {event_badges(&event)}
                </div>
                <h3 class="event-card__title" id=title_id>
                    <A href=href>{localised(i18n, title.clone())}</A>
                </h3>
                <ul class="event-card__facts" role="list">{facts}</ul>
            </div>
        </article>
    }
}
