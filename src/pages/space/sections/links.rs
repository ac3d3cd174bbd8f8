use leptos::prelude::*;
use model::{
    directory::{Network, SocialLink},
    space::EditField,
};

use super::super::editor_state::EditorState;
use crate::{
    components::{ChoiceSelect, TextField},
    i18n::use_i18n,
};

/// The careers page, website, public e-mail and social links.
pub fn links(state: EditorState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let edit = state.edit;
    let social_count = Memo::new(move |_| edit.with(|e| e.social.len()));
    let social_error = state.error_of(EditField::Social);
    view! {
        <TextField id="edit-careers" kind="url" label=Signal::derive(move || t().careers.to_owned())
            value=Signal::derive(move || edit.with(|e| e.careers_url.clone().unwrap_or_default()))
            on_input=state.set(|e, v| e.careers_url = Some(v)) error=state.error_of(EditField::CareersUrl)/>
        <TextField id="edit-website" kind="url" label=Signal::derive(move || t().website.to_owned())
            value=Signal::derive(move || edit.with(|e| e.website.clone().unwrap_or_default()))
            on_input=state.set(|e, v| e.website = Some(v)) error=state.error_of(EditField::Website)/>
        <TextField id="edit-email" kind="email" label=Signal::derive(move || t().public_email.to_owned())
            value=Signal::derive(move || edit.with(|e| e.email.clone().unwrap_or_default()))
            on_input=state.set(|e, v| e.email = Some(v)) error=state.error_of(EditField::Email)/>
        <fieldset class="field">
            <legend>{move || t().social}</legend>
            <ul class="social-links" role="list">
                <For each=move || 0..social_count.get() key=|i| *i children=move |i| social_link_row(state, i)/>
            </ul>
            <button type="button" class="button button--secondary"
                on:click=move |_| edit.update(|e| e.social.push(SocialLink { network: Network::LinkedIn, url: String::new() }))>
                {move || t().add_link}
            </button>
            <p class="field__error">{move || social_error.get()}</p>
        </fieldset>
    }
}

/// The `i`-th social link: its network, its address, and a button to remove it.
fn social_link_row(state: EditorState, i: usize) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let edit = state.edit;
    let net_id = format!("edit-social-{i}-network");
    let url_id = format!("edit-social-{i}-url");
    view! {
        <li class="field-row">
            <div class="field">
                <label for=net_id.clone()>{move || t().network}</label>
                <ChoiceSelect id=net_id
                    options=Signal::derive(move || Network::ALL.iter().map(|n| (n.code().to_owned(), n.label(i18n.lang()).to_owned())).collect())
                    value=Signal::derive(move || edit.with(|e| e.social.get(i).map(|l| l.network.code().to_owned()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| if let Some(n) = Network::from_code(&v) { edit.update(|e| if let Some(l) = e.social.get_mut(i) { l.network = n }) })/>
            </div>
            <div class="field">
                <label for=url_id.clone()>{move || t().address}</label>
                <input id=url_id type="url" prop:value=move || edit.with(|e| e.social.get(i).map(|l| l.url.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = event_target_value(&ev); edit.update(|e| if let Some(l) = e.social.get_mut(i) { l.url = v }) }/>
            </div>
            <button type="button" class="button button--link"
                on:click=move |_| edit.update(|e| { if i < e.social.len() { e.social.remove(i); } })>
                {move || t().remove_link}
            </button>
        </li>
    }
}
