use leptos::{html, prelude::*};

use crate::{
    i18n::use_i18n,
    state::{nav_focus::use_nav_focus, page_head::document_title},
};

/// The page's `h1`. It also names the document (`<title>`) and describes it (`<meta
/// name="description">`, in the page's language: what a search result or a shared link
/// shows), and takes keyboard and screen-reader focus when it appears after a client-side
/// navigation.
#[component]
pub fn PageHeading(
    #[prop(into)] text: Signal<String>,
    /// One or two sentences saying what the page holds.
    #[prop(into)]
    description: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<html::H1>::new();

    #[cfg(feature = "ssr")]
    crate::state::page_head::record(|head| {
        head.title = Some(document_title(&text.get_untracked(), i18n.t()));
        head.description = Some(description.get_untracked());
    });
    Effect::new(move |_| document().set_title(&document_title(&text.get(), i18n.t())));
    Effect::new(move |_| {
        let meta = document().query_selector("meta[name='description']");
        if let Ok(Some(meta)) = meta {
            let _ = meta.set_attribute("content", &description.get());
        }
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
