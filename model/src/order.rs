//! Stable sorting with one copy of the sort in the wasm.
//!
//! `slice::sort_by` is generic over its element type and its comparison, so every sort
//! brings its own copy of the whole stable sort (driftsort, quicksort, the small-sort
//! networks; the README's "Each route loads only its own code" says how much). Here the
//! sort only ever orders positions (`usize`, behind a `&dyn Fn`), and the items follow, so
//! there is one copy for every sort the searches make.

use std::cmp::Ordering;

/// `items.sort_by(compare)`: stable.
pub fn sort_by<T>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// `items.sort_by_key(key)`: stable, the key computed at each comparison as std does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, &|a, b| key(a).cmp(&key(b)))
}

/// `items.sort()`: stable.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, &T::cmp)
}

/// The one instance of std's stable sort.
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Puts `items[order[i]]` at `i`, following each cycle of the permutation once.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const PLACED: usize = usize::MAX;
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != PLACED {
            let from = order[at];
            order[at] = PLACED;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut items, &|a, b| b.0.cmp(&a.0));
        assert_eq!(items, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        let mut words = vec!["pôle", "campus", "api", "campus"];
        sort(&mut words);
        assert_eq!(words, ["api", "campus", "campus", "pôle"]);
    }

    #[test]
    fn gives_std_order_on_many_shuffles() {
        let mut seed = 0x2545_f491_u64;
        for len in [0, 1, 2, 3, 10, 33, 100, 1_000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|i| i.0);
            let mut sorted = items;
            sort_by_key(&mut sorted, |i| i.0);
            assert_eq!(sorted, expected, "length {len}");
        }
    }
}
