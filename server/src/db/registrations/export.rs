//! The registrations of an event for its organisers, as CSV.

use rusqlite::Connection;

use crate::paris;

/// The registrations of event `slug` as CSV (RFC 4180) for its organisers: the only place
/// where accessibility needs are shown. `None` when no event has this slug.
pub fn registrations_csv(conn: &Connection, slug: &str) -> rusqlite::Result<Option<String>> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE slug = ?1)",
        [slug],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let mut stmt = conn.prepare(
        "SELECT name, email, lang, organisation, access_needs, state, holds_seat, created_at \
         FROM registrations WHERE event_slug = ?1 ORDER BY queued_at, id",
    )?;
    let mut csv =
        String::from("name,email,lang,organisation,access_needs,state,seat,registered_at\r\n");
    let mut rows = stmt.query([slug])?;
    while let Some(r) = rows.next()? {
        let fields: [String; 8] = [
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            if r.get::<_, bool>(6)? {
                "seat"
            } else {
                "waitlist"
            }
            .to_owned(),
            paris::time_of(r.get(7)?).to_string(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        csv.push_str(&line.join(","));
        csv.push_str("\r\n");
    }
    Ok(Some(csv))
}

/// One CSV field, quoted when needed; a leading `=`, `+`, `-` or `@` is neutralised so
/// that a spreadsheet never runs a registrant's text as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Confirmed and waitlisted registrations per event.
pub fn registration_counts(
    conn: &Connection,
) -> rusqlite::Result<std::collections::HashMap<String, (u32, u32)>> {
    let mut stmt = conn.prepare(
        "SELECT event_slug,
                SUM(state = 'confirmed'),
                SUM(state = 'waitlisted')
         FROM registrations GROUP BY event_slug",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}
