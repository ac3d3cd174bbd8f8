//! An event's form (`?event=SLUG` to edit one, `?view=new-event` to add one): every field
//! of its page, French and English side by side, Paris wall-clock times, the place and
//! the online link, checked by the model's rules before it is sent and again by the
//! server. A new event never replaces one with its identifier; an edit names the version
//! it was made over, and if a colleague saved meanwhile nothing typed is lost.

use leptos::prelude::*;
use model::{
    agenda::{
        draft_limits as limits, Access, Audience, EventDraft, EventFormat, EventLanguage,
        EventStatus, EventType,
    },
    team::TeamEvent,
};

use super::{
    dashboard::team_href,
    event_fields::EventFields,
    form_parts::{line, pair, pole_choices, tick, ErrorSummary, FormCheck, SaveBar, VersionedSave},
    writes::team_read,
};
use crate::{
    api::{team, team::EventBase, ApiError},
    components::{coded_choices, CheckGroup, ChoiceSelect, ErrorView, Loading, TextField},
    i18n::use_i18n,
};

/// The form of event `slug`, once loaded.
#[component]
pub fn EventEdit(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let (loaded, reload) = team_read(move || {
        let slug = slug.clone();
        async move { team::event(&slug).await }
    });
    view! {
        {move || match loaded.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(ApiError::NotFound)) => view! {
                <h2 tabindex="-1">{move || i18n.team().no_such_event}</h2>
                <p><a href=move || team_href(i18n.lang(), "view=events")>{move || i18n.team().back_to_events}</a></p>
            }.into_any(),
            Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
            Some(Ok(loaded)) => view! { <EventForm loaded=Some(loaded)/> }.into_any(),
        }}
    }
}

/// The fields' names in the order the form shows them.
const FORM_ORDER: [&str; 24] = [
    "slug",
    "title",
    "summary",
    "description",
    "type",
    "audiences",
    "poles",
    "languages",
    "organiser",
    "start",
    "end",
    "all_day",
    "status",
    "format",
    "place",
    "access",
    "online_url",
    "registration_closes",
    "capacity",
    "reserved_seats",
    "free",
    "replay_url",
    "status_note",
    "sample",
];

/// A rule about the whole place is shown at its name.
fn alias(field: &str) -> Option<&'static str> {
    (field == "place").then_some("place.name.fr")
}

