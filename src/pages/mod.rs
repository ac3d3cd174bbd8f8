//! One module per route.

mod catalogue;
mod compare;
mod directory;
mod home;
mod legal;
mod not_found;
mod pole;
mod poles;
mod programme;
mod shortlist;
mod space;
mod startup;

pub use catalogue::CataloguePage;
pub use compare::ComparePage;
pub use directory::DirectoryPage;
pub use home::HomePage;
pub use legal::{AccessibilityPage, LegalNoticePage, PrivacyPage};
pub use not_found::NotFoundPage;
pub use pole::PolePage;
pub use poles::PolesPage;
pub use programme::ProgrammePage;
pub use shortlist::ShortlistPage;
pub use space::SpacePage;
pub use startup::StartupPage;
