//! Forward-only schema migrations, tracked with SQLite's `user_version`.

use rusqlite::Connection;

/// Every migration, in order. Never edit a released one: add a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_campus.sql"),
    include_str!("../../migrations/0002_programmes.sql"),
    include_str!("../../migrations/0003_startups.sql"),
    include_str!("../../migrations/0004_accounts.sql"),
    include_str!("../../migrations/0005_retention.sql"),
    include_str!("../../migrations/0006_fact_sources.sql"),
];

/// Why the schema cannot be brought up to date.
#[derive(Debug)]
pub enum MigrationError {
    Sqlite(rusqlite::Error),
    /// The database was written by a newer portal-server: this binary does not know its
    /// schema and must not touch it.
    NewerThanBinary {
        found: usize,
        known: usize,
    },
}

impl std::fmt::Display for MigrationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MigrationError::Sqlite(e) => write!(f, "{e}"),
            MigrationError::NewerThanBinary { found, known } => write!(
                f,
                "the database has schema version {found}, but this portal-server only knows \
                 versions up to {known}: it was written by a newer release. Run that release \
                 (or restore a backup made for this one); the database was left untouched"
            ),
        }
    }
}

impl From<rusqlite::Error> for MigrationError {
    fn from(e: rusqlite::Error) -> Self {
        MigrationError::Sqlite(e)
    }
}

pub fn apply(conn: &mut Connection) -> Result<(), MigrationError> {
    let current: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if current > MIGRATIONS.len() {
        return Err(MigrationError::NewerThanBinary {
            found: current,
            known: MIGRATIONS.len(),
        });
    }
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

    #[test]
    fn a_database_newer_than_the_binary_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        let newer = latest_version() + 1;
        conn.pragma_update(None, "user_version", newer).unwrap();
        let error = apply(&mut conn).unwrap_err();
        assert!(matches!(
            error,
            MigrationError::NewerThanBinary { found, known } if found == newer && known == latest_version()
        ));
        assert!(error.to_string().contains("newer release"), "{error}");
        let version: usize = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, newer, "left untouched");
    }
}
