use leptos::prelude::*;
use model::facet_search::MAX_QUERY_LEN;

/// The search field. What is typed stays exactly as typed (trailing spaces included)
/// while the URL holds the trimmed text; back/forward bring the field in line.
#[component]
pub fn SearchBox(
    /// The search text in the URL.
    #[prop(into)]
    current: Signal<String>,
    /// Runs at each keystroke with the new text.
    on_input: Callback<String>,
    /// Element id prefix, unique on the page.
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] hint: Signal<&'static str>,
) -> impl IntoView {
    let text = RwSignal::new(current.get_untracked());
    Effect::new(move |_| {
        let from_url = current.get();
        if from_url.trim() != text.get_untracked().trim() {
            text.set(from_url);
        }
    });
    let hint_id = format!("{id}-hint");
    view! {
        <form role="search" class="search-box" on:submit=move |ev| ev.prevent_default()>
            <label for=id class="search-box__label">{move || label.get()}</label>
            <input
                id=id
                class="search-box__input"
                type="search"
                name="q"
                autocomplete="off"
                maxlength=MAX_QUERY_LEN
                aria-describedby=hint_id.clone()
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    on_input.run(value);
                }
            />
            <p id=hint_id class="hint">{move || hint.get()}</p>
        </form>
    }
}
