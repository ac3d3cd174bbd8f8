//! The agenda as the team manages it (`?view=events`): every event, past and cancelled
//! ones too, with its registrations; exporting them for the organisers (CSV), and
//! cancelling an event after a confirmation (its registrants are told by e-mail).

use leptos::prelude::*;
use model::{agenda::EventStatus, team::TeamEventRow};

use super::{
    dashboard::team_href,
    writes::{busy, failure, team_read, team_write},
};
use crate::{
    api::team,
    components::{ErrorView, Loading},
    i18n::{agenda_texts, use_i18n},
    routes::{Href, Page},
};

#[component]
pub fn EventsView() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let (rows, reload) = team_read(team::events);
    let table = move |rows: Vec<TeamEventRow>| {
        let body = rows
            .into_iter()
            .map(|row| view! { <Row row/> })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-labelledby="team-events-heading" tabindex="0">
                <table class="team__applications">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().event_title}</th>
                            <th scope="col">{move || t().event_start}</th>
                            <th scope="col">{move || t().event_status}</th>
                            <th scope="col">{move || t().event_registrations}</th>
                            <th scope="col">{move || t().event_actions}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="team__events" aria-labelledby="team-events-heading">
            <h2 id="team-events-heading" tabindex="-1">{move || t().events_heading}</h2>
            <p>{move || t().events_intro}</p>
            <p>
                <a class="button button--primary" href=move || team_href(i18n.lang(), "view=new-event")>
                    {move || t().event_add}
                </a>
            </p>
            {move || match rows.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{move || t().no_events}</p> }.into_any(),
                Some(Ok(list)) => table(list).into_any(),
            }}
        </section>
    }
}

#[component]
fn Row(row: TeamEventRow) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let event = row.event;
    let slug = StoredValue::new(event.slug.clone());
    let status = RwSignal::new(event.status);
    let asking = RwSignal::new(false);
    let cancel = team_write(move |(): &(), csrf| {
        let slug = slug.get_value();
        async move { team::cancel_event(&slug, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = cancel.value().get() {
            status.try_set(EventStatus::Cancelled);
            asking.try_set(false);
        }
    });
    let told = move || {
        cancel.value().with(|v| {
            v.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|c| (t().event_cancelled)(c.told))
        })
    };
    let export = LocalResource::new(move || team::registrations_url_of(slug.get_value()));
    let (title, export_title, cancel_title, edit_title) = (
        event.title.clone(),
        event.title.clone(),
        event.title.clone(),
        event.title.clone(),
    );
    let start = event.start;
    let counts = (row.confirmed, row.waitlisted, event.capacity);
    let ended = row.ended;
    view! {
        <tr>
            <th scope="row">
                <a href=move || Page::Event(slug.get_value()).href(i18n.lang())>
                    {move || title.get(i18n.lang()).to_owned()}
                </a>
                {event.sample.then(|| view! { " " <span class="badge">{move || t().sample}</span> })}
            </th>
            <td>{move || agenda_texts(i18n.lang()).day_and_time(start)}</td>
            <td><span role="status">{move || status.get().label(i18n.lang())}</span></td>
            <td>{move || (t().event_counts)(counts.0, counts.1, counts.2)}</td>
            <td class="team__event-actions">
                <a href=move || team_href(i18n.lang(), &format!("event={}", slug.get_value()))
                    aria-label=move || (t().event_edit_label)(edit_title.get(i18n.lang()))>
                    {move || t().event_edit}
                </a>
                {move || export.get().and_then(Result::ok).map(|href| {
                    let label = export_title.clone();
                    view! {
                        <a href=href download=""
                            aria-label=move || (t().event_export_label)(label.get(i18n.lang()))>
                            {move || t().event_export}
                        </a>
                    }
                })}
                {move || {
                    let title = cancel_title.clone();
                    match (status.get(), asking.get()) {
                        (EventStatus::Cancelled, _) => ().into_any(),
                        _ if ended => ().into_any(),
                        (_, true) => view! {
                            <span role="group" aria-label=move || (t().event_cancel_label)(title.get(i18n.lang()))>
                                <button type="button" class="button button--danger" aria-disabled=busy(cancel)
                                    on:click=move |_| {
                                        if !cancel.pending().get_untracked() {
                                            cancel.dispatch(());
                                        }
                                    }>
                                    {move || t().event_cancel_confirm}
                                </button>
                                " "
                                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                                    {move || t().cancel}
                                </button>
                            </span>
                        }.into_any(),
                        (_, false) => view! {
                            <button type="button" class="button button--secondary"
                                aria-label=move || (t().event_cancel_label)(title.get(i18n.lang()))
                                on:click=move |_| asking.set(true)>
                                {move || t().event_cancel}
                            </button>
                        }.into_any(),
                    }
                }}
                <p role="status">{told}</p>
                <p class="form__error" role="alert">{failure(cancel)}</p>
            </td>
        </tr>
    }
}
