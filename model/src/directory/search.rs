//! The directory search engine, shared by `GET /api/v1/startups` and the app: text match,
//! filters, facet counts (with the shared [`FacetTally`]) and sorts.

use serde::{Deserialize, Serialize};

use super::{DirectoryQuery, DirectorySort, Sector, Stage, StartupSummary};
use crate::{
    facet_search::{fold, words, FacetTally, FacetValue, ResultList, SearchText},
    order::sort_by,
    Lang,
};

/// Counts per facet, each in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryFacets {
    pub sector: Vec<FacetValue>,
    pub pole: Vec<FacetValue>,
    pub stage: Vec<FacetValue>,
    /// Founding years present in the directory, oldest first.
    pub founded: Vec<FacetValue>,
    /// Research spin-offs among the matches (ignoring the spin-off filter itself).
    pub spin_off: u32,
    /// Hiring start-ups among the matches (ignoring the hiring filter itself).
    pub hiring: u32,
}

/// Matching start-ups (indices, in sort order) and facet counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryResult {
    pub matches: Vec<usize>,
    pub facets: DirectoryFacets,
}

/// A page of results (`GET /api/v1/startups`).
pub type StartupList = ResultList<StartupSummary, DirectoryFacets>;

struct Entry {
    text: SearchText,
    name_key: String,
    sectors: u64,
    poles: u64,
    stage: u64,
    /// Index into `years`; `None`: no founding year given.
    year: Option<usize>,
}

/// Start-ups prepared for fast repeated searches.
pub struct DirectoryIndex {
    startups: Vec<StartupSummary>,
    entries: Vec<Entry>,
    poles: Vec<String>,
    years: Vec<u16>,
}

const SECTOR: usize = 0;
const POLE: usize = 1;
const STAGE: usize = 2;
const FOUNDED: usize = 3;
const SPIN_OFF: usize = 4;
const HIRING: usize = 5;

fn mask<T: Copy>(items: &[T], bit: fn(T) -> u32) -> u64 {
    items.iter().fold(0, |m, i| m | u64::from(bit(*i)))
}

impl DirectoryIndex {
    pub fn new(startups: Vec<StartupSummary>) -> DirectoryIndex {
        let mut poles: Vec<String> = startups.iter().flat_map(|s| s.poles.clone()).collect();
        crate::order::sort(&mut poles);
        poles.dedup();
        poles.truncate(64);
        let mut years: Vec<u16> = startups.iter().filter_map(|s| s.founded).collect();
        years.sort_unstable();
        years.dedup();
        let entries = startups
            .iter()
            .map(|s| {
                let sectors: Vec<&str> = s
                    .sectors
                    .iter()
                    .flat_map(|x| [x.label(Lang::Fr), x.label(Lang::En)])
                    .collect();
                let lab = s.spin_off.as_ref().map_or("", |o| o.lab.as_str());
                let rest = format!("{} {} {} {lab}", s.pitch.fr, s.pitch.en, sectors.join(" "));
                Entry {
                    text: SearchText::new(&s.name, &rest),
                    name_key: fold(&s.name),
                    sectors: mask(&s.sectors, Sector::bit),
                    poles: s
                        .poles
                        .iter()
                        .filter_map(|p| poles.iter().position(|x| x == p))
                        .fold(0, |m, i| m | (1 << i)),
                    stage: s.stage.map_or(0, |stage| u64::from(stage.bit())),
                    year: s.founded.map(|founded| {
                        years
                            .binary_search(&founded)
                            .expect("every year was collected")
                    }),
                }
            })
            .collect();
        DirectoryIndex {
            startups,
            entries,
            poles,
            years,
        }
    }

    pub fn startups(&self) -> &[StartupSummary] {
        &self.startups
    }

    pub fn get(&self, i: usize) -> &StartupSummary {
        &self.startups[i]
    }

    pub fn len(&self) -> usize {
        self.startups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.startups.is_empty()
    }

    /// Founding years present, oldest first.
    pub fn years(&self) -> &[u16] {
        &self.years
    }

