//! The reference JSON API of the campus portal. The portal only knows it through
//! `/api/v1` and `openapi.yaml`; this crate is the default implementation, so the
//! portal runs out of the box.
//!
//! - [`cli`]: the command line (serving, and the `account`, `event`, `backup`, `restore`
//!   commands of [`admin`], [`event_admin`], [`backup`]), serving as a [`ServerConfig`];
//! - `api`: one router per resource; `auth`: sessions, passwords and rate limits;
//!   [`http`]: the layers every answer passes (ETags, CORS, security headers, limits);
//! - `db`: SQLite (migrations, seed, one module per table group); `input`: untrusted
//!   uploads and addresses, checked; [`mail`]: the outbox and its delivery;
//! - the agenda: [`paris`] (Paris time), [`calendar`] (ICS feeds), `agenda` (its index,
//!   mail room and periodic work), `registration_limits`; [`clock`]: the one clock;
//! - `static_files`: serving the built portal (`dist/`) beside the API.

pub mod admin;
mod agenda;
mod api;
mod app_state;
mod auth;
pub mod backup;
pub mod calendar;
pub mod cli;
pub mod clock;
mod config;
mod db;
mod error;
pub mod event_admin;
pub mod http;
mod input;
pub mod mail;
pub mod paris;
mod registration_limits;
mod stamped_index;
mod static_files;

use std::{path::PathBuf, sync::Arc};

use axum::Router;
use tokio::net::TcpListener;

pub use app_state::{AppState, MailSettings};
/// The code an authenticator app shows for a secret at a time (Unix seconds): the tests
/// sign the campus team in with it.
pub use auth::second_factor::code_at as totp_code;
pub use config::ServerConfig;
pub use db::{owner_only, retention, side_files, Content, Db, PoolBounds, DEMO_ACCOUNTS};
pub use error::ApiError;
pub use http::CONTENT_SECURITY_POLICY;
pub use registration_limits::RegistrationLimits;

/// The whole HTTP application: the API under `/api/v1`, the portal everywhere else. Only
/// the portal served here may call the API.
pub fn app(state: AppState, dist_dir: PathBuf) -> Router {
    app_allowing(state, dist_dir, &[])
}

/// [`app`], whose API also answers pages of `origins` (a portal on another host).
pub fn app_allowing(
    state: AppState,
    dist_dir: PathBuf,
    origins: &[http::cors::AllowedOrigin],
) -> Router {
    let trusted = state.trusted_proxies.clone();
    let mut api = api::router(state.clone());
    if let Some(cors) = http::cors::layer(origins) {
        api = api.layer(cors).layer(axum::middleware::map_response(
            http::cors::only_for_allowed_origins,
        ));
    }
    Router::new()
        .nest(model::api_paths::ROOT, api)
        .fallback_service(static_files::service(dist_dir, state))
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            http::BODY_FRAME_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn(http::bounded_heads))
        .layer(axum::middleware::map_response(
            http::problems::every_error_is_a_problem,
        ))
        .layer(axum::middleware::from_fn_with_state(
            trusted,
            http::security_headers,
        ))
}

/// Logs go to standard error (standard output only carries the "listening on" line), as
/// text, or as one JSON object per line with `PORTAL_LOG_FORMAT=json`. They never hold
/// personal data or secrets: no e-mail, no cookie, no query string, no request body.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr);
    let _ = if std::env::var("PORTAL_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().flatten_event(true).try_init()
    } else {
        builder.try_init()
    };
}

/// Opens (creating and seeding on first start) the database, binds, prints the URL and
/// serves until Ctrl-C or SIGTERM; in-flight requests finish before exit.
pub async fn run(config: ServerConfig) -> Result<(), String> {
    std::fs::create_dir_all(&config.data_dir).map_err(|e| {
        format!(
            "cannot create data folder {}: {e}",
            config.data_dir.display()
        )
    })?;
    let db_path = config.data_dir.join("campus.sqlite3");
    let db = Db::open(&db_path, config.content)
        .map_err(|e| format!("database {}: {e}", db_path.display()))?;
    refuse_unwanted_demo_accounts(&db, &config).await?;
    if let Some(count) = config.sample_programmes {
        db.add_generated_programmes(count)
            .map_err(|e| format!("generating programmes: {e}"))?;
    }
    if let Some(count) = config.sample_startups {
        db.add_generated_startups(count)
            .map_err(|e| format!("generating start-ups: {e}"))?;
    }
    if !config.dist_dir.join("index.html").is_file() {
        tracing::warn!(
            "no index.html in {}: the API works, the portal pages will not",
            config.dist_dir.display()
        );
    }
    let listener = TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let mut state = AppState::load_with(db, &config.mail).await?;
    spawn_retention(state.db.clone());
    agenda::spawn(state.db.clone(), state.mail.clone(), state.agenda.clone());
    state.trusted_proxies = Arc::new(config.trusted_proxies.clone());
    let app = app_allowing(state, config.dist_dir.clone(), &config.allow_origins);
    for origin in &config.allow_origins {
        tracing::info!("the API answers pages of {}", origin.as_str());
    }
    // Tests and xtask read this line to learn the port.
    println!("PariSanté Campus portal listening on http://{addr}");
    http::connections::serve(listener, app, shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

/// A database that holds the demo accounts, whose passwords the README prints, is only
/// served when `--demo-accounts` says they are wanted (on a laptop, in the tests).
async fn refuse_unwanted_demo_accounts(db: &Db, config: &ServerConfig) -> Result<(), String> {
    if config.content.demo_accounts {
        return Ok(());
    }
    let found = db
        .demo_accounts_present()
        .await
        .map_err(|e| format!("looking for the demo accounts: {e}"))?;
    if found.is_empty() {
        return Ok(());
    }
    let data = config.data_dir.display();
    let commands: Vec<String> = found
        .iter()
        .map(|email| format!("  portal-server account delete --email {email} --data {data}"))
        .collect();
    Err(format!(
        "this database holds the demo accounts, whose passwords are public (README):\n{}\n\
         delete them as above before serving it, or start with --demo-accounts to try the \
         portal locally",
        commands.join("\n")
    ))
}

/// Applies the retention periods now and then every hour (`db::retention`).
fn spawn_retention(db: Arc<Db>) {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            match db.purge_expired(clock::now_unix()).await {
                Ok(purged) if purged != Default::default() => tracing::info!(
                    history_lines = purged.history_lines,
                    sessions = purged.sessions,
                    registrations = purged.registrations,
                    letters = purged.letters,
                    "retention: deleted what outlived its period"
                ),
                Ok(_) => {}
                Err(e) => tracing::warn!("retention purge: {e}; trying again in an hour"),
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut sig) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            sig.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
