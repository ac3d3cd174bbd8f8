use leptos::{html, prelude::*};
use leptos_router::hooks::use_query_map;
use model::team::TeamMe;

use super::{
    application::ApplicationView,
    applications::CallsView,
    audit::AuditView,
    event_form::{EventEdit, EventForm},
    events::EventsView,
    outbox::OutboxView,
    programme_form::{ProgrammeEdit, ProgrammeForm},
    programmes::ProgrammesView,
    startups::StartupsView,
    writes::{error_text, TeamSession},
};
use crate::{
    api::team,
    i18n::use_i18n,
    routes::{Href, Page},
};

/// Which view of the space the address names.
#[derive(Clone, Debug, PartialEq)]
enum View {
    Calls,
    Application(i64),
    Outbox(String),
    Startups,
    Programmes,
    Programme(String),
    NewProgramme,
    Events,
    Event(String),
    NewEvent,
    Audit,
}

impl View {
    fn of(
        view: Option<&str>,
        application: Option<&str>,
        call: Option<&str>,
        programme: Option<&str>,
        event: Option<&str>,
    ) -> View {
        if let Some(id) = application.and_then(|a| a.parse().ok()) {
            return View::Application(id);
        }
        if let Some(slug) = programme.filter(|p| model::validate_slug(p).is_ok()) {
            return View::Programme(slug.to_owned());
        }
        if let Some(slug) = event.filter(|e| model::validate_slug(e).is_ok()) {
            return View::Event(slug.to_owned());
        }
        match (view, call) {
            (Some("decisions"), Some(call)) if model::validate_slug(call).is_ok() => {
                View::Outbox(call.to_owned())
            }
            (Some("startups"), _) => View::Startups,
            (Some("programmes"), _) => View::Programmes,
            (Some("new-programme"), _) => View::NewProgramme,
            (Some("events"), _) => View::Events,
            (Some("new-event"), _) => View::NewEvent,
            (Some("audit"), _) => View::Audit,
            _ => View::Calls,
        }
    }
}

/// The address of a view of the team's space (`query` without its `?`).
pub fn team_href(lang: model::Lang, query: &str) -> String {
    let page = Page::Team.href(lang);
    if query.is_empty() {
        page
    } else {
        format!("{page}?{query}")
    }
}

/// The signed-in team's space: who is signed in, signing out, the views' menu and the
/// view the address names.
#[component]
pub fn Dashboard(me: TeamMe, on_signed_out: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = TeamSession::provide(&me, on_signed_out);
    let sign_out = Action::new_local(move |(): &()| {
        let csrf = session.csrf();
        async move { team::sign_out(&csrf).await }
    });
    Effect::new(move |_| match sign_out.value().get() {
        // Gone already (expired) is signed out too.
        Some(Ok(())) => on_signed_out.run(()),
        Some(Err(error)) if error.is_unauthorized() => on_signed_out.run(()),
        _ => {}
    });
    let sign_out_error = move || {
        sign_out
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| error_text(i18n, &error))
    };
    let query = use_query_map();
    let view = Memo::new(move |_| {
        query.with(|q| {
            View::of(
                q.get_str("view"),
                q.get_str("application"),
                q.get_str("call"),
                q.get_str("programme"),
                q.get_str("event"),
            )
        })
    });
    // Whatever replaced the sign-in form, and at each change of view, the focus goes to
    // the view's heading (`h2` with `tabindex="-1"`).
    let region = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        view.track();
        // After the frame: the new view is in the document by then.
        request_animation_frame(move || {
            let heading = region
                .get_untracked()
                .and_then(|region| region.query_selector("h2").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    });
    let email = me.email.clone();
    let link = move |query: &'static str,
                     label: fn(&crate::i18n::TeamTexts) -> &'static str,
                     current: fn(&View) -> bool| {
        view! {
            <li>
                <a href=move || team_href(i18n.lang(), query)
                    aria-current=move || current(&view.get()).then_some("page")>
                    {move || label(i18n.team())}
                </a>
            </li>
        }
    };
    view! {
        <div class="team__who">
            <p>{move || (i18n.team().signed_in_as)(&email)}</p>
            <button type="button" class="button"
                aria-disabled=move || sign_out.pending().get().then_some("true")
                on:click=move |_| {
                    if !sign_out.pending().get_untracked() {
                        sign_out.dispatch(());
                    }
                }>
                {move || i18n.team().sign_out}
            </button>
            <p class="form__error" role="alert">{sign_out_error}</p>
        </div>
        <nav class="team__nav" aria-label=move || i18n.team().nav_label>
            <ul>
                {link("", |t| t.nav_calls, |v| matches!(v, View::Calls | View::Application(_) | View::Outbox(_)))}
                {link("view=startups", |t| t.nav_startups, |v| *v == View::Startups)}
                {link("view=programmes", |t| t.nav_programmes, |v| matches!(v, View::Programmes | View::Programme(_) | View::NewProgramme))}
                {link("view=events", |t| t.nav_events, |v| matches!(v, View::Events | View::Event(_) | View::NewEvent))}
                {link("view=audit", |t| t.nav_audit, |v| *v == View::Audit)}
            </ul>
        </nav>
        <div class="team__view" node_ref=region>
            {move || match view.get() {
                View::Calls => view! { <CallsView/> }.into_any(),
                View::Application(id) => view! { <ApplicationView id/> }.into_any(),
                View::Outbox(call) => view! { <OutboxView call/> }.into_any(),
                View::Startups => view! { <StartupsView/> }.into_any(),
                View::Programmes => view! { <ProgrammesView/> }.into_any(),
                View::Programme(slug) => view! { <ProgrammeEdit slug/> }.into_any(),
                View::NewProgramme => view! { <ProgrammeForm loaded=None/> }.into_any(),
                View::Events => view! { <EventsView/> }.into_any(),
                View::Event(slug) => view! { <EventEdit slug/> }.into_any(),
                View::NewEvent => view! { <EventForm loaded=None/> }.into_any(),
                View::Audit => view! { <AuditView/> }.into_any(),
            }}
        </div>
    }
}
