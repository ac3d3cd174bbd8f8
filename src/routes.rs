//! The route table lives in `model::routes`, shared with the reference server and the
//! build-time prerender; the app reads it from here.

pub use model::routes::*;
