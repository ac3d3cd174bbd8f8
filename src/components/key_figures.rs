use leptos::prelude::*;
use model::KeyFigure;

use super::localised;
use crate::i18n::use_i18n;

/// The campus key figures as a definition-like list of big numbers.
#[component]
pub fn KeyFigures(figures: Vec<KeyFigure>) -> impl IntoView {
    let i18n = use_i18n();
    let items = figures
        .into_iter()
        .map(|figure| {
            let detail = figure
                .detail
                .map(|d| view! { <span class="figure__detail">{localised(i18n, d)}</span> });
            view! {
                <li class="figure">
                    <span class="figure__value">{localised(i18n, figure.value)}</span>
                    " "
                    <span class="figure__label">{localised(i18n, figure.label)}</span>
                    {detail}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="figures" role="list">{items}</ul> }
}
