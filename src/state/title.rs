//! The document's title (`<title>`), named after the page's heading. In the browser the
//! heading sets it; in the prerender it is recorded here and written into the page.

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

#[cfg(feature = "ssr")]
thread_local! {
    static RENDERED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The prerender: the title of the page being rendered.
#[cfg(feature = "ssr")]
pub fn record(title: String) {
    RENDERED.with(|t| *t.borrow_mut() = Some(title));
}

/// The prerender: takes the title recorded by the last render.
#[cfg(feature = "ssr")]
pub fn take() -> Option<String> {
    RENDERED.with(|t| t.borrow_mut().take())
}
