//! A small HTTP proxy between the browser and the campus server that can misbehave on
//! purpose for chosen API paths: slow answers, 500s, malformed or truncated JSON, an extra or
//! a missing field, or a connection dropped without an answer.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use serde_json::Value;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// Pass everything through.
    None,
    Slow(Duration),
    /// `500` with a problem body.
    ServerError,
    /// `200` with a body that is not JSON.
    Malformed,
    /// `200` with the first half of the real body.
    Truncated,
    /// The real body with one more top-level member.
    ExtraField,
    /// The real body without this top-level member.
    MissingField(&'static str),
    /// The connection closes without an answer.
    Drop,
}

/// Which requests misbehave: method (or any) and path prefix.
#[derive(Clone)]
struct Rule {
    fault: Fault,
    method: Option<&'static str>,
    prefix: String,
}

/// One request seen by the proxy.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    /// Path and query string.
    pub path: String,
    /// Sent with `If-None-Match`.
    pub conditional: bool,
}

/// What the proxy saw: every request, and the most API requests answered at once.
#[derive(Default)]
struct Log {
    seen: Vec<Seen>,
    in_flight: usize,
    max_in_flight: usize,
}

pub struct FaultProxy {
    pub addr: String,
    rule: Arc<Mutex<Rule>>,
    log: Arc<Mutex<Log>>,
}

impl FaultProxy {
    pub async fn start(upstream: String) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let rule = Arc::new(Mutex::new(Rule {
            fault: Fault::None,
            method: None,
            prefix: String::new(),
        }));
        let shared = rule.clone();
        let log = Arc::new(Mutex::new(Log::default()));
        let shared_log = log.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let rule = shared.lock().unwrap().clone();
                let upstream = upstream.clone();
                let log = shared_log.clone();
                tokio::spawn(async move {
                    let _ = handle(client, &upstream, rule, &log).await;
                });
            }
        });
        FaultProxy { addr, rule, log }
    }

    /// The requests seen so far whose path starts with `prefix`.
    pub fn seen(&self, prefix: &str) -> Vec<Seen> {
        let log = self.log.lock().unwrap();
        log.seen
            .iter()
            .filter(|s| s.path.starts_with(prefix))
            .cloned()
            .collect()
    }

    /// Forgets the requests seen so far.
    pub fn forget(&self) {
        let mut log = self.log.lock().unwrap();
        log.seen.clear();
        log.max_in_flight = 0;
    }

    /// The most API requests (`/api/`) the proxy was answering at the same moment.
    pub fn max_in_flight(&self) -> usize {
        self.log.lock().unwrap().max_in_flight
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// From now on, requests whose path starts with `prefix` (and whose method is `method`,
    /// when given) get `fault`.
    pub fn set(&self, fault: Fault, method: Option<&'static str>, prefix: &str) {
        *self.rule.lock().unwrap() = Rule {
            fault,
            method,
            prefix: prefix.to_owned(),
        };
    }

    pub fn clear(&self) {
        self.set(Fault::None, None, "");
    }
}

async fn read_request(client: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Some((head, buf[head_end..].to_vec()))
}

/// The request sent on: one request per connection, no compression (bodies stay readable).
fn upstream_head(head: &str) -> String {
    let mut lines = head.trim_end().lines();
    let mut out = format!("{}\r\n", lines.next().unwrap_or_default());
    for line in lines {
        let name = line.split(':').next().unwrap_or("").to_ascii_lowercase();
        if name != "connection" && name != "accept-encoding" && name != "keep-alive" {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out.push_str("Connection: close\r\n\r\n");
    out
}

fn response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// Replaces the body of a raw response (and its length), keeping status and headers.
fn with_body(raw: &[u8], body: &[u8]) -> Vec<u8> {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return raw.to_vec();
    };
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut out = String::new();
    for line in head.lines() {
        let name = line.split(':').next().unwrap_or("").to_ascii_lowercase();
        if !matches!(
            name.as_str(),
            "content-length" | "transfer-encoding" | "etag" | "connection"
        ) {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn body_of(raw: &[u8]) -> &[u8] {
    raw.windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(&[][..], |i| &raw[i + 4..])
}

/// Counts an API request as in flight for as long as it lives.
struct InFlight<'a>(&'a Mutex<Log>);

impl<'a> InFlight<'a> {
    fn start(log: &'a Mutex<Log>) -> Self {
        let mut l = log.lock().unwrap();
        l.in_flight += 1;
        l.max_in_flight = l.max_in_flight.max(l.in_flight);
        InFlight(log)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.lock().unwrap().in_flight -= 1;
    }
}

async fn handle(mut client: TcpStream, upstream: &str, rule: Rule, log: &Mutex<Log>) -> Option<()> {
    let (head, body) = read_request(&mut client).await?;
    let mut first = head.lines().next().unwrap_or_default().split(' ');
    let (method, path) = (first.next().unwrap_or(""), first.next().unwrap_or(""));
    let conditional = head.lines().any(|l| {
        l.split_once(':')
            .is_some_and(|(k, _)| k.trim().eq_ignore_ascii_case("if-none-match"))
    });
    log.lock().unwrap().seen.push(Seen {
        method: method.to_owned(),
        path: path.to_owned(),
        conditional,
    });
    let _in_flight = path.starts_with("/api/").then(|| InFlight::start(log));
    let applies = !rule.prefix.is_empty()
        && path.starts_with(&rule.prefix)
        && rule.method.is_none_or(|m| m == method);
    let fault = if applies { rule.fault } else { Fault::None };
    match &fault {
        Fault::Drop => return Some(()),
        Fault::ServerError => {
            let problem = br#"{"type":"urn:parisante-campus:problem:internal","title":"Internal server error","status":500}"#;
            client
                .write_all(&response(
                    "500 Internal Server Error",
                    "application/problem+json",
                    problem,
                ))
                .await
                .ok()?;
            return Some(());
        }
        Fault::Malformed => {
            client
                .write_all(&response(
                    "200 OK",
                    "application/json",
                    b"{\"total\": \"lots\", <<<",
                ))
                .await
                .ok()?;
            return Some(());
        }
        Fault::Slow(delay) => tokio::time::sleep(*delay).await,
        _ => {}
    }
    let mut server = TcpStream::connect(upstream).await.ok()?;
    server
        .write_all(upstream_head(&head).as_bytes())
        .await
        .ok()?;
    server.write_all(&body).await.ok()?;
    let mut raw = Vec::new();
    server.read_to_end(&mut raw).await.ok()?;
    let raw = match fault {
        Fault::Truncated => {
            let body = body_of(&raw);
            with_body(&raw, &body[..body.len() / 2])
        }
        Fault::ExtraField | Fault::MissingField(_) => {
            match serde_json::from_slice::<Value>(body_of(&raw)) {
                Ok(Value::Object(mut object)) => {
                    if let Fault::MissingField(name) = fault {
                        object.remove(name);
                    } else {
                        object.insert("added_by_a_newer_api".into(), Value::from(42));
                    }
                    with_body(&raw, Value::Object(object).to_string().as_bytes())
                }
                _ => raw,
            }
        }
        _ => raw,
    };
    client.write_all(&raw).await.ok()?;
    client.shutdown().await.ok()
}
