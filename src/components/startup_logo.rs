use leptos::prelude::*;
use model::directory::StartupSummary;

/// The initials' background hues (`style/directory.css`: 30° apart).
const HUES: u64 = 12;

/// A start-up's logo at a fixed size (no layout shift while it loads, lazily), or its
/// initials on a colour derived from the name when it has none, or none yet: a logo still
/// relative to the API (a page baked at build time, before the app knows where its API
/// is) would be asked of the page's own host. Decorative: the name is always written next
/// to it.
#[component]
pub fn StartupLogo(
    startup: StartupSummary,
    /// 56, 64 or 96 (the sizes `style/directory.css` knows).
    #[prop(default = 64)]
    size: u32,
) -> impl IntoView {
    // Sizes and colours are classes: a `style` attribute (as a prerendered page would
    // carry) is blocked by the CSP, which has no 'unsafe-inline'.
    let size_class = format!("startup-logo--s{size}");
    match startup.logo.as_ref().and_then(|logo| logo.loadable()) {
        Some(src) => view! {
            <img class=format!("startup-logo {size_class}") src=src alt="" width=size height=size loading="lazy" decoding="async"/>
        }
        .into_any(),
        None => {
            // A stable hue per name, so the placeholder is recognisable from page to page.
            let hue = model::etag::fnv1a64(startup.name.as_bytes()) % HUES;
            view! {
                <span
                    class=format!("startup-logo startup-logo--initials {size_class} startup-logo--hue-{hue}")
                    aria-hidden="true"
                >
                    {startup.initials()}
                </span>
            }
            .into_any()
        }
    }
}
