//! The state every handler shares: the database, the in-memory catalogue and directory
//! indexes, the sign-in limiter, the password-check slots, the trusted proxies and the
//! campus's fixed references.

use std::sync::Arc;

use model::{catalogue::CatalogueIndex, directory::DirectoryIndex};

use crate::{
    agenda::{AgendaCache, Mail},
    auth,
    db::{self, Db},
    mail::{Letters, SiteLinks, Transport},
    registration_limits::RegistrationLimits,
    stamped_index::StampedIndex,
};

/// Reloads of an index after a save before giving up (until the next save).
const REFRESH_ATTEMPTS: u32 = 3;

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Arc<Db>,
    /// The listed programmes, indexed in memory: searching them in memory keeps list
    /// requests in the sub-millisecond range. Swapped whole when the team changes one.
    catalogue: Arc<StampedIndex<CatalogueIndex>>,
    /// The published start-up cards, indexed in memory like the catalogue; swapped whole
    /// when a profile changes.
    directory: Arc<StampedIndex<DirectoryIndex>>,
    /// Failed sign-ins per account and per address.
    pub limiter: Arc<auth::LoginLimiter>,
    /// The server-wide bound on concurrent password checks (argon2's memory).
    pub hashing: Arc<auth::HashingGate>,
    /// Peers whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Arc<Vec<std::net::IpAddr>>,
    /// The campus's poles and institutes (fixed content: the API never changes them), to
    /// answer 404 for a pole page that does not exist and to check a profile's references.
    pub campus: Arc<db::CampusReference>,
    /// The event cards, indexed in memory and rebuilt when seats or time change them.
    pub agenda: Arc<AgendaCache>,
    /// How letters are composed and delivered.
    pub mail: Arc<Mail>,
    pub registration_limits: Arc<RegistrationLimits>,
    /// The same bounds, a budget of their own, for the links to applications.
    pub application_limits: Arc<RegistrationLimits>,
}

/// Where mail goes and what its links point to.
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// The published portal (`https://portail.example.org`): links in letters and
    /// calendars.
    pub site_url: String,
    /// The sender (`PariSanté Campus <agenda@example.org>`).
    pub from: String,
    /// SMTP (`--smtp-url`); `None`: `.eml` files in the data folder's `outbox`.
    pub smtp_url: Option<String>,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            site_url: "http://127.0.0.1:8080".into(),
            from: "PariSanté Campus <agenda@localhost>".into(),
            smtp_url: None,
        }
    }
}

impl AppState {
    /// The state for `db`, with mail written as files beside it.
    pub async fn load(db: Db) -> Result<AppState, String> {
        AppState::load_with(db, &MailSettings::default()).await
    }

    pub async fn load_with(db: Db, settings: &MailSettings) -> Result<AppState, String> {
        let mail = Mail {
            letters: Letters {
                links: SiteLinks::new(&settings.site_url),
                from: settings
                    .from
                    .parse()
                    .map_err(|e| format!("--mail-from {}: {e}", settings.from))?,
            },
            transport: Transport::new(settings.smtp_url.as_deref(), db.dir().join("outbox"))?,
            bell: tokio::sync::Notify::new(),
        };
        let (programmes, catalogue_stamp) = db
            .read(db::load_catalogue_snapshot)
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
            catalogue: Arc::new(StampedIndex::new(
                catalogue_stamp,
                CatalogueIndex::new(programmes),
            )),
            directory: Arc::new(StampedIndex::new(stamp, DirectoryIndex::new(startups))),
            limiter: Arc::new(auth::LoginLimiter::default()),
            hashing: Arc::new(auth::HashingGate::default()),
            trusted_proxies: Arc::new(Vec::new()),
            agenda: Arc::new(AgendaCache::default()),
            mail: Arc::new(mail),
            registration_limits: Arc::new(RegistrationLimits::default()),
            application_limits: Arc::new(RegistrationLimits::default()),
        })
    }

    /// Re-reads the directory after a profile changed and swaps its index.
    pub async fn refresh_directory(&self) {
        self.refresh(Index::Directory).await;
    }

    /// Re-reads the catalogue after the team changed a programme and swaps its index.
    pub async fn refresh_catalogue(&self) {
        self.refresh(Index::Catalogue).await;
    }

    /// Called after a write has committed, so it never fails the request: if the reload
    /// fails, the write stands, the failure is logged, and the reload is tried again in
    /// the background.
    async fn refresh(&self, index: Index) {
        if let Err(e) = self.reload(index).await {
            tracing::warn!(
                "reloading the {} after a save: {e}; trying again in the background",
                index.name()
            );
            let state = self.clone();
            tokio::spawn(async move {
                for attempt in 1..REFRESH_ATTEMPTS {
                    tokio::time::sleep(std::time::Duration::from_millis(250 << attempt)).await;
                    match state.reload(index).await {
                        Ok(()) => return,
                        Err(e) if attempt + 1 < REFRESH_ATTEMPTS => {
                            tracing::warn!("reloading the {}: {e}; trying again", index.name());
                        }
                        Err(e) => tracing::error!(
                            "reloading the {}: {e}; saved changes are stored and will be \
                             listed after the next successful reload",
                            index.name()
                        ),
                    }
                }
            });
        }
    }

    async fn reload(&self, index: Index) -> Result<(), db::DbError> {
        match index {
            Index::Directory => {
                let (startups, stamp) = self.db.read(db::load_directory_snapshot).await?;
                self.install_directory(startups, stamp);
            }
            Index::Catalogue => {
                let (programmes, stamp) = self.db.read(db::load_catalogue_snapshot).await?;
                self.catalogue
                    .install(stamp, || CatalogueIndex::new(programmes));
            }
        }
        Ok(())
    }

    /// Installs `startups` read at `stamp` unless a newer snapshot is already in place.
    pub fn install_directory(
        &self,
        startups: Vec<model::directory::StartupSummary>,
        stamp: u64,
    ) -> bool {
        self.directory
            .install(stamp, || DirectoryIndex::new(startups))
    }

    /// The agenda's periodic work once, at `now` (the server runs it every 30 s): expired
    /// holds released, reminders written. Returns how many letters it wrote.
    pub async fn agenda_upkeep(&self, now: i64) -> Result<usize, db::DbError> {
        let written = crate::agenda::upkeep(&self.db, &self.mail.letters, now).await?;
        self.agenda.invalidate();
        Ok(written)
    }

    /// Whether the route table's `page` exists: a pole, programme or start-up page needs
    /// its slug to, and an unknown path never does.
    pub fn page_exists(&self, page: &model::routes::Page) -> bool {
        use model::routes::Page;
        match page {
            Page::Pole(slug) => self.campus.poles.contains(slug),
            Page::Programme(slug) => self.catalogue().contains(slug),
            Page::Startup(slug) => self.directory().contains(slug),
            // An event page is drawn by the app from the API (an event published after the
            // build has no prerendered page).
            Page::Event(slug) => model::validate_slug(slug).is_ok(),
            Page::Unknown(_) => false,
            _ => true,
        }
    }

    /// The directory index as it is now.
    pub fn directory(&self) -> Arc<DirectoryIndex> {
        self.directory.current()
    }

    /// The catalogue index as it is now.
    pub fn catalogue(&self) -> Arc<CatalogueIndex> {
        self.catalogue.current()
    }
}

/// The in-memory indexes a write may leave behind.
#[derive(Clone, Copy, Debug)]
enum Index {
    Directory,
    Catalogue,
}

impl Index {
    fn name(self) -> &'static str {
        match self {
            Index::Directory => "directory",
            Index::Catalogue => "catalogue",
        }
    }
}
