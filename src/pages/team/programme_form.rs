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
    directory::FieldError,
    team::TeamProgramme,
};

use super::{
    dashboard::team_href,
    programme_fields::{Pair, ProgrammeFields},
    writes::{busy, error_text, team_read, team_write},
};
use crate::{
    api::{self, team, ApiError},
    components::{coded_choices, CheckGroup, ChoiceSelect, ErrorView, Loading, TextField},
    data::use_data,
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

/// The id of a field's control: `title.fr` → `programme-title-fr`. The institution's
/// slug is made from its name: its control is the name's.
fn control_id(field: &str) -> String {
    if field.starts_with("institution") {
        return "programme-institution-name".into();
    }
    let mut id = String::from("programme-");
    for c in field.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}

#[component]
pub fn ProgrammeForm(loaded: Option<TeamProgramme>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let fields = loaded.as_ref().map_or_else(ProgrammeFields::empty, |l| {
        ProgrammeFields::of(&l.programme)
    });
    let version = RwSignal::new(loaded.as_ref().map(|l| l.version));
    let archived = loaded.as_ref().is_some_and(|l| l.archived);
    let heading_title =
        StoredValue::new(loaded.as_ref().map(|l| l.programme.summary.title.clone()));
    // Rules are shown once a save was tried, then follow the typing.
    let tried = RwSignal::new(false);
    let from_server = RwSignal::new(Vec::<FieldError>::new());
    let errors = Memo::new(move |_| {
        let mut errors = if tried.get() {
            fields.read().1
        } else {
            Vec::new()
        };
        errors.extend(from_server.get());
        // In the form's order, so the list reads as the page does.
        errors.sort_by_key(|e| FORM_ORDER.iter().position(|f| e.field.starts_with(f)));
        errors
    });
    // A field's first broken rule (a list's too: `poles` covers `poles[1]`).
    let error_of = move |field: String| {
        Signal::derive(move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| {
                        e.field == field
                            || e.field
                                .strip_prefix(field.as_str())
                                .is_some_and(|rest| rest.starts_with(['[', '.']))
                    })
                    .map(|e| (i18n.space().reason)(&e.reason))
            })
        })
    };
    let poles = use_data().query(api::poles());
    let pole_choices = move || match poles.ready() {
        Some(list) => list
            .iter()
            .map(|p| (p.slug.clone(), p.name.get(i18n.lang()).to_owned()))
            .collect::<Vec<_>>(),
        None => model::POLE_SLUGS
            .iter()
            .map(|slug| ((*slug).to_owned(), (*slug).to_owned()))
            .collect(),
    };
    let saved = RwSignal::new(false);
    let save = team_write(move |(programme, over): &(Programme, bool), csrf| {
        let (programme, over, version) = (programme.clone(), *over, version.get_untracked());
        async move {
            match version {
                None => team::create_programme(&programme, &csrf).await,
                Some(v) => team::edit_programme(&programme, (!over).then_some(v), &csrf).await,
            }
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(written)) => {
            let created = version.get_untracked().is_none();
            version.try_set(Some(written.version));
            saved.try_set(true);
            if created {
                // The form now edits what it created: its address says so.
                let address = team_href(
                    i18n.lang(),
                    &format!("programme={}", written.programme.summary.slug),
                );
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&address),
                    );
                }
            }
        }
        Some(Err(ApiError::Status {
            status: 422,
            problem,
        })) => {
            from_server.try_set(problem.map(|p| p.errors).unwrap_or_default());
        }
        _ => {}
    });
    let summary = NodeRef::<leptos::html::Div>::new();
    let submit = move |over: bool| {
        if save.pending().get_untracked() {
            return;
        }
        tried.set(true);
        from_server.set(Vec::new());
        saved.set(false);
        let (programme, problems) = fields.read();
        if problems.is_empty() {
            save.dispatch((programme, over));
        } else {
            // After the frame: the list is drawn (and shown) by then.
            request_animation_frame(move || {
                if let Some(summary) = summary.get_untracked() {
                    let _ = summary.focus();
                }
            });
        }
    };
    let stale = move || {
        save.value()
            .with(|v| matches!(v, Some(Err(ApiError::Status { status: 412, .. }))))
    };
    let failed = move || {
        save.value().with(|v| match v {
            Some(Err(ApiError::Status {
                status: 412 | 422, ..
            })) => None,
            Some(Err(ApiError::Status { status: 409, .. })) => {
                Some(t().programme_slug_taken.to_owned())
            }
            Some(Err(error)) => Some(error_text(i18n, error)),
            _ => None,
        })
    };
    let problems = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|e| {
                    let href = format!("#{}", control_id(&e.field));
                    let text = format!(
                        "{} — {}",
                        field_name(i18n, &e.field),
                        (i18n.space().reason)(&e.reason)
                    );
                    view! { <li><a href=href>{text}</a></li> }
                })
                .collect_view()
        })
    };
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
                <div node_ref=summary tabindex="-1" class="form__summary" role="alert">
                    {move || (!errors.with(Vec::is_empty)).then(|| view! {
                        <p>{move || t().programme_fix}</p>
                        <ul>{problems}</ul>
                    })}
                </div>
                <fieldset class="form__group">
                    <legend>{move || t().programme_about}</legend>
                    {is_new.then(|| view! {
                        <TextField id=control_id("slug") label=Signal::derive(move || t().programme_slug.to_owned())
                            value=fields.slug on_input=Callback::new(move |v| fields.slug.set(v))
                            max=model::SLUG_MAX_LEN error=error_of("slug".into())/>
                        <p class="field__hint">{move || t().programme_slug_hint}</p>
                    })}
                    {pair(fields.title, "title", move || t().programme_title, limits::TITLE, None, error_of)}
                    {pair(fields.summary, "summary", move || t().programme_summary, limits::SUMMARY, Some(3), error_of)}
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
                    <CheckGroup id=control_id("domains") legend=Signal::derive(move || t().programme_domains.to_owned())
                        options=Signal::derive(move || coded_choices::<Domain>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.domains error=error_of("domains".into())/>
                    <CheckGroup id=control_id("modes") legend=Signal::derive(move || t().programme_modes.to_owned())
                        options=Signal::derive(move || coded_choices::<Mode>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.modes error=error_of("modes".into())/>
                    <CheckGroup id=control_id("languages") legend=Signal::derive(move || t().programme_languages.to_owned())
                        options=Signal::derive(move || coded_choices::<TeachingLanguage>("", i18n.lang()).into_iter().skip(1).collect::<Vec<_>>())
                        value=fields.languages error=error_of("languages".into())/>
                    <CheckGroup id=control_id("poles") legend=Signal::derive(move || t().programme_poles.to_owned())
                        options=Signal::derive(pole_choices)
                        value=fields.poles error=error_of("poles".into())/>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_organisation}</legend>
                    <TextField id=control_id("institution.name") label=Signal::derive(move || t().programme_institution.to_owned())
                        value=fields.institution on_input=Callback::new(move |v| fields.institution.set(v))
                        max=limits::INSTITUTION error=error_of("institution".into())/>
                    <div class="field-row">
                        {number(fields.duration_months, "duration_months", move || t().programme_duration, error_of)}
                        {number(fields.ects, "ects", move || t().programme_ects, error_of)}
                        {number(fields.capacity, "capacity", move || t().programme_capacity, error_of)}
                    </div>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_calendar}</legend>
                    <StartDates dates=fields.start_dates error=error_of("start_dates".into())/>
                    <div class="field-row">
                        <TextField id=control_id("application.opens") kind="date" label=Signal::derive(move || t().programme_opens.to_owned())
                            value=fields.opens on_input=Callback::new(move |v| fields.opens.set(v)) error=error_of("application.opens".into())/>
                        <TextField id=control_id("application.closes") kind="date" label=Signal::derive(move || t().programme_closes.to_owned())
                            value=fields.closes on_input=Callback::new(move |v| fields.closes.set(v)) error=error_of("application.closes".into())/>
                    </div>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_fees}</legend>
                    {number(fields.fees_eur, "fees_eur", move || t().programme_fees_eur, error_of)}
                    {pair(fields.fees_note, "fees_note", move || t().programme_fees_note, limits::NOTE, None, error_of)}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_content}</legend>
                    {pair(fields.objectives, "objectives", move || t().programme_objectives, limits::TEXT, Some(5), error_of)}
                    {pair(fields.prerequisites, "prerequisites", move || t().programme_prerequisites, limits::TEXT, Some(4), error_of)}
                    {pair(fields.admission, "admission", move || t().programme_admission, limits::TEXT, Some(4), error_of)}
                    {pair(fields.careers, "careers", move || t().programme_careers, limits::TEXT, Some(4), error_of)}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().programme_contact}</legend>
                    <div class="field-row">
                        <TextField id=control_id("contact_email") kind="email" label=Signal::derive(move || t().programme_email.to_owned())
                            value=fields.contact_email on_input=Callback::new(move |v| fields.contact_email.set(v)) error=error_of("contact_email".into())/>
                        <TextField id=control_id("url") kind="url" label=Signal::derive(move || t().programme_url.to_owned())
                            value=fields.url on_input=Callback::new(move |v| fields.url.set(v)) error=error_of("url".into())/>
                    </div>
                    <div class="check">
                        <input type="checkbox" id="programme-sample" prop:checked=move || fields.sample.get()
                            on:change=move |ev| fields.sample.set(event_target_checked(&ev))/>
                        <label for="programme-sample">{move || t().programme_sample}</label>
                    </div>
                </fieldset>
                <div role="status">
                    {move || saved.get().then(|| view! { <p class="notice notice--success">{move || t().programme_saved}</p> })}
                </div>
                <p class="form__error" role="alert">{failed}</p>
                {move || stale().then(|| view! {
                    <div class="notice" role="alert">
                        <p>{move || t().programme_stale}</p>
                        <button type="button" class="button button--danger" aria-disabled=busy(save)
                            on:click=move |_| submit(true)>
                            {move || t().programme_save_over}
                        </button>
                    </div>
                })}
                <button type="submit" class="button button--primary" aria-disabled=busy(save)>
                    {move || if save.pending().get() { t().programme_saving } else { t().programme_save }}
                </button>
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
        Some(lang) => format!("{label} ({})", (t.programme_in)(lang)),
        None => label.to_owned(),
    }
}

