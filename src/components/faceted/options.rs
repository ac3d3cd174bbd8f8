//! What the facet panel and the filter chips show, read from a search's declaration
//! ([`FacetQuery::FACETS`]) and a result's counts: the same code for every search.

use model::{
    facet_search::{Counts, Facet, FacetCounts, FacetKind, FacetValue},
    Lang, PoleSummary,
};

use super::{Chip, FacetOption, FacetView};

/// The facets shown as groups of checkboxes, in declaration order.
pub fn groups(facets: &'static [Facet]) -> impl Iterator<Item = &'static Facet> {
    facets
        .iter()
        .filter(|f| matches!(f.kind, FacetKind::ManyOf | FacetKind::AnyOf))
}

/// Facets of one kind, in declaration order.
pub fn of_kind(facets: &'static [Facet], kind: FacetKind) -> impl Iterator<Item = &'static Facet> {
    facets.iter().filter(move |f| f.kind == kind)
}

/// The selected values of a facet, as codes, by parameter.
pub type Selected<'a> = &'a dyn Fn(&str) -> Vec<String>;

/// What the chips show of a search: its text, its selections and the result's counts.
pub struct Shown<'a> {
    pub text: &'a str,
    pub selected: Selected<'a>,
    pub counts: &'a dyn FacetCounts,
}

fn values<'a>(counts: &'a dyn FacetCounts, param: &str) -> &'a [FacetValue] {
    counts.counts(param).map_or(&[], Counts::values)
}

/// A pole's name in `lang`, or its slug while the pole list is unknown.
fn pole_name(poles: &[PoleSummary], slug: &str, lang: Lang) -> String {
    poles
        .iter()
        .find(|p| p.slug == slug)
        .map_or_else(|| slug.to_owned(), |p| p.name.get(lang).to_owned())
}

/// An open list's value by name: the name its counts carry (institutions: the page may
/// show none of its entries), else the campus pole it is, else its identifier.
fn value_name(counts: &[FacetValue], poles: &[PoleSummary], value: &str, lang: Lang) -> String {
    counts
        .iter()
        .find(|c| c.value == value)
        .and_then(|c| c.label.clone())
        .unwrap_or_else(|| pole_name(poles, value, lang))
}

/// Counts with the campus poles first, in campus order (as the API lists the poles); the
/// other values keep the order the counts give them.
fn in_campus_order(counts: &[FacetValue], poles: &[PoleSummary]) -> Vec<FacetValue> {
    let mut ordered = counts.to_vec();
    model::order::sort_by_key(&mut ordered, |c| {
        poles
            .iter()
            .position(|p| p.slug == c.value)
            .unwrap_or(usize::MAX)
    });
    ordered
}

/// How a chip words a year bound.
pub type BoundWords = fn(u16) -> String;

/// One view per group facet, always the same number in the same order.
pub fn facet_views(
    facets: &'static [Facet],
    lang: Lang,
    counts: &dyn FacetCounts,
    selected: Selected,
    poles: &[PoleSummary],
) -> Vec<FacetView> {
    groups(facets)
        .map(|facet| {
            let counts = values(counts, facet.param);
            let selected = selected(facet.param);
            let option = |value: &str, label: String, count: u32| FacetOption {
                checked: selected.iter().any(|s| s == value),
                value: value.to_owned(),
                label,
                count,
            };
            let options = match facet.kind {
                FacetKind::ManyOf => (facet.choices)(lang)
                    .into_iter()
                    .map(|(code, label)| {
                        let count = counts
                            .iter()
                            .find(|c| c.value == code)
                            .map_or(0, |c| c.count);
                        option(code, label.to_owned(), count)
                    })
                    .collect(),
                _ => in_campus_order(counts, poles)
                    .iter()
                    .map(|c| option(&c.value, value_name(counts, poles, &c.value, lang), c.count))
                    .collect(),
            };
            FacetView {
                param: facet.param,
                legend: facet.legend(lang),
                options,
            }
        })
        .collect()
}

/// One chip per active filter (the search text first), in declaration order. A year bound
/// is worded by `bound`: `bound[0]` for the first year facet (from), `bound[1]` for the
/// second (to); without it, by its legend.
pub fn chips(
    facets: &'static [Facet],
    lang: Lang,
    shown: Shown,
    poles: &[PoleSummary],
    bound: Option<[BoundWords; 2]>,
) -> Vec<Chip> {
    let mut chips = Vec::new();
    let q = shown.text.trim();
    if !q.is_empty() {
        chips.push(Chip {
            label: format!("«\u{202f}{q}\u{202f}»"),
            param: "q",
            value: q.to_owned(),
        });
    }
    let mut bounds = bound.into_iter().flatten();
    for facet in facets {
        let word_bound = (facet.kind == FacetKind::Year)
            .then(|| bounds.next())
            .flatten();
        for value in (shown.selected)(facet.param) {
            let label = match facet.kind {
                FacetKind::ManyOf => facet
                    .choice_label(&value, lang)
                    .unwrap_or_default()
                    .to_owned(),
                FacetKind::AnyOf => {
                    value_name(values(shown.counts, facet.param), poles, &value, lang)
                }
                FacetKind::Toggle => facet.legend(lang).to_owned(),
                FacetKind::Date => match value.parse() {
                    Ok(date) => format!(
                        "{} {}",
                        facet.legend(lang),
                        (crate::i18n::page_texts(lang).format_date)(date)
                    ),
                    Err(_) => format!("{} {value}", facet.legend(lang)),
                },
                FacetKind::Year => match (word_bound, value.parse()) {
                    (Some(word), Ok(year)) => word(year),
                    _ => format!("{} {value}", facet.legend(lang)),
                },
            };
            chips.push(Chip {
                label,
                param: facet.param,
                value,
            });
        }
    }
    chips
}
