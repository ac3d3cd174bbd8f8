//! The application form in seven steps, one shown at a time: the steps' list (each a
//! button; the current one marked), the step's fields, then "previous" and "next". Moving
//! to a step puts the focus on its heading. Every field saves as it is typed.

use leptos::{html, prelude::*};
use model::{
    calls::{ApplicationForm, CeMarking, Founder, Hosting},
    directory::Stage,
    Date,
};

use super::{editor::Editor, submitted::SaveLine};
use crate::{
    api,
    components::{coded_choices, ChoiceSelect, TextField},
    data::use_data,
    i18n::{use_i18n, ApplyTexts},
};

mod finish;

const ANSWER_ROWS: u32 = 5;

/// A text field of the form (`field`, its JSON name), bound to `get` and `set`.
fn text(
    editor: Editor,
    field: &'static str,
    label: fn(&ApplyTexts) -> &'static str,
    get: fn(&ApplicationForm) -> String,
    set: fn(&mut ApplicationForm, String),
    max: usize,
    rows: Option<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("app-{field}");
    let on_input = Callback::new(move |value: String| editor.update(|f| set(f, value)));
    let label = Signal::derive(move || label(i18n.apply()).to_owned());
    let value = Signal::derive(move || editor.form.with(get));
    let error = editor.error(field);
    match rows {
        Some(rows) => view! { <TextField id label value on_input max error rows/> }.into_any(),
        None => view! { <TextField id label value on_input max error/> }.into_any(),
    }
}

fn company(editor: Editor) -> impl IntoView {
    use model::calls::limits::{LEGAL_FORM, NAME};
    let i18n = use_i18n();
    let founded = Signal::derive(move || {
        editor
            .form
            .with(|f| f.founded.map(|d| d.to_string()).unwrap_or_default())
    });
    view! {
        {text(editor, "company_name", |t| t.company_name, |f| f.company_name.clone(), |f, v| f.company_name = v, NAME, None)}
        {text(editor, "legal_form", |t| t.legal_form, |f| f.legal_form.clone(), |f, v| f.legal_form = v, LEGAL_FORM, None)}
        <div class="field">
            <TextField id="app-siren"
                label=Signal::derive(move || i18n.apply().siren.to_owned())
                value=Signal::derive(move || editor.form.with(|f| f.siren.clone()))
                on_input=Callback::new(move |v: String| editor.update(|f| f.siren = v))
                error=editor.error("siren")/>
            <p class="hint">{move || i18n.apply().siren_hint}</p>
        </div>
        <TextField id="app-founded" kind="date"
            label=Signal::derive(move || i18n.apply().founded.to_owned())
            value=founded
            on_input=Callback::new(move |v: String| editor.update(|f| f.founded = v.parse::<Date>().ok()))
            error=editor.error("founded")/>
    }
}

