//! Changes to many registrations at once: the periodic release of holds past their time,
//! the day-before reminders, and an event's cancellation by the campus team.

use rusqlite::{params, Connection};

use super::{immediate, load_event, online_url, row_of, send, settle, Row, ROW_COLUMNS};
use crate::mail::{Letter, Letters};

/// Settles every event with a hold past its time (the periodic task): the freed seats go
/// to the waitlist. Returns how many people were promoted.
pub fn settle_expired(
    conn: &mut Connection,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<usize> {
    let slugs: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT DISTINCT event_slug FROM registrations WHERE state = 'pending' AND hold_until <= ?1",
        )?;
        let rows = stmt.query_map([now], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut promoted = 0;
    for slug in slugs {
        let tx = immediate(conn)?;
        promoted += settle(&tx, &slug, now, letters)?;
        tx.commit()?;
    }
    Ok(promoted)
}

/// Sends the day-before reminder to every confirmed registrant of a scheduled event
/// starting within 24 hours, once, unless they registered within those 24 hours (their
/// confirmation has just told them). Returns how many were sent.
pub fn send_reminders(
    conn: &mut Connection,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<usize> {
    let tx = immediate(conn)?;
    let due: Vec<(Row, String)> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT {}, r.event_slug FROM registrations r JOIN events e ON e.slug = r.event_slug \
             WHERE r.state = 'confirmed' AND r.reminded = 0 AND e.status = 'scheduled' \
             AND e.starts_at > ?1 AND e.starts_at <= ?1 + 86400 \
             AND r.created_at <= e.starts_at - 86400",
            ROW_COLUMNS
                .split(", ")
                .map(|c| format!("r.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let rows = stmt.query_map([now], |r| Ok((row_of(r)?, r.get(9)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (row, slug) in &due {
        if let Some(event) = load_event(&tx, slug, now)? {
            let link = online_url(&tx, slug)?;
            send(&tx, letters, Letter::Reminder, row, &event, link, now)?;
        }
        tx.execute(
            "UPDATE registrations SET reminded = 1 WHERE id = ?1",
            [row.id],
        )?;
    }
    tx.commit()?;
    Ok(due.len())
}

/// Cancels event `slug` (the campus team's command): its status and `SEQUENCE` change, so
/// calendars remove it, and every live registrant is told. Returns how many were told,
/// `None` when no event has this slug.
pub fn cancel_event(
    conn: &mut Connection,
    slug: &str,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Option<usize>> {
    let tx = immediate(conn)?;
    let changed = tx.execute(
        "UPDATE events SET status = 'cancelled', sequence = sequence + 1, updated_at = ?2 \
         WHERE slug = ?1",
        params![slug, now],
    )?;
    if changed == 0 {
        return Ok(None);
    }
    let event = load_event(&tx, slug, now)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let live: Vec<Row> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM registrations WHERE event_slug = ?1 \
             AND state IN ('pending', 'confirmed', 'waitlisted') ORDER BY id"
        ))?;
        let rows = stmt.query_map([slug], row_of)?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for row in &live {
        send(&tx, letters, Letter::EventCancelled, row, &event, None, now)?;
    }
    tx.commit()?;
    Ok(Some(live.len()))
}
