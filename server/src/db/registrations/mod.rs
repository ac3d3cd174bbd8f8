//! Registrations to events: seats and waitlist places held for [`HOLD_MINUTES`] until the
//! e-mail's link is opened, confirmation, cancellation and promotion from the waitlist.
//!
//! Never overbook: every change runs in one `BEGIN IMMEDIATE` transaction, so SQLite lets
//! one writer at a time count the seats held and take one. Each transaction first settles
//! the event ([`settle`]): holds past their time are released and the freed seats go to
//! the waitlist, first come first served. The mail each change causes is written to the
//! outbox in the same transaction: a committed change always has its mail, and a change
//! that did not commit has none.

mod event_wide;
mod export;
mod rows;
mod view;

use model::agenda::{Event, Registration, RegistrationRequest, RegistrationState, HOLD_MINUTES};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

pub use event_wide::{cancel_event, send_reminders, settle_expired};
pub use export::{registration_counts, registrations_csv};
use rows::{by_token, row_of, set_state, Row, ROW_COLUMNS};
pub use view::view;

use super::events::{load_event, online_url, SEATS_HELD};
use crate::{
    auth::new_token,
    mail::{outbox, Letter, Letters, Recipient},
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

fn immediate(conn: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
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
    let view = view(&tx, token, now)?;
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
    let view = view(&tx, token, now)?;
    tx.commit()?;
    Ok(view)
}
