use leptos::{html, prelude::*};

use crate::{
    i18n::use_i18n,
    state::{nav_focus::use_nav_focus, title::document_title},
};

/// The page's `h1`. It also names the document (`<title>`), and takes keyboard and
/// screen-reader focus when it appears after a client-side navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<html::H1>::new();

    #[cfg(feature = "ssr")]
    crate::state::title::record(document_title(&text.get_untracked(), i18n.t()));
    Effect::new(move |_| document().set_title(&document_title(&text.get(), i18n.t())));

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
