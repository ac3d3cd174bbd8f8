//! The facet-search building block shared by every faceted search (the training catalogue,
//! the start-up directory): closed vocabularies, a search's declaration, text
//! normalisation, query-string parameters, paging, relevance scoring and disjunctive facet
//! counting. Each search declares its facets and writes its own matching.

mod coded;
mod declare;
mod facet;
mod fields;
mod normalise;
mod paging;
mod params;
mod query;
mod query_string;
mod tally;
mod text;

pub(crate) use coded::coded_enum;
pub use coded::Coded;
pub(crate) use declare::search_query;
pub use facet::{AsCounts, Counts, Facet, FacetCounts, FacetKind, YEAR_MAX, YEAR_MIN};
pub use fields::FacetField;
pub use normalise::{fold, index_terms, words};
pub use paging::{page_of, ResultList};
pub use params::{
    flip, join_codes, join_text, parse_codes, parse_flag, parse_page, parse_slugs, parse_text,
    QueryIssue, MAX_PAGE, MAX_QUERY_LEN,
};
pub use query::FacetQuery;
pub use query_string::{decode_query, encode_query};
pub use tally::{FacetTally, FacetValue};
pub use text::SearchText;
