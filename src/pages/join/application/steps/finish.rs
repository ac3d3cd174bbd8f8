//! The last step: the pitch deck (a PDF the server reads, whatever its name), then
//! submitting. What is still missing is listed, each item a way back to its step.

use leptos::prelude::*;
use model::calls::{ApplicationState, DECK_MAX_BYTES};

use super::super::editor::Editor;
use crate::{
    api::applications::{self, WriteOutcome},
    i18n::{use_i18n, ApplyTexts},
    state::today::today,
};

#[component]
pub fn Finish(editor: Editor, go: Callback<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let deck_note = RwSignal::new(None::<String>);
    let missing = RwSignal::new(Vec::<model::directory::FieldError>::new());
    let refused = RwSignal::new(None::<String>);
    let upload = Action::new_local(move |file: &send_wrapper::SendWrapper<web_sys::File>| {
        let file = file.clone();
        let token = editor.token();
        async move { applications::upload_deck(&token, &file).await }
    });
    Effect::new(move |_| {
        let Some(outcome) = upload.value().get() else {
            return;
        };
        let note = match outcome {
            WriteOutcome::Done(application) => {
                editor.confirmed(*application);
                None
            }
            WriteOutcome::Invalid(errors) => {
                errors.first().map(|e| (i18n.space().reason)(&e.reason))
            }
            WriteOutcome::Refused(detail) => Some(detail),
            WriteOutcome::Stale | WriteOutcome::Failed(_) => {
                Some(i18n.apply().save_failed.to_owned())
            }
        };
        deck_note.try_set(note);
    });
    let on_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        if file.size() > DECK_MAX_BYTES as f64 {
            deck_note.set(Some(i18n.apply().deck_too_large.to_owned()));
            return;
        }
        deck_note.set(None);
        upload.dispatch(send_wrapper::SendWrapper::new(file));
    };
    let submit = Action::new_local(move |_: &()| {
        let token = editor.token();
        async move { applications::submit(&token).await }
    });
    Effect::new(move |_| {
        let Some(outcome) = submit.value().get() else {
            return;
        };
        match outcome {
            WriteOutcome::Done(application) => {
                let done = application.state != ApplicationState::Draft;
                editor.confirmed(*application);
                if done {
                    editor.submitted();
                }
            }
            WriteOutcome::Invalid(errors) => {
                missing.try_set(errors);
            }
            WriteOutcome::Refused(detail) => {
                refused.try_set(Some(detail));
            }
            WriteOutcome::Stale | WriteOutcome::Failed(_) => {
                refused.try_set(Some(i18n.apply().failed.to_owned()));
            }
        }
    });
    let on_submit = move |_| {
        editor.save_now();
        refused.set(None);
        // The same rules as the server's, at once; the server checks again.
        let mut found = editor.form.with(|f| f.check_submission(today()));
        if editor.application.with(|a| a.deck.is_none()) {
            found.push(model::directory::FieldError {
                field: "deck".into(),
                reason: "required to submit: the pitch deck (PDF)".into(),
            });
        }
        let whole = found.is_empty();
        missing.set(found);
        if whole && editor.all_saved() {
            submit.dispatch(());
        } else if whole {
            // Not saved yet: the save's answer comes first.
            refused.set(Some(i18n.apply().saving.to_owned()));
        }
    };
    let deck_state = move || {
        editor.application.with(|a| {
            a.deck
                .as_ref()
                .map(|d| (i18n.apply().deck_received)(d.pages))
        })
    };
    let missing_list = move || {
        let t: &ApplyTexts = i18n.apply();
        let items = missing.get();
        (!items.is_empty()).then(|| {
            view! {
                <div class="notice notice--warning" role="alert">
                    <p>{t.missing}</p>
                    <ul>
                        {items.into_iter().map(|e| {
                            let step = ApplyTexts::step_of_field(&e.field);
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=move |_| go.run(step)>
                                        {t.label_of(&e.field)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    view! {
        <div class="field">
            <label for="app-deck">{move || i18n.apply().deck}</label>
            <input id="app-deck" type="file" accept="application/pdf,.pdf"
                aria-describedby="app-deck-hint app-deck-state" on:change=on_file/>
            <p id="app-deck-hint" class="hint">{move || i18n.apply().deck_hint}</p>
            <p id="app-deck-state" role="status">
                {move || if upload.pending().get() { Some(i18n.apply().deck_sending.to_owned()) } else { deck_state() }}
            </p>
            <p class="field__error">{move || deck_note.get()}</p>
        </div>
        <p class="hint">{move || i18n.apply().submit_hint}</p>
        {missing_list}
        <p class="field__error" role="status">{move || refused.get()}</p>
        <button type="button" class="button button--primary" disabled=move || submit.pending().get() on:click=on_submit>
            {move || i18n.apply().submit}
        </button>
    }
}
