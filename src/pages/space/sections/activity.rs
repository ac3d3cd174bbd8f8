use leptos::prelude::*;
use model::{directory::Sector, facet_search::flip, space::EditField, PoleSummary};

use super::super::editor_state::EditorState;
use crate::i18n::use_i18n;

/// A box per value of a list the profile picks from (sectors, poles).
fn check_box(
    id: String,
    checked: Signal<bool>,
    on_change: impl Fn() + 'static,
    label: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <li class="check">
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=move |_| on_change()/>
            <label for=id>{label}</label>
        </li>
    }
}

/// What the start-up works on and the campus poles it belongs to.
pub fn activity(state: EditorState, poles: Vec<PoleSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let edit = state.edit;
    let sector_boxes = Sector::ALL
        .iter()
        .map(|sector| {
            let sector = *sector;
            let id = format!("edit-sector-{}", sector.code());
            check_box(
                id,
                Signal::derive(move || edit.with(|e| e.sectors.contains(&sector))),
                move || edit.update(|e| flip(&mut e.sectors, Some(sector))),
                move || sector.label(i18n.lang()).to_owned(),
            )
        })
        .collect_view();
    let pole_boxes = poles
        .into_iter()
        .map(|pole| {
            let id = format!("edit-pole-{}", pole.slug);
            let name = pole.name;
            let slug = pole.slug;
            let held = slug.clone();
            check_box(
                id,
                Signal::derive(move || edit.with(|e| e.poles.contains(&held))),
                move || edit.update(|e| flip(&mut e.poles, Some(slug.clone()))),
                move || name.get(i18n.lang()).to_owned(),
            )
        })
        .collect_view();
    let sectors_error = state.error_of(EditField::Sectors);
    let poles_error = state.error_of(EditField::Poles);
    view! {
        <fieldset class="field" aria-describedby="edit-sectors-error">
            <legend>{move || t().sectors}</legend>
            <ul class="checks" role="list">{sector_boxes}</ul>
            <p id="edit-sectors-error" class="field__error">{move || sectors_error.get()}</p>
        </fieldset>
        <fieldset class="field" aria-describedby="edit-poles-error">
            <legend>{move || t().poles}</legend>
            <ul class="checks" role="list">{pole_boxes}</ul>
            <p id="edit-poles-error" class="field__error">{move || poles_error.get()}</p>
        </fieldset>
    }
}
