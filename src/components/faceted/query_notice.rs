use leptos::prelude::*;
use model::facet_search::QueryIssue;

use crate::i18n::use_i18n;

/// Says which parts of the address were not understood (and so ignored), instead of
/// failing or silently showing something else.
#[component]
pub fn QueryNotice(issues: Memo<Vec<QueryIssue>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !issues.with(Vec::is_empty)>
            <div class="notice notice--warning" role="status">
                <p>{move || i18n.pages().query_notice}</p>
                <ul>
                    {move || issues.get().into_iter().map(|i| view! {
                        <li><code>{format!("{}={}", i.parameter, i.value)}</code></li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
