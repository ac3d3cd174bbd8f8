//! A call's decision outbox (`?view=decisions&call=…`): each prepared decision's letter,
//! which staff read, edit and approve; then the approved letters are sent together.
//! Nothing leaves before a person has approved it.

use std::collections::BTreeMap;

use leptos::prelude::*;
use model::team::{DecisionEdit, DecisionLetter, DECISION_BODY_MAX, DECISION_SUBJECT_MAX};

use super::{
    dashboard::team_href,
    writes::{busy, failure, team_read, team_write},
};
use crate::{
    api::{self, team},
    components::{ErrorView, Loading},
    data::use_data,
    i18n::{agenda_texts, use_i18n},
};

/// Approved and not yet sent: it goes with the next sending.
fn waits_approved(letter: &DecisionLetter) -> bool {
    letter.sent.is_none() && letter.approved_by.is_some()
}

#[component]
pub fn OutboxView(call: String) -> impl IntoView {
    let i18n = use_i18n();
    let calls = use_data().query(api::calls());
    let slug = StoredValue::new(call);
    let title = move || {
        let slug = slug.get_value();
        calls
            .ready()
            .and_then(|list| {
                list.iter()
                    .find(|c| c.slug == slug)
                    .map(|c| c.title.get(i18n.lang()).to_owned())
            })
            .unwrap_or(slug)
    };
    let (letters, reload) = team_read(move || {
        let slug = slug.get_value();
        async move { team::decisions(&slug).await }
    });
    // Which letters are approved and waiting, as each letter updates it (the list itself
    // is not redrawn: that would drop a letter being edited).
    let approvals = RwSignal::new(BTreeMap::<i64, bool>::new());
    Effect::new(move |_| {
        letters.with(|l| {
            if let Some(Ok(list)) = l {
                approvals.try_set(list.iter().map(|l| (l.id, waits_approved(l))).collect());
            }
        });
    });
    let send = team_write(move |(): &(), csrf| {
        let slug = slug.get_value();
        async move { team::send_decisions(&slug, &csrf).await }
    });
    Effect::new(move |_| {
        if matches!(send.value().get(), Some(Ok(_))) {
            reload.run(());
        }
    });
    let approved = move || approvals.with(|a| a.values().filter(|ready| **ready).count());
    let sent_line = move || {
        send.value().get().and_then(Result::ok).map(|done| {
            view! { <p class="notice notice--success">{move || (i18n.team().letters_sent)(done.sent, done.waiting)}</p> }
        })
    };
    view! {
        <section class="team__outbox" aria-labelledby="team-outbox-heading">
            <p class="team__back">
                <a href=move || team_href(i18n.lang(), "")>{move || i18n.team().back_to_calls}</a>
            </p>
            <h2 id="team-outbox-heading" tabindex="-1">{move || (i18n.team().outbox_heading)(&title())}</h2>
            <p>{move || i18n.team().outbox_intro}</p>
            {move || match letters.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{move || i18n.team().outbox_empty}</p> }.into_any(),
                Some(Ok(list)) => list
                    .into_iter()
                    .map(|letter| view! { <Letter letter approvals/> })
                    .collect_view()
                    .into_any(),
            }}
            <div class="team__send">
                // Nothing approved: nothing to send (the button says so with its count).
                <button type="button" class="button button--primary"
                    aria-disabled=move || (send.pending().get() || approved() == 0).then_some("true")
                    on:click=move |_| {
                        if !send.pending().get_untracked() && approved() > 0 {
                            send.dispatch(());
                        }
                    }>
                    {move || (i18n.team().send_approved)(approved())}
                </button>
                <p class="form__error" role="alert">{failure(send)}</p>
                <div role="status">{sent_line}</div>
            </div>
        </section>
    }
}

/// One decision's letter: read, edited (the text stays until the server has it), approved.
#[component]
fn Letter(letter: DecisionLetter, approvals: RwSignal<BTreeMap<i64, bool>>) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(letter);
    Effect::new(move |_| {
        let (id, ready) = current.with(|l| (l.id, waits_approved(l)));
        approvals.try_update(|a| a.insert(id, ready));
    });
    let id = current.with_untracked(|l| l.id);
    let subject = RwSignal::new(current.with_untracked(|l| l.subject.clone()));
    let body = RwSignal::new(current.with_untracked(|l| l.body.clone()));
    let edited = move || current.with(|l| l.subject != subject.get() || l.body != body.get());
    let save = team_write(move |(version, edit): &(u32, DecisionEdit), csrf| {
        let (version, edit) = (*version, edit.clone());
        async move { team::edit_decision(id, version, &edit, &csrf).await }
    });
    let approve = team_write(move |version: &u32, csrf| {
        let version = *version;
        async move { team::approve_decision(id, version, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(saved)) = save.value().get() {
            current.try_set(saved);
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(approved)) = approve.value().get() {
            current.try_set(approved);
        }
    });
    let heading_id = format!("team-letter-{id}");
    let subject_id = format!("team-letter-{id}-subject");
    let body_id = format!("team-letter-{id}-body");
    let status = move || {
        current.with(|l| {
            let t = i18n.team();
            match (&l.sent, &l.approved_by) {
                (Some(at), _) => (t.letter_sent)(&agenda_texts(i18n.lang()).day_and_time(*at)),
                (None, Some(by)) => (t.letter_approved)(by),
                (None, None) => (t.letter_waiting)(&l.prepared_by),
            }
        })
    };
    let sent = move || current.with(|l| l.sent.is_some());
    let labelled_by = heading_id.clone();
    view! {
        <article class="team__letter" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {move || current.with(|l| format!("{} — {}", l.company, l.decision.label(i18n.lang())))}
            </h3>
            <p>{move || (i18n.team().letter_to)(&current.with(|l| l.email.clone()))}</p>
            <p class="team__letter-status">{status}</p>
            <form class="form" on:submit=move |ev| {
                ev.prevent_default();
                if !save.pending().get_untracked() {
                    let version = current.with_untracked(|l| l.version);
                    save.dispatch((version, DecisionEdit { subject: subject.get_untracked(), body: body.get_untracked() }));
                }
            }>
                <div class="field">
                    <label for=subject_id.clone()>{move || i18n.team().letter_subject}</label>
                    <input id=subject_id type="text" required maxlength=DECISION_SUBJECT_MAX.to_string()
                        prop:readonly=sent
                        prop:value=move || subject.get()
                        on:input=move |ev| subject.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for=body_id.clone()>{move || i18n.team().letter_body}</label>
                    <textarea id=body_id rows="12" required maxlength=DECISION_BODY_MAX.to_string()
                        prop:readonly=sent
                        prop:value=move || body.get()
                        on:input=move |ev| body.set(event_target_value(&ev))></textarea>
                </div>
                <p class="form__error" role="alert">{failure(save)}{failure(approve)}</p>
                {move || (!sent()).then(|| view! {
                    <div class="team__buttons">
                        <button type="submit" class="button" aria-disabled=busy(save)>
                            {move || i18n.team().save_letter}
                        </button>
                        <button type="button" class="button button--primary"
                            aria-disabled=move || (approve.pending().get() || edited()).then_some("true")
                            on:click=move |_| {
                                // An approval names the version on screen: an edit must be
                                // saved (and so read) first.
                                if !approve.pending().get_untracked() && !edited() {
                                    approve.dispatch(current.with_untracked(|l| l.version));
                                }
                            }>
                            {move || i18n.team().approve_letter}
                        </button>
                    </div>
                    {move || edited().then(|| view! { <p class="hint">{move || i18n.team().save_before_approving}</p> })}
                })}
            </form>
        </article>
    }
}
