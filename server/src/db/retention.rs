//! Retention periods, enforced: what the privacy notice promises is what this deletes.
//! Run when the server starts and then every hour ([`crate::run`]).
//!
//! - A history line (who saved, when, the profile as saved) is kept [`HISTORY_DAYS`] days.
//! - A session row is deleted once it has expired (8 hours after sign-in at most).
//! - A deleted account's e-mail leaves its history lines at once (a trigger, migration 5).
//! - A registration to an event (name, e-mail, organisation, accessibility needs) is
//!   deleted [`REGISTRATION_DAYS`] days after the event ends; a letter left undelivered in
//!   the outbox as long after it was written.
//! - An application to a call: a withdrawn one is deleted at once (`db::applications`); a
//!   declined one [`APPLICATION_DAYS`] days after its decision; a draft never submitted
//!   [`DRAFT_DAYS`] days after its call closed.
//! - An invitation to a start-up's space is deleted [`INVITATION_DAYS`] days after it
//!   expired or was used.
//! - A line of the campus team's audit log is kept [`AUDIT_DAYS`] days.
//! - The sign-in limiter lives in memory only: 15 minutes per attempt, 30 days per known
//!   address (`auth::limiter`).

use rusqlite::{params, Connection};

/// How long a profile's history lines are kept.
pub const HISTORY_DAYS: u64 = 365;
/// How long registrations are kept after their event.
pub const REGISTRATION_DAYS: u64 = 30;

/// How long a declined application is kept after its decision.
pub const APPLICATION_DAYS: u64 = 365;
/// How long a spent or expired invitation is kept (its link already works no more).
pub const INVITATION_DAYS: u64 = 30;

/// How long a line of the audit log is kept.
pub const AUDIT_DAYS: u64 = 365;

/// How long a draft nobody submitted is kept after its call closed.
pub const DRAFT_DAYS: u64 = 30;

/// What one purge deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub history_lines: usize,
    pub sessions: usize,
    pub registrations: usize,
    pub letters: usize,
    pub applications: usize,
    pub audit_lines: usize,
}

/// Deletes what has outlived its retention at `now` (Unix seconds).
pub fn purge(conn: &Connection, now: u64) -> rusqlite::Result<Purged> {
    let cutoff = crate::clock::utc_of_unix(now.saturating_sub(HISTORY_DAYS * 24 * 3600));
    let history_lines =
        conn.execute("DELETE FROM startup_history WHERE at < ?1", params![cutoff])?;
    let sessions = conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", params![now])?;
    let registration_cutoff = now.saturating_sub(REGISTRATION_DAYS * 24 * 3600) as i64;
    let registrations = conn.execute(
        "DELETE FROM registrations WHERE event_slug IN \
         (SELECT slug FROM events WHERE ends_at < ?1)",
        params![registration_cutoff],
    )?;
    let letters = conn.execute(
        "DELETE FROM outbox WHERE created_at < ?1",
        params![registration_cutoff],
    )?;
    let days_ago = |days: u64| now.saturating_sub(days * 24 * 3600) as i64;
    let applications = conn.execute(
        "DELETE FROM applications WHERE (state = 'declined' AND decided_at < ?1)
             OR (state = 'draft' AND call_slug IN (SELECT slug FROM calls WHERE closes_at < ?2))",
        params![days_ago(APPLICATION_DAYS), days_ago(DRAFT_DAYS)],
    )?;
    conn.execute(
        "DELETE FROM invitations WHERE expires_at < ?1 OR used_at < ?1",
        params![days_ago(INVITATION_DAYS)],
    )?;
    let audit_lines = conn.execute(
        "DELETE FROM audit_log WHERE at < ?1",
        params![days_ago(AUDIT_DAYS)],
    )?;
    Ok(Purged {
        audit_lines,
        history_lines,
        sessions,
        registrations,
        letters,
        applications,
    })
}
