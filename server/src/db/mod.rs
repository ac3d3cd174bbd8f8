//! SQLite storage: a small connection pool, schema migrations and the seed loader.

mod accounts;
mod campus;
mod demo_accounts;
mod migrations;
mod programmes;
mod seed;
mod startup_seed;
mod startups;

use std::{
    path::{Path, PathBuf},
    sync::Mutex,
};

use rusqlite::Connection;

pub use seed::SeedError;

/// The campus database. Connections are pooled and used from blocking tasks so that
/// SQLite never blocks the async runtime.
pub struct Db {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    /// The schema cannot be used by this binary (see [`migrations::MigrationError`]).
    Schema(migrations::MigrationError),
    Seed(SeedError),
    /// The blocking task running the query panicked or was cancelled.
    Task(String),
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbError::Sqlite(e) => write!(f, "sqlite: {e}"),
            DbError::Schema(e) => write!(f, "schema: {e}"),
            DbError::Seed(e) => write!(f, "seed data: {e}"),
            DbError::Task(e) => write!(f, "database task: {e}"),
        }
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        DbError::Sqlite(e)
    }
}

const MAX_IDLE: usize = 8;

impl Db {
    /// Opens the database, applies pending migrations and loads the seed data into an
    /// empty database.
    pub fn open(path: &Path) -> Result<Db, DbError> {
        let mut conn = connect(path)?;
        migrations::apply(&mut conn).map_err(DbError::Schema)?;
        seed::load_if_empty(&mut conn).map_err(DbError::Seed)?;
        startup_seed::load_startups_if_empty(&mut conn, crate::clock::this_year())
            .map_err(DbError::Seed)?;
        demo_accounts::load_if_empty(&mut conn).map_err(DbError::Seed)?;
        Ok(Db {
            path: path.to_owned(),
            idle: Mutex::new(vec![conn]),
        })
    }

    /// Benchmarks only: adds generated programmes until the catalogue holds `count`.
    pub fn add_generated_programmes(&self, count: usize) -> Result<(), DbError> {
        self.fill("programmes", count, |tx, missing| {
            for summary in model::catalogue::generate::programmes(missing, 42) {
                programmes::insert_programme(tx, &model::catalogue::generate::programme(summary))?;
            }
            Ok(())
        })
    }

    /// Benchmarks only: adds generated start-ups until the directory holds `count`.
    pub fn add_generated_startups(&self, count: usize) -> Result<(), DbError> {
        self.fill("startups", count, |tx, missing| {
            for card in model::directory::generate::startups(missing) {
                startups::insert_startup(tx, &model::directory::generate::profile(card))?;
            }
            Ok(())
        })
    }

    /// Runs `insert(tx, missing)` in one transaction so that `table` reaches `count` rows.
    fn fill(
        &self,
        table: &str,
        count: usize,
        insert: impl FnOnce(&rusqlite::Transaction, usize) -> rusqlite::Result<()>,
    ) -> Result<(), DbError> {
        let mut conn = self
            .idle
            .lock()
            .expect("pool lock")
            .pop()
            .map_or_else(|| connect(&self.path), Ok)?;
        let existing: usize =
            conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        let tx = conn.transaction()?;
        insert(&tx, count.saturating_sub(existing))?;
        tx.commit()?;
        self.idle.lock().expect("pool lock").push(conn);
        Ok(())
    }

    /// Runs `f` with a pooled connection on the blocking thread pool.
    pub async fn read<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, rusqlite::Error> + Send + 'static,
    {
        self.write(move |conn| f(conn)).await
    }

    /// Runs `f` with a pooled connection it may open transactions on.
    pub async fn write<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, rusqlite::Error> + Send + 'static,
    {
        let mut conn = match self.idle.lock().expect("pool lock").pop() {
            Some(conn) => conn,
            None => connect(&self.path)?,
        };
        let (conn, result) = tokio::task::spawn_blocking(move || {
            let result = f(&mut conn);
            (conn, result)
        })
        .await
        .map_err(|e| DbError::Task(e.to_string()))?;
        let mut idle = self.idle.lock().expect("pool lock");
        if idle.len() < MAX_IDLE {
            idle.push(conn);
        }
        Ok(result?)
    }
}

fn connect(path: &Path) -> Result<Connection, rusqlite::Error> {
    let conn = Connection::open(path)?;
    // WAL: readers never block the writer, and a crash never corrupts committed data.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

pub use accounts::{
    create_account, create_session, delete_session, etag, find_account, history, load_session,
    load_versioned, save_logo, save_profile, set_password, SaveOutcome,
};
pub use campus::{load_campus, load_pole, load_poles};
pub use programmes::{load_programme, load_programme_summaries};
pub use startups::{image_type, load_logo, load_startup, load_startup_summaries};
