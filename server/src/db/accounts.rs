//! Accounts, sessions, and writes to a start-up profile with its history.

use model::{
    directory::Startup,
    space::{HistoryEntry, StartupEdit},
};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::{logos, startups};
use crate::auth::Member;

pub struct Account {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: Role,
    /// The member's start-up; `None` for staff.
    pub startup: Option<String>,
    /// The staff member's confirmed TOTP secret, and the last step it accepted.
    pub totp_secret: Option<String>,
    pub totp_last_step: u64,
}

pub fn find_account(conn: &Connection, email: &str) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        "SELECT id, email, password_hash, role, startup_slug, totp_secret, totp_last_step
         FROM accounts WHERE email = ?1",
        [email.trim()],
        |r| {
            Ok(Account {
                id: r.get(0)?,
                email: r.get(1)?,
                password_hash: r.get(2)?,
                role: Role::of(&r.get::<_, String>(3)?),
                startup: r.get(4)?,
                totp_secret: r.get(5)?,
                totp_last_step: r.get(6)?,
            })
        },
    )
    .optional()
}

/// A member's account when `startup` is given; a staff account (campus team) otherwise.
pub fn create_account(
    conn: &Connection,
    email: &str,
    password_hash: &str,
    startup: Option<&str>,
    now: &str,
) -> rusqlite::Result<()> {
    let role = if startup.is_some() {
        Role::Member
    } else {
        Role::Staff
    };
    conn.execute(
        "INSERT INTO accounts (email, password_hash, role, startup_slug, created)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![email.trim(), password_hash, role.code(), startup, now],
    )?;
    Ok(())
}

/// Sets a new password and ends every session of the account; `false` if there is none.
pub fn set_password(conn: &Connection, email: &str, password_hash: &str) -> rusqlite::Result<bool> {
    let Some(account) = find_account(conn, email)? else {
        return Ok(false);
    };
    conn.execute(
        "UPDATE accounts SET password_hash = ?1 WHERE id = ?2",
        params![password_hash, account.id],
    )?;
    conn.execute("DELETE FROM sessions WHERE account_id = ?1", [account.id])?;
    Ok(true)
}

/// Deletes an account: its sessions go with it (foreign key), and the history lines it
/// wrote forget its e-mail (trigger of migration 5); `false` if there is none.
pub fn delete_account(conn: &Connection, email: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM accounts WHERE email = ?1", [email.trim()])? > 0)
}

pub fn create_session(
    conn: &Connection,
    token_hash: &str,
    account_id: i64,
    csrf_token: &str,
    now: u64,
    expires_at: u64,
) -> rusqlite::Result<()> {
    create_session_with(
        conn,
        token_hash,
        account_id,
        csrf_token,
        (now, expires_at),
        true,
    )
}

/// A session that has (`second_factor_done`) or has not yet proved the second factor;
/// the account's last sign-in is the session's start.
pub fn create_session_with(
    conn: &Connection,
    token_hash: &str,
    account_id: i64,
    csrf_token: &str,
    (now, expires_at): (u64, u64),
    second_factor_done: bool,
) -> rusqlite::Result<()> {
    // Expired sessions are swept on the way.
    conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at, created_at,
                               second_factor_done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            token_hash,
            account_id,
            csrf_token,
            expires_at,
            now,
            second_factor_done
        ],
    )?;
    conn.execute(
        "UPDATE accounts SET last_sign_in = ?1 WHERE id = ?2",
        params![now, account_id],
    )?;
    // The oldest sessions of the account end past the cap: a stolen password signing in
    // again and again cannot pile up sessions, and the member's newest devices keep theirs.
    conn.execute(
        "DELETE FROM sessions WHERE account_id = ?1 AND rowid NOT IN (
             SELECT rowid FROM sessions WHERE account_id = ?1
             ORDER BY created_at DESC, rowid DESC LIMIT ?2)",
        params![account_id, MAX_SESSIONS_PER_ACCOUNT],
    )?;
    Ok(())
}

/// Sessions one account may have open at once (phones, laptops, a shared office machine).
pub const MAX_SESSIONS_PER_ACCOUNT: u32 = 10;

/// A live session and the account it belongs to.
#[derive(Clone, Debug)]
pub struct SessionRow {
    pub account_id: i64,
    pub email: String,
    pub role: Role,
    /// The member's start-up; `None` for staff.
    pub startup: Option<String>,
    pub csrf_token: String,
    pub token_hash: String,
    pub expires_at: u64,
    /// Whether a staff session has proved its second factor (always true for members).
    pub second_factor_done: bool,
}

/// What an account may do: a start-up's member, or the campus team.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Member,
    Staff,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Staff => "staff",
        }
    }

    fn of(code: &str) -> Role {
        if code == "staff" {
            Role::Staff
        } else {
            Role::Member
        }
    }
}

pub fn load_session(
    conn: &Connection,
    token_hash: &str,
    now: u64,
) -> rusqlite::Result<Option<SessionRow>> {
    conn.query_row(
        "SELECT a.id, a.email, a.role, a.startup_slug, s.csrf_token, s.expires_at,
                s.second_factor_done
         FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = ?1 AND s.expires_at > ?2",
        params![token_hash, now],
        |r| {
            Ok(SessionRow {
                account_id: r.get(0)?,
                email: r.get(1)?,
                role: Role::of(&r.get::<_, String>(2)?),
                startup: r.get(3)?,
                csrf_token: r.get(4)?,
                token_hash: token_hash.to_owned(),
                expires_at: r.get(5)?,
                second_factor_done: r.get(6)?,
            })
        },
    )
    .optional()
}

