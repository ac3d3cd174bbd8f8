//! A programme's form (`?programme=SLUG` to edit one, `?view=new-programme` to add one):
//! every field of its page, French and English side by side, checked by the model's rules
//! before it is sent and again by the server. An edit names the version it was made over;
//! if a colleague saved meanwhile, nothing typed is lost and the person chooses to save
//! over their change. What was typed stays on screen until the server has it.

use leptos::prelude::*;
use model::{
    catalogue::{
        programme_limits as limits, Domain, Format, Level, Mode, Programme, TeachingLanguage,
    },
    team::TeamProgramme,
};

use super::{
    dashboard::team_href,
    form_parts::{line, pair, pole_choices, tick, ErrorSummary, FormCheck, SaveBar, VersionedSave},
    programme_fields::ProgrammeFields,
    writes::team_read,
};
use crate::{
    api::{team, ApiError},
    components::{coded_choices, CheckGroup, ChoiceSelect, ErrorView, Loading, TextField},
    i18n::use_i18n,
};

/// The form of programme `slug`, once loaded.
#[component]
pub fn ProgrammeEdit(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let (loaded, reload) = team_read(move || {
        let slug = slug.clone();
        async move { team::programme(&slug).await }
    });
    view! {
        {move || match loaded.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(ApiError::NotFound)) => view! {
                <h2 tabindex="-1">{move || i18n.team().no_such_programme}</h2>
                <p><a href=move || team_href(i18n.lang(), "view=programmes")>{move || i18n.team().back_to_programmes}</a></p>
            }.into_any(),
            Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
            Some(Ok(loaded)) => view! { <ProgrammeForm loaded=Some(loaded)/> }.into_any(),
        }}
    }
}

/// The fields' names in the order the form shows them.
const FORM_ORDER: [&str; 22] = [
    "slug",
    "title",
    "summary",
    "domains",
    "modes",
    "languages",
    "poles",
    "institution",
    "duration_months",
    "ects",
    "capacity",
    "start_dates",
    "application",
    "fees_eur",
    "fees_note",
    "objectives",
    "prerequisites",
    "admission",
    "careers",
    "contact_email",
    "url",
    "sample",
];

/// The institution's slug is made from its name: its control is the name's.
fn alias(field: &str) -> Option<&'static str> {
    field
        .starts_with("institution")
        .then_some("institution.name")
}

