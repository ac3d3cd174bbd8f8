//! Registrations to events: seats and waitlist places held for [`HOLD_MINUTES`] until the
//! e-mail's link is opened, confirmation, cancellation and promotion from the waitlist.
//!
//! Never overbook: every change runs in one `BEGIN IMMEDIATE` transaction, so SQLite lets
//! one writer at a time count the seats held and take one. Each transaction first settles
//! the event ([`settle`]): holds past their time are released and the freed seats go to
//! the waitlist, first come first served. The mail each change causes is written to the
//! outbox in the same transaction: a committed change always has its mail, and a change
//! that did not commit has none.

use model::agenda::{Event, Registration, RegistrationRequest, RegistrationState, HOLD_MINUTES};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::events::{load_event, online_url, SEATS_HELD};
use crate::{
    auth::new_token,
    mail::{outbox, Letter, Letters, Recipient},
    paris,
};

/// What a registration request led to.
#[derive(Debug)]
pub enum Registered {
    /// A new seat or waitlist place is held, or a live registration's e-mail was sent
    /// again (the answer is the same: nobody learns whether the e-mail was known).
    Held,
    NotFound,
    /// Registration is closed (past its closing time, or the event cancelled or
    /// postponed).
    Closed,
}

/// One registration row, as the changes read it.
struct Row {
    id: i64,
    event_slug: String,
    state: RegistrationState,
    holds_seat: bool,
    hold_until: Option<i64>,
    recipient: Recipient,
    token: String,
}

fn immediate(conn: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
}

fn state_of(text: String) -> rusqlite::Result<RegistrationState> {
    RegistrationState::from_code(&text).ok_or_else(|| {
        rusqlite::Error::ToSqlConversionFailure(format!("unknown state `{text}`").into())
    })
}

const ROW_COLUMNS: &str = "id, event_slug, state, holds_seat, hold_until, name, email, lang, token";

fn row_of(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        event_slug: r.get(1)?,
        state: state_of(r.get(2)?)?,
        holds_seat: r.get(3)?,
        hold_until: r.get(4)?,
        recipient: Recipient {
            name: r.get(5)?,
            email: r.get(6)?,
            lang: model::Lang::from_code(&r.get::<_, String>(7)?).unwrap_or_default(),
        },
        token: r.get(8)?,
    })
}

fn by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<Row>> {
    conn.query_row(
        &format!("SELECT {ROW_COLUMNS} FROM registrations WHERE token = ?1"),
        [token],
        row_of,
    )
    .optional()
}

fn set_state(
    tx: &Transaction,
    id: i64,
    state: RegistrationState,
    seat: bool,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE registrations SET state = ?2, holds_seat = ?3, hold_until = NULL WHERE id = ?1",
        params![id, state.code(), seat],
    )?;
    Ok(())
}

