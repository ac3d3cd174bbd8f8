//! Calls for applications: stored, and read as the API serves them (`/calls`).

use model::{
    calls::{Call, CallStatus, CallSummary, Milestone, Step},
    Date, FactSource, Localised,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::columns::localised;
use crate::paris;

/// A call as written: by the seed today, by the campus team's space later.
pub struct CallRecord {
    pub slug: String,
    pub title: Localised,
    pub summary: Localised,
    pub description: Localised,
    /// Opening and closing, Unix seconds.
    pub window: Option<(i64, i64)>,
    pub places: Option<u32>,
    pub sample: bool,
    pub source: Option<FactSource>,
    pub eligibility: Vec<Localised>,
    pub timeline: Vec<Milestone>,
}

pub fn insert_call(tx: &Transaction<'_>, call: &CallRecord) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO calls (slug, title_fr, title_en, summary_fr, summary_en, description_fr,
             description_en, opens_at, closes_at, places, sample, source_by, as_of)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            call.slug,
            call.title.fr,
            call.title.en,
            call.summary.fr,
            call.summary.en,
            call.description.fr,
            call.description.en,
            call.window.map(|w| w.0),
            call.window.map(|w| w.1),
            call.places,
            call.sample,
            call.source.as_ref().map(|s| &s.by),
            call.source.as_ref().map(|s| &s.as_of),
        ],
    )?;
    for (position, text) in call.eligibility.iter().enumerate() {
        tx.execute(
            "INSERT INTO call_eligibility (call_slug, position, text_fr, text_en)
             VALUES (?1, ?2, ?3, ?4)",
            params![call.slug, position, text.fr, text.en],
        )?;
    }
    for milestone in &call.timeline {
        tx.execute(
            "INSERT INTO call_timeline (call_slug, step, day) VALUES (?1, ?2, ?3)",
            params![call.slug, milestone.step.code(), milestone.date.to_string()],
        )?;
    }
    Ok(())
}

const SUMMARY_COLUMNS: &str = "slug, title_fr, title_en, summary_fr, summary_en, opens_at, \
     closes_at, places, decided_at IS NOT NULL, sample";
const SUMMARY_LEN: usize = 10;

fn summary_from_row(row: &Row, now: i64) -> rusqlite::Result<CallSummary> {
    let opens: Option<i64> = row.get(5)?;
    let closes: Option<i64> = row.get(6)?;
    let window = opens.zip(closes);
    Ok(CallSummary {
        slug: row.get(0)?,
        title: localised(row, 1)?,
        summary: localised(row, 3)?,
        opens: opens.map(paris::time_of),
        closes: closes.map(paris::time_of),
        status: CallStatus::at(window, row.get(8)?, now),
        places: row.get(7)?,
        sample: row.get(9)?,
    })
}

/// Every call at `now`, the most recent first (by closing; undated ones last).
pub fn load_call_summaries(conn: &Connection, now: i64) -> rusqlite::Result<Vec<CallSummary>> {
    let mut statement = conn.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM calls ORDER BY closes_at IS NULL, closes_at DESC, slug"
    ))?;
    let calls = statement
        .query_map([], |row| summary_from_row(row, now))?
        .collect();
    calls
}

/// One call's summary at `now`; `None` when no call has this slug.
pub fn load_call_summary(
    conn: &Connection,
    slug: &str,
    now: i64,
) -> rusqlite::Result<Option<CallSummary>> {
    conn.query_row(
        &format!("SELECT {SUMMARY_COLUMNS} FROM calls WHERE slug = ?1"),
        [slug],
        |row| summary_from_row(row, now),
    )
    .optional()
}

/// One call at `now`; `None` when no call has this slug.
pub fn load_call(conn: &Connection, slug: &str, now: i64) -> rusqlite::Result<Option<Call>> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {SUMMARY_COLUMNS}, description_fr, description_en, source_by, as_of \
                 FROM calls WHERE slug = ?1"
            ),
            [slug],
            |row| {
                let n = SUMMARY_LEN;
                let source = match row.get::<_, Option<String>>(n + 2)? {
                    Some(by) => Some(FactSource {
                        by,
                        as_of: row.get(n + 3)?,
                    }),
                    None => None,
                };
                Ok(Call {
                    summary: summary_from_row(row, now)?,
                    description: localised(row, n)?,
                    eligibility: Vec::new(),
                    timeline: Vec::new(),
                    source,
                })
            },
        )
        .optional()?;
    let Some(mut call) = found else {
        return Ok(None);
    };
    let mut statement = conn.prepare(
        "SELECT text_fr, text_en FROM call_eligibility WHERE call_slug = ?1 ORDER BY position",
    )?;
    call.eligibility = statement
        .query_map([slug], |row| localised(row, 0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut statement = conn.prepare("SELECT step, day FROM call_timeline WHERE call_slug = ?1")?;
    call.timeline = statement
        .query_map([slug], |row| {
            let step: String = row.get(0)?;
            let day: String = row.get(1)?;
            Ok((step, day))
        })?
        .map(|row| {
            let (step, day) = row?;
            let bad = |what: &str| super::columns::conversion(what);
            Ok(Milestone {
                step: Step::from_code(&step).ok_or_else(|| bad("an unknown step"))?,
                date: day
                    .parse::<Date>()
                    .map_err(|_| bad("a step's day is not a date"))?,
            })
        })
        .collect::<rusqlite::Result<_>>()?;
    call.timeline.sort_by_key(|m| m.step);
    Ok(Some(call))
}
