//! The audit log (`?view=audit`): who did what, and when, newest first, a page at a time.

use leptos::prelude::*;
use model::team::{AuditEntry, AuditPage};

use super::writes::{error_text, use_team};
use crate::{
    api::team,
    components::Loading,
    i18n::{agenda_texts, use_i18n},
};

#[component]
pub fn AuditView() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_team();
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let next = RwSignal::new(None::<i64>);
    let started = RwSignal::new(false);
    let load = Action::new_local(|before: &Option<i64>| team::audit(*before));
    Effect::new(move |_| match load.value().get() {
        Some(Ok(AuditPage {
            entries: more,
            next: after,
        })) => {
            entries.update(|e| e.extend(more));
            next.set(after);
            started.set(true);
        }
        Some(Err(error)) => session.notice(&error),
        None => {}
    });
    load.dispatch(None);
    let failed = move || {
        load.value().with(|v| match v {
            Some(Err(error)) => Some(error_text(i18n, error)),
            _ => None,
        })
    };
    let rows = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                view! {
                    <tr>
                        <td>{move || agenda_texts(i18n.lang()).day_and_time(entry.at)}</td>
                        <td>{entry.actor.clone()}</td>
                        <td><code>{entry.action.clone()}</code></td>
                        <td><code>{entry.target.clone()}</code></td>
                        <td>{entry.detail.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="team__audit" aria-labelledby="team-audit-heading">
            <h2 id="team-audit-heading" tabindex="-1">{move || i18n.team().audit_heading}</h2>
            <p>{move || i18n.team().audit_intro}</p>
            <div class="table-scroll" role="region" aria-labelledby="team-audit-heading" tabindex="0">
                <table class="team__applications">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.team().audit_when}</th>
                            <th scope="col">{move || i18n.team().audit_who}</th>
                            <th scope="col">{move || i18n.team().audit_what}</th>
                            <th scope="col">{move || i18n.team().audit_target}</th>
                            <th scope="col">{move || i18n.team().audit_detail}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {move || (!started.get() && failed().is_none()).then(|| view! { <Loading/> })}
            <p class="form__error" role="alert">{failed}</p>
            {move || next.get().map(|before| view! {
                <button type="button" class="button"
                    aria-disabled=move || load.pending().get().then_some("true")
                    on:click=move |_| {
                        if !load.pending().get_untracked() {
                            load.dispatch(Some(before));
                        }
                    }>
                    {move || i18n.team().audit_more}
                </button>
            })}
        </section>
    }
}
