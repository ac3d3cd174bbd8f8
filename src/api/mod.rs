//! Typed client of the campus JSON API (`/api/v1`, see `server/openapi.yaml`).
//! The only place in the app that touches the network.

mod config;
mod error;
mod fetch;

pub use error::ApiError;

use model::{Campus, Pole, PoleSummary};

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
