//! One module per route.

mod home;
mod legal;
mod not_found;
mod pole;
mod poles;

pub use home::HomePage;
pub use legal::{AccessibilityPage, LegalNoticePage, PrivacyPage};
pub use not_found::{NotFoundPage, NotFoundView};
pub use pole::PolePage;
pub use poles::PolesPage;
