//! One source of truth for the data exchanged between the portal and the campus API:
//! the wire types (serde) and the validation rules both sides apply.

mod campus;
pub mod catalogue;
pub mod directory;
pub mod facet_search;
mod lang;
pub mod order;
mod problem;
pub mod public_base;
mod rng;
pub mod routes;
pub mod security_headers;
mod slug;
pub mod space;
pub mod text;

pub use campus::{
    Campus, FactSource, Health, Institute, KeyFigure, Organisation, Pole, PoleSummary,
};
pub use lang::{Lang, Localised};
pub use problem::{Problem, ProblemKind};
pub use slug::{validate_slug, SlugError, SLUG_MAX_LEN};
