//! `prerender --api URL --dist DIR [--site-url URL] [--api-base URL] [--public-url /PATH/]`:
//! writes every public page of the route table, in French and English, as HTML rendered by
//! the app's own components (Leptos `ssr`), so it paints before any WebAssembly arrives;
//! the app then hydrates it.
//!
//! Published content (campus, poles, catalogue, directory, agenda) is taken from the API
//! at `URL` (the reference server's seed by default) through the app's own endpoints and
//! baked into each page, with the answers the page used in its `portal-data` block (the
//! app revalidates them after hydration). Each page's `<head>` is written from what its
//! render stated (`portal::state::head_html`) into the shell (`shell.rs`).
//! Files: `/` → `index.html`, `/en` → `en.html`, `/formations` → `formations.html`, …
//! next to `shell.html`, the page for addresses the build did not write, and `404.html`
//! for hosts without rewrite rules; with a site address, `sitemap.xml` (`sitemap.rs`).

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
};

use leptos::prelude::*;
use model::{routes::Page, Lang};
use portal::{
    data::prerender::BuildAnswers,
    routes::{public_base, set_public_base, PublicBase},
    state::{
        head_html::{head_html, Published},
        page_head::{HeadCollector, PageHead},
        today::clock_date,
    },
};

mod api;
mod shell;
mod sitemap;

use api::Api;
use shell::{PageParts, Shell};

/// Writes every public page as HTML rendered by the app's own components.
#[derive(clap::Parser)]
#[command(name = "prerender")]
struct Args {
    /// The API whose answers the pages show and carry
    #[arg(long, value_name = "URL", value_parser = without_end_slash)]
    api: String,
    /// The built portal, where `shell.html` is and the pages go
    #[arg(long, value_name = "DIR")]
    dist: PathBuf,
    /// The deployment's public address (`https://portail.example.org`): with it, every page
    /// names its canonical address, its other-language version (hreflang) and the
    /// addresses link previews need, which must be absolute, and the build writes
    /// `sitemap.xml`; without it, none of these.
    #[arg(long, value_name = "URL", value_parser = without_end_slash)]
    site_url: Option<String>,
    /// Where the published pages' API answers (`https://api.example.org`), for the
    /// addresses of uploaded logos; the site's own origin if absent.
    #[arg(long, value_name = "URL", value_parser = without_end_slash)]
    api_base: Option<String>,
    /// Where the pages are published (`/portail/`); the site's root if absent.
    #[arg(long, value_name = "/PATH/", value_parser = PublicBase::parse)]
    public_url: Option<PublicBase>,
}

fn without_end_slash(url: &str) -> Result<String, String> {
    Ok(url.trim_end_matches('/').to_owned())
}

/// `scheme://host[:port]` of an absolute address.
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => &url[..after_scheme + slash],
        None => url,
    }
}

/// Every public page of the route table, with the slugs the API knows.
fn public_pages(api: &Api) -> Result<Vec<Page>, String> {
    let mut pages: Vec<Page> = Page::fixed().into_iter().filter(Page::is_public).collect();
    pages.extend(api.pole_slugs()?.iter().map(|s| Page::pole(s)));
    pages.extend(api.programme_slugs()?.iter().map(|s| Page::programme(s)));
    pages.extend(api.startup_slugs()?.iter().map(|s| Page::startup(s)));
    // The coming events and the archive.
    for past in [false, true] {
        pages.extend(api.event_slugs(past)?.iter().map(|s| Page::event(s)));
    }
    Ok(pages)
}

/// A page as rendered: its markup, its `<head>` elements and its data block.
struct Rendered {
    html: String,
    head: PageHead,
    block: String,
}

/// Renders the page at the app path `path`, as the browser will ask for it (under the
/// public base), so that hydration meets the same tree.
fn render_once(path: &str, build: &BuildAnswers) -> (String, PageHead) {
    build.begin_page();
    let owner = Owner::new_root(None);
    let url = public_base().url_of(path);
    let collector = HeadCollector::default();
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(&url));
        provide_context(collector.clone());
        provide_context(build.clone());
        portal::app::App().to_html()
    });
    owner.unset();
    (html, collector.head())
}

