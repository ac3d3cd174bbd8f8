//! Where the portal is published: at a site's root, or under a sub-path such as
//! `https://example.org/portail/` (`cargo xtask build --public-url /portail/`).
//!
//! The route table's paths are the app's own (`/formations`); a [`PublicBase`] turns them
//! into the addresses the browser sees (`/portail/formations`) and back, so that links,
//! assets, the router, the prerender and the host files all follow one value.

use std::fmt;

/// The path prefix the portal lives under, without its trailing slash: `""` at a site's
/// root, `"/portail"` under `/portail/`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublicBase(String);

impl PublicBase {
    /// The portal at the root of its site.
    pub fn root() -> PublicBase {
        PublicBase(String::new())
    }

    /// Reads a base as a person writes it: `/`, `/portail`, `/portail/`, `/a/b/`.
    /// Only plain path segments are accepted (letters, digits, `-`, `_`, `.`, `~`), so the
    /// base can go into HTML attributes, nginx locations and regular expressions as it is.
    pub fn parse(text: &str) -> Result<PublicBase, String> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed == "/" {
            return Ok(PublicBase::root());
        }
        if !trimmed.starts_with('/') {
            return Err(format!(
                "`{text}`: a public path starts with `/`, such as /portail/"
            ));
        }
        let inner = trimmed.trim_start_matches('/').trim_end_matches('/');
        for segment in inner.split('/') {
            let plain = !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b));
            if !plain {
                return Err(format!(
                    "`{text}`: each part of a public path is letters, digits, `-`, `_`, `.` or `~`"
                ));
            }
        }
        Ok(PublicBase(format!("/{inner}")))
    }

    /// The prefix itself: `""` or `/portail` (what the router's `base` takes).
    pub fn prefix(&self) -> &str {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The base as a folder, with its trailing slash: `/` or `/portail/` (trunk's
    /// `--public-url`, an nginx `location`).
    pub fn folder(&self) -> String {
        format!("{}/", self.0)
    }

    /// The address of an app path: `/` → `/portail/`, `/en/poles` → `/portail/en/poles`.
    /// A query string or fragment after the path is kept.
    pub fn url_of(&self, app_path: &str) -> String {
        if self.is_root() {
            return app_path.to_owned();
        }
        match app_path.strip_prefix('/') {
            Some(rest) => format!("{}/{rest}", self.0),
            None => format!("{}/{app_path}", self.0),
        }
    }

    /// The address of a file at the top of the build (`logo.svg`, `config.json`).
    pub fn asset(&self, name: &str) -> String {
        format!("{}/{}", self.0, name.trim_start_matches('/'))
    }

    /// The app path of an address: `/portail/en/poles` → `/en/poles`, `/portail` → `/`.
    /// An address outside the base is not the portal's: `None`.
    pub fn app_path<'a>(&self, url_path: &'a str) -> Option<&'a str> {
        if self.is_root() {
            return Some(url_path);
        }
        let rest = url_path.strip_prefix(self.0.as_str())?;
        match rest {
            "" => Some("/"),
            rest if rest.starts_with('/') => Some(rest),
            // `/portailx` is another folder.
            _ => None,
        }
    }
}

impl fmt::Display for PublicBase {
    /// The folder form, `/` or `/portail/`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.folder())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_is_read_the_way_people_write_it() {
        for root in ["", "/", " / "] {
            assert!(PublicBase::parse(root).unwrap().is_root());
        }
        for portail in ["/portail", "/portail/", "//portail//"] {
            assert_eq!(PublicBase::parse(portail).unwrap().folder(), "/portail/");
        }
        assert_eq!(PublicBase::parse("/a/b-c/").unwrap().folder(), "/a/b-c/");
        for bad in [
            "portail", "/a//b", "/../x", "/./", "/a b/", "/a?b", "/a\"b", "/é/",
        ] {
            assert!(PublicBase::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn app_paths_and_addresses_round_trip() {
        let base = PublicBase::parse("/portail/").unwrap();
        for (app, url) in [
            ("/", "/portail/"),
            ("/en", "/portail/en"),
            ("/formations", "/portail/formations"),
            ("/formations?q=ia", "/portail/formations?q=ia"),
        ] {
            assert_eq!(base.url_of(app), url);
            let path = url.split('?').next().unwrap();
            assert_eq!(base.app_path(path), Some(app.split('?').next().unwrap()));
        }
        assert_eq!(base.app_path("/portail"), Some("/"));
        assert_eq!(base.app_path("/portailx/poles"), None);
        assert_eq!(base.app_path("/poles"), None);
        assert_eq!(base.asset("config.json"), "/portail/config.json");
        assert_eq!(base.prefix(), "/portail");
    }

    #[test]
    fn at_the_root_nothing_changes() {
        let root = PublicBase::root();
        assert_eq!(root.url_of("/"), "/");
        assert_eq!(root.url_of("/en/poles"), "/en/poles");
        assert_eq!(root.app_path("/en/poles"), Some("/en/poles"));
        assert_eq!(root.asset("logo.svg"), "/logo.svg");
        assert_eq!(root.to_string(), "/");
    }
}
