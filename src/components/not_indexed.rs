//! Pages of invented (sample) entries ask search engines not to index them, so a made-up
//! programme or start-up never appears in results as if it were real: a
//! `<meta name="robots" content="noindex">` in `<head>` while the page lives, and in the
//! HTML the build writes (the prerender records it here).

#[cfg(not(feature = "ssr"))]
use leptos::prelude::*;

/// Marks the page being drawn as not to be indexed.
pub fn mark_not_indexed() {
    #[cfg(feature = "ssr")]
    RECORDED.with(|r| r.set(true));
    #[cfg(not(feature = "ssr"))]
    {
        // The HTML the build wrote carries it already: adopt that one, so that it goes
        // with this page too.
        let existing = document()
            .query_selector("meta[name='robots']")
            .ok()
            .flatten();
        let meta = existing.unwrap_or_else(|| {
            let meta = document().create_element("meta").expect("meta element");
            let _ = meta.set_attribute("name", "robots");
            let _ = meta.set_attribute("content", "noindex");
            if let Some(head) = document().head() {
                let _ = head.append_child(&meta);
            }
            meta
        });
        let meta = send_wrapper::SendWrapper::new(meta);
        on_cleanup(move || meta.remove());
    }
}

#[cfg(feature = "ssr")]
thread_local! {
    static RECORDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The prerender: whether the last page rendered asked not to be indexed (and forgets it).
#[cfg(feature = "ssr")]
pub fn take() -> bool {
    RECORDED.with(|r| r.replace(false))
}
