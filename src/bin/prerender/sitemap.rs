//! `sitemap.xml` (with each page's language versions, as its `hreflang` links name them)
//! and the `Sitemap:` line of `robots.txt`: what search engines are told to index, so only
//! the pages that are not kept out of them (no sample entry).

use std::path::Path;

use model::{routes::Page, Lang};
use portal::{routes::public_base, state::head_html::language_links};

const FILE: &str = "sitemap.xml";

/// The sitemap of `pages` (each with the language it was written in), published at `site`.
pub fn sitemap(site: &str, pages: &[(Page, Lang)]) -> String {
    let escape = model::text::escape_html;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset \
         xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (page, lang) in pages {
        let mut links = language_links(page, *lang).into_iter();
        let Some((_, _, address)) = links.next() else {
            continue;
        };
        xml.push_str(&format!(
            "<url><loc>{}</loc>",
            escape(&format!("{site}{address}"))
        ));
        for (_, hreflang, href) in links {
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                hreflang.unwrap_or_default(),
                escape(&format!("{site}{href}"))
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Writes the sitemap into `dist` and names it in `dist/robots.txt` (copied from
/// `public/`). A crawler reads `robots.txt` at a host's root only: under a sub-path, the
/// host's own file must name the sitemap (the README says so).
pub fn write(dist: &Path, site: &str, pages: &[(Page, Lang)]) -> Result<(), String> {
    let target = dist.join(FILE);
    std::fs::write(&target, sitemap(site, pages))
        .map_err(|e| format!("{}: {e}", target.display()))?;
    let robots = dist.join("robots.txt");
    let mut text = std::fs::read_to_string(&robots).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("Sitemap: {site}{}\n", public_base().asset(FILE)));
    std::fs::write(&robots, text).map_err(|e| format!("{}: {e}", robots.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_is_listed_with_its_language_versions() {
        let xml = sitemap(
            "https://www.example.org",
            &[(Page::Home, Lang::Fr), (Page::startup("a&b"), Lang::En)],
        );
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert_eq!(xml.matches("<url>").count(), 2);
        assert!(xml.contains(
            "<url><loc>https://www.example.org/</loc>\
             <xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://www.example.org/\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://www.example.org/en\"/>"
        ));
        assert!(xml.contains("<loc>https://www.example.org/en/startups/a&amp;b</loc>"));
        assert!(xml.contains(
            "hreflang=\"x-default\" href=\"https://www.example.org/startups/a&amp;b\"/></url>"
        ));
    }
}
