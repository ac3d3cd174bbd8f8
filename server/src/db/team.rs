//! The campus team's accounts: enrolling and proving the second factor, and the audit log.

use model::team::AuditEntry;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::paris;

/// Offers `secret` for enrolment; it replaces any earlier offer. An account that has a
/// factor changes it only from a session that proved it (`proved`): a password alone, or
/// a session opened before the factor existed, never replaces it. `false` if refused.
pub fn offer_totp(
    conn: &Connection,
    account_id: i64,
    secret: &str,
    proved: bool,
) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE accounts SET totp_pending = ?1
         WHERE id = ?2 AND role = 'staff' AND (totp_secret IS NULL OR ?3)",
        params![secret, account_id, proved],
    )? == 1)
}

pub fn pending_totp(conn: &Connection, account_id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT totp_pending FROM accounts WHERE id = ?1",
        [account_id],
        |r| r.get(0),
    )
    .optional()
    .map(Option::flatten)
}

/// What a confirmed enrolment changes: the offered secret, proved at `step`, and the new
/// recovery codes' hashes.
pub struct Enrolment<'a> {
    pub secret: &'a str,
    pub step: u64,
    pub recovery_hashes: &'a [String],
}

/// Makes the offered secret the account's second factor: the recovery codes are replaced,
/// this session is opened fully, the account's other sessions end (an old phone's sign-in
/// must not outlive the factor it used) and the audit log says so, in one transaction.
/// `false` if another enrolment changed the offer in the meantime, or if the account has a
/// factor and this session (`proved`) did not prove it.
pub fn confirm_totp(
    conn: &mut Connection,
    actor: &Actor,
    enrolment: &Enrolment<'_>,
    (session_hash, proved): (&str, bool),
    now: u64,
) -> rusqlite::Result<bool> {
    let account_id = actor.account_id;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        "UPDATE accounts SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?1
         WHERE id = ?2 AND totp_pending = ?3 AND (totp_secret IS NULL OR ?4)",
        params![enrolment.step, account_id, enrolment.secret, proved],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    tx.execute(
        "DELETE FROM recovery_codes WHERE account_id = ?1",
        [account_id],
    )?;
    for hash in enrolment.recovery_hashes {
        tx.execute(
            "INSERT INTO recovery_codes (account_id, code_hash) VALUES (?1, ?2)",
            params![account_id, hash],
        )?;
    }
    tx.execute(
        "DELETE FROM sessions WHERE account_id = ?1 AND token_hash <> ?2",
        params![account_id, session_hash],
    )?;
    tx.execute(
        "UPDATE sessions SET second_factor_done = 1 WHERE token_hash = ?1",
        [session_hash],
    )?;
    audit(&tx, actor, "second-factor.enrol", "team", "", now)?;
    tx.commit()?;
    Ok(true)
}

/// Records that `step` was used; `false` if it (or a later one) already was: a code is
/// accepted once, even by two sign-ins racing with it.
pub fn use_totp_step(conn: &Connection, account_id: i64, step: u64) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE accounts SET totp_last_step = ?1 WHERE id = ?2 AND totp_last_step < ?1",
        params![step, account_id],
    )? == 1)
}

/// Spends a recovery code; `false` if it is not one of the account's unused codes.
pub fn use_recovery_code(
    conn: &Connection,
    account_id: i64,
    code_hash: &str,
    now: u64,
) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE recovery_codes SET used_at = ?1
         WHERE account_id = ?2 AND code_hash = ?3 AND used_at IS NULL",
        params![now, account_id, code_hash],
    )? == 1)
}

/// Who did something: a staff member (their account and e-mail as it is now).
#[derive(Clone, Debug)]
pub struct Actor {
    pub account_id: i64,
    pub email: String,
}

/// Writes one line of the audit log, in the transaction of the change it records.
pub fn audit(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: &str,
    now: u64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO audit_log (at, account_id, actor_email, action, target, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now, actor.account_id, actor.email, action, target, detail],
    )?;
    Ok(())
}

/// Lines per page of the audit log.
pub const AUDIT_PAGE: u32 = 50;

