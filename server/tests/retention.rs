//! The retention periods of the privacy notice, enforced: old history lines and expired
//! sessions are deleted, the audit log keeps 12 months, and a deleted account's e-mail leaves the history at once.

mod support;

use std::{
    io::Write,
    process::{Command, Stdio},
};

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use serde_json::json;
use server::{clock, retention, Content, Db};
use support::space_api::{Api, B};

const DAY: u64 = 24 * 3600;

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn history_lines_past_a_year_and_expired_sessions_are_deleted() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let saved = api
        .patch_mine(&b, &json!({"name": "Datavoile Conservation"}))
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    let conn = rusqlite::Connection::open(api.db_path()).unwrap();
    let now = clock::now_unix();
    // A line written 366 days ago, one written 364 days ago, and a session expired an hour ago.
    for (version, age) in [(900, 366), (901, 364)] {
        conn.execute(
            "INSERT INTO startup_history (startup_slug, account_id, account_email, at, version, changed, profile)
             SELECT startup_slug, account_id, account_email, ?1, ?2, changed, profile FROM startup_history LIMIT 1",
            rusqlite::params![clock::utc_of_unix(now - age * DAY), version],
        )
        .unwrap();
    }
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at, created_at)
         SELECT 'old', account_id, 'x', ?1, ?2 FROM sessions LIMIT 1",
        rusqlite::params![now - 3600, now - 9 * 3600],
    )
    .unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM startup_history"), 3);
    // Two lines of the campus team's audit log, one past its 12 months.
    for (target, age) in [("old", 366), ("recent", 364)] {
        conn.execute(
            "INSERT INTO audit_log (at, account_id, actor_email, action, target)
             VALUES (?1, NULL, 'equipe@campus-demo.example', 'test', ?2)",
            rusqlite::params![now - age * DAY, target],
        )
        .unwrap();
    }

    let db = Db::open(&api.db_path(), Content::DEMO).unwrap();
    let purged = db.purge_expired(now).await.unwrap();
    assert_eq!(
        purged,
        retention::Purged {
            history_lines: 1,
            sessions: 1,
            registrations: 0,
            letters: 0,
            applications: 0,
            audit_lines: 1,
        }
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE target = 'recent'"
        ),
        1
    );
    let versions: Vec<i64> = conn
        .prepare("SELECT version FROM startup_history ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(versions, [2, 901], "the recent lines stay");
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM sessions WHERE token_hash = 'old'"
        ),
        0
    );
    // The live session still works.
    let me = api
        .call(Method::GET, "/api/v1/me", Some(&b), &[], Body::empty())
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(
        retention::HISTORY_DAYS,
        365,
        "the privacy notice says 12 months"
    );
}

#[tokio::test]
async fn deleting_an_account_removes_its_e_mail_from_the_history_at_once() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let saved = api
        .patch_mine(&b, &json!({"name": "Datavoile Partie"}))
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    let conn = rusqlite::Connection::open(api.db_path()).unwrap();
    assert_eq!(
        count(
            &conn,
            &format!(
                "SELECT count(*) FROM startup_history WHERE account_email = '{}'",
                B.0
            )
        ),
        1
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["account", "delete", "--email", B.0, "--data"])
        .arg(api.db_path().parent().unwrap())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().flush().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("deleted"));
    assert_eq!(
        count(
            &conn,
            &format!(
                "SELECT count(*) FROM startup_history WHERE account_email LIKE '%{}%'",
                "datavoile"
            )
        ),
        0,
        "no e-mail of the deleted account left"
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM startup_history"),
        1,
        "the change itself stays"
    );
    let me = api
        .call(Method::GET, "/api/v1/me", Some(&b), &[], Body::empty())
        .await;
    assert_eq!(me.status, StatusCode::UNAUTHORIZED, "its sessions are gone");
}

#[tokio::test]
async fn registrations_go_thirty_days_after_their_event_and_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    let db = Db::open(&path, Content::DEMO).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let now = clock::now_unix();
    // One event that ended 31 days ago, one that ended 29 days ago.
    for (slug, ended_days_ago) in [("ancien", 31), ("recent", 29)] {
        let end = (now - ended_days_ago * DAY) as i64;
        conn.execute(
            "INSERT INTO events (slug, title_fr, title_en, summary_fr, summary_en, description_fr,
             description_en, type, format, free, starts_at, ends_at, organiser, updated_at)
             VALUES (?1, 't', 't', 's', 's', 'd', 'd', 'atelier', 'en-ligne', 1, ?2, ?3, 'o', ?3)",
            rusqlite::params![slug, end - 3600, end],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO registrations (event_slug, token, email, email_key, name, lang, state,
             holds_seat, queued_at, created_at, access_needs)
             VALUES (?1, ?1 || '-token', 'a@example.org', 'a@example.org', 'A', 'fr', 'confirmed',
             1, ?2, ?2, 'boucle magnétique')",
            rusqlite::params![slug, end - 7200],
        )
        .unwrap();
    }
    let purged = db.purge_expired(now).await.unwrap();
    assert_eq!(purged.registrations, 1);
    let left: Vec<String> = conn
        .prepare("SELECT event_slug FROM registrations")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(left, ["recent"]);
}

#[tokio::test]
async fn declined_applications_go_a_year_after_their_decision_and_stale_drafts_a_month_after_closing(
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    let db = Db::open(&path, Content::DEMO).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let now = clock::now_unix();
    let ago = |days: u64| (now - days * DAY) as i64;
    // A closed call (31 days ago) with a forgotten draft, and the open sample call with
    // declined applications decided 366 and 364 days ago, and a fresh draft.
    conn.execute(
        "INSERT INTO calls (slug, title_fr, title_en, summary_fr, summary_en, description_fr,
             description_en, opens_at, closes_at, sample)
         VALUES ('ancien', 't', 't', 's', 's', 'd', 'd', ?1, ?2, 1)",
        rusqlite::params![ago(90), ago(31)],
    )
    .unwrap();
    for (call, email, state, decided) in [
        ("ancien", "a@essai.example", "draft", None),
        (
            "appel-exemple",
            "b@essai.example",
            "declined",
            Some(ago(366)),
        ),
        (
            "appel-exemple",
            "c@essai.example",
            "declined",
            Some(ago(364)),
        ),
        ("appel-exemple", "d@essai.example", "draft", None),
    ] {
        conn.execute(
            "INSERT INTO applications (call_slug, email, lang, state, created_at, updated_at, decided_at)
             VALUES (?1, ?2, 'fr', ?3, ?4, ?4, ?5)",
            rusqlite::params![call, email, state, ago(400), decided],
        )
        .unwrap();
    }
    let purged = db.purge_expired(now).await.unwrap();
    assert_eq!(purged.applications, 2);
    let left: Vec<String> = conn
        .prepare("SELECT email FROM applications WHERE email LIKE '%@essai.example' ORDER BY email")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(left, ["c@essai.example", "d@essai.example"]);
}