/// Seats not held at `now`; `None` without a limit.
fn seats_free(tx: &Transaction, slug: &str, now: i64) -> rusqlite::Result<Option<u32>> {
    let (capacity, reserved): (Option<u32>, u32) = tx.query_row(
        "SELECT capacity, reserved_seats FROM events WHERE slug = ?1",
        [slug],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let held: u32 = tx.query_row(SEATS_HELD, params![slug, now], |r| r.get(0))?;
    Ok(capacity.map(|c| c.saturating_sub(reserved).saturating_sub(held)))
}

/// Releases `slug`'s holds past their time, then gives each free seat to the first
/// confirmed person on the waitlist, with their mail. Returns how many were promoted.
pub fn settle(
    tx: &Transaction,
    slug: &str,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<usize> {
    tx.execute(
        "UPDATE registrations SET state = 'expired', hold_until = NULL \
         WHERE event_slug = ?1 AND state = 'pending' AND hold_until <= ?2",
        params![slug, now],
    )?;
    let Some(event) = load_event(tx, slug, now)? else {
        return Ok(0);
    };
    if !event.summary.accepts_registrations() {
        return Ok(0);
    }
    let mut promoted = 0;
    while seats_free(tx, slug, now)?.is_some_and(|free| free > 0) {
        let next = tx
            .query_row(
                &format!(
                    "SELECT {ROW_COLUMNS} FROM registrations WHERE event_slug = ?1 \
                     AND state = 'waitlisted' ORDER BY queued_at, id LIMIT 1"
                ),
                [slug],
                row_of,
            )
            .optional()?;
        let Some(next) = next else { break };
        set_state(tx, next.id, RegistrationState::Confirmed, true)?;
        let link = online_url(tx, slug)?;
        send(tx, letters, Letter::Promoted, &next, &event, link, now)?;
        promoted += 1;
    }
    Ok(promoted)
}

/// Writes `letter` about `event` to the registrant of `row` into the outbox.
fn send(
    tx: &Transaction,
    letters: &Letters,
    letter: Letter,
    row: &Row,
    event: &Event,
    online: Option<String>,
    now: i64,
) -> rusqlite::Result<()> {
    let to = &row.recipient;
    let message = letters
        .compose(letter, to, event, &row.token, online.as_deref())
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    outbox::enqueue(tx, &to.email, &message, now)
}

/// Registers `request` (already checked) to event `slug` at `now`.
pub fn register(
    conn: &mut Connection,
    slug: &str,
    request: &RegistrationRequest,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Registered> {
    let request = request.normalised();
    let tx = immediate(conn)?;
    settle(&tx, slug, now, letters)?;
    let Some(event) = load_event(&tx, slug, now)? else {
        return Ok(Registered::NotFound);
    };
    if !event.summary.accepts_registrations() {
        return Ok(Registered::Closed);
    }
    let email_key = request.email.to_lowercase();
    let live = tx
        .query_row(
            &format!(
                "SELECT {ROW_COLUMNS} FROM registrations WHERE event_slug = ?1 \
                 AND email_key = ?2 AND state IN ('pending', 'confirmed', 'waitlisted')"
            ),
            params![slug, email_key],
            row_of,
        )
        .optional()?;
    if let Some(live) = live {
        // The same person again: their mail again, never a second seat. What was typed
        // this time is not taken: only the link's owner changes a registration.
        let letter = match live.state {
            RegistrationState::Pending => Letter::ConfirmLink,
            RegistrationState::Waitlisted => Letter::Waitlisted,
            _ => Letter::Confirmed,
        };
        let link = (letter == Letter::Confirmed)
            .then(|| online_url(&tx, slug))
            .transpose()?
            .flatten();
        send(&tx, letters, letter, &live, &event, link, now)?;
        tx.commit()?;
        return Ok(Registered::Held);
    }
    let seat = seats_free(&tx, slug, now)?.is_none_or(|free| free > 0);
    let token = new_token();
    tx.execute(
        "INSERT INTO registrations (event_slug, token, email, email_key, name, lang, \
         organisation, access_needs, state, holds_seat, queued_at, hold_until, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', ?9, ?10, ?11, ?10)",
        params![
            slug,
            token,
            request.email,
            email_key,
            request.name,
            request.lang.code(),
            request.organisation,
            request.access_needs,
            seat,
            now,
            now + i64::from(HOLD_MINUTES) * 60,
        ],
    )?;
    let row = Row {
        id: tx.last_insert_rowid(),
        event_slug: slug.to_owned(),
        state: RegistrationState::Pending,
        holds_seat: seat,
        hold_until: None,
        recipient: Recipient {
            name: request.name.clone(),
            email: request.email.clone(),
            lang: request.lang,
        },
        token,
    };
    send(&tx, letters, Letter::ConfirmLink, &row, &event, None, now)?;
    tx.commit()?;
    Ok(Registered::Held)
}

/// Opens the e-mail's link: a pending registration becomes confirmed (its seat) or
/// waitlisted. `None` when the link is unknown.
pub fn confirm(
    conn: &mut Connection,
    token: &str,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Option<Registration>> {
    let tx = immediate(conn)?;
    let Some(row) = by_token(&tx, token)? else {
        return Ok(None);
    };
    if row.state == RegistrationState::Pending && row.hold_until.is_some_and(|t| t > now) {
        settle(&tx, &row.event_slug, now, letters)?;
        let event =
            load_event(&tx, &row.event_slug, now)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        // A waitlist hold takes a seat freed since, unless someone waits ahead (settle
        // has just given them every free seat).
        let seat = row.holds_seat || seats_free(&tx, &row.event_slug, now)?.is_none_or(|f| f > 0);
        let (state, letter) = if seat {
            (RegistrationState::Confirmed, Letter::Confirmed)
        } else {
            (RegistrationState::Waitlisted, Letter::Waitlisted)
        };
        set_state(&tx, row.id, state, seat)?;
        let link = seat
            .then(|| online_url(&tx, &row.event_slug))
            .transpose()?
            .flatten();
        send(&tx, letters, letter, &row, &event, link, now)?;
    } else {
        settle(&tx, &row.event_slug, now, letters)?;
    }
    let view = view_of(&tx, token, now)?;
    tx.commit()?;
    Ok(view)
}

/// Cancels a registration by its link, and gives its seat to the waitlist. `None` when
/// the link is unknown.
pub fn cancel(
    conn: &mut Connection,
    token: &str,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Option<Registration>> {
    let tx = immediate(conn)?;
    let Some(row) = by_token(&tx, token)? else {
        return Ok(None);
    };
    let live = matches!(
        row.state,
        RegistrationState::Pending | RegistrationState::Confirmed | RegistrationState::Waitlisted
    );
    if live {
        set_state(&tx, row.id, RegistrationState::Cancelled, false)?;
        if let Some(event) = load_event(&tx, &row.event_slug, now)? {
            send(
                &tx,
                letters,
                Letter::CancelledByPerson,
                &row,
                &event,
                None,
                now,
            )?;
        }
    }
    settle(&tx, &row.event_slug, now, letters)?;
    let view = view_of(&tx, token, now)?;
    tx.commit()?;
    Ok(view)
}

/// A registration as its link shows it. `None` when the link is unknown.
pub fn view(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Registration>> {
    view_of(conn, token, now)
}

fn view_of(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Registration>> {
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
