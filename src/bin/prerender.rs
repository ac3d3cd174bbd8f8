//! `prerender --api URL --dist DIR [--site-url URL] [--public-url /PATH/]`: writes every public page of the route table, in
//! French and English, as HTML rendered by the app's own components (Leptos `ssr`), so it
//! paints before any WebAssembly arrives; the app then hydrates it.
//!
//! Published content (campus, poles, catalogue, directory) is taken from the API at `URL`
//! (the reference server's seed by default) and baked into each page, with the answers
//! the page used in its `portal-data` block (the app revalidates them after hydration).
//! Files: `/` → `index.html`, `/en` → `en.html`, `/formations` → `formations.html`, …
//! next to `shell.html`, the page for addresses the build did not write.

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
};

use leptos::prelude::*;
use model::{facet_search::ResultList, routes::Page, Lang};
use portal::{
    data::{
        baked::{BakedAnswer, BLOCK_ID},
        prerender::BuildAnswers,
    },
    routes::{public_base, set_public_base, Href, PublicBase},
    state::{
        page_head::{HeadCollector, PageHead},
        today::clock_date,
    },
};
use serde_json::value::RawValue;

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
    /// names its canonical address and its other-language version (hreflang), which must be
    /// absolute; without it, neither is written.
    #[arg(long, value_name = "URL", value_parser = without_end_slash)]
    site_url: Option<String>,
    /// Where the pages are published (`/portail/`); the site's root if absent.
    #[arg(long, value_name = "/PATH/", value_parser = PublicBase::parse)]
    public_url: Option<PublicBase>,
}

fn without_end_slash(url: &str) -> Result<String, String> {
    Ok(url.trim_end_matches('/').to_owned())
}

/// The API, over plain HTTP (the build's own server).
struct Api {
    base: String,
    agent: ureq::Agent,
}

impl Api {
    fn new(base: String) -> Api {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build();
        Api {
            base,
            agent: config.into(),
        }
    }

    /// One answer as the page will carry it: 200 with its body, or 404.
    fn answer(&self, path: &str) -> Result<BakedAnswer, String> {
        let url = format!("{}{path}", self.base);
        let mut response = self
            .agent
            .get(&url)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| format!("GET {url}: {e}"))?;
        let status = response.status().as_u16();
        let etag = response
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        match status {
            200 => {
                let text = response
                    .body_mut()
                    .read_to_string()
                    .map_err(|e| format!("GET {url}: {e}"))?;
                let body = RawValue::from_string(text).map_err(|e| format!("GET {url}: {e}"))?;
                Ok(BakedAnswer {
                    status,
                    etag,
                    body: Some(body),
                })
            }
            404 => Ok(BakedAnswer {
                status,
                etag: None,
                body: None,
            }),
            other => Err(format!("GET {url}: HTTP {other}")),
        }
    }

    /// The `slug` of every item of a list endpoint, page by page.
    fn slugs(&self, list: &str) -> Result<Vec<String>, String> {
        /// An item of a list answer, read for its slug only.
        #[derive(serde::Deserialize)]
        struct Slugged {
            slug: String,
        }
        let mut slugs = Vec::new();
        let separator = if list.contains('?') { '&' } else { '?' };
        for page in 1.. {
            let answer = self.answer(&format!("{list}{separator}per_page=1000&page={page}"))?;
            let body = answer.body.ok_or(format!("{list}: no body"))?;
            let page: ResultList<Slugged, serde::de::IgnoredAny> =
                serde_json::from_str(body.get()).map_err(|e| format!("{list}: {e}"))?;
            if page.items.is_empty() {
                break;
            }
            slugs.extend(page.items.into_iter().map(|item| item.slug));
        }
        Ok(slugs)
    }

    fn pole_slugs(&self) -> Result<Vec<String>, String> {
        let answer = self.answer("/api/v1/poles")?;
        let body = answer.body.ok_or("/api/v1/poles: no body")?;
        let poles: Vec<model::PoleSummary> =
            serde_json::from_str(body.get()).map_err(|e| format!("/api/v1/poles: {e}"))?;
        Ok(poles.into_iter().map(|p| p.slug).collect())
    }
}

