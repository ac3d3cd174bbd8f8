//! A real start-up's profile that the portal entered and the start-up has not completed
//! yet: the portal gives only what a public source says (its name), and leaves the
//! start-up's own facts empty rather than guess them.

use super::{FieldError, Startup, StartupSummary};

/// The lists a start-up chooses itself: empty on an entered profile, required on a save.
const CHOSEN_LISTS: [&str; 2] = ["sectors", "poles"];

impl StartupSummary {
    /// A real profile never saved by its start-up (`updated` is `None`): its sectors,
    /// poles and facts are the start-up's to give, and are not shown as given.
    pub fn awaits_completion(&self) -> bool {
        !self.sample && self.updated.is_none()
    }
}

impl Startup {
    /// The rules of a profile the portal enters (the seed): those of a save
    /// ([`Startup::check`]), except that a real profile awaiting completion may leave its
    /// sectors and poles empty. A start-up's own save still has to choose them.
    pub fn check_entered(&self, this_year: u16) -> Vec<FieldError> {
        let mut errors = self.check(this_year);
        if self.summary.awaits_completion() {
            let s = &self.summary;
            let left_empty = |field: &str| match field {
                "sectors" => s.sectors.is_empty(),
                "poles" => s.poles.is_empty(),
                _ => false,
            };
            errors.retain(|e| !(CHOSEN_LISTS.contains(&e.field.as_str()) && left_empty(&e.field)));
        }
        errors
    }
}
