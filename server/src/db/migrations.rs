//! Forward-only schema migrations, tracked with SQLite's `user_version`.

use rusqlite::Connection;

/// Every migration, in order. Never edit a released one: add a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_campus.sql"),
    include_str!("../../migrations/0002_programmes.sql"),
    include_str!("../../migrations/0003_startups.sql"),
    include_str!("../../migrations/0004_accounts.sql"),
];

pub fn apply(conn: &mut Connection) -> Result<(), rusqlite::Error> {
    let current: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
        tracing::info!("applied migration {}", index + 1);
    }
    Ok(())
}

#[cfg(test)]
pub fn latest_version() -> usize {
    MIGRATIONS.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_and_set_the_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        apply(&mut conn).unwrap();
        let version: usize = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version());
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'poles'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 1);
    }
}
