//! The catalogue search engine, shared by the API (`GET /programmes`) and the app (instant
//! filtering in the browser): full-text match, filters, sort, and facet counts.

use serde::{Deserialize, Serialize};

use super::{
    ApplicationStatus, CatalogueQuery, Date, Domain, Format, Level, Mode, ProgrammeSummary, Sort,
    TeachingLanguage,
};
use crate::{
    facet_search::{fold, words, FacetTally, FacetValue, ResultList, SearchText},
    order::{sort_by, sort_by_key},
};

/// Counts per facet, each in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub level: Vec<FacetValue>,
    pub domain: Vec<FacetValue>,
    pub institution: Vec<FacetValue>,
    pub pole: Vec<FacetValue>,
    pub mode: Vec<FacetValue>,
    pub format: Vec<FacetValue>,
    pub lang: Vec<FacetValue>,
    /// Programmes whose applications are open today.
    pub open: u32,
}

/// Matching programmes (indices into the index, in sort order) and facet counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResult {
    pub matches: Vec<usize>,
    pub facets: Facets,
}

struct Entry {
    text: SearchText,
    level: u32,
    domains: u32,
    modes: u32,
    format: u32,
    languages: u32,
    institution: usize,
    poles: u64,
    /// Folded titles, French then English, for sorting by title in the reader's language.
    title_keys: [String; 2],
}

/// Programmes prepared for fast repeated searches.
pub struct CatalogueIndex {
    programmes: Vec<ProgrammeSummary>,
    entries: Vec<Entry>,
    institutions: Vec<(String, String)>,
    poles: Vec<String>,
}

const INSTITUTION: usize = 2;
const OPEN: usize = 7;

fn mask<T: Copy>(items: &[T], bit: fn(T) -> u32) -> u32 {
    items.iter().fold(0, |m, i| m | bit(*i))
}

