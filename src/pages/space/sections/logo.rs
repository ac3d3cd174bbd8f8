use leptos::{prelude::*, task::spawn_local};
use model::space::{Me, Versioned};

use crate::{
    api::{space, ApiError},
    i18n::use_i18n,
};

/// Choose a file, upload it; the server decides from the bytes whether it is an image.
#[component]
pub fn LogoUpload(base: RwSignal<Versioned>, member: RwSignal<Option<Me>>) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<leptos::html::Input>::new();
    let message = RwSignal::new(None::<String>);
    let upload = move |_| {
        let file = input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        let (Some(file), Some(me)) = (file, member.get_untracked()) else {
            return;
        };
        let file = send_wrapper::SendWrapper::new(file);
        spawn_local(async move {
            match space::upload_logo(&file, &me.csrf_token).await {
                // The editor may be gone by now: `try_*` (the upload itself is done).
                Ok(saved) => {
                    // Only the logo and version changed: edits in progress stay.
                    base.try_update(|b| {
                        b.etag = saved.etag.clone();
                        b.profile.summary.logo = saved.profile.summary.logo.clone();
                        b.profile.summary.updated = saved.profile.summary.updated;
                    });
                    message.try_set(Some(i18n.space().logo_done.to_owned()));
                }
                Err(ApiError::Status {
                    problem: Some(p), ..
                }) => {
                    message.try_set(p.detail);
                }
                Err(error) => {
                    message.try_set(Some(error.message(i18n.t()).to_owned()));
                }
            }
        });
    };
    view! {
        <div class="field">
            <label for="edit-logo">{move || i18n.space().logo}</label>
            <input id="edit-logo" type="file" accept="image/png,image/jpeg,image/webp" node_ref=input aria-describedby="edit-logo-hint"/>
            <p id="edit-logo-hint" class="hint">{move || i18n.space().logo_hint}</p>
            <button type="button" class="button button--secondary" on:click=upload>{move || i18n.space().upload_logo}</button>
            <p class="hint" role="status">{move || message.get()}</p>
        </div>
    }
}
