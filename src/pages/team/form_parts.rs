//! What the team's forms share (a programme's, an event's): their broken rules, shown once
//! a save was tried and then following the typing, each field's error under its control,
//! the list of fields to correct (in the form's order, each a link to its control, focused
//! when a save is refused), a text in French and English side by side, and a number typed
//! as text.

use leptos::{html, prelude::*};
use model::{directory::FieldError, Localised};

use super::writes::{busy, error_text, team_write};
use crate::{
    api::{self, ApiError},
    components::TextField,
    data::use_data,
    i18n::{use_i18n, TeamTexts},
};

/// A text in both languages, as its two controls hold it.
#[derive(Clone, Copy)]
pub struct Pair {
    pub fr: RwSignal<String>,
    pub en: RwSignal<String>,
}

impl Pair {
    pub fn of(text: &Localised) -> Pair {
        Pair {
            fr: RwSignal::new(text.fr.clone()),
            en: RwSignal::new(text.en.clone()),
        }
    }

    pub fn blank() -> Pair {
        Pair::of(&Localised::new("", ""))
    }

    pub fn read(&self) -> Localised {
        Localised::new(self.fr.get(), self.en.get())
    }

    pub fn is_empty(&self) -> bool {
        self.fr.with(|t| t.trim().is_empty()) && self.en.with(|t| t.trim().is_empty())
    }
}

/// A form's rules and where it shows them.
#[derive(Clone, Copy)]
pub struct FormCheck {
    /// Prefix of the controls' ids (`programme` gives `programme-title-fr`).
    prefix: &'static str,
    /// The control that shows a field the form has no control of its own for.
    alias: fn(&str) -> Option<&'static str>,
    tried: RwSignal<bool>,
    from_server: RwSignal<Vec<FieldError>>,
    errors: Memo<Vec<FieldError>>,
    summary: NodeRef<html::Div>,
}

impl FormCheck {
    /// `rules` reads the typed form (tracked); `order` lists the fields' names in the
    /// form's order.
    pub fn new(
        prefix: &'static str,
        order: &'static [&'static str],
        alias: fn(&str) -> Option<&'static str>,
        rules: impl Fn() -> Vec<FieldError> + Send + Sync + 'static,
    ) -> FormCheck {
        let tried = RwSignal::new(false);
        let from_server = RwSignal::new(Vec::<FieldError>::new());
        let errors = Memo::new(move |_| {
            let mut errors = if tried.get() { rules() } else { Vec::new() };
            errors.extend(from_server.get());
            errors.sort_by_key(|e| order.iter().position(|f| e.field.starts_with(f)));
            errors
        });
        FormCheck {
            prefix,
            alias,
            tried,
            from_server,
            errors,
            summary: NodeRef::new(),
        }
    }

    /// The id of a field's control: `title.fr` → `programme-title-fr`.
    pub fn control_id(&self, field: &str) -> String {
        let field = (self.alias)(field).unwrap_or(field);
        let mut id = format!("{}-", self.prefix);
        for c in field.chars() {
            match c {
                '.' | '[' => id.push('-'),
                ']' => {}
                c => id.push(c),
            }
        }
        id
    }

    /// A field's first broken rule, in the page's language (a list's too: `poles`
    /// covers `poles[1]`, `place` covers `place.address`).
    pub fn error_of(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let (field, errors) = (field.into(), self.errors);
        let i18n = use_i18n();
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
    }

    /// A save is asked: whether the typed form meets the rules. If not, the list of
    /// fields to correct takes the focus once drawn.
    pub fn passes(&self, problems: &[FieldError]) -> bool {
        self.tried.set(true);
        self.from_server.set(Vec::new());
        if problems.is_empty() {
            return true;
        }
        let summary = self.summary;
        // After the frame: the list is drawn (and shown) by then.
        request_animation_frame(move || {
            if let Some(summary) = summary.get_untracked() {
                let _ = summary.focus();
            }
        });
        false
    }

    /// The server's own field errors (a 422).
    pub fn server_said(&self, errors: Vec<FieldError>) {
        self.from_server.try_set(errors);
    }
}

