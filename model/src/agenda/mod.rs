//! The campus agenda: events, their vocabularies and times, the search query and engine,
//! and what a registration carries and must respect.

mod draft;
mod event;
pub mod month;
mod query;
mod registration;
mod search;
mod time;
mod vocab;

pub use draft::{draft_limits, EventDraft, WallClock};
pub use event::{Event, EventHeadline, EventSummary, Place, RegistrationWindow};
pub use query::{AgendaQuery, AgendaSort};
pub use registration::{
    is_link_secret, limits, Registration, RegistrationReceipt, RegistrationRequest, HOLD_MINUTES,
};
pub use search::{AgendaFacets, AgendaIndex, AgendaResult, EventList};
pub use time::ParisTime;
pub use vocab::{
    Access, Audience, EventFormat, EventLanguage, EventStatus, EventType, RegistrationState,
};

#[cfg(test)]
mod tests;
