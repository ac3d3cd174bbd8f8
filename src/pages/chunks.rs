//! Pages whose code travels in a wasm chunk of its own, fetched the first time one of
//! them is shown: the start-up space, compare and the legal texts. A visitor of the public
//! pages never downloads them.
//!
//! With the `split` feature each `*_view` below is a `wasm_split` point, and
//! `cargo xtask build` cuts the wasm there (`xtask/src/wasm.rs`). Without it (browser unit
//! tests, the native prerender) the same functions are plain calls, so the HTML the build
//! writes is exactly what the chunk draws.

#[cfg(feature = "split")]
use futures::FutureExt;
use leptos::prelude::*;

use super::{AccessibilityPage, ComparePage, LegalNoticePage, PrivacyPage, SpacePage};
use crate::{
    api::ApiError,
    components::{ErrorView, Loading},
    routes::Page,
};

/// The chunks, one per group of rarely used pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Space,
    Compare,
    Legal,
}

/// A chunk that did not arrive (network gone). Shown as a network error, with a retry.
#[derive(Clone, Debug, PartialEq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

impl From<ChunkError> for ApiError {
    fn from(_: ChunkError) -> Self {
        ApiError::Network("the code of this page did not load".into())
    }
}

/// The view a split function gives right away. Once its chunk is loaded, a split
/// function's future is ready at its first poll; without the split feature it is a call.
#[cfg(feature = "split")]
macro_rules! now {
    ($call:expr) => {
        $call.now_or_never().and_then(Result::ok)
    };
}
#[cfg(not(feature = "split"))]
macro_rules! now {
    ($call:expr) => {
        $call.ok()
    };
}

impl Chunk {
    /// The chunk a page's code is in, if it is not in the main wasm.
    pub fn of(page: &Page) -> Option<Chunk> {
        match page {
            Page::Space => Some(Chunk::Space),
            Page::Compare => Some(Chunk::Compare),
            Page::Accessibility | Page::LegalNotice | Page::Privacy => Some(Chunk::Legal),
            _ => None,
        }
    }

    /// Fetches the chunk, if it is not here yet. A failure is not remembered: the next
    /// call tries again.
    pub async fn load(self) -> Result<(), ChunkError> {
        #[cfg(feature = "split")]
        match self {
            Chunk::Space => preload_space().await?,
            Chunk::Compare => preload_compare().await?,
            Chunk::Legal => preload_legal().await?,
        }
        Ok(())
    }

    /// The page's view, if its chunk is here (always, without the split feature).
    fn view_if_loaded(self, page: Page) -> Option<AnyView> {
        match self {
            Chunk::Space => now!(space_view()),
            Chunk::Compare => now!(compare_view()),
            Chunk::Legal => now!(legal_view(page)),
        }
    }
}

/// A page of a chunk: drawn at once when its code is here (as on a page the app
/// hydrates, whose chunk `mount` loads first), else after fetching it, with the page's
/// placeholder meanwhile and an error with a retry if it cannot be fetched.
#[component]
pub fn ChunkPage(page: Page) -> impl IntoView {
    let Some(chunk) = Chunk::of(&page) else {
        return view! { <super::NotFoundPage/> }.into_any();
    };
    if let Some(view) = chunk.view_if_loaded(page.clone()) {
        return view;
    }
    let loaded = LocalResource::new(move || chunk.load());
    let retry = Callback::new(move |_| loaded.refetch());
    (move || match loaded.get() {
        None => view! { <div class="container section"><Loading class="loading--page"/></div> }
            .into_any(),
        Some(Ok(())) => chunk
            .view_if_loaded(page.clone())
            .unwrap_or_else(|| ().into_any()),
        Some(Err(error)) => view! {
            <div class="container section"><ErrorView error=error.into() on_retry=retry/></div>
        }
        .into_any(),
    })
    .into_any()
}

// Each split point returns `Result` so that, with the split feature (`fallible`), a chunk
// that fails to load is an error value, not a panic that would stop the whole app.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        space,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_space),
        fallible
    )
)]
fn space_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <SpacePage/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        compare,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_compare),
        fallible
    )
)]
fn compare_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <ComparePage/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        legal,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_legal),
        fallible
    )
)]
fn legal_view(page: Page) -> Result<AnyView, ChunkError> {
    Ok(match page {
        Page::Accessibility => view! { <AccessibilityPage/> }.into_any(),
        Page::LegalNotice => view! { <LegalNoticePage/> }.into_any(),
        _ => view! { <PrivacyPage/> }.into_any(),
    })
}
