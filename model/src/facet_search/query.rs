//! What every faceted search query can do, so the app's URL state, search box, chips and
//! sort work the same for the catalogue and the directory.

use super::{decode_query, QueryIssue};

pub trait FacetQuery: Clone + Default + PartialEq + Send + Sync + 'static {
    /// Parses decoded query-string pairs; what cannot be understood is reported.
    fn parse_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<QueryIssue>);
    /// Canonical pairs: defaults omitted, stable order.
    fn to_pairs(&self) -> Vec<(&'static str, String)>;
    /// Selects or unselects `value` of filter `param`, back to page 1.
    fn toggle(&mut self, param: &str, value: &str);
    /// The same sort, no filters.
    fn cleared(&self) -> Self;
    fn text(&self) -> &str;
    /// New search text, back to page 1.
    fn set_text(&mut self, text: String);
    fn page(&self) -> u32;
    fn set_page(&mut self, page: u32);
    fn sort_code(&self) -> &'static str;
    /// Sets the sort from its code (back to page 1); `false` when the code is unknown.
    fn set_sort(&mut self, code: &str) -> bool;

    /// Reads a raw query string (with or without `?`).
    fn from_search(search: &str) -> (Self, Vec<QueryIssue>) {
        let (pairs, mut issues) = decode_query(search);
        let (query, more) = Self::parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        issues.extend(more);
        (query, issues)
    }
}

/// Implements [`FacetQuery`] for a query type with the usual fields and methods.
macro_rules! facet_query {
    ($query:ty, $sort:ty) => {
        impl $crate::facet_search::FacetQuery for $query {
            fn parse_pairs<'a>(
                pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
            ) -> (Self, Vec<$crate::facet_search::QueryIssue>) {
                <$query>::parse(pairs)
            }
            fn to_pairs(&self) -> Vec<(&'static str, String)> {
                <$query>::to_pairs(self)
            }
            fn toggle(&mut self, param: &str, value: &str) {
                <$query>::toggle(self, param, value)
            }
            fn cleared(&self) -> Self {
                <$query>::cleared(self)
            }
            fn text(&self) -> &str {
                &self.q
            }
            fn set_text(&mut self, text: String) {
                self.q = text;
                self.page = 1;
            }
            fn page(&self) -> u32 {
                <$query>::page(self)
            }
            fn set_page(&mut self, page: u32) {
                self.page = page;
            }
            fn sort_code(&self) -> &'static str {
                self.sort.code()
            }
            fn set_sort(&mut self, code: &str) -> bool {
                match <$sort>::from_code(code) {
                    Some(sort) => {
                        self.sort = sort;
                        self.page = 1;
                        true
                    }
                    None => false,
                }
            }
        }
    };
}

pub(crate) use facet_query;
