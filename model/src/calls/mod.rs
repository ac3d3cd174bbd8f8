//! Calls for applications: how start-ups join the campus. A call has its dates (Paris
//! time), who may apply, a timeline, and a status the server derives from the clock; an
//! application to it, its states and its form are in `application.rs`.

mod application;
mod review;

pub use application::{
    is_siren, limits, Actor, Application, ApplicationForm, ApplicationStart, ApplicationState,
    CeMarking, DeckInfo, Founder, Hosting, DECK_MAX_BYTES,
};
pub use review::{
    median, ConflictDeclaration, Criterion, ReviewBoard, ReviewOf, ReviewScores, Reviewer,
    ReviewerAssignment, COMMENT_MAX, MAX_SCORE,
};

use serde::{Deserialize, Serialize};

use crate::{agenda::ParisTime, facet_search::coded_enum, Date, FactSource, Localised};

coded_enum! {
    /// Where a call stands.
    CallStatus {
        /// Announced; applications not open yet.
        Upcoming => "upcoming", "À venir", "Upcoming";
        Open => "open", "Ouvert", "Open";
        /// Applications closed; decisions not sent yet.
        Closed => "closed", "Clos", "Closed";
        Decided => "decided", "Décisions rendues", "Decisions sent";
    }
}

impl CallStatus {
    /// A call's status at `now` (Unix seconds). Decided once its decisions are sent; a call
    /// known only from a source, without dates, is closed.
    pub fn at(window: Option<(i64, i64)>, decided: bool, now: i64) -> CallStatus {
        match window {
            _ if decided => CallStatus::Decided,
            None => CallStatus::Closed,
            Some((opens, _)) if now < opens => CallStatus::Upcoming,
            Some((_, closes)) if now < closes => CallStatus::Open,
            Some(_) => CallStatus::Closed,
        }
    }
}

coded_enum! {
    /// The steps after applications close, in their order.
    Step {
        Committee => "committee", "Comité de sélection", "Selection committee";
        Interviews => "interviews", "Auditions", "Interviews";
        Decision => "decision", "Décisions", "Decisions";
        Arrival => "arrival", "Arrivée sur le campus", "Arrival on the campus";
    }
}

/// A step of a call's timeline and the day it is planned for (Paris).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub step: Step,
    pub date: Date,
}

/// A call as listed (`GET /api/v1/calls`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSummary {
    pub slug: String,
    pub title: Localised,
    pub summary: Localised,
    /// When applications open and close, both or neither (a call known only from a
    /// source).
    pub opens: Option<ParisTime>,
    pub closes: Option<ParisTime>,
    pub status: CallStatus,
    /// How many start-ups it admits, if said.
    pub places: Option<u32>,
    /// Invented for the demonstration.
    pub sample: bool,
}

/// A call with what an applicant reads before applying (`GET /api/v1/calls/{slug}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    #[serde(flatten)]
    pub summary: CallSummary,
    pub description: Localised,
    /// Who may apply, one condition each.
    pub eligibility: Vec<Localised>,
    /// The steps after closing, in order.
    pub timeline: Vec<Milestone>,
    /// Where what is said of a real call comes from (none for a sample).
    pub source: Option<FactSource>,
}

/// The call a page about joining the campus puts first: the open one closing soonest,
/// else the next to open, else the last one (by closing, dated ones first).
pub fn featured(calls: &[CallSummary]) -> Option<&CallSummary> {
    let of = |status| calls.iter().filter(move |c| c.status == status);
    of(CallStatus::Open)
        .min_by_key(|c| c.closes)
        .or_else(|| of(CallStatus::Upcoming).min_by_key(|c| c.opens))
        .or_else(|| calls.iter().max_by_key(|c| (c.closes, !c.sample)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_opens_and_closes_at_its_times_and_stays_decided() {
        let window = Some((100, 200));
        assert_eq!(CallStatus::at(window, false, 99), CallStatus::Upcoming);
        assert_eq!(CallStatus::at(window, false, 100), CallStatus::Open);
        assert_eq!(CallStatus::at(window, false, 199), CallStatus::Open);
        assert_eq!(CallStatus::at(window, false, 200), CallStatus::Closed);
        assert_eq!(CallStatus::at(window, true, 150), CallStatus::Decided);
        assert_eq!(CallStatus::at(None, false, 0), CallStatus::Closed);
        assert_eq!(CallStatus::at(None, true, 0), CallStatus::Decided);
    }

    fn call(slug: &str, status: CallStatus, closes: Option<i64>) -> CallSummary {
        let time = |unix: i64| ParisTime {
            date: Date::from_days_since_epoch(unix),
            hour: 12,
            minute: 0,
            second: 0,
            offset_minutes: 60,
        };
        CallSummary {
            slug: slug.into(),
            title: Localised::default(),
            summary: Localised::default(),
            opens: closes.map(|c| time(c - 30)),
            closes: closes.map(time),
            status,
            places: None,
            sample: false,
        }
    }

    #[test]
    fn the_open_call_comes_first_then_the_next_then_the_last() {
        let past = call("2022", CallStatus::Closed, None);
        let decided = call("2025", CallStatus::Decided, Some(20_000));
        let next = call("2027", CallStatus::Upcoming, Some(21_000));
        let open = call("2026", CallStatus::Open, Some(20_500));
        let slug = |calls: &[CallSummary]| featured(calls).map(|c| c.slug.clone());
        assert_eq!(
            slug(&[past.clone(), decided.clone(), next.clone(), open]).as_deref(),
            Some("2026")
        );
        assert_eq!(
            slug(&[past.clone(), next, decided.clone()]).as_deref(),
            Some("2027")
        );
        assert_eq!(slug(&[past.clone(), decided]).as_deref(), Some("2025"));
        assert_eq!(slug(&[past]).as_deref(), Some("2022"));
        assert_eq!(slug(&[]), None);
    }
}
