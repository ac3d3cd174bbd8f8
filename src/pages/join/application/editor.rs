//! The draft being filled in: what is on screen, what the server holds, and the saves
//! between them. Each change is sent shortly after typing pauses, as a merge patch of the
//! fields that differ from what the server confirmed, naming the version it was made to;
//! a save that meets a newer version reads it and sends the difference again. What was
//! typed stays on screen until the server confirms it, whatever the network does.

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use model::{
    calls::{Application, ApplicationForm},
    directory::FieldError,
};
use serde_json::{Map, Value};

use crate::{
    api::applications::{self, WriteOutcome},
    state::today::today,
};

/// Long enough to send one save per pause in typing, short enough that closing the tab
/// right after typing loses nothing in practice.
const PAUSE_MS: u64 = 700;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    /// Confirmed by the server, at this time (HH:MM, Paris as the server says).
    Saved(String),
    /// Not saved: the network or the server failed; the text is still on screen.
    Failed,
    /// Not saved: fields break the rules.
    Invalid,
}

#[derive(Clone, Copy)]
pub struct Editor {
    /// What is on screen.
    pub form: RwSignal<ApplicationForm>,
    /// What the server holds, and its version.
    saved: RwSignal<ApplicationForm>,
    version: RwSignal<u32>,
    /// The latest view the server gave (its call, its deck).
    pub application: RwSignal<Application>,
    pub status: RwSignal<SaveStatus>,
    /// The server's refusals of the last save or submission.
    pub server_errors: RwSignal<Vec<FieldError>>,
    token: StoredValue<String>,
    timer: StoredValue<Option<TimeoutHandle>>,
    in_flight: RwSignal<bool>,
    /// The application changed state elsewhere (submitted from another device): reload.
    reload: Callback<()>,
}

/// The merge patch (RFC 7396) that makes `from` into `to`: each top-level field that
/// differs, whole (an array is replaced, `null` empties a field).
pub fn patch_between(from: &ApplicationForm, to: &ApplicationForm) -> Map<String, Value> {
    let (Ok(Value::Object(from)), Ok(Value::Object(to))) =
        (serde_json::to_value(from), serde_json::to_value(to))
    else {
        return Map::new();
    };
    to.into_iter()
        .filter(|(key, value)| from.get(key) != Some(value))
        .collect()
}

fn clock_now() -> String {
    #[cfg(not(feature = "ssr"))]
    {
        let now = js_sys::Date::new_0();
        format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
    }
    #[cfg(feature = "ssr")]
    String::new()
}

impl Editor {
    pub fn new(application: Application, token: String, reload: Callback<()>) -> Editor {
        let editor = Editor {
            form: RwSignal::new(application.form.clone()),
            saved: RwSignal::new(application.form.clone()),
            version: RwSignal::new(application.version),
            application: RwSignal::new(application),
            status: RwSignal::new(SaveStatus::Idle),
            server_errors: RwSignal::new(Vec::new()),
            token: StoredValue::new(token),
            timer: StoredValue::new(None),
            in_flight: RwSignal::new(false),
            reload,
        };
        // Leaving the page sends what is pending at once: the save outlives the view.
        on_cleanup(move || editor.save_now());
        editor
    }

    /// The rules' refusals of what is on screen, then the server's, for `field`.
    pub fn error(self, field: &'static str) -> Signal<Option<String>> {
        self.error_at(field.to_owned())
    }

    /// [`error`](Self::error) of a field named by its JSON path (`founders[0].name`).
    pub fn error_at(self, field: String) -> Signal<Option<String>> {
        let i18n = crate::i18n::use_i18n();
        Signal::derive(move || {
            let local = self.form.with(|f| f.check_draft(today()));
            let found = local
                .into_iter()
                .chain(self.server_errors.get())
                .find(|e| e.field == field);
            found.map(|e| (i18n.space().reason)(&e.reason))
        })
    }

    /// Changes the form with what was typed, and saves it once typing pauses.
    pub fn update(self, change: impl FnOnce(&mut ApplicationForm)) {
        self.form.update(change);
        self.schedule();
    }

    fn schedule(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || self.save_now(),
            std::time::Duration::from_millis(PAUSE_MS),
        );
        self.timer.try_set_value(handle.ok());
    }

    /// Sends the difference from what the server holds, if any and if no save is on its
    /// way (that one's answer sends what is left).
    pub fn save_now(self) {
        let (Some(form), Some(saved), Some(version)) = (
            self.form.try_get_untracked(),
            self.saved.try_get_untracked(),
            self.version.try_get_untracked(),
        ) else {
            return;
        };
        if self.in_flight.try_get_untracked() != Some(false) {
            return;
        }
        let patch = patch_between(&saved, &form);
        if patch.is_empty() {
            return;
        }
        self.in_flight.set(true);
        self.status.set(SaveStatus::Saving);
        let token = self.token.get_value();
        leptos::task::spawn_local(async move {
            let outcome = applications::save(&token, &patch, version).await;
            self.settle(outcome, &token).await;
        });
    }

    /// Records a save's outcome; the view may be gone by then (`try_` writes).
    async fn settle(self, outcome: WriteOutcome, token: &str) {
        match outcome {
            WriteOutcome::Done(application) => {
                self.confirmed(*application);
                self.status.try_set(SaveStatus::Saved(clock_now()));
                self.server_errors.try_set(Vec::new());
            }
            WriteOutcome::Stale => match applications::application(token).await {
                // Saved elsewhere: take the server's version, then send our difference.
                Ok(current) => {
                    self.confirmed(current);
                }
                Err(_) => {
                    self.status.try_set(SaveStatus::Failed);
                }
            },
            WriteOutcome::Invalid(errors) => {
                self.server_errors.try_set(errors);
                self.status.try_set(SaveStatus::Invalid);
                self.in_flight.try_set(false);
                return;
            }
            WriteOutcome::Refused(_) => {
                self.in_flight.try_set(false);
                self.reload.run(());
                return;
            }
            WriteOutcome::Failed(_) => {
                self.status.try_set(SaveStatus::Failed);
                self.in_flight.try_set(false);
                return;
            }
        }
        self.in_flight.try_set(false);
        // What was typed while this save travelled.
        if self
            .form
            .try_with_untracked(|f| Some(f) != self.saved.try_get_untracked().as_ref())
            == Some(true)
        {
            self.save_now();
        }
    }

    /// The server's view of the application: the new base for the next difference.
    pub fn confirmed(self, application: Application) {
        self.saved.try_set(application.form.clone());
        self.version.try_set(application.version);
        self.application.try_set(application);
    }

    /// Submitted: the page shows it as sent.
    pub fn submitted(self) {
        self.reload.run(());
    }

    pub fn token(self) -> String {
        self.token.get_value()
    }

    /// Whether everything on screen is saved.
    pub fn all_saved(self) -> bool {
        self.form.with(|f| self.saved.with(|s| f == s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patch_names_only_what_changed_and_empties_with_null() {
        let from = ApplicationForm {
            company_name: "Essai".into(),
            stage: Some(model::directory::Stage::Seed),
            ..ApplicationForm::default()
        };
        let to = ApplicationForm {
            company_name: "Essai".into(),
            needs: "Un bureau".into(),
            ..ApplicationForm::default()
        };
        let patch = patch_between(&from, &to);
        assert_eq!(
            Value::Object(patch),
            serde_json::json!({ "needs": "Un bureau", "stage": null })
        );
        assert!(patch_between(&to, &to).is_empty());
    }
}
