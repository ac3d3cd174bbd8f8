//! The profile editor's state and what can be done with it, apart from the form that shows
//! it: the version being edited, the edit, the draft kept on this device, the save and its
//! outcome, the conflict, signing out. Every part is a signal, so the state is `Copy` and
//! each form section takes it whole.

use leptos::{prelude::*, task::spawn_local};
use model::{
    directory::FieldError,
    space::{merge, EditField, Me, StartupEdit, Versioned},
};
use wasm_bindgen::JsCast;

use super::conflict::Conflict;
use crate::{
    api::{
        space::{self, SaveOutcome},
        ApiError,
    },
    i18n::use_i18n,
    state::{
        draft::{self, Draft},
        saves::{use_save_log, SaveLog, SavedAt},
    },
};

/// Where a save stands, for the status line.
#[derive(Clone, PartialEq)]
pub enum SaveState {
    Idle,
    Saving,
    Saved(String),
    Invalid,
    Failed(ApiError),
    /// The session ended: sign in again, then the save is retried.
    Expired,
}

fn clock_time() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

fn this_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// The rules broken by the edit, on the fields a member can change (the logo address and
/// dates are the server's).
fn local_errors(edit: &StartupEdit, base: &Versioned) -> Vec<FieldError> {
    edit.apply(&base.profile)
        .check(this_year())
        .into_iter()
        .filter(|e| EditField::of_error(&e.field).is_some())
        .collect()
}

