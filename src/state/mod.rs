//! App-wide state that outlives a page: the language preference and focus management.

pub mod draft;
pub mod nav_focus;
pub mod prefs;
pub mod saves;
pub mod shortlist;
pub mod title;
pub mod today;
