//! A build publishes what its API serves: the prerender, pointed at an API, bakes that
//! API's content into the pages, and nothing the reference seed would add (its samples).

use std::path::{Path, PathBuf};

use model::{routes::Page, Lang};
use portal_e2e::{env_path, Server};
use serde_json::{json, Value};

const TITLE_FR: &str = "Rencontre publiée par l'équipe du campus";
const TITLE_EN: &str = "Meeting published by the campus team";
const SLUG: &str = "rencontre-publiee-par-l-equipe";

/// The event the campus team publishes on the server the build reads, with the team's
/// own command.
fn publish_event(data: &Path) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let day = model::Date::from_days_since_epoch(now / 86_400 + 20);
    let event = json!({
        "slug": SLUG,
        "title": { "fr": TITLE_FR, "en": TITLE_EN },
        "summary": { "fr": "Une rencontre ouverte à tous.", "en": "A meeting open to all." },
        "description": { "fr": "Présentation du campus.", "en": "The campus presented." },
        "type": "rencontre", "audiences": ["grand-public"], "format": "en-ligne",
        "languages": ["fr"], "free": true,
        "start": format!("{day}T18:00"), "end": format!("{day}T19:00"),
        "organiser": "PariSanté Campus", "sample": false
    });
    let file = data.join("event.json");
    std::fs::write(&file, event.to_string()).unwrap();
    let status = std::process::Command::new(env_path("PORTAL_SERVER_BIN"))
        .args(["event", "upsert", "--from"])
        .arg(&file)
        .arg("--data")
        .arg(data)
        .status()
        .unwrap();
    assert!(status.success(), "the event command publishes");
}

/// The prerender run as `cargo xtask build` runs it, reading `api`, into `dist` (which
/// holds the build's shell).
fn prerender(api: &str, dist: &Path) {
    let status = std::process::Command::new(env_path("PORTAL_PRERENDER_BIN"))
        .args(["--api", api, "--dist"])
        .arg(dist)
        .args(["--site-url", "https://portail.example.org"])
        .status()
        .unwrap();
    assert!(status.success(), "the prerender reads {api}");
}

/// The file the build writes for `page` in `lang`, under `dist`.
fn file_of(dist: &Path, page: &Page, lang: Lang) -> PathBuf {
    match page.path(lang).as_str() {
        "/" => dist.join("index.html"),
        path => dist.join(format!("{}.html", &path[1..])),
    }
}

/// The pages written under `dist`, by the app path each is for (`/formations/x`).
fn written_pages(dist: &Path) -> Vec<(Page, String)> {
    let mut pages = Vec::new();
    let mut folders = vec![dist.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                let relative = path.strip_prefix(dist).unwrap().with_extension("");
                let app_path = match relative.to_str().unwrap() {
                    "index" => "/".to_owned(),
                    other => format!("/{other}"),
                };
                let html = std::fs::read_to_string(&path).unwrap();
                pages.push((Page::parse(&app_path).0, html));
            }
        }
    }
    pages
}

/// The start-ups of the seed that are facts (the article's), not samples.
fn real_startups() -> Vec<String> {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/seed/startups.json");
    let seed: Value = serde_json::from_str(&std::fs::read_to_string(seed).unwrap()).unwrap();
    let list = seed
        .as_array()
        .or_else(|| seed["startups"].as_array())
        .expect("the seed lists start-ups");
    let mut slugs: Vec<String> = list
        .iter()
        .filter(|s| !s["sample"].as_bool().unwrap_or(false))
        .map(|s| s["slug"].as_str().unwrap().to_owned())
        .collect();
    slugs.sort();
    slugs
}

#[tokio::test]
async fn a_build_publishes_the_content_of_the_api_it_reads_and_no_sample() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start_facts_only(&data).await;
    publish_event(&data);
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::copy(
        env_path("PORTAL_DIST").join("shell.html"),
        dist.join("shell.html"),
    )
    .unwrap();
    prerender(&server.url(""), &dist);

    // The event the API serves: its page in both languages, and in the agenda's list.
    let event = Page::event(SLUG);
    for (lang, title) in [(Lang::Fr, TITLE_FR), (Lang::En, TITLE_EN)] {
        let html = std::fs::read_to_string(file_of(&dist, &event, lang))
            .unwrap_or_else(|e| panic!("{lang:?} page of the published event: {e}"));
        assert!(html.contains(title), "{lang:?}: {title}");
    }
    let agenda = std::fs::read_to_string(file_of(&dist, &Page::Agenda, Lang::Fr)).unwrap();
    assert!(
        agenda.contains(TITLE_FR),
        "the agenda lists the published event"
    );
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains(&format!("/agenda/{SLUG}")), "{sitemap}");

    // Nothing but what the API serves: no programme (the campus facts list none), the
    // article's start-ups only, and no sample anywhere.
    let pages = written_pages(&dist);
    let slugs = |pick: fn(&Page) -> Option<&String>| {
        let mut slugs: Vec<String> = pages.iter().filter_map(|(p, _)| pick(p)).cloned().collect();
        slugs.sort();
        slugs.dedup();
        slugs
    };
    fn programme(page: &Page) -> Option<&String> {
        match page {
            Page::Programme(slug) => Some(slug),
            _ => None,
        }
    }
    fn startup(page: &Page) -> Option<&String> {
        match page {
            Page::Startup(slug) => Some(slug),
            _ => None,
        }
    }
    assert_eq!(slugs(programme), Vec::<String>::new());
    // An empty catalogue says it is empty, not that filters exclude everything.
    let catalogue = std::fs::read_to_string(file_of(&dist, &Page::Catalogue, Lang::Fr)).unwrap();
    assert!(catalogue.contains("encore publiée dans le catalogue"));
    assert_eq!(slugs(startup), real_startups());
    for (page, html) in &pages {
        assert!(!html.contains("badge--sample"), "{page:?} shows a sample");
        // Nor a word about samples where there are none.
        assert!(
            !html.contains("notice--sample"),
            "{page:?} explains samples"
        );
    }

    // The tests' own build read a server with the samples: the same prerender, another
    // API, other pages.
    let sample_build = written_pages(&env_path("PORTAL_DIST"));
    assert!(sample_build
        .iter()
        .any(|(p, html)| matches!(p, Page::Programme(_)) && html.contains("badge--sample")));
    assert!(sample_build
        .iter()
        .any(|(p, html)| *p == Page::Catalogue && html.contains("notice--sample")));
}
