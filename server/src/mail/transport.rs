//! Where delivered mail goes: an SMTP server (`--smtp-url`), or, by default, `.eml` files
//! under the data folder, so that a server without SMTP still keeps every letter.

use std::path::PathBuf;

use lettre::{
    address::Envelope, transport::smtp::authentication::Credentials, AsyncFileTransport,
    AsyncSmtpTransport, AsyncTransport, Tokio1Executor,
};

#[derive(Clone)]
pub enum Transport {
    /// One `.eml` file per letter in this folder.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Files(dir) => write!(f, "files in {}", dir.display()),
            Transport::Smtp(_) => write!(f, "SMTP"),
        }
    }
}

impl Transport {
    /// The SMTP relay at `url` (`smtp://host:25`, `smtp://user:pass@host:587`; no TLS, so
    /// a relay on this host or network), else files in `outbox_dir`.
    pub fn new(url: Option<&str>, outbox_dir: PathBuf) -> Result<Transport, String> {
        match url {
            Some(url) => smtp(url).map(Transport::Smtp),
            None => {
                std::fs::create_dir_all(&outbox_dir)
                    .map_err(|e| format!("creating {}: {e}", outbox_dir.display()))?;
                Ok(Transport::Files(outbox_dir))
            }
        }
    }
}

/// `smtp://[user:password@]host[:port]` (port 25 by default).
fn smtp(raw: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let url = url::Url::parse(raw).map_err(|e| format!("--smtp-url: {e}"))?;
    if url.scheme() != "smtp" {
        return Err(format!(
            "--smtp-url: `{}` is not supported: give smtp://host:port of a relay",
            url.scheme()
        ));
    }
    let host = url.host_str().ok_or("--smtp-url: no host")?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(url.port().unwrap_or(25));
    if !url.username().is_empty() {
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        builder = builder.credentials(Credentials::new(
            decode(url.username()),
            decode(url.password().unwrap_or("")),
        ));
    }
    Ok(builder.build())
}

impl Transport {
    /// Delivers one formatted message from `from` to `to`.
    pub async fn send(&self, from: &str, to: &str, message: &[u8]) -> Result<(), String> {
        let envelope = Envelope::new(
            Some(from.parse().map_err(|e| format!("sender: {e}"))?),
            vec![to.parse().map_err(|e| format!("recipient: {e}"))?],
        )
        .map_err(|e| e.to_string())?;
        match self {
            Transport::Files(dir) => AsyncFileTransport::<Tokio1Executor>::new(dir)
                .send_raw(&envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Smtp(smtp) => smtp
                .send_raw(&envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }
}