/// A page of the audit log as `viewer` may read it, newest first, before line `before`
/// (exclusive) if given: the lines about an application it declared a conflict on are
/// not shown to it.
pub fn audit_page(
    conn: &Connection,
    before: Option<i64>,
    viewer: i64,
) -> rusqlite::Result<(Vec<AuditEntry>, Option<i64>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor_email, action, target, detail FROM audit_log
         WHERE id < ?1 AND target NOT IN (
             SELECT 'application:' || application_id FROM review_assignments
             WHERE reviewer_id = ?3 AND conflict_at IS NOT NULL)
         ORDER BY id DESC LIMIT ?2",
    )?;
    let mut entries = stmt
        .query_map(
            params![before.unwrap_or(i64::MAX), AUDIT_PAGE + 1, viewer],
            |r| {
                Ok(AuditEntry {
                    id: r.get(0)?,
                    at: paris::time_of(r.get(1)?),
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    target: r.get(4)?,
                    detail: r.get(5)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let next = (entries.len() > AUDIT_PAGE as usize).then(|| {
        entries.truncate(AUDIT_PAGE as usize);
        entries.last().map_or(0, |e| e.id)
    });
    Ok((entries, next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{create_account, create_session_with, find_account, migrations};

    fn staff_db() -> (Connection, i64) {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations::apply(&mut conn).unwrap();
        create_account(&conn, "equipe@example.org", "hash", None, "2026-12-05").unwrap();
        let id = find_account(&conn, "equipe@example.org")
            .unwrap()
            .unwrap()
            .id;
        (conn, id)
    }

    #[test]
    fn a_step_and_a_recovery_code_are_each_used_once() {
        let (mut conn, id) = staff_db();
        create_session_with(&conn, "s1", id, "csrf", (100, 200), false).unwrap();
        create_session_with(&conn, "s2", id, "csrf", (100, 200), false).unwrap();
        assert!(offer_totp(&conn, id, "SECRET", false).unwrap());
        assert_eq!(pending_totp(&conn, id).unwrap().as_deref(), Some("SECRET"));
        let actor = Actor {
            account_id: id,
            email: "equipe@example.org".into(),
        };
        let enrolment = |secret| Enrolment {
            secret,
            step: 7,
            recovery_hashes: &[],
        };
        let stale = confirm_totp(&mut conn, &actor, &enrolment("OTHER"), ("s1", false), 9);
        assert!(!stale.unwrap(), "stale offer");
        let hashes = vec!["h1".to_owned(), "h2".to_owned()];
        let first = Enrolment {
            secret: "SECRET",
            step: 7,
            recovery_hashes: &hashes,
        };
        assert!(confirm_totp(&mut conn, &actor, &first, ("s1", false), 9).unwrap());
        let account = find_account(&conn, "equipe@example.org").unwrap().unwrap();
        assert_eq!(account.totp_secret.as_deref(), Some("SECRET"));
        assert_eq!(account.totp_last_step, 7);
        let sessions: Vec<(String, bool)> = conn
            .prepare("SELECT token_hash, second_factor_done FROM sessions")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            sessions,
            vec![("s1".to_owned(), true)],
            "the other session ended"
        );
        assert!(
            !use_totp_step(&conn, id, 7).unwrap(),
            "the enrolment's step"
        );
        // Now that a factor exists, only a session that proved it may replace it.
        assert!(!offer_totp(&conn, id, "NEW", false).unwrap());
        assert!(offer_totp(&conn, id, "NEW", true).unwrap());
        let unproved = confirm_totp(&mut conn, &actor, &enrolment("NEW"), ("s1", false), 9);
        assert!(!unproved.unwrap());
        assert!(use_totp_step(&conn, id, 8).unwrap());
        assert!(!use_totp_step(&conn, id, 8).unwrap(), "replayed");
        assert!(use_recovery_code(&conn, id, "h1", 300).unwrap());
        assert!(!use_recovery_code(&conn, id, "h1", 301).unwrap(), "spent");
        assert!(!use_recovery_code(&conn, id, "nope", 301).unwrap());
        assert!(use_recovery_code(&conn, id, "h2", 302).unwrap());
    }

    #[test]
    fn the_audit_log_pages_newest_first_and_outlives_the_account() {
        let (conn, id) = staff_db();
        let actor = Actor {
            account_id: id,
            email: "equipe@example.org".into(),
        };
        for n in 0..(AUDIT_PAGE + 5) {
            audit(
                &conn,
                &actor,
                "test.action",
                &format!("thing:{n}"),
                "",
                1_800_000_000,
            )
            .unwrap();
        }
        let (first, next) = audit_page(&conn, None, id).unwrap();
        assert_eq!(first.len(), AUDIT_PAGE as usize);
        assert_eq!(first[0].target, format!("thing:{}", AUDIT_PAGE + 4));
        let (rest, end) = audit_page(&conn, next, id).unwrap();
        assert_eq!(rest.len(), 5);
        assert_eq!(rest.last().unwrap().target, "thing:0");
        assert_eq!(end, None);
        conn.execute("DELETE FROM accounts WHERE id = ?1", [id])
            .unwrap();
        let (kept, _) = audit_page(&conn, None, id).unwrap();
        assert_eq!(kept[0].actor, "equipe@example.org");
    }
}
