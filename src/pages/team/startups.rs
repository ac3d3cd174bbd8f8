//! The start-ups as the team manages them (`?view=startups`): published in the directory
//! or not, their members and when each last signed in, inviting a member (a single-use
//! link valid 7 days) and removing one.

use leptos::prelude::*;
use model::{
    team::{MemberInvitation, TeamMember, TeamStartup},
    Lang,
};

use super::writes::{busy, failure, team_read, team_write};
use crate::{
    api::{team, ApiError},
    components::{ErrorView, Loading},
    i18n::{agenda_texts, use_i18n},
};

#[component]
pub fn StartupsView() -> impl IntoView {
    let i18n = use_i18n();
    let (startups, reload) = team_read(team::startups);
    view! {
        <section class="team__startups" aria-labelledby="team-startups-heading">
            <h2 id="team-startups-heading" tabindex="-1">{move || i18n.team().startups_heading}</h2>
            <p>{move || i18n.team().startups_intro}</p>
            {move || match startups.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
                Some(Ok(list)) => {
                    // Not yet published first: they are the ones waiting for the team.
                    let mut list = list;
                    list.sort_by_key(|s| s.published);
                    let cards = list
                        .into_iter()
                        .map(|startup| view! { <StartupCard startup reload/> })
                        .collect_view();
                    view! { <div class="team__startup-list">{cards}</div> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn StartupCard(startup: TeamStartup, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let slug = StoredValue::new(startup.slug.clone());
    let published = RwSignal::new(startup.published);
    let publish = team_write(move |on: &bool, csrf| {
        let (on, slug) = (*on, slug.get_value());
        async move { team::publish(&slug, on, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(done)) = publish.value().get() {
            published.try_set(done.published);
        }
    });
    let heading_id = format!("team-startup-{}", startup.slug);
    let no_members = startup.members.is_empty();
    let members = startup
        .members
        .into_iter()
        .map(|member| view! { <Member member reload/> })
        .collect_view();
    let open = RwSignal::new(startup.open_invitations);
    // The card counts its own invitations: reloading the list would re-sort it and drop
    // the confirmation.
    let on_invited = Callback::new(move |()| open.update(|n| *n += 1));
    let sample = startup.sample;
    let labelled_by = heading_id.clone();
    view! {
        <article class="team__startup" aria-labelledby=labelled_by>
            <h3 id=heading_id>{startup.name}</h3>
            <p>
                {move || if published.get() { i18n.team().published } else { i18n.team().unpublished }}
                {sample.then(|| view! { " " <span class="badge">{move || i18n.team().sample}</span> })}
            </p>
            <button type="button" class="button" aria-disabled=busy(publish)
                on:click=move |_| {
                    if !publish.pending().get_untracked() {
                        publish.dispatch(!published.get_untracked());
                    }
                }>
                {move || if published.get() { i18n.team().unpublish } else { i18n.team().publish }}
            </button>
            <p class="form__error" role="alert">{failure(publish)}</p>
            <h4>{move || i18n.team().members}</h4>
            {if no_members {
                view! { <p>{move || i18n.team().no_members}</p> }.into_any()
            } else {
                view! { <ul class="team__members">{members}</ul> }.into_any()
            }}
            {move || (open.get() > 0).then(|| view! { <p>{move || (i18n.team().open_invitations)(open.get())}</p> })}
            // Folded: fifty start-ups each with an open form would bury the list.
            <details class="team__invite-toggle">
                <summary>{move || i18n.team().invite_summary}</summary>
                <Invite slug=slug.get_value() on_invited/>
            </details>
        </article>
    }
}

#[component]
fn Member(member: TeamMember, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = member.id;
    let asking = RwSignal::new(false);
    let remove =
        team_write(move |(): &(), csrf| async move { team::remove_member(id, &csrf).await });
    Effect::new(move |_| {
        if matches!(remove.value().get(), Some(Ok(()))) {
            reload.run(());
        }
    });
    let last = member.last_sign_in;
    let email = member.email.clone();
    let seen = move || match last {
        Some(at) => (i18n.team().last_sign_in)(&agenda_texts(i18n.lang()).day_and_time(at)),
        None => i18n.team().never_signed_in.to_owned(),
    };
    view! {
        <li>
            <span>{member.email}</span> " — " <span>{seen}</span> " "
            {move || if asking.get() {
                let email = email.clone();
                view! {
                    <span role="group" aria-label=move || (i18n.team().remove_member)(&email)>
                        <button type="button" class="button button--danger" aria-disabled=busy(remove)
                            on:click=move |_| {
                                if !remove.pending().get_untracked() {
                                    remove.dispatch(());
                                }
                            }>
                            {move || i18n.team().remove_confirm}
                        </button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                            {move || i18n.team().cancel}
                        </button>
                    </span>
                }
                .into_any()
            } else {
                let email = email.clone();
                view! {
                    <button type="button" class="link-button" on:click=move |_| asking.set(true)>
                        {move || (i18n.team().remove_member)(&email)}
                    </button>
                }
                .into_any()
            }}
            <span class="form__error" role="alert">{failure(remove)}</span>
        </li>
    }
}

/// Inviting someone to the start-up's space, in the language of their letter.
#[component]
fn Invite(slug: String, on_invited: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let slug = StoredValue::new(slug);
    let email = RwSignal::new(String::new());
    let lang = RwSignal::new(i18n.lang());
    let invite = team_write(move |invitation: &MemberInvitation, csrf| {
        let (invitation, slug) = (invitation.clone(), slug.get_value());
        async move { team::invite(&slug, &invitation, &csrf).await }
    });
    let invited = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if matches!(invite.value().get(), Some(Ok(()))) {
            // The server has it: the address may go.
            invited.try_set(Some(email.get_untracked()));
            email.try_set(String::new());
            on_invited.run(());
        }
    });
    let base = format!("team-invite-{}", slug.get_value());
    let (email_id, lang_id) = (format!("{base}-email"), format!("{base}-lang"));
    let message = move || {
        invite.value().with(|v| match v {
            Some(Err(ApiError::Status { status: 422, .. })) => {
                Some(i18n.team().bad_email.to_owned())
            }
            Some(Err(ApiError::Status { status: 409, .. })) => {
                Some(i18n.team().invite_taken.to_owned())
            }
            _ => None,
        })
    };
    view! {
        <form class="form team__invite" on:submit=move |ev| {
            ev.prevent_default();
            if !invite.pending().get_untracked() {
                invite.dispatch(MemberInvitation { email: email.get_untracked().trim().to_owned(), lang: lang.get_untracked() });
            }
        }>
            <div class="field">
                <label for=email_id.clone()>{move || i18n.team().invite_email}</label>
                <input id=email_id type="email" autocomplete="off" required
                    prop:value=move || email.get()
                    on:input=move |ev| email.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=lang_id.clone()>{move || i18n.team().invite_lang}</label>
                <select id=lang_id
                    prop:value=move || lang.get().code()
                    on:change=move |ev| lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Fr })>
                    <option value="fr" lang="fr">"Français"</option>
                    <option value="en" lang="en">"English"</option>
                </select>
            </div>
            <p class="form__error" role="alert">{move || message().or_else(failure(invite))}</p>
            <div role="status">
                {move || invited.get().map(|to| view! { <p class="notice notice--success">{move || (i18n.team().invited)(&to)}</p> })}
            </div>
            <button type="submit" class="button" aria-disabled=busy(invite)>{move || i18n.team().invite}</button>
        </form>
    }
}
