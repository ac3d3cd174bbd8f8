//! Following an invitation (`/espace-startup#invitation-…`, the link the campus team's
//! e-mail carries): the invited person chooses a password and is signed in, once.

use leptos::prelude::*;
use model::space::Me;

use super::sign_in::SignInForm;
use crate::{
    api::{space, ApiError},
    components::{ErrorView, Loading},
    i18n::use_i18n,
};

/// The invitation secret in the address's fragment, if the page was opened by one.
pub fn invitation_token() -> Option<String> {
    crate::routes::fragment_secret()?
        .strip_prefix("invitation-")
        .map(str::to_owned)
}

/// Takes the secret out of the address once it has served, so that it is neither
/// bookmarked nor shared with the page.
fn forget_token() {
    if let Ok(history) = window().history() {
        let location = window().location();
        let address = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

#[component]
pub fn InvitationForm(token: String, on_signed_in: Callback<Me>) -> impl IntoView {
    let i18n = use_i18n();
    let token = StoredValue::new(token);
    let invitation = LocalResource::new(move || {
        let token = token.get_value();
        async move { space::invitation(&token).await }
    });
    let password = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let mismatch = RwSignal::new(false);
    let accept = Action::new_local(move |password: &String| {
        let (token, password) = (token.get_value(), password.clone());
        async move { space::accept_invitation(&token, &password).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(me)) = accept.value().get() {
            forget_token();
            on_signed_in.run(me);
        }
    });
    let message = move || {
        let t = i18n.space();
        if mismatch.get() {
            return Some(t.passwords_differ.to_owned());
        }
        accept
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| match &error {
                ApiError::Status { status: 422, .. } => {
                    if password.with_untracked(|p| p.trim().chars().count() < 12) {
                        t.password_short.to_owned()
                    } else {
                        t.password_weak.to_owned()
                    }
                }
                ApiError::NotFound => t.invitation_closed.to_owned(),
                other => other.message(i18n.t()).to_owned(),
            })
    };
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match invitation.await {
                    Ok(found) => {
                        let name = found.startup_name.clone();
                        let email = found.email.clone();
                        view! {
                            <section class="space__sign-in" aria-labelledby="invitation-heading">
                                <h2 id="invitation-heading">
                                    {move || (i18n.space().invitation_heading)(&name)}
                                </h2>
                                <p>{move || (i18n.space().invitation_for)(&email)}</p>
                                <form class="form" on:submit=move |ev| {
                                    ev.prevent_default();
                                    let differ = password.get_untracked() != again.get_untracked();
                                    mismatch.set(differ);
                                    if !differ && !accept.pending().get_untracked() {
                                        accept.dispatch(password.get_untracked());
                                    }
                                }>
                                    // The account's address, for password managers.
                                    <input type="email" autocomplete="username" hidden readonly prop:value=found.email.clone()/>
                                    <div class="field">
                                        <label for="invitation-password">{move || i18n.space().new_password}</label>
                                        <input id="invitation-password" type="password" autocomplete="new-password" required
                                            aria-describedby="invitation-password-hint"
                                            prop:value=move || password.get()
                                            on:input=move |ev| password.set(event_target_value(&ev))/>
                                        <p class="hint" id="invitation-password-hint">{move || i18n.space().new_password_hint}</p>
                                    </div>
                                    <div class="field">
                                        <label for="invitation-again">{move || i18n.space().password_again}</label>
                                        <input id="invitation-again" type="password" autocomplete="new-password" required
                                            prop:value=move || again.get()
                                            on:input=move |ev| again.set(event_target_value(&ev))/>
                                    </div>
                                    <p class="form__error" role="alert">{message}</p>
                                    <button type="submit" class="button button--primary"
                                        aria-disabled=move || accept.pending().get().then_some("true")>
                                        {move || if accept.pending().get() { i18n.space().joining } else { i18n.space().join_space }}
                                    </button>
                                </form>
                            </section>
                        }
                        .into_any()
                    }
                    Err(ApiError::NotFound) => view! {
                        <SignInForm on_signed_in notice=Signal::derive(move || i18n.space().invitation_closed)/>
                    }
                    .into_any(),
                    Err(error) => view! {
                        <ErrorView error on_retry=Callback::new(move |_| invitation.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
