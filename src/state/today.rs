//! Today's date in the reader's time zone, for "applications close in N days".
//!
//! A prerendered page was computed for the day it was built. So that the browser's first
//! render matches it (hydration), the app starts from the build's date (baked into the
//! page), then moves to the reader's date at once: every badge and count that reads it
//! follows.

use leptos::prelude::*;
use model::catalogue::Date;

#[derive(Clone, Copy)]
struct Today(RwSignal<Date>);

/// The clock's date: the reader's in the browser, the build machine's (in UTC) in the
/// prerender.
pub fn clock_date() -> Date {
    #[cfg(feature = "ssr")]
    {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::of_unix(seconds as i64)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as i32,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or_else(|| Date::of_unix((now.get_time() / 1000.0) as i64))
    }
}

/// Provides today's date for the app: `built`, the date the page was computed for, until
/// the app runs, then the clock's.
pub fn provide_today(built: Option<Date>) {
    let today = RwSignal::new(built.unwrap_or_else(clock_date));
    // Effects run in the browser only, after hydration. A page built today keeps its
    // date: setting it again would draw every badge that reads it a second time.
    Effect::new(move |_| {
        let now = clock_date();
        if today.get_untracked() != now {
            today.set(now);
        }
    });
    provide_context(Today(today));
}

/// Today (tracked: a view reading it follows the change from the build's date).
pub fn today() -> Date {
    use_context::<Today>().map_or_else(clock_date, |t| t.0.get())
}
