//! The agenda's search engine, shared by the API (`GET /events`, the calendar feed) and the
//! app (instant filtering in the browser): text match, filters, sort and facet counts.

use serde::{Deserialize, Serialize};

use super::{
    Access, AgendaQuery, AgendaSort, Audience, EventFormat, EventLanguage, EventSummary, EventType,
};
use crate::{
    facet_search::{fold, words, Coded, FacetTally, FacetValue, ResultList, SearchText},
    order::sort_by,
    Date, Lang,
};

/// Counts per facet, each in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaFacets {
    #[serde(rename = "type")]
    pub kind: Vec<FacetValue>,
    pub audience: Vec<FacetValue>,
    pub pole: Vec<FacetValue>,
    pub format: Vec<FacetValue>,
    pub lang: Vec<FacetValue>,
    pub access: Vec<FacetValue>,
    pub free: u32,
    /// Events per Paris day (`2026-12-10`), over every filter but the dates: what a month
    /// view marks.
    pub day: Vec<FacetValue>,
    /// Past events passing every other filter: what the archive holds.
    pub past: u32,
}

/// Matching events (indices into the index, in sort order) and facet counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgendaResult {
    pub matches: Vec<usize>,
    pub facets: AgendaFacets,
}

/// A page of results (`GET /api/v1/events`).
pub type EventList = ResultList<EventSummary, AgendaFacets>;

/// Days an event is counted on at most (a long exhibition is not a year of marks).
const MAX_DAYS: i64 = 31;

const TYPE: usize = 0;
const AUDIENCE: usize = 1;
const POLE: usize = 2;
const FORMAT: usize = 3;
const LANG: usize = 4;
const ACCESS: usize = 5;
const FREE: usize = 6;
const DAY: usize = 7;
const PAST: usize = 8;

struct Entry {
    text: SearchText,
    kind: u64,
    audiences: u64,
    poles: u64,
    format: u64,
    languages: u64,
    access: u64,
    first_day: Date,
    last_day: Date,
    /// Indices into the index's days, one per day the event is counted on.
    days: Vec<usize>,
    title_keys: [String; 2],
}

/// Events prepared for fast repeated searches.
pub struct AgendaIndex {
    events: Vec<EventSummary>,
    entries: Vec<Entry>,
    poles: Vec<String>,
    days: Vec<Date>,
}

fn mask<T: Coded>(items: &[T]) -> u64 {
    items.iter().fold(0, |m, i| {
        m | 1 << T::ALL.iter().position(|x| x == i).unwrap_or(63)
    })
}

fn days_of(event: &EventSummary) -> impl Iterator<Item = Date> {
    let first = event.start.date.days_since_epoch();
    // An event ending at midnight does not take the next day.
    let end = event.end.date.days_since_epoch()
        - i64::from(event.end.date > event.start.date && event.end.clock() == "00:00");
    (first..=end.max(first).min(first + MAX_DAYS - 1)).map(Date::from_days_since_epoch)
}

impl AgendaIndex {
    pub fn new(events: Vec<EventSummary>) -> AgendaIndex {
        let mut poles: Vec<String> = events.iter().flat_map(|e| e.poles.clone()).collect();
        crate::order::sort(&mut poles);
        poles.dedup();
        poles.truncate(64);
        let mut days: Vec<Date> = events.iter().flat_map(days_of).collect();
        days.sort_unstable();
        days.dedup();
        let entries = events
            .iter()
            .map(|e| {
                let labels: Vec<&str> = [e.kind.label(Lang::Fr), e.kind.label(Lang::En)]
                    .into_iter()
                    .chain(
                        e.audiences
                            .iter()
                            .flat_map(|a| [a.label(Lang::Fr), a.label(Lang::En)]),
                    )
                    .collect();
                let rest = format!("{} {} {}", e.summary.fr, e.summary.en, labels.join(" "));
                let event_days: Vec<Date> = days_of(e).collect();
                Entry {
                    text: SearchText::new(&format!("{} {}", e.title.fr, e.title.en), &rest),
                    kind: mask(&[e.kind]),
                    audiences: mask(&e.audiences),
                    poles: e
                        .poles
                        .iter()
                        .filter_map(|p| poles.iter().position(|x| x == p))
                        .fold(0, |m, i| m | (1 << i)),
                    format: mask(&[e.format]),
                    languages: mask(&e.languages),
                    access: mask(&e.access),
                    first_day: event_days[0],
                    last_day: *event_days.last().expect("an event has a day"),
                    days: event_days
                        .iter()
                        .map(|d| days.binary_search(d).expect("every day was collected"))
                        .collect(),
                    title_keys: [fold(&e.title.fr), fold(&e.title.en)],
                }
            })
            .collect();
        AgendaIndex {
            events,
            entries,
            poles,
            days,
        }
    }

    pub fn events(&self) -> &[EventSummary] {
        &self.events
    }

