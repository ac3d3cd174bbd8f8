//! SQLite storage: a bounded connection pool, schema migrations and the seed loader.

mod accounts;
mod application_review;
mod application_seed;
mod applications;
mod call_seed;
mod calls;
mod campus;
mod campus_reference;
mod campus_seed;
mod columns;
mod content;
pub mod decisions;
mod demo_accounts;
pub mod event_drafts;
mod event_seed;
mod events;
pub mod invitations;
mod logos;
mod migrations;
pub mod programme_edits;
mod programmes;
mod registrations;
pub mod retention;
pub mod reviews;
mod seed;
mod side_values;
mod snapshot;
mod startup_seed;
mod startups;
pub mod team;

use std::{
    path::{Path, PathBuf},
    sync::Mutex,
};

use rusqlite::Connection;

pub use content::Content;
pub use demo_accounts::DEMO_ACCOUNTS;
pub use seed::SeedError;

/// The campus database. Connections are pooled and used from blocking tasks so that
/// SQLite never blocks the async runtime. At most [`PoolBounds::connections`] are open or
/// in use at once: a burst waits for a permit, up to [`PoolBounds::wait`], then gets
/// [`DbError::Busy`] (503 with `Retry-After`) instead of opening one connection per blocking
/// thread (up to 512).
pub struct Db {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    permits: tokio::sync::Semaphore,
    bounds: PoolBounds,
}

/// How many connections, and how long a request waits for one.
#[derive(Clone, Copy, Debug)]
pub struct PoolBounds {
    pub connections: usize,
    pub wait: std::time::Duration,
}

impl Default for PoolBounds {
    fn default() -> Self {
        PoolBounds {
            // Readers run in parallel under WAL; more than a few per core only queues in
            // SQLite instead of here.
            connections: 16,
            wait: std::time::Duration::from_secs(2),
        }
    }
}

#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    /// The schema cannot be used by this binary (see [`migrations::MigrationError`]).
    Schema(migrations::MigrationError),
    Seed(SeedError),
    /// The blocking task running the query panicked or was cancelled.
    Task(String),
    /// Every connection stayed in use for the whole wait.
    Busy,
    /// The database file's permissions could not be set.
    Permissions(String),
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbError::Sqlite(e) => write!(f, "sqlite: {e}"),
            DbError::Schema(e) => write!(f, "schema: {e}"),
            DbError::Seed(e) => write!(f, "seed data: {e}"),
            DbError::Task(e) => write!(f, "database task: {e}"),
            DbError::Busy => write!(f, "every database connection is in use"),
            DbError::Permissions(e) => write!(f, "making the database owner-only: {e}"),
        }
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        DbError::Sqlite(e)
    }
}

impl Db {
    /// Opens the database, applies pending migrations and loads, once each, the campus
    /// facts and what `content` asks for ([`Content`]).
    pub fn open(path: &Path, content: Content) -> Result<Db, DbError> {
        Db::open_bounded(path, PoolBounds::default(), content)
    }

    /// [`Db::open`] with another pool size or wait.
    pub fn open_bounded(path: &Path, bounds: PoolBounds, content: Content) -> Result<Db, DbError> {
        owner_only(path).map_err(|e| DbError::Permissions(format!("{}: {e}", path.display())))?;
        let mut conn = connect(path)?;
        migrations::apply(&mut conn).map_err(DbError::Schema)?;
        seed::load_once(&mut conn, content.samples()).map_err(DbError::Seed)?;
        startup_seed::load_startups_once(&mut conn, crate::clock::this_year(), content.samples())
            .map_err(DbError::Seed)?;
        event_seed::load_events_once(&mut conn, crate::paris::today(), content.samples())
            .map_err(DbError::Seed)?;
        call_seed::load_calls_once(&mut conn, crate::paris::today(), content.samples())
            .map_err(DbError::Seed)?;
        if content.samples() {
            application_seed::load_once(&mut conn, crate::paris::today()).map_err(DbError::Seed)?;
        }
        if content.demo_accounts {
            demo_accounts::load_once(&mut conn).map_err(DbError::Seed)?;
        }
        Ok(Db {
            path: path.to_owned(),
            idle: Mutex::new(vec![conn]),
            permits: tokio::sync::Semaphore::new(bounds.connections.max(1)),
            bounds,
        })
    }

    /// The folder the database is in (the mail outbox's `.eml` files go beside it).
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The demo accounts (README passwords) this database holds.
    pub async fn demo_accounts_present(&self) -> Result<Vec<&'static str>, DbError> {
        self.read(demo_accounts::present).await
    }

    /// Deletes what has outlived its retention period ([`retention`]).
    pub async fn purge_expired(&self, now: u64) -> Result<retention::Purged, DbError> {
        self.read(move |conn| retention::purge(conn, now)).await
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
        // The permit is held until the connection is back in the pool (or dropped), so open
        // connections never outnumber permits, even if this future is cancelled.
        let permit = tokio::time::timeout(self.bounds.wait, self.permits.acquire())
            .await
            .map_err(|_| DbError::Busy)?
            .map_err(|_| DbError::Busy)?;
        let idle = self.idle.lock().expect("pool lock").pop();
        let path = self.path.clone();
        let (conn, result) = tokio::task::spawn_blocking(move || {
            let mut conn = match idle {
                Some(conn) => conn,
                None => match connect(&path) {
                    Ok(conn) => conn,
                    Err(e) => return (None, Err(DbError::from(e))),
                },
            };
            let result = f(&mut conn).map_err(DbError::from);
            (Some(conn), result)
        })
        .await
        .map_err(|e| DbError::Task(e.to_string()))?;
        if let Some(conn) = conn {
            self.idle.lock().expect("pool lock").push(conn);
        }
        drop(permit);
        result
    }
}

/// Creates `path` readable by its owner only (0600), or narrows an existing file and its
/// `-wal` and `-shm` files to that: the database holds password hashes, e-mails and CSRF
/// tokens. SQLite gives the `-wal` and `-shm` files it creates the database's permissions.
/// An existing file is only ever changed by path (chmod), never opened here: closing a
/// descriptor of a database file would drop the locks SQLite holds on it in this process.
pub fn owner_only(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if !path.exists() {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
            {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        let [wal, shm] = side_files(path);
        for file in [path.to_owned(), wal, shm] {
            if file.exists() {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The `-wal` and `-shm` files SQLite keeps beside the database at `path`.
pub fn side_files(path: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|suffix| PathBuf::from(format!("{}{suffix}", path.display())))
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
    create_account, create_session, create_session_with, delete_account, delete_session,
    find_account, history, load_session, load_versioned, save_logo, save_profile, set_password,
    Account, Role, SaveOutcome, SessionRow,
};
pub use application_review::{
    change_state, deck_pdf, list_for_call, load_for_staff, staff_members, StateChanged,
};
pub use applications::{
    load_application, save_deck, save_form, start as start_application,
    submit as submit_application, withdraw as withdraw_application, Started, Withdrawn, Written,
};
pub use calls::{load_call, load_call_summaries};
pub use campus::{load_campus, load_pole, load_poles};
pub use campus_reference::{load_campus_reference, CampusReference};
pub use events::{
    load_event, load_event_summaries, next_change as next_agenda_change, upsert_event,
};
pub use logos::load_logo;
pub use programmes::{load_catalogue_snapshot, load_programme};
pub use registrations::{
    cancel as cancel_registration, cancel_event, confirm as confirm_registration, register,
    registration_counts, registrations_csv, send_reminders, settle_expired as settle_expired_holds,
    view as view_registration, Registered,
};
pub use startups::{load_directory_snapshot, load_published_startup};
