//! `/agenda/inscription#…`: the page a registration's e-mail links to. Opening it confirms a
//! pending registration (a POST, never a bare GET: a mail scanner that fetches the link
//! changes nothing, as it runs no script); it shows where the registration stands, and
//! cancels it after a confirmation step. The link's secret is in the fragment, which the
//! browser never sends to a server.

use leptos::prelude::*;
use leptos_router::components::A;
use model::agenda::{Registration, RegistrationState};

use crate::{
    api::{agenda, ApiError},
    components::{event_times, localised, mark_not_indexed, ErrorView, Loading, PageHeading},
    i18n::use_i18n,
    routes::{fragment_secret, Href, Page},
};

/// Reads the registration, and confirms it if it waits for its link.
async fn open(token: String) -> Result<Registration, ApiError> {
    let registration = agenda::registration(&token).await?;
    if registration.state == RegistrationState::Pending {
        agenda::confirm(&token).await
    } else {
        Ok(registration)
    }
}

#[component]
pub fn RegistrationPage() -> impl IntoView {
    let i18n = use_i18n();
    mark_not_indexed();
    let token = StoredValue::new(fragment_secret());
    let shown = RwSignal::new(None::<Result<Registration, ApiError>>);
    let asking = RwSignal::new(false);
    let load = Action::new_local(move |_: &()| {
        let token = token.get_value();
        async move {
            match token {
                Some(token) => open(token).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    Effect::new(move |_| {
        if let Some(result) = load.value().get() {
            shown.set(Some(result));
        }
    });
    load.dispatch(());
    // Another letter's link opened in this tab changes only the fragment: no new page.
    #[cfg(not(feature = "ssr"))]
    {
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            token.set_value(fragment_secret());
            asking.set(false);
            shown.set(None);
            load.dispatch(());
        });
        on_cleanup(move || listener.remove());
    }
    let cancel = Action::new_local(move |_: &()| {
        let token = token.get_value().unwrap_or_default();
        async move { agenda::cancel(&token).await }
    });
    let cancel_failed = RwSignal::new(false);
    Effect::new(move |_| match cancel.value().get() {
        Some(Ok(registration)) => {
            asking.set(false);
            shown.set(Some(Ok(registration)));
        }
        Some(Err(_)) => cancel_failed.set(true),
        None => {}
    });
    let retry = Callback::new(move |_| {
        load.dispatch(());
    });
    let state_text = move |r: &Registration| {
        let t = i18n.agenda();
        match r.state {
            RegistrationState::Confirmed => t.registration_confirmed.to_owned(),
            RegistrationState::Waitlisted => {
                (t.registration_waitlisted)(r.waitlist_position.unwrap_or(1))
            }
            RegistrationState::Expired => t.registration_expired.to_owned(),
            RegistrationState::Cancelled => t.registration_cancelled.to_owned(),
            RegistrationState::Pending => t.registration_pending.to_owned(),
        }
    };
    let body = move || {
        match shown.get() {
        None => view! { <Loading/><p role="status">{move || i18n.agenda().registration_confirming}</p> }.into_any(),
        Some(Err(ApiError::NotFound)) => view! {
            <p class="notice notice--warning" role="status">{move || i18n.agenda().registration_no_link}</p>
        }.into_any(),
        Some(Err(error)) => view! { <ErrorView error on_retry=retry/> }.into_any(),
        Some(Ok(r)) => {
            let event = r.event.clone();
            let page = Page::event(&event.slug);
            let live = matches!(r.state, RegistrationState::Confirmed | RegistrationState::Waitlisted | RegistrationState::Pending);
            let text = state_text(&r);
            let online = r.online_url.clone();
            view! {
                <div class="registration">
                    <h2>{localised(i18n, event.title.clone())}</h2>
                    <p>{move || i18n.agenda().day(event.start.date)}", "{move || event_times(i18n.agenda(), &event)}</p>
                    <p class="notice notice--status" role="status">
                        <strong>{move || i18n.agenda().registration_state}{move || i18n.t().colon}</strong>
                        {move || r.state.label(i18n.lang())}". "{text}
                    </p>
                    {online.map(|href| view! {
                        <p>{move || i18n.agenda().registration_online}{move || i18n.t().colon}<a href=href.clone()>{href.clone()}</a></p>
                    })}
                    <p><A href=move || page.href(i18n.lang())>{move || i18n.agenda().see_event}</A></p>
                    {live.then(|| view! {
                        <Show when=move || asking.get() fallback=move || view! {
                            <button type="button" class="button button--secondary" on:click=move |_| asking.set(true)>
                                {move || i18n.agenda().cancel}
                            </button>
                        }>
                            <div class="registration__confirm" role="group" aria-labelledby="cancel-question">
                                <p id="cancel-question">{move || i18n.agenda().cancel_question}</p>
                                <button type="button" class="button button--danger"
                                    disabled=move || cancel.pending().get()
                                    on:click=move |_| { cancel_failed.set(false); cancel.dispatch(()); }>
                                    {move || i18n.agenda().cancel_yes}
                                </button>
                                " "
                                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                                    {move || i18n.agenda().cancel_no}
                                </button>
                                <p class="form__error" role="alert">
                                    {move || cancel_failed.get().then(|| i18n.agenda().cancel_failed)}
                                </p>
                            </div>
                        </Show>
                    })}
                </div>
            }.into_any()
        }
    }
    };
    view! {
        <div class="container section">
            <PageHeading
                text=Signal::derive(move || i18n.agenda().registration_title.to_owned())
                description=Signal::derive(move || i18n.agenda().registration_description.to_owned())
            />
            {body}
        </div>
    }
}
