//! Asking for an application's link: an e-mail address, sent to the API, which mails the
//! link (the same answer whether an application existed: only the address's owner learns
//! which). What was typed stays until the answer comes.

use leptos::prelude::*;
use model::calls::ApplicationStart;

use crate::{
    api::applications::{self, StartOutcome},
    i18n::use_i18n,
};

/// Where a request stands, as the page says it.
#[derive(Clone, PartialEq)]
enum Notice {
    Sent(String),
    Problem(String),
}

#[component]
pub fn StartForm(call: String) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<Notice>);
    let call = StoredValue::new(call);
    let send = Action::new_local(move |request: &ApplicationStart| {
        let request = request.clone();
        async move {
            let outcome = applications::start(&call.get_value(), &request).await;
            (request.email, outcome)
        }
    });
    // The answer may come after the reader left the page: `try_set` writes only to what is
    // still there.
    Effect::new(move |_| {
        let Some((address, outcome)) = send.value().get() else {
            return;
        };
        let t = i18n.apply();
        let shown = match outcome {
            StartOutcome::Sent => Notice::Sent((t.sent)(&address)),
            StartOutcome::Invalid(errors) => {
                let reason = errors.first().map(|e| (i18n.space().reason)(&e.reason));
                error.try_set(reason);
                return;
            }
            StartOutcome::Closed => Notice::Problem(t.closed.to_owned()),
            StartOutcome::TooMany(seconds) => Notice::Problem((t.too_many)(seconds)),
            StartOutcome::Failed(_) => Notice::Problem(t.failed.to_owned()),
        };
        notice.try_set(Some(shown));
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = ApplicationStart {
            email: email.get_untracked().trim().to_owned(),
            lang: i18n.lang(),
        };
        let problems = request.check();
        error.set(problems.first().map(|e| (i18n.space().reason)(&e.reason)));
        notice.set(None);
        if problems.is_empty() {
            send.dispatch(request);
        }
    };
    let described = move || {
        if error.with(Option::is_some) {
            "apply-email-hint apply-email-error"
        } else {
            "apply-email-hint"
        }
    };
    view! {
        <section class="apply" aria-labelledby="apply-heading">
            <h4 id="apply-heading">{move || i18n.apply().heading}</h4>
            <p>{move || i18n.apply().intro}</p>
            <form class="apply__form" novalidate on:submit=on_submit>
                <div class="field" class:field--invalid=move || error.with(Option::is_some)>
                    <label for="apply-email">{move || i18n.apply().email}</label>
                    <input id="apply-email" type="email" autocomplete="email" required
                        aria-describedby=described
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        prop:value=move || email.get()
                        on:input=move |ev| email.set(event_target_value(&ev))/>
                    <p id="apply-email-hint" class="hint">{move || i18n.apply().email_hint}</p>
                    <p id="apply-email-error" class="field__error">{move || error.get()}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || send.pending().get()>
                    {move || if send.pending().get() { i18n.apply().sending } else { i18n.apply().send }}
                </button>
            </form>
            <div role="status" aria-live="polite" class="apply__status">
                {move || notice.get().map(|n| match n {
                    Notice::Sent(text) => view! { <p class="notice notice--success">{text}</p> }.into_any(),
                    Notice::Problem(text) => view! { <p class="notice notice--warning">{text}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}
