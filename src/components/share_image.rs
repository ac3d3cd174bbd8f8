//! The picture a link to the page shows where it is shared (Open Graph): link previews
//! read the HTML the build wrote, never the running app, so only the prerender records
//! it (with the page's head).

use model::directory::LogoAddress;

/// Names `logo` as the page's picture for link previews.
pub fn share_image(logo: &LogoAddress) {
    #[cfg(feature = "ssr")]
    crate::state::page_head::record(|head| head.image = Some(logo.clone()));
    #[cfg(not(feature = "ssr"))]
    let _ = logo;
}
