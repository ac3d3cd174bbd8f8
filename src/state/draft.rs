//! The profile draft, autosaved in `localStorage` on this device at every change, so that
//! closing the tab, a network failure or an expired session never loses what was typed.
//! It is removed once saved, or when the member discards it or signs out.

use model::space::StartupEdit;
use serde::{Deserialize, Serialize};

fn key(startup: &str) -> String {
    format!("parisante-portal.draft.{startup}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was being typed, and the version it started from (for a three-way merge).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// ETag of the version the edit started from.
    pub etag: String,
    pub base: StartupEdit,
    pub edit: StartupEdit,
    /// Milliseconds since the epoch.
    pub saved_at: f64,
}

pub fn load(startup: &str) -> Option<Draft> {
    let text = storage()?.get_item(&key(startup)).ok()??;
    let mut draft: Draft = serde_json::from_str(&text).ok()?;
    // Drafts written before the year was optional kept an emptied year as 0.
    for edit in [&mut draft.base, &mut draft.edit] {
        if edit.founded == Some(0) {
            edit.founded = None;
        }
    }
    Some(draft)
}

pub fn store(startup: &str, draft: &Draft) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        let _ = storage.set_item(&key(startup), &text);
    }
}

pub fn clear(startup: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(startup));
    }
}
