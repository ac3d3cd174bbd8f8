//! A table's rows read for an in-memory index, with the stamp of the moment they were
//! read: the sum of the rows' versions, which every committed write raises. Both are read
//! in one transaction, so the stamp and the rows describe the same moment, and an index
//! built from an older read can be told apart from a newer one.

use rusqlite::Connection;

/// `load`'s rows and the stamp of `table` (which has a `version` column).
pub fn stamped<T>(
    conn: &Connection,
    table: &str,
    load: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<(T, u64)> {
    conn.execute_batch("BEGIN DEFERRED")?;
    let read = (|| {
        let stamp: i64 = conn.query_row(
            &format!("SELECT COALESCE(SUM(version), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )?;
        Ok((load(conn)?, stamp.max(0) as u64))
    })();
    conn.execute_batch("COMMIT")?;
    read
}
