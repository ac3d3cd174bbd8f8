//! What every faceted search query can do, so the app's URL state, search box, facet panel,
//! chips and sort work the same for every search. [`search_query!`](super::search_query)
//! implements it from a search's declaration.

use super::{decode_query, Coded, Facet, FacetCounts, QueryIssue};

pub trait FacetQuery: Clone + Default + PartialEq + Send + Sync + 'static {
    /// The search's sort orders; the first of `ALL` is the default.
    type Sort: Coded;
    /// A result's facet counts.
    type Counts: FacetCounts;
    /// Every facet, in display order.
    const FACETS: &'static [Facet];
    /// A page's size unless the client asks otherwise.
    const PER_PAGE: u32;
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
    /// Whether any filter (not sort or page) is set.
    fn has_filters(&self) -> bool;
    /// Replaces filter `param`'s value with `value` (empty: unset), back to page 1.
    fn set(&mut self, param: &str, value: &str);
    /// The selected values of `param`'s facet, as codes.
    fn selected(&self, param: &str) -> Vec<String>;
    fn text(&self) -> &str;
    /// New search text, back to page 1.
    fn set_text(&mut self, text: String);
    fn page(&self) -> u32;
    fn set_page(&mut self, page: u32);
    fn sort(&self) -> Self::Sort;
    /// Sets the sort from its code (back to page 1); `false` when the code is unknown.
    fn set_sort(&mut self, code: &str) -> bool;

    fn sort_code(&self) -> &'static str {
        self.sort().code()
    }

    /// Reads a raw query string (with or without `?`).
    fn from_search(search: &str) -> (Self, Vec<QueryIssue>) {
        let (pairs, mut issues) = decode_query(search);
        let (query, more) = Self::parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        issues.extend(more);
        (query, issues)
    }
}
