//! A prerendered page's `<head>` elements, written from what its render stated
//! ([`PageHead`]) and where it is published: each element is a view, so the view
//! escapes the attributes the data fills, as in the page's body.

use leptos::prelude::*;
use model::{routes::Page, Lang};

use super::page_head::PageHead;
use crate::routes::{public_base, Href};

/// The elements, in the order they go into `<head>`: title, description, `noindex` (a
/// sample entry's page), JSON-LD, then the canonical address and the versions in each
/// language, which need the site's absolute address (`site`) and are left out of a page
/// kept out of search engines. `None` when the page stated no title or no description.
pub fn head_html(head: &PageHead, page: &Page, lang: Lang, site: Option<&str>) -> Option<String> {
    let title = head.title.clone()?;
    let description = head.description.clone()?;
    // The title's text is not a child view: a view marks the end of a text child (`<!>`)
    // for hydration, which `<title>`, whose content is raw text, would show.
    let title = model::text::escape_html(&title);
    let mut html = view! { <title inner_html=title></title> }.to_html();
    html.push_str(&view! { <meta name="description" content=description/> }.to_html());
    if head.not_indexed {
        html.push_str(&view! { <meta name="robots" content="noindex"/> }.to_html());
    }
    for (id, json) in &head.json_ld {
        // Already JSON with `<` escaped: the script's text is not HTML.
        let json = json.clone();
        html.push_str(
            &view! { <script type="application/ld+json" id=*id inner_html=json></script> }
                .to_html(),
        );
    }
    if let Some(site) = site.filter(|_| !head.not_indexed) {
        for (rel, hreflang, href) in language_links(page, lang) {
            let href = format!("{site}{href}");
            html.push_str(&view! { <link rel=rel hreflang=hreflang href=href/> }.to_html());
        }
    }
    Some(html)
}

/// The canonical address and the versions in each language (`hreflang`), under the
/// public base as every link of the page; `x-default` is the French version (the
/// campus's own), except for `/`, which itself picks by language.
fn language_links(page: &Page, lang: Lang) -> Vec<(&'static str, Option<&'static str>, String)> {
    let mut links = vec![("canonical", None, page.href(lang))];
    for other in Lang::ALL {
        links.push(("alternate", Some(other.code()), page.href(other)));
    }
    let default = if *page == Page::Home {
        public_base().url_of("/")
    } else {
        page.href(Lang::Fr)
    };
    links.push(("alternate", Some("x-default"), default));
    links
}
