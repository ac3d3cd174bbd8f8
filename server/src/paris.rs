//! Paris time, from the time-zone database (bundled with jiff, so that a host without
//! tzdata gives the same answers): every time the agenda states is Paris time.

use std::sync::LazyLock;

use jiff::{civil, tz::TimeZone, Timestamp};
use model::{agenda::ParisTime, Date};

/// The zone's IANA name, as calendars write it (`TZID`).
pub const ZONE: &str = "Europe/Paris";

static PARIS: LazyLock<TimeZone> =
    LazyLock::new(|| TimeZone::get(ZONE).expect("the bundled tz database has Europe/Paris"));

pub fn zone() -> &'static TimeZone {
    &PARIS
}

/// The Paris time of a Unix time.
pub fn time_of(unix: i64) -> ParisTime {
    let timestamp = Timestamp::from_second(unix).unwrap_or(Timestamp::UNIX_EPOCH);
    let zoned = timestamp.to_zoned(zone().clone());
    let dt = zoned.datetime();
    ParisTime {
        date: Date::new(i32::from(dt.year()), dt.month() as u8, dt.day() as u8)
            .expect("jiff gives valid dates"),
        hour: dt.hour() as u8,
        minute: dt.minute() as u8,
        second: dt.second() as u8,
        offset_minutes: (zoned.offset().seconds() / 60) as i16,
    }
}

/// The Unix time of a Paris wall-clock time. A time that does not exist (the hour skipped
/// in March) moves forward; one that happens twice (October) is the first.
pub fn unix_of(date: Date, hour: u8, minute: u8) -> Result<i64, jiff::Error> {
    let dt = civil::date(date.year as i16, date.month as i8, date.day as i8).at(
        hour as i8,
        minute as i8,
        0,
        0,
    );
    Ok(dt.to_zoned(zone().clone())?.timestamp().as_second())
}

/// Today's date in Paris.
pub fn today() -> Date {
    time_of(crate::clock::now_unix() as i64).date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_daylight_saving_time() {
        let winter = unix_of(Date::new(2026, 12, 10).unwrap(), 18, 30).unwrap();
        assert_eq!(time_of(winter).to_string(), "2026-12-10T18:30:00+01:00");
        let summer = unix_of(Date::new(2027, 6, 1).unwrap(), 9, 0).unwrap();
        assert_eq!(time_of(summer).to_string(), "2027-06-01T09:00:00+02:00");
        // 28 March 2027, 02:30 does not exist in Paris: it moves to 03:30 summer time.
        let gap = unix_of(Date::new(2027, 3, 28).unwrap(), 2, 30).unwrap();
        assert_eq!(time_of(gap).to_string(), "2027-03-28T03:30:00+02:00");
        assert_eq!(time_of(winter).unix(), winter);
    }
}
