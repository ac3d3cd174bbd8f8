//! `/rejoindre/candidature#…`: the page an application's e-mail links to (its secret in the
//! fragment, which browsers never send to a server). A draft opens in the form, saved as
//! it is typed; a submitted application reads as it was sent, and can be withdrawn.

mod editor;
mod steps;
mod submitted;

use leptos::prelude::*;
use leptos_router::components::A;
use model::calls::{Application, ApplicationState};

use editor::Editor;
use steps::Steps;
use submitted::Submitted;

use crate::{
    api::{applications, ApiError},
    components::{mark_not_indexed, ErrorView, Loading, PageHeading},
    i18n::{agenda_texts, use_i18n},
    routes::{fragment_secret, Href, Page},
};

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    mark_not_indexed();
    let token = StoredValue::new(fragment_secret().unwrap_or_default());
    let shown = RwSignal::new(None::<Result<Application, ApiError>>);
    let withdrawn = RwSignal::new(false);
    let load = Action::new_local(move |_: &()| {
        let token = token.get_value();
        async move { applications::application(&token).await }
    });
    Effect::new(move |_| {
        if let Some(result) = load.value().get() {
            shown.try_set(Some(result));
        }
    });
    load.dispatch(());
    let reload = Callback::new(move |_| {
        load.dispatch(());
    });
    let content = move || {
        if withdrawn.get() {
            return view! { <p class="notice notice--success" role="status">{move || i18n.apply().withdrawn}</p> }
                .into_any();
        }
        match shown.get() {
            None => view! { <Loading class="loading--page"/> }.into_any(),
            Some(Err(ApiError::NotFound)) | Some(Err(ApiError::Status { status: 404, .. })) => view! {
                <p class="notice notice--warning">{move || i18n.apply().no_application}</p>
                <p><A href=move || Page::Join.href(i18n.lang())>{move || i18n.apply().join_link}</A></p>
            }
            .into_any(),
            Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
            Some(Ok(application)) => {
                let header = header(&application);
                let body = if application.state == ApplicationState::Draft {
                    let editor = Editor::new(application, token.get_value(), reload);
                    view! { <Steps editor/> }.into_any()
                } else {
                    view! { <Submitted application token=token.get_value() withdrawn/> }.into_any()
                };
                view! { {header} {body} }.into_any()
            }
        }
    };
    view! {
        <div class="container section application">
            <PageHeading
                text=Signal::derive(move || i18n.apply().title.to_owned())
                description=Signal::derive(move || i18n.apply().intro.to_owned())
            />
            {content}
        </div>
    }
}

/// Which call, and until when.
fn header(application: &Application) -> impl IntoView {
    let i18n = use_i18n();
    let call = application.call.clone();
    view! {
        <p class="lead">{move || (i18n.apply().for_call)(call.title.get(i18n.lang()))}</p>
        {application.call.closes.map(|closes| view! {
            <p class="hint">{move || (i18n.apply().closes_on)(&agenda_texts(i18n.lang()).day_and_time(closes))}</p>
        })}
    }
}
