use leptos::prelude::*;
use model::catalogue::{ApplicationStatus, Date, ProgrammeSummary};

use crate::{
    i18n::{use_i18n, PageTexts},
    state::today::today,
};

/// The sentence describing where applications stand on `today`.
pub fn application_text(
    t: &PageTexts,
    programme: &ProgrammeSummary,
    today: Date,
) -> (String, &'static str) {
    match programme.application_status(today) {
        ApplicationStatus::Open(days) => ((t.badge_open)(days), "badge--open"),
        ApplicationStatus::Upcoming(_) => (
            (t.badge_upcoming)(
                programme
                    .application
                    .expect("upcoming implies a window")
                    .opens,
            ),
            "badge--upcoming",
        ),
        ApplicationStatus::Closed => (t.badge_closed.to_owned(), "badge--closed"),
        ApplicationStatus::Unknown => (t.badge_unknown.to_owned(), "badge--neutral"),
    }
}

/// "Applications open · close in 12 days", computed from the dates.
#[component]
pub fn ApplicationBadge(programme: ProgrammeSummary) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (text, class) = application_text(i18n.pages(), &programme, today());
        view! { <span class=format!("badge {class}")>{text}</span> }
    }
}
