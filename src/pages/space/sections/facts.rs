use leptos::prelude::*;
use model::{
    directory::{limits, SpinOff, Stage, TeamSize},
    space::EditField,
    Institute,
};

use super::super::editor_state::EditorState;
use crate::{
    components::{coded_choices, ChoiceSelect, TextField},
    i18n::use_i18n,
};

/// Stage, founding year, team size, research spin-off (its lab and institute) and hiring.
pub fn facts(state: EditorState, institutes: Vec<Institute>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let edit = state.edit;
    let institutes = StoredValue::new(institutes);
    view! {
        <div class="field-row">
            <div class="field">
                <label for="edit-stage">{move || t().stage}</label>
                <ChoiceSelect id="edit-stage".to_owned()
                    options=Signal::derive(move || coded_choices::<Stage>(t().not_given, i18n.lang()))
                    value=Signal::derive(move || edit.with(|e| e.stage.map_or("", |s| s.code()).to_owned()))
                    on_change=Callback::new(move |v: String| edit.update(|e| e.stage = Stage::from_code(&v)))/>
            </div>
            <TextField id="edit-founded" kind="number" label=Signal::derive(move || t().founded.to_owned())
                value=Signal::derive(move || edit.with(|e| founded_text(e.founded)))
                on_input=state.set(|e, v| e.founded = founded_of(&v)) error=state.error_of(EditField::Founded)/>
            <div class="field">
                <label for="edit-team">{move || t().team}</label>
                <ChoiceSelect id="edit-team".to_owned()
                    options=Signal::derive(move || coded_choices::<TeamSize>(t().not_given, i18n.lang()))
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
                    on_input=state.set(|e, v| if let Some(o) = e.spin_off.as_mut() { o.lab = v }) max=limits::LAB error=state.error_of(EditField::SpinOff)/>
                <div class="field">
                    <label for="edit-institute">{move || t().institute}</label>
                    <ChoiceSelect id="edit-institute".to_owned()
                        options=Signal::derive(move || std::iter::once((String::new(), t().no_institute.to_owned()))
                            .chain(institutes.get_value().into_iter().map(|i| (i.slug.clone(), i.name.clone()))).collect())
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
