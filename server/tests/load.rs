//! Concurrent readers and 50 writing members on the real app and database: every answer is
//! 200 or an intended 412, and every accepted write is in the history, nothing more.

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use server::{app, AppState, Db};
use tower::ServiceExt;

const MEMBERS: usize = 50;
const STARTUPS: [&str; 5] = ["cardiolume", "datavoile", "posos", "drdata", "simforhealth"];
const SAVES_EACH: usize = 6;

async fn call(
    router: &Router,
    method: Method,
    uri: &str,
    headers: &[(&str, String)],
    body: Option<Value>,
) -> (StatusCode, Value, Option<String>) {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    let response = router
        .clone()
        .oneshot(request.body(body).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        cookie,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_members_save_while_visitors_read_and_no_accepted_write_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    let db = Db::open(&path).unwrap();
    let _ = &path;
    let state = AppState::load(db).await.unwrap();
    let router = app(state, dir.path().join("dist"));

    // 50 members over 5 start-ups: ten people share each profile, so stale writes happen.
    let members: Vec<(String, &str, String)> = (0..MEMBERS)
        .map(|i| {
            (
                format!("member{i}@load.example"),
                STARTUPS[i % STARTUPS.len()],
                format!("load-test-password-{i}"),
            )
        })
        .collect();
    // Accounts straight into the database (as `portal-server account create` stores them).
    {
        let conn = rusqlite::Connection::open(dir.path().join("campus.sqlite3")).unwrap();
        for (email, startup, password) in &members {
            let hash = argon2_hash(password);
            conn.execute(
                "INSERT INTO accounts (email, password_hash, startup_slug, created) VALUES (?1, ?2, ?3, '2026-11-29T00:00:00Z')",
                rusqlite::params![email, hash, startup],
            )
            .unwrap();
        }
    }

    let accepted = Arc::new(AtomicUsize::new(0));
    let stale = Arc::new(AtomicUsize::new(0));
    let reads = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for (i, (email, _, password)) in members.into_iter().enumerate() {
        let (router, accepted, stale) = (router.clone(), accepted.clone(), stale.clone());
        tasks.push(tokio::spawn(async move {
            let (status, me, cookie) = call(&router, Method::POST, "/api/v1/session", &[], Some(json!({"email": email, "password": password}))).await;
            assert_eq!(status, StatusCode::OK, "sign-in {email}: {me}");
            let cookie = cookie.unwrap();
            let csrf = me["csrf_token"].as_str().unwrap().to_owned();
            for n in 0..SAVES_EACH {
                let (status, current, _) = call(&router, Method::GET, "/api/v1/me/startup", &[("cookie", cookie.clone())], None).await;
                assert_eq!(status, StatusCode::OK);
                let etag = current["etag"].as_str().unwrap().to_owned();
                let patch = json!({"pitch": {"fr": format!("Accroche écrite par le membre {i}, envoi {n}."), "en": current["profile"]["pitch"]["en"].clone()}});
                let (status, body, _) = call(
                    &router,
                    Method::PATCH,
                    "/api/v1/me/startup",
                    &[("cookie", cookie.clone()), ("x-csrf-token", csrf.clone()), ("if-match", etag)],
                    Some(patch),
                )
                .await;
                match status {
                    StatusCode::OK => accepted.fetch_add(1, Ordering::Relaxed),
                    StatusCode::PRECONDITION_FAILED => stale.fetch_add(1, Ordering::Relaxed),
                    other => panic!("unexpected {other}: {body}"),
                };
            }
        }));
    }
    for _ in 0..8 {
        let (router, reads) = (router.clone(), reads.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..60 {
                let (status, body, _) = call(
                    &router,
                    Method::GET,
                    "/api/v1/startups?q=a&sort=mise-a-jour",
                    &[],
                    None,
                )
                .await;
                assert_eq!(status, StatusCode::OK, "{body}");
                reads.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
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
    let conn = rusqlite::Connection::open(dir.path().join("campus.sqlite3")).unwrap();
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
