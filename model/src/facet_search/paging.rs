//! Cutting one page out of a search's matches: the same cut for the API's answer and the
//! app's local search, so both give the same page for the same query.

use serde::{Deserialize, Serialize};

/// One page of a search's results, as a faceted search's API answers it and the app's local
/// search builds it: the same type for every search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultList<T, F> {
    /// How many entries match, on every page.
    pub total: u32,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<T>,
    pub facets: F,
    /// How many entries of the whole collection, whatever the query, are invented samples:
    /// a page explains its sample badge only when there are some.
    #[serde(default)]
    pub samples: u32,
}

impl<T, F: Default> Default for ResultList<T, F> {
    fn default() -> Self {
        ResultList {
            total: 0,
            page: 1,
            per_page: 0,
            items: Vec::new(),
            facets: F::default(),
            samples: 0,
        }
    }
}

impl<T, F> ResultList<T, F> {
    /// Page `page` of `matches` (indices in sort order), each turned into an item by `item`;
    /// `samples` is the collection's count of samples.
    pub fn cut(
        matches: &[usize],
        page: u32,
        per_page: u32,
        item: impl Fn(usize) -> T,
        facets: F,
        samples: usize,
    ) -> Self {
        ResultList {
            total: matches.len() as u32,
            page,
            per_page,
            items: page_of(matches, page, per_page, item),
            facets,
            samples: samples as u32,
        }
    }
}

/// Page `page` (1-based) of `matches`, each index turned into an item by `item`; an empty
/// page for `per_page == 0` (the counts-only request).
pub fn page_of<T>(
    matches: &[usize],
    page: u32,
    per_page: u32,
    item: impl Fn(usize) -> T,
) -> Vec<T> {
    let start = (page.saturating_sub(1) as usize).saturating_mul(per_page as usize);
    matches
        .iter()
        .skip(start)
        .take(per_page as usize)
        .map(|i| item(*i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::page_of;

    #[test]
    fn pages_are_cut_in_order_and_past_the_end_are_empty() {
        let matches: Vec<usize> = (0..45).collect();
        assert_eq!(page_of(&matches, 1, 20, |i| i), (0..20).collect::<Vec<_>>());
        assert_eq!(
            page_of(&matches, 3, 20, |i| i),
            (40..45).collect::<Vec<_>>()
        );
        assert!(page_of(&matches, 4, 20, |i| i).is_empty());
        assert!(page_of(&matches, 1, 0, |i| i).is_empty());
    }
}