impl CatalogueIndex {
    pub fn new(programmes: Vec<ProgrammeSummary>) -> CatalogueIndex {
        let mut institutions: Vec<(String, String)> = programmes
            .iter()
            .map(|p| (p.institution.slug.clone(), p.institution.name.clone()))
            .collect();
        sort_by(&mut institutions, &|a, b| {
            a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0))
        });
        institutions.dedup_by(|a, b| a.0 == b.0);
        let mut poles: Vec<String> = programmes.iter().flat_map(|p| p.poles.clone()).collect();
        crate::order::sort(&mut poles);
        poles.dedup();
        poles.truncate(64);

        let entries = programmes
            .iter()
            .map(|p| {
                let pole_mask = p
                    .poles
                    .iter()
                    .filter_map(|pole| poles.iter().position(|s| s == pole))
                    .fold(0u64, |m, i| m | (1 << i));
                let labels: Vec<&str> = p
                    .domains
                    .iter()
                    .flat_map(|d| [d.label(crate::Lang::Fr), d.label(crate::Lang::En)])
                    .chain([
                        p.level.label(crate::Lang::Fr),
                        p.level.label(crate::Lang::En),
                    ])
                    .collect();
                let rest = format!(
                    "{} {} {} {}",
                    p.summary.fr,
                    p.summary.en,
                    p.institution.name,
                    labels.join(" ")
                );
                Entry {
                    text: SearchText::new(&format!("{} {}", p.title.fr, p.title.en), &rest),
                    level: p.level.bit(),
                    domains: mask(&p.domains, Domain::bit),
                    modes: mask(&p.modes, Mode::bit),
                    format: p.format.bit(),
                    languages: mask(&p.languages, TeachingLanguage::bit),
                    institution: institutions
                        .iter()
                        .position(|(s, _)| *s == p.institution.slug)
                        .expect("every institution was collected"),
                    poles: pole_mask,
                    title_keys: [fold(&p.title.fr), fold(&p.title.en)],
                }
            })
            .collect();
        CatalogueIndex {
            programmes,
            entries,
            institutions,
            poles,
        }
    }

    pub fn programmes(&self) -> &[ProgrammeSummary] {
        &self.programmes
    }

    pub fn get(&self, i: usize) -> &ProgrammeSummary {
        &self.programmes[i]
    }

    pub fn len(&self) -> usize {
        self.programmes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.programmes.is_empty()
    }

    /// Whether a programme has this slug.
    pub fn contains(&self, slug: &str) -> bool {
        self.programmes.iter().any(|p| p.slug == slug)
    }

    /// Institutions in the catalogue: `(slug, name)`, by name.
    pub fn institutions(&self) -> &[(String, String)] {
        &self.institutions
    }

    /// Searches, ordering titles as in French (the API's order; it serves both languages).
    pub fn search(&self, query: &CatalogueQuery, today: Date) -> SearchResult {
        self.search_in(query, today, crate::Lang::Fr)
    }

    /// Searches, ordering titles as they read in `lang`.
    pub fn search_in(
        &self,
        query: &CatalogueQuery,
        today: Date,
        lang: crate::Lang,
    ) -> SearchResult {
        let query_words = words(&query.q);
        let levels = mask(&query.levels, Level::bit);
        let domains = mask(&query.domains, Domain::bit);
        let modes = mask(&query.modes, Mode::bit);
        let formats = mask(&query.formats, Format::bit);
        let languages = mask(&query.languages, TeachingLanguage::bit);
        let institutions: Vec<usize> = query
            .institutions
            .iter()
            .filter_map(|s| self.institutions.iter().position(|(slug, _)| slug == s))
            .collect();
        let unknown_institution =
            institutions.len() < query.institutions.len() && institutions.is_empty();
        let poles: u64 = query
            .poles
            .iter()
            .filter_map(|s| self.poles.iter().position(|p| p == s))
            .filter(|i| *i < 64)
            .fold(0, |m, i| m | (1 << i));
        let unknown_pole = poles == 0 && !query.poles.is_empty();

        let sizes = [
            Level::ALL.len(),
            Domain::ALL.len(),
            self.institutions.len(),
            self.poles.len(),
            Mode::ALL.len(),
            Format::ALL.len(),
            TeachingLanguage::ALL.len(),
            1,
        ];
        let mut tally = FacetTally::new(&sizes);
        let mut matches: Vec<(usize, u32)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let Some(score) = entry.text.score(&query_words) else {
                continue;
            };
            let open = matches!(
                self.programmes[i].application_status(today),
                ApplicationStatus::Open(_)
            );
            // Which facet filters does this programme pass?
            let failed = FacetTally::failed(&[
                levels == 0 || entry.level & levels != 0,
                domains == 0 || entry.domains & domains != 0,
                !unknown_institution
                    && (institutions.is_empty() || institutions.contains(&entry.institution)),
                !unknown_pole && (poles == 0 || entry.poles & poles != 0),
                modes == 0 || entry.modes & modes != 0,
                formats == 0 || entry.format & formats != 0,
                languages == 0 || entry.languages & languages != 0,
                !query.open_only || open,
            ]);
            // Institutions are counted by index: there may be more than 64 of them.
            tally.record_index(failed, INSTITUTION, entry.institution);
            let bits = [
                u64::from(entry.level),
                u64::from(entry.domains),
                0,
                entry.poles,
                u64::from(entry.modes),
                u64::from(entry.format),
                u64::from(entry.languages),
                u64::from(open),
            ];
            if tally.record(failed, &bits) {
                matches.push((i, score));
            }
        }

        self.sort(&mut matches, query, today, lang);
        let values = |f: usize, codes: Vec<String>| tally.values(f, codes);
        fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|v| code(*v).to_owned()).collect()
        }
        let facets = Facets {
            level: values(0, codes(Level::ALL, Level::code)),
            domain: values(1, codes(Domain::ALL, Domain::code)),
            institution: values(
                2,
                self.institutions.iter().map(|(s, _)| s.clone()).collect(),
            )
            .into_iter()
            .zip(&self.institutions)
            .map(|(value, (_, name))| FacetValue {
                label: Some(name.clone()),
                ..value
            })
            .collect(),
            pole: values(3, self.poles.clone()),
            mode: values(4, codes(Mode::ALL, Mode::code)),
            format: values(5, codes(Format::ALL, Format::code)),
            lang: values(6, codes(TeachingLanguage::ALL, TeachingLanguage::code)),
            open: tally.count(OPEN, 0),
        };
        SearchResult {
            matches: matches.into_iter().map(|(i, _)| i).collect(),
            facets,
        }
    }

    /// One page of results, as `GET /api/v1/programmes` answers it: the server and the
    /// app's local search both build their pages here.
    pub fn list(
        &self,
        query: &CatalogueQuery,
        today: Date,
        lang: crate::Lang,
        per_page: u32,
    ) -> ProgrammeList {
        let result = self.search_in(query, today, lang);
        ResultList::cut(
            &result.matches,
            query.page(),
            per_page,
            |i| self.get(i).clone(),
            result.facets,
            self.programmes.iter().filter(|entry| entry.sample).count(),
        )
    }

    fn sort(
        &self,
        matches: &mut [(usize, u32)],
        query: &CatalogueQuery,
        today: Date,
        lang: crate::Lang,
    ) {
        let key = usize::from(lang == crate::Lang::En);
        let title = |i: usize| &self.entries[i].title_keys[key];
        let far = Date::new(9999, 12, 31).expect("valid");
        match query.sort {
            Sort::Relevance if !query.q.trim().is_empty() => sort_by(matches, &|a, b| {
                b.1.cmp(&a.1).then_with(|| title(a.0).cmp(title(b.0)))
            }),
            Sort::Relevance | Sort::Title => sort_by(matches, &|a, b| title(a.0).cmp(title(b.0))),
            Sort::Start => sort_by_key(matches, |(i, _)| {
                (
                    self.programmes[*i].next_start(today).unwrap_or(far),
                    title(*i).clone(),
                )
            }),
            Sort::Deadline => sort_by_key(matches, |(i, _)| {
                let deadline = match self.programmes[*i].application_status(today) {
                    ApplicationStatus::Open(days) => (0, days),
                    ApplicationStatus::Upcoming(days) => (1, days),
                    ApplicationStatus::Unknown => (2, 0),
                    ApplicationStatus::Closed => (3, 0),
                };
                (deadline, title(*i).clone())
            }),
        }
    }
}

/// A page of results (`GET /api/v1/programmes`).
pub type ProgrammeList = ResultList<ProgrammeSummary, Facets>;
