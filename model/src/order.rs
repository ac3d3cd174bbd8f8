//! Stable sorting behind one comparison type.
//!
//! `slice::sort_by` is generic over its comparison, so every closure brings its own copy of
//! the whole stable sort (driftsort, quicksort, the small-sort networks). The searches run
//! in the browser, where that was 19 copies, about 70 KB of the browse chunk before
//! wasm-opt (twiggy, 2026-12-01). Behind `&dyn Fn` there is one copy per element type.

use std::cmp::Ordering;

/// `items.sort_by(compare)`: stable, one instance per element type.
pub fn sort_by<T>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    items.sort_by(compare)
}

/// `items.sort_by_key(key)`: stable, the key computed at each comparison as std does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, &|a, b| key(a).cmp(&key(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|i| i.0);
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, expected);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut items, &|a, b| b.0.cmp(&a.0));
        assert_eq!(items, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
    }
}
