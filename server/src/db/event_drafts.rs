//! An event read back as the campus team wrote it (the form's draft), with its version:
//! the `sequence` every change raises, which an edit names in `If-Match`.

use model::agenda::{EventDraft, EventStatus, ParisTime, WallClock};
use rusqlite::{Connection, OptionalExtension};

use super::{columns::coded, events::load_event};
use crate::paris;

fn wall(t: ParisTime) -> WallClock {
    WallClock {
        date: t.date,
        hour: t.hour,
        minute: t.minute,
    }
}

/// The stored status (never "full", which the seats give), the seats kept aside, the
/// online link and when registration closes: what the public event does not say.
type Private = (String, u32, Option<String>, Option<i64>);

/// The draft of event `slug` and its version; `None` when there is none.
pub fn load_draft(conn: &Connection, slug: &str) -> rusqlite::Result<Option<(EventDraft, u32)>> {
    let private: Option<Private> = conn
        .query_row(
            "SELECT status, reserved_seats, online_url, registration_closes_at \
             FROM events WHERE slug = ?1",
            [slug],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((status, reserved_seats, online_url, closes)) = private else {
        return Ok(None);
    };
    // The seats held do not matter here: any moment will do.
    let Some(event) = load_event(conn, slug, 0)? else {
        return Ok(None);
    };
    let s = event.summary;
    let draft = EventDraft {
        slug: s.slug,
        title: s.title,
        summary: s.summary,
        description: event.description,
        kind: s.kind,
        audiences: s.audiences,
        poles: s.poles,
        format: s.format,
        languages: s.languages,
        free: s.free,
        access: s.access,
        start: wall(s.start),
        end: wall(s.end),
        all_day: s.all_day,
        status: coded(status, EventStatus::from_code)?,
        status_note: event.status_note,
        registration_closes: closes.map(|c| wall(paris::time_of(c))),
        capacity: s.capacity,
        reserved_seats,
        organiser: event.organiser,
        place: event.place,
        online_url,
        replay_url: event.replay_url,
        sample: s.sample,
    };
    Ok(Some((draft, event.sequence)))
}

/// The version of event `slug`; `None` when there is none.
pub fn version(conn: &Connection, slug: &str) -> rusqlite::Result<Option<u32>> {
    conn.query_row("SELECT sequence FROM events WHERE slug = ?1", [slug], |r| {
        r.get(0)
    })
    .optional()
}
