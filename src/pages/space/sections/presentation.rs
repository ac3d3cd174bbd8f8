use leptos::prelude::*;
use model::{directory::limits, space::EditField};

use super::super::editor_state::EditorState;
use crate::components::TextField;
use crate::i18n::{use_i18n, SpaceTexts};

/// The name, and the pitch and description in French and English side by side.
pub fn presentation(state: EditorState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.space();
    let edit = state.edit;
    let in_french = move |label: fn(&SpaceTexts) -> &'static str| {
        Signal::derive(move || format!("{} {}", label(t()), t().in_french))
    };
    let in_english = move |label: fn(&SpaceTexts) -> &'static str| {
        Signal::derive(move || format!("{} {}", label(t()), t().in_english))
    };
    view! {
        <TextField id="edit-name" label=Signal::derive(move || t().name.to_owned())
            value=Signal::derive(move || edit.with(|e| e.name.clone()))
            on_input=state.set(|e, v| e.name = v) max=limits::NAME error=state.error_of(EditField::Name)/>
        <div class="bilingual">
            <TextField id="edit-pitch-fr" label=in_french(|t| t.pitch)
                value=Signal::derive(move || edit.with(|e| e.pitch.fr.clone()))
                on_input=state.set(|e, v| e.pitch.fr = v) max=limits::PITCH rows=2 error=state.error_of(EditField::PitchFr)/>
            <TextField id="edit-pitch-en" label=in_english(|t| t.pitch)
                value=Signal::derive(move || edit.with(|e| e.pitch.en.clone()))
                on_input=state.set(|e, v| e.pitch.en = v) max=limits::PITCH rows=2 error=state.error_of(EditField::PitchEn)/>
        </div>
        <div class="bilingual">
            <TextField id="edit-description-fr" label=in_french(|t| t.description)
                value=Signal::derive(move || edit.with(|e| e.description.fr.clone()))
                on_input=state.set(|e, v| e.description.fr = v) max=limits::DESCRIPTION rows=8 error=state.error_of(EditField::DescriptionFr)/>
            <TextField id="edit-description-en" label=in_english(|t| t.description)
                value=Signal::derive(move || edit.with(|e| e.description.en.clone()))
                on_input=state.set(|e, v| e.description.en = v) max=limits::DESCRIPTION rows=8 error=state.error_of(EditField::DescriptionEn)/>
        </div>
    }
}
