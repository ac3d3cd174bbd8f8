//! The reference JSON API of the campus portal. The portal only knows it through
//! `/api/v1` and `openapi.yaml`; this crate is the default implementation, so the
//! portal runs out of the box.

pub mod admin;
mod api;
mod auth;
pub mod backup;
pub mod clock;
mod db;
mod error;
pub mod http;
mod input;
mod static_files;

use std::{
    net::SocketAddr,
    path::PathBuf,
    sync::{Arc, RwLock},
};

use axum::Router;
use model::{catalogue::CatalogueIndex, directory::DirectoryIndex};
use tokio::net::TcpListener;

pub use db::{owner_only, retention, side_files, Content, Db, PoolBounds, DEMO_ACCOUNTS};
pub use error::ApiError;
pub use http::CONTENT_SECURITY_POLICY;

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
        }
    }
}

/// Reloads of the directory after a save before giving up (until the next save).
const REFRESH_ATTEMPTS: u32 = 3;

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Arc<Db>,
    /// The programmes, indexed in memory: the catalogue is read-only through the API, and
    /// searching it in memory keeps list requests in the sub-millisecond range.
    pub catalogue: Arc<CatalogueIndex>,
    /// The start-up cards, indexed in memory like the catalogue; swapped whole when a
    /// profile changes, so readers never wait for a writer.
    /// With the stamp of the snapshot it was built from (see [`db::load_directory_snapshot`]).
    directory: Arc<RwLock<(u64, Arc<DirectoryIndex>)>>,
    /// Failed sign-ins per account and per address.
    pub limiter: Arc<auth::LoginLimiter>,
    /// The server-wide bound on concurrent password checks (argon2's memory).
    pub hashing: Arc<auth::HashingGate>,
    /// Peers whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Arc<Vec<std::net::IpAddr>>,
    /// The campus's poles and institutes (fixed content: the API never changes them), to
    /// answer 404 for a pole page that does not exist and to check a profile's references.
    pub campus: Arc<db::CampusReference>,
}

impl AppState {
    pub async fn load(db: Db) -> Result<AppState, String> {
        let programmes = db
            .read(db::load_programme_summaries)
            .await
            .map_err(|e| format!("loading the catalogue: {e}"))?;
        let (startups, stamp) = db
            .read(db::load_directory_snapshot)
            .await
            .map_err(|e| format!("loading the start-up directory: {e}"))?;
        let campus = db
            .read(db::load_campus_reference)
            .await
            .map_err(|e| format!("loading the poles and institutes: {e}"))?;
        Ok(AppState {
            campus: Arc::new(campus),
            db: Arc::new(db),
            catalogue: Arc::new(CatalogueIndex::new(programmes)),
            directory: Arc::new(RwLock::new((
                stamp,
                Arc::new(DirectoryIndex::new(startups)),
            ))),
            limiter: Arc::new(auth::LoginLimiter::default()),
            hashing: Arc::new(auth::HashingGate::default()),
            trusted_proxies: Arc::new(Vec::new()),
        })
    }

    /// Re-reads the directory after a profile changed and swaps the index whole. Called
    /// after a write has committed, so it never fails the request: if the reload fails, the
    /// write stands, the failure is logged, and the reload is tried again in the background.
    pub async fn refresh_directory(&self) {
        if let Err(e) = self.reload_directory().await {
            tracing::warn!(
                "reloading the directory after a save: {e}; trying again in the background"
            );
            let state = self.clone();
            tokio::spawn(async move {
                for attempt in 1..REFRESH_ATTEMPTS {
                    tokio::time::sleep(std::time::Duration::from_millis(250 << attempt)).await;
                    match state.reload_directory().await {
                        Ok(()) => return,
                        Err(e) if attempt + 1 < REFRESH_ATTEMPTS => {
                            tracing::warn!("reloading the directory: {e}; trying again");
                        }
                        Err(e) => tracing::error!(
                            "reloading the directory: {e}; saved profiles are stored and will \
                             be listed after the next successful reload"
                        ),
                    }
                }
            });
        }
    }

    async fn reload_directory(&self) -> Result<(), db::DbError> {
        let (startups, stamp) = self.db.read(db::load_directory_snapshot).await?;
        self.install_directory(startups, stamp);
        Ok(())
    }

    /// Installs `startups` read at `stamp` unless a newer snapshot is already in place:
    /// two reloads finishing out of order never put an older directory back.
    pub fn install_directory(
        &self,
        startups: Vec<model::directory::StartupSummary>,
        stamp: u64,
    ) -> bool {
        let mut slot = match self.directory.write() {
            Ok(slot) => slot,
            Err(poisoned) => poisoned.into_inner(),
        };
        if stamp <= slot.0 {
            return false;
        }
        *slot = (stamp, Arc::new(DirectoryIndex::new(startups)));
        true
    }

    /// Whether the route table's `page` exists: a pole, programme or start-up page needs
    /// its slug to, and an unknown path never does.
    pub fn page_exists(&self, page: &model::routes::Page) -> bool {
        use model::routes::Page;
        match page {
            Page::Pole(slug) => self.campus.poles.contains(slug),
            Page::Programme(slug) => self.catalogue.contains(slug),
            Page::Startup(slug) => self.directory().contains(slug),
            Page::Unknown(_) => false,
            _ => true,
        }
    }

    /// The directory index as it is now.
    pub fn directory(&self) -> Arc<DirectoryIndex> {
        // A poisoned lock still holds a complete index: it is only ever replaced whole.
        match self.directory.read() {
            Ok(slot) => Arc::clone(&slot.1),
            Err(poisoned) => Arc::clone(&poisoned.into_inner().1),
        }
    }
}

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
        .nest("/api", api)
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
    let mut state = AppState::load(db).await?;
    spawn_retention(state.db.clone());
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
