//! The agenda's rules on any input: a line of query string, then a JSON document.
//! - What the query parser keeps survives a round trip through the canonical link; searching the seed-like events and
//!   events read from the JSON never panics, returns each event at most once and counts no
//!   facet value (day counts included) above the number of events; the month shown has its
//!   days once each.
//! - The JSON read as a registration request or an event draft is checked without panic;
//!   a request that passes its rules still passes them once normalised (as stored).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use model::{
    agenda::{month, AgendaIndex, AgendaQuery, EventDraft, EventSummary, RegistrationRequest},
    facet_search::{encode_query, FacetQuery},
    Date, Lang, POLE_SLUGS,
};

/// Events of every kind of time: one day, across midnight and a clock change, all day,
/// long, past.
fn events() -> &'static AgendaIndex {
    static INDEX: OnceLock<AgendaIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let json = include_str!("../agenda_events.json");
        AgendaIndex::new(serde_json::from_str(json).expect("the events of the corpus parse"))
    })
}

fn search(index: &AgendaIndex, query: &AgendaQuery) {
    // 2026-12-04 12:00 in Paris, and far from it on both sides.
    for now in [1_796_382_000, 0, 4_102_444_800] {
        for lang in [Lang::Fr, Lang::En] {
            let result = index.search(query, now, lang);
            let mut seen = vec![false; index.len()];
            for &i in &result.matches {
                assert!(i < index.len() && !seen[i], "event {i} twice or out of range");
                seen[i] = true;
            }
            let f = &result.facets;
            for value in f
                .kind
                .iter()
                .chain(&f.audience)
                .chain(&f.pole)
                .chain(&f.format)
                .chain(&f.lang)
                .chain(&f.access)
                .chain(&f.day)
            {
                assert!(value.count as usize <= index.len(), "{value:?}");
            }
            assert!(f.free as usize <= index.len() && f.past as usize <= index.len());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (raw_query, json) = text.split_once('\n').unwrap_or((&text, ""));

    let (query, _) = AgendaQuery::from_search(raw_query);
    let canonical = encode_query(&query.to_pairs());
    let (again, issues) = AgendaQuery::from_search(&canonical);
    assert!(issues.is_empty(), "{canonical}: {issues:?}");
    assert_eq!(again.to_pairs(), query.to_pairs(), "{canonical}");
    search(events(), &query);

    let today = Date::new(2026, 12, 4).unwrap();
    let event_days: Vec<Date> = events()
        .events()
        .iter()
        .map(|e| e.start.date)
        .collect();
    let first = month::shown_month(&query, today, &event_days);
    let days: Vec<Date> = month::weeks(first).into_iter().flatten().flatten().collect();
    assert_eq!(days.len(), usize::from(first.month_end().day));
    assert!(days.windows(2).all(|d| d[0].plus_days(1) == d[1]));

    if let Ok(mine) = serde_json::from_str::<Vec<EventSummary>>(json) {
        search(&AgendaIndex::new(mine), &query);
    }
    if let Ok(request) = serde_json::from_str::<RegistrationRequest>(json) {
        if request.check().is_empty() {
            let stored = request.normalised();
            assert!(stored.check().is_empty(), "{request:?} → {stored:?}");
        }
    }
    if let Ok(draft) = serde_json::from_str::<EventDraft>(json) {
        let _ = draft.check(&POLE_SLUGS);
    }
});
