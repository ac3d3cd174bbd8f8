//! The training catalogue: programmes, their vocabularies, the search query and engine.

pub mod generate;
mod programme;
mod query;
mod rules;
mod search;

pub use crate::facet_search::{
    decode_query, encode_query, fold, words, FacetValue, QueryIssue, MAX_PAGE, MAX_QUERY_LEN,
};
pub use crate::Date;
pub use programme::{
    ApplicationStatus, ApplicationWindow, Domain, Format, Institution, Level, Mode, Programme,
    ProgrammeSummary, TeachingLanguage,
};
pub use query::{CatalogueQuery, Sort};
pub use rules::programme_limits;
pub use search::{CatalogueIndex, Facets, ProgrammeList, SearchResult};

#[cfg(test)]
mod tests;