/// The list of fields to correct, each linked to its control; `name` names a field as
/// its label does.
#[component]
pub fn ErrorSummary(
    check: FormCheck,
    #[prop(into)] intro: Signal<String>,
    name: fn(crate::i18n::I18n, &str) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    let errors = check.errors;
    let problems = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|e| {
                    let href = format!("#{}", check.control_id(&e.field));
                    let text = format!(
                        "{} — {}",
                        name(i18n, &e.field),
                        (i18n.space().reason)(&e.reason)
                    );
                    view! { <li><a href=href>{text}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <div node_ref=check.summary tabindex="-1" class="form__summary" role="alert">
            {move || (!errors.with(Vec::is_empty)).then(|| view! {
                <p>{move || intro.get()}</p>
                <ul>{problems}</ul>
            })}
        </div>
    }
}

/// The campus poles as a form's choices, named in the page's language once they have
/// loaded (their slugs until then).
pub fn pole_choices() -> impl Fn() -> Vec<(String, String)> + Send + Sync + 'static {
    let i18n = use_i18n();
    let poles = use_data().query(api::poles());
    move || match poles.ready() {
        Some(list) => list
            .iter()
            .map(|p| (p.slug.clone(), p.name.get(i18n.lang()).to_owned()))
            .collect(),
        None => model::POLE_SLUGS
            .iter()
            .map(|slug| ((*slug).to_owned(), (*slug).to_owned()))
            .collect(),
    }
}

/// A field's label with the language of its text: `Intitulé (français)`, and
/// `Précision (facultatif, français)` when the label ends with a parenthesis already.
pub fn in_lang(label: &str, lang: &str, i18n: crate::i18n::I18n) -> String {
    let lang = (i18n.team().programme_in)(lang);
    match label.strip_suffix(')') {
        Some(open) => format!("{open}, {lang})"),
        None => format!("{label} ({lang})"),
    }
}

/// A text in French and English side by side (`rows`: several lines).
pub fn pair(
    check: FormCheck,
    pair: Pair,
    field: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    max: usize,
    rows: Option<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let control = move |lang: &'static str, value: RwSignal<String>| {
        let field = format!("{field}.{lang}");
        let id = check.control_id(&field);
        let error = check.error_of(field);
        let label = Signal::derive(move || in_lang(label(), lang, i18n));
        let on_input = Callback::new(move |v| value.set(v));
        match rows {
            Some(rows) => view! { <TextField id label value on_input max error rows/> }.into_any(),
            None => view! { <TextField id label value on_input max error/> }.into_any(),
        }
    };
    view! {
        <div class="bilingual">
            {control("fr", pair.fr)}
            {control("en", pair.en)}
        </div>
    }
}

/// A one-line text (`kind`: the input's type: `text`, `email`, `url`, `date`,
/// `datetime-local`); a number is typed as text, since a number control would drop what
/// is not one.
pub fn line(
    check: FormCheck,
    value: RwSignal<String>,
    field: &'static str,
    kind: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <TextField id=check.control_id(field) kind label=Signal::derive(move || label().to_owned())
            value on_input=Callback::new(move |v| value.set(v)) error=check.error_of(field)/>
    }
}

/// A box to tick, with its label.
pub fn tick(
    check: FormCheck,
    value: RwSignal<bool>,
    field: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = check.control_id(field);
    view! {
        <div class="check">
            <input type="checkbox" id=id.clone() prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))/>
            <label for=id>{label}</label>
        </div>
    }
}

/// A form's save over the version it read (none: a new record). Its outcome stays in the
/// action; a refused save keeps everything typed on screen, and after a creation the
/// address names the new record.
pub struct VersionedSave<I: Send + Sync + 'static> {
    action: Action<(I, bool), Result<u32, ApiError>>,
    saved: RwSignal<bool>,
}

