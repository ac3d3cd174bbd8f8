use leptos::{html, prelude::*};
use model::team::{RecoveryCodes, TeamMe, TotpSetup};

use crate::{
    api::{team, ApiError},
    i18n::use_i18n,
};

/// Adding the authenticator app: the QR code (drawn by the server, shown as an image with
/// its key beside it for typing by hand), the app's first code, then the recovery codes,
/// shown this once, until the person says they kept them.
#[component]
pub fn Enrolment(me: TeamMe, on_enrolled: Callback<TeamMe>) -> impl IntoView {
    let i18n = use_i18n();
    let csrf = StoredValue::new(me.csrf_token.clone());
    let code = RwSignal::new(String::new());
    let offer = Action::new_local(move |(): &()| {
        let csrf = csrf.get_value();
        async move { team::offer_second_factor(&csrf).await }
    });
    let confirm = Action::new_local(move |code: &String| {
        let (code, csrf) = (code.clone(), csrf.get_value());
        async move { team::confirm_second_factor(&code, &csrf).await }
    });
    let codes_heading = NodeRef::<html::H2>::new();
    // The recovery codes replace the form: the focus goes to their heading.
    Effect::new(move |_| {
        if matches!(confirm.value().get(), Some(Ok(_))) {
            if let Some(heading) = codes_heading.get() {
                let _ = heading.focus();
            }
        }
    });
    let confirm_error = move || {
        confirm
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| match error {
                ApiError::Status { status: 422, .. } => i18n.team().wrong_code.to_owned(),
                other => other.message(i18n.t()).to_owned(),
            })
    };
    let offer_error = move || {
        offer
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| error.message(i18n.t()).to_owned())
    };
    let setup_view = move |setup: TotpSetup| {
        let image = window()
            .btoa(&setup.qr_svg)
            .map(|b64| format!("data:image/svg+xml;base64,{b64}"))
            .unwrap_or_default();
        view! {
            <img class="team__qr" src=image alt=move || i18n.team().qr_alt width="220" height="220"/>
            <p>{move || i18n.team().secret_label}{move || i18n.t().colon}<code class="team__secret">{setup.secret.clone()}</code></p>
            <form
                class="form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    if !confirm.pending().get_untracked() {
                        confirm.dispatch(code.get_untracked());
                    }
                }
            >
                <div class="field">
                    <label for="team-first-code">{move || i18n.team().first_code}</label>
                    <input id="team-first-code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        required spellcheck="false"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                </div>
                <p class="form__error" role="alert">{confirm_error}</p>
                <button type="submit" class="button button--primary" aria-disabled=move || confirm.pending().get().then_some("true")>
                    {move || i18n.team().confirm}
                </button>
            </form>
        }
    };
    let codes_view = move |RecoveryCodes { codes, me }: RecoveryCodes| {
        let list = codes
            .into_iter()
            .map(|c| view! { <li><code>{c}</code></li> })
            .collect_view();
        view! {
            <h2 id="team-enrol-heading" tabindex="-1" node_ref=codes_heading>{move || i18n.team().codes_heading}</h2>
            <p>{move || i18n.team().codes_intro}</p>
            <ul class="team__codes">{list}</ul>
            <button type="button" class="button button--primary"
                on:click=move |_| on_enrolled.run(me.clone())>
                {move || i18n.team().codes_kept}
            </button>
        }
    };
    view! {
        <section class="team__enrol" aria-labelledby="team-enrol-heading">
            {move || match confirm.value().get() {
                Some(Ok(done)) => codes_view(done).into_any(),
                _ => view! {
                    <h2 id="team-enrol-heading">{move || i18n.team().enrol_heading}</h2>
                    <p>{move || i18n.team().enrol_intro}</p>
                    {move || match offer.value().get() {
                        Some(Ok(setup)) => setup_view(setup).into_any(),
                        _ => view! {
                            <p class="form__error" role="alert">{offer_error}</p>
                            <button type="button" class="button button--primary"
                                aria-disabled=move || offer.pending().get().then_some("true")
                                on:click=move |_| {
                                    if !offer.pending().get_untracked() {
                                        offer.dispatch(());
                                    }
                                }>
                                {move || i18n.team().enrol_start}
                            </button>
                        }.into_any(),
                    }}
                }.into_any(),
            }}
        </section>
    }
}
