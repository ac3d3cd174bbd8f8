//! Retention periods, enforced: what the privacy notice promises is what this deletes.
//! Run when the server starts and then every hour ([`crate::run`]).
//!
//! - A history line (who saved, when, the profile as saved) is kept [`HISTORY_DAYS`] days.
//! - A session row is deleted once it has expired (8 hours after sign-in at most).
//! - A deleted account's e-mail leaves its history lines at once (a trigger, migration 5).
//! - The sign-in limiter lives in memory only: 15 minutes per attempt, 30 days per known
//!   address (`auth::limiter`).

use rusqlite::{params, Connection};

/// How long a profile's history lines are kept.
pub const HISTORY_DAYS: u64 = 365;

/// What one purge deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub history_lines: usize,
    pub sessions: usize,
}

/// Deletes what has outlived its retention at `now` (Unix seconds).
pub fn purge(conn: &Connection, now: u64) -> rusqlite::Result<Purged> {
    let cutoff = crate::clock::utc_of_unix(now.saturating_sub(HISTORY_DAYS * 24 * 3600));
    let history_lines =
        conn.execute("DELETE FROM startup_history WHERE at < ?1", params![cutoff])?;
    let sessions = conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", params![now])?;
    Ok(Purged {
        history_lines,
        sessions,
    })
}
