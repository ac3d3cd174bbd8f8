//! An event as the API answers it: its card in lists, and its whole page.

use serde::{Deserialize, Serialize};

use super::{Access, Audience, EventFormat, EventLanguage, EventStatus, EventType, ParisTime};
use crate::Localised;

/// What a short list of events shows (the home page's next events): read from the same
/// list answer as the cards, every other member ignored, so a page that shows only this
/// decodes only this.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct EventHeadline {
    pub slug: String,
    pub title: Localised,
    pub start: ParisTime,
    #[serde(default)]
    pub all_day: bool,
    pub sample: bool,
}

/// Whether people may register now, and until when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationWindow {
    /// Registration is open: before its closing time, for an event that is scheduled.
    pub open: bool,
    /// When registration closes; `None` for an event without registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<ParisTime>,
}

/// An event's card, as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    pub slug: String,
    pub title: Localised,
    pub summary: Localised,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub audiences: Vec<Audience>,
    /// The campus poles it belongs to, by slug.
    pub poles: Vec<String>,
    pub format: EventFormat,
    pub languages: Vec<EventLanguage>,
    pub free: bool,
    pub access: Vec<Access>,
    pub start: ParisTime,
    pub end: ParisTime,
    /// Given as whole days: `start` is the first day's midnight and `end` the midnight
    /// after the last; the times are not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_day: bool,
    pub status: EventStatus,
    pub registration: RegistrationWindow,
    /// Seats in all; `None` when there is no limit.
    pub capacity: Option<u32>,
    /// Seats not yet held; `None` when there is no limit.
    pub seats_left: Option<u32>,
    /// Invented for the demonstration, and marked as such wherever it is shown.
    pub sample: bool,
}

/// Where an event takes place on site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The building and room (`Bâtiment Fresk, salle Hippocrate`).
    pub name: Localised,
    pub address: String,
    /// How to get in: entrance, lifts, step-free route, public transport.
    pub access_info: Localised,
}

/// An event's page. The online link is never here: registrants get it by e-mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    #[serde(flatten)]
    pub summary: EventSummary,
    pub description: Localised,
    /// Who organises it (a campus pole, a founder, a start-up).
    pub organiser: String,
    /// On site or hybrid: where; online only: `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// A past event's replay or publication, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_url: Option<String>,
    /// Why it was cancelled or postponed, and what happens next.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_note: Option<Localised>,
    /// Grows on every change of the event: calendars (ICS `SEQUENCE`) read it.
    pub sequence: u32,
}

impl EventSummary {
    /// Whether it has ended at `now` (Unix seconds).
    pub fn is_past(&self, now: i64) -> bool {
        self.end.unix() <= now
    }

    /// Its length in minutes.
    pub fn minutes(&self) -> i64 {
        (self.end.unix() - self.start.unix()) / 60
    }

    /// Whether a person may still register (a seat or a waitlist place).
    pub fn accepts_registrations(&self) -> bool {
        self.registration.open
    }
}
