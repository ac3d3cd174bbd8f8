//! Cutting one page out of a search's matches: the same cut for the API's answer and the
//! app's local search, so both give the same page for the same query.

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
