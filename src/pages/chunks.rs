//! Each route loads only its own code: every page but the home page travels in a wasm
//! chunk, fetched the first time one of its pages is shown. The main part holds the shell,
//! the home page, the data layer and the texts.
//!
//! With the `split` feature each `*_view` below is a `wasm_split` point, and
//! `cargo xtask build` cuts the wasm there (`xtask/src/wasm.rs`). Without it (browser unit
//! tests, the native prerender) the same functions are plain calls, so the HTML the build
//! writes is exactly what the chunk draws.

#[cfg(feature = "split")]
use futures::FutureExt;
use leptos::prelude::*;

use super::{
    AccessibilityPage, AgendaPage, ApplicationPage, CataloguePage, ComparePage, DirectoryPage,
    EventPage, JoinPage, LegalNoticePage, PolePage, PolesPage, PrivacyPage, ProgrammePage,
    RegistrationPage, ShortlistPage, SiteMapPage, SpacePage, StartupPage, TeamPage,
};
use crate::{
    api::ApiError,
    components::{ErrorView, Loading},
    routes::Page,
};

/// The chunks. Why these (the agenda's and the join page's are kept apart as the space
/// is): finer cuts multiply the parts a page fetches and
/// instantiates, and blocked longer for fewer bytes (the README's "Each route loads only
/// its own code" has the figures). The pages a visitor browses share most of their code
/// (cards, facets, the search engines), so they travel together, and the home page, the
/// rarely used pages and the space each leave the others' first load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// Poles, a pole, the catalogue, a programme, the shortlist, the directory, a start-up.
    Browse,
    Compare,
    Space,
    Legal,
    /// The agenda, an event, a registration.
    Agenda,
    /// Joining the campus: the calls for applications.
    Join,
    /// The campus team's space: never loaded by a public page.
    Team,
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
        Some(match page {
            Page::Home | Page::Unknown(_) => return None,
            Page::Agenda | Page::Event(_) | Page::Registration => Chunk::Agenda,
            Page::Poles
            | Page::Pole(_)
            | Page::Catalogue
            | Page::Programme(_)
            | Page::Shortlist
            | Page::Directory
            | Page::Startup(_) => Chunk::Browse,
            Page::Compare => Chunk::Compare,
            Page::Join | Page::Application => Chunk::Join,
            Page::Space => Chunk::Space,
            Page::Team => Chunk::Team,
            Page::Accessibility | Page::LegalNotice | Page::Privacy | Page::SiteMap => Chunk::Legal,
        })
    }

    /// Fetches the chunk, if it is not here yet. A failure is not remembered: the next
    /// call tries again.
    pub async fn load(self) -> Result<(), ChunkError> {
        #[cfg(feature = "split")]
        match self {
            Chunk::Browse => preload_browse().await?,
            Chunk::Compare => preload_compare().await?,
            Chunk::Space => preload_space().await?,
            Chunk::Legal => preload_legal().await?,
            Chunk::Agenda => preload_agenda().await?,
            Chunk::Join => preload_join().await?,
            Chunk::Team => preload_team().await?,
        }
        Ok(())
    }

    /// The page's view, if its chunk is here (always, without the split feature).
    fn view_if_loaded(self, page: Page) -> Option<AnyView> {
        match self {
            Chunk::Browse => now!(browse_view(page)),
            Chunk::Compare => now!(compare_view(page)),
            Chunk::Space => now!(space_view(page)),
            Chunk::Legal => now!(legal_view(page)),
            Chunk::Agenda => now!(agenda_view(page)),
            Chunk::Join => now!(join_view(page)),
            Chunk::Team => now!(team_view(page)),
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
macro_rules! split_point {
    ($chunk:ident, $preload:ident, fn $name:ident($page:ident) $body:block) => {
        #[cfg_attr(
                                                    feature = "split",
                                                    leptos::wasm_split::wasm_split(
                                                        $chunk,
                                                        wasm_split_path = ::leptos::wasm_split,
                                                        preload($preload),
                                                        fallible
                                                    )
                                                )]
        fn $name($page: Page) -> Result<AnyView, ChunkError> {
            Ok($body)
        }
    };
}

split_point!(space, preload_space, fn space_view(_page) {
    view! { <SpacePage/> }.into_any()
});

split_point!(team, preload_team, fn team_view(_page) {
    view! { <TeamPage/> }.into_any()
});

split_point!(compare, preload_compare, fn compare_view(_page) {
    view! { <ComparePage/> }.into_any()
});

split_point!(legal, preload_legal, fn legal_view(page) {
    match page {
        Page::Accessibility => view! { <AccessibilityPage/> }.into_any(),
        Page::LegalNotice => view! { <LegalNoticePage/> }.into_any(),
        Page::SiteMap => view! { <SiteMapPage/> }.into_any(),
        _ => view! { <PrivacyPage/> }.into_any(),
    }
});

split_point!(agenda, preload_agenda, fn agenda_view(page) {
    match page {
        Page::Event(slug) => view! { <EventPage slug/> }.into_any(),
        Page::Registration => view! { <RegistrationPage/> }.into_any(),
        _ => view! { <AgendaPage/> }.into_any(),
    }
});

split_point!(join, preload_join, fn join_view(page) {
    match page {
        Page::Application => view! { <ApplicationPage/> }.into_any(),
        _ => view! { <JoinPage/> }.into_any(),
    }
});

split_point!(browse, preload_browse, fn browse_view(page) {
    match page {
        Page::Poles => view! { <PolesPage/> }.into_any(),
        Page::Pole(slug) => view! { <PolePage slug/> }.into_any(),
        Page::Catalogue => view! { <CataloguePage/> }.into_any(),
        Page::Programme(slug) => view! { <ProgrammePage slug/> }.into_any(),
        Page::Shortlist => view! { <ShortlistPage/> }.into_any(),
        Page::Directory => view! { <DirectoryPage/> }.into_any(),
        Page::Startup(slug) => view! { <StartupPage slug/> }.into_any(),
        _ => ().into_any(),
    }
});
