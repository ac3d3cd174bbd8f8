//! Registering to an event: every rule checked while typing (the model's, the server's
//! own), a clear answer for each refusal, and nothing typed lost until the server has it.

use leptos::prelude::*;
use model::{
    agenda::{EventStatus, EventSummary, RegistrationRequest},
    directory::FieldError,
    Lang,
};

use crate::{
    api::agenda::{register, RegisterOutcome},
    i18n::{use_i18n, AgendaTexts},
};

/// The reader's words for a broken rule of `field`.
fn field_message(t: &'static AgendaTexts, field: &str) -> &'static str {
    match field {
        "name" => t.error_name,
        "email" => t.error_email,
        "organisation" => t.error_organisation,
        "access_needs" => t.error_access_needs,
        _ => t.error_consent,
    }
}

#[component]
pub fn RegistrationForm(event: EventSummary) -> impl IntoView {
    let i18n = use_i18n();
    let window = event.registration.clone();
    if !window.open {
        let closed = window.closes.is_some();
        return view! {
            <section class="event__section event__register" aria-labelledby="event-register">
                <h2 id="event-register">{move || i18n.agenda().register_heading}</h2>
                <p>{move || if closed { i18n.agenda().register_closed } else { i18n.agenda().no_registration }}</p>
            </section>
        }
        .into_any();
    }
    let full = event.status == EventStatus::Full;
    let closes = window.closes;
    let slug = event.slug.clone();
    let form = RwSignal::new(RegistrationRequest {
        lang: i18n.lang(),
        ..RegistrationRequest::default()
    });
    // Errors show once a field was left, or after a submit attempt.
    let touched = RwSignal::new(Vec::<&'static str>::new());
    let attempted = RwSignal::new(false);
    let server_errors = RwSignal::new(Vec::<FieldError>::new());
    let errors = Memo::new(move |_| {
        let mut errors = form.with(RegistrationRequest::check);
        for e in server_errors.get() {
            if !errors.iter().any(|x| x.field == e.field) {
                errors.push(e);
            }
        }
        errors
    });
    let error_of = move |field: &'static str| {
        move || {
            let shown = attempted.get() || touched.with(|t| t.contains(&field));
            (shown && errors.with(|e| e.iter().any(|e| e.field == field)))
                .then(|| field_message(i18n.agenda(), field))
        }
    };
    let submit = Action::new_local(move |request: &RegistrationRequest| {
        let (slug, request) = (slug.clone(), request.clone());
        async move { register(&slug, &request).await }
    });
    Effect::new(move |_| {
        if let Some(RegisterOutcome::Invalid(found)) = submit.value().get() {
            server_errors.set(found);
        }
    });
    let sent = move || matches!(submit.value().get(), Some(RegisterOutcome::Sent));
    let message = move || {
        let t = i18n.agenda();
        match submit.value().get() {
            Some(RegisterOutcome::Closed) => Some(t.form_closed.to_owned()),
            Some(RegisterOutcome::TooMany(seconds)) => Some((t.form_too_many)(seconds)),
            Some(RegisterOutcome::Failed(_)) => Some(t.form_failed.to_owned()),
            Some(RegisterOutcome::Invalid(_)) => Some(t.form_fix.to_owned()),
            _ if attempted.get() && !errors.with(Vec::is_empty) => Some(t.form_fix.to_owned()),
            _ => None,
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        server_errors.set(Vec::new());
        if errors.with_untracked(Vec::is_empty) {
            submit.dispatch(form.get_untracked());
        }
    };
    let touch = move |field: &'static str| {
        move |_| {
            touched.update(|t| {
                if !t.contains(&field) {
                    t.push(field);
                }
            })
        }
    };
    let text_field = move |field: &'static str,
                           id: &'static str,
                           kind: &'static str,
                           autocomplete: &'static str,
                           label: fn(&AgendaTexts) -> &'static str,
                           read: fn(&RegistrationRequest) -> String,
                           write: fn(&mut RegistrationRequest, String),
                           required: bool| {
        let error = error_of(field);
        let error_id = format!("{id}-error");
        let described = error_id.clone();
        view! {
            <div class="field">
                <label for=id>
                    {move || label(i18n.agenda())}
                    {(!required).then(|| view! { " "<span class="field__optional">{move || i18n.agenda().form_optional}</span> })}
                </label>
                <input id=id type=kind autocomplete=autocomplete required=required
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby=move || error().is_some().then(|| described.clone())
                    prop:value=move || form.with(read)
                    on:input=move |ev| { server_errors.set(Vec::new()); form.update(|f| write(f, event_target_value(&ev))) }
                    on:blur=touch(field)/>
                <p class="field__error" id=error_id>{error}</p>
            </div>
        }
    };
    let needs_error = error_of("access_needs");
    let consent_error = error_of("access_needs_consent");
    view! {
        <section class="event__section event__register" aria-labelledby="event-register">
            <h2 id="event-register">{move || i18n.agenda().register_heading}</h2>
            <p>{move || closes.map(|c| (i18n.agenda().register_closes)(format!("{} ({})", i18n.agenda().day_and_time(c), i18n.agenda().paris_time)))}</p>
            {full.then(|| view! { <p class="notice notice--warning">{move || i18n.agenda().waitlist_notice}</p> })}
            <Show when=sent fallback=move || view! {
                <form class="form" novalidate on:submit=on_submit>
                    {text_field("name", "register-name", "text", "name", |t| t.form_name, |f| f.name.clone(), |f, v| f.name = v, true)}
                    {text_field("email", "register-email", "email", "email", |t| t.form_email, |f| f.email.clone(), |f, v| f.email = v, true)}
                    <p class="hint" id="register-email-hint">{move || i18n.agenda().form_email_hint}</p>
                    <div class="field">
                        <label for="register-lang">{move || i18n.agenda().form_lang}</label>
                        <select id="register-lang" autocomplete="language"
                            on:change=move |ev| {
                                let lang = Lang::from_code(&event_target_value(&ev)).unwrap_or_default();
                                form.update(|f| f.lang = lang);
                            }>
                            <option value="fr" selected=move || form.with(|f| f.lang == Lang::Fr)>"Français"</option>
                            <option value="en" lang="en" selected=move || form.with(|f| f.lang == Lang::En)>"English"</option>
                        </select>
                    </div>
                    {text_field("organisation", "register-organisation", "text", "organization", |t| t.form_organisation, |f| f.organisation.clone(), |f, v| f.organisation = v, false)}
                    <div class="field">
                        <label for="register-needs">
                            {move || i18n.agenda().form_access_needs}" "
                            <span class="field__optional">{move || i18n.agenda().form_optional}</span>
                        </label>
                        <p class="hint" id="register-needs-hint">{move || i18n.agenda().form_access_needs_hint}</p>
                        <textarea id="register-needs" rows="3" aria-describedby="register-needs-hint register-needs-error"
                            aria-invalid=move || needs_error().is_some().then_some("true")
                            prop:value=move || form.with(|f| f.access_needs.clone())
                            on:input=move |ev| { server_errors.set(Vec::new()); form.update(|f| f.access_needs = event_target_value(&ev)) }
                            on:blur=touch("access_needs")></textarea>
                        <p class="field__error" id="register-needs-error">{needs_error}</p>
                    </div>
                    <div class="field field--check">
                        <input id="register-consent" type="checkbox"
                            aria-describedby="register-consent-error"
                            aria-invalid=move || consent_error().is_some().then_some("true")
                            prop:checked=move || form.with(|f| f.access_needs_consent)
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                form.update(|f| f.access_needs_consent = checked);
                            }/>
                        <label for="register-consent">{move || i18n.agenda().form_consent}</label>
                        <p class="field__error" id="register-consent-error">{consent_error}</p>
                    </div>
                    <p class="form__error" role="alert">{message}</p>
                    <button type="submit" class="button button--primary" disabled=move || submit.pending().get()>
                        {move || if submit.pending().get() { i18n.agenda().form_sending } else { i18n.agenda().form_submit }}
                    </button>
                </form>
            }>
                <p class="notice notice--success" role="status">{move || i18n.agenda().form_sent}</p>
            </Show>
        </section>
    }
    .into_any()
}
