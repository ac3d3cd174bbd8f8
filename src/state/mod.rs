//! App-wide state that outlives a page:
//!
//! - [`prefs`]: the reader's language preference;
//! - [`nav_focus`]: focus moved to the new page's heading after a navigation;
//! - [`page_head`]: what the page says of itself in `<head>` (title, description, robots,
//!   JSON-LD), applied to the document or recorded by the prerender, which writes it
//!   with [`head_html`];
//! - [`today`]: today's date in the reader's time zone;
//! - [`shortlist`]: the programmes shortlisted and picked for comparison;
//! - [`draft`]: the profile draft kept on this device until it is saved;
//! - [`saves`]: the outcome of the last profile save, which outlives the editor.

pub mod draft;
#[cfg(feature = "ssr")]
pub mod head_html;
pub mod nav_focus;
pub mod page_head;
pub mod prefs;
pub mod saves;
pub mod shortlist;
pub mod today;
