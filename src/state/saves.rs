//! The outcome of the last profile save, kept for the whole visit: a save outlives the
//! editor that started it (the member may leave for another page while it is on its way),
//! so its outcome is recorded here, app-wide, and the editor shows it when it opens again.

use leptos::prelude::*;

/// A save the server confirmed: which start-up, at what time (HH:MM).
#[derive(Clone, Debug, PartialEq)]
pub struct SavedAt {
    pub slug: String,
    pub time: String,
}

#[derive(Clone, Copy)]
pub struct SaveLog(RwSignal<Option<SavedAt>>);

impl SaveLog {
    /// Created by the shell: owned by the app's root, never disposed while it runs.
    pub fn new() -> SaveLog {
        SaveLog(RwSignal::new(None))
    }

    pub fn record(&self, saved: SavedAt) {
        self.0.set(Some(saved));
    }

    /// The time of the last confirmed save of `slug`, if any (untracked: read on opening).
    pub fn last_saved(&self, slug: &str) -> Option<String> {
        self.0.with_untracked(|s| {
            s.as_ref()
                .filter(|s| s.slug == slug)
                .map(|s| s.time.clone())
        })
    }
}

impl Default for SaveLog {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_save_log() -> SaveLog {
    use_context::<SaveLog>().unwrap_or_default()
}
