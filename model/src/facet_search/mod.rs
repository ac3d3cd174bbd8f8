//! The facet-search building block shared by the training catalogue and the start-up
//! directory: closed vocabularies, text normalisation, query-string parameters, relevance
//! scoring and disjunctive facet counting. Each directory adds only its own fields.

mod coded;
mod normalise;
mod paging;
mod params;
mod query;
mod query_string;
mod tally;
mod text;

pub(crate) use coded::coded_enum;
pub use normalise::{fold, index_terms, words};
pub use paging::page_of;
pub use params::{
    flip, join_codes, join_text, parse_codes, parse_flag, parse_page, parse_slugs, parse_text,
    QueryIssue, MAX_PAGE, MAX_QUERY_LEN,
};
pub(crate) use query::facet_query;
pub use query::FacetQuery;
pub use query_string::{decode_query, encode_query};
pub use tally::{FacetTally, FacetValue};
pub use text::SearchText;
