//! The training catalogue: programmes, their vocabularies, the search query and engine.

mod coded;
mod date;
pub mod generate;
mod normalise;
mod programme;
mod query;
mod query_string;
mod search;

pub use date::Date;
pub use normalise::{fold, words};
pub use programme::{
    ApplicationStatus, ApplicationWindow, Domain, Format, Institution, Level, Mode, Programme,
    ProgrammeSummary, TeachingLanguage,
};
pub use query::{CatalogueQuery, QueryIssue, Sort, MAX_PAGE, MAX_QUERY_LEN};
pub use query_string::{decode_query, encode_query};
pub use search::{CatalogueIndex, FacetValue, Facets, ProgrammeList, SearchResult};

#[cfg(test)]
mod tests;
