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
/// search in the portal. Values with no result stay visible (disabled) unless selected,
/// so the layout does not jump while filtering.
#[component]
pub fn FacetGroup(
    #[prop(into)] legend: Signal<String>,
    /// Unique among the page's facets; used for element ids.
    name: &'static str,
    #[prop(into)] options: Signal<Vec<FacetOption>>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    view! {
        <fieldset class="facet">
            <legend class="facet__legend">{move || legend.get()}</legend>
            <ul class="facet__options" role="list">
                <For
                    each=move || options.get()
                    key=|o| (o.value.clone(), o.count, o.checked, o.label.clone())
                    children=move |option| {
                        let id = format!("facet-{name}-{}", option.value);
                        let value = option.value.clone();
                        let disabled = option.count == 0 && !option.checked;
                        view! {
                            <li class="facet__option" class:facet__option--empty=disabled>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=option.checked
                                    disabled=disabled
                                    on:change=move |_| on_toggle.run(value.clone())
                                />
                                <label for=id>
                                    <span class="facet__label">{option.label.clone()}</span>
                                    <span class="facet__count">{option.count}</span>
                                </label>
                            </li>
                        }
                    }
                />
            </ul>
        </fieldset>
    }
}
