//! Building facet options from facet counts.

use model::{facet_search::FacetValue, Lang, PoleSummary};

use super::FacetOption;

/// Options of a closed vocabulary, in vocabulary order, with their counts.
pub fn coded_options<T: Copy + PartialEq>(
    counts: &[FacetValue],
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T, Lang) -> &'static str,
    selected: &[T],
    lang: Lang,
) -> Vec<FacetOption> {
    all.iter()
        .map(|v| FacetOption {
            value: code(*v).to_owned(),
            label: label(*v, lang).to_owned(),
            count: counts
                .iter()
                .find(|c| c.value == code(*v))
                .map_or(0, |c| c.count),
            checked: selected.contains(v),
        })
        .collect()
}

/// Options of an open list (institutions, poles), named by `name`.
pub fn named_options(
    counts: &[FacetValue],
    name: impl Fn(&str) -> String,
    selected: &[String],
) -> Vec<FacetOption> {
    counts
        .iter()
        .map(|c| FacetOption {
            value: c.value.clone(),
            label: name(&c.value),
            count: c.count,
            checked: selected.contains(&c.value),
        })
        .collect()
}

/// A pole's name in `lang`, or its slug while the pole list is unknown.
pub fn pole_name(poles: &[PoleSummary], slug: &str, lang: Lang) -> String {
    poles
        .iter()
        .find(|p| p.slug == slug)
        .map_or_else(|| slug.to_owned(), |p| p.name.get(lang).to_owned())
}

/// Pole counts in campus order (as the API lists the poles) once the poles are known.
pub fn in_campus_order(counts: &[FacetValue], poles: &[PoleSummary]) -> Vec<FacetValue> {
    let mut ordered = counts.to_vec();
    model::order::sort_by_key(&mut ordered, |c| {
        poles
            .iter()
            .position(|p| p.slug == c.value)
            .unwrap_or(usize::MAX)
    });
    ordered
}
