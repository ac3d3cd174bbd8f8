//! The real server binary killed with SIGKILL while members save: after a restart the
//! database passes its integrity check and every write that was answered 200 is there. A
//! backup taken during the writes is consistent too.

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use serde_json::{json, Value};

fn start(data: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--addr", "127.0.0.1:0", "--data"])
        .arg(data)
        .arg("--dist")
        .arg(data.join("no-dist"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut line).unwrap();
    // Keep reading so the server never writes into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = line
        .trim()
        .rsplit("http://")
        .next()
        .expect("the server prints its address")
        .to_owned();
    (child, addr)
}

/// One HTTP/1.1 request on a fresh connection: status, headers (lower-case), JSON body.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
) -> Option<(u16, HashMap<String, String>, Value)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        request.push_str("Content-Type: application/json\r\n");
    }
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(&body);
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw);
    let (head, payload) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_lowercase(), v.to_owned()))
        .collect();
    Some((
        status,
        headers,
        serde_json::from_str(payload).unwrap_or(Value::Null),
    ))
}

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
