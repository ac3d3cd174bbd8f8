//! The route table lives in `model::routes`, shared with the reference server and the
//! build-time prerender; the app reads it from here, and turns its paths into addresses
//! under the portal's public base (`/portail/…` when it is published under a sub-path).

use std::sync::OnceLock;

pub use model::public_base::PublicBase;
pub use model::routes::*;
use model::Lang;

static BASE: OnceLock<PublicBase> = OnceLock::new();

/// Fixes the base before anything is rendered: the prerender's `--public-url`.
pub fn set_public_base(base: PublicBase) {
    let _ = BASE.set(base);
}

/// Where the portal is published. In the browser the build wrote it on the script that
/// starts the app (`data-base`), so one build's pages, links and assets agree.
pub fn public_base() -> &'static PublicBase {
    BASE.get_or_init(|| base_of_document().unwrap_or_default())
}

#[cfg(not(feature = "ssr"))]
fn base_of_document() -> Option<PublicBase> {
    let script = web_sys::window()?
        .document()?
        .query_selector("script[data-base]")
        .ok()??;
    PublicBase::parse(&script.get_attribute("data-base")?).ok()
}

#[cfg(feature = "ssr")]
fn base_of_document() -> Option<PublicBase> {
    None
}

/// A page's address in a language, under the public base: what links point to.
pub trait Href {
    fn href(&self, lang: Lang) -> String;
}

impl Href for Page {
    fn href(&self, lang: Lang) -> String {
        public_base().url_of(&self.path(lang))
    }
}

/// The app path (route table) of the browser's address. An address outside the base is
/// kept whole: it names no page of the portal, so it gets the not-found page.
pub fn app_path(url_path: &str) -> String {
    public_base()
        .app_path(url_path)
        .unwrap_or(url_path)
        .to_owned()
}

/// The address of a file at the top of the build (`logo.svg`, `config.json`).
pub fn asset(name: &str) -> String {
    public_base().asset(name)
}

/// The secret an e-mail's link carries in the address's fragment (which browsers never
/// send to a server), if any: a registration's or an application's.
pub fn fragment_secret() -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        let hash = web_sys::window()?.location().hash().ok()?;
        let token = hash.trim_start_matches('#').to_owned();
        (!token.is_empty()).then_some(token)
    }
    #[cfg(feature = "ssr")]
    None
}
