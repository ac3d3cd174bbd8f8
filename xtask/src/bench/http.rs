//! A minimal HTTP/1.1 keep-alive client over std, enough for loopback measurements.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
};

pub struct Connection {
    reader: BufReader<TcpStream>,
    host: String,
}

pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Connection {
    pub fn open(addr: &str) -> std::io::Result<Connection> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            reader: BufReader::new(stream),
            host: addr.to_owned(),
        })
    }

    /// `GET path`. A server may close a keep-alive connection left idle (the reference
    /// server does after 10 s, while this client compresses a large body): the request is
    /// then sent again on a new connection, as browsers do for a GET.
    pub fn get(&mut self, path: &str, accept_encoding: Option<&str>) -> std::io::Result<Reply> {
        match self.send(path, accept_encoding) {
            Err(e) if is_closed(&e) => {
                *self = Connection::open(&self.host)?;
                self.send(path, accept_encoding)
            }
            answer => answer,
        }
    }

    fn send(&mut self, path: &str, accept_encoding: Option<&str>) -> std::io::Result<Reply> {
        let encoding = accept_encoding
            .map(|e| format!("Accept-Encoding: {e}\r\n"))
            .unwrap_or_default();
        write!(
            self.reader.get_mut(),
            "GET {path} HTTP/1.1\r\nHost: {}\r\n{encoding}Connection: keep-alive\r\n\r\n",
            self.host
        )?;
        let mut status_line = String::new();
        if self.reader.read_line(&mut status_line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {status_line:?}")))?;
        let mut length = 0usize;
        let mut chunked = false;
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line)?;
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let lower = line.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            } else if lower.starts_with("transfer-encoding:") && lower.contains("chunked") {
                chunked = true;
            }
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                let mut size_line = String::new();
                self.reader.read_line(&mut size_line)?;
                let size = usize::from_str_radix(size_line.trim(), 16).unwrap_or(0);
                let mut chunk = vec![0; size + 2];
                self.reader.read_exact(&mut chunk)?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else {
            body.resize(length, 0);
            self.reader.read_exact(&mut body)?;
        }
        Ok(Reply { status, body })
    }
}

/// Whether `error` says the server had closed the connection before this request.
fn is_closed(error: &std::io::Error) -> bool {
    use std::io::ErrorKind::{BrokenPipe, ConnectionAborted, ConnectionReset, UnexpectedEof};
    matches!(
        error.kind(),
        BrokenPipe | ConnectionReset | ConnectionAborted | UnexpectedEof
    )
}
