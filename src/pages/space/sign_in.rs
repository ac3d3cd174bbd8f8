use leptos::prelude::*;
use model::space::Me;

use crate::{
    api::{space, ApiError},
    components::Credentials,
    i18n::use_i18n,
};

/// E-mail and password, with a clear answer for wrong credentials, too many attempts
/// ("try again in N s") and network failures. What was typed stays.
#[component]
pub fn SignInForm(
    on_signed_in: Callback<Me>,
    /// Shown above the form (e.g. "your session expired").
    #[prop(optional, into)]
    notice: Option<Signal<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let submit = Action::new_local(move |(email, password): &(String, String)| {
        let (email, password) = (email.clone(), password.clone());
        async move { space::sign_in(&email, &password).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(me)) = submit.value().get() {
            password.set(String::new());
            on_signed_in.run(me);
        }
    });
    let message = move || {
        let t = i18n.t();
        submit
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| match &error {
                ApiError::Status { status: 401, .. } => i18n.space().bad_credentials.to_owned(),
                ApiError::Status {
                    status: 429,
                    problem,
                } => (i18n.space().too_many)(
                    problem.as_ref().and_then(|p| p.retry_after).unwrap_or(60),
                ),
                other => other.message(t).to_owned(),
            })
    };
    view! {
        <section class="space__sign-in" aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">{move || i18n.space().sign_in_heading}</h2>
            {notice.map(|n| view! { <p class="notice notice--warning" role="status">{move || n.get()}</p> })}
            <form
                class="form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    // Busy: the button stays focusable (a disabled one would drop the
                    // focus, RGAA 7.3), and a second press does nothing.
                    if !submit.pending().get_untracked() {
                        submit.dispatch((email.get_untracked(), password.get_untracked()));
                    }
                }
            >
                <Credentials prefix="sign-in" email password
                    email_label=Signal::derive(move || i18n.space().email.to_owned())
                    password_label=Signal::derive(move || i18n.space().password.to_owned())/>
                <p class="form__error" role="alert">{message}</p>
                <button type="submit" class="button button--primary" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || if submit.pending().get() { i18n.space().signing_in } else { i18n.space().sign_in }}
                </button>
                {is_local_demo().then(|| view! { <p class="hint">{move || i18n.space().demo_hint}</p> })}
            </form>
        </section>
    }
}

/// Whether the portal runs on this machine (a local demonstration): only then does the
/// sign-in form point to the demo accounts. A deployed portal never mentions them.
fn is_local_demo() -> bool {
    let host = window().location().hostname().unwrap_or_default();
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]" | "::1")
}
