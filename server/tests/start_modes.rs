//! What a new database holds depends on how the server is started: the campus facts only
//! by default, the samples with `--sample-data`, the demo accounts with `--demo-accounts`;
//! deleted demo accounts never come back, and a server not told to keep them refuses a
//! database that holds them.

mod support;

use std::path::Path;

use serde_json::{json, Value};
use server::DEMO_ACCOUNTS;
use support::process::{self, account, http};

struct Running(std::process::Child, String);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(data: &Path, args: &[&str]) -> Running {
    let (child, addr) = process::start_as(data, args).unwrap();
    Running(child, addr)
}

fn total(server: &Running, resource: &str) -> u64 {
    let (status, _, body) = http(&server.1, "GET", resource, &[], None).unwrap();
    assert_eq!(status, 200, "{resource}: {body}");
    body["total"].as_u64().unwrap()
}

fn samples_listed(server: &Running) -> usize {
    let (_, _, body) = http(
        &server.1,
        "GET",
        "/api/v1/startups?per_page=1000",
        &[],
        None,
    )
    .unwrap();
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["sample"] == Value::Bool(true))
        .count()
}

fn demo_sign_in(server: &Running) -> u16 {
    let (email, _, password) = DEMO_ACCOUNTS[0];
    let body = json!({"email": email, "password": password});
    http(&server.1, "POST", "/api/v1/session", &[], Some(&body))
        .unwrap()
        .0
}

/// A password the account command accepts.
const PASSWORD: &str = "violet tambour lune cerise";

#[test]
fn a_server_starts_with_the_campus_facts_only() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(dir.path(), &[]);
    // The four real start-ups of the article, no sample, no programme, no demo account.
    assert_eq!(total(&server, "/api/v1/startups"), 4);
    assert_eq!(samples_listed(&server), 0);
    assert_eq!(total(&server, "/api/v1/programmes"), 0);
    assert_eq!(demo_sign_in(&server), 401);
    let (status, _, campus) = http(&server.1, "GET", "/api/v1/campus", &[], None).unwrap();
    assert_eq!(status, 200);
    assert_eq!(campus["founders"].as_array().unwrap().len(), 5);
}

#[test]
fn samples_and_demo_accounts_come_only_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    {
        let server = serve(dir.path(), &["--sample-data"]);
        assert!(samples_listed(&server) > 40);
        assert!(total(&server, "/api/v1/programmes") > 0);
        assert_eq!(demo_sign_in(&server), 401);
    }
    let server = serve(dir.path(), &["--demo-accounts"]);
    assert_eq!(demo_sign_in(&server), 200);
}

#[test]
fn the_account_command_creates_one_account_and_no_demo_one() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = account(
        &[
            "create",
            "--email",
            "fondatrice@posos.example",
            "--startup",
            "posos",
        ],
        dir.path(),
        PASSWORD,
    );
    assert!(ok, "{text}");
    let server = serve(dir.path(), &[]);
    assert_eq!(demo_sign_in(&server), 401);
    let body =
        json!({"email": "fondatrice@posos.example", "password": "violet tambour lune cerise"});
    let (status, _, _) = http(&server.1, "POST", "/api/v1/session", &[], Some(&body)).unwrap();
    assert_eq!(status, 200);
}

#[test]
fn demo_accounts_are_refused_unless_kept_and_never_come_back() {
    let dir = tempfile::tempdir().unwrap();
    drop(serve(dir.path(), &["--demo-accounts"]));
    // Without --demo-accounts, the server names the commands that remove them.
    let refused = process::start_as(dir.path(), &[]).map(|(mut child, _)| child.kill());
    let why = refused.expect_err("a database with the demo accounts was served");
    for (email, _, _) in DEMO_ACCOUNTS {
        assert!(
            why.contains(&format!("portal-server account delete --email {email}")),
            "{why}"
        );
    }
    for (email, _, _) in DEMO_ACCOUNTS {
        let (ok, text) = account(&["delete", "--email", email], dir.path(), PASSWORD);
        assert!(ok, "{text}");
    }
    // Deleted, they stay deleted, even for a server that would seed them.
    let server = serve(dir.path(), &["--demo-accounts"]);
    assert_eq!(demo_sign_in(&server), 401);
    drop(server);
    let server = serve(dir.path(), &[]);
    assert!(samples_listed(&server) > 40, "the samples stay");
}
