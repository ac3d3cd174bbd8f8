//! A registration as its registrant sees it.

use model::agenda::{Registration, RegistrationState};
use rusqlite::Connection;

use super::{by_token, load_event, online_url};
use crate::paris;

/// A registration as its link shows it at `now`. `None` when the link is unknown.
pub fn view(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Registration>> {
    let Some(row) = by_token(conn, token)? else {
        return Ok(None);
    };
    let Some(event) = load_event(conn, &row.event_slug, now)? else {
        return Ok(None);
    };
    // A hold past its time reads as expired before the next change records it.
    let state = match row.state {
        RegistrationState::Pending if row.hold_until.is_none_or(|t| t <= now) => {
            RegistrationState::Expired
        }
        state => state,
    };
    let waitlist_position = match state {
        RegistrationState::Waitlisted => Some(conn.query_row(
            "SELECT count(*) FROM registrations r, registrations me WHERE me.id = ?1 \
             AND r.event_slug = me.event_slug AND r.state = 'waitlisted' \
             AND (r.queued_at < me.queued_at OR (r.queued_at = me.queued_at AND r.id <= me.id))",
            [row.id],
            |r| r.get(0),
        )?),
        _ => None,
    };
    let online = match state {
        RegistrationState::Confirmed => online_url(conn, &row.event_slug)?,
        _ => None,
    };
    Ok(Some(Registration {
        state,
        event: event.summary,
        name: row.recipient.name,
        lang: row.recipient.lang,
        waitlist_position,
        hold_until: match state {
            RegistrationState::Pending => row.hold_until.map(paris::time_of),
            _ => None,
        },
        online_url: online,
    }))
}
