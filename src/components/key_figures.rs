use leptos::prelude::*;
use model::{FactSource, KeyFigure};

use super::localised;
use crate::i18n::use_i18n;

/// The campus key figures as a definition-like list of big numbers.
#[component]
pub fn KeyFigures(figures: Vec<KeyFigure>) -> impl IntoView {
    let i18n = use_i18n();
    // One note per distinct source, after the list.
    let mut sources: Vec<FactSource> = Vec::new();
    for figure in &figures {
        if !sources.contains(&figure.source) {
            sources.push(figure.source.clone());
        }
    }
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
    view! {
        <ul class="figures" role="list">{items}</ul>
        {sources.into_iter().map(|source| view! { <FactSourceNote source/> }).collect_view()}
    }
}

/// "Situation en février 2022, d'après Innov'Asso": when and by whom facts were published,
/// so that they never read as today's.
#[component]
pub fn FactSourceNote(source: FactSource) -> impl IntoView {
    let i18n = use_i18n();
    let (year, month) = source.year_month().unwrap_or((0, 1));
    // The source is French (an article's title, a publication): on an English page it is
    // marked as French, for screen readers' pronunciation (RGAA 8.7).
    let sentence = move || {
        let fact_source = i18n.t().fact_source;
        let whole = fact_source(&source.by, year, month);
        let lead = fact_source("", year, month);
        let by = whole
            .strip_prefix(lead.as_str())
            .unwrap_or_default()
            .to_owned();
        match i18n.lang() {
            model::Lang::En if !by.is_empty() => {
                view! { {lead}<span lang="fr">{by}</span> }.into_any()
            }
            _ => whole.into_any(),
        }
    };
    view! {
        <p class="fact-source">{sentence}</p>
    }
}