/// Every public page of the route table, with the slugs the API knows.
fn public_pages(api: &Api) -> Result<Vec<Page>, String> {
    let mut pages: Vec<Page> = Page::fixed().into_iter().filter(Page::is_public).collect();
    pages.extend(api.pole_slugs()?.iter().map(|s| Page::pole(s)));
    pages.extend(
        api.slugs("/api/v1/programmes")?
            .iter()
            .map(|s| Page::programme(s)),
    );
    pages.extend(
        api.slugs("/api/v1/startups")?
            .iter()
            .map(|s| Page::startup(s)),
    );
    // The coming events and the archive.
    for list in ["/api/v1/events", "/api/v1/events?past=1"] {
        pages.extend(api.slugs(list)?.iter().map(|s| Page::event(s)));
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

/// Replaces what stands between the shell's `start` and the `end` after it with `content`.
fn replace_element(html: &mut String, start: &str, end: &str, content: &str) -> Result<(), String> {
    let from = html
        .find(start)
        .ok_or(format!("the shell has no `{start}`"))?
        + start.len();
    let to = from
        + html[from..]
            .find(end)
            .ok_or(format!("the shell has no `{end}`"))?;
    html.replace_range(from..to, content);
    Ok(())
}

/// The file a page is written to.
fn file_of(path: &str) -> PathBuf {
    match path {
        "/" => PathBuf::from("index.html"),
        other => PathBuf::from(format!("{}.html", other.trim_start_matches('/'))),
    }
}

/// The shell with the page in it.
fn page_html(
    shell: &str,
    page: &Page,
    lang: Lang,
    rendered: &Rendered,
    site_url: Option<&str>,
) -> Result<String, String> {
    let path = page.path(lang);
    let mut html = shell.replacen(
        "<html lang=\"fr\">",
        &format!("<html lang=\"{}\">", lang.code()),
        1,
    );
    let head = &rendered.head;
    if let Some(title) = &head.title {
        replace_element(
            &mut html,
            "<title>",
            "</title>",
            &model::text::escape_html(title),
        )?;
    }
    let description = head
        .description
        .as_deref()
        .ok_or(format!("{path}: the page gives no description"))?;
    replace_element(
        &mut html,
        "<meta name=\"description\" content=\"",
        "\">",
        &model::text::escape_html(description),
    )?;
    // The page's own `<head>` elements, which the app adopts once it runs.
    let mut head_extra: String = head
        .json_ld
        .iter()
        .map(|(id, json)| {
            format!("<script type=\"application/ld+json\" id=\"{id}\">{json}</script>")
        })
        .collect();
    if head.not_indexed {
        head_extra.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    // A page kept out of search engines (sample content) names no canonical address.
    if let Some(site) = site_url.filter(|_| !head.not_indexed) {
        head_extra.push_str(&language_links(site, page, lang));
    }
    let head = html.find("</head>").ok_or("the shell has no </head>")?;
    html.insert_str(head, &head_extra);
    let app = "<div id=\"app\"></div>";
    if !html.contains(app) {
        return Err(format!("the shell lost its empty `{app}`"));
    }
    // No whitespace inside #app: hydration starts at its first child.
    let filled = format!(
        "<div id=\"app\" data-ssr=\"{}\">{}</div><script type=\"application/json\" id=\"{BLOCK_ID}\">{}</script>",
        model::text::escape_html(&path),
        rendered.html,
        rendered.block
    );
    Ok(html.replacen(app, &filled, 1))
}

fn write(dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let target = dist.join(file);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))
}

/// The page's canonical address and its versions in each language (`hreflang`), absolute
/// as search engines require; `x-default` is the French version (the campus's own), except
/// for `/`, which itself picks by language.
fn language_links(site: &str, page: &Page, lang: Lang) -> String {
    // Under the public base, as every link of the page (`Href`).
    let absolute = |address: String| model::text::escape_html(&format!("{site}{address}"));
    let mut links = format!(
        "<link rel=\"canonical\" href=\"{}\">",
        absolute(page.href(lang))
    );
    for other in Lang::ALL {
        links.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            absolute(page.href(other))
        ));
    }
    let default = if *page == Page::Home {
        public_base().url_of("/")
    } else {
        page.href(Lang::Fr)
    };
    links.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        absolute(default)
    ));
    links
}

fn run() -> Result<usize, String> {
    let args = <Args as clap::Parser>::parse();
    set_public_base(args.public_url.clone().unwrap_or_else(PublicBase::root));
    let api = Api::new(args.api);
    let shell_path = args.dist.join("shell.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e}", shell_path.display()))?;
    let build = BuildAnswers::default();
    build.set_today(clock_date().to_string());
    let mut written = 0;
    for page in public_pages(&api)? {
        for lang in Lang::ALL {
            let path = page.path(lang);
            let rendered = render(&path, &api, &build)?;
            let html = page_html(&shell, &page, lang, &rendered, args.site_url.as_deref())?;
            write(&args.dist, &file_of(&path), &html)?;
            written += 1;
        }
    }
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
