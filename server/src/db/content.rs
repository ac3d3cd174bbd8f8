//! What a database holds besides the campus facts, and what has been loaded into it once.
//!
//! The campus (its story, figures, poles, institutes, founders and partners) and the four
//! real start-ups of the campus article are facts: every database gets them. The sample
//! programmes and start-ups, and the demo accounts whose passwords the README prints, come
//! only when asked for ([`Content`]). Each part is loaded once (the `seeded` table): a
//! part deleted later, such as the demo accounts, never comes back.

use rusqlite::{Connection, OptionalExtension};

use super::SeedError;

/// What to seed beside the facts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Content {
    /// The sample programmes and sample start-ups (marked `sample: true`).
    pub samples: bool,
    /// The demo accounts of two sample start-ups (local use only; implies `samples`).
    pub demo_accounts: bool,
}

impl Content {
    /// The campus facts only: what a published server starts with.
    pub const FACTS: Content = Content {
        samples: false,
        demo_accounts: false,
    };
    /// Everything, to try the portal locally and for the tests.
    pub const DEMO: Content = Content {
        samples: true,
        demo_accounts: true,
    };

    pub fn samples(self) -> bool {
        self.samples || self.demo_accounts
    }
}

/// The parts of the seed, as recorded in the `seeded` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Campus,
    RealStartups,
    SampleStartups,
    SampleProgrammes,
    /// The inauguration of 14 December 2021 (a fact).
    RealEvents,
    SampleEvents,
    /// The second call for applications of early 2022 (a fact).
    RealCalls,
    SampleCalls,
    /// Applications to the sample call, in each review state.
    SampleApplications,
    DemoAccounts,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Campus => "campus",
            Part::RealStartups => "real-startups",
            Part::SampleStartups => "sample-startups",
            Part::SampleProgrammes => "sample-programmes",
            Part::RealEvents => "real-events",
            Part::SampleEvents => "sample-events",
            Part::RealCalls => "real-calls",
            Part::SampleCalls => "sample-calls",
            Part::SampleApplications => "sample-applications",
            Part::DemoAccounts => "demo-accounts",
        }
    }
}

/// Whether `part` has been loaded into this database (and perhaps deleted since).
pub fn was_loaded(conn: &Connection, part: Part) -> Result<bool, SeedError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM seeded WHERE part = ?1",
            [part.name()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The version of the seed `part` was loaded from: `None` if it never was, `Some(None)` if
/// it was before versions were kept.
pub fn loaded_version(conn: &Connection, part: Part) -> Result<Option<Option<String>>, SeedError> {
    Ok(conn
        .query_row(
            "SELECT version FROM seeded WHERE part = ?1",
            [part.name()],
            |row| row.get(0),
        )
        .optional()?)
}

/// Records, in the transaction that writes it, that `part` now holds `version` of its seed.
pub fn mark_version(
    tx: &rusqlite::Transaction<'_>,
    part: Part,
    version: &str,
) -> Result<(), SeedError> {
    tx.execute(
        "INSERT INTO seeded (part, version) VALUES (?1, ?2)
         ON CONFLICT (part) DO UPDATE SET version = excluded.version,
             at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        [part.name(), version],
    )?;
    Ok(())
}

/// Records, in the transaction that loads it, that `part` is loaded.
pub fn mark_loaded(tx: &rusqlite::Transaction<'_>, part: Part) -> Result<(), SeedError> {
    tx.execute(
        "INSERT OR IGNORE INTO seeded (part) VALUES (?1)",
        [part.name()],
    )?;
    Ok(())
}
