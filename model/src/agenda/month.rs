//! The agenda's month view: which month a search shows, its weeks, and the searches its
//! links lead to. Every link is an ordinary agenda search, so the list stays the month's
//! equivalent and every view is a shareable address.

use super::AgendaQuery;
use crate::Date;

/// The month a search shows (as its first day): its first date's; without one, the month
/// of the nearest day with events in the search's direction (the next from today, or in the
/// archive the last before it), or else today's. `days` are the days with events.
pub fn shown_month(query: &AgendaQuery, today: Date, days: &[Date]) -> Date {
    let nearest = if query.past {
        days.iter().filter(|d| **d <= today).max()
    } else {
        days.iter().filter(|d| **d >= today).min()
    };
    query
        .from
        .or(nearest.copied())
        .unwrap_or(today)
        .month_start()
}

/// The weeks of the month starting on `first`, Monday first: a day, or `None` in the cells
/// before the first and after the last.
pub fn weeks(first: Date) -> Vec<[Option<Date>; 7]> {
    let first = first.month_start();
    let last = first.month_end();
    let mut weeks = Vec::new();
    let mut day = first.plus_days(-i64::from(first.weekday()));
    while day <= last {
        let mut week = [None; 7];
        for cell in &mut week {
            *cell = (day >= first && day <= last).then_some(day);
            day = day.plus_days(1);
        }
        weeks.push(week);
    }
    weeks
}

/// The search of one day's events, the rest of the search kept.
pub fn day_query(query: &AgendaQuery, day: Date) -> AgendaQuery {
    AgendaQuery {
        from: Some(day),
        to: Some(day),
        page: 1,
        ..query.clone()
    }
}

/// The search of a whole month, the rest of the search kept. A month already over reads
/// the archive, a month still ahead the coming events; the current month keeps the
/// search's choice.
pub fn month_query(query: &AgendaQuery, first: Date, today: Date) -> AgendaQuery {
    let (first, last) = (first.month_start(), first.month_end());
    let past = if last < today {
        true
    } else if first > today {
        false
    } else {
        query.past
    };
    AgendaQuery {
        from: Some(first),
        to: Some(last),
        past,
        page: 1,
        ..query.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_month_is_cut_into_weeks_from_monday() {
        // December 2026 starts on a Tuesday and ends on a Thursday.
        let weeks = weeks(date("2026-12-17"));
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], None);
        assert_eq!(weeks[0][1], Some(date("2026-12-01")));
        assert_eq!(weeks[4][3], Some(date("2026-12-31")));
        assert_eq!(weeks[4][4..], [None; 3]);
        let days = weeks.iter().flatten().flatten().count();
        assert_eq!(days, 31);
        // February 2027 starts on a Monday and fills four weeks exactly.
        let february = super::weeks(date("2027-02-01"));
        assert_eq!(february.len(), 4);
        assert!(february.iter().flatten().all(Option::is_some));
    }

    #[test]
    fn the_shown_month_is_the_first_dates_or_the_nearest_with_events() {
        let today = date("2026-12-05");
        let days = [date("2026-10-20"), date("2026-11-03"), date("2027-02-11")];
        let mut query = AgendaQuery::default();
        assert_eq!(shown_month(&query, today, &[]), date("2026-12-01"));
        assert_eq!(shown_month(&query, today, &days), date("2027-02-01"));
        query.past = true;
        assert_eq!(shown_month(&query, today, &days), date("2026-11-01"));
        assert_eq!(shown_month(&query, today, &days[2..]), date("2026-12-01"));
        query.from = Some(date("2027-03-14"));
        assert_eq!(shown_month(&query, today, &days), date("2027-03-01"));
    }

    #[test]
    fn month_links_read_the_archive_for_past_months_only() {
        let today = date("2026-12-05");
        let query = AgendaQuery {
            types: vec![super::super::EventType::Workshop],
            page: 3,
            ..AgendaQuery::default()
        };
        let november = month_query(&query, date("2026-11-01"), today);
        assert_eq!(
            (november.from, november.to, november.past, november.page),
            (Some(date("2026-11-01")), Some(date("2026-11-30")), true, 1)
        );
        assert_eq!(november.types, query.types);
        let january = month_query(&november, date("2027-01-01"), today);
        assert!(!january.past);
        let december = month_query(&november, date("2026-12-01"), today);
        assert!(december.past, "the current month keeps the search's choice");
        let day = day_query(&query, today);
        assert_eq!((day.from, day.to, day.page), (Some(today), Some(today), 1));
    }
}
