//! Concurrent readers and 50 writing members over loopback against the real server binary
//! and database: every answer is 200 or an intended 412, and every accepted write is in the
//! history, nothing more.

mod support;

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

use serde_json::json;
use server::{Content, Db};
use support::process::{http, start};

const MEMBERS: usize = 50;
const STARTUPS: [&str; 5] = ["cardiolume", "datavoile", "posos", "drdata", "simforhealth"];
const SAVES_EACH: usize = 6;
const READERS: usize = 8;
const READS_EACH: usize = 60;

#[test]
fn fifty_members_save_while_visitors_read_and_no_accepted_write_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    drop(Db::open(&path, Content::DEMO).unwrap());
    // 50 members over 5 start-ups: ten people share each profile, so stale writes happen.
    let members: Vec<(String, String)> = (0..MEMBERS)
        .map(|i| {
            (
                format!("member{i}@load.example"),
                format!("load-test-password-{i}"),
            )
        })
        .collect();
    {
        // Accounts straight into the database (as `portal-server account create` stores them).
        let conn = rusqlite::Connection::open(&path).unwrap();
        for (i, (email, password)) in members.iter().enumerate() {
            conn.execute(
                "INSERT INTO accounts (email, password_hash, startup_slug, created) VALUES (?1, ?2, ?3, '2026-11-29T00:00:00Z')",
                rusqlite::params![email, argon2_hash(password), STARTUPS[i % STARTUPS.len()]],
            )
            .unwrap();
        }
    }
    let (mut server, addr) = start(dir.path());

    let accepted = Arc::new(AtomicUsize::new(0));
    let stale = Arc::new(AtomicUsize::new(0));
    let reads = Arc::new(AtomicUsize::new(0));
    let mut threads = Vec::new();
    for (i, (email, password)) in members.into_iter().enumerate() {
        let (addr, accepted, stale) = (addr.clone(), accepted.clone(), stale.clone());
        threads.push(std::thread::spawn(move || {
            // Fifty colleagues behind one address: past the address's budget of attempts in
            // flight the server asks to wait a second (429, Retry-After: 1), and they do.
            let sign_in = json!({"email": email, "password": password});
            let (status, headers, me) = (0..20)
                .find_map(|_| {
                    let answer = http(&addr, "POST", "/api/v1/session", &[], Some(&sign_in)).unwrap();
                    if answer.0 == 429 {
                        assert_eq!(answer.1["retry-after"], "1", "in-flight attempts wait a second");
                        std::thread::sleep(std::time::Duration::from_secs(1));
                        return None;
                    }
                    Some(answer)
                })
                .expect("signed in within 20 tries");
            assert_eq!(status, 200, "sign-in {email}: {me}");
            let cookie = headers["set-cookie"].split(';').next().unwrap().to_owned();
            let csrf = me["csrf_token"].as_str().unwrap().to_owned();
            for n in 0..SAVES_EACH {
                let (status, _, current) = http(&addr, "GET", "/api/v1/me/startup", &[("Cookie", &cookie)], None).unwrap();
                assert_eq!(status, 200);
                let etag = current["etag"].as_str().unwrap().to_owned();
                let mut patch = json!({"pitch": {"fr": format!("Accroche écrite par le membre {i}, envoi {n}."), "en": current["profile"]["pitch"]["en"].clone()}});
                // A real profile awaiting completion has no sector or pole: its first save
                // chooses them.
                if current["profile"]["sectors"].as_array().is_some_and(Vec::is_empty) {
                    patch["sectors"] = json!(["prevention"]);
                    patch["poles"] = json!(["entrepreneuriat"]);
                }
                let (status, _, body) = http(&addr, "PATCH", "/api/v1/me/startup", &[("Cookie", &cookie), ("X-CSRF-Token", &csrf), ("If-Match", &etag)], Some(&patch)).unwrap();
                match status {
                    200 => accepted.fetch_add(1, Ordering::Relaxed),
                    412 => stale.fetch_add(1, Ordering::Relaxed),
                    other => panic!("unexpected {other}: {body}"),
                };
            }
        }));
    }
    for _ in 0..READERS {
        let (addr, reads) = (addr.clone(), reads.clone());
        threads.push(std::thread::spawn(move || {
            for _ in 0..READS_EACH {
                let (status, _, body) = http(
                    &addr,
                    "GET",
                    "/api/v1/startups?q=a&sort=mise-a-jour",
                    &[],
                    None,
                )
                .unwrap();
                assert_eq!(status, 200, "{body}");
                reads.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for t in threads {
        t.join().unwrap();
    }
    server.kill().unwrap();
    server.wait().unwrap();
    let accepted = accepted.load(Ordering::Relaxed);
    let stale = stale.load(Ordering::Relaxed);
    assert_eq!(accepted + stale, MEMBERS * SAVES_EACH);
    assert!(accepted >= STARTUPS.len(), "some writes went through");
    eprintln!(
        "LOAD members={MEMBERS} writes={} accepted={accepted} stale412={stale} reads={}",
        MEMBERS * SAVES_EACH,
        reads.load(Ordering::Relaxed)
    );

    // Every accepted write is in the history, each version once, and the profile holds
    // the last one.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let history: usize = conn
        .query_row("SELECT count(*) FROM startup_history", [], |r| r.get(0))
        .unwrap();
    assert_eq!(history, accepted);
    for slug in STARTUPS {
        let (version, last): (u32, u32) = conn
            .query_row(
                "SELECT s.version, (SELECT max(version) FROM startup_history h WHERE h.startup_slug = s.slug) FROM startups s WHERE s.slug = ?1",
                [slug],
                |r| Ok((r.get(0)?, r.get::<_, Option<u32>>(1)?.unwrap_or(1))),
            )
            .unwrap();
        assert_eq!(version, last, "{slug}");
        let entries: u32 = conn
            .query_row(
                "SELECT count(*) FROM startup_history WHERE startup_slug = ?1",
                [slug],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(entries, version - 1, "{slug}: one history line per version");
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

fn argon2_hash(password: &str) -> String {
    use argon2::{password_hash::SaltString, Argon2, PasswordHasher};
    let salt = SaltString::encode_b64(b"load-test-salt!!").unwrap();
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .unwrap()
        .to_string()
}
