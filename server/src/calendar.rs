//! Calendars (RFC 5545) of the agenda: one event's `.ics`, and feeds of a search's events
//! that calendar applications subscribe to. `METHOD:PUBLISH`, stable `UID`s, `SEQUENCE`
//! from the event's changes, `STATUS:CANCELLED` for a cancelled event (same `UID`), no
//! `ORGANIZER` (it makes clients send replies). Times are Paris wall-clock times with
//! `TZID=Europe/Paris`, whose `VTIMEZONE` is written from the time-zone database's
//! transitions over the calendar's span, never from fixed offsets.

use ics::{
    parameters::{TzIDParam, Value},
    properties::{
        Description, DtEnd, DtStart, Location, Method, Sequence, Status, Summary, TzName, URL,
    },
    Daylight, Event as IcsEvent, ICalendar, Standard, TimeZone,
};
use jiff::{tz::Offset, Timestamp, ToSpan};
use model::{
    agenda::{Event, EventFormat, EventStatus, ParisTime},
    Lang,
};

use crate::paris;

/// How a calendar names the portal that made it (`PRODID`).
const PRODID: &str = "-//PariSanté Campus//Agenda//FR";

/// What a calendar needs besides its events.
pub struct CalendarContext<'a> {
    pub lang: Lang,
    /// The event page's address, by slug.
    pub page_url: &'a dyn Fn(&str) -> String,
    /// Now, for `DTSTAMP`.
    pub now: i64,
    /// A feed's name (`X-WR-CALNAME`, `NAME`).
    pub name: Option<String>,
}

fn utc_stamp(unix: i64) -> String {
    let t = Timestamp::from_second(unix).unwrap_or(Timestamp::UNIX_EPOCH);
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn local(t: ParisTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.date.year, t.date.month, t.date.day, t.hour, t.minute, t.second
    )
}

fn date_only(t: ParisTime) -> String {
    format!("{:04}{:02}{:02}", t.date.year, t.date.month, t.date.day)
}

fn offset_text(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The `UID` of an event: the same in every calendar, for as long as the event exists.
pub fn uid(slug: &str) -> String {
    format!("event-{slug}@parisante-campus")
}

/// `VTIMEZONE` for Paris covering `from..=to` (Unix seconds): the rule in force at `from`
/// and every transition up to `to`, each with the offsets on both sides.
fn paris_zone(from: i64, to: i64) -> TimeZone<'static> {
    let zone = paris::zone();
    let start = Timestamp::from_second(from).unwrap_or(Timestamp::UNIX_EPOCH);
    let end = Timestamp::from_second(to).unwrap_or(start);
    let in_force = zone
        .preceding(start.saturating_add(1.second()).unwrap_or(start))
        .next();
    let later = zone.following(start).take_while(|t| t.timestamp() <= end);
    let mut components: Vec<(bool, Standard<'static>, Daylight<'static>)> = Vec::new();
    for transition in in_force.into_iter().chain(later) {
        let at = transition.timestamp();
        let before = zone.to_offset(at.saturating_sub(1.second()).unwrap_or(at));
        let after = transition.offset();
        // DTSTART is the onset in the local time in force before it (RFC 5545 3.6.5).
        let onset = before.to_datetime(at);
        let dtstart = onset.strftime("%Y%m%dT%H%M%S").to_string();
        let name = transition.abbreviation().to_owned();
        let mut standard = Standard::new(dtstart.clone(), offset_text(before), offset_text(after));
        standard.push(TzName::new(name.clone()));
        let mut daylight = Daylight::new(dtstart, offset_text(before), offset_text(after));
        daylight.push(TzName::new(name));
        components.push((transition.dst().is_dst(), standard, daylight));
    }
    let mut zone_component: Option<TimeZone<'static>> = None;
    for (dst, standard, daylight) in components {
        match (&mut zone_component, dst) {
            (None, false) => zone_component = Some(TimeZone::standard(paris::ZONE, standard)),
            (None, true) => zone_component = Some(TimeZone::daylight(paris::ZONE, daylight)),
            (Some(z), false) => z.add_standard(standard),
            (Some(z), true) => z.add_daylight(daylight),
        }
    }
    zone_component.unwrap_or_else(|| {
        // A zone without any transition on record: its fixed offset, from the database.
        let offset = offset_text(zone.to_offset(start));
        TimeZone::standard(
            paris::ZONE,
            Standard::new("19700101T000000", offset.clone(), offset),
        )
    })
}

