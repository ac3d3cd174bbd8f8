//! The directory's search state and its query-string form, shared by the URL of
//! `/startups` and `GET /api/v1/startups`.

use super::{Sector, Stage};
use crate::facet_search::{
    flip, join_codes, join_text, parse_codes, parse_flag, parse_page, parse_slugs, parse_text,
    QueryIssue,
};

/// Founding years a query may name.
pub const FOUNDED_MIN: u16 = 1900;
pub const FOUNDED_MAX: u16 = 2100;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DirectorySort {
    /// Best text match first; by name without search text.
    #[default]
    Relevance,
    Name,
    /// Most recent arrival on the campus first.
    Newest,
    /// Most recently updated profile first.
    Updated,
}

impl DirectorySort {
    pub const ALL: [DirectorySort; 4] = [
        DirectorySort::Relevance,
        DirectorySort::Name,
        DirectorySort::Newest,
        DirectorySort::Updated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DirectorySort::Relevance => "pertinence",
            DirectorySort::Name => "nom",
            DirectorySort::Newest => "arrivee",
            DirectorySort::Updated => "mise-a-jour",
        }
    }

    pub fn from_code(code: &str) -> Option<DirectorySort> {
        DirectorySort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Everything that selects and orders start-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryQuery {
    pub q: String,
    pub sectors: Vec<Sector>,
    pub poles: Vec<String>,
    pub stages: Vec<Stage>,
    /// Founded in or after this year.
    pub founded_from: Option<u16>,
    /// Founded in or before this year.
    pub founded_to: Option<u16>,
    /// Only research spin-offs.
    pub spin_off: bool,
    /// Only start-ups that are hiring.
    pub hiring: bool,
    pub sort: DirectorySort,
    /// 1-based.
    pub page: u32,
}

fn parse_year(key: &str, value: &str, into: &mut Option<u16>, issues: &mut Vec<QueryIssue>) {
    match value.trim() {
        "" => *into = None,
        v => match v.parse::<u16>() {
            Ok(year) if (FOUNDED_MIN..=FOUNDED_MAX).contains(&year) => *into = Some(year),
            _ => issues.push(QueryIssue::new(key, value, "expected a year such as 2021")),
        },
    }
}

impl DirectoryQuery {
    pub fn page(&self) -> u32 {
        self.page.max(1)
    }

    /// Whether any filter (not sort or page) is set.
    pub fn has_filters(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.sectors.is_empty()
            || !self.poles.is_empty()
            || !self.stages.is_empty()
            || self.founded_from.is_some()
            || self.founded_to.is_some()
            || self.spin_off
            || self.hiring
    }

    /// Whether a founding year is within the founding-year range. A start-up that has
    /// not given its year is outside any range, and inside "any year".
    pub fn founded_matches(&self, year: Option<u16>) -> bool {
        match year {
            Some(year) => {
                self.founded_from.is_none_or(|from| year >= from)
                    && self.founded_to.is_none_or(|to| year <= to)
            }
            None => self.founded_from.is_none() && self.founded_to.is_none(),
        }
    }

    /// Selects `value` of filter `param` if it is not selected, or unselects it; back to
    /// page 1. Year bounds and text are cleared. Unknown parameters change nothing.
    pub fn toggle(&mut self, param: &str, value: &str) {
        match param {
            "q" => self.q.clear(),
            "sector" => flip(&mut self.sectors, Sector::from_code(value)),
            "stage" => flip(&mut self.stages, Stage::from_code(value)),
            "pole" => flip(&mut self.poles, Some(value.to_owned())),
            "founded_from" => self.founded_from = None,
            "founded_to" => self.founded_to = None,
            "spinoff" => self.spin_off = !self.spin_off,
            "hiring" => self.hiring = !self.hiring,
            _ => return,
        }
        self.page = 1;
    }

    /// The same sort, no filters.
    pub fn cleared(&self) -> DirectoryQuery {
        DirectoryQuery {
            sort: self.sort,
            ..DirectoryQuery::default()
        }
    }

    /// Parses query-string pairs (already percent-decoded); what cannot be understood is
    /// reported, not fatal.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (DirectoryQuery, Vec<QueryIssue>) {
        let mut query = DirectoryQuery::default();
        let mut issues = Vec::new();
        let i = &mut issues;
        for (key, value) in pairs {
            match key {
                "q" => parse_text(key, value, &mut query.q, i),
                "sector" => parse_codes(
                    key,
                    value,
                    Sector::from_code,
                    &mut query.sectors,
                    i,
                    "unknown sector",
                ),
                "stage" => parse_codes(
                    key,
                    value,
                    Stage::from_code,
                    &mut query.stages,
                    i,
                    "unknown stage",
                ),
                "pole" => parse_slugs(key, value, &mut query.poles, i),
                "founded_from" => parse_year(key, value, &mut query.founded_from, i),
                "founded_to" => parse_year(key, value, &mut query.founded_to, i),
                "spinoff" => parse_flag(key, value, &mut query.spin_off, i),
                "hiring" => parse_flag(key, value, &mut query.hiring, i),
                "sort" => match DirectorySort::from_code(value) {
                    Some(sort) => query.sort = sort,
                    None => i.push(QueryIssue::new(key, value, "unknown sort order")),
                },
                "page" => parse_page(key, value, &mut query.page, i),
                _ => i.push(QueryIssue::new(key, value, "unknown parameter")),
            }
        }
        if let (Some(from), Some(to)) = (query.founded_from, query.founded_to) {
            if from > to {
                issues.push(QueryIssue::new(
                    "founded_to",
                    &to.to_string(),
                    "must not be before founded_from",
                ));
                // Reported and dropped, like every other part not understood: what is kept
                // is always a valid search (found by the fuzzer).
                query.founded_to = None;
            }
        }
        (query, issues)
    }

    /// The canonical query-string pairs: defaults omitted, values in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let q = self.q.trim();
        if !q.is_empty() {
            pairs.push(("q", q.to_owned()));
        }
        let lists = [
            ("sector", join_codes(&self.sectors, Sector::code)),
            ("pole", join_text(&self.poles)),
            ("stage", join_codes(&self.stages, Stage::code)),
        ];
        pairs.extend(lists.into_iter().filter(|(_, v)| !v.is_empty()));
        if let Some(from) = self.founded_from {
            pairs.push(("founded_from", from.to_string()));
        }
        if let Some(to) = self.founded_to {
            pairs.push(("founded_to", to.to_string()));
        }
        if self.spin_off {
            pairs.push(("spinoff", "1".to_owned()));
        }
        if self.hiring {
            pairs.push(("hiring", "1".to_owned()));
        }
        if self.sort != DirectorySort::default() {
            pairs.push(("sort", self.sort.code().to_owned()));
        }
        if self.page() > 1 {
            pairs.push(("page", self.page().to_string()));
        }
        pairs
    }
}

crate::facet_search::facet_query!(DirectoryQuery, DirectorySort);
