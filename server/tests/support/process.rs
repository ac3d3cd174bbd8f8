//! The server binary in a child process, and a tiny HTTP/1.1 client over loopback, for tests
//! that need real sockets (crash, shutdown, load).
#![allow(dead_code)]

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    process::{Child, Command, Stdio},
    time::Duration,
};

use serde_json::Value;

/// Starts `portal-server` on a free port with its data in `data`, with the samples and
/// the demo accounts: (process, host:port).
pub fn start(data: &std::path::Path) -> (Child, String) {
    start_with(data, &[])
}

/// [`start`] with more command-line arguments.
pub fn start_with(data: &std::path::Path, args: &[&str]) -> (Child, String) {
    let mut all = vec!["--demo-accounts"];
    all.extend_from_slice(args);
    start_as(data, &all).expect("the server starts")
}

/// `portal-server` with exactly `args` (and its address and folders): (process,
/// host:port), or what it wrote on standard error when it stopped instead of listening.
pub fn start_as(data: &std::path::Path, args: &[&str]) -> Result<(Child, String), String> {
    start_logged(data, args, "error", |_| {})
}

/// [`start_with`] logging at `level`, each line of standard error after the start given to
/// `on_line` (from another thread).
pub fn start_logging(
    data: &std::path::Path,
    args: &[&str],
    level: &str,
    on_line: impl FnMut(String) + Send + 'static,
) -> (Child, String) {
    let mut all = vec!["--demo-accounts"];
    all.extend_from_slice(args);
    start_logged(data, &all, level, on_line).expect("the server starts")
}

fn start_logged(
    data: &std::path::Path,
    args: &[&str],
    level: &str,
    mut on_line: impl FnMut(String) + Send + 'static,
) -> Result<(Child, String), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(args)
        .args(["--addr", "127.0.0.1:0", "--data"])
        .arg(data)
        .arg("--dist")
        .arg(data.join("no-dist"))
        .env("RUST_LOG", level)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut stderr = child.stderr.take().unwrap();
    stdout.read_line(&mut line).unwrap();
    if line.is_empty() {
        let mut why = String::new();
        let _ = stderr.read_to_string(&mut why);
        let _ = child.wait();
        return Err(why);
    }
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            on_line(line);
        }
    });
    // Keep reading so the server never writes into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = line
        .trim()
        .rsplit("http://")
        .next()
        .expect("the server prints its address")
        .to_owned();
    Ok((child, addr))
}

/// One HTTP/1.1 request on a fresh connection: status, headers (lower-case), JSON body.
pub fn http(
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

/// `portal-server account …` on the data in `data`, with `password` on standard input:
/// whether it succeeded, and what it wrote (standard output, then standard error).
pub fn account(args: &[&str], data: &std::path::Path, password: &str) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("account")
        .args(args)
        .arg("--data")
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let output = child.wait_with_output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}