#[component]
pub fn ProgrammeForm(loaded: Option<TeamProgramme>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let fields = loaded.as_ref().map_or_else(ProgrammeFields::empty, |l| {
        ProgrammeFields::of(&l.programme)
    });
    let archived = loaded.as_ref().is_some_and(|l| l.archived);
    let heading_title =
        StoredValue::new(loaded.as_ref().map(|l| l.programme.summary.title.clone()));
    let check = FormCheck::new("programme", &FORM_ORDER, alias, move || fields.read().1);
    let pole_choices = pole_choices();
    let save = VersionedSave::new(
        check,
        loaded.as_ref().map(|l| l.version),
        |programme: Programme, version, over, csrf| async move {
            let written = match version {
                None => team::create_programme(&programme, &csrf).await,
                Some(v) => team::edit_programme(&programme, (!over).then_some(v), &csrf).await,
            };
            written.map(|w| w.version)
        },
        move || {
            let slug = fields.slug.get_untracked();
            team_href(i18n.lang(), &format!("programme={}", slug.trim()))
        },
    );
    let submit = move |over: bool| save.submit(check, fields.read(), over);
    let is_new = loaded.is_none();
    let heading = move || match heading_title.get_value() {
        None => t().programme_add.to_owned(),
        Some(title) => (t().programme_edit_heading)(title.get(i18n.lang())),
    };
    view! {
        <section class="team__programme" aria-labelledby="team-programme-heading">
            <p><a href=move || team_href(i18n.lang(), "view=programmes")>{move || t().back_to_programmes}</a></p>
            <h2 id="team-programme-heading" tabindex="-1">{heading}</h2>
            <p>{move || t().programme_form_intro}</p>
            {archived.then(|| view! { <p class="notice">{move || t().programme_is_archived}</p> })}
            <form class="form team__programme-form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                submit(false);
            }>
                <ErrorSummary check intro=Signal::derive(move || t().programme_fix.to_owned()) name=field_name/>
                <fieldset class="form__group">
                    <legend>{move || t().programme_about}</legend>
                    {is_new.then(|| view! {
                        <TextField id=check.control_id("slug") label=Signal::derive(move || t().programme_slug.to_owned())
                            value=fields.slug on_input=Callback::new(move |v| fields.slug.set(v))
                            max=model::SLUG_MAX_LEN error=check.error_of("slug")/>
                        <p class="field__hint">{move || t().programme_slug_hint}</p>
                    })}
                    {pair(check, fields.title, "title", move || t().programme_title, limits::TITLE, None)}
                    {pair(check, fields.summary, "summary", move || t().programme_summary, limits::SUMMARY, Some(3))}
                    <div class="field-row">
                        <div class="field">
                            <label for="programme-level">{move || t().programme_level}</label>
                            <ChoiceSelect id="programme-level".to_owned()
                                options=Signal::derive(move || coded_choices::<Level>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                                value=fields.level on_change=Callback::new(move |v| fields.level.set(v))/>
                        </div>
                        <div class="field">
                            <label for="programme-format">{move || t().programme_format}</label>
                            <ChoiceSelect id="programme-format".to_owned()
                                options=Signal::derive(move || coded_choices::<Format>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                                value=fields.format on_change=Callback::new(move |v| fields.format.set(v))/>
                        </div>
                    </div>
                    <CheckGroup id=check.control_id("domains") legend=Signal::derive(move || t().programme_domains.to_owned())
                        options=Signal::derive(move || coded_choices::<Domain>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.domains error=check.error_of("domains")/>
                    <CheckGroup id=check.control_id("modes") legend=Signal::derive(move || t().programme_modes.to_owned())
                        options=Signal::derive(move || coded_choices::<Mode>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.modes error=check.error_of("modes")/>
                    <CheckGroup id=check.control_id("languages") legend=Signal::derive(move || t().programme_languages.to_owned())
                        options=Signal::derive(move || coded_choices::<TeachingLanguage>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.languages error=check.error_of("languages")/>
                    <CheckGroup id=check.control_id("poles") legend=Signal::derive(move || t().programme_poles.to_owned())
                        options=Signal::derive(pole_choices)
                        value=fields.poles error=check.error_of("poles")/>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_organisation}</legend>
                    <TextField id=check.control_id("institution.name") label=Signal::derive(move || t().programme_institution.to_owned())
                        value=fields.institution on_input=Callback::new(move |v| fields.institution.set(v))
                        max=limits::INSTITUTION error=check.error_of("institution")/>
                    <div class="field-row">
                        {line(check, fields.duration_months, "duration_months", "text", move || t().programme_duration)}
                        {line(check, fields.ects, "ects", "text", move || t().programme_ects)}
                        {line(check, fields.capacity, "capacity", "text", move || t().programme_capacity)}
                    </div>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_calendar}</legend>
                    <StartDates check dates=fields.start_dates/>
                    <div class="field-row">
                        {line(check, fields.opens, "application.opens", "date", move || t().programme_opens)}
                        {line(check, fields.closes, "application.closes", "date", move || t().programme_closes)}
                    </div>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_fees}</legend>
                    {line(check, fields.fees_eur, "fees_eur", "text", move || t().programme_fees_eur)}
                    {pair(check, fields.fees_note, "fees_note", move || t().programme_fees_note, limits::NOTE, None)}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_content}</legend>
                    {pair(check, fields.objectives, "objectives", move || t().programme_objectives, limits::TEXT, Some(5))}
                    {pair(check, fields.prerequisites, "prerequisites", move || t().programme_prerequisites, limits::TEXT, Some(4))}
                    {pair(check, fields.admission, "admission", move || t().programme_admission, limits::TEXT, Some(4))}
                    {pair(check, fields.careers, "careers", move || t().programme_careers, limits::TEXT, Some(4))}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_contact}</legend>
                    <div class="field-row">
                        {line(check, fields.contact_email, "contact_email", "email", move || t().programme_email)}
                        {line(check, fields.url, "url", "url", move || t().programme_url)}
                    </div>
                    {tick(check, fields.sample, "sample", move || t().programme_sample)}
                </fieldset>
                <SaveBar save save_over=Callback::new(move |()| submit(true))
                    saved_text=|t| t.programme_saved stale_text=|t| t.programme_stale
                    taken_text=|t| t.programme_slug_taken button_text=|t| t.programme_save/>
            </form>
        </section>
    }
}

