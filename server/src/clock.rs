//! Today's date, in UTC: the one clock the API reads.

use std::time::{SystemTime, UNIX_EPOCH};

use model::catalogue::Date;

pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

/// The current year, bounding founding years.
pub fn this_year() -> u16 {
    u16::try_from(today().year).unwrap_or(u16::MAX)
}
