//! After a client-side navigation, keyboard and screen-reader focus moves to the new
//! page's `h1` (the heading may appear only once its data has loaded).

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct NavFocus {
    pending: RwSignal<bool>,
}

impl NavFocus {
    pub fn new() -> Self {
        NavFocus {
            pending: RwSignal::new(false),
        }
    }

    /// Called by the shell when the path changes.
    pub fn navigated(&self) {
        self.pending.set(true);
    }

    /// Called by a page heading when it mounts: true once per navigation.
    pub fn take(&self) -> bool {
        let pending = self.pending.get_untracked();
        if pending {
            self.pending.set(false);
        }
        pending
    }
}

impl Default for NavFocus {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_nav_focus() -> Option<NavFocus> {
    use_context::<NavFocus>()
}
