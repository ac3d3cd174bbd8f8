//! Loads `seed/events.json`: the inauguration of 14 December 2021 (real, past, given as a
//! day: the article gives no times) into every database, and the sample events when asked
//! for, dated relative to the day the database is created, so that the agenda always has
//! coming events and an archive.

use model::{
    agenda::{EventDraft, WallClock},
    Date, POLE_SLUGS,
};
use rusqlite::Connection;
use serde::Deserialize;

use super::{
    content::{mark_loaded, was_loaded, Part},
    events::upsert_event,
    SeedError,
};
use crate::paris;

const EVENT_SEED: &str = include_str!("../../seed/events.json");

#[derive(Deserialize)]
struct EventSeed {
    real: Vec<RealEvent>,
    samples: Vec<SampleEvent>,
}

/// A real event, as the article gives it: a day.
#[derive(Deserialize)]
struct RealEvent {
    date: Date,
    #[serde(flatten)]
    rest: serde_json::Map<String, serde_json::Value>,
}

/// A sample event: `day` counts from the day the database is created, `start` is a Paris
/// time of that day, and registration closes `registration_closes_hours_before` the start
/// (`null`: no registration).
#[derive(Deserialize)]
struct SampleEvent {
    day: i64,
    start: String,
    minutes: i64,
    registration_closes_hours_before: Option<i64>,
    #[serde(flatten)]
    rest: serde_json::Map<String, serde_json::Value>,
}

fn invalid(msg: String) -> SeedError {
    SeedError::Invalid(msg)
}

fn wall_clock(unix: i64) -> WallClock {
    let t = paris::time_of(unix);
    WallClock {
        date: t.date,
        hour: t.hour,
        minute: t.minute,
    }
}

fn draft(
    mut fields: serde_json::Map<String, serde_json::Value>,
    times: [(&str, Option<WallClock>); 3],
    extra: &[(&str, serde_json::Value)],
) -> Result<EventDraft, SeedError> {
    for (key, clock) in times {
        if let Some(clock) = clock {
            fields.insert(key.into(), clock.to_string().into());
        }
    }
    for (key, value) in extra {
        fields.insert((*key).into(), value.clone());
    }
    let slug = fields
        .get("slug")
        .and_then(|s| s.as_str())
        .unwrap_or("?")
        .to_owned();
    let draft: EventDraft = serde_json::from_value(serde_json::Value::Object(fields))
        .map_err(|e| invalid(format!("event `{slug}`: {e}")))?;
    let errors = draft.check(&POLE_SLUGS);
    if let Some(e) = errors.first() {
        return Err(invalid(format!(
            "event `{slug}`: {}: {}",
            e.field, e.reason
        )));
    }
    Ok(draft)
}

/// The seed's events, checked by the model's rules; samples dated from `today`.
fn parse_events(today: Date) -> Result<(Vec<EventDraft>, Vec<EventDraft>), SeedError> {
    let seed: EventSeed = serde_json::from_str(EVENT_SEED).map_err(SeedError::Parse)?;
    let real = seed
        .real
        .into_iter()
        .map(|e| {
            let next = Date::from_days_since_epoch(e.date.days_since_epoch() + 1);
            let midnight = |date| WallClock {
                date,
                hour: 0,
                minute: 0,
            };
            draft(
                e.rest,
                [
                    ("start", Some(midnight(e.date))),
                    ("end", Some(midnight(next))),
                    ("registration_closes", None),
                ],
                &[("all_day", true.into())],
            )
        })
        .collect::<Result<_, _>>()?;
    let samples = seed
        .samples
        .into_iter()
        .map(|e| {
            let (hour, minute) = e
                .start
                .split_once(':')
                .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
                .ok_or_else(|| invalid(format!("sample start `{}`", e.start)))?;
            let date = Date::from_days_since_epoch(today.days_since_epoch() + e.day);
            let start = paris::unix_of(date, hour, minute)
                .map_err(|err| invalid(format!("sample start: {err}")))?;
            let end = start + e.minutes * 60;
            let closes = e
                .registration_closes_hours_before
                .map(|h| wall_clock(start - h * 3600));
            draft(
                e.rest,
                [
                    ("start", Some(wall_clock(start))),
                    ("end", Some(wall_clock(end))),
                    ("registration_closes", closes),
                ],
                &[("sample", true.into())],
            )
        })
        .collect::<Result<_, _>>()?;
    Ok((real, samples))
}

/// Loads the real events once, and the samples once when `samples` asks for them.
pub fn load_events_once(
    conn: &mut Connection,
    today: Date,
    samples: bool,
) -> Result<(), SeedError> {
    let (real, sample_events) = parse_events(today)?;
    let now = crate::clock::now_unix() as i64;
    for (part, events, wanted) in [
        (Part::RealEvents, real, true),
        (Part::SampleEvents, sample_events, samples),
    ] {
        if !wanted || was_loaded(conn, part)? {
            continue;
        }
        let tx = conn.transaction()?;
        for event in &events {
            upsert_event(&tx, event, now)?;
        }
        mark_loaded(&tx, part)?;
        tx.commit()?;
        tracing::info!("seeded {} events ({part:?})", events.len());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_meets_the_rules_on_any_day() {
        for today in [
            Date::new(2026, 12, 4).unwrap(),
            Date::new(2027, 3, 20).unwrap(),
        ] {
            let (real, samples) = parse_events(today).unwrap();
            assert_eq!(real.len(), 1);
            assert!(real[0].all_day && !real[0].sample);
            assert!(samples.len() >= 25, "about 25 samples");
            assert!(samples.iter().all(|s| s.sample));
            for kind in model::agenda::EventType::ALL {
                assert!(samples.iter().any(|s| s.kind == *kind), "a sample {kind:?}");
            }
            for audience in model::agenda::Audience::ALL {
                assert!(
                    samples.iter().any(|s| s.audiences.contains(audience)),
                    "{audience:?}"
                );
            }
            let status = |st| samples.iter().filter(|s| s.status == st).count();
            assert_eq!(status(model::agenda::EventStatus::Cancelled), 1);
            assert_eq!(status(model::agenda::EventStatus::Postponed), 1);
            let full = samples
                .iter()
                .filter(|s| s.capacity.is_some_and(|c| c > 0 && c == s.reserved_seats));
            assert!(full.count() >= 2, "some are full");
            let past = samples.iter().filter(|s| s.start.date < today).count();
            assert!(past >= 3, "an archive");
        }
    }
}
