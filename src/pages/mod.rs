//! One module per route.

mod agenda;
mod catalogue;
mod chunks;
mod compare;
mod directory;
mod home;
mod join;
mod legal;
mod not_found;
mod pole;
mod poles;
mod programme;
mod shortlist;
mod site_map;
mod space;
mod startup;
mod team;

pub use agenda::{AgendaPage, EventPage, RegistrationPage};
pub use catalogue::CataloguePage;
use chunks::ChunkPage;
pub use chunks::{Chunk, ChunkError};
pub use compare::ComparePage;
pub use directory::DirectoryPage;
pub use home::HomePage;
pub use join::{ApplicationPage, JoinPage};
pub use legal::{AccessibilityPage, LegalNoticePage, PrivacyPage};
pub use not_found::NotFoundPage;
pub use pole::PolePage;
pub use poles::PolesPage;
pub use programme::ProgrammePage;
pub use shortlist::ShortlistPage;
pub use site_map::SiteMapPage;
pub use space::SpacePage;
pub use startup::StartupPage;
pub use team::TeamPage;

use leptos::prelude::*;

use crate::routes::Page;

/// The view of a page of the route table.
pub fn page_view(page: Page) -> AnyView {
    match page {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::Unknown(_) => view! { <NotFoundPage/> }.into_any(),
        page => view! { <ChunkPage page/> }.into_any(),
    }
}
