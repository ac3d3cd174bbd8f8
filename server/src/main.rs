//! `portal-server`: the reference campus API, also serving the built portal.
//!
//! Usage: `portal-server [--addr HOST:PORT] [--data DIR] [--dist DIR] [--sample-data] …`

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use server::ServerConfig;

const USAGE: &str =
    "usage: portal-server [--addr HOST:PORT] [--data DIR] [--dist DIR] [--sample-data]
                    [--demo-accounts] [--allow-origin ORIGIN]… [--trusted-proxy ADDR]…
  --addr   address to listen on (default 127.0.0.1:8080; port 0 picks a free port)
  --data   folder of the SQLite database, created and seeded on first start (default ./data)
  --dist   folder of the built portal to serve (default ./dist)
  --allow-origin ORIGIN   pages of ORIGIN (https://portal.example.org) may call the API,
           with credentials; repeatable, and also read from PORTAL_ALLOW_ORIGINS (commas)
  --trusted-proxy ADDR    a reverse proxy in front of this server (10.0.0.1): its
           X-Forwarded-For names the client for sign-in rate limiting; repeatable, also
           PORTAL_TRUSTED_PROXIES (commas). Off by default: the peer address counts
  --sample-data           also load the sample programmes and start-ups (invented, marked as
           samples) into the database, once; without it only the campus facts are loaded
  --demo-accounts         also create the demo accounts of the README (local use only; implies
           --sample-data); without it, a database holding them is refused
  --site-url URL          where the portal is published (links in e-mails and calendars;
           default http://127.0.0.1:8080)
  --mail-from ADDRESS     the sender of the agenda's e-mails
  --smtp-url URL          deliver e-mail to the SMTP relay at URL (smtp://host:25 or
           smtp://user:pass@host:587, without TLS: a relay on this host or network); without
           it, e-mails are written as .eml files under DIR/outbox
  --sample-programmes N   benchmarks only: add generated programmes until the catalogue holds N
  --sample-startups N     benchmarks only: add generated start-ups until the directory holds N

       portal-server account create --email E --startup SLUG [--data DIR]
       portal-server account reset-password --email E [--data DIR]
  (the password is read from standard input)
       portal-server event upsert --from FILE.json | cancel SLUG | registrations SLUG --csv
       portal-server backup --to FILE [--data DIR]     (while the server runs)
       portal-server restore --from FILE [--data DIR]  (server stopped)";

fn parse_args() -> Result<ServerConfig, String> {
    let mut config = ServerConfig::default();
    if let Ok(list) = std::env::var("PORTAL_ALLOW_ORIGINS") {
        config.allow_origins = server::http::cors::AllowedOrigin::parse_list(&list)
            .map_err(|e| format!("PORTAL_ALLOW_ORIGINS: {e}"))?;
    }
    if let Ok(list) = std::env::var("PORTAL_TRUSTED_PROXIES") {
        for raw in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let ip: std::net::IpAddr = raw
                .parse()
                .map_err(|e| format!("PORTAL_TRUSTED_PROXIES {raw}: {e}"))?;
            config.trusted_proxies.push(ip.to_canonical());
        }
    }
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--addr" => {
                let raw = value("--addr")?;
                config.addr = raw
                    .parse::<SocketAddr>()
                    .map_err(|e| format!("--addr {raw}: {e}"))?;
            }
            "--data" => config.data_dir = PathBuf::from(value("--data")?),
            "--dist" => config.dist_dir = PathBuf::from(value("--dist")?),
            "--allow-origin" => {
                let raw = value("--allow-origin")?;
                let origin = server::http::cors::AllowedOrigin::parse(&raw)
                    .map_err(|e| format!("--allow-origin: {e}"))?;
                if !config.allow_origins.contains(&origin) {
                    config.allow_origins.push(origin);
                }
            }
            "--trusted-proxy" => {
                let raw = value("--trusted-proxy")?;
                let ip: std::net::IpAddr = raw
                    .parse()
                    .map_err(|e| format!("--trusted-proxy {raw}: {e}"))?;
                config.trusted_proxies.push(ip.to_canonical());
            }
            "--sample-data" => config.content.samples = true,
            "--site-url" => config.mail.site_url = value("--site-url")?,
            "--mail-from" => config.mail.from = value("--mail-from")?,
            "--smtp-url" => config.mail.smtp_url = Some(value("--smtp-url")?),
            "--demo-accounts" => config.content.demo_accounts = true,
            "--sample-programmes" => {
                let raw = value("--sample-programmes")?;
                config.sample_programmes = Some(
                    raw.parse()
                        .map_err(|e| format!("--sample-programmes {raw}: {e}"))?,
                );
            }
            "--sample-startups" => {
                let raw = value("--sample-startups")?;
                config.sample_startups = Some(
                    raw.parse()
                        .map_err(|e| format!("--sample-startups {raw}: {e}"))?,
                );
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(config)
}

/// The outcome of a one-shot command: what was done, or why not (exit code 2).
fn finish(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(done) => {
            println!("{done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    server::init_logging();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("account") => return finish(server::admin::run(&args[1..]).await),
        Some("event") => return finish(server::event_admin::run(&args[1..]).await),
        Some(action @ ("backup" | "restore")) => {
            return finish(server::backup::run(action, &args[1..]))
        }
        _ => {}
    }
    let config = match parse_args() {
        Ok(config) => config,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
