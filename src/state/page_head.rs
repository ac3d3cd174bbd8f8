//! What a page says of itself in the document's `<head>`: its title (from its heading), its
//! description, whether search engines may index it, its schema.org JSON-LD and the
//! picture a shared link shows. Pages state it through
//! [`PageHeading`](crate::components::PageHeading),
//! [`mark_not_indexed`](crate::components::mark_not_indexed),
//! [`attach_json_ld`](crate::components::attach_json_ld) and
//! [`share_image`](crate::components::share_image). In the browser each but the last
//! (which only link previews read) applies it to the document; in the prerender each records it in the render's [`HeadCollector`], which
//! the build writes into the page's HTML.

use crate::i18n::Texts;

/// "Heading · PariSanté Campus"; the home page (whose heading is the site name) says what
/// the site is instead.
pub fn document_title(heading: &str, t: &Texts) -> String {
    if heading == t.site_name {
        format!("{} · {}", t.site_name, t.site_tagline)
    } else {
        format!("{heading} · {}", t.site_name)
    }
}

/// A rendered page's `<head>` elements.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageHead {
    pub title: Option<String>,
    pub description: Option<String>,
    /// A page of a sample entry: `noindex`.
    pub not_indexed: bool,
    /// schema.org JSON-LD blocks, as `(element id, json)`.
    pub json_ld: Vec<(&'static str, String)>,
    /// What a shared link to the page shows: a start-up's logo on its profile; the
    /// campus card when `None`.
    pub image: Option<model::directory::LogoAddress>,
}

/// The prerender's record of one render's `<head>`, in the render's context.
#[cfg(feature = "ssr")]
#[derive(Clone, Default)]
pub struct HeadCollector(std::sync::Arc<std::sync::Mutex<PageHead>>);

#[cfg(feature = "ssr")]
impl HeadCollector {
    /// What the render stated.
    pub fn head(&self) -> PageHead {
        self.0
            .lock()
            .expect("a render never panics holding it")
            .clone()
    }
}

/// Records part of the page's head in the render's collector (prerender only; a render
/// without one records nothing).
#[cfg(feature = "ssr")]
pub fn record(change: impl FnOnce(&mut PageHead)) {
    if let Some(collector) = leptos::prelude::use_context::<HeadCollector>() {
        change(
            &mut collector
                .0
                .lock()
                .expect("a render never panics holding it"),
        );
    }
}
