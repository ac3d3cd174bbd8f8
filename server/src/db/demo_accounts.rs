//! Demo accounts for two sample start-ups and the campus team, so both spaces can be
//! tried locally (the team's adds its authenticator app at its first sign-in).
//! Local use only: the passwords are in the README, so a server that was not told to
//! keep them refuses to start while they exist ([`present`]).

use rusqlite::Connection;

use super::{
    accounts,
    content::{mark_loaded, was_loaded, Part},
    SeedError,
};

/// `(e-mail, start-up, password)`; no start-up: a campus team account.
pub const DEMO_ACCOUNTS: &[(&str, Option<&str>, &str)] = &[
    (
        "equipe@cardiolume.example",
        Some("cardiolume"),
        "cardiolume-demo-2026",
    ),
    (
        "cto@cardiolume.example",
        Some("cardiolume"),
        "cardiolume-cto-2026",
    ),
    (
        "equipe@datavoile.example",
        Some("datavoile"),
        "datavoile-demo-2026",
    ),
    (
        "equipe@campus-demo.example",
        None,
        "equipe-campus-demo-2026",
    ),
];

/// Creates the demo accounts, once: deleted, they do not come back.
pub fn load_once(conn: &mut Connection) -> Result<(), SeedError> {
    if was_loaded(conn, Part::DemoAccounts)? {
        return Ok(());
    }
    let now = crate::clock::now_utc();
    let tx = conn.transaction()?;
    for (email, startup, password) in DEMO_ACCOUNTS {
        let hash = crate::auth::hash_password(password).map_err(SeedError::Invalid)?;
        accounts::create_account(&tx, email, &hash, *startup, &now)?;
    }
    mark_loaded(&tx, Part::DemoAccounts)?;
    tx.commit()?;
    tracing::warn!(
        "seeded {} demo accounts (passwords in the README): for local use only",
        DEMO_ACCOUNTS.len()
    );
    Ok(())
}

/// The demo accounts this database still holds.
pub fn present(conn: &Connection) -> Result<Vec<&'static str>, rusqlite::Error> {
    let mut found = Vec::new();
    for (email, _, _) in DEMO_ACCOUNTS {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE email = ?1)",
            [email],
            |r| r.get(0),
        )?;
        if exists {
            found.push(*email);
        }
    }
    Ok(found)
}
