//! Today's date, in UTC: the one clock the API reads.

use std::time::{SystemTime, UNIX_EPOCH};

use model::catalogue::Date;

pub fn today() -> Date {
    Date::of_unix(now_unix() as i64)
}

/// The current year, bounding founding years.
pub fn this_year() -> u16 {
    u16::try_from(today().year).unwrap_or(u16::MAX)
}

/// Seconds since the Unix epoch.
pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Now in UTC as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    utc_of_unix(now_unix())
}

/// A Unix time in UTC as `YYYY-MM-DDTHH:MM:SSZ` (sorts as text in time order).
pub fn utc_of_unix(secs: u64) -> String {
    let date = Date::of_unix(secs as i64);
    let t = secs % 86_400;
    format!("{date}T{:02}:{:02}:{:02}Z", t / 3600, t / 60 % 60, t % 60)
}
