//! What only a trusted proxy may say (HTTPS: the cookie's `Secure`, HSTS), how many
//! sessions an account keeps, and what a failed sign-in leaves in the log: the server
//! binary on real sockets.

mod support;

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use serde_json::json;
use server::DEMO_ACCOUNTS;
use support::process::{self, http};

/// The server, its address, and its data folder (removed when it stops).
struct Running(
    std::process::Child,
    String,
    #[allow(dead_code)] tempfile::TempDir,
);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(args: &[&str]) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = process::start_with(dir.path(), args);
    Running(child, addr, dir)
}

fn sign_in(server: &Running, headers: &[(&str, &str)], password: &str) -> (u16, String, bool) {
    let (email, _, _) = DEMO_ACCOUNTS[0];
    let body = json!({"email": email, "password": password});
    let (status, answer, _) =
        http(&server.1, "POST", "/api/v1/session", headers, Some(&body)).unwrap();
    let cookie = answer.get("set-cookie").cloned().unwrap_or_default();
    (
        status,
        cookie,
        answer.contains_key("strict-transport-security"),
    )
}

#[test]
fn only_a_trusted_proxy_says_https() {
    let password = DEMO_ACCOUNTS[0].2;
    let https = [("x-forwarded-proto", "https")];
    let direct = serve(&[]);
    let (status, cookie, hsts) = sign_in(&direct, &https, password);
    assert_eq!(status, 200);
    assert!(
        !cookie.contains("Secure"),
        "a client's claim was believed: {cookie}"
    );
    assert!(!hsts, "HSTS over plain HTTP");

    let proxied = serve(&["--trusted-proxy", "127.0.0.1"]);
    let (status, cookie, hsts) = sign_in(&proxied, &https, password);
    assert_eq!(status, 200);
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(hsts, "no HSTS over HTTPS");
    let (_, answer, _) = http(&proxied.1, "GET", "/api/v1/campus", &https, None).unwrap();
    assert_eq!(answer["strict-transport-security"], "max-age=31536000");
    let (_, cookie, hsts) = sign_in(&proxied, &[("x-forwarded-proto", "http")], password);
    assert!(!cookie.contains("Secure") && !hsts, "{cookie}");
}

#[test]
fn an_account_keeps_its_ten_newest_sessions() {
    let server = serve(&[]);
    let password = DEMO_ACCOUNTS[0].2;
    let cookies: Vec<String> = (0..12)
        .map(|_| {
            let (status, cookie, _) = sign_in(&server, &[], password);
            assert_eq!(status, 200);
            cookie.split(';').next().unwrap().to_owned()
        })
        .collect();
    let signed_in: Vec<bool> = cookies
        .iter()
        .map(|cookie| {
            let (status, _, _) =
                http(&server.1, "GET", "/api/v1/me", &[("cookie", cookie)], None).unwrap();
            status == 200
        })
        .collect();
    let mut expected = vec![false; 2];
    expected.extend([true; 10]);
    assert_eq!(signed_in, expected);
}

#[test]
fn failed_sign_ins_are_logged_with_the_address_never_the_email() {
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = lines.clone();
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = process::start_logging(dir.path(), &[], "info", move |line| {
        sink.lock().unwrap().push(line)
    });
    let server = Running(child, addr, dir);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(sign_in(&server, &[], "not the password").0);
    }
    assert!(
        statuses.contains(&401) && statuses.contains(&429),
        "{statuses:?}"
    );
    let wanted = [
        "sign-in failed",
        "sign-in refused: too many failed attempts",
    ];
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let seen = lines.lock().unwrap().clone();
        let found = wanted.iter().all(|w| {
            seen.iter()
                .any(|l| l.contains(w) && l.contains("127.0.0.1"))
        });
        if found {
            let email = DEMO_ACCOUNTS[0].0;
            assert!(
                !seen
                    .iter()
                    .any(|l| l.contains(email) || l.contains("not the password")),
                "{seen:#?}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "{seen:#?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
