use leptos::prelude::*;

/// One value of a facet as shown: label, how many results it would give, and whether it
/// is selected.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: u32,
    pub checked: bool,
}

/// A facet as a fieldset of checkboxes with counts: the building block of every faceted
/// search in the portal. Each checkbox element lives as long as its value does (counts and
/// states update in place), so keyboard focus stays where the reader is. Values with no
/// result stay visible (disabled) unless selected, so the layout does not jump.
#[component]
pub fn FacetGroup(
    #[prop(into)] legend: Signal<String>,
    /// Unique among the page's facets; used for element ids.
    name: &'static str,
    #[prop(into)] options: Signal<Vec<FacetOption>>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    let values = Memo::new(move |_| {
        options.with(|os| os.iter().map(|o| o.value.clone()).collect::<Vec<_>>())
    });
    view! {
        <fieldset class="facet">
            <legend class="facet__legend">{move || legend.get()}</legend>
            <ul class="facet__options" role="list">
                <For
                    each=move || values.get()
                    key=|value| value.clone()
                    children=move |value| {
                        let id = format!("facet-{name}-{value}");
                        let current = {
                            let value = value.clone();
                            Memo::new(move |_| options.with(|os| os.iter().find(|o| o.value == value).cloned()))
                        };
                        let field = move |f: fn(&FacetOption) -> String| {
                            move || current.with(|o| o.as_ref().map(f).unwrap_or_default())
                        };
                        let checked = move || current.with(|o| o.as_ref().is_some_and(|o| o.checked));
                        let disabled = move || current.with(|o| o.as_ref().is_some_and(|o| o.count == 0 && !o.checked));
                        view! {
                            <li class="facet__option" class:facet__option--empty=disabled>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=checked
                                    disabled=disabled
                                    on:change=move |_| on_toggle.run(value.clone())
                                />
                                <label for=id>
                                    <span class="facet__label">{field(|o| o.label.clone())}</span>
                                    <span class="facet__count">{field(|o| o.count.to_string())}</span>
                                </label>
                            </li>
                        }
                    }
                />
            </ul>
        </fieldset>
    }
}
