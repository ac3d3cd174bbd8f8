//! `/espace-startup`: a member signs in and keeps its start-up's profile up to date.

mod conflict;
mod editor;
mod editor_state;
mod invitation;

mod sections;
mod sign_in;

use leptos::prelude::*;
use model::space::Me;

use crate::{
    api::space,
    components::{ErrorView, Loading, PageHeading},
    i18n::use_i18n,
};
use editor::Editor;
use invitation::{invitation_token, InvitationForm};
use sign_in::SignInForm;

#[component]
pub fn SpacePage() -> impl IntoView {
    let i18n = use_i18n();
    // The member lives only in memory: signing out (or closing the tab) forgets it.
    let member: RwSignal<Option<Me>> = RwSignal::new(None);
    let checked = LocalResource::new(space::me);
    Effect::new(move |_| {
        if let Some(Ok(me)) = checked.get() {
            member.set(Some(me));
        }
    });
    // Signed in on this page: the editor that replaces the form takes the focus.
    let signed_in_here = SignedInHere(StoredValue::new(false));
    provide_context(signed_in_here);
    let on_signed_in = Callback::new(move |me: Me| {
        signed_in_here.0.set_value(true);
        member.set(Some(me));
    });

    view! {
        <div class="container section space">
            <PageHeading
                text=Signal::derive(move || i18n.space().title.to_owned())
                description=Signal::derive(move || i18n.space().intro.to_owned())
            />
            <p class="lead">{move || i18n.space().intro}</p>
            <Transition fallback=|| view! { <Loading class="loading--page"/> }>
                {move || Suspend::new(async move {
                    let first = checked.await;
                    view! {
                        <Show
                            when=move || member.with(Option::is_some)
                            fallback=move || match &first {
                                Err(error) if !error.is_unauthorized() => {
                                    let error = error.clone();
                                    view! { <ErrorView error on_retry=Callback::new(move |_| checked.refetch())/> }.into_any()
                                }
                                _ => match invitation_token() {
                                    Some(token) => view! { <InvitationForm token on_signed_in/> }.into_any(),
                                    None => view! { <SignInForm on_signed_in/> }.into_any(),
                                },
                            }
                        >
                            <Editor member/>
                        </Show>
                    }
                })}
            </Transition>
        </div>
    }
}

/// Whether the member signed in on this page just now (not with a session they had).
#[derive(Clone, Copy)]
pub struct SignedInHere(pub StoredValue<bool>);
