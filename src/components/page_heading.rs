use leptos::{html, prelude::*};

use crate::{i18n::use_i18n, state::nav_focus::use_nav_focus};

/// The page's `h1`. It also names the document (`<title>`), and takes keyboard and
/// screen-reader focus when it appears after a client-side navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<html::H1>::new();

    Effect::new(move |_| {
        let (heading, t) = (text.get(), i18n.t());
        // The home page's heading is the site name: name what the site is instead.
        let title = if heading == t.site_name {
            format!("{} · {}", t.site_name, t.site_tagline)
        } else {
            format!("{heading} · {}", t.site_name)
        };
        document().set_title(&title);
    });

    let nav_focus = use_nav_focus();
    heading.on_load(move |h1| {
        // Wait a frame: the shell records the navigation in an effect of the same tick.
        request_animation_frame(move || {
            if nav_focus.is_some_and(|nav| nav.take()) {
                let _ = h1.focus();
            }
        });
    });

    view! {
        <h1 class="page-heading" tabindex="-1" node_ref=heading>
            {move || text.get()}
        </h1>
    }
}
