//! Bounded resources: the SQLite pool under a burst (200 or 503, never a connection per
//! thread), directory snapshots that never go back in time, and a committed save that is
//! never answered as failed.

mod support;

use std::{
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    http::{header, Method, StatusCode},
};
use serde_json::json;
use server::{AppState, Content, Db, PoolBounds};
use support::{
    process::{http, start},
    space_api::{Api, B},
};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn past_the_wait_for_a_connection_the_answer_is_503_with_retry_after() {
    let bounds = PoolBounds {
        connections: 2,
        wait: Duration::from_millis(100),
    };
    let api =
        Arc::new(Api::with_db(|path| Db::open_bounded(path, bounds, Content::DEMO).unwrap()).await);
    // Another process holds the write lock: the two sign-ins below (each writes a session)
    // wait inside SQLite, holding both connections.
    let blocker = rusqlite::Connection::open(api.db_path()).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let api = api.clone();
            tokio::spawn(async move { api.sign_in(B).await })
        })
        .collect();
    let started = Instant::now();
    let busy = loop {
        let answer = api
            .call(
                Method::GET,
                "/api/v1/poles/recherche",
                None,
                &[],
                Body::empty(),
            )
            .await;
        if answer.status == StatusCode::SERVICE_UNAVAILABLE {
            break answer;
        }
        assert_eq!(answer.status, StatusCode::OK);
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "the pool was never full"
        );
        tokio::task::yield_now().await;
    };
    assert_eq!(busy.headers[header::RETRY_AFTER], "1");
    assert_eq!(
        busy.headers[header::CONTENT_TYPE],
        "application/problem+json"
    );
    assert_eq!(busy.body["retry_after"], 1);
    blocker.execute_batch("COMMIT").unwrap();
    for writer in writers {
        writer.await.unwrap();
    }
    let answer = api
        .call(
            Method::GET,
            "/api/v1/poles/recherche",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "healthy again");
}

/// File descriptors of `pid` open on the database (main file, WAL and shared memory).
fn database_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|fds| {
            fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
                .filter(|target| target.to_string_lossy().contains("campus.sqlite3"))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn a_burst_above_the_pool_gets_200_or_503_and_never_more_connections() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, addr) = start(data.path());
    let pid = child.id();
    let done = Arc::new(AtomicBool::new(false));
    let most = Arc::new(AtomicUsize::new(0));
    let watcher = {
        let (done, most) = (done.clone(), most.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                most.fetch_max(database_fds(pid), Ordering::Relaxed);
                std::thread::yield_now();
            }
        })
    };
    let addr = Arc::new(addr);
    let statuses: Vec<u16> = (0..400)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let path = [
                    "/api/v1/poles/recherche",
                    "/api/v1/campus",
                    "/api/v1/programmes/master-donnees-de-sante",
                ][i % 3];
                http(&addr, "GET", path, &[], None).map_or(0, |answer| answer.0)
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    done.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    let health = http(&addr, "GET", "/api/v1/health", &[], None).unwrap();
    child.kill().unwrap();
    let unexpected: Vec<&u16> = statuses
        .iter()
        .filter(|s| !matches!(s, 200 | 503))
        .collect();
    assert!(unexpected.is_empty(), "only 200 or 503: {unexpected:?}");
    assert_eq!(health.0, 200, "healthy after the burst");
    // 16 connections, each with the database, its WAL and its shared memory open.
    let fds = most.load(Ordering::Relaxed);
    assert!(
        (3..=16 * 3).contains(&fds),
        "{fds} descriptors on the database"
    );
}

#[tokio::test]
async fn an_older_directory_snapshot_never_replaces_a_newer_one() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::load(Db::open(&dir.path().join("db.sqlite3"), Content::DEMO).unwrap())
        .await
        .unwrap();
    let count = state.directory().startups().len();
    assert!(
        !state.install_directory(Vec::new(), 1),
        "older than the seed's"
    );
    assert_eq!(state.directory().startups().len(), count);
    assert!(state.install_directory(Vec::new(), u64::MAX - 1));
    assert!(state.directory().startups().is_empty());
    assert!(
        !state.install_directory(Vec::new(), u64::MAX - 2),
        "a slow reload finishing last"
    );
}

#[tokio::test]
async fn a_save_whose_directory_reload_fails_is_still_a_saved_profile() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    // Another start-up's row now breaks the directory's reload, not Datavoile's own.
    let conn = rusqlite::Connection::open(api.db_path()).unwrap();
    conn.execute(
        "UPDATE startups SET stage = 'bogus' WHERE slug = 'cardiolume'",
        [],
    )
    .unwrap();
    let (etag, _) = api.my_startup(&b).await;
    let answer = api
        .json(
            Method::PATCH,
            "/api/v1/me/startup",
            Some(&b),
            &[("if-match", &etag)],
            &json!({"name": "Datavoile enregistrée"}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "committed: {}", answer.body);
    let (now, profile) = api.my_startup(&b).await;
    assert_ne!(now, etag);
    assert_eq!(profile["name"], "Datavoile enregistrée");
}
