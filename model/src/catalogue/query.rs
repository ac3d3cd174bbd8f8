//! The catalogue's search state and its query-string form. The app keeps it in the URL
//! (every view a shareable link) and the API reads the same parameters: one parser.

use super::{Domain, Format, Level, Mode, TeachingLanguage};

pub const MAX_QUERY_LEN: usize = 200;
pub const MAX_PAGE: u32 = 10_000;

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

/// A parameter that could not be understood; it is ignored (app) or refused (API).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryIssue {
    pub parameter: String,
    pub value: String,
    pub reason: &'static str,
}

fn split_values(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
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
        fn flip<T: PartialEq>(list: &mut Vec<T>, item: Option<T>) {
            if let Some(item) = item {
                match list.iter().position(|x| *x == item) {
                    Some(i) => {
                        list.remove(i);
                    }
                    None => list.push(item),
                }
            }
        }
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
        let mut issue = |parameter: &str, value: &str, reason: &'static str| {
            issues.push(QueryIssue {
                parameter: parameter.to_owned(),
                value: value.to_owned(),
                reason,
            })
        };
        for (key, value) in pairs {
            match key {
                "q" => {
                    if value.chars().count() > MAX_QUERY_LEN {
                        issue(key, value, "search text is too long");
                    } else {
                        query.q = value.to_owned();
                    }
                }
                "level" => coded(value, Level::from_code, &mut query.levels, |v| {
                    issue(key, v, "unknown level")
                }),
                "domain" => coded(value, Domain::from_code, &mut query.domains, |v| {
                    issue(key, v, "unknown domain")
                }),
                "mode" => coded(value, Mode::from_code, &mut query.modes, |v| {
                    issue(key, v, "unknown mode")
                }),
                "format" => coded(value, Format::from_code, &mut query.formats, |v| {
                    issue(key, v, "unknown format")
                }),
                "lang" => coded(
                    value,
                    TeachingLanguage::from_code,
                    &mut query.languages,
                    |v| issue(key, v, "unknown teaching language"),
                ),
                "institution" | "pole" => {
                    for v in split_values(value) {
                        if crate::validate_slug(v).is_err() {
                            issue(key, v, "not a valid identifier");
                        } else if key == "pole" {
                            push_unique(&mut query.poles, v.to_owned());
                        } else {
                            push_unique(&mut query.institutions, v.to_owned());
                        }
                    }
                }
                "open" => match value {
                    "1" | "true" | "oui" => query.open_only = true,
                    "0" | "false" | "non" | "" => query.open_only = false,
                    _ => issue(key, value, "expected 1 or 0"),
                },
                "sort" => match Sort::from_code(value) {
                    Some(sort) => query.sort = sort,
                    None => issue(key, value, "unknown sort order"),
                },
                "page" => match value.parse::<u32>() {
                    Ok(page) if (1..=MAX_PAGE).contains(&page) => query.page = page,
                    _ => issue(key, value, "expected a page number from 1"),
                },
                _ => issue(key, value, "unknown parameter"),
            }
        }
        (query, issues)
    }

    /// The canonical query-string pairs: defaults omitted, values in a stable order, so
    /// equal searches give equal links.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        fn join<T: Copy + Ord>(items: &[T], code: fn(T) -> &'static str) -> String {
            let mut sorted = items.to_vec();
            sorted.sort();
            sorted.into_iter().map(code).collect::<Vec<_>>().join(",")
        }
        fn join_text(items: &[String]) -> String {
            let mut sorted = items.to_vec();
            sorted.sort();
            sorted.join(",")
        }
        let mut pairs = Vec::new();
        let q = self.q.trim();
        if !q.is_empty() {
            pairs.push(("q", q.to_owned()));
        }
        let lists = [
            ("level", join(&self.levels, Level::code)),
            ("domain", join(&self.domains, Domain::code)),
            ("institution", join_text(&self.institutions)),
            ("pole", join_text(&self.poles)),
            ("mode", join(&self.modes, Mode::code)),
            ("format", join(&self.formats, Format::code)),
            ("lang", join(&self.languages, TeachingLanguage::code)),
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

fn coded<T: PartialEq + Copy>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    into: &mut Vec<T>,
    mut unknown: impl FnMut(&str),
) {
    for v in split_values(value) {
        match parse(v) {
            Some(item) => push_unique(into, item),
            None => unknown(v),
        }
    }
}

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
        let long = "x".repeat(MAX_QUERY_LEN + 1);
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
