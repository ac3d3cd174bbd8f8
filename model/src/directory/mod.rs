//! The start-up directory: profiles, their vocabularies, validation, the search query and
//! engine. Built on the same facet-search block as the training catalogue.

mod completion;
pub mod generate;
mod logo;
mod query;
mod search;
mod startup;
mod validate;

pub use logo::LogoAddress;
pub use query::{DirectoryQuery, DirectorySort, FOUNDED_MAX, FOUNDED_MIN};
pub use search::{DirectoryFacets, DirectoryIndex, DirectoryResult, StartupList};
pub use startup::{Network, Sector, SocialLink, SpinOff, Stage, Startup, StartupSummary, TeamSize};
pub(crate) use validate::Check;
pub use validate::{limits, validate_email, validate_url, FieldError, MAX_ERRORS};

#[cfg(test)]
mod tests;
