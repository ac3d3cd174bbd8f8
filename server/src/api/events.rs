//! `/events`: the agenda's faceted search, one event, and their calendars (RFC 5545).

use axum::{
    extract::{Path, RawQuery, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use model::api_paths as paths;
use model::{
    agenda::{AgendaQuery, Event, EventList},
    routes::Page,
    validate_slug, Lang,
};

use super::listing::{list_query, MAX_PER_PAGE};
use crate::{
    app_state::AppState,
    calendar::{calendar, CalendarContext},
    clock, db,
    error::ApiError,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::EVENTS, get(list))
        .route(paths::EVENTS_FEED, get(feed))
        .route(paths::EVENT, get(show))
        .route(paths::EVENT_CALENDAR, get(one_calendar))
}

fn now() -> i64 {
    clock::now_unix() as i64
}

async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<EventList>, ApiError> {
    let list = list_query::<AgendaQuery>(raw.as_deref())?;
    let now = now();
    let index = state.agenda.index(&state.db, now).await?;
    Ok(Json(index.list(
        &list.query,
        now,
        list.locale,
        list.per_page,
    )))
}

fn not_found(slug: &str) -> ApiError {
    if validate_slug(slug).is_err() {
        // Not a slug: not quoted either (it may be anything a client typed).
        ApiError::NotFound("no event has this identifier".into())
    } else {
        ApiError::NotFound(format!("no event `{slug}`"))
    }
}

async fn load(state: &AppState, slug: &str) -> Result<Event, ApiError> {
    if validate_slug(slug).is_err() {
        return Err(not_found(slug));
    }
    let (lookup, now) = (slug.to_owned(), now());
    state
        .db
        .read(move |conn| db::load_event(conn, &lookup, now))
        .await?
        .ok_or_else(|| not_found(slug))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Event>, ApiError> {
    load(&state, &slug).await.map(Json)
}

/// The language a calendar is written in (`?locale=en`), French by default.
fn locale(raw: Option<&str>) -> Result<Lang, ApiError> {
    let (pairs, _) = model::facet_search::decode_query(raw.unwrap_or(""));
    match pairs.iter().find(|(k, _)| k == "locale") {
        None => Ok(Lang::Fr),
        Some((_, v)) => Lang::from_code(v)
            .ok_or_else(|| super::listing::bad("locale", "expected fr or en".into())),
    }
}

fn ics_response(body: String, filename: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("inline; filename=\"{filename}\""))
                    .unwrap_or(HeaderValue::from_static("inline")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

async fn one_calendar(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let lang = locale(raw.as_deref())?;
    let event = load(&state, &slug).await?;
    let links = state.mail.letters.links.clone();
    let page_url = |slug: &str| links.page(&Page::event(slug), lang);
    let body = calendar(
        std::slice::from_ref(&event),
        &CalendarContext {
            lang,
            page_url: &page_url,
            now: now(),
            name: None,
        },
    );
    Ok(ics_response(body, &format!("{slug}.ics")))
}

/// A feed of the events a search finds (the same parameters as `/events`), for calendar
/// applications to subscribe to; every page at once, up to the list's bound.
async fn feed(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let list = list_query::<AgendaQuery>(raw.as_deref())?;
    let now = now();
    let index = state.agenda.index(&state.db, now).await?;
    let mut query = list.query.clone();
    query.page = 1;
    let found = index.list(&query, now, list.locale, MAX_PER_PAGE);
    let slugs: Vec<String> = found.items.into_iter().map(|e| e.slug).collect();
    let events = state
        .db
        .read(move |conn| {
            slugs
                .iter()
                .filter_map(|slug| db::load_event(conn, slug, now).transpose())
                .collect::<rusqlite::Result<Vec<Event>>>()
        })
        .await?;
    let lang = list.locale;
    let links = state.mail.letters.links.clone();
    let page_url = |slug: &str| links.page(&Page::event(slug), lang);
    let name = match lang {
        Lang::Fr => "Agenda de PariSanté Campus",
        Lang::En => "PariSanté Campus events",
    };
    let body = calendar(
        &events,
        &CalendarContext {
            lang,
            page_url: &page_url,
            now,
            name: Some(name.to_owned()),
        },
    );
    Ok(ics_response(body, "agenda.ics"))
}
