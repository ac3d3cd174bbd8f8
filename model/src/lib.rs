//! What the portal and the campus API share, written once:
//!
//! - the wire types (serde): the campus and its poles, programmes ([`catalogue`]),
//!   start-ups ([`directory`]), events and registrations ([`agenda`]), the start-up space
//!   ([`space`]), problem details, languages, dates ([`Date`]);
//! - the rules both sides apply: slugs, published text and its escaping ([`text`]),
//!   profile, event and registration checks;
//! - the wire's conventions: the API's addresses ([`api_paths`]), entity tags and the content hash ([`etag`]), a logo's
//!   address ([`directory::LogoAddress`]);
//! - the faceted search both sides run ([`facet_search`]: each search is a declaration in
//!   `catalogue`, `directory` and `agenda`), with a stable sort that keeps one copy in the
//!   wasm ([`order`]);
//! - the routes in both languages ([`routes`]), where the portal is published
//!   ([`public_base`]) and its security headers ([`security_headers`]);
//! - the generators of synthetic programmes and start-ups for benchmarks
//!   (`catalogue::generate`, `directory::generate`), seeded by `rng`.

pub mod agenda;
pub mod api_paths;
pub mod calls;
mod campus;
pub mod catalogue;
mod date;
pub mod directory;
pub mod etag;
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
pub mod team;
pub mod text;

pub use campus::{
    Campus, FactSource, Health, Institute, KeyFigure, Organisation, Pole, PoleSummary, POLE_SLUGS,
};
pub use date::Date;
pub use lang::{Lang, Localised};
pub use problem::{Problem, ProblemKind};
pub use slug::{slug_from, validate_slug, SlugError, SLUG_MAX_LEN};
