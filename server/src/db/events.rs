//! The agenda in SQLite: storing events as the campus team writes them, and reading them
//! back as the API states them (Paris times, seats left, status, registration window).

use std::collections::HashMap;

use model::{
    agenda::{
        Access, Audience, Event, EventDraft, EventFormat, EventLanguage, EventStatus, EventSummary,
        EventType, Place, RegistrationWindow, WallClock,
    },
    Localised,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::side_values::SideValues;

use crate::paris;

use super::columns::{coded, conversion, localised};

fn unix(clock: WallClock) -> rusqlite::Result<i64> {
    paris::unix_of(clock.date, clock.hour, clock.minute).map_err(conversion)
}

/// Seats held through the portal: confirmed, and pending holds not yet expired.
pub(super) const SEATS_HELD: &str = "SELECT count(*) FROM registrations \
     WHERE event_slug = ?1 AND holds_seat = 1 \
     AND (state = 'confirmed' OR (state = 'pending' AND hold_until > ?2))";

/// Creates or replaces an event (its registrations stay); a change of an existing event
/// raises its `sequence`, so calendars replace their copy. Returns whether it was new.
pub fn upsert_event(tx: &Transaction, e: &EventDraft, now: i64) -> rusqlite::Result<bool> {
    let previous: Option<i64> = tx
        .query_row(
            "SELECT sequence FROM events WHERE slug = ?1",
            [&e.slug],
            |r| r.get(0),
        )
        .optional()?;
    let place = e.place.as_ref();
    let note = e.status_note.as_ref();
    let closes = e.registration_closes.map(unix).transpose()?;
    tx.execute(
        "INSERT INTO events (slug, title_fr, title_en, summary_fr, summary_en, description_fr, \
         description_en, type, format, free, starts_at, ends_at, status, status_note_fr, \
         status_note_en, registration_closes_at, capacity, reserved_seats, all_day, organiser, \
         place_name_fr, place_name_en, place_address, place_access_fr, place_access_en, \
         online_url, replay_url, sequence, sample, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, \
         ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, \
         ?25, ?26, ?27, ?28, ?29, ?30) \
         ON CONFLICT (slug) DO UPDATE SET title_fr = ?2, title_en = ?3, summary_fr = ?4, \
         summary_en = ?5, description_fr = ?6, description_en = ?7, type = ?8, format = ?9, \
         free = ?10, starts_at = ?11, ends_at = ?12, status = ?13, status_note_fr = ?14, \
         status_note_en = ?15, registration_closes_at = ?16, capacity = ?17, \
         reserved_seats = ?18, all_day = ?19, organiser = ?20, place_name_fr = ?21, \
         place_name_en = ?22, place_address = ?23, place_access_fr = ?24, place_access_en = ?25, \
         online_url = ?26, replay_url = ?27, sequence = ?28, sample = ?29, updated_at = ?30",
        params![
            e.slug,
            e.title.fr,
            e.title.en,
            e.summary.fr,
            e.summary.en,
            e.description.fr,
            e.description.en,
            e.kind.code(),
            e.format.code(),
            e.free,
            unix(e.start)?,
            unix(e.end)?,
            e.status.code(),
            note.map(|n| &n.fr),
            note.map(|n| &n.en),
            closes,
            e.capacity,
            e.reserved_seats,
            e.all_day,
            e.organiser,
            place.map(|p| &p.name.fr),
            place.map(|p| &p.name.en),
            place.map(|p| &p.address),
            place.map(|p| &p.access_info.fr),
            place.map(|p| &p.access_info.en),
            e.online_url,
            e.replay_url,
            previous.map_or(0, |s| s + 1),
            e.sample,
            now,
        ],
    )?;
    tx.execute("DELETE FROM event_values WHERE event_slug = ?1", [&e.slug])?;
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO event_values (event_slug, field, value, position) \
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let lists: [(&str, Vec<&str>); 4] = [
        ("audience", e.audiences.iter().map(|a| a.code()).collect()),
        ("pole", e.poles.iter().map(String::as_str).collect()),
        ("lang", e.languages.iter().map(|l| l.code()).collect()),
        ("access", e.access.iter().map(|a| a.code()).collect()),
    ];
    for (field, values) in lists {
        for (position, value) in values.into_iter().enumerate() {
            insert.execute(params![e.slug, field, value, position as i64])?;
        }
    }
    Ok(previous.is_none())
}

const SUMMARY_COLUMNS: &str = "e.slug, e.title_fr, e.title_en, e.summary_fr, e.summary_en, \
     e.type, e.format, e.free, e.starts_at, e.ends_at, e.all_day, e.status, \
     e.registration_closes_at, e.capacity, e.reserved_seats, e.sample";
const SUMMARY_LEN: usize = 16;

/// A card from its row at `now`, with the seats held; lists are left empty.
fn summary_from_row(row: &Row, held: u32, now: i64) -> rusqlite::Result<EventSummary> {
    let stored = coded(row.get(11)?, EventStatus::from_code)?;
    let capacity: Option<u32> = row.get(13)?;
    let reserved: u32 = row.get(14)?;
    let seats_left = capacity.map(|c| c.saturating_sub(reserved).saturating_sub(held));
    let status = match stored {
        EventStatus::Scheduled if seats_left == Some(0) => EventStatus::Full,
        other => other,
    };
    let closes: Option<i64> = row.get(12)?;
    let starts_at: i64 = row.get(8)?;
    let ends_at: i64 = row.get(9)?;
    let open = closes.is_some_and(|c| now < c && now < ends_at)
        && matches!(status, EventStatus::Scheduled | EventStatus::Full);
    Ok(EventSummary {
        slug: row.get(0)?,
        title: localised(row, 1)?,
        summary: localised(row, 3)?,
        kind: coded(row.get(5)?, EventType::from_code)?,
        audiences: Vec::new(),
        poles: Vec::new(),
        format: coded(row.get(6)?, EventFormat::from_code)?,
        languages: Vec::new(),
        free: row.get(7)?,
        access: Vec::new(),
        start: paris::time_of(starts_at),
        end: paris::time_of(ends_at),
        all_day: row.get(10)?,
        status,
        registration: RegistrationWindow {
            open,
            closes: closes.map(paris::time_of),
        },
        capacity,
        seats_left,
        sample: row.get(15)?,
    })
}

/// The multi-valued fields, in `event_values`.
const VALUES: SideValues<EventSummary> = SideValues {
    table: "event_values",
    slug_column: "event_slug",
    attach: attach_value,
};

fn attach_value(e: &mut EventSummary, field: &str, value: String) -> rusqlite::Result<()> {
    match field {
        "audience" => e.audiences.push(coded(value, Audience::from_code)?),
        "pole" => e.poles.push(value),
        "lang" => e.languages.push(coded(value, EventLanguage::from_code)?),
        "access" => e.access.push(coded(value, Access::from_code)?),
        other => return Err(conversion(format!("unknown field `{other}`"))),
    }
    Ok(())
}

/// Seats held through the portal per event, at `now`.
fn seats_held(conn: &Connection, now: i64) -> rusqlite::Result<HashMap<String, u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT event_slug, count(*) FROM registrations WHERE holds_seat = 1 \
         AND (state = 'confirmed' OR (state = 'pending' AND hold_until > ?1)) GROUP BY event_slug",
    )?;
    let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Every event's card at `now`, for the in-memory search index.