fn event_component<'a>(event: &'a Event, context: &CalendarContext) -> IcsEvent<'a> {
    let s = &event.summary;
    let lang = context.lang;
    let mut component = IcsEvent::new(uid(&s.slug), utc_stamp(context.now));
    if s.all_day {
        let mut start = DtStart::new(date_only(s.start));
        start.add(Value::DATE);
        let mut end = DtEnd::new(date_only(s.end));
        end.add(Value::DATE);
        component.push(start);
        component.push(end);
    } else {
        let mut start = DtStart::new(local(s.start));
        start.add(TzIDParam::new(paris::ZONE));
        let mut end = DtEnd::new(local(s.end));
        end.add(TzIDParam::new(paris::ZONE));
        component.push(start);
        component.push(end);
    }
    component.push(Sequence::new(event.sequence.to_string()));
    component.push(match s.status {
        EventStatus::Cancelled => Status::cancelled(),
        EventStatus::Postponed => Status::tentative(),
        EventStatus::Scheduled | EventStatus::Full => Status::confirmed(),
    });
    let mut title = s.title.get(lang).to_owned();
    if s.sample {
        title.push_str(if lang == Lang::Fr {
            " (exemple)"
        } else {
            " (sample)"
        });
    }
    component.push(Summary::new(ics::escape_text(title)));
    let page = (context.page_url)(&s.slug);
    component.push(Description::new(ics::escape_text(format!(
        "{}\n\n{page}",
        s.summary.get(lang)
    ))));
    let location = match (&event.place, s.format) {
        (Some(place), _) => format!("{}, {}", place.name.get(lang), place.address),
        (None, EventFormat::Online) => match lang {
            Lang::Fr => "En ligne".to_owned(),
            Lang::En => "Online".to_owned(),
        },
        (None, _) => String::new(),
    };
    if !location.is_empty() {
        component.push(Location::new(ics::escape_text(location)));
    }
    component.push(URL::new(page));
    component
}

/// A calendar of `events` (one for an event's file, many for a feed).
pub fn calendar(events: &[Event], context: &CalendarContext) -> String {
    let mut calendar = ICalendar::new("2.0", PRODID);
    calendar.push(Method::new("PUBLISH"));
    if let Some(name) = &context.name {
        calendar.push(ics::components::Property::new(
            "X-WR-CALNAME",
            ics::escape_text(name.clone()),
        ));
    }
    let timed = events.iter().filter(|e| !e.summary.all_day);
    let span = timed.fold(None, |span: Option<(i64, i64)>, e| {
        let (start, end) = (e.summary.start.unix(), e.summary.end.unix());
        Some(span.map_or((start, end), |(a, b)| (a.min(start), b.max(end))))
    });
    if let Some((from, to)) = span {
        calendar.add_timezone(paris_zone(from, to));
    }
    for event in events {
        calendar.add_event(event_component(event, context));
    }
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Date;

    #[test]
    fn the_zone_holds_each_transition_of_the_span_from_the_tz_database() {
        let from = paris::unix_of(Date::new(2027, 3, 27).unwrap(), 18, 0).unwrap();
        let to = paris::unix_of(Date::new(2027, 11, 1).unwrap(), 10, 0).unwrap();
        let mut calendar = ICalendar::new("2.0", PRODID);
        calendar.add_timezone(paris_zone(from, to));
        let text = calendar.to_string();
        // The winter rule in force at the start, the spring change, the autumn one.
        for block in [
            "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n",
            "BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n",
            "BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n",
        ] {
            assert!(text.contains(block), "{block} in\n{text}");
        }
        assert_eq!(
            text.matches("BEGIN:STANDARD").count() + text.matches("BEGIN:DAYLIGHT").count(),
            3
        );
    }
}
