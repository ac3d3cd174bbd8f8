//! The sign-in limiter under a hurried or hostile client: parallel guesses, giant e-mails,
//! and the way through a reverse proxy.

mod support;

use std::sync::Arc;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use serde_json::json;
use server::{app, AppState, Content, Db};
use support::process::{http, start};
use tower::ServiceExt;

const OWNER: &str = "equipe@cardiolume.example";

#[test]
fn thirty_parallel_guesses_get_at_most_five_password_checks() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, addr) = start(data.path());
    let addr = Arc::new(addr);
    let statuses: Vec<u16> = (0..30)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let body = json!({"email": OWNER, "password": format!("guess-{i}")});
                http(&addr, "POST", "/api/v1/session", &[], Some(&body))
                    .expect("an answer")
                    .0
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    child.kill().unwrap();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked, 5, "password checks: {statuses:?}");
    assert_eq!(refused, 25, "{statuses:?}");
}

async fn sign_in(router: &axum::Router, body: String, from_proxy: Option<&str>) -> StatusCode {
    let mut request =
        Request::post("/api/v1/session").header(header::CONTENT_TYPE, "application/json");
    if let Some(client) = from_proxy {
        request = request.header("x-forwarded-for", client);
    }
    router
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn giant_e_mails_are_refused_before_the_limiter_keeps_anything() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::load(Db::open(&dir.path().join("db.sqlite3"), Content::DEMO).unwrap())
        .await
        .unwrap();
    let limiter = state.limiter.clone();
    let router = app(state, dir.path().join("dist"));
    let long = format!("{}@x.example", "a".repeat(300));
    let status = sign_in(
        &router,
        json!({"email": long, "password": "x"}).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let huge = format!("{}@x.example", "a".repeat(2_000_000));
    let status = sign_in(
        &router,
        json!({"email": huge, "password": "x"}).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let password = "p".repeat(2_000);
    let status = sign_in(
        &router,
        json!({"email": OWNER, "password": password}).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(limiter.len(), (0, 0), "nothing was counted or kept");
    // A normal wrong guess is counted: one key for the account, one for the address.
    let status = sign_in(
        &router,
        json!({"email": OWNER, "password": "x"}).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(limiter.len(), (2, 0));
}

/// A wrong sign-in for a fresh account, as `client` behind the proxy: the status.
fn guess_from(addr: &str, client: &str, i: usize) -> u16 {
    let body = json!({"email": format!("nobody{i}@x.example"), "password": "x"});
    http(
        addr,
        "POST",
        "/api/v1/session",
        &[("x-forwarded-for", client)],
        Some(&body),
    )
    .unwrap()
    .0
}

/// A process behind a proxy at 127.0.0.1: each client counts on its own, and a client
/// cannot choose its address by writing the header itself.
#[test]
fn behind_a_trusted_proxy_each_client_has_its_own_budget() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, addr) =
        support::process::start_with(data.path(), &["--trusted-proxy", "127.0.0.1"]);
    let guess = |client: &str, i: usize| guess_from(&addr, client, i);
    for i in 0..20 {
        assert_eq!(guess("203.0.113.1", i), 401);
    }
    assert_eq!(
        guess("203.0.113.1", 99),
        429,
        "that client's address is spent"
    );
    assert_eq!(
        guess("203.0.113.2", 99),
        401,
        "another client behind the proxy is not"
    );
    // Forging an earlier hop does not help: the proxy's own entry is the last one.
    assert_eq!(guess("198.51.100.9, 203.0.113.1", 99), 429);
    child.kill().unwrap();

    // Without the option, every client behind the proxy shares the proxy's budget.
    let data = tempfile::tempdir().unwrap();
    let (mut child, addr) = start(data.path());
    let guess = |client: &str, i: usize| guess_from(&addr, client, i);
    for i in 0..20 {
        assert_eq!(guess(&format!("203.0.113.{i}"), i), 401);
    }
    assert_eq!(
        guess("203.0.113.200", 99),
        429,
        "the header is not believed"
    );
    child.kill().unwrap();
}
