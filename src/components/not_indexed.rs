//! Pages of invented (sample) entries ask search engines not to index them, so a made-up
//! programme or start-up never appears in results as if it were real: a
//! `<meta name="robots" content="noindex">` in `<head>` while the page lives, and in the
//! HTML the build writes (the prerender records it here).

/// Marks the page being drawn as not to be indexed.
pub fn mark_not_indexed() {
    #[cfg(feature = "ssr")]
    RECORDED.with(|r| r.set(true));
    #[cfg(not(feature = "ssr"))]
    super::head_element::page_head_element(
        "meta[name='robots']",
        "meta",
        &[("name", "robots"), ("content", "noindex")],
    );
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
