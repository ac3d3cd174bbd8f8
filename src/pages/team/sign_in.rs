use leptos::prelude::*;
use model::{team::TeamMe, ProblemKind};

use crate::{
    api::{team, ApiError},
    components::Credentials,
    i18n::use_i18n,
};

/// E-mail, password and the authenticator's code (left empty at the first sign-in, when
/// the page then adds the app). Each refusal says what to do; what was typed stays, but
/// the code, which is good for 30 seconds only.
#[component]
pub fn TeamSignInForm(on_signed_in: Callback<TeamMe>) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let submit = Action::new_local(move |(email, password, code): &(String, String, String)| {
        let (email, password, code) = (email.clone(), password.clone(), code.clone());
        async move { team::sign_in(&email, &password, &code).await }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(me)) => {
            password.set(String::new());
            code.set(String::new());
            on_signed_in.run(me);
        }
        Some(Err(_)) => code.set(String::new()),
        None => {}
    });
    let message = move || {
        let t = i18n.t();
        let texts = i18n.team();
        submit
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| match &error {
                ApiError::Status {
                    problem: Some(p), ..
                } if p.kind() == Some(ProblemKind::SecondFactorRequired) => {
                    texts.code_needed.to_owned()
                }
                ApiError::Status { status: 401, .. } => texts.bad_credentials.to_owned(),
                ApiError::Status { status: 400, .. } => texts.code_malformed.to_owned(),
                ApiError::Status { status: 403, .. } => texts.not_team.to_owned(),
                ApiError::Status {
                    status: 429,
                    problem,
                } => (texts.too_many)(problem.as_ref().and_then(|p| p.retry_after).unwrap_or(60)),
                other => other.message(t).to_owned(),
            })
    };
    view! {
        <section class="team__sign-in" aria-labelledby="team-sign-in-heading">
            <h2 id="team-sign-in-heading">{move || i18n.team().sign_in_heading}</h2>
            <form
                class="form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    if !submit.pending().get_untracked() {
                        submit.dispatch((
                            email.get_untracked(),
                            password.get_untracked(),
                            code.get_untracked(),
                        ));
                    }
                }
            >
                <Credentials prefix="team" email password
                    email_label=Signal::derive(move || i18n.team().email.to_owned())
                    password_label=Signal::derive(move || i18n.team().password.to_owned())/>
                <div class="field">
                    <label for="team-code">{move || i18n.team().code}</label>
                    <input id="team-code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        aria-describedby="team-code-hint" spellcheck="false"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                    <p class="hint" id="team-code-hint">{move || i18n.team().code_hint}</p>
                </div>
                <p class="form__error" role="alert">{message}</p>
                <button type="submit" class="button button--primary" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || if submit.pending().get() { i18n.team().signing_in } else { i18n.team().sign_in }}
                </button>
            </form>
        </section>
    }
}
