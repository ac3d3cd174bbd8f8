//! Connections that stall are closed, and heads past the limits are refused: each kind of
//! slow or oversized client, on a real socket, against the server binary.

mod support;

use std::{
    io::{Read, Write},
    net::TcpStream,
    time::{Duration, Instant},
};

use support::process;

/// The server's header timeout is 10 s; a closed connection must be seen well before this.
const CLOSED_WITHIN: Duration = Duration::from_secs(16);

struct Server {
    child: std::process::Child,
    addr: String,
    _data: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let data = tempfile::tempdir().unwrap();
        let (child, addr) = process::start(data.path());
        Server {
            child,
            addr,
            _data: data,
        }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.addr).unwrap();
        stream.set_read_timeout(Some(CLOSED_WITHIN)).unwrap();
        stream
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads until the server closes the connection: what it sent, and whether it closed
/// within [`CLOSED_WITHIN`] (a read timeout means it kept the connection open).
fn read_until_closed(stream: &mut TcpStream) -> (String, bool) {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return (String::from_utf8_lossy(&received).into_owned(), true),
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return (String::from_utf8_lossy(&received).into_owned(), true)
            }
            Err(_) => return (String::from_utf8_lossy(&received).into_owned(), false),
        }
    }
}

#[test]
fn a_silent_connection_is_closed() {
    let server = Server::start();
    let mut stream = server.connect();
    let started = Instant::now();
    let (_, closed) = read_until_closed(&mut stream);
    assert!(closed, "still open after {:?}", started.elapsed());
}

#[test]
fn headers_sent_one_line_at_a_time_are_cut_off() {
    let server = Server::start();
    let mut stream = server.connect();
    let mut writer = stream.try_clone().unwrap();
    let trickle = std::thread::spawn(move || {
        let _ = writer.write_all(b"GET /api/v1/campus HTTP/1.1\r\nHost: campus\r\n");
        // A line every 3 s, for longer than the test waits: only the server can end it.
        for line in 0..20 {
            std::thread::sleep(Duration::from_secs(3));
            if writer
                .write_all(format!("X-Line-{line}: a\r\n").as_bytes())
                .is_err()
            {
                return;
            }
        }
    });
    let (received, closed) = read_until_closed(&mut stream);
    assert!(closed, "a trickling head was kept open");
    assert!(!received.contains("200 OK"), "{received}");
    drop(stream);
    let _ = trickle.join();
}

#[test]
fn a_body_announced_and_never_sent_frees_the_connection() {
    let server = Server::start();
    let mut stream = server.connect();
    stream
        .write_all(
            b"POST /api/v1/session HTTP/1.1\r\nHost: campus\r\nContent-Type: application/json\r\n\
              Content-Length: 1000\r\n\r\n{",
        )
        .unwrap();
    let (received, closed) = read_until_closed(&mut stream);
    assert!(
        closed,
        "a stalled body was kept open; received {received:?}"
    );
    // If an answer is written before closing, it is a problem, not a success.
    if !received.is_empty() {
        assert!(received.contains("application/problem+json"), "{received}");
    }
}

#[test]
fn an_idle_keep_alive_connection_is_closed() {
    let server = Server::start();
    let mut stream = server.connect();
    stream
        .write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: campus\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    let (received, closed) = read_until_closed(&mut stream);
    assert!(received.starts_with("HTTP/1.1 200"), "{received}");
    assert!(
        closed,
        "an idle keep-alive connection was still open after {:?}",
        started.elapsed()
    );
}

/// One request on its own connection: the whole answer.
fn exchange(server: &Server, request: &[u8]) -> String {
    let mut stream = server.connect();
    stream.write_all(request).unwrap();
    read_until_closed(&mut stream).0
}

fn with_header(size: usize) -> Vec<u8> {
    format!(
        "GET /api/v1/campus HTTP/1.1\r\nHost: campus\r\nConnection: close\r\nX-Filler: {}\r\n\r\n",
        "a".repeat(size)
    )
    .into_bytes()
}

#[test]
fn large_heads_are_refused_as_problems_with_the_security_headers() {
    let server = Server::start();
    let answer = exchange(&server, &with_header(20 * 1024));
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains("content-security-policy"), "{answer}");

    let target = format!(
        "GET /api/v1/programmes?q={} HTTP/1.1\r\nHost: campus\r\nConnection: close\r\n\r\n",
        "a".repeat(10 * 1024)
    );
    let answer = exchange(&server, target.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 414"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains("x-content-type-options"), "{answer}");
    assert!(!answer.contains("aaaa"), "the address is echoed: {answer}");

    // Past hyper's own buffer, hyper refuses the head before any service runs.
    let answer = exchange(&server, &with_header(410 * 1024));
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
}

#[test]
fn expect_continue_is_answered_only_when_the_length_fits() {
    let server = Server::start();
    let answer = exchange(
        &server,
        b"POST /api/v1/session HTTP/1.1\r\nHost: campus\r\nContent-Type: application/json\r\n\
          Content-Length: 10000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(!answer.contains("100 Continue"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
}
