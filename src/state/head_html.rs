//! A prerendered page's `<head>` elements, written from what its render stated
//! ([`PageHead`]) and where it is published: each element is a view, so the view
//! escapes the attributes the data fills, as in the page's body.

use leptos::prelude::*;
use model::{
    routes::{Page, SOCIAL_CARD, SOCIAL_CARD_SIZE},
    Lang,
};

use super::page_head::PageHead;
use crate::{
    i18n::texts,
    routes::{public_base, Href},
};

/// Where a build is published, both absolute: the site (`https://www.example.org`, the
/// public base not included) and the API whose uploaded logos the pages show.
#[derive(Clone, Copy)]
pub struct Published<'a> {
    pub site: &'a str,
    pub api_base: &'a str,
}

/// The elements, in the order they go into `<head>`: title, description, `noindex` (a
/// sample entry's page), JSON-LD, the canonical address and the versions in each
/// language, then what link previews read (Open Graph, Twitter cards). Addresses must be
/// absolute: without `published`, those that need one are left out, as they are from a
/// page kept out of search engines. `None` when the page stated no title or description.
pub fn head_html(
    head: &PageHead,
    page: &Page,
    lang: Lang,
    published: Option<Published>,
) -> Option<String> {
    let title = head.title.clone()?;
    let description = head.description.clone()?;
    // The title's text is not a child view: a view marks the end of a text child (`<!>`)
    // for hydration, which `<title>`, whose content is raw text, would show.
    let escaped = model::text::escape_html(&title);
    let mut html = view! { <title inner_html=escaped></title> }.to_html();
    html.push_str(&view! { <meta name="description" content=description.clone()/> }.to_html());
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
    let indexed = published.filter(|_| !head.not_indexed);
    if let Some(Published { site, .. }) = indexed {
        for (rel, hreflang, href) in language_links(page, lang) {
            let href = format!("{site}{href}");
            html.push_str(&view! { <link rel=rel hreflang=hreflang href=href/> }.to_html());
        }
    }
    html.push_str(&sharing(head, page, lang, title, description, published));
    Some(html)
}

/// Open Graph and Twitter card tags: what a link to the page shows where it is shared. A
/// sample entry's page shows its picture too, but names no preferred address (`og:url`),
/// as it names no canonical one.
fn sharing(
    head: &PageHead,
    page: &Page,
    lang: Lang,
    title: String,
    description: String,
    published: Option<Published>,
) -> String {
    // `property` (RDFa, which Open Graph uses) is not among the view's HTML attributes.
    let property = |name: &'static str, content: String| {
        leptos::html::meta()
            .attr("property", name)
            .attr("content", content)
            .to_html()
    };
    let other = Lang::ALL.into_iter().find(|l| *l != lang).unwrap_or(lang);
    let mut html = [
        ("og:site_name", texts(lang).site_name.to_owned()),
        ("og:type", "website".to_owned()),
        ("og:title", title),
        ("og:description", description),
        ("og:locale", locale(lang).to_owned()),
        ("og:locale:alternate", locale(other).to_owned()),
    ]
    .into_iter()
    .map(|(name, content)| property(name, content))
    .collect::<String>();
    let mut card = "summary";
    if let Some(Published { site, api_base }) = published {
        if !head.not_indexed {
            html.push_str(&property("og:url", format!("{site}{}", page.href(lang))));
        }
        match head.image.clone().and_then(|logo| {
            logo.resolved(api_base)
                .loadable()
                .map(str::to_owned)
                .filter(|a| a.starts_with("https://") || a.starts_with("http://"))
        }) {
            Some(logo) => html.push_str(&property("og:image", logo)),
            None => {
                card = "summary_large_image";
                let (width, height) = SOCIAL_CARD_SIZE;
                html.push_str(&property(
                    "og:image",
                    format!("{site}{}", public_base().asset(SOCIAL_CARD)),
                ));
                html.push_str(&property("og:image:width", width.to_string()));
                html.push_str(&property("og:image:height", height.to_string()));
                html.push_str(&property("og:image:alt", texts(lang).site_name.to_owned()));
            }
        }
    }
    html.push_str(&view! { <meta name="twitter:card" content=card/> }.to_html());
    html
}

/// The Open Graph locale of a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr_FR",
        Lang::En => "en_GB",
    }
}

/// The canonical address and the versions in each language (`hreflang`), under the
/// public base as every link of the page; `x-default` is the French version (the
/// campus's own), except for `/`, which itself picks by language. The sitemap names
/// the same alternates.
pub fn language_links(
    page: &Page,
    lang: Lang,
) -> Vec<(&'static str, Option<&'static str>, String)> {
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
