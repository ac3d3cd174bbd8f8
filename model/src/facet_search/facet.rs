//! A declared facet: its parameter, kind, legend and vocabulary, and how a result's counts
//! are looked up by parameter.

use super::FacetValue;
use crate::Lang;

/// Years a year bound may name.
pub const YEAR_MIN: u16 = 1900;
pub const YEAR_MAX: u16 = 2100;

/// How a facet reads its parameter and how the app shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacetKind {
    /// Any of a closed vocabulary, repeated or comma-separated: a group of checkboxes.
    ManyOf,
    /// Any of an open list of identifiers (institutions, poles): a group of checkboxes.
    AnyOf,
    /// A yes/no filter: one checkbox.
    Toggle,
    /// One bound of a year range.
    Year,
    /// One bound of a date range (`YYYY-MM-DD`).
    Date,
}

/// One declared facet.
pub struct Facet {
    /// Its query-string parameter, in the app's URL and in the API.
    pub param: &'static str,
    pub kind: FacetKind,
    /// The facet's name in French and English (a group's legend, a toggle's label).
    pub legend: [&'static str; 2],
    /// A closed vocabulary's values in display order: `(code, label)`; empty otherwise.
    pub choices: fn(Lang) -> Vec<(&'static str, &'static str)>,
}

impl Facet {
    pub fn legend(&self, lang: Lang) -> &'static str {
        self.legend[lang as usize]
    }

    /// The label of one of its values, for a closed vocabulary.
    pub fn choice_label(&self, code: &str, lang: Lang) -> Option<&'static str> {
        (self.choices)(lang)
            .into_iter()
            .find_map(|(c, label)| (c == code).then_some(label))
    }
}

/// A facet's counts in a search result, as [`FacetCounts::counts`] gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counts<'a> {
    /// How many matches each value would give.
    Values(&'a [FacetValue]),
    /// How many matches the yes/no filter would give.
    Total(u32),
}

impl<'a> Counts<'a> {
    /// The values' counts; none for a yes/no filter.
    pub fn values(self) -> &'a [FacetValue] {
        match self {
            Counts::Values(values) => values,
            Counts::Total(_) => &[],
        }
    }

    /// A yes/no filter's count; 0 for a list of values.
    pub fn total(self) -> u32 {
        match self {
            Counts::Total(total) => total,
            Counts::Values(_) => 0,
        }
    }
}

/// A result's counts, looked up by parameter.
pub trait FacetCounts {
    fn counts(&self, param: &str) -> Option<Counts<'_>>;
}

/// A counts field of a facets struct, as [`Counts`].
pub trait AsCounts {
    fn as_counts(&self) -> Counts<'_>;
}

impl AsCounts for Vec<FacetValue> {
    fn as_counts(&self) -> Counts<'_> {
        Counts::Values(self)
    }
}

impl AsCounts for u32 {
    fn as_counts(&self) -> Counts<'_> {
        Counts::Total(*self)
    }
}