    pub fn get(&self, i: usize) -> &EventSummary {
        &self.events[i]
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Whether an event has this slug.
    pub fn contains(&self, slug: &str) -> bool {
        self.events.iter().any(|e| e.slug == slug)
    }

    /// Searches at `now` (Unix seconds: what is past), ordering titles as they read in
    /// `lang`.
    pub fn search(&self, query: &AgendaQuery, now: i64, lang: Lang) -> AgendaResult {
        let query_words = words(&query.q);
        let types = mask(&query.types);
        let audiences = mask(&query.audiences);
        let formats = mask(&query.formats);
        let languages = mask(&query.languages);
        let access = mask(&query.access);
        let poles: u64 = query
            .poles
            .iter()
            .filter_map(|s| self.poles.iter().position(|p| p == s))
            .fold(0, |m, i| m | (1 << i));
        // A pole no event belongs to matches nothing (rather than being ignored).
        let unknown_pole = poles == 0 && !query.poles.is_empty();

        let sizes = [
            EventType::ALL.len(),
            Audience::ALL.len(),
            self.poles.len(),
            EventFormat::ALL.len(),
            EventLanguage::ALL.len(),
            Access::ALL.len(),
            1,
            self.days.len(),
            1,
        ];
        let mut tally = FacetTally::new(&sizes);
        let mut matches: Vec<(usize, u32)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let Some(score) = entry.text.score(&query_words) else {
                continue;
            };
            let event = &self.events[i];
            let past = event.is_past(now);
            let has_access = entry.access & access == access;
            let failed = FacetTally::failed(&[
                types == 0 || entry.kind & types != 0,
                audiences == 0 || entry.audiences & audiences != 0,
                !unknown_pole && (poles == 0 || entry.poles & poles != 0),
                formats == 0 || entry.format & formats != 0,
                languages == 0 || entry.languages & languages != 0,
                has_access,
                !query.free || event.free,
                query.dates_match(entry.first_day, entry.last_day),
                past == query.past,
            ]);
            // Days can be more than 64: counted by index. Both bounds read one count.
            for day in &entry.days {
                tally.record_index(failed, DAY, *day);
            }
            let bits = [
                entry.kind,
                entry.audiences,
                entry.poles,
                entry.format,
                entry.languages,
                // Every feature is required: a feature counts what adding it would leave,
                // so an event lacking one already selected counts for none.
                if has_access { entry.access } else { 0 },
                u64::from(event.free),
                0,
                u64::from(past),
            ];
            if tally.record(failed, &bits) {
                matches.push((i, score));
            }
        }
        self.sort(&mut matches, query, lang);
        fn codes<T: Coded>() -> impl Iterator<Item = String> {
            T::ALL.iter().map(|v| v.code().to_owned())
        }
        let facets = AgendaFacets {
            kind: tally.values(TYPE, codes::<EventType>()),
            audience: tally.values(AUDIENCE, codes::<Audience>()),
            pole: tally.values(POLE, self.poles.iter().cloned()),
            format: tally.values(FORMAT, codes::<EventFormat>()),
            lang: tally.values(LANG, codes::<EventLanguage>()),
            access: tally.values(ACCESS, codes::<Access>()),
            free: tally.count(FREE, 0),
            day: tally
                .values(DAY, self.days.iter().map(Date::to_string))
                .into_iter()
                .filter(|v| v.count > 0)
                .collect(),
            past: tally.count(PAST, 0),
        };
        AgendaResult {
            matches: matches.into_iter().map(|(i, _)| i).collect(),
            facets,
        }
    }

    fn sort(&self, matches: &mut [(usize, u32)], query: &AgendaQuery, lang: Lang) {
        let key = usize::from(lang == Lang::En);
        let title = |i: usize| &self.entries[i].title_keys[key];
        let start = |i: usize| self.events[i].start.unix();
        // The archive reads back from the most recent.
        let by_date = |a: usize, b: usize| {
            let order = start(a).cmp(&start(b));
            if query.past { order.reverse() } else { order }.then_with(|| title(a).cmp(title(b)))
        };
        match query.sort {
            AgendaSort::Relevance if !query.q.trim().is_empty() => sort_by(matches, &|a, b| {
                b.1.cmp(&a.1).then_with(|| by_date(a.0, b.0))
            }),
            AgendaSort::Relevance | AgendaSort::Date => sort_by(matches, &|a, b| by_date(a.0, b.0)),
            AgendaSort::Title => sort_by(matches, &|a, b| {
                title(a.0).cmp(title(b.0)).then_with(|| by_date(a.0, b.0))
            }),
        }
    }

    /// One page of results, as `GET /api/v1/events` answers it: the server and the app's
    /// local search both build their pages here.
    pub fn list(&self, query: &AgendaQuery, now: i64, lang: Lang, per_page: u32) -> EventList {
        let result = self.search(query, now, lang);
        ResultList::cut(
            &result.matches,
            query.page(),
            per_page,
            |i| self.get(i).clone(),
            result.facets,
            self.events.iter().filter(|entry| entry.sample).count(),
        )
    }
}