pub fn load_event_summaries(conn: &Connection, now: i64) -> rusqlite::Result<Vec<EventSummary>> {
    let held = seats_held(conn, now)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM events e ORDER BY e.starts_at, e.slug"
    ))?;
    let mut events: Vec<EventSummary> = stmt
        .query_map([], |row| {
            let slug: String = row.get(0)?;
            summary_from_row(row, held.get(&slug).copied().unwrap_or(0), now)
        })?
        .collect::<rusqlite::Result<_>>()?;
    VALUES.attach_all(conn, &mut events, |e| &e.slug)?;
    Ok(events)
}

/// The next moment after `now` at which a card changes by itself: a start, an end, a
/// closing registration or an expiring hold. The index is rebuilt then.
pub fn next_change(conn: &Connection, now: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT min(t) FROM (
             SELECT starts_at AS t FROM events WHERE starts_at > ?1
             UNION ALL SELECT ends_at FROM events WHERE ends_at > ?1
             UNION ALL SELECT registration_closes_at FROM events WHERE registration_closes_at > ?1
             UNION ALL SELECT hold_until FROM registrations WHERE state = 'pending' AND hold_until > ?1)",
        [now],
        |r| r.get(0),
    )
}

/// One event's page at `now`; `None` when no event has this slug.
pub fn load_event(conn: &Connection, slug: &str, now: i64) -> rusqlite::Result<Option<Event>> {
    let held: u32 = conn.query_row(SEATS_HELD, params![slug, now], |r| r.get(0))?;
    let found = conn
        .query_row(
            &format!(
                "SELECT {SUMMARY_COLUMNS}, e.description_fr, e.description_en, e.organiser, \
                 e.place_name_fr, e.place_name_en, e.place_address, e.place_access_fr, \
                 e.place_access_en, e.replay_url, e.status_note_fr, e.status_note_en, e.sequence \
                 FROM events e WHERE e.slug = ?1"
            ),
            [slug],
            |row| {
                let n = SUMMARY_LEN;
                let place_fr: Option<String> = row.get(n + 3)?;
                let place = match place_fr {
                    Some(fr) => Some(Place {
                        name: Localised::new(fr, row.get::<_, String>(n + 4)?),
                        address: row.get(n + 5)?,
                        access_info: Localised::new(
                            row.get::<_, Option<String>>(n + 6)?.unwrap_or_default(),
                            row.get::<_, Option<String>>(n + 7)?.unwrap_or_default(),
                        ),
                    }),
                    None => None,
                };
                let note_fr: Option<String> = row.get(n + 9)?;
                Ok(Event {
                    summary: summary_from_row(row, held, now)?,
                    description: localised(row, n)?,
                    organiser: row.get(n + 2)?,
                    place,
                    replay_url: row.get(n + 8)?,
                    status_note: match note_fr {
                        Some(fr) => Some(Localised::new(fr, row.get::<_, String>(n + 10)?)),
                        None => None,
                    },
                    sequence: row.get(n + 11)?,
                })
            },
        )
        .optional()?;
    let Some(mut event) = found else {
        return Ok(None);
    };
    VALUES.attach_one(conn, &mut event.summary, slug)?;
    Ok(Some(event))
}

/// The online link of an event, for its confirmed registrants.
pub fn online_url(conn: &Connection, slug: &str) -> rusqlite::Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT online_url FROM events WHERE slug = ?1",
            [slug],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}
