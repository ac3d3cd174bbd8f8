//! The profile editor: every public field, French and English side by side, live counts
//! and checks (the server's rules, from `model`), a live preview, autosave of the draft on
//! this device, conflict resolution, and a save that says what happened. The state and its
//! actions are in [`EditorState`]; the form's sections in `sections`.

use leptos::prelude::*;
use model::{
    space::{Me, Versioned},
    Campus,
};

use super::{
    conflict::ConflictPanel,
    editor_state::{EditorState, SaveState},
    sections::{activity, facts, links, presentation, LogoUpload},
    sign_in::SignInForm,
};
use crate::{
    api::{self, space},
    components::{ErrorView, Loaded, Loading, StartupCard},
    data::use_data,
    i18n::use_i18n,
};

#[component]
pub fn Editor(member: RwSignal<Option<Me>>) -> impl IntoView {
    // Pole and institute names, for the choices; the editor works without them.
    let campus = use_data().query(api::campus()).first_outcome();
    view! {
        <Loaded query=campus class="loading--page" ready=move |campus| {
            let campus = campus.as_ref().as_ref().map(|c| Campus::clone(c));
            view! { <MyProfile member campus/> }
        }/>
    }
}

/// The member's profile, loaded fresh (never from a cache: it is theirs to edit).
#[component]
fn MyProfile(member: RwSignal<Option<Me>>, campus: Option<Campus>) -> impl IntoView {
    let loaded = LocalResource::new(space::my_startup);
    view! {
        <Transition fallback=|| view! { <Loading class="loading--page"/> }>
            {move || {
                let campus = campus.clone();
                Suspend::new(async move {
                    match loaded.await {
                        Ok(versioned) => view! { <EditorForm versioned member campus/> }.into_any(),
                        Err(error) if error.is_unauthorized() => {
                            member.set(None);
                            ().into_any()
                        }
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| loaded.refetch())/>
                        }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn EditorForm(
    versioned: Versioned,
    member: RwSignal<Option<Me>>,
    campus: Option<Campus>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let state = EditorState::new(versioned, member);
    let EditorState {
        base,
        edit,
        offer,
        save,
        conflict,
        dirty,
        confirm_out,
        ..
    } = state;
    let preview = move || {
        let card = base.with(|b| edit.with(|e| e.apply(&b.profile).summary));
        view! { <StartupCard startup=card/> }
    };
    let (poles, institutes) = campus.map(|c| (c.poles, c.institutes)).unwrap_or_default();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Busy: the button keeps the focus (RGAA 7.3) and a second press does nothing.
        if save.get_untracked() != SaveState::Saving {
            state.save(edit.get_untracked());
        }
    };
    // The editor replaces the sign-in form: the focus goes to its heading, not to the
    // page's end (RGAA 12.8).
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        let Some(h) = heading.get() else {
            return;
        };
        if let Some(here) = use_context::<super::SignedInHere>() {
            if here.0.try_update_value(std::mem::take) == Some(true) {
                // Once the editor is in the document (it may still be on its way in).
                request_animation_frame(move || {
                    let _ = h.focus();
                });
            }
        }
    });
    let sign_out_button = NodeRef::<leptos::html::Button>::new();
    let keep_signed_in = move |_| {
        confirm_out.set(false);
        if let Some(button) = sign_out_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_resolve = Callback::new(move |resolved| state.resolve(resolved));
    let on_signed_in_again = Callback::new(move |me| state.signed_in_again(me));
    let saving = move || save.get() == SaveState::Saving;

    view! {
        <div class="editor">
            <div class="editor__bar">
                <p>{move || member.get().map(|m| (t().signed_in_as)(&m.email))}</p>
                <button type="button" class="button button--secondary" node_ref=sign_out_button on:click=move |_| state.sign_out()>
                    {move || if confirm_out.get() { t().sign_out_anyway } else { t().sign_out }}
                </button>
            </div>
            <Show when=move || confirm_out.get()>
                <div class="notice notice--warning" role="alert">
                    <p>{move || t().sign_out_confirm}</p>
                    <button type="button" class="button button--link" on:click=keep_signed_in>{move || t().cancel}</button>
                </div>
            </Show>
            <h2 tabindex="-1" node_ref=heading>{move || (t().editor_heading)(&base.with(|b| b.profile.summary.name.clone()))}</h2>
            <Show when=move || offer.with(Option::is_some)>
                <div class="notice notice--warning draft-offer" role="status">
                    <p>{move || t().draft_found}</p>
                    <button type="button" class="button button--primary" on:click=move |_| state.restore()>{move || t().restore}</button>
                    " "
                    <button type="button" class="button button--link" on:click=move |_| state.discard()>{move || t().discard}</button>
                </div>
            </Show>
            <Show when=move || save.get() == SaveState::Expired>
                <SignInForm on_signed_in=on_signed_in_again notice=Signal::derive(move || t().session_expired)/>
            </Show>
            {move || conflict.get().map(|c| view! { <ConflictPanel conflict=c on_resolve/> })}
            <div class="editor__layout">
                <form class="form editor__form" on:submit=on_submit novalidate=true>
                    {presentation(state)}
                    {activity(state, poles)}
                    {facts(state, institutes)}
                    {links(state)}
                    <LogoUpload base member/>
                    <div class="editor__save">
                        <button type="submit" class="button button--primary" aria-disabled=move || saving().then_some("true")>
                            {move || if saving() { t().saving } else { t().save }}
                        </button>
                        <p id="editor-status" class="editor__status" role="status" tabindex="-1">
                            {move || match save.get() {
                                SaveState::Saving => t().saving.to_owned(),
                                SaveState::Saved(time) if !dirty.get() => (t().saved_at)(&time),
                                SaveState::Invalid => t().invalid.to_owned(),
                                SaveState::Failed(error) => format!("{} ({})", t().save_failed, error.message(i18n.t())),
                                SaveState::Expired => t().session_expired.to_owned(),
                                _ if dirty.get() => t().unsaved.to_owned(),
                                _ => t().all_saved.to_owned(),
                            }}
                        </p>
                    </div>
                </form>
                <aside class="editor__preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{move || t().preview}</h2>
                    {preview}
                </aside>
            </div>
        </div>
    }
}
