//! An event's form as typed: every field as its control holds it, and the draft it makes,
//! with what the typing cannot give (a time, a number) said field by field under the names
//! the model's rules use.

use leptos::prelude::*;
use model::{
    agenda::{
        Access, Audience, EventDraft, EventFormat, EventLanguage, EventStatus, EventType, Place,
        WallClock,
    },
    directory::FieldError,
};

use super::form_parts::Pair;

#[derive(Clone, Copy)]
pub struct EventFields {
    pub slug: RwSignal<String>,
    pub title: Pair,
    pub summary: Pair,
    pub description: Pair,
    pub kind: RwSignal<String>,
    pub format: RwSignal<String>,
    pub audiences: RwSignal<Vec<String>>,
    pub poles: RwSignal<Vec<String>>,
    pub languages: RwSignal<Vec<String>>,
    pub access: RwSignal<Vec<String>>,
    pub free: RwSignal<bool>,
    pub start: RwSignal<String>,
    pub end: RwSignal<String>,
    pub all_day: RwSignal<bool>,
    pub status: RwSignal<String>,
    pub status_note: Pair,
    pub registration_closes: RwSignal<String>,
    pub capacity: RwSignal<String>,
    pub reserved_seats: RwSignal<String>,
    pub organiser: RwSignal<String>,
    pub place_name: Pair,
    pub place_address: RwSignal<String>,
    pub place_access: Pair,
    pub online_url: RwSignal<String>,
    pub replay_url: RwSignal<String>,
    pub sample: RwSignal<bool>,
}

fn text(value: impl Into<String>) -> RwSignal<String> {
    RwSignal::new(value.into())
}

fn codes<T: Copy>(values: &[T], code: fn(T) -> &'static str) -> RwSignal<Vec<String>> {
    RwSignal::new(values.iter().map(|v| code(*v).to_owned()).collect())
}

fn optional<T: ToString>(value: Option<T>) -> RwSignal<String> {
    text(value.map(|v| v.to_string()).unwrap_or_default())
}

impl EventFields {
    /// An empty form: a new event.
    pub fn empty() -> EventFields {
        EventFields {
            slug: text(""),
            title: Pair::blank(),
            summary: Pair::blank(),
            description: Pair::blank(),
            kind: text(EventType::Conference.code()),
            format: text(EventFormat::OnSite.code()),
            audiences: RwSignal::new(Vec::new()),
            poles: RwSignal::new(Vec::new()),
            languages: RwSignal::new(vec![EventLanguage::French.code().to_owned()]),
            access: RwSignal::new(Vec::new()),
            free: RwSignal::new(true),
            start: text(""),
            end: text(""),
            all_day: RwSignal::new(false),
            status: text(EventStatus::Scheduled.code()),
            status_note: Pair::blank(),
            registration_closes: text(""),
            capacity: text(""),
            reserved_seats: text("0"),
            organiser: text(""),
            place_name: Pair::blank(),
            place_address: text(""),
            place_access: Pair::blank(),
            online_url: text(""),
            replay_url: text(""),
            sample: RwSignal::new(false),
        }
    }

    /// The form of a stored event.
    pub fn of(d: &EventDraft) -> EventFields {
        let blank = Pair::blank;
        EventFields {
            slug: text(d.slug.clone()),
            title: Pair::of(&d.title),
            summary: Pair::of(&d.summary),
            description: Pair::of(&d.description),
            kind: text(d.kind.code()),
            format: text(d.format.code()),
            audiences: codes(&d.audiences, Audience::code),
            poles: RwSignal::new(d.poles.clone()),
            languages: codes(&d.languages, EventLanguage::code),
            access: codes(&d.access, Access::code),
            free: RwSignal::new(d.free),
            start: text(d.start.to_string()),
            end: text(d.end.to_string()),
            all_day: RwSignal::new(d.all_day),
            status: text(d.status.code()),
            status_note: d.status_note.as_ref().map_or_else(blank, Pair::of),
            registration_closes: optional(d.registration_closes),
            capacity: optional(d.capacity),
            reserved_seats: text(d.reserved_seats.to_string()),
            organiser: text(d.organiser.clone()),
            place_name: d.place.as_ref().map_or_else(blank, |p| Pair::of(&p.name)),
            place_address: text(
                d.place
                    .as_ref()
                    .map(|p| p.address.clone())
                    .unwrap_or_default(),
            ),
            place_access: d
                .place
                .as_ref()
                .map_or_else(blank, |p| Pair::of(&p.access_info)),
            online_url: text(d.online_url.clone().unwrap_or_default()),
            replay_url: text(d.replay_url.clone().unwrap_or_default()),
            sample: RwSignal::new(d.sample),
        }
    }