/// Renders `path`, fetching what it asks for until it asks for nothing new (a page's
/// lists can depend on its main resource: a programme, then its related programmes).
/// Fetched answers stay in the build's set (`build`) for the following pages.
fn render(path: &str, api: &Api, build: &BuildAnswers) -> Result<Rendered, String> {
    for _ in 0..6 {
        let (html, head) = render_once(path, build);
        let missing = build.missing();
        if missing.is_empty() {
            return Ok(Rendered {
                html,
                head,
                block: build.block_text(),
            });
        }
        for key in missing {
            let answer = api.answer(&key)?;
            build.add_answer(key, answer);
        }
    }
    Err(format!("{path}: still asking for new data after 6 renders"))
}

/// The file a page is written to.
fn file_of(path: &str) -> PathBuf {
    match path {
        "/" => PathBuf::from("index.html"),
        other => PathBuf::from(format!("{}.html", other.trim_start_matches('/'))),
    }
}

fn write(dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let target = dist.join(file);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))
}

/// An app path that is no page: what `404.html` is rendered at.
const NO_PAGE: &str = "/404";

/// `404.html`, for the hosts that serve it for any address they have no file for (GitHub
/// and GitLab Pages, object stores with an error document): the not-found page, kept out
/// of search engines. Its `data-ssr` names no address the reader opens, so the app renders
/// the address's own page over it (`portal::mount`): one the build did not write still
/// shows, and an unknown one shows this page again.
fn write_not_found(
    dist: &Path,
    shell: &Shell,
    api: &Api,
    build: &BuildAnswers,
    published: Option<Published>,
) -> Result<(), String> {
    let mut rendered = render(NO_PAGE, api, build)?;
    rendered.head.not_indexed = true;
    let (page, lang) = Page::parse(NO_PAGE);
    let head = head_html(&rendered.head, &page, lang, published)
        .ok_or("the not-found page gives no title or no description")?;
    let html = shell.page(&PageParts {
        lang,
        path: NO_PAGE,
        head: &head,
        body: &rendered.html,
        block: &rendered.block,
    });
    write(dist, Path::new("404.html"), &html)
}

fn run() -> Result<usize, String> {
    let args = <Args as clap::Parser>::parse();
    set_public_base(args.public_url.clone().unwrap_or_else(PublicBase::root));
    let api = Api::new(args.api);
    let shell_path = args.dist.join("shell.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e}", shell_path.display()))?;
    let shell = Shell::parse(&shell)?;
    let build = BuildAnswers::default();
    build.set_today(clock_date().to_string());
    let published = args.site_url.as_deref().map(|site| Published {
        site,
        api_base: args.api_base.as_deref().unwrap_or(origin(site)),
    });
    let mut written = 0;
    let mut indexed = Vec::new();
    for page in public_pages(&api)? {
        for lang in Lang::ALL {
            let path = page.path(lang);
            let rendered = render(&path, &api, &build)?;
            let head = head_html(&rendered.head, &page, lang, published)
                .ok_or(format!("{path}: the page gives no title or no description"))?;
            if !rendered.head.not_indexed {
                indexed.push((page.clone(), lang));
            }
            let html = shell.page(&PageParts {
                lang,
                path: &path,
                head: &head,
                body: &rendered.html,
                block: &rendered.block,
            });
            write(&args.dist, &file_of(&path), &html)?;
            written += 1;
        }
    }
    if let Some(Published { site, .. }) = published {
        sitemap::write(&args.dist, site, &indexed)?;
    }
    write_not_found(&args.dist, &shell, &api, &build, published)?;
    Ok(written)
}

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            println!("prerendered {count} pages");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_origin_is_the_address_without_its_path() {
        assert_eq!(
            super::origin("https://www.example.org"),
            "https://www.example.org"
        );
        assert_eq!(
            super::origin("http://127.0.0.1:8080/portail"),
            "http://127.0.0.1:8080"
        );
    }
}
