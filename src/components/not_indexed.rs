//! Pages of invented (sample) entries ask search engines not to index them, so a made-up
//! programme or start-up never appears in results as if it were real: a
//! `<meta name="robots" content="noindex">` in `<head>` while the page lives, and in the
//! HTML the build writes (the prerender records it with the page's head).

/// Marks the page being drawn as not to be indexed.
pub fn mark_not_indexed() {
    #[cfg(feature = "ssr")]
    crate::state::page_head::record(|head| head.not_indexed = true);
    #[cfg(not(feature = "ssr"))]
    super::head_element::page_head_element(
        "meta[name='robots']",
        "meta",
        &[("name", "robots"), ("content", "noindex")],
    );
}
