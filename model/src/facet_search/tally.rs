//! Disjunctive facet counting: each value of a facet is counted over the entries that pass
//! every *other* facet's filter, so a reader sees what selecting it would give.

use serde::{Deserialize, Serialize};

/// One value of a facet and how many entries would match if it were selected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u32,
    /// The value's name, for values that are not a closed vocabulary (institutions), so
    /// that a client showing only a page of results can still name every value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Counts for a fixed list of facets, filled one entry at a time.
pub struct FacetTally {
    counts: Vec<Vec<u32>>,
}

impl FacetTally {
    /// `sizes[f]` is the number of values of facet `f` (at most 32 facets).
    pub fn new(sizes: &[usize]) -> FacetTally {
        debug_assert!(sizes.len() <= 32);
        FacetTally {
            counts: sizes.iter().map(|n| vec![0; *n]).collect(),
        }
    }

    /// One bit per facet whose filter the entry fails: no allocation on the hot path.
    pub fn failed(pass: &[bool]) -> u32 {
        pass.iter()
            .enumerate()
            .filter(|(_, passed)| !**passed)
            .fold(0, |bits, (f, _)| bits | (1 << f))
    }

    /// Whether an entry that failed `failed` counts for facet `f`: it passes every filter
    /// but (perhaps) `f`'s own.
    pub fn counts_for(failed: u32, f: usize) -> bool {
        failed == 0 || failed == 1 << f
    }

    /// Counts an entry for every facet it qualifies for; `values[f]` has bit `v` set when
    /// the entry has value `v` of facet `f`. Returns whether the entry matches.
    pub fn record(&mut self, failed: u32, values: &[u64]) -> bool {
        for (f, facet_bits) in values.iter().enumerate() {
            if Self::counts_for(failed, f) {
                let mut b = *facet_bits;
                while b != 0 {
                    let bit = b.trailing_zeros() as usize;
                    if let Some(count) = self.counts[f].get_mut(bit) {
                        *count += 1;
                    }
                    b &= b - 1;
                }
            }
        }
        failed == 0
    }

    /// Counts value `index` of facet `f` (for facets with more than 64 values).
    pub fn record_index(&mut self, failed: u32, f: usize, index: usize) {
        if Self::counts_for(failed, f) {
            if let Some(count) = self.counts[f].get_mut(index) {
                *count += 1;
            }
        }
    }

    pub fn count(&self, f: usize, value: usize) -> u32 {
        self.counts[f].get(value).copied().unwrap_or(0)
    }

    /// Facet `f`'s values named by `codes`, with their counts.
    pub fn values(&self, f: usize, codes: impl IntoIterator<Item = String>) -> Vec<FacetValue> {
        codes
            .into_iter()
            .enumerate()
            .map(|(i, value)| FacetValue {
                value,
                count: self.count(f, i),
                label: None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_ignore_the_facets_own_filter() {
        // Two facets; entry A fails facet 0 only, B passes all, C fails both.
        let mut tally = FacetTally::new(&[2, 2]);
        let a = FacetTally::failed(&[false, true]);
        let b = FacetTally::failed(&[true, true]);
        let c = FacetTally::failed(&[false, false]);
        assert!(!tally.record(a, &[0b01, 0b10]));
        assert!(tally.record(b, &[0b10, 0b10]));
        assert!(!tally.record(c, &[0b11, 0b11]));
        assert_eq!((tally.count(0, 0), tally.count(0, 1)), (1, 1));
        assert_eq!((tally.count(1, 0), tally.count(1, 1)), (0, 1));
        let values = tally.values(0, ["x".to_owned(), "y".to_owned()]);
        assert_eq!(values[1].count, 1);
    }
}