/// A field as its label names it, for the list of fields to correct.
fn field_name(i18n: crate::i18n::I18n, field: &str) -> String {
    let t = i18n.team();
    let (base, lang) = match field.rsplit_once('.') {
        Some((base, lang @ ("fr" | "en"))) => (base, Some(lang)),
        _ => (field.split(['[', '.']).next().unwrap_or(field), None),
    };
    let label = match base {
        "slug" => t.programme_slug,
        "title" => t.programme_title,
        "summary" => t.programme_summary,
        "domains" => t.programme_domains,
        "modes" => t.programme_modes,
        "languages" => t.programme_languages,
        "poles" => t.programme_poles,
        "institution" => t.programme_institution,
        "ects" => t.programme_ects,
        "duration_months" => t.programme_duration,
        "capacity" => t.programme_capacity,
        "start_dates" => t.programme_starts,
        "application" if field.ends_with("opens") => t.programme_opens,
        "application" => t.programme_closes,
        "fees_eur" => t.programme_fees_eur,
        "fees_note" => t.programme_fees_note,
        "objectives" => t.programme_objectives,
        "prerequisites" => t.programme_prerequisites,
        "admission" => t.programme_admission,
        "careers" => t.programme_careers,
        "contact_email" => t.programme_email,
        "url" => t.programme_url,
        other => return other.to_owned(),
    };
    match lang {
        Some(lang) => super::form_parts::in_lang(label, lang, i18n),
        None => label.to_owned(),
    }
}

/// The start dates: one date control each, one more added, one removed.
#[component]
fn StartDates(check: FormCheck, dates: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let error = check.error_of("start_dates");
    let t = move || i18n.team();
    let rows = move || {
        let count = dates.with(Vec::len);
        (0..count)
            .map(|i| {
                let id = check.control_id(&format!("start_dates[{i}]"));
                view! {
                    <li class="team__date">
                        <label for=id.clone()>{move || (t().programme_start)(i + 1)}</label>
                        <input id=id type="date"
                            prop:value=move || dates.with(|d| d.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                dates.update(|d| if let Some(slot) = d.get_mut(i) { *slot = value });
                            }/>
                        {(count > 1).then(|| view! {
                            <button type="button" class="link-button"
                                on:click=move |_| dates.update(|d| { if i < d.len() { d.remove(i); } })>
                                {move || (t().programme_start_remove)(i + 1)}
                            </button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset id="programme-start_dates" class="field" aria-describedby="programme-start_dates-error">
            <legend>{move || t().programme_starts}</legend>
            <ul class="team__dates" role="list">{rows}</ul>
            {move || (dates.with(Vec::len) < limits::START_DATES).then(|| view! {
                <button type="button" class="button button--secondary"
                    on:click=move |_| dates.update(|d| d.push(String::new()))>
                    {move || t().programme_start_add}
                </button>
            })}
            <p id="programme-start_dates-error" class="field__error">{move || error.get()}</p>
        </fieldset>
    }
}
