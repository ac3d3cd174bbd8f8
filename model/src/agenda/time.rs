//! A moment as the campus states it: Paris wall-clock time with its UTC offset, written as
//! RFC 3339 (`2026-12-10T18:30:00+01:00`). The server computes the offset from the
//! time-zone database; the app shows the wall-clock part as it is, so the wasm carries no
//! time-zone data and every reader sees Paris time, wherever they are.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParisTime {
    /// The date in Paris.
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Paris's offset from UTC at that moment, in minutes (60 in winter, 120 in summer).
    pub offset_minutes: i16,
}

impl ParisTime {
    /// Seconds since the Unix epoch.
    pub fn unix(self) -> i64 {
        self.date.days_since_epoch() * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60
    }

    /// The wall-clock time, `18:30`: the 24-hour form the portal uses in both languages.
    pub fn clock(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

impl Ord for ParisTime {
    fn cmp(&self, other: &ParisTime) -> std::cmp::Ordering {
        self.unix().cmp(&other.unix())
    }
}

impl PartialOrd for ParisTime {
    fn partial_cmp(&self, other: &ParisTime) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for ParisTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let offset = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            self.date,
            self.hour,
            self.minute,
            self.second,
            offset / 60,
            offset % 60
        )
    }
}

impl FromStr for ParisTime {
    type Err = String;

    /// Exactly `YYYY-MM-DDTHH:MM:SS±HH:MM`: the one form the API writes.
    fn from_str(s: &str) -> Result<ParisTime, String> {
        let bad = || format!("`{s}` is not a time with its offset (2026-12-10T18:30:00+01:00)");
        if s.len() != 25 || !s.is_ascii() {
            return Err(bad());
        }
        let (date, rest) = s.split_at(10);
        let date: Date = date.parse().map_err(|_| bad())?;
        let b = rest.as_bytes();
        if b[0] != b'T' || b[3] != b':' || b[6] != b':' || b[12] != b':' {
            return Err(bad());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u8, String> {
            let part = &rest[range];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (hour, minute, second) = (number(1..3)?, number(4..6)?, number(7..9)?);
        let (offset_hours, offset_mins) = (number(10..12)?, number(13..15)?);
        let sign = match b[9] {
            b'+' => 1,
            b'-' => -1,
            _ => return Err(bad()),
        };
        if hour > 23 || minute > 59 || second > 59 || offset_hours > 14 || offset_mins > 59 {
            return Err(bad());
        }
        Ok(ParisTime {
            date,
            hour,
            minute,
            second,
            offset_minutes: sign * (i16::from(offset_hours) * 60 + i16::from(offset_mins)),
        })
    }
}

impl Serialize for ParisTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ParisTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ParisTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_counts_the_offset() {
        let winter: ParisTime = "2026-12-10T18:30:00+01:00".parse().unwrap();
        assert_eq!(winter.to_string(), "2026-12-10T18:30:00+01:00");
        assert_eq!(winter.clock(), "18:30");
        let utc: ParisTime = "2026-12-10T17:30:00+00:00".parse().unwrap();
        assert_eq!(winter.unix(), utc.unix());
        assert_eq!(winter, winter);
        let summer: ParisTime = "2027-06-01T09:00:00+02:00".parse().unwrap();
        assert_eq!(summer.unix() % 86_400, 7 * 3600);
        assert!(winter < summer);
        let west: ParisTime = "2026-12-10T08:00:00-03:30".parse().unwrap();
        assert_eq!(west.to_string(), "2026-12-10T08:00:00-03:30");
    }

    #[test]
    fn refuses_every_other_form() {
        for bad in [
            "",
            "2026-12-10",
            "2026-12-10T18:30:00Z",
            "2026-12-10T18:30+01:00",
            "2026-12-10 18:30:00+01:00",
            "2026-12-10T24:00:00+01:00",
            "2026-12-10T18:60:00+01:00",
            "2026-02-30T18:30:00+01:00",
            "2026-12-10T18:30:00*01:00",
            "2026-12-10T1a:30:00+01:00",
            "2026-12-10T18:30:00+01:0é",
        ] {
            assert!(bad.parse::<ParisTime>().is_err(), "{bad}");
        }
    }
}
