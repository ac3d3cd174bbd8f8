//! The catalogue's search state and its query-string form. The app keeps it in the URL
//! (every view a shareable link) and the API reads the same parameters: one parser.

use super::{Domain, Format, Level, Mode, TeachingLanguage};
use crate::facet_search::{
    flip, join_codes, join_text, parse_codes, parse_flag, parse_page, parse_slugs, parse_text,
    QueryIssue,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    /// Next start date, soonest first.
    Start,
    /// Application deadline, soonest first (open windows only rank first).
    Deadline,
    Title,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Start, Sort::Deadline, Sort::Title];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Relevance => "pertinence",
            Sort::Start => "rentree",
            Sort::Deadline => "candidature",
            Sort::Title => "titre",
        }
    }

    pub fn from_code(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Everything that selects and orders programmes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueQuery {
    pub q: String,
    pub levels: Vec<Level>,
    pub domains: Vec<Domain>,
    pub institutions: Vec<String>,
    pub poles: Vec<String>,
    pub modes: Vec<Mode>,
    pub formats: Vec<Format>,
    pub languages: Vec<TeachingLanguage>,
    /// Only programmes whose applications are open today.
    pub open_only: bool,
    pub sort: Sort,
    /// 1-based.
    pub page: u32,
}

impl CatalogueQuery {
    pub fn page(&self) -> u32 {
        self.page.max(1)
    }

    /// Whether any filter (not sort or page) is set.
    pub fn has_filters(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.levels.is_empty()
            || !self.domains.is_empty()
            || !self.institutions.is_empty()
            || !self.poles.is_empty()
            || !self.modes.is_empty()
            || !self.formats.is_empty()
            || !self.languages.is_empty()
            || self.open_only
    }

    /// Selects `value` of filter `param` if it is not selected, or unselects it; back to
    /// page 1. Unknown parameters or values change nothing.
    pub fn toggle(&mut self, param: &str, value: &str) {
        match param {
            "q" => self.q.clear(),
            "level" => flip(&mut self.levels, Level::from_code(value)),
            "domain" => flip(&mut self.domains, Domain::from_code(value)),
            "mode" => flip(&mut self.modes, Mode::from_code(value)),
            "format" => flip(&mut self.formats, Format::from_code(value)),
            "lang" => flip(&mut self.languages, TeachingLanguage::from_code(value)),
            "institution" => flip(&mut self.institutions, Some(value.to_owned())),
            "pole" => flip(&mut self.poles, Some(value.to_owned())),
            "open" => self.open_only = !self.open_only,
            _ => return,
        }
        self.page = 1;
    }

    /// The same sort, no filters.
    pub fn cleared(&self) -> CatalogueQuery {
        CatalogueQuery {
            sort: self.sort,
            ..CatalogueQuery::default()
        }
    }

    /// Parses query-string pairs (already percent-decoded). Repeated parameters and
    /// comma-separated values both work. What cannot be understood is reported, not fatal.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (CatalogueQuery, Vec<QueryIssue>) {
        let mut query = CatalogueQuery::default();
        let mut issues = Vec::new();
        let issues_ = &mut issues;
        for (key, value) in pairs {
            match key {
                "q" => parse_text(key, value, &mut query.q, issues_),
                "level" => parse_codes(
                    key,
                    value,
                    Level::from_code,
                    &mut query.levels,
                    issues_,
                    "unknown level",
                ),
                "domain" => parse_codes(
                    key,
                    value,
                    Domain::from_code,
                    &mut query.domains,
                    issues_,
                    "unknown domain",
                ),
                "mode" => parse_codes(
                    key,
                    value,
                    Mode::from_code,
                    &mut query.modes,
                    issues_,
                    "unknown mode",
                ),
                "format" => parse_codes(
                    key,
                    value,
                    Format::from_code,
                    &mut query.formats,
                    issues_,
                    "unknown format",
                ),
                "lang" => parse_codes(
                    key,
                    value,
                    TeachingLanguage::from_code,
                    &mut query.languages,
                    issues_,
                    "unknown teaching language",
                ),
                "institution" => parse_slugs(key, value, &mut query.institutions, issues_),
                "pole" => parse_slugs(key, value, &mut query.poles, issues_),
                "open" => parse_flag(key, value, &mut query.open_only, issues_),
                "sort" => match Sort::from_code(value) {
                    Some(sort) => query.sort = sort,
                    None => issues_.push(QueryIssue::new(key, value, "unknown sort order")),
                },
                "page" => parse_page(key, value, &mut query.page, issues_),
                _ => issues_.push(QueryIssue::new(key, value, "unknown parameter")),
            }
        }
        (query, issues)
    }

    /// The canonical query-string pairs: defaults omitted, values in a stable order, so
    /// equal searches give equal links.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let q = self.q.trim();
        if !q.is_empty() {
            pairs.push(("q", q.to_owned()));
        }
        let lists = [
            ("level", join_codes(&self.levels, Level::code)),
            ("domain", join_codes(&self.domains, Domain::code)),
            ("institution", join_text(&self.institutions)),
            ("pole", join_text(&self.poles)),
            ("mode", join_codes(&self.modes, Mode::code)),
            ("format", join_codes(&self.formats, Format::code)),
            ("lang", join_codes(&self.languages, TeachingLanguage::code)),
        ];
        pairs.extend(lists.into_iter().filter(|(_, v)| !v.is_empty()));
        if self.open_only {
            pairs.push(("open", "1".to_owned()));
        }
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.code().to_owned()));
        }
        if self.page() > 1 {
            pairs.push(("page", self.page().to_string()));
        }
        pairs
    }
}

