use std::{fmt, str::FromStr};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date (`YYYY-MM-DD`), enough for start dates and application windows without
/// pulling a date library into the wasm bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The day, in UTC, of a Unix time (seconds): the one conversion from a clock to a day.
    pub fn of_unix(seconds: i64) -> Date {
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// The day of the week, 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }

    /// The date `days` later (earlier when negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// The first day of the next month.
    pub fn next_month(self) -> Date {
        self.month_end().plus_days(1)
    }

    /// The first day of the previous month.
    pub fn previous_month(self) -> Date {
        self.month_start().plus_days(-1).month_start()
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Date, String> {
        let bad = || format!("`{s}` is not a date (YYYY-MM-DD)");
        let mut parts = s.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        Date::new(year, month, day).ok_or_else(bad)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d: Date = "2026-09-01".parse().unwrap();
        assert_eq!(d, Date::new(2026, 9, 1).unwrap());
        assert_eq!(d.to_string(), "2026-09-01");
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-09-01",
            "2026-9-1",
            "",
            "2026-09-01x",
            "abcd-ef-gh",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2028-02-29".parse::<Date>().is_ok());
        assert!("2100-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn months_start_and_end_across_years_and_leap_days() {
        let d = Date::new(2028, 2, 10).unwrap();
        assert_eq!(d.month_start(), Date::new(2028, 2, 1).unwrap());
        assert_eq!(d.month_end(), Date::new(2028, 2, 29).unwrap());
        assert_eq!(d.next_month(), Date::new(2028, 3, 1).unwrap());
        assert_eq!(d.previous_month(), Date::new(2028, 1, 1).unwrap());
        let december = Date::new(2026, 12, 31).unwrap();
        assert_eq!(december.next_month(), Date::new(2027, 1, 1).unwrap());
        assert_eq!(
            Date::new(2027, 1, 15).unwrap().previous_month(),
            Date::new(2026, 12, 1).unwrap()
        );
    }

    #[test]
    fn a_unix_time_falls_on_its_utc_day() {
        assert_eq!(Date::of_unix(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(Date::of_unix(86_399), Date::new(1970, 1, 1).unwrap());
        assert_eq!(Date::of_unix(-1), Date::new(1969, 12, 31).unwrap());
        // 2026-12-04T23:00:00Z is already the 5th in Paris, not in UTC.
        assert_eq!(
            Date::of_unix(1_796_425_200),
            Date::new(2026, 12, 4).unwrap()
        );
    }

    #[test]
    fn day_arithmetic_round_trips() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        let d = Date::new(2026, 11, 29).unwrap();
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
        assert_eq!(d.days_until(Date::new(2026, 12, 1).unwrap()), 2);
        assert_eq!(d.days_until(Date::new(2027, 11, 29).unwrap()), 365);
        assert_eq!(
            Date::new(2028, 3, 1)
                .unwrap()
                .days_until(Date::new(2028, 2, 28).unwrap()),
            -2
        );
        assert_eq!(Date::new(2026, 12, 4).unwrap().weekday(), 4, "a Friday");
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3, "a Thursday");
        assert_eq!(d.plus_days(3), Date::new(2026, 12, 2).unwrap());
        for n in (-1000..100_000).step_by(37) {
            assert_eq!(Date::from_days_since_epoch(n).days_since_epoch(), n);
        }
    }
}
