//! A start-up's logo address, read and written here only. The API gives an external logo
//! as its `https://` address and an uploaded one relative to the API's base
//! (`startups/{slug}/logo?v={version}`), because the API does not know where it is
//! published; the app makes that absolute once it knows the API's address. A page baked at
//! build time decodes before that, so views ask [`LogoAddress::loadable`] whether a
//! browser can fetch it yet.

use serde::{Deserialize, Serialize};

use crate::api_paths::{fill, PREFIX, STARTUP_LOGO};

/// Where an uploaded logo is, relative to the API's base (`/api/v1/`).
const UPLOADED: &str = "startups/";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LogoAddress(String);

impl LogoAddress {
    /// An uploaded logo; its `version` (a content hash) changes with the bytes, so the
    /// address can be cached for good.
    pub fn uploaded(slug: &str, version: &str) -> LogoAddress {
        let path = fill(STARTUP_LOGO, slug);
        LogoAddress(format!("{}?v={version}", &path[1..]))
    }

    /// An address as given (an external logo, or a seed's file name).
    pub fn new(address: impl Into<String>) -> LogoAddress {
        LogoAddress(address.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An uploaded logo not yet made absolute.
    pub fn is_uploaded(&self) -> bool {
        self.0.starts_with(UPLOADED) && !self.0.contains("..")
    }

    /// An external logo's `https://` address (uploaded ones are stored as bytes).
    pub fn external(&self) -> Option<&str> {
        self.0.starts_with("https://").then_some(self.0.as_str())
    }

    /// The address against the API whose base is `api_base` (empty: this origin).
    pub fn resolved(self, api_base: &str) -> LogoAddress {
        if self.is_uploaded() {
            LogoAddress(format!("{api_base}{PREFIX}/{}", self.0))
        } else {
            self
        }
    }

    /// The address a browser can load: absolute, or from the page's own origin.
    pub fn loadable(&self) -> Option<&str> {
        let address = &self.0;
        (address.starts_with('/')
            || address.starts_with("https://")
            || address.starts_with("http://"))
        .then_some(address.as_str())
    }

    /// Whether a JSON body holds an uploaded logo not yet made absolute (what decoding a
    /// baked body leaves). The server writes compact JSON and escapes quotes inside texts,
    /// so only a `logo` member matches.
    pub fn in_json(body: &str) -> bool {
        body.contains(&format!("\"logo\":\"{UPLOADED}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api_paths::STARTUPS;

    #[test]
    fn an_uploaded_logo_is_loadable_once_resolved() {
        assert_eq!(format!("/{UPLOADED}"), format!("{STARTUPS}/"));
        let logo = LogoAddress::uploaded("posos", "00ff");
        assert_eq!(logo.as_str(), "startups/posos/logo?v=00ff");
        assert!(logo.is_uploaded() && logo.loadable().is_none() && logo.external().is_none());
        let here = logo.clone().resolved("");
        assert_eq!(here.loadable(), Some("/api/v1/startups/posos/logo?v=00ff"));
        let far = logo.resolved("https://api.example.org");
        assert_eq!(
            far.loadable(),
            Some("https://api.example.org/api/v1/startups/posos/logo?v=00ff")
        );
        assert!(!far.is_uploaded());
    }

    #[test]
    fn an_external_logo_stays_as_given() {
        let logo = LogoAddress::new("https://cdn.example.org/l.png");
        assert_eq!(logo.clone().resolved("https://api.example.org"), logo);
        assert_eq!(logo.external(), Some("https://cdn.example.org/l.png"));
        assert!(!LogoAddress::new("startups/../admin").is_uploaded());
        assert_eq!(LogoAddress::new("posos.png").loadable(), None);
    }

    #[test]
    fn a_baked_body_is_recognised_by_its_relative_logo() {
        let card = serde_json::json!({ "slug": "a", "logo": LogoAddress::uploaded("a", "1") });
        assert!(LogoAddress::in_json(&card.to_string()));
        let resolved = serde_json::json!({ "logo": LogoAddress::uploaded("a", "1").resolved("") });
        assert!(!LogoAddress::in_json(&resolved.to_string()));
    }
}
