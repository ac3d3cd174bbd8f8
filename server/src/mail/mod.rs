//! Mail: what the agenda tells registrants ([`Letter`]), composed in their language as
//! plain text and HTML with the event's `.ics`, written to one outbox in the transaction
//! of the change it reports ([`outbox`]), and delivered from there by SMTP or as `.eml`
//! files ([`transport`]).

mod application_letters;
mod compose;
pub mod outbox;
mod texts;
pub mod transport;

pub use application_letters::{decision_draft, ApplicationLetter};
pub use compose::{Letters, SiteLinks};
pub use transport::Transport;

/// Who a letter goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub name: String,
    pub email: String,
    pub lang: model::Lang,
}

/// What a letter says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    /// The link that confirms a registration (and proves the e-mail is the person's).
    ConfirmLink,
    /// The seat is confirmed.
    Confirmed,
    /// Confirmed on the waitlist.
    Waitlisted,
    /// A seat freed up: promoted from the waitlist.
    Promoted,
    /// The day before.
    Reminder,
    /// The person cancelled.
    CancelledByPerson,
    /// The campus cancelled the event.
    EventCancelled,
}

impl Letter {
    /// Whether the letter carries the event's calendar file.
    pub fn has_calendar(self) -> bool {
        matches!(
            self,
            Letter::Confirmed | Letter::Promoted | Letter::Reminder | Letter::EventCancelled
        )
    }
}
