//! The outbox: mail written in the transaction of the change it reports, delivered by the
//! mail room ([`deliver_due`]), deleted once delivered, and retried with a growing delay
//! when delivery fails, so that nothing is dropped silently.

use rusqlite::{params, Connection, Transaction};

/// The longest wait between two attempts.
const MAX_BACKOFF: i64 = 3600;
/// How many due letters one round delivers at most.
const ROUND: usize = 50;

pub fn enqueue(
    tx: &Transaction,
    recipient: &str,
    message: &[u8],
    now: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO outbox (message, recipient, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?3)",
        params![message, recipient, now],
    )?;
    Ok(())
}

/// A letter due for delivery.
pub struct Due {
    pub id: i64,
    pub recipient: String,
    pub message: Vec<u8>,
    pub attempts: u32,
}

/// Letters whose next attempt is due at `now`, oldest first.
pub fn due(conn: &Connection, now: i64) -> rusqlite::Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, recipient, message, attempts FROM outbox WHERE next_attempt_at <= ?1 \
         ORDER BY id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![now, ROUND as i64], |r| {
        Ok(Due {
            id: r.get(0)?,
            recipient: r.get(1)?,
            message: r.get(2)?,
            attempts: r.get(3)?,
        })
    })?;
    rows.collect()
}

pub fn delivered(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM outbox WHERE id = ?1", [id])?;
    Ok(())
}

/// Records a failed attempt: the next one waits 30 s, then twice as long each time, up to
/// an hour.
pub fn failed(conn: &Connection, id: i64, attempts: u32, now: i64) -> rusqlite::Result<()> {
    let wait = (30i64 << attempts.min(10)).min(MAX_BACKOFF);
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2 WHERE id = ?1",
        params![id, now + wait],
    )?;
    Ok(())
}

/// How many letters wait, for the health check and the tests.
pub fn waiting(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
}
