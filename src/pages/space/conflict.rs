//! A stale save: the fields changed on both sides, side by side, each with a choice
//! between my version and the saved one. Nothing is overwritten until the member saves.

use leptos::prelude::*;
use model::{
    directory::Startup,
    space::{EditField, StartupEdit},
    Lang,
};

use crate::i18n::use_i18n;

/// What a field holds, as a reader would say it.
pub fn field_text(edit: &StartupEdit, field: EditField, lang: Lang) -> String {
    let join = |items: Vec<&str>| items.join(", ");
    match field {
        EditField::Name => edit.name.clone(),
        EditField::PitchFr => edit.pitch.fr.clone(),
        EditField::PitchEn => edit.pitch.en.clone(),
        EditField::DescriptionFr => edit.description.fr.clone(),
        EditField::DescriptionEn => edit.description.en.clone(),
        EditField::Sectors => join(edit.sectors.iter().map(|s| s.label(lang)).collect()),
        EditField::Poles => edit.poles.join(", "),
        EditField::Stage => edit.stage.map_or("—", |s| s.label(lang)).to_owned(),
        EditField::Founded => edit.founded.map_or("—".into(), |y| y.to_string()),
        EditField::TeamSize => edit.team_size.map_or("—", |s| s.label(lang)).to_owned(),
        EditField::SpinOff => edit.spin_off.as_ref().map_or("—".into(), |o| o.lab.clone()),
        EditField::Hiring => if edit.hiring { "✓" } else { "—" }.into(),
        EditField::CareersUrl => edit.careers_url.clone().unwrap_or_else(|| "—".into()),
        EditField::Website => edit.website.clone().unwrap_or_else(|| "—".into()),
        EditField::Email => edit.email.clone().unwrap_or_else(|| "—".into()),
        EditField::Social => join(edit.social.iter().map(|l| l.url.as_str()).collect()),
    }
}

/// The field's label in the editor.
pub fn field_label(lang: Lang, field: EditField) -> String {
    let s = crate::i18n::space_texts(lang);
    match field {
        EditField::Name => s.name.to_owned(),
        EditField::PitchFr => format!("{} {}", s.pitch, s.in_french),
        EditField::PitchEn => format!("{} {}", s.pitch, s.in_english),
        EditField::DescriptionFr => format!("{} {}", s.description, s.in_french),
        EditField::DescriptionEn => format!("{} {}", s.description, s.in_english),
        EditField::Sectors => s.sectors.to_owned(),
        EditField::Poles => s.poles.to_owned(),
        EditField::Stage => s.stage.to_owned(),
        EditField::Founded => s.founded.to_owned(),
        EditField::TeamSize => s.team.to_owned(),
        EditField::SpinOff => s.spin_off.to_owned(),
        EditField::Hiring => s.hiring.to_owned(),
        EditField::CareersUrl => s.careers.to_owned(),
        EditField::Website => s.website.to_owned(),
        EditField::Email => s.public_email.to_owned(),
        EditField::Social => s.social.to_owned(),
    }
}

/// The conflict to resolve: my edit merged with theirs, and the fields both changed.
#[derive(Clone, PartialEq)]
pub struct Conflict {
    pub theirs: Startup,
    pub theirs_etag: String,
    pub mine: StartupEdit,
    pub merged: StartupEdit,
    pub fields: Vec<EditField>,
}

/// Lists each field changed on both sides with a choice (mine by default), then saves the
/// merge with the choices applied.
#[component]
pub fn ConflictPanel(conflict: Conflict, on_resolve: Callback<StartupEdit>) -> impl IntoView {
    let i18n = use_i18n();
    let theirs = StartupEdit::of(&conflict.theirs);
    let take_theirs: RwSignal<Vec<EditField>> = RwSignal::new(Vec::new());
    let rows = conflict
        .fields
        .iter()
        .map(|field| {
            let field = *field;
            let name = format!("conflict-{}", field.path().replace(['.', '[', ']'], "-"));
            let (mine_text, theirs_text) = {
                let (m, t) = (conflict.mine.clone(), theirs.clone());
                (
                    move || field_text(&m, field, i18n.lang()),
                    move || field_text(&t, field, i18n.lang()),
                )
            };
            let choose = move |theirs: bool| {
                take_theirs.update(|list| {
                    list.retain(|f| *f != field);
                    if theirs {
                        list.push(field);
                    }
                })
            };
            let (mine_id, theirs_id) = (format!("{name}-mine"), format!("{name}-theirs"));
            view! {
                <fieldset class="conflict__field">
                    <legend>{move || field_label(i18n.lang(), field)}</legend>
                    <div class="conflict__choices">
                        <div class="conflict__choice">
                            <input type="radio" id=mine_id.clone() name=name.clone() checked=true
                                on:change=move |_| choose(false)/>
                            <label for=mine_id>
                                <span class="conflict__who">{move || i18n.space().mine}</span>
                                <span class="conflict__value">{mine_text}</span>
                            </label>
                        </div>
                        <div class="conflict__choice">
                            <input type="radio" id=theirs_id.clone() name=name
                                on:change=move |_| choose(true)/>
                            <label for=theirs_id>
                                <span class="conflict__who">{move || i18n.space().theirs}</span>
                                <span class="conflict__value">{theirs_text}</span>
                            </label>
                        </div>
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    let merged = conflict.merged.clone();
    let resolve = move |_| {
        let mut result = merged.clone();
        for field in take_theirs.get_untracked() {
            result.take(field, &theirs);
        }
        on_resolve.run(result);
    };
    view! {
        <section class="conflict" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading" tabindex="-1">{move || i18n.space().conflict_heading}</h2>
            <p>{move || i18n.space().conflict_intro}</p>
            {rows}
            <button type="button" class="button button--primary" on:click=resolve>
                {move || i18n.space().save_merged}
            </button>
        </section>
    }
}
