use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// Pages linked around `page`: the first, the last, and two on each side, so hundreds of
/// pages stay a short list that still reaches both ends.
pub fn shown_pages(page: u32, pages: u32) -> Vec<u32> {
    (1..=pages)
        .filter(|n| *n == 1 || *n == pages || n.abs_diff(page) <= 2)
        .collect()
}

/// Links to the result pages; each page is its own URL.
#[component]
pub fn Pagination(
    #[prop(into)] page: Signal<u32>,
    #[prop(into)] pages: Signal<u32>,
    /// The URL of a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = move |n: u32, label: String, rel: Option<&'static str>| {
        // The new page's results replace these links: the focus goes to their count, which
        // also announces them, and the next Tab reaches the results (RGAA 12.8).
        view! {
            <A href=move || href.run(n) attr:rel=rel attr:class="pagination__link"
                on:click=move |_| super::focus_results_count()>{label}</A>
        }
    };
    view! {
        <Show when=move || { pages.get() > 1 }>
            <nav class="pagination" aria-label=move || i18n.pages().pagination_label>
                <ul role="list">
                    {move || {
                        let (page, pages) = (page.get(), pages.get());
                        let t = i18n.pages();
                        let mut items = Vec::new();
                        if page > 1 {
                            items.push(view! { <li>{link(page - 1, t.page_prev.to_owned(), Some("prev"))}</li> }.into_any());
                        }
                        let mut last_shown = 0;
                        for n in shown_pages(page, pages) {
                            if n > last_shown + 1 {
                                items.push(view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any());
                            }
                            last_shown = n;
                            let item = if n == page {
                                view! { <li><span class="pagination__current" aria-current="page">{(t.page_n)(n)}</span></li> }.into_any()
                            } else {
                                view! { <li>{link(n, (t.page_n)(n), None)}</li> }.into_any()
                            };
                            items.push(item);
                        }
                        if page < pages {
                            items.push(view! { <li>{link(page + 1, t.page_next.to_owned(), Some("next"))}</li> }.into_any());
                        }
                        items
                    }}
                </ul>
            </nav>
        </Show>
    }
}