    /// The draft the form makes, and every broken rule (the model's and the typing's).
    pub fn read(&self) -> (EventDraft, Vec<FieldError>) {
        let mut errors = Vec::new();
        let mut fail = |field: &str, reason: &str| {
            errors.push(FieldError {
                field: field.to_owned(),
                reason: reason.to_owned(),
            })
        };
        let trimmed = |value: RwSignal<String>| value.get().trim().to_owned();
        // An empty or unreadable time is said once, not also as "after the start".
        let fallback = WallClock {
            date: model::Date {
                year: 2000,
                month: 1,
                day: 1,
            },
            hour: 0,
            minute: 0,
        };
        let mut time = |field: &str, value: RwSignal<String>, required: bool| {
            let typed = trimmed(value);
            if typed.is_empty() {
                if required {
                    fail(field, "required");
                }
                return None;
            }
            let parsed = typed.parse::<WallClock>().ok();
            if parsed.is_none() {
                fail(field, "a date and a time");
            }
            parsed
        };
        let start = time("start", self.start, true);
        let end = time("end", self.end, true);
        let closes = time("registration_closes", self.registration_closes, false);
        let mut whole = |field: &str, value: RwSignal<String>| {
            let typed = trimmed(value);
            if typed.is_empty() {
                return None;
            }
            let parsed = typed.parse::<u32>().ok();
            if parsed.is_none() {
                fail(field, "a whole number");
            }
            parsed
        };
        let capacity = whole("capacity", self.capacity);
        let reserved_seats = whole("reserved_seats", self.reserved_seats).unwrap_or(0);
        let place = (!self.place_name.is_empty()
            || !self.place_address.with(|a| a.trim().is_empty())
            || !self.place_access.is_empty())
        .then(|| Place {
            name: self.place_name.read(),
            address: trimmed(self.place_address),
            access_info: self.place_access.read(),
        });
        let link = |value: RwSignal<String>| Some(trimmed(value)).filter(|u| !u.is_empty());
        let draft = EventDraft {
            slug: trimmed(self.slug),
            title: self.title.read(),
            summary: self.summary.read(),
            description: self.description.read(),
            kind: EventType::from_code(&self.kind.get()).unwrap_or(EventType::Conference),
            audiences: chosen(self.audiences, Audience::from_code),
            poles: self.poles.get(),
            format: EventFormat::from_code(&self.format.get()).unwrap_or(EventFormat::OnSite),
            languages: chosen(self.languages, EventLanguage::from_code),
            free: self.free.get(),
            access: chosen(self.access, Access::from_code),
            start: start.unwrap_or(fallback),
            end: end.unwrap_or(fallback),
            all_day: self.all_day.get(),
            status: EventStatus::from_code(&self.status.get()).unwrap_or(EventStatus::Scheduled),
            status_note: (!self.status_note.is_empty()).then(|| self.status_note.read()),
            registration_closes: closes,
            capacity,
            reserved_seats,
            organiser: trimmed(self.organiser),
            place,
            online_url: link(self.online_url),
            replay_url: link(self.replay_url),
            sample: self.sample.get(),
        };
        let mut rules = draft.check(&model::POLE_SLUGS);
        let unread_time = start.is_none() || end.is_none();
        rules.retain(|rule| {
            let typed = errors.iter().any(|e: &FieldError| e.field == rule.field);
            let timed = unread_time && ["start", "end"].contains(&rule.field.as_str());
            !typed && !timed
        });
        errors.extend(rules);
        (draft, errors)
    }
}

fn chosen<T>(codes: RwSignal<Vec<String>>, parse: fn(&str) -> Option<T>) -> Vec<T> {
    codes.with(|codes| codes.iter().filter_map(|c| parse(c)).collect())
}
