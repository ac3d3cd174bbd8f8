//! The real server binary killed with SIGKILL while members save: after a restart the
//! database passes its integrity check and every write that was answered 200 is there. A
//! backup taken during the writes is consistent too.

mod support;

use std::{
    io::{Read, Write},
    net::TcpStream,
    process::Command,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use serde_json::json;
use support::process::{http, start};

fn sign_in(addr: &str, email: &str, password: &str) -> (String, String) {
    let (status, headers, body) = http(
        addr,
        "POST",
        "/api/v1/session",
        &[],
        Some(&json!({"email": email, "password": password})),
    )
    .unwrap();
    assert_eq!(status, 200, "{body}");
    let cookie = headers["set-cookie"].split(';').next().unwrap().to_owned();
    (cookie, body["csrf_token"].as_str().unwrap().to_owned())
}

#[test]
fn a_kill_during_writes_loses_no_accepted_write_and_leaves_the_database_intact() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = start(dir.path());
    let members = [
        (
            "equipe@cardiolume.example",
            "cardiolume-demo-2026",
            "cardiolume",
        ),
        (
            "cto@cardiolume.example",
            "cardiolume-cto-2026",
            "cardiolume",
        ),
        (
            "equipe@datavoile.example",
            "datavoile-demo-2026",
            "datavoile",
        ),
    ];
    let accepted: Arc<Mutex<Vec<(String, u32)>>> = Arc::default();
    let running = Arc::new(AtomicBool::new(true));
    let mut writers = Vec::new();
    for (i, (email, password, startup)) in members.into_iter().enumerate() {
        let (cookie, csrf) = sign_in(&addr, email, password);
        let (addr, accepted, running) = (addr.clone(), accepted.clone(), running.clone());
        writers.push(std::thread::spawn(move || {
            let mut n = 0;
            while running.load(Ordering::Relaxed) {
                n += 1;
                let Some((200, _, current)) = http(
                    &addr,
                    "GET",
                    "/api/v1/me/startup",
                    &[("Cookie", &cookie)],
                    None,
                ) else {
                    continue;
                };
                let etag = current["etag"].as_str().unwrap().to_owned();
                let patch = json!({"pitch": {"fr": format!("Accroche {i}-{n}, avant la panne.")}});
                match http(
                    &addr,
                    "PATCH",
                    "/api/v1/me/startup",
                    &[
                        ("Cookie", &cookie),
                        ("X-CSRF-Token", &csrf),
                        ("If-Match", &etag),
                    ],
                    Some(&patch),
                ) {
                    Some((200, _, saved)) => {
                        let version = saved["etag"].as_str().unwrap().trim_matches('"')[1..]
                            .parse()
                            .unwrap();
                        accepted.lock().unwrap().push((startup.to_owned(), version));
                    }
                    Some((412, _, _)) | None => {}
                    Some((status, _, body)) => panic!("unexpected {status}: {body}"),
                }
            }
        }));
    }
    std::thread::sleep(Duration::from_millis(700));
    // A backup while the members write.
    let backup = dir.path().join("backup.sqlite3");
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["backup", "--to"])
        .arg(&backup)
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("integrity ok"));
    std::thread::sleep(Duration::from_millis(500));
    server.kill().unwrap(); // SIGKILL: no shutdown, no flush
    server.wait().unwrap();
    running.store(false, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let accepted = accepted.lock().unwrap().clone();
    assert!(
        accepted.len() >= 5,
        "writes happened before the kill: {}",
        accepted.len()
    );

    let conn = rusqlite::Connection::open(dir.path().join("campus.sqlite3")).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    for (startup, version) in &accepted {
        let found: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM startup_history WHERE startup_slug = ?1 AND version = ?2)",
                rusqlite::params![startup, version],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            found,
            "accepted write {startup} v{version} is in the history"
        );
    }
    eprintln!("CRASH accepted={} all found after SIGKILL", accepted.len());
    drop(conn);

    // The server starts again on the same data and serves the last accepted pitch.
    let (mut again, addr) = start(dir.path());
    let (status, _, list) = http(&addr, "GET", "/api/v1/startups?q=cardiolume", &[], None).unwrap();
    assert_eq!(status, 200);
    assert!(list["items"][0]["pitch"]["fr"]
        .as_str()
        .unwrap()
        .contains("avant la panne"));
    again.kill().unwrap();
    again.wait().unwrap();

    // The backup restores into a fresh folder and is consistent.
    let restored = dir.path().join("restored");
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["restore", "--from"])
        .arg(&backup)
        .arg("--data")
        .arg(&restored)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = rusqlite::Connection::open(restored.join("campus.sqlite3")).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[test]
fn sigterm_lets_an_in_flight_request_finish_then_stops() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = start(dir.path());
    let body = r#"{"email":"equipe@datavoile.example","password":"datavoile-demo-2026"}"#;
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The request starts: headers and half of the body...
    write!(
        stream,
        "POST /api/v1/session HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
        body.len(),
        &body[..20]
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    // ...the server is asked to stop...
    let status = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        server.try_wait().unwrap().is_none(),
        "still finishing the request"
    );
    // ...and the rest arrives: the answer is complete.
    stream.write_all(&body.as_bytes()[20..]).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("csrf_token"));
    let exit = server.wait().unwrap();
    assert!(exit.success(), "a clean exit: {exit}");
    assert!(TcpStream::connect(&addr).is_err(), "no longer listening");
}
