//! Typed client of the campus JSON API (`/api/v1`, see `server/openapi.yaml`).
//! The only place in the app that touches the network.

mod config;
mod error;
mod fetch;
pub mod space;

pub use error::ApiError;

use std::sync::Arc;

use model::{
    catalogue::{CatalogueIndex, Programme, ProgrammeList},
    directory::{DirectoryIndex, Startup, StartupList, StartupSummary},
    Campus, Pole, PoleSummary,
};

pub async fn campus() -> Result<Campus, ApiError> {
    fetch::get_json("/api/v1/campus").await
}

pub async fn poles() -> Result<Vec<PoleSummary>, ApiError> {
    fetch::get_json("/api/v1/poles").await
}

pub async fn pole(slug: &str) -> Result<Pole, ApiError> {
    // Slugs that cannot exist never leave the browser.
    if model::validate_slug(slug).is_err() {
        return Err(ApiError::NotFound);
    }
    fetch::get_json(&format!("/api/v1/poles/{slug}")).await
}

/// The whole catalogue, indexed for instant filtering in the browser: the real catalogue
/// is small (tens of programmes), and local search answers every keystroke in one frame.
pub async fn catalogue() -> Result<Arc<CatalogueIndex>, ApiError> {
    let list: ProgrammeList =
        fetch::get_json("/api/v1/programmes?per_page=1000&sort=titre").await?;
    Ok(Arc::new(CatalogueIndex::new(list.items)))
}

pub async fn programme(slug: &str) -> Result<Programme, ApiError> {
    if model::validate_slug(slug).is_err() {
        return Err(ApiError::NotFound);
    }
    fetch::get_json(&format!("/api/v1/programmes/{slug}")).await
}

/// An uploaded logo's address is relative to the API (`startups/{slug}/logo?v=…`): made
/// absolute here so components only ever get a URL.
pub(crate) async fn resolve_logo(card: &mut StartupSummary) -> Result<(), ApiError> {
    if let Some(logo) = card.logo.as_mut() {
        if !logo.starts_with("https://") {
            let base = config::runtime_config().await?.api_base.clone();
            *logo = format!("{base}/api/v1/{logo}");
        }
    }
    Ok(())
}

/// The whole start-up directory, indexed for instant filtering in the browser (about fifty
/// start-ups: one request, then every keystroke is answered locally).
pub async fn directory() -> Result<Arc<DirectoryIndex>, ApiError> {
    let mut list: StartupList = fetch::get_json("/api/v1/startups?per_page=1000&sort=nom").await?;
    for card in &mut list.items {
        resolve_logo(card).await?;
    }
    Ok(Arc::new(DirectoryIndex::new(list.items)))
}

pub async fn startup(slug: &str) -> Result<Startup, ApiError> {
    if model::validate_slug(slug).is_err() {
        return Err(ApiError::NotFound);
    }
    let mut startup: Startup = fetch::get_json(&format!("/api/v1/startups/{slug}")).await?;
    resolve_logo(&mut startup.summary).await?;
    Ok(startup)
}
