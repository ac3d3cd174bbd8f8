//! The real peers of the agenda's tests: an SMTP server (`aiosmtpd`, from the tools cache's
//! Python, `PORTAL_PYTHON`) that keeps what it receives in a Maildir, and the `icalendar`
//! parser that reads every calendar the API writes.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use mail_parser::{MessageParser, MimeHeaders};
use tokio::process::{Child, Command};

use crate::env_path;

/// A running SMTP server and the folder its mail lands in.
pub struct SmtpServer {
    _child: Child,
    pub url: String,
    maildir: PathBuf,
}

/// A letter as it arrived: its subject, plain text, and attachments (type, bytes).
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub attachments: Vec<(String, Vec<u8>)>,
}

impl SmtpServer {
    /// Starts `aiosmtpd` on a free port of 127.0.0.1, writing into a Maildir under `dir`.
    pub async fn start(dir: &Path) -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let maildir = dir.join("maildir");
        let child = Command::new(env_path("PORTAL_PYTHON"))
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("aiosmtpd starts");
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "aiosmtpd listens"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        SmtpServer {
            _child: child,
            url: format!("smtp://127.0.0.1:{port}"),
            maildir,
        }
    }

    /// What has arrived for `email`, oldest first.
    pub fn letters_to(&self, email: &str) -> Vec<Letter> {
        let mut found: Vec<(std::time::SystemTime, Letter)> = Vec::new();
        for folder in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir.join(folder)) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    continue;
                };
                let Some(message) = MessageParser::default().parse(&bytes) else {
                    continue;
                };
                let to = message
                    .to()
                    .and_then(|to| to.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_owned();
                if to != email {
                    continue;
                }
                let attachments = message
                    .attachments()
                    .map(|a| {
                        let kind = a.content_type().map_or(String::new(), |t| {
                            format!("{}/{}", t.ctype(), t.subtype().unwrap_or(""))
                        });
                        (kind, a.contents().to_vec())
                    })
                    .collect();
                let at = entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH);
                found.push((
                    at,
                    Letter {
                        subject: message.subject().unwrap_or_default().to_owned(),
                        text: message.body_text(0).unwrap_or_default().into_owned(),
                        attachments,
                    },
                ));
            }
        }
        found.sort_by_key(|(at, _)| *at);
        found.into_iter().map(|(_, letter)| letter).collect()
    }
}

/// Parses `ics` with Python's `icalendar` (strictly: a parse error fails) and gives, per
/// event: UID, SUMMARY, STATUS, SEQUENCE, start and end in UTC (RFC 3339), and the TZID
/// of its start; plus the calendar's METHOD and whether it carries a VTIMEZONE.
pub fn parse_calendar(ics: &[u8]) -> serde_json::Value {
    const SCRIPT: &str = r#"
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
def utc(v):
    if isinstance(v, datetime.datetime):
        return v.astimezone(datetime.timezone.utc).isoformat()
    return v.isoformat()
events = []
for e in cal.walk("VEVENT"):
    start = e.get("DTSTART")
    events.append({
        "uid": str(e.get("UID")),
        "summary": str(e.get("SUMMARY")),
        "status": str(e.get("STATUS")),
        "sequence": int(e.get("SEQUENCE", 0)),
        "start": utc(e.decoded("DTSTART")),
        "end": utc(e.decoded("DTEND")),
        "tzid": start.params.get("TZID"),
        "has_organizer": "ORGANIZER" in e,
    })
print(json.dumps({
    "method": str(cal.get("METHOD")),
    "timezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")],
    "events": events,
}))
"#;
    let output = std::process::Command::new(env_path("PORTAL_PYTHON"))
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(ics)?;
            child.wait_with_output()
        })
        .expect("python runs");
    assert!(
        output.status.success(),
        "icalendar refused the calendar:\n{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(ics)
    );
    serde_json::from_slice(&output.stdout).expect("the script prints JSON")
}