fn founders(editor: Editor) -> impl IntoView {
    use model::calls::limits::{FOUNDERS, LINK, PERSON, ROLE};
    let i18n = use_i18n();
    let count = Memo::new(move |_| editor.form.with(|f| f.founders.len()));
    let person = move |i: usize| {
        let field = move |get: fn(&Founder) -> String, set: fn(&mut Founder, String)| {
            (
                Signal::derive(move || {
                    editor
                        .form
                        .with(|f| f.founders.get(i).map(get).unwrap_or_default())
                }),
                Callback::new(move |v: String| {
                    editor.update(|f| {
                        if let Some(founder) = f.founders.get_mut(i) {
                            set(founder, v);
                        }
                    })
                }),
            )
        };
        let (name, on_name) = field(|p| p.name.clone(), |p, v| p.name = v);
        let (role, on_role) = field(|p| p.role.clone(), |p, v| p.role = v);
        let (link, on_link) = field(|p| p.research_link.clone(), |p, v| p.research_link = v);
        let full_time = move || {
            editor
                .form
                .with(|f| f.founders.get(i).is_some_and(|p| p.full_time))
        };
        let error_of = move |part: &'static str| editor.error_at(format!("founders[{i}].{part}"));
        let id = move |part: &str| format!("app-founder-{i}-{part}");
        view! {
            <fieldset class="founder">
                <legend>{move || (i18n.apply().founder)(i + 1)}</legend>
                <TextField id=id("name") label=Signal::derive(move || i18n.apply().founder_name.to_owned())
                    value=name on_input=on_name max=PERSON error=error_of("name")/>
                <TextField id=id("role") label=Signal::derive(move || i18n.apply().founder_role.to_owned())
                    value=role on_input=on_role max=ROLE error=error_of("role")/>
                <div class="field field--check">
                    <input id=id("full-time") type="checkbox" prop:checked=full_time
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            editor.update(|f| if let Some(p) = f.founders.get_mut(i) { p.full_time = on });
                        }/>
                    <label for=id("full-time")>{move || i18n.apply().full_time}</label>
                </div>
                <TextField id=id("research") label=Signal::derive(move || i18n.apply().research_link.to_owned())
                    value=link on_input=on_link max=LINK error=error_of("research_link")/>
                <button type="button" class="button button--secondary"
                    on:click=move |_| editor.update(|f| { if i < f.founders.len() { f.founders.remove(i); } })>
                    {move || i18n.apply().remove_founder}
                </button>
            </fieldset>
        }
    };
    view! {
        <p class="field__error" id="app-founders-error">{editor.error("founders")}</p>
        {move || (0..count.get()).map(person).collect_view()}
        <button type="button" class="button button--secondary"
            disabled=move || { count.get() >= FOUNDERS }
            on:click=move |_| editor.update(|f| f.founders.push(Founder::default()))>
            {move || i18n.apply().add_founder}
        </button>
    }
}

fn product(editor: Editor) -> impl IntoView {
    use model::calls::limits::ANSWER;
    let i18n = use_i18n();
    view! {
        {text(editor, "product", |t| t.product, |f| f.product.clone(), |f, v| f.product = v, ANSWER, Some(ANSWER_ROWS))}
        <div class="field">
            <label for="app-stage">{move || i18n.apply().stage}</label>
            <ChoiceSelect id="app-stage".to_owned()
                options=Signal::derive(move || coded_choices::<Stage>(i18n.apply().choose, i18n.lang()))
                value=Signal::derive(move || editor.form.with(|f| f.stage.map_or("", |s| s.code()).to_owned()))
                on_change=Callback::new(move |v: String| editor.update(|f| f.stage = Stage::from_code(&v)))/>
        </div>
    }
}

fn health(editor: Editor) -> impl IntoView {
    use model::calls::limits::ANSWER;
    view! {
        {text(editor, "health_problem", |t| t.health_problem, |f| f.health_problem.clone(), |f, v| f.health_problem = v, ANSWER, Some(ANSWER_ROWS))}
        {text(editor, "patients", |t| t.patients, |f| f.patients.clone(), |f, v| f.patients = v, ANSWER, Some(ANSWER_ROWS))}
    }
}

fn regulation(editor: Editor) -> impl IntoView {
    use model::calls::limits::ANSWER;
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="app-ce">{move || i18n.apply().ce_marking}</label>
            <ChoiceSelect id="app-ce".to_owned()
                options=Signal::derive(move || coded_choices::<CeMarking>(i18n.apply().choose, i18n.lang()))
                value=Signal::derive(move || editor.form.with(|f| f.ce_marking.map_or("", |s| s.code()).to_owned()))
                on_change=Callback::new(move |v: String| editor.update(|f| f.ce_marking = CeMarking::from_code(&v)))/>
        </div>
        <div class="field">
            <label for="app-hosting">{move || i18n.apply().hosting}</label>
            <ChoiceSelect id="app-hosting".to_owned()
                options=Signal::derive(move || coded_choices::<Hosting>(i18n.apply().choose, i18n.lang()))
                value=Signal::derive(move || editor.form.with(|f| f.hosting.map_or("", |s| s.code()).to_owned()))
                on_change=Callback::new(move |v: String| editor.update(|f| f.hosting = Hosting::from_code(&v)))/>
        </div>
        {text(editor, "data_protection", |t| t.data_protection, |f| f.data_protection.clone(), |f, v| f.data_protection = v, ANSWER, Some(ANSWER_ROWS))}
    }
}

