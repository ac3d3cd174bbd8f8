//! The profile editor: every public field, French and English side by side, live counts
//! and checks (the server's rules, from `model`), a live preview, autosave of the draft on
//! this device, conflict resolution, and a save that says what happened.

use leptos::{prelude::*, task::spawn_local};
use model::{
    directory::{FieldError, Network, Sector, SocialLink, SpinOff, Stage, TeamSize},
    space::{merge, EditField, Me, StartupEdit, Versioned},
    Campus,
};
use wasm_bindgen::JsCast;

use super::{
    conflict::{Conflict, ConflictPanel},
    fields::{ChoiceSelect, TextField},
    is_unauthorized,
    sign_in::SignInForm,
};
use crate::{
    api::{space, ApiError},
    components::{ErrorView, Loaded, Loading, StartupCard},
    data::use_data,
    i18n::use_i18n,
    state::{
        draft::{self, Draft},
        saves::{use_save_log, SavedAt},
    },
};

use model::directory::limits;

/// Where a save stands, for the status line.
#[derive(Clone, PartialEq)]
enum SaveState {
    Idle,
    Saving,
    Saved(String),
    Invalid,
    Failed(ApiError),
    /// The session ended: sign in again, then the save is retried.
    Expired,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn clock_time() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

fn this_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// The rules broken by the edit, on the fields a member can change (the logo address and
/// dates are the server's).
fn local_errors(edit: &StartupEdit, base: &Versioned) -> Vec<FieldError> {
    edit.apply(&base.profile)
        .check(this_year())
        .into_iter()
        .filter(|e| EditField::of_error(&e.field).is_some())
        .collect()
}

fn focus(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[component]
pub fn Editor(member: RwSignal<Option<Me>>) -> impl IntoView {
    // Pole and institute names, for the choices; the editor works without them.
    let campus = use_data().campus().first_outcome();
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
                        Err(error) if is_unauthorized(&error) => {
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
    let slug = versioned.profile.summary.slug.clone();
    let slug_key = StoredValue::new(slug.clone());
    let base = RwSignal::new(versioned);
    let base_edit = Memo::new(move |_| base.with(|b| StartupEdit::of(&b.profile)));
    let edit = RwSignal::new(base_edit.get_untracked());
    // A draft left on this device by an earlier visit (closed tab, failed save, expiry).
    let offer = RwSignal::new(draft::load(&slug).filter(|d| d.edit != base_edit.get_untracked()));
    let draft_base = RwSignal::new(base_edit.get_untracked());
    // A save this editor started, confirmed after it was closed: say so on opening.
    let save_log = use_save_log();
    let state = RwSignal::new(
        save_log
            .last_saved(&slug)
            .map_or(SaveState::Idle, SaveState::Saved),
    );
    let show_all = RwSignal::new(false);
    let server_errors: RwSignal<Vec<FieldError>> = RwSignal::new(Vec::new());
    let conflict: RwSignal<Option<Conflict>> = RwSignal::new(None);
    let dirty = Memo::new(move |_| edit.with(|e| *e != base_edit.get()));

    // Autosave: every change is written to this device at once.
    Effect::new(move |_| {
        let current = edit.get();
        if offer.with(Option::is_some) {
            return;
        }
        let key = slug_key.get_value();
        if dirty.get() {
            draft::store(
                &key,
                &Draft {
                    etag: base.with_untracked(|b| b.etag.clone()),
                    base: draft_base.get_untracked(),
                    edit: current,
                    saved_at: now_ms(),
                },
            );
        } else {
            draft::clear(&key);
        }
    });

    let errors = Memo::new(move |_| {
        let mut list = base.with(|b| edit.with(|e| local_errors(e, b)));
        list.extend(server_errors.get());
        list
    });
    // A field's first error, shown once the field was changed or a save was tried.
    let error_of = move |field: EditField| {
        Signal::derive(move || {
            let visible =
                show_all.get() || edit.with(|e| base_edit.with(|b| e.changed(b).contains(&field)));
            visible
                .then(|| {
                    errors.with(|list| {
                        list.iter()
                            .find(|e| EditField::of_error(&e.field) == Some(field))
                            .map(|e| (i18n.space().reason)(&e.reason))
                    })
                })
                .flatten()
        })
    };
    let set = move |change: fn(&mut StartupEdit, String)| {
        Callback::new(move |value: String| {
            server_errors.set(Vec::new());
            edit.update(|e| change(e, value));
        })
    };

    let save_action = move |to_save: StartupEdit| {
        if !base.with_untracked(|b| local_errors(&to_save, b).is_empty()) {
            show_all.set(true);
            state.set(SaveState::Invalid);
            focus("editor-status");
            return;
        }
        let Some(me) = member.get_untracked() else {
            state.set(SaveState::Expired);
            return;
        };
        state.set(SaveState::Saving);
        let etag = base.with_untracked(|b| b.etag.clone());
        let key = slug_key.get_value();
        // The save outlives the editor (the member may leave while it is on its way):
        // the continuation only writes this editor's state if it still exists (`try_*`),
        // records the outcome app-wide, and forgets the draft only once the server has
        // the profile.
        spawn_local(async move {
            match space::save(&to_save, &etag, &me.csrf_token).await {
                Ok(saved) => {
                    draft::clear(&key);
                    let time = clock_time();
                    save_log.record(SavedAt {
                        slug: key,
                        time: time.clone(),
                    });
                    let fresh = StartupEdit::of(&saved.profile);
                    base.try_set(saved);
                    draft_base.try_set(fresh.clone());
                    edit.try_set(fresh);
                    conflict.try_set(None);
                    state.try_set(SaveState::Saved(time));
                }
                Err(ApiError::Status {
                    status: 412,
                    problem,
                }) => {
                    // Gone editor: the draft stays, and the conflict shows on return.
                    let Some(mine_base) = draft_base.try_get_untracked() else {
                        return;
                    };
                    match problem.and_then(|p| p.current) {
                        Some(current) => {
                            let theirs = StartupEdit::of(&current.profile);
                            let (merged, fields) = merge(&mine_base, &to_save, &theirs);
                            conflict.try_set(Some(Conflict {
                                theirs: current.profile.clone(),
                                theirs_etag: current.etag.clone(),
                                mine: to_save,
                                merged,
                                fields,
                            }));
                            state.try_set(SaveState::Idle);
                            focus("conflict-heading");
                        }
                        None => {
                            state.try_set(SaveState::Failed(ApiError::Decode(
                                "412 without the current version".into(),
                            )));
                        }
                    }
                }
                Err(ApiError::Status {
                    status: 422,
                    problem,
                }) => {
                    server_errors.try_set(problem.map(|p| p.errors).unwrap_or_default());
                    show_all.try_set(true);
                    state.try_set(SaveState::Invalid);
                    focus("editor-status");
                }
                Err(error) if is_unauthorized(&error) => {
                    state.try_set(SaveState::Expired);
                }
                Err(error) => {
                    state.try_set(SaveState::Failed(error));
                    focus("editor-status");
                }
            }
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_action(edit.get_untracked());
    };
    let on_resolve = Callback::new(move |resolved: StartupEdit| {
        if let Some(c) = conflict.get_untracked() {
            // The saved version becomes the base: the next save is checked against it.
            base.update(|b| {
                b.profile = c.theirs.clone();
                b.etag = c.theirs_etag.clone();
            });
            draft_base.set(StartupEdit::of(&c.theirs));
            edit.set(resolved.clone());
            conflict.set(None);
            save_action(resolved);
        }
    });
    let on_signed_in_again = Callback::new(move |me: Me| {
        member.set(Some(me));
        save_action(edit.get_untracked());
    });
    let restore = move |_| {
        if let Some(d) = offer.get_untracked() {
            draft_base.set(d.base.clone());
            if d.etag != base.with_untracked(|b| b.etag.clone()) {
                // Started from an older version: the save will show what changed since.
                base.update(|b| b.etag = d.etag.clone());
            }
            offer.set(None);
            edit.set(d.edit);
        }
    };
    let discard = move |_| {
        draft::clear(&slug_key.get_value());
        offer.set(None);
    };
    let confirm_out = RwSignal::new(false);
    let sign_out = move |_| {
        if dirty.get_untracked() && !confirm_out.get_untracked() {
            confirm_out.set(true);
            return;
        }
        let csrf = member
            .get_untracked()
            .map(|m| m.csrf_token)
            .unwrap_or_default();
        let key = slug_key.get_value();
        spawn_local(async move {
            // Even if the network fails, this device forgets the member and the draft
            // (the space may have been left meanwhile: `try_set`).
            let _ = space::sign_out(&csrf).await;
            draft::clear(&key);
            member.try_set(None);
        });
    };

    let t = move || i18n.space();
    let preview = move || {
        let card = base.with(|b| edit.with(|e| e.apply(&b.profile).summary));
        view! { <StartupCard startup=card/> }
    };
    let (poles, institutes) = campus.map(|c| (c.poles, c.institutes)).unwrap_or_default();
    let pole_boxes = poles
        .into_iter()
        .map(|pole| {
            let slug = pole.slug.clone();
            let id = format!("edit-pole-{slug}");
            let checked = {
                let slug = slug.clone();
                move || edit.with(|e| e.poles.contains(&slug))
            };
            let name = pole.name.clone();
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=move |_| {
                        let slug = slug.clone();
                        edit.update(|e| if let Some(i) = e.poles.iter().position(|p| *p == slug) { e.poles.remove(i); } else { e.poles.push(slug); });
                    }/>
                    <label for=id>{move || name.get(i18n.lang()).to_owned()}</label>
                </li>
            }
        })
        .collect_view();
    let sector_boxes = Sector::ALL
        .iter()
        .map(|sector| {
            let sector = *sector;
            let id = format!("edit-sector-{}", sector.code());
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone()
                        prop:checked=move || edit.with(|e| e.sectors.contains(&sector))
                        on:change=move |_| edit.update(|e| if let Some(i) = e.sectors.iter().position(|s| *s == sector) { e.sectors.remove(i); } else { e.sectors.push(sector); })/>
                    <label for=id>{move || sector.label(i18n.lang())}</label>
                </li>
            }
        })
        .collect_view();
    let institute_options = StoredValue::new(institutes);
    let social_count = Memo::new(move |_| edit.with(|e| e.social.len()));

    view! {
        <div class="editor">
            <div class="editor__bar">
                <p>{move || member.get().map(|m| (t().signed_in_as)(&m.email))}</p>
                <button type="button" class="button button--secondary" on:click=sign_out>
                    {move || if confirm_out.get() { t().sign_out_anyway } else { t().sign_out }}
                </button>
            </div>
            <Show when=move || confirm_out.get()>
                <div class="notice notice--warning" role="alert">
                    <p>{move || t().sign_out_confirm}</p>
                    <button type="button" class="button button--link" on:click=move |_| confirm_out.set(false)>{move || t().cancel}</button>
                </div>
            </Show>
            <h2>{move || (t().editor_heading)(&base.with(|b| b.profile.summary.name.clone()))}</h2>
            <Show when=move || offer.with(Option::is_some)>
                <div class="notice notice--warning draft-offer" role="status">
                    <p>{move || t().draft_found}</p>
                    <button type="button" class="button button--primary" on:click=restore>{move || t().restore}</button>
                    " "
                    <button type="button" class="button button--link" on:click=discard>{move || t().discard}</button>
                </div>
            </Show>
            <Show when=move || state.get() == SaveState::Expired>
                <SignInForm on_signed_in=on_signed_in_again notice=Signal::derive(move || t().session_expired)/>
            </Show>
            {move || conflict.get().map(|c| view! { <ConflictPanel conflict=c on_resolve/> })}
            <div class="editor__layout">
                <form class="form editor__form" on:submit=on_submit novalidate=true>
                    <TextField id="edit-name" label=Signal::derive(move || t().name.to_owned())
                        value=Signal::derive(move || edit.with(|e| e.name.clone()))
                        on_input=set(|e, v| e.name = v) max=limits::NAME error=error_of(EditField::Name)/>
                    <div class="bilingual">
                        <TextField id="edit-pitch-fr" label=Signal::derive(move || format!("{} {}", t().pitch, t().in_french))
                            value=Signal::derive(move || edit.with(|e| e.pitch.fr.clone()))
                            on_input=set(|e, v| e.pitch.fr = v) max=limits::PITCH rows=2 error=error_of(EditField::PitchFr)/>
                        <TextField id="edit-pitch-en" label=Signal::derive(move || format!("{} {}", t().pitch, t().in_english))
                            value=Signal::derive(move || edit.with(|e| e.pitch.en.clone()))
                            on_input=set(|e, v| e.pitch.en = v) max=limits::PITCH rows=2 error=error_of(EditField::PitchEn)/>
                    </div>
                    <div class="bilingual">
                        <TextField id="edit-description-fr" label=Signal::derive(move || format!("{} {}", t().description, t().in_french))
                            value=Signal::derive(move || edit.with(|e| e.description.fr.clone()))
                            on_input=set(|e, v| e.description.fr = v) max=limits::DESCRIPTION rows=8 error=error_of(EditField::DescriptionFr)/>
                        <TextField id="edit-description-en" label=Signal::derive(move || format!("{} {}", t().description, t().in_english))
                            value=Signal::derive(move || edit.with(|e| e.description.en.clone()))
                            on_input=set(|e, v| e.description.en = v) max=limits::DESCRIPTION rows=8 error=error_of(EditField::DescriptionEn)/>
                    </div>
                    <fieldset class="field" aria-describedby="edit-sectors-error">
                        <legend>{move || t().sectors}</legend>
                        <ul class="checks" role="list">{sector_boxes}</ul>
                        <p id="edit-sectors-error" class="field__error">{move || error_of(EditField::Sectors).get()}</p>
                    </fieldset>
                    <fieldset class="field" aria-describedby="edit-poles-error">
                        <legend>{move || t().poles}</legend>
                        <ul class="checks" role="list">{pole_boxes}</ul>
                        <p id="edit-poles-error" class="field__error">{move || error_of(EditField::Poles).get()}</p>
                    </fieldset>
                    <div class="field-row">
                        <div class="field">
                            <label for="edit-stage">{move || t().stage}</label>
                            <ChoiceSelect id="edit-stage".to_owned()
                                options=Signal::derive(move || std::iter::once((String::new(), t().not_given.to_owned())).chain(Stage::ALL.iter().map(|s| (s.code().to_owned(), s.label(i18n.lang()).to_owned()))).collect())
                                value=Signal::derive(move || edit.with(|e| e.stage.map_or("", |s| s.code()).to_owned()))
                                on_change=Callback::new(move |v: String| edit.update(|e| e.stage = Stage::from_code(&v)))/>
                        </div>
                        <TextField id="edit-founded" kind="number" label=Signal::derive(move || t().founded.to_owned())
                            value=Signal::derive(move || edit.with(|e| founded_text(e.founded)))
                            on_input=set(|e, v| e.founded = founded_of(&v)) error=error_of(EditField::Founded)/>
                        <div class="field">
                            <label for="edit-team">{move || t().team}</label>
                            <ChoiceSelect id="edit-team".to_owned()
                                options=Signal::derive(move || std::iter::once((String::new(), t().not_given.to_owned())).chain(TeamSize::ALL.iter().map(|s| (s.code().to_owned(), s.label(i18n.lang()).to_owned()))).collect())
                                value=Signal::derive(move || edit.with(|e| e.team_size.map_or("", |s| s.code()).to_owned()))
                                on_change=Callback::new(move |v: String| edit.update(|e| e.team_size = TeamSize::from_code(&v)))/>
                        </div>
                    </div>
                    <div class="check">
                        <input type="checkbox" id="edit-spin-off" prop:checked=move || edit.with(|e| e.spin_off.is_some())
                            on:change=move |_| edit.update(|e| e.spin_off = if e.spin_off.is_some() { None } else { Some(SpinOff { lab: String::new(), institute: None }) })/>
                        <label for="edit-spin-off">{move || t().spin_off}</label>
                    </div>
                    <Show when=move || edit.with(|e| e.spin_off.is_some())>
                        <div class="field-row">
                            <TextField id="edit-lab" label=Signal::derive(move || t().lab.to_owned())
                                value=Signal::derive(move || edit.with(|e| e.spin_off.as_ref().map(|o| o.lab.clone()).unwrap_or_default()))
                                on_input=set(|e, v| if let Some(o) = e.spin_off.as_mut() { o.lab = v }) max=limits::LAB error=error_of(EditField::SpinOff)/>
                            <div class="field">
                                <label for="edit-institute">{move || t().institute}</label>
                                <ChoiceSelect id="edit-institute".to_owned()
                                    options=Signal::derive(move || std::iter::once((String::new(), t().no_institute.to_owned()))
                                        .chain(institute_options.get_value().into_iter().map(|i| (i.slug.clone(), i.name.clone()))).collect())
                                    value=Signal::derive(move || edit.with(|e| e.spin_off.as_ref().and_then(|o| o.institute.clone()).unwrap_or_default()))
                                    on_change=Callback::new(move |v: String| edit.update(|e| if let Some(o) = e.spin_off.as_mut() { o.institute = (!v.is_empty()).then_some(v) }))/>
                            </div>
                        </div>
                    </Show>
                    <div class="check">
                        <input type="checkbox" id="edit-hiring" prop:checked=move || edit.with(|e| e.hiring)
                            on:change=move |_| edit.update(|e| e.hiring = !e.hiring)/>
                        <label for="edit-hiring">{move || t().hiring}</label>
                    </div>
                    <TextField id="edit-careers" kind="url" label=Signal::derive(move || t().careers.to_owned())
                        value=Signal::derive(move || edit.with(|e| e.careers_url.clone().unwrap_or_default()))
                        on_input=set(|e, v| e.careers_url = Some(v)) error=error_of(EditField::CareersUrl)/>
                    <TextField id="edit-website" kind="url" label=Signal::derive(move || t().website.to_owned())
                        value=Signal::derive(move || edit.with(|e| e.website.clone().unwrap_or_default()))
                        on_input=set(|e, v| e.website = Some(v)) error=error_of(EditField::Website)/>
                    <TextField id="edit-email" kind="email" label=Signal::derive(move || t().public_email.to_owned())
                        value=Signal::derive(move || edit.with(|e| e.email.clone().unwrap_or_default()))
                        on_input=set(|e, v| e.email = Some(v)) error=error_of(EditField::Email)/>
                    <fieldset class="field">
                        <legend>{move || t().social}</legend>
                        <ul class="social-links" role="list">
                            <For each=move || 0..social_count.get() key=|i| *i children=move |i| {
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
                                        <button type="button" class="button button--link" on:click=move |_| edit.update(|e| { if i < e.social.len() { e.social.remove(i); } })>{move || t().remove_link}</button>
                                    </li>
                                }
                            }/>
                        </ul>
                        <button type="button" class="button button--secondary" on:click=move |_| edit.update(|e| e.social.push(SocialLink { network: Network::LinkedIn, url: String::new() }))>{move || t().add_link}</button>
                        <p class="field__error">{move || error_of(EditField::Social).get()}</p>
                    </fieldset>
                    <LogoUpload base member/>
                    <div class="editor__save">
                        <button type="submit" class="button button--primary" disabled=move || state.get() == SaveState::Saving>
                            {move || if state.get() == SaveState::Saving { t().saving } else { t().save }}
                        </button>
                        <p id="editor-status" class="editor__status" role="status" tabindex="-1">
                            {move || match state.get() {
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

/// Choose a file, upload it; the server decides from the bytes whether it is an image.
#[component]
fn LogoUpload(base: RwSignal<Versioned>, member: RwSignal<Option<Me>>) -> impl IntoView {
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

/// The founding year as typed: an empty field is "not given" (the profile then says it is
/// to be completed); what is not a year at all becomes one the model's rule refuses, with
/// its message, rather than being silently dropped.
fn founded_of(text: &str) -> Option<u16> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.parse().unwrap_or(0))
}

fn founded_text(year: Option<u16>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}