pub fn delete_session(conn: &Connection, token_hash: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
    Ok(())
}

/// A profile with its version; `None` when the start-up does not exist.
pub fn load_versioned(conn: &Connection, slug: &str) -> rusqlite::Result<Option<(Startup, u32)>> {
    let Some(profile) = startups::load_startup(conn, slug)? else {
        return Ok(None);
    };
    let version = conn.query_row(
        "SELECT version FROM startups WHERE slug = ?1",
        [slug],
        |r| r.get(0),
    )?;
    Ok(Some((profile, version)))
}

pub enum SaveOutcome<E> {
    Saved(Startup, u32),
    /// The edit changes nothing: nothing was written.
    Unchanged(Startup, u32),
    /// Another start-up has this name, or one a reader would confuse with it.
    NameTaken,
    /// Someone saved first: the current profile and version.
    Stale(Startup, u32),
    /// `prepare` refused the edit of the current profile.
    Refused(E),
}

/// Reads the current profile, lets `prepare` turn it into the new one (merge and check),
/// and writes that if `admits` the stored version, all inside one write transaction: a
/// concurrent save can never slip between the read the edit was merged into and the
/// write, so a field the request did not send is never written back with an older value.
/// `prepare` runs before `admits`, so a profile that could never be saved is refused as
/// such whatever version it was edited from.
pub fn save_profile<E>(
    conn: &mut Connection,
    member: &Member,
    admits: impl FnOnce(u32) -> bool,
    prepare: impl FnOnce(&Startup) -> Result<Startup, E>,
    now: &str,
) -> rusqlite::Result<SaveOutcome<E>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (current, version) =
        load_versioned(&tx, &member.startup)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let profile = match prepare(&current) {
        Ok(profile) => profile,
        Err(refusal) => return Ok(SaveOutcome::Refused(refusal)),
    };
    if !admits(version) {
        return Ok(SaveOutcome::Stale(current, version));
    }
    let changed: Vec<&str> = StartupEdit::of(&profile)
        .changed(&StartupEdit::of(&current))
        .into_iter()
        .map(|f| f.path())
        .collect();
    if changed.is_empty() {
        return Ok(SaveOutcome::Unchanged(current, version));
    }
    // Checked inside the write transaction, so two start-ups taking one name at the same
    // moment cannot both succeed.
    if changed.contains(&"name") && name_taken(&tx, &member.startup, &profile.summary.name)? {
        return Ok(SaveOutcome::NameTaken);
    }
    let mut saved = profile;
    saved.summary.updated = Some(crate::clock::today());
    startups::replace_startup(&tx, &saved)?;
    let next = version + 1;
    tx.execute(
        "UPDATE startups SET version = ?1 WHERE slug = ?2",
        params![next, member.startup],
    )?;
    record(&tx, member, next, &changed, &saved, now)?;
    let (saved, _) =
        load_versioned(&tx, &member.startup)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    tx.commit()?;
    Ok(SaveOutcome::Saved(saved, next))
}

fn name_taken(tx: &rusqlite::Transaction, own: &str, name: &str) -> rusqlite::Result<bool> {
    let key = crate::input::name_key(name);
    let mut stmt = tx.prepare_cached("SELECT name FROM startups WHERE slug <> ?1")?;
    let mut rows = stmt.query([own])?;
    while let Some(row) = rows.next()? {
        if crate::input::name_key(&row.get::<_, String>(0)?) == key {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Stores a new logo (bytes already recognised) as a new version, with its history line.
pub fn save_logo(
    conn: &mut Connection,
    member: &Member,
    bytes: &[u8],
    now: &str,
) -> rusqlite::Result<Option<(Startup, u32)>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // The same image again is no change: no new version, no history line.
    if logos::logo_version(&tx, &member.startup)? == Some(logos::version(bytes)) {
        return load_versioned(&tx, &member.startup);
    }
    if logos::store_logo(&tx, &member.startup, bytes)?.is_none() {
        return Ok(None);
    }
    tx.execute(
        "UPDATE startups SET version = version + 1, updated = ?1 WHERE slug = ?2",
        params![crate::clock::today().to_string(), member.startup],
    )?;
    let (profile, version) =
        load_versioned(&tx, &member.startup)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    record(&tx, member, version, &["logo"], &profile, now)?;
    tx.commit()?;
    Ok(Some((profile, version)))
}

fn record(
    tx: &rusqlite::Transaction,
    member: &Member,
    version: u32,
    changed: &[&str],
    profile: &Startup,
    now: &str,
) -> rusqlite::Result<()> {
    let changed = serde_json::to_string(changed).expect("strings serialise");
    let profile = serde_json::to_string(profile).expect("profiles serialise");
    tx.execute(
        "INSERT INTO startup_history (startup_slug, account_id, account_email, at, version, changed, profile)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![member.startup, member.account_id, member.email, now, version, changed, profile],
    )?;
    Ok(())
}

/// Up to `limit` of a start-up's accepted changes before version `before`, newest first.
pub fn history(
    conn: &Connection,
    slug: &str,
    before: Option<u32>,
    limit: u32,
) -> rusqlite::Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT version, at, account_email, changed FROM startup_history
         WHERE startup_slug = ?1 AND version < ?2 ORDER BY version DESC LIMIT ?3",
    )?;
    let before = before.map_or(i64::MAX, i64::from);
    let rows = stmt.query_map(params![slug, before, limit], |r| {
        let changed: String = r.get(3)?;
        Ok(HistoryEntry {
            version: r.get(0)?,
            at: r.get(1)?,
            by: r.get(2)?,
            changed: serde_json::from_str(&changed).unwrap_or_default(),
        })
    })?;
    rows.collect()
}
