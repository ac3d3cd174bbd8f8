//! What a serving process is started with: the command line's options (`cli.rs`) as
//! one value, with the defaults of `portal-server` without options.

use std::{net::SocketAddr, path::PathBuf};

use crate::{app_state::MailSettings, db::Content, http};

#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub dist_dir: PathBuf,
    /// What a new database gets beside the campus facts (`--sample-data`, `--demo-accounts`).
    pub content: Content,
    /// Benchmarks only: fill the catalogue with generated programmes up to this count.
    pub sample_programmes: Option<usize>,
    /// Benchmarks only: fill the directory with generated start-ups up to this count.
    pub sample_startups: Option<usize>,
    /// Origins whose pages may call the API (`--allow-origin`, `PORTAL_ALLOW_ORIGINS`).
    pub allow_origins: Vec<http::cors::AllowedOrigin>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Mail: where it goes, from whom, and where its links point.
    pub mail: MailSettings,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            dist_dir: PathBuf::from("dist"),
            content: Content::FACTS,
            sample_programmes: None,
            sample_startups: None,
            allow_origins: Vec::new(),
            trusted_proxies: Vec::new(),
            mail: MailSettings::default(),
        }
    }
}
