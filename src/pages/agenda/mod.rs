//! The agenda: its faceted search (`/agenda`, declared by `model::agenda::AgendaQuery`), an
//! event's page with its registration form, and the page a registration's e-mail links to.

mod event;
mod month;
mod registration;
mod registration_form;

pub use event::EventPage;
use month::MonthView;
pub use registration::RegistrationPage;

use std::sync::Arc;

use leptos::prelude::*;
use model::{
    agenda::{AgendaQuery, EventSummary},
    Lang,
};

use crate::{
    api,
    components::{
        use_url_query, EventCard, FacetedSearch, FacetedSearchPage, ResultPage, SearchTexts,
        UrlQuery,
    },
    data::{Data, Query},
    i18n::{agenda_texts, use_i18n, AgendaTexts},
    routes::Page,
    state::today::today,
};

#[derive(Clone, Copy)]
struct Agenda;

impl FacetedSearch for Agenda {
    type Query = AgendaQuery;
    type Item = EventSummary;
    const PAGE: Page = Page::Agenda;
    const SEARCH_BOX_ID: &'static str = "agenda-q";
    const SORT_MENU_ID: &'static str = "agenda-sort";
    const LIST_CLASS: &'static str = "event-list";

    fn texts(lang: Lang) -> SearchTexts {
        let t = agenda_texts(lang);
        SearchTexts {
            title: t.title,
            intro: t.intro,
            sample_notice: t.sample_notice,
            search_label: t.search_label,
            search_hint: t.search_hint,
            no_results: t.no_results,
            empty: t.empty,
            results_count: t.results_count,
            range: None,
        }
    }

    fn search(data: &Data, query: &AgendaQuery, lang: Lang) -> Query<ResultPage<Self>> {
        data.query(api::agenda::search_events(
            query,
            lang,
            AgendaQuery::PER_PAGE,
        ))
    }

    fn card(event: EventSummary) -> AnyView {
        view! { <EventCard event/> }.into_any()
    }

    /// A list by day: each day's heading before its first event.
    fn group(event: &EventSummary, lang: Lang) -> Option<String> {
        Some(agenda_texts(lang).day(event.start.date))
    }

    /// The month of the search's first date (or this month), its days linking to theirs.
    fn overview(
        list: Signal<Arc<ResultPage<Self>>>,
        state: UrlQuery<AgendaQuery>,
    ) -> Option<AnyView> {
        let days = Signal::derive(move || list.with(|l| l.facets.day.clone()));
        Some(view! { <MonthView days state/> }.into_any())
    }
}

/// Links to the usual periods (the coming events, this week, this month, the archive),
/// each a search of its own, and the calendar feed of the current search.
#[component]
fn Periods() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_url_query::<AgendaQuery>(Page::Agenda);
    let period_query = move |from_days: Option<i64>, to_days: Option<i64>, past: bool| {
        let today = today();
        AgendaQuery {
            from: from_days.map(|d| today.plus_days(d)),
            to: to_days.map(|d| today.plus_days(d)),
            past,
            ..AgendaQuery::default()
        }
    };
    // A period's link; the one whose dates are the current search's is marked current.
    let period = move |label: fn(&AgendaTexts) -> &'static str,
                       days: fn(model::Date) -> (Option<i64>, Option<i64>),
                       past: bool| {
        let query = move || {
            let (from, to) = days(today());
            period_query(from, to, past)
        };
        let current = move || {
            let q = query();
            state
                .query
                .with(|now| now.from == q.from && now.to == q.to && now.past == q.past)
                .then_some("true")
        };
        view! {
            <li><a href=move || state.href.run(query()) aria-current=current>{move || label(i18n.agenda())}</a></li>
        }
    };
    // From today to Sunday; from today to the end of the month.
    fn week(today: model::Date) -> (Option<i64>, Option<i64>) {
        (Some(0), Some(6 - i64::from(today.weekday())))
    }
    fn month(today: model::Date) -> (Option<i64>, Option<i64>) {
        (Some(0), Some(today.days_until(today.month_end())))
    }
    fn any(_: model::Date) -> (Option<i64>, Option<i64>) {
        (None, None)
    }
    let feed = LocalResource::new(move || {
        let query = state.query.get();
        let lang = i18n.lang();
        async move { api::agenda::feed_url(&query, lang).await.ok() }
    });
    let webcal = move || {
        feed.get().flatten().map(|url| {
            url.replacen("https://", "webcal://", 1)
                .replacen("http://", "webcal://", 1)
        })
    };
    view! {
        <nav class="agenda-periods" aria-label=move || i18n.agenda().shortcuts_label>
            <ul class="agenda-periods__list" role="list">
                {period(|t| t.coming, any, false)}
                {period(|t| t.this_week, week, false)}
                {period(|t| t.this_month, month, false)}
                {period(|t| t.archive, any, true)}
            </ul>
        </nav>
        // Drawn from the first paint, hidden until the feed's address is known (the API's
        // base comes from the runtime config), so that its arrival moves nothing.
        <p class="agenda-feed" class:is-pending=move || webcal().is_none()>
            <a href=webcal>{move || i18n.agenda().subscribe}</a>
            " "
            <span class="agenda-feed__hint">{move || i18n.agenda().subscribe_hint}</span>
        </p>
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        <FacetedSearchPage search=Agenda intro=Box::new(|| view! { <Periods/> }.into_any())/>
    }
}