/// A text in French and English side by side.
fn pair(
    pair: Pair,
    field: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    max: usize,
    rows: Option<u32>,
    error_of: impl Fn(String) -> Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let in_lang = move |lang: &'static str| {
        Signal::derive(move || format!("{} ({})", label(), (i18n.team().programme_in)(lang)))
    };
    let (fr_field, en_field) = (format!("{field}.fr"), format!("{field}.en"));
    let (fr, en) = (pair.fr, pair.en);
    let control = |id: String, label, value: RwSignal<String>, error| match rows {
        Some(rows) => view! {
            <TextField id label value on_input=Callback::new(move |v| value.set(v)) max error rows/>
        }
        .into_any(),
        None => view! {
            <TextField id label value on_input=Callback::new(move |v| value.set(v)) max error/>
        }
        .into_any(),
    };
    view! {
        <div class="bilingual">
            {control(control_id(&fr_field), in_lang("fr"), fr, error_of(fr_field))}
            {control(control_id(&en_field), in_lang("en"), en, error_of(en_field))}
        </div>
    }
}

/// A whole number, typed as text (a number control would drop what is not one).
fn number(
    value: RwSignal<String>,
    field: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    error_of: impl Fn(String) -> Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <TextField id=control_id(field) kind="text" label=Signal::derive(move || label().to_owned())
            value on_input=Callback::new(move |v| value.set(v)) error=error_of(field.into())/>
    }
}

/// The start dates: one date control each, one more added, one removed.
#[component]
fn StartDates(dates: RwSignal<Vec<String>>, error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let rows = move || {
        let count = dates.with(Vec::len);
        (0..count)
            .map(|i| {
                let id = control_id(&format!("start_dates[{i}]"));
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
