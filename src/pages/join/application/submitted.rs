//! A submitted application: what was sent, read-only, where it stands, and withdrawing it
//! (after a confirmation: it deletes the application). Also the line that says whether
//! the draft on screen is saved.

use leptos::prelude::*;
use model::calls::{Actor, Application, ApplicationState};

use super::editor::{Editor, SaveStatus};
use crate::{
    api::{self, applications},
    components::ApplicationFacts,
    data::use_data,
    i18n::{agenda_texts, use_i18n},
};

/// Where the draft's saving stands, said politely to screen readers.
#[component]
pub fn SaveLine(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let t = i18n.apply();
        match editor.status.get() {
            SaveStatus::Idle => None,
            SaveStatus::Saving => Some(t.saving.to_owned()),
            SaveStatus::Saved(time) => Some((t.saved_at)(&time)),
            SaveStatus::Failed => Some(t.save_failed.to_owned()),
            SaveStatus::Invalid => Some(t.save_invalid.to_owned()),
        }
    };
    let failed = move || editor.status.get() == SaveStatus::Failed;
    view! {
        <div class="save-line" role="status" aria-live="polite">
            <span>{text}</span>
            {move || failed().then(|| view! {
                <button type="button" class="link-button" on:click=move |_| editor.save_now()>
                    {move || i18n.apply().retry}
                </button>
            })}
        </div>
    }
}

#[component]
pub fn Submitted(
    application: Application,
    token: String,
    withdrawn: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let token = StoredValue::new(token);
    let withdraw = Action::new_local(move |_: &()| {
        let token = token.get_value();
        async move { applications::withdraw(&token).await }
    });
    Effect::new(move |_| match withdraw.value().get() {
        Some(Ok(())) => {
            withdrawn.try_set(true);
        }
        Some(Err(_)) => {
            failed.try_set(true);
        }
        None => {}
    });
    let state = application.state;
    let can_withdraw = state.can_become(ApplicationState::Withdrawn, Actor::Applicant);
    let form = application.form.clone();
    let submitted = application.submitted;
    let poles = use_data().query(api::poles());
    view! {
        {submitted.map(|at| view! {
            <p class="notice notice--status">
                {move || (i18n.apply().submitted_on)(&agenda_texts(i18n.lang()).day_and_time(at))}
            </p>
        })}
        <section class="application__sent"><ApplicationFacts form state poles/></section>
        {can_withdraw.then(|| view! {
            <div class="application__withdraw">
                {move || if asking.get() {
                    view! {
                        <div class="registration__confirm" role="group" aria-labelledby="withdraw-question">
                            <p id="withdraw-question">{move || i18n.apply().withdraw_confirm}</p>
                            <button type="button" class="button button--danger"
                                disabled=move || withdraw.pending().get()
                                on:click=move |_| { withdraw.dispatch(()); }>
                                {move || i18n.apply().withdraw_yes}
                            </button>
                            " "
                            <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                                {move || i18n.apply().keep}
                            </button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button--secondary" on:click=move |_| asking.set(true)>
                            {move || i18n.apply().withdraw}
                        </button>
                    }.into_any()
                }}
                {move || failed.get().then(|| view! { <p class="field__error" role="alert">{move || i18n.apply().failed}</p> })}
            </div>
        })}
    }
}
