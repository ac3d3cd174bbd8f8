//! The agenda's month: a table of the month's days where each day with events links to
//! the search of that day, with links to the months before and after. The list below is
//! its equivalent: every link is an agenda search (`model::agenda::month`).

use leptos::prelude::*;
use model::{
    agenda::{month, AgendaQuery},
    facet_search::FacetValue,
    Date,
};

use crate::{components::UrlQuery, i18n::use_i18n, state::today::today};

/// Events per Paris day of the current search, over every filter but its dates.
#[component]
pub fn MonthView(days: Signal<Vec<FacetValue>>, state: UrlQuery<AgendaQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let event_days = Memo::new(move |_| {
        days.with(|days| {
            days.iter()
                .filter_map(|d| d.value.parse::<Date>().ok())
                .collect::<Vec<_>>()
        })
    });
    let shown = Memo::new(move |_| {
        event_days.with(|days| state.query.with(|q| month::shown_month(q, today(), days)))
    });
    let name = move |first: Date| {
        let t = i18n.agenda();
        format!("{} {}", t.months[usize::from(first.month - 1)], first.year)
    };
    // The links to the months around show the month's short name and say the rest.
    let short = move |first: Date| i18n.agenda().months_short[usize::from(first.month - 1)];
    let said = move |first: Date, which: &str| format!(" ({}, {which})", name(first));
    let month_href = move |first: Date| {
        state
            .href
            .run(state.query.with(|q| month::month_query(q, first, today())))
    };
    let head = move || {
        let t = i18n.agenda();
        t.weekdays
            .iter()
            .zip(t.weekdays_short)
            .map(|(day, short)| {
                view! {
                    <th scope="col">
                        <span aria-hidden="true">{short}</span>
                        <span class="visually-hidden">{*day}</span>
                    </th>
                }
            })
            .collect_view()
    };
    let cell = move |day: Date, count: u32| {
        let t = i18n.agenda();
        let is_today = day == today();
        let chosen = state
            .query
            .with(|q| q.from == Some(day) && q.to == Some(day));
        let class = if is_today {
            "month__day month__day--today"
        } else {
            "month__day"
        };
        let said = format!(
            " {}{}",
            t.months[usize::from(day.month - 1)],
            if is_today { t.month_today } else { "" }
        );
        if count == 0 {
            return view! {
                <td><span class=class>{day.day}<span class="visually-hidden">{said}</span></span></td>
            }
            .into_any();
        }
        let href = state
            .href
            .run(state.query.with(|q| month::day_query(q, day)));
        view! {
            <td>
                <a class=format!("{class} month__day--events") href=href aria-current=chosen.then_some("date")>
                    {day.day}
                    <span class="visually-hidden">{format!("{said}, {}", (t.results_count)(count as usize))}</span>
                    <span class="month__dot" aria-hidden="true"></span>
                </a>
            </td>
        }
        .into_any()
    };
    let rows = move || {
        let counts = days.get();
        let count_of = |day: Date| {
            let code = day.to_string();
            counts
                .iter()
                .find(|v| v.value == code)
                .map_or(0, |v| v.count)
        };
        month::weeks(shown.get())
            .into_iter()
            .map(|week| {
                let cells = week
                    .into_iter()
                    .map(|day| match day {
                        Some(day) => cell(day, count_of(day)),
                        None => view! { <td></td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <section class="month" aria-labelledby="agenda-month">
            <div class="month__bar">
                <a class="month__nav" href=move || month_href(shown.get().previous_month())>
                    <span aria-hidden="true">"‹\u{a0}"</span>
                    {move || short(shown.get().previous_month())}
                    <span class="visually-hidden">{move || said(shown.get().previous_month(), i18n.agenda().previous_month)}</span>
                </a>
                <h2 id="agenda-month" class="month__title">{move || name(shown.get())}</h2>
                <a class="month__nav month__nav--next" href=move || month_href(shown.get().next_month())>
                    {move || short(shown.get().next_month())}
                    <span class="visually-hidden">{move || said(shown.get().next_month(), i18n.agenda().next_month)}</span>
                    <span aria-hidden="true">"\u{a0}›"</span>
                </a>
            </div>
            <table class="month__grid">
                <caption class="visually-hidden">{move || i18n.agenda().month_caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