#[component]
pub fn EventForm(loaded: Option<TeamEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let fields = loaded
        .as_ref()
        .map_or_else(EventFields::empty, |l| EventFields::of(&l.draft));
    let was_cancelled = loaded
        .as_ref()
        .is_some_and(|l| l.draft.status == EventStatus::Cancelled);
    let heading_title = StoredValue::new(loaded.as_ref().map(|l| l.draft.title.clone()));
    let check = FormCheck::new("event", &FORM_ORDER, alias, move || fields.read().1);
    let pole_choices = pole_choices();
    // "Full" comes from the seats, and cancelling goes through the list (it tells the
    // registrants): the form offers scheduled and postponed, and keeps a cancellation.
    let statuses = move || {
        EventStatus::ALL
            .iter()
            .filter(|s| match s {
                EventStatus::Full => false,
                EventStatus::Cancelled => was_cancelled,
                _ => true,
            })
            .map(|s| (s.code().to_owned(), s.label(i18n.lang()).to_owned()))
            .collect::<Vec<_>>()
    };
    let save = VersionedSave::new(
        check,
        loaded.as_ref().map(|l| l.version),
        |draft: EventDraft, version, over, csrf| async move {
            let base = match (version, over) {
                (None, _) => EventBase::New,
                (Some(_), true) => EventBase::Any,
                (Some(v), false) => EventBase::Version(v),
            };
            team::save_event(&draft, base, &csrf)
                .await
                .map(|w| w.version)
        },
        move || {
            let slug = fields.slug.get_untracked();
            team_href(i18n.lang(), &format!("event={}", slug.trim()))
        },
    );
    let submit = move |over: bool| save.submit(check, fields.read(), over);
    let is_new = loaded.is_none();
    let heading = move || match heading_title.get_value() {
        None => t().event_add.to_owned(),
        Some(title) => (t().programme_edit_heading)(title.get(i18n.lang())),
    };
    let choices = move |all: Vec<(String, String)>| all.into_iter().skip(1).collect::<Vec<_>>();
    view! {
        <section class="team__event" aria-labelledby="team-event-heading">
            <p><a href=move || team_href(i18n.lang(), "view=events")>{move || t().back_to_events}</a></p>
            <h2 id="team-event-heading" tabindex="-1">{heading}</h2>
            <p>{move || t().event_form_intro}</p>
            <form class="form team__programme-form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                submit(false);
            }>
                <ErrorSummary check intro=Signal::derive(move || t().programme_fix.to_owned()) name=field_name/>
                <fieldset class="form__group">
                    <legend>{move || t().event_about}</legend>
                    {is_new.then(|| view! {
                        <TextField id=check.control_id("slug") label=Signal::derive(move || t().programme_slug.to_owned())
                            value=fields.slug on_input=Callback::new(move |v| fields.slug.set(v))
                            max=model::SLUG_MAX_LEN error=check.error_of("slug")/>
                        <p class="field__hint">{move || t().event_slug_hint}</p>
                    })}
                    {pair(check, fields.title, "title", move || t().programme_title, limits::TITLE, None)}
                    {pair(check, fields.summary, "summary", move || t().programme_summary, limits::SUMMARY, Some(3))}
                    {pair(check, fields.description, "description", move || t().event_description, limits::DESCRIPTION, Some(8))}
                    <div class="field">
                        <label for="event-type">{move || t().event_type}</label>
                        <ChoiceSelect id="event-type".to_owned()
                            options=Signal::derive(move || choices(coded_choices::<EventType>("", i18n.lang())))
                            value=fields.kind on_change=Callback::new(move |v| fields.kind.set(v))/>
                    </div>
                    <CheckGroup id=check.control_id("audiences") legend=Signal::derive(move || t().event_audiences.to_owned())
                        options=Signal::derive(move || choices(coded_choices::<Audience>("", i18n.lang())))
                        value=fields.audiences error=check.error_of("audiences")/>
                    <CheckGroup id=check.control_id("poles") legend=Signal::derive(move || t().programme_poles.to_owned())
                        options=Signal::derive(pole_choices)
                        value=fields.poles error=check.error_of("poles")/>
                    <CheckGroup id=check.control_id("languages") legend=Signal::derive(move || t().event_languages.to_owned())
                        options=Signal::derive(move || choices(coded_choices::<EventLanguage>("", i18n.lang())))
                        value=fields.languages error=check.error_of("languages")/>
                    <TextField id=check.control_id("organiser") label=Signal::derive(move || t().event_organiser.to_owned())
                        value=fields.organiser on_input=Callback::new(move |v| fields.organiser.set(v))
                        max=limits::ORGANISER error=check.error_of("organiser")/>
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().event_when}</legend>
                    <p class="field__hint">{move || t().event_when_hint}</p>
                    <div class="field-row">
                        {line(check, fields.start, "start", "datetime-local", move || t().event_start)}
                        {line(check, fields.end, "end", "datetime-local", move || t().event_end)}
                    </div>
                    {tick(check, fields.all_day, "all_day", move || t().event_all_day)}
                    <div class="field">
                        <label for="event-status">{move || t().event_status}</label>
                        <ChoiceSelect id="event-status".to_owned() options=Signal::derive(statuses)
                            value=fields.status on_change=Callback::new(move |v| fields.status.set(v))/>
                    </div>
                    {pair(check, fields.status_note, "status_note", move || t().event_status_note, limits::NOTE, Some(2))}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().event_where}</legend>
                    <div class="field">
                        <label for="event-format">{move || t().programme_format}</label>
                        <ChoiceSelect id="event-format".to_owned()
                            options=Signal::derive(move || choices(coded_choices::<EventFormat>("", i18n.lang())))
                            value=fields.format on_change=Callback::new(move |v| fields.format.set(v))/>
                    </div>
                    {pair(check, fields.place_name, "place.name", move || t().event_place, limits::PLACE, None)}
                    <TextField id=check.control_id("place.address") label=Signal::derive(move || t().event_address.to_owned())
                        value=fields.place_address on_input=Callback::new(move |v| fields.place_address.set(v))
                        max=limits::PLACE error=check.error_of("place.address")/>
                    {pair(check, fields.place_access, "place.access_info", move || t().event_access_info, limits::NOTE, Some(3))}
                    <CheckGroup id=check.control_id("access") legend=Signal::derive(move || t().event_access.to_owned())
                        options=Signal::derive(move || choices(coded_choices::<Access>("", i18n.lang())))
                        value=fields.access error=check.error_of("access")/>
                    {line(check, fields.online_url, "online_url", "url", move || t().event_online_url)}
                </fieldset>
                <fieldset class="form__group">
                    <legend>{move || t().event_registration}</legend>
                    {line(check, fields.registration_closes, "registration_closes", "datetime-local", move || t().event_closes)}
                    <div class="field-row">
                        {line(check, fields.capacity, "capacity", "text", move || t().event_capacity)}
                        {line(check, fields.reserved_seats, "reserved_seats", "text", move || t().event_reserved)}
                    </div>
                    {tick(check, fields.free, "free", move || t().event_free)}
                    {line(check, fields.replay_url, "replay_url", "url", move || t().event_replay_url)}
                    {tick(check, fields.sample, "sample", move || t().programme_sample)}
                </fieldset>
                <SaveBar save save_over=Callback::new(move |()| submit(true))
                    saved_text=|t| t.event_saved stale_text=|t| t.event_stale
                    taken_text=|t| t.event_slug_taken button_text=|t| t.event_save/>
            </form>
        </section>
    }
}

/// A field as its label names it, for the list of fields to correct.
fn field_name(i18n: crate::i18n::I18n, field: &str) -> String {
    let t = i18n.team();
    let (base, lang) = match field.rsplit_once('.') {
        Some((base, lang @ ("fr" | "en"))) => (base, Some(lang)),
        _ => (field.split('[').next().unwrap_or(field), None),
    };
    let label = match base {
        "slug" => t.programme_slug,
        "title" => t.programme_title,
        "summary" => t.programme_summary,
        "description" => t.event_description,
        "audiences" => t.event_audiences,
        "poles" => t.programme_poles,
        "languages" => t.event_languages,
        "organiser" => t.event_organiser,
        "start" => t.event_start,
        "end" => t.event_end,
        "status" => t.event_status,
        "status_note" => t.event_status_note,
        "place" | "place.name" => t.event_place,
        "place.address" => t.event_address,
        "place.access_info" => t.event_access_info,
        "access" => t.event_access,
        "online_url" => t.event_online_url,
        "registration_closes" => t.event_closes,
        "capacity" => t.event_capacity,
        "reserved_seats" => t.event_reserved,
        "replay_url" => t.event_replay_url,
        other => return other.to_owned(),
    };
    match lang {
        Some(lang) => super::form_parts::in_lang(label, lang, i18n),
        None => label.to_owned(),
    }
}