fn campus(editor: Editor) -> impl IntoView {
    use model::calls::limits::ANSWER;
    let i18n = use_i18n();
    let poles = use_data().query(api::poles());
    let boxes = move || {
        poles.ready().map(|list| {
            list.iter()
                .map(|pole| {
                    let slug = pole.slug.clone();
                    let id = format!("app-pole-{slug}");
                    let checked = {
                        let slug = slug.clone();
                        move || editor.form.with(|f| f.poles.contains(&slug))
                    };
                    let name = pole.name.clone();
                    view! {
                        <div class="field--check">
                            <input id=id.clone() type="checkbox" prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let slug = slug.clone();
                                    editor.update(move |f| {
                                        f.poles.retain(|p| *p != slug);
                                        if on { f.poles.push(slug); }
                                    });
                                }/>
                            <label for=id>{move || name.get(i18n.lang()).to_owned()}</label>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <fieldset class="field">
            <legend>{move || i18n.apply().poles}</legend>
            {boxes}
            <p class="field__error">{editor.error("poles")}</p>
        </fieldset>
        {text(editor, "poles_why", |t| t.poles_why, |f| f.poles_why.clone(), |f, v| f.poles_why = v, ANSWER, Some(ANSWER_ROWS))}
        {text(editor, "needs", |t| t.needs, |f| f.needs.clone(), |f, v| f.needs = v, ANSWER, Some(ANSWER_ROWS))}
    }
}

#[component]
pub fn Steps(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let step = RwSignal::new(0usize);
    let heading = NodeRef::<html::H2>::new();
    let count = 7;
    let go = move |to: usize| {
        editor.save_now();
        step.set(to);
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    };
    let nav = move || {
        (0..count)
            .map(|i| {
                view! {
                    <li>
                        <button type="button" class="steps__step"
                            aria-current=move || (step.get() == i).then_some("step")
                            on:click=move |_| go(i)>
                            {move || format!("{}. {}", i + 1, i18n.apply().steps[i])}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let body = move || match step.get() {
        0 => company(editor).into_any(),
        1 => founders(editor).into_any(),
        2 => product(editor).into_any(),
        3 => health(editor).into_any(),
        4 => regulation(editor).into_any(),
        5 => campus(editor).into_any(),
        _ => view! { <finish::Finish editor go=Callback::new(go)/> }.into_any(),
    };
    view! {
        <p class="hint">{move || i18n.apply().required_note}</p>
        <nav class="steps" aria-label=move || i18n.apply().steps_label>
            <ol class="steps__list">{nav}</ol>
        </nav>
        <SaveLine editor/>
        <section class="step" aria-labelledby="step-heading">
            <h2 id="step-heading" tabindex="-1" node_ref=heading>
                {move || format!("{} — {}", (i18n.apply().step_of)(step.get() + 1, count), i18n.apply().steps[step.get()])}
            </h2>
            <form class="step__fields" novalidate on:submit=|ev| ev.prevent_default()>{body}</form>
            <div class="step__moves">
                {move || (step.get() > 0).then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| go(step.get() - 1)>
                        {move || i18n.apply().previous}
                    </button>
                })}
                {move || (step.get() + 1 < count).then(|| view! {
                    <button type="button" class="button button--primary" on:click=move |_| go(step.get() + 1)>
                        {move || i18n.apply().next}
                    </button>
                })}
            </div>
        </section>
    }
}