crate::facet_search::facet_query!(CatalogueQuery, Sort);

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (CatalogueQuery, Vec<QueryIssue>) {
        CatalogueQuery::parse(pairs.iter().copied())
    }

    #[test]
    fn parses_every_parameter() {
        let (q, issues) = parse(&[
            ("q", "données"),
            ("level", "master,doctorat"),
            ("level", "master"),
            ("domain", "donnees-de-sante"),
            ("institution", "psl"),
            ("pole", "formation"),
            ("mode", "alternance"),
            ("format", "hybride"),
            ("lang", "en"),
            ("open", "1"),
            ("sort", "candidature"),
            ("page", "2"),
        ]);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(q.q, "données");
        assert_eq!(q.levels, [Level::Master, Level::Doctorat]);
        assert_eq!(q.domains, [Domain::HealthData]);
        assert_eq!(q.institutions, ["psl"]);
        assert_eq!(q.poles, ["formation"]);
        assert_eq!(q.modes, [Mode::Apprenticeship]);
        assert_eq!(q.formats, [Format::Hybrid]);
        assert_eq!(q.languages, [TeachingLanguage::English]);
        assert!(q.open_only);
        assert_eq!(q.sort, Sort::Deadline);
        assert_eq!(q.page(), 2);
    }

    #[test]
    fn reports_and_skips_what_it_cannot_understand() {
        let (q, issues) = parse(&[
            ("level", "master,bogus"),
            ("colour", "blue"),
            ("page", "0"),
            ("page", "-3"),
            ("sort", "random"),
            ("pole", "../etc"),
            ("open", "maybe"),
        ]);
        assert_eq!(q.levels, [Level::Master], "the valid part is kept");
        assert_eq!(q.page(), 1);
        assert_eq!(q.sort, Sort::Relevance);
        let params: Vec<&str> = issues.iter().map(|i| i.parameter.as_str()).collect();
        assert_eq!(
            params,
            ["level", "colour", "page", "page", "sort", "pole", "open"]
        );
        let long = "x".repeat(crate::facet_search::MAX_QUERY_LEN + 1);
        assert_eq!(parse(&[("q", &long)]).1.len(), 1);
    }

    #[test]
    fn toggling_selects_unselects_and_resets_the_page() {
        let (mut q, _) = parse(&[("page", "3"), ("sort", "titre")]);
        q.toggle("level", "master");
        assert_eq!(q.levels, [Level::Master]);
        assert_eq!(q.page(), 1);
        q.toggle("level", "doctorat");
        q.toggle("level", "master");
        assert_eq!(q.levels, [Level::Doctorat]);
        q.toggle("level", "bogus");
        assert_eq!(q.levels, [Level::Doctorat]);
        q.toggle("open", "1");
        assert!(q.open_only);
        q.toggle("pole", "formation");
        assert_eq!(q.poles, ["formation"]);
        let cleared = q.cleared();
        assert!(!cleared.has_filters());
        assert_eq!(cleared.sort, Sort::Title);
    }

    #[test]
    fn serialises_canonically_and_round_trips() {
        let (q, _) = parse(&[
            ("lang", "en"),
            ("level", "doctorat,master"),
            ("q", "  ia "),
            ("page", "1"),
        ]);
        let pairs = q.to_pairs();
        assert_eq!(
            pairs,
            [
                ("q", "ia".to_owned()),
                ("level", "master,doctorat".to_owned()),
                ("lang", "en".to_owned())
            ]
        );
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (again, issues) = CatalogueQuery::parse(borrowed);
        assert!(issues.is_empty());
        assert_eq!(again.to_pairs(), pairs);
        assert!(CatalogueQuery::default().to_pairs().is_empty());
        assert!(!CatalogueQuery::default().has_filters());
        assert!(q.has_filters());
    }
}