// By hand: a derive would ask the record to be `Copy`, when only the handles are.
impl<I: Send + Sync + 'static> Clone for VersionedSave<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: Send + Sync + 'static> Copy for VersionedSave<I> {}

impl<I: Clone + Send + Sync + 'static> VersionedSave<I> {
    /// `run(record, version, over, csrf)` writes and answers the new version; `version`
    /// is `None` for a new record, and `over` asks to write over whatever is stored.
    /// `address` is the record's view, taken after a creation.
    pub fn new<Fut>(
        check: FormCheck,
        version: Option<u32>,
        run: impl Fn(I, Option<u32>, bool, String) -> Fut + 'static,
        address: impl Fn() -> String + 'static,
    ) -> VersionedSave<I>
    where
        Fut: std::future::Future<Output = Result<u32, ApiError>> + 'static,
    {
        let version = RwSignal::new(version);
        let saved = RwSignal::new(false);
        let action = team_write(move |(record, over): &(I, bool), csrf| {
            run(record.clone(), version.get_untracked(), *over, csrf)
        });
        Effect::new(move |_| match action.value().get() {
            Some(Ok(written)) => {
                let created = version.get_untracked().is_none();
                version.try_set(Some(written));
                saved.try_set(true);
                if created {
                    if let Ok(history) = window().history() {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&address()),
                        );
                    }
                }
            }
            Some(Err(ApiError::Status {
                status: 422,
                problem,
            })) => check.server_said(problem.map(|p| p.errors).unwrap_or_default()),
            _ => {}
        });
        VersionedSave { action, saved }
    }

    /// Sends the typed `record` if it meets the rules (`problems` empty).
    pub fn submit(&self, check: FormCheck, (record, problems): (I, Vec<FieldError>), over: bool) {
        if self.action.pending().get_untracked() {
            return;
        }
        self.saved.set(false);
        if check.passes(&problems) {
            self.action.dispatch((record, over));
        }
    }
}

/// Under a form: its save's outcome (saved; a colleague's change, with the choice to save
/// over it; another failure, `taken` for an identifier in use) and the save button.
#[component]
pub fn SaveBar<I: Clone + Send + Sync + 'static>(
    save: VersionedSave<I>,
    /// Sends the form again over whatever is stored.
    save_over: Callback<()>,
    saved_text: fn(&TeamTexts) -> &'static str,
    stale_text: fn(&TeamTexts) -> &'static str,
    taken_text: fn(&TeamTexts) -> &'static str,
    button_text: fn(&TeamTexts) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let action = save.action;
    let stale = move || {
        action
            .value()
            .with(|v| matches!(v, Some(Err(ApiError::Status { status: 412, .. }))))
    };
    let failed = move || {
        action.value().with(|v| match v {
            Some(Err(ApiError::Status {
                status: 412 | 422, ..
            })) => None,
            Some(Err(ApiError::Status { status: 409, .. })) => Some(taken_text(t()).to_owned()),
            Some(Err(error)) => Some(error_text(i18n, error)),
            _ => None,
        })
    };
    view! {
        <div role="status">
            {move || save.saved.get().then(|| view! { <p class="notice notice--success">{move || saved_text(t())}</p> })}
        </div>
        <p class="form__error" role="alert">{failed}</p>
        {move || stale().then(|| view! {
            <div class="notice" role="alert">
                <p>{move || stale_text(t())}</p>
                <button type="button" class="button button--danger" aria-disabled=busy(action)
                    on:click=move |_| save_over.run(())>
                    {move || t().programme_save_over}
                </button>
            </div>
        })}
        <button type="submit" class="button button--primary" aria-disabled=busy(action)>
            {move || if action.pending().get() { t().programme_saving } else { button_text(t()) }}
        </button>
    }
}
