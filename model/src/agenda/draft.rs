//! An event as the campus team writes it (`portal-server event upsert --from FILE.json`),
//! with the rules it must meet before it is published.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Access, Audience, EventFormat, EventLanguage, EventStatus, EventType, Place};
use crate::{
    directory::{validate_url, Check, FieldError},
    text::Lines,
    validate_slug, Date, Localised,
};

/// A Paris wall-clock time as people write it, `2027-01-14T18:30`: the server finds its
/// offset in the time-zone database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct WallClock {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
}

impl FromStr for WallClock {
    type Err = String;
    fn from_str(s: &str) -> Result<WallClock, String> {
        let bad = || format!("`{s}` is not a Paris time such as 2027-01-14T18:30");
        let (date, time) = s.split_once('T').ok_or_else(bad)?;
        let (hour, minute) = time.split_once(':').ok_or_else(bad)?;
        let two_digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(hour) || !two_digits(minute) {
            return Err(bad());
        }
        let (hour, minute): (u8, u8) = (
            hour.parse().map_err(|_| bad())?,
            minute.parse().map_err(|_| bad())?,
        );
        if hour > 23 || minute > 59 {
            return Err(bad());
        }
        Ok(WallClock {
            date: date.parse().map_err(|_| bad())?,
            hour,
            minute,
        })
    }
}

impl std::fmt::Display for WallClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}T{:02}:{:02}", self.date, self.hour, self.minute)
    }
}

impl Serialize for WallClock {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for WallClock {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<WallClock, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// Length limits, in characters.
pub mod draft_limits {
    pub const TITLE: usize = 140;
    pub const SUMMARY: usize = 300;
    pub const DESCRIPTION: usize = 6000;
    pub const ORGANISER: usize = 160;
    pub const PLACE: usize = 200;
    pub const NOTE: usize = 600;
    pub const CAPACITY: u32 = 100_000;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDraft {
    pub slug: String,
    pub title: Localised,
    pub summary: Localised,
    pub description: Localised,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub audiences: Vec<Audience>,
    #[serde(default)]
    pub poles: Vec<String>,
    pub format: EventFormat,
    pub languages: Vec<EventLanguage>,
    pub free: bool,
    #[serde(default)]
    pub access: Vec<Access>,
    pub start: WallClock,
    pub end: WallClock,
    #[serde(default)]
    pub all_day: bool,
    #[serde(default = "scheduled")]
    pub status: EventStatus,
    #[serde(default)]
    pub status_note: Option<Localised>,
    /// `None`: no registration.
    #[serde(default)]
    pub registration_closes: Option<WallClock>,
    /// `None`: no limit.
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub reserved_seats: u32,
    pub organiser: String,
    #[serde(default)]
    pub place: Option<Place>,
    #[serde(default)]
    pub online_url: Option<String>,
    #[serde(default)]
    pub replay_url: Option<String>,
    #[serde(default)]
    pub sample: bool,
}

fn scheduled() -> EventStatus {
    EventStatus::Scheduled
}

impl EventDraft {
    /// Every broken rule, field by field. `poles` are the campus's pole slugs.
    pub fn check(&self, poles: &[&str]) -> Vec<FieldError> {
        use draft_limits as l;
        let mut c = Check::default();
        if let Err(e) = validate_slug(&self.slug) {
            c.fail("slug", e.to_string());
        }
        for (field, text, max, lines) in [
            ("title", &self.title, l::TITLE, Lines::One),
            ("summary", &self.summary, l::SUMMARY, Lines::One),
            (
                "description",
                &self.description,
                l::DESCRIPTION,
                Lines::Many,
            ),
        ] {
            for (lang, value) in [("fr", &text.fr), ("en", &text.en)] {
                c.one_text(format!("{field}.{lang}"), value, lines, 1, max);
            }
        }
        c.one_text(
            "organiser".into(),
            &self.organiser,
            Lines::One,
            1,
            l::ORGANISER,
        );
        if self.audiences.is_empty() {
            c.fail("audiences", "choose at least one audience");
        }
        if self.languages.is_empty() {
            c.fail("languages", "choose at least one language");
        }
        for (i, pole) in self.poles.iter().enumerate() {
            if !poles.contains(&pole.as_str()) {
                c.fail(format!("poles[{i}]"), "not a campus pole");
            }
        }
        if self.end <= self.start {
            c.fail("end", "must be after start");
        }
        if self.all_day && (self.start.hour, self.start.minute) != (0, 0) {
            c.fail("start", "a whole-day event starts at 00:00");
        }
        if self.status == EventStatus::Full {
            c.fail("status", "full is given by the seats, not set");
        }
        if self
            .registration_closes
            .is_some_and(|closes| closes > self.end)
        {
            c.fail("registration_closes", "must not be after the end");
        }
        if let Some(capacity) = self.capacity {
            if capacity > l::CAPACITY {
                c.fail("capacity", format!("at most {}", l::CAPACITY));
            }
            if self.reserved_seats > capacity {
                c.fail("reserved_seats", "must not exceed capacity");
            }
        }
        let on_site = self.format != EventFormat::Online;
        match (&self.place, on_site) {
            (None, true) if self.registration_closes.is_some() => c.fail(
                "place",
                "an event on site that takes registrations says where",
            ),
            (Some(_), false) => c.fail("place", "an online event has no place"),
            (Some(place), true) => {
                for (lang, value) in [("fr", &place.name.fr), ("en", &place.name.en)] {
                    c.one_text(format!("place.name.{lang}"), value, Lines::One, 1, l::PLACE);
                }
                c.one_text(
                    "place.address".into(),
                    &place.address,
                    Lines::One,
                    1,
                    l::PLACE,
                );
                for (lang, value) in [("fr", &place.access_info.fr), ("en", &place.access_info.en)]
                {
                    c.one_text(
                        format!("place.access_info.{lang}"),
                        value,
                        Lines::Many,
                        1,
                        l::NOTE,
                    );
                }
            }
            (None, _) => {}
        }
        let online = self.format != EventFormat::OnSite;
        match (&self.online_url, online) {
            (None, true) if self.registration_closes.is_some() => {
                c.fail("online_url", "an online event gives registrants a link")
            }
            (Some(_), false) => c.fail("online_url", "an event on site has no online link"),
            (Some(url), true) => {
                if let Err(e) = validate_url(url) {
                    c.fail("online_url", e);
                }
            }
            _ => {}
        }
        if let Some(url) = &self.replay_url {
            if let Err(e) = validate_url(url) {
                c.fail("replay_url", e);
            }
        }
        if let Some(note) = &self.status_note {
            for (lang, value) in [("fr", &note.fr), ("en", &note.en)] {
                c.one_text(
                    format!("status_note.{lang}"),
                    value,
                    Lines::Many,
                    1,
                    l::NOTE,
                );
            }
        }
        c.errors
    }
}
