use leptos::prelude::*;
use model::directory::StartupSummary;

/// A start-up's logo at a fixed size (no layout shift while it loads, lazily), or its
/// initials on a colour derived from the name when it has none. Decorative: the name is
/// always written next to it.
#[component]
pub fn StartupLogo(startup: StartupSummary, #[prop(default = 64)] size: u32) -> impl IntoView {
    // Custom properties are set through the CSSOM (`style:`), which the CSP allows; a
    // `style` attribute would be blocked (no 'unsafe-inline').
    let logo_size = format!("{size}px");
    match startup.logo.clone() {
        Some(src) => view! {
            <img class="startup-logo" src=src alt="" width=size height=size loading="lazy" decoding="async" style:--logo-size=logo_size/>
        }
        .into_any(),
        None => {
            // A stable hue per name, so the placeholder is recognisable from page to page.
            let hue = startup
                .name
                .bytes()
                .fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
                % 360;
            view! {
                <span
                    class="startup-logo startup-logo--initials"
                    aria-hidden="true"
                    style:--logo-size=logo_size
                    style:--logo-hue=hue.to_string()
                >
                    {startup.initials()}
                </span>
            }
            .into_any()
        }
    }
}