fn focus(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[derive(Clone, Copy)]
pub struct EditorState {
    pub member: RwSignal<Option<Me>>,
    slug: StoredValue<String>,
    /// The version the edit started from, as the server last confirmed it.
    pub base: RwSignal<Versioned>,
    pub base_edit: Memo<StartupEdit>,
    /// What the member is writing.
    pub edit: RwSignal<StartupEdit>,
    /// A draft left on this device by an earlier visit (closed tab, failed save, expiry).
    pub offer: RwSignal<Option<Draft>>,
    /// The edit's own starting point, for merging in a conflict.
    draft_base: RwSignal<StartupEdit>,
    pub save: RwSignal<SaveState>,
    /// Show every field's error, not only those of changed fields (after a save was tried).
    show_all: RwSignal<bool>,
    server_errors: RwSignal<Vec<FieldError>>,
    pub conflict: RwSignal<Option<Conflict>>,
    pub dirty: Memo<bool>,
    /// Signing out with unsaved changes asks first.
    pub confirm_out: RwSignal<bool>,
    errors: Memo<Vec<FieldError>>,
    save_log: SaveLog,
}

impl EditorState {
    /// The state of an editor opened on `versioned`, with its autosave running.
    pub fn new(versioned: Versioned, member: RwSignal<Option<Me>>) -> EditorState {
        let slug = versioned.profile.summary.slug.clone();
        let base = RwSignal::new(versioned);
        let base_edit = Memo::new(move |_| base.with(|b| StartupEdit::of(&b.profile)));
        let edit = RwSignal::new(base_edit.get_untracked());
        let offer =
            RwSignal::new(draft::load(&slug).filter(|d| d.edit != base_edit.get_untracked()));
        // A save this editor started, confirmed after it was closed: say so on opening.
        let save_log = use_save_log();
        let save = RwSignal::new(
            save_log
                .last_saved(&slug)
                .map_or(SaveState::Idle, SaveState::Saved),
        );
        let server_errors = RwSignal::new(Vec::new());
        let errors = Memo::new(move |_| {
            let mut list = base.with(|b| edit.with(|e| local_errors(e, b)));
            list.extend(server_errors.get());
            list
        });
        let state = EditorState {
            member,
            slug: StoredValue::new(slug),
            base,
            base_edit,
            edit,
            offer,
            draft_base: RwSignal::new(base_edit.get_untracked()),
            save,
            show_all: RwSignal::new(false),
            server_errors,
            conflict: RwSignal::new(None),
            dirty: Memo::new(move |_| edit.with(|e| *e != base_edit.get())),
            confirm_out: RwSignal::new(false),
            errors,
            save_log,
        };
        state.autosave();
        state
    }

    /// Every change is written to this device at once (none while a draft is on offer).
    fn autosave(self) {
        Effect::new(move |_| {
            let current = self.edit.get();
            if self.offer.with(Option::is_some) {
                return;
            }
            let key = self.slug.get_value();
            if self.dirty.get() {
                draft::store(
                    &key,
                    &Draft {
                        etag: self.base.with_untracked(|b| b.etag.clone()),
                        base: self.draft_base.get_untracked(),
                        edit: current,
                        saved_at: js_sys::Date::now(),
                    },
                );
            } else {
                draft::clear(&key);
            }
        });
    }

    /// A field's first error, shown once the field was changed or a save was tried.
    pub fn error_of(self, field: EditField) -> Signal<Option<String>> {
        let i18n = use_i18n();
        Signal::derive(move || {
            let changed = self
                .edit
                .with(|e| self.base_edit.with(|b| e.changed(b).contains(&field)));
            (self.show_all.get() || changed)
                .then(|| {
                    self.errors.with(|list| {
                        list.iter()
                            .find(|e| EditField::of_error(&e.field) == Some(field))
                            .map(|e| (i18n.space().reason)(&e.reason))
                    })
                })
                .flatten()
        })
    }

    /// Changes the edit with what was typed in a field.
    pub fn set(self, change: fn(&mut StartupEdit, String)) -> Callback<String> {
        Callback::new(move |value: String| {
            self.server_errors.set(Vec::new());
            self.edit.update(|e| change(e, value));
        })
    }

    /// Saves `to_save`. The save outlives the editor (the member may leave while it is on
    /// its way): its outcome is recorded app-wide, this editor's state is only written if it
    /// still exists (`try_*`), and the draft is forgotten only once the server has the
    /// profile.
    pub fn save(self, to_save: StartupEdit) {
        if !self
            .base
            .with_untracked(|b| local_errors(&to_save, b).is_empty())
        {
            self.show_all.set(true);
            self.save.set(SaveState::Invalid);
            focus("editor-status");
            return;
        }
        let Some(me) = self.member.get_untracked() else {
            self.save.set(SaveState::Expired);
            return;
        };
        self.save.set(SaveState::Saving);
        let etag = self.base.with_untracked(|b| b.etag.clone());
        let key = self.slug.get_value();
        spawn_local(async move {
            let outcome = space::save(&to_save, &etag, &me.csrf_token).await;
            self.settle(key, to_save, outcome);
        });
    }

    fn settle(self, key: String, to_save: StartupEdit, outcome: SaveOutcome) {
        match outcome {
            SaveOutcome::Saved(saved) => {
                draft::clear(&key);
                let time = clock_time();
                self.save_log.record(SavedAt {
                    slug: key,
                    time: time.clone(),
                });
                let fresh = StartupEdit::of(&saved.profile);
                self.base.try_set(saved);
                self.draft_base.try_set(fresh.clone());
                self.edit.try_set(fresh);
                self.conflict.try_set(None);
                self.save.try_set(SaveState::Saved(time));
            }
            SaveOutcome::Conflict(current) => {
                // Gone editor: the draft stays, and the conflict shows on return.
                let Some(mine_base) = self.draft_base.try_get_untracked() else {
                    return;
                };
                let theirs = StartupEdit::of(&current.profile);
                let (merged, fields) = merge(&mine_base, &to_save, &theirs);
                self.conflict.try_set(Some(Conflict {
                    theirs: current.profile,
                    theirs_etag: current.etag,
                    mine: to_save,
                    merged,
                    fields,
                }));
                self.save.try_set(SaveState::Idle);
                focus("conflict-heading");
            }
            SaveOutcome::Invalid(errors) => {
                self.server_errors.try_set(errors);
                self.show_all.try_set(true);
                self.save.try_set(SaveState::Invalid);
                focus("editor-status");
            }
            SaveOutcome::Expired => {
                self.save.try_set(SaveState::Expired);
            }
            SaveOutcome::Failed(error) => {
                self.save.try_set(SaveState::Failed(error));
                focus("editor-status");
            }
        }
    }

    /// Saves the member's choice between their version and the one saved meanwhile.
    pub fn resolve(self, resolved: StartupEdit) {
        if let Some(c) = self.conflict.get_untracked() {
            // The saved version becomes the base: the next save is checked against it.
            self.base.update(|b| {
                b.profile = c.theirs.clone();
                b.etag = c.theirs_etag.clone();
            });
            self.draft_base.set(StartupEdit::of(&c.theirs));
            self.edit.set(resolved.clone());
            self.conflict.set(None);
            self.save(resolved);
        }
    }

    /// Signed in again after the session ended: the save that found it over goes again.
    pub fn signed_in_again(self, me: Me) {
        self.member.set(Some(me));
        self.save(self.edit.get_untracked());
    }

    /// Takes up the draft on offer.
    pub fn restore(self) {
        if let Some(d) = self.offer.get_untracked() {
            self.draft_base.set(d.base.clone());
            if d.etag != self.base.with_untracked(|b| b.etag.clone()) {
                // Started from an older version: the save will show what changed since.
                self.base.update(|b| b.etag = d.etag.clone());
            }
            self.offer.set(None);
            self.edit.set(d.edit);
        }
    }

    /// Forgets the draft on offer.
    pub fn discard(self) {
        draft::clear(&self.slug.get_value());
        self.offer.set(None);
    }

    /// Signs out, after asking once if there are unsaved changes.
    pub fn sign_out(self) {
        if self.dirty.get_untracked() && !self.confirm_out.get_untracked() {
            self.confirm_out.set(true);
            return;
        }
        let csrf = self
            .member
            .get_untracked()
            .map(|m| m.csrf_token)
            .unwrap_or_default();
        let key = self.slug.get_value();
        let member = self.member;
        spawn_local(async move {
            // Even if the network fails, this device forgets the member and the draft
            // (the space may have been left meanwhile: `try_set`).
            let _ = space::sign_out(&csrf).await;
            draft::clear(&key);
            member.try_set(None);
        });
    }
}
