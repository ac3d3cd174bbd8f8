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
    include_str!("../../migrations/0007_startup_facts_optional.sql"),
    include_str!("../../migrations/0008_seeded.sql"),
    include_str!("../../migrations/0009_agenda.sql"),
    include_str!("../../migrations/0010_programme_offer_optional.sql"),
    include_str!("../../migrations/0011_real_startups_awaiting_completion.sql"),
    include_str!("../../migrations/0012_seed_versions.sql"),
    include_str!("../../migrations/0013_calls.sql"),
    include_str!("../../migrations/0014_applications.sql"),
    include_str!("../../migrations/0015_staff.sql"),
    include_str!("../../migrations/0016_reviews.sql"),
    include_str!("../../migrations/0017_invitations.sql"),
    include_str!("../../migrations/0018_programme_edits.sql"),
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
    apply_through(conn, MIGRATIONS.len())
}

/// Applies the pending migrations up to number `last` (the tests build older schemas).
fn apply_through(conn: &mut Connection, last: usize) -> Result<(), MigrationError> {
    let current: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if current > MIGRATIONS.len() {
        return Err(MigrationError::NewerThanBinary {
            found: current,
            known: MIGRATIONS.len(),
        });
    }
    // A migration may rebuild a table (SQLite cannot drop a NOT NULL): with foreign keys
    // on, dropping the old table would delete every row that refers to it. So they are off
    // while migrating (the pragma is ignored inside a transaction), and each migration
    // must leave no broken reference before it commits.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let applied = (|| {
        for (index, sql) in MIGRATIONS.iter().enumerate().take(last).skip(current) {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            let broken: i64 =
                tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                    r.get(0)
                })?;
            if broken > 0 {
                return Err(MigrationError::Sqlite(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                    Some(format!(
                        "migration {} leaves {broken} broken references",
                        index + 1
                    )),
                )));
            }
            tx.pragma_update(None, "user_version", index + 1)?;
            tx.commit()?;
            tracing::info!("applied migration {}", index + 1);
        }
        Ok(())
    })();
    conn.pragma_update(None, "foreign_keys", "ON")?;
    applied
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

    /// A database of schema 6: the real start-ups with the facts an earlier seed invented,
    /// one of them since saved by its team, a sample start-up, and rows that refer to them.
    fn schema_6_with_start_ups() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        apply_through(&mut conn, 6).unwrap();
        conn.execute_batch(
            "INSERT INTO startups (slug, name, pitch_fr, pitch_en, description_fr, description_en,
                 stage, founded, team_size, hiring, member_since, updated, sample, version)
             VALUES ('drdata', 'DrData', 'p', 'p', 'd', 'd', 'amorcage', 2018, '1-10', 1,
                     '2022-01-10', '2026-11-16', 0, 1),
                    ('posos', 'Posos', 'p', 'p', 'd', 'd', 'serie-a', 2018, '11-50', 0,
                     '2022-01-10', '2026-11-16', 0, 3),
                    ('cardiolume', 'Cardiolume', 'p', 'p', 'd', 'd', 'serie-a', 2018, '11-50', 1,
                     '2022-01-10', '2026-04-09', 1, 1);
             INSERT INTO startup_values VALUES ('drdata', 'sector', 0, 'donnees-de-sante');
             INSERT INTO startup_logos VALUES ('cardiolume', 'image/png', x'00', 'v1');
             INSERT INTO accounts VALUES (1, 'a@drdata.example', 'h', 'drdata', '2026-01-01');
             INSERT INTO startup_history (startup_slug, account_id, account_email, at, version,
                 changed, profile)
             VALUES ('posos', NULL, 'x@posos.example', '2026-11-01', 2, '[]', '{}');",
        )
        .unwrap();
        conn
    }

    #[test]
    fn the_real_start_ups_lose_the_invented_facts_and_keep_everything_else() {
        let mut conn = schema_6_with_start_ups();
        apply_through(&mut conn, 7).unwrap();
        // The facts of a row as one line, `-` for NULL.
        let facts = |slug: &str| -> String {
            conn.query_row(
                "SELECT ifnull(stage, '-') || ' ' || ifnull(founded, '-') || ' ' ||
                        ifnull(team_size, '-') || ' ' || hiring || ' ' ||
                        ifnull(member_since, '-') || ' ' || ifnull(updated, '-')
                 FROM startups WHERE slug = ?1",
                [slug],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(facts("drdata"), "- - - 0 - -");
        let version: i64 = conn
            .query_row(
                "SELECT version FROM startups WHERE slug = 'drdata'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(version, 2, "a draft of the old version meets a conflict");
        // Saved by its team since: what it saved is its own.
        assert_eq!(facts("posos"), "serie-a 2018 11-50 0 2022-01-10 2026-11-16");
        assert_eq!(
            facts("cardiolume"),
            "serie-a 2018 11-50 1 2022-01-10 2026-04-09"
        );
        // The rebuild deleted nothing that refers to the start-ups.
        for (table, rows) in [
            ("startup_values", 1),
            ("startup_logos", 1),
            ("accounts", 1),
            ("startup_history", 1),
        ] {
            let count: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(count, rows, "{table}");
        }
        let on: bool = conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert!(on, "foreign keys are on again after migrating");
        // And the references still hold: a start-up's rows go with it.
        conn.execute("DELETE FROM startups WHERE slug = 'drdata'", [])
            .unwrap();
        let values: i64 = conn
            .query_row("SELECT count(*) FROM startup_values", [], |r| r.get(0))
            .unwrap();
        assert_eq!(values, 0);
    }

    #[test]
    fn the_real_start_ups_not_yet_saved_keep_only_their_names() {
        let mut conn = schema_6_with_start_ups();
        apply(&mut conn).unwrap();
        let row = |slug: &str| -> (String, i64, i64) {
            conn.query_row(
                "SELECT pitch_en, version,
                        (SELECT count(*) FROM startup_values WHERE startup_slug = slug)
                 FROM startups WHERE slug = ?1",
                [slug],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
        };
        assert_eq!(
            row("drdata"),
            ("To be completed by the start-up.".into(), 3, 0)
        );
        // Saved by its team, or a sample: left as it was.
        assert_eq!(row("posos"), ("p".into(), 3, 0));
        assert_eq!(row("cardiolume"), ("p".into(), 1, 0));
    }

    #[test]
    fn sample_programmes_of_an_earlier_seed_go_and_offers_may_be_absent() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply_through(&mut conn, 9).unwrap();
        let programme = |slug: &str, institution: &str, sample: u8| {
            format!(
                "INSERT INTO programmes VALUES ('{slug}', 't', 't', 's', 's', 'master',
                     '{institution}', 'presentiel', NULL, 12, NULL, NULL, '2026-10-01',
                     {sample}, 100, 'n', 'n', 20, 'o', 'o', 'p', 'p', 'a', 'a', 'c', 'c',
                     'x@campus.example', 'https://campus.example/{slug}');
                 INSERT INTO programme_values VALUES ('{slug}', 'domain', 0, 'sante');"
            )
        };
        conn.execute_batch(&format!(
            "INSERT INTO institutions VALUES ('kept', 'Kept'), ('borrowed', 'Borrowed');
             {}{}
             INSERT INTO seeded (part) VALUES ('sample-programmes');",
            programme("real-one", "kept", 0),
            programme("old-sample", "borrowed", 1),
        ))
        .unwrap();
        apply(&mut conn).unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(
            count("SELECT count(*) FROM programmes WHERE slug = 'real-one'"),
            1
        );
        assert_eq!(count("SELECT count(*) FROM programmes"), 1);
        assert_eq!(count("SELECT count(*) FROM programme_values"), 1);
        assert_eq!(count("SELECT count(*) FROM institutions"), 1);
        assert_eq!(count("SELECT count(*) FROM seeded"), 0, "samples load anew");
        conn.execute(
            "UPDATE programmes SET url = NULL, fees_note_fr = NULL, fees_note_en = NULL",
            [],
        )
        .unwrap();
        let half = conn.execute("UPDATE programmes SET fees_note_fr = 'n'", []);
        assert!(half.is_err(), "a fees note in both languages or none");
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
