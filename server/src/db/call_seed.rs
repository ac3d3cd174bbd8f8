//! Loads `seed/calls.json`: the second call of early 2022 (real, closed, and only what the
//! article says of it) into every database, and the sample call when samples are asked
//! for, dated from the day the database is created so that it is open.

use model::{
    calls::{Milestone, Step},
    validate_slug, Date, FactSource, Localised,
};
use rusqlite::Connection;
use serde::Deserialize;

use super::{
    calls::{insert_call, CallRecord},
    content::{mark_loaded, was_loaded, Part},
    SeedError,
};
use crate::paris;

const CALL_SEED: &str = include_str!("../../seed/calls.json");

#[derive(Deserialize)]
struct CallSeed {
    real: Vec<RealCall>,
    samples: Vec<SampleCall>,
}

#[derive(Deserialize)]
struct Texts {
    slug: String,
    title: Localised,
    summary: Localised,
    description: Localised,
}

/// A real call, as its source gives it: no dates, places, conditions or timeline.
#[derive(Deserialize)]
struct RealCall {
    #[serde(flatten)]
    texts: Texts,
    source: FactSource,
}

/// A sample call: its days count from the day the database is created; `opens_at` and
/// `closes_at` are Paris times of their days.
#[derive(Deserialize)]
struct SampleCall {
    #[serde(flatten)]
    texts: Texts,
    places: u32,
    opens_day: i64,
    closes_day: i64,
    opens_at: String,
    closes_at: String,
    eligibility: Vec<Localised>,
    timeline: Vec<SampleMilestone>,
}

#[derive(Deserialize)]
struct SampleMilestone {
    step: Step,
    day: i64,
}

fn invalid(msg: String) -> SeedError {
    SeedError::Invalid(msg)
}

/// `day` days after `today`, at the Paris time `clock` (`09:00`), in Unix seconds.
fn paris_moment(today: Date, day: i64, clock: &str) -> Result<i64, SeedError> {
    let (hour, minute) = clock
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
        .ok_or_else(|| invalid(format!("call time `{clock}`")))?;
    paris::unix_of(today.plus_days(day), hour, minute)
        .map_err(|e| invalid(format!("call time `{clock}`: {e}")))
}

fn checked(record: CallRecord) -> Result<CallRecord, SeedError> {
    validate_slug(&record.slug).map_err(|e| invalid(format!("call `{}`: {e}", record.slug)))?;
    let texts = [&record.title, &record.summary, &record.description]
        .into_iter()
        .chain(&record.eligibility);
    for text in texts {
        if !text.is_complete() {
            return Err(invalid(format!(
                "call `{}`: a text without both languages",
                record.slug
            )));
        }
    }
    if record.window.is_some_and(|(opens, closes)| opens >= closes) {
        return Err(invalid(format!(
            "call `{}` closes before it opens",
            record.slug
        )));
    }
    Ok(record)
}

/// The seed's calls: the real ones, and the samples dated from `today`.
fn parse_calls(today: Date) -> Result<(Vec<CallRecord>, Vec<CallRecord>), SeedError> {
    let seed: CallSeed = serde_json::from_str(CALL_SEED).map_err(SeedError::Parse)?;
    let real = seed
        .real
        .into_iter()
        .map(|c| {
            checked(CallRecord {
                slug: c.texts.slug,
                title: c.texts.title,
                summary: c.texts.summary,
                description: c.texts.description,
                window: None,
                places: None,
                sample: false,
                source: Some(c.source),
                eligibility: Vec::new(),
                timeline: Vec::new(),
            })
        })
        .collect::<Result<_, _>>()?;
    let samples = seed
        .samples
        .into_iter()
        .map(|c| {
            let opens = paris_moment(today, c.opens_day, &c.opens_at)?;
            let closes = paris_moment(today, c.closes_day, &c.closes_at)?;
            checked(CallRecord {
                slug: c.texts.slug,
                title: c.texts.title,
                summary: c.texts.summary,
                description: c.texts.description,
                window: Some((opens, closes)),
                places: Some(c.places),
                sample: true,
                source: None,
                eligibility: c.eligibility,
                timeline: c
                    .timeline
                    .into_iter()
                    .map(|m| Milestone {
                        step: m.step,
                        date: today.plus_days(m.day),
                    })
                    .collect(),
            })
        })
        .collect::<Result<_, _>>()?;
    Ok((real, samples))
}

/// Loads the real calls once, and the samples once when `samples` asks for them.
pub fn load_calls_once(conn: &mut Connection, today: Date, samples: bool) -> Result<(), SeedError> {
    let (real, sample_calls) = parse_calls(today)?;
    for (part, calls, wanted) in [
        (Part::RealCalls, real, true),
        (Part::SampleCalls, sample_calls, samples),
    ] {
        if !wanted || was_loaded(conn, part)? {
            continue;
        }
        let tx = conn.transaction()?;
        for call in &calls {
            insert_call(&tx, call)?;
        }
        mark_loaded(&tx, part)?;
        tx.commit()?;
        tracing::info!("seeded {} calls ({part:?})", calls.len());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_call_says_only_what_the_article_says_and_the_sample_is_open() {
        let today = Date::new(2026, 12, 5).unwrap();
        let (real, samples) = parse_calls(today).unwrap();
        let [call] = &real[..] else {
            panic!("one real call");
        };
        assert!(call.window.is_none() && call.places.is_none() && !call.sample);
        assert!(call.eligibility.is_empty() && call.timeline.is_empty());
        assert_eq!(call.source.as_ref().unwrap().as_of, "2022-02");
        let now = paris::unix_of(today, 12, 0).unwrap();
        for sample in &samples {
            let (opens, closes) = sample.window.unwrap();
            assert!(opens < now && now < closes, "{}", sample.slug);
            let steps: Vec<Step> = sample.timeline.iter().map(|m| m.step).collect();
            assert_eq!(steps, Step::ALL);
            assert!(sample.timeline.windows(2).all(|w| w[0].date < w[1].date));
        }
    }
}
