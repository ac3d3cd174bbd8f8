//! Demo accounts for two sample start-ups, so the start-up space can be tried locally.
//! Local use only: the passwords are in the README.

use rusqlite::Connection;

use super::{accounts, SeedError};

/// `(e-mail, start-up, password)`.
pub const DEMO_ACCOUNTS: &[(&str, &str, &str)] = &[
    (
        "equipe@cardiolume.example",
        "cardiolume",
        "cardiolume-demo-2026",
    ),
    (
        "cto@cardiolume.example",
        "cardiolume",
        "cardiolume-cto-2026",
    ),
    (
        "equipe@datavoile.example",
        "datavoile",
        "datavoile-demo-2026",
    ),
];

pub fn load_if_empty(conn: &mut Connection) -> Result<(), SeedError> {
    let seeded: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM accounts)", [], |r| r.get(0))?;
    if seeded {
        return Ok(());
    }
    let now = crate::clock::now_utc();
    for (email, startup, password) in DEMO_ACCOUNTS {
        let hash = crate::auth::hash_password(password).map_err(SeedError::Invalid)?;
        accounts::create_account(conn, email, &hash, startup, &now)?;
    }
    tracing::warn!(
        "seeded {} demo accounts (passwords in the README): for local use only",
        DEMO_ACCOUNTS.len()
    );
    Ok(())
}
