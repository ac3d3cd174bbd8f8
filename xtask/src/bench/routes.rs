//! What the Lighthouse part of the bench measures and judges it against: every public
//! page of the route table in both languages (one pole, programme and start-up of the seed
//! stand for their kind), and the goals of issue #11 (what a row misses of them is
//! [`super::misses`]'s).

use model::{routes::Page, Lang};
use serde::Serialize;

/// The goals: Lighthouse mobile performance and accessibility, LCP, TBT, CLS, and the
/// first-load transfer (150 KB for the home page, 200 KB for every other).
pub const PERFORMANCE: f64 = 98.0;
pub const ACCESSIBILITY: f64 = 100.0;
pub const LCP_MS: f64 = 1200.0;
pub const TBT_MS: f64 = 50.0;
pub const HOME_BYTES: f64 = 150_000.0;
pub const PAGE_BYTES: f64 = 200_000.0;

/// The first-load budget of `path`'s page.
pub fn transfer_budget(path: &str) -> f64 {
    if Page::parse(path).0 == Page::Home {
        HOME_BYTES
    } else {
        PAGE_BYTES
    }
}

/// The figures issue #11 was filed with for a route (client-rendered build).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Before {
    pub performance: f64,
    pub lcp_ms: f64,
    pub tbt_ms: f64,
    /// KB transferred.
    pub kb: f64,
}

/// The routes issue #11 measured: path, performance, LCP ms, TBT ms, KB transferred.
const BEFORE: [(&str, f64, f64, f64, f64); 5] = [
    ("/", 93.0, 3200.0, 50.0, 401.0),
    ("/formations", 89.0, 3400.0, 190.0, 404.0),
    ("/startups", 91.0, 3200.0, 160.0, 412.0),
    (
        "/formations/master-donnees-de-sante",
        90.0,
        3600.0,
        70.0,
        406.0,
    ),
    ("/poles/recherche", 90.0, 3600.0, 90.0, 416.0),
];

/// What issue #11 measured on `path`, if it did.
pub fn before(path: &str) -> Option<Before> {
    BEFORE
        .iter()
        .find(|b| b.0 == path)
        .map(|&(_, performance, lcp_ms, tbt_ms, kb)| Before {
            performance,
            lcp_ms,
            tbt_ms,
            kb,
        })
}

/// A page of the seed for each kind of page with a slug.
const POLE: &str = "recherche";
const PROGRAMME: &str = "master-donnees-de-sante";
const STARTUP: &str = "posos";
/// The one real event of the seed, in every database.
const EVENT: &str = "inauguration-parisante-campus";

/// Every public route, French then English, in menu order.
pub fn public_paths() -> Vec<String> {
    let mut pages: Vec<Page> = Page::fixed();
    let at = |pages: &Vec<Page>, after: &Page| pages.iter().position(|p| p == after).map(|i| i + 1);
    if let Some(i) = at(&pages, &Page::Poles) {
        pages.insert(i, Page::pole(POLE));
    }
    if let Some(i) = at(&pages, &Page::Catalogue) {
        pages.insert(i, Page::programme(PROGRAMME));
    }
    if let Some(i) = at(&pages, &Page::Directory) {
        pages.insert(i, Page::startup(STARTUP));
    }
    if let Some(i) = at(&pages, &Page::Agenda) {
        pages.insert(i, Page::event(EVENT));
    }
    [Lang::Fr, Lang::En]
        .into_iter()
        .flat_map(|lang| {
            pages
                .iter()
                .filter(|p| p.is_public())
                .map(move |p| p.path(lang))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_public_route_in_both_languages() {
        let paths = public_paths();
        assert_eq!(paths.len(), 32);
        for path in [
            "/",
            "/en",
            "/agenda",
            "/en/events/inauguration-parisante-campus",
            "/poles/recherche",
            "/en/programmes/compare",
            "/en/privacy",
            "/rejoindre",
            "/en/site-map",
        ] {
            assert!(paths.iter().any(|p| p == path), "{path}");
        }
        assert!(!paths.iter().any(|p| p.contains("espace-startup")));
        assert!(!paths.iter().any(|p| p.contains("inscription")));
    }
}
