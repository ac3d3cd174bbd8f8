//! Form fields (the start-up space's profile, an application): a label, the control, a live character count and the
//! field's error, tied together with `aria-describedby` / `aria-invalid`.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A text field (one line or several) with its count and error.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Characters allowed; shows a live count when set.
    #[prop(optional)]
    max: Option<usize>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] kind: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count_id = format!("{id}-count");
    let error_id = format!("{id}-error");
    let described = {
        let (count_id, error_id) = (count_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if max.is_some() {
                ids.push(count_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            // No attribute rather than an empty list of ids (invalid HTML).
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).to_string();
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows aria-describedby=described.clone() aria-invalid=invalid
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type=kind.unwrap_or("text") aria-describedby=described.clone() aria-invalid=invalid
                prop:value=move || value.get() on:input=input/>
        }
        .into_any(),
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id>{move || label.get()}</label>
            {control}
            {max.map(|max| view! {
                <p id=count_id.clone() class="field__count"
                   class:field__count--over=move || value.with(|v| v.chars().count() > max)>
                    {move || (i18n.space().counter)(value.with(|v| v.chars().count()), max)}
                </p>
            })}
            <p id=error_id class="field__error">{move || error.get()}</p>
        </div>
    }
}

/// A menu's choices: "none" (the empty value, labelled `none`), then a vocabulary's
/// values in `lang`.
pub fn coded_choices<T: model::facet_search::Coded>(
    none: &str,
    lang: model::Lang,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), none.to_owned()))
        .chain(
            T::ALL
                .iter()
                .map(|v| (v.code().to_owned(), v.label(lang).to_owned())),
        )
        .collect()
}

/// A `<select>` whose shown choice always follows `value`. The options' `selected`
/// attribute only sets the *default*: once the member has picked something, a change of the
/// edit from elsewhere (a restored draft, a resolved conflict) would leave the old choice
/// on screen. So the element's `value` property is set after its options exist, and again
/// whenever `value` changes.
#[component]
pub fn ChoiceSelect(
    id: String,
    /// (value, label) of each option, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move || {
        let current = value.get();
        // Read so that new options (another language) re-apply the value.
        options.track();
        if let Some(el) = select.get() {
            if el.value() != current {
                el.set_value(&current);
            }
        }
    });
    view! {
        <select id=id node_ref=select on:change=move |ev| on_change.run(event_target_value(&ev))>
            <For each=move || options.get() key=|o| o.clone() children=move |(code, label): (String, String)| {
                view! { <option value=code.clone() selected=move || value.with(|v| *v == code)>{label}</option> }
            }/>
        </select>
    }
}

/// Boxes to tick in a `fieldset`: the chosen values' codes in `value`, in the options'
/// order.
#[component]
pub fn CheckGroup(
    id: String,
    #[prop(into)] legend: Signal<String>,
    /// (value, label) of each box, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    value: RwSignal<Vec<String>>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    let boxes = {
        let id = id.clone();
        move || {
            let order = options.get();
            order
                .clone()
                .into_iter()
                .map(|(code, label)| {
                    let box_id = format!("{id}-{code}");
                    let order = order.clone();
                    let (checked_code, toggled_code) = (code.clone(), code.clone());
                    view! {
                        <li class="check">
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || value.with(|v| v.contains(&checked_code))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    value.update(|chosen| {
                                        chosen.retain(|c| *c != toggled_code);
                                        if on {
                                            chosen.push(toggled_code.clone());
                                            chosen.sort_by_key(|c| order.iter().position(|(o, _)| o == c));
                                        }
                                    });
                                }/>
                            <label for=box_id>{label}</label>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <fieldset id=id class="field" aria-describedby=described
            class:field--invalid=move || error.with(Option::is_some)>
            <legend>{move || legend.get()}</legend>
            <ul class="checks" role="list">{boxes}</ul>
            <p id=error_id class="field__error">{move || error.get()}</p>
        </fieldset>
    }
}

/// An account's e-mail and password as the sign-in forms ask them, named so that the
/// browser's password manager fills them: `{prefix}-email` and `{prefix}-password`.
#[component]
pub fn Credentials(
    prefix: &'static str,
    #[prop(into)] email_label: Signal<String>,
    #[prop(into)] password_label: Signal<String>,
    email: RwSignal<String>,
    password: RwSignal<String>,
) -> impl IntoView {
    let (email_id, password_id) = (format!("{prefix}-email"), format!("{prefix}-password"));
    view! {
        <div class="field">
            <label for=email_id.clone()>{move || email_label.get()}</label>
            <input id=email_id type="email" autocomplete="username" required
                prop:value=move || email.get()
                on:input=move |ev| email.set(event_target_value(&ev))/>
        </div>
        <div class="field">
            <label for=password_id.clone()>{move || password_label.get()}</label>
            <input id=password_id type="password" autocomplete="current-password" required
                prop:value=move || password.get()
                on:input=move |ev| password.set(event_target_value(&ev))/>
        </div>
    }
}