    pub fn search(&self, query: &DirectoryQuery) -> DirectoryResult {
        let query_words = words(&query.q);
        let sectors = mask(&query.sectors, Sector::bit);
        let stages = mask(&query.stages, Stage::bit);
        let poles: u64 = query
            .poles
            .iter()
            .filter_map(|s| self.poles.iter().position(|p| p == s))
            .fold(0, |m, i| m | (1 << i));
        // A pole nobody belongs to matches nothing (rather than being ignored).
        let unknown_pole = poles == 0 && !query.poles.is_empty();

        let sizes = [
            Sector::ALL.len(),
            self.poles.len(),
            Stage::ALL.len(),
            self.years.len(),
            1,
            1,
        ];
        let mut tally = FacetTally::new(&sizes);
        let mut matches: Vec<(usize, u32)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let Some(score) = entry.text.score(&query_words) else {
                continue;
            };
            let s = &self.startups[i];
            let failed = FacetTally::failed(&[
                sectors == 0 || entry.sectors & sectors != 0,
                !unknown_pole && (poles == 0 || entry.poles & poles != 0),
                stages == 0 || entry.stage & stages != 0,
                query.founded_matches(s.founded),
                !query.spin_off || s.spin_off.is_some(),
                !query.hiring || s.hiring,
            ]);
            // Years can be more than 64: counted by index.
            if let Some(year) = entry.year {
                tally.record_index(failed, FOUNDED, year);
            }
            let bits = [
                entry.sectors,
                entry.poles,
                entry.stage,
                0,
                u64::from(s.spin_off.is_some()),
                u64::from(s.hiring),
            ];
            if tally.record(failed, &bits) {
                matches.push((i, score));
            }
        }
        self.sort(&mut matches, query);
        let facets = DirectoryFacets {
            sector: tally.values(SECTOR, Sector::ALL.iter().map(|s| s.code().to_owned())),
            pole: tally.values(POLE, self.poles.iter().cloned()),
            stage: tally.values(STAGE, Stage::ALL.iter().map(|s| s.code().to_owned())),
            founded: tally.values(FOUNDED, self.years.iter().map(|y| y.to_string())),
            spin_off: tally.count(SPIN_OFF, 0),
            hiring: tally.count(HIRING, 0),
        };
        DirectoryResult {
            matches: matches.into_iter().map(|(i, _)| i).collect(),
            facets,
        }
    }

    fn sort(&self, matches: &mut [(usize, u32)], query: &DirectoryQuery) {
        let name = |i: usize| &self.entries[i].name_key;
        let s = |i: usize| &self.startups[i];
        match query.sort {
            DirectorySort::Relevance if !query.q.trim().is_empty() => sort_by(matches, &|a, b| {
                b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0)))
            }),
            DirectorySort::Relevance | DirectorySort::Name => {
                sort_by(matches, &|a, b| name(a.0).cmp(name(b.0)))
            }
            // Newest first; a start-up without the date comes after those with one.
            DirectorySort::Newest => sort_by(matches, &|a, b| {
                s(b.0)
                    .member_since
                    .cmp(&s(a.0).member_since)
                    .then_with(|| name(a.0).cmp(name(b.0)))
            }),
            DirectorySort::Updated => sort_by(matches, &|a, b| {
                s(b.0)
                    .updated
                    .cmp(&s(a.0).updated)
                    .then_with(|| name(a.0).cmp(name(b.0)))
            }),
        }
    }

    /// Whether a start-up has this slug.
    pub fn contains(&self, slug: &str) -> bool {
        self.startups.iter().any(|s| s.slug == slug)
    }

    /// One page of results, as `GET /api/v1/startups` answers it: the server and the app's
    /// local search both build their pages here.
    pub fn list(&self, query: &DirectoryQuery, per_page: u32) -> StartupList {
        let result = self.search(query);
        ResultList::cut(
            &result.matches,
            query.page(),
            per_page,
            |i| self.get(i).clone(),
            result.facets,
            self.startups.iter().filter(|entry| entry.sample).count(),
        )
    }

    /// Up to `n` other start-ups sharing the most sectors with `slug`'s, then by name.
    pub fn related(&self, slug: &str, n: usize) -> Vec<&StartupSummary> {
        let Some(me) = self.startups.iter().position(|s| s.slug == slug) else {
            return Vec::new();
        };
        let mine = self.entries[me].sectors;
        let mut others: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(i, e)| *i != me && e.sectors & mine != 0)
            .map(|(i, e)| ((e.sectors & mine).count_ones(), i))
            .collect();
        sort_by(&mut others, &|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| self.entries[a.1].name_key.cmp(&self.entries[b.1].name_key))
        });
        others
            .into_iter()
            .take(n)
            .map(|(_, i)| &self.startups[i])
            .collect()
    }

    /// Start-ups of a pole, by name.
    pub fn in_pole(&self, pole: &str) -> Vec<&StartupSummary> {
        let mut list: Vec<usize> = (0..self.startups.len())
            .filter(|i| self.startups[*i].poles.iter().any(|p| p == pole))
            .collect();
        sort_by(&mut list, &|a, b| {
            self.entries[*a].name_key.cmp(&self.entries[*b].name_key)
        });
        list.into_iter().map(|i| &self.startups[i]).collect()
    }
}
