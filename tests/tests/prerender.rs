//! HTML first: every public page arrives rendered (heading and content in its language,
//! without JavaScript), the app hydrates it without a console error or warning, baked data
//! is revalidated, and pages the build did not know still work.

use portal_e2e::Portal;
use serde_json::json;

/// A public page in both languages, with its heading in each.
const PAGES: &[(&str, &str)] = &[
    ("/", "PariSanté Campus"),
    ("/en", "PariSanté Campus"),
    ("/poles", "Les cinq pôles du campus"),
    ("/en/poles", "The campus's five poles"),
    ("/poles/recherche", "Pôle recherche"),
    ("/en/poles/entrepreneuriat", "Entrepreneurship"),
    ("/formations", "Trouver une formation"),
    ("/en/programmes", "Find a programme"),
    ("/formations/ma-selection", "Ma sélection de formations"),
    ("/formations/comparer", "Comparer des formations"),
    ("/startups", "Annuaire des start-ups"),
    ("/en/startups/posos", "Posos"),
    ("/startups/drdata", "DrData"),
    ("/agenda", "Agenda"),
    ("/en/events", "Events"),
    ("/rejoindre", "Rejoindre le campus"),
    ("/en/join", "Join the campus"),
    ("/accessibilite", "Déclaration d'accessibilité"),
    ("/en/legal-notice", "Legal notice"),
    ("/confidentialite", "Données personnelles"),
];

/// The page as the server sends it, read without running it.
async fn raw_html(portal: &Portal, path: &str) -> String {
    portal
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
            vec![json!(path)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn every_public_page_arrives_as_html_in_its_language() {
    let portal = Portal::launch().await;
    portal.goto("/mentions-legales").await;
    for (path, heading) in PAGES {
        let html = raw_html(&portal, path).await;
        let lang = if path.starts_with("/en") { "en" } else { "fr" };
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{path}");
        let h1 = html
            .split("<h1")
            .nth(1)
            .and_then(|rest| rest.split("</h1>").next())
            .unwrap_or_else(|| panic!("{path}: no <h1> in the HTML"));
        let heading_html = heading.replace('\'', "&#x27;");
        assert!(
            h1.contains(heading) || h1.contains(&heading_html),
            "{path}: <h1{h1}"
        );
        assert!(html.contains(&format!("data-ssr=\"{path}\"")), "{path}");
        assert!(html.contains("id=\"portal-data\""), "{path}");
        assert!(!html.contains("<script>"), "{path}: an inline script");
    }
    // Invented entries are never offered to search engines; the real start-ups are.
    for sample in [
        "/formations/master-donnees-de-sante",
        "/en/startups/cardiolume",
    ] {
        assert!(
            raw_html(&portal, sample)
                .await
                .contains("<meta name=\"robots\" content=\"noindex\">"),
            "{sample}"
        );
    }
    for real in ["/startups/posos", "/en/startups/drdata", "/formations"] {
        assert!(!raw_html(&portal, real).await.contains("noindex"), "{real}");
    }
    // A real start-up's page describes it to crawlers that run no JavaScript, and the app
    // adopts that block instead of adding a second one.
    let posos = raw_html(&portal, "/startups/posos").await;
    assert!(
        posos.contains("<script type=\"application/ld+json\" id=\"startup-json-ld\">{"),
        "no JSON-LD in the HTML of /startups/posos"
    );
    assert!(!raw_html(&portal, "/startups/cardiolume")
        .await
        .contains("application/ld+json"));
    portal.goto("/startups/posos").await;
    portal.wait_for_h1("Posos").await;
    assert_eq!(
        portal
            .eval("return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent).name);")
            .await,
        json!(["Posos"])
    );
    // Content, not only a frame: each search's cards (searched in the browser or by the
    // API) and a profile's text are there, no loading bar in their place.
    for (search, card) in [
        ("/formations", "programme-card"),
        ("/startups", "startup-card"),
        ("/agenda", "event-card"),
        ("/en/events", "event-card"),
    ] {
        let html = raw_html(&portal, search).await;
        assert!(html.contains(card), "{search}: no {card}");
        assert!(!html.contains("loading--page"), "{search}: loading");
    }
    assert!(raw_html(&portal, "/startups/posos").await.contains("Posos"));
    portal.close().await;
}

#[tokio::test]
async fn every_public_page_hydrates_without_a_console_error_and_then_routes_in_the_app() {
    let portal = Portal::launch().await;
    for (path, heading) in PAGES {
        portal.goto(path).await;
        portal.wait_until_ready().await;
        portal.wait_for_h1(heading).await;
        let problems = portal.console_problems().await;
        assert!(problems.is_empty(), "{path}: {problems:?}");
        portal.assert_accessible(path).await;
    }
    // Still alive: a click is a client-side navigation (no page load: the marker stays).
    portal.goto("/poles").await;
    portal.wait_until_ready().await;
    portal.eval("window.__same_page = true; return null;").await;
    portal.click(".main-nav a[href='/formations']").await;
    portal.wait_for_h1("Trouver une formation").await;
    assert_eq!(
        portal.eval("return window.__same_page === true;").await,
        true
    );
    let problems = portal.console_problems().await;
    assert!(problems.is_empty(), "{problems:?}");
    portal.close().await;
}

#[tokio::test]
async fn a_profile_changed_after_the_build_shows_its_new_text() {
    let portal = Portal::launch().await;
    portal.goto("/mentions-legales").await;
    let before = raw_html(&portal, "/startups/cardiolume").await;
    let pitch = "Accroche mise à jour après la construction du site.";
    assert!(!before.contains(pitch));
    let status = portal
        .patch_cardiolume_profile(json!({
            "pitch": { "fr": pitch, "en": "Pitch updated after the build." }
        }))
        .await;
    assert_eq!(status, 200);
    // The page still arrives with the text it was built with, and then shows the new one.
    portal.goto("/startups/cardiolume").await;
    portal
        .wait_until("the new pitch", || async {
            portal
                .text_of("main")
                .await
                .is_some_and(|t| t.contains(pitch))
        })
        .await;
    let problems = portal.console_problems().await;
    assert!(problems.is_empty(), "{problems:?}");
    portal.close().await;
}

#[tokio::test]
async fn a_start_up_added_after_the_build_has_its_page() {
    // Generated start-ups join the seed's: none of them was prerendered.
    let portal = Portal::launch_with("fr-FR,fr", &["--sample-startups", "60"]).await;
    portal.goto("/mentions-legales").await;
    let list = portal
        .fetch_json("/api/v1/startups?sort=nom&per_page=60")
        .await;
    let generated = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"].as_str().unwrap().starts_with("generated-"))
        .cloned()
        .expect("a generated start-up");
    let slug = generated["slug"].as_str().unwrap();
    let name = generated["name"].as_str().unwrap();
    assert!(!raw_html(&portal, &format!("/startups/{slug}"))
        .await
        .contains("data-ssr"));
    portal.goto(&format!("/startups/{slug}")).await;
    portal.wait_for_h1(name).await;
    let problems = portal.console_problems().await;
    assert!(problems.is_empty(), "{problems:?}");
    portal.close().await;
}

#[tokio::test]
async fn every_page_names_its_canonical_address_and_its_language_versions() {
    let site = std::env::var("PORTAL_SITE_URL")
        .expect("PORTAL_SITE_URL: the public address the build was made for (cargo xtask test)");
    let portal = Portal::launch().await;
    portal.goto("/mentions-legales").await;
    for (fr, en) in [
        ("/", "/en"),
        ("/formations", "/en/programmes"),
        ("/startups/posos", "/en/startups/posos"),
        ("/poles/recherche", "/en/poles/recherche"),
    ] {
        let default = if fr == "/" { "/" } else { fr };
        for path in [fr, en] {
            let html = raw_html(&portal, path).await;
            for link in [
                format!("<link rel=\"canonical\" href=\"{site}{path}\">"),
                format!("<link rel=\"alternate\" hreflang=\"fr\" href=\"{site}{fr}\">"),
                format!("<link rel=\"alternate\" hreflang=\"en\" href=\"{site}{en}\">"),
                format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{site}{default}\">"),
            ] {
                assert!(html.contains(&link), "{path}: no {link}");
            }
        }
    }
    // After a navigation inside the app they would name another page: they go.
    portal.goto("/formations").await;
    assert_eq!(
        portal
            .eval("return document.querySelectorAll('link[rel=canonical]').length;")
            .await,
        1
    );
    portal.click("a[href='/startups']").await;
    portal.wait_for_path("/startups").await;
    assert_eq!(
        portal
            .eval(
                "return document.querySelectorAll('link[rel=canonical], link[hreflang], \
                 meta[property^=\"og:\"], meta[name^=\"twitter:\"]').length;"
            )
            .await,
        0
    );
    portal.close().await;
}

#[tokio::test]
async fn a_shared_search_link_keeps_its_address_and_shows_the_search() {
    let portal = Portal::launch().await;
    // Not a page the build wrote (a search): the reference server sends the shell, under
    // the same address (a folder `formations/` next to `formations.html` once made it
    // redirect to `/formations/`). On a static host the page itself comes, and the app
    // hydrates it, then shows the search (tests/tests/static_host.rs).
    portal.goto("/formations?level=master").await;
    portal
        .wait_until("only master programmes", || async {
            portal.every_card_says(".programme-card", "Master").await
        })
        .await;
    assert_eq!(portal.path_and_query().await, "/formations?level=master");
    assert!(portal.text_of(".chips").await.unwrap().contains("Master"));
    let problems = portal.console_problems().await;
    assert!(problems.is_empty(), "{problems:?}");
    portal.close().await;
}

/// Every `.html` page the build wrote (not the shell), as `(path in dist, text)`.
fn built_pages() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                if name != "shell.html" {
                    out.push((name, std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
    }
    let dist = std::path::PathBuf::from(
        std::env::var_os("PORTAL_DIST").expect("PORTAL_DIST: run with `cargo xtask test`"),
    );
    let mut pages = Vec::new();
    walk(&dist, &dist, &mut pages);
    pages
}

#[test]
fn every_public_page_describes_itself_in_its_own_language() {
    const META: &str = "<meta name=\"description\" content=\"";
    let pages = built_pages();
    assert!(pages.len() > 100, "{} pages built", pages.len());
    let mut seen: std::collections::HashMap<String, String> = Default::default();
    for (name, html) in &pages {
        assert_eq!(html.matches(META).count(), 1, "{name}: one description");
        let description = html.split(META).nth(1).unwrap().split('"').next().unwrap();
        assert!(
            description.len() >= 40,
            "{name}: description {description:?}"
        );
        // Its own: no other page offered to search engines (the same page in the other
        // language included) has it. Sample entries are not offered (`noindex`), and the
        // seed's samples share sentences.
        if html.contains("content=\"noindex\"") {
            continue;
        }
        if let Some(other) = seen.insert(description.to_owned(), name.clone()) {
            panic!("{name} and {other} share the description {description:?}");
        }
    }
    let description_of = |file: &str| {
        let html = &pages.iter().find(|(name, _)| name == file).unwrap().1;
        html.split(META)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    assert!(description_of("en.html").contains("digital health hub in Paris"));
    assert!(description_of("index.html").contains("numérique en santé à Paris"));
    assert!(description_of("en/programmes.html").starts_with("Bachelor's"));
    assert!(description_of("formations.html").starts_with("Licence, master"));
}

/// What a link preview reads of a page: its Open Graph and Twitter tags, parsed from the
/// HTML as the server sends it (no script run), by the browser's HTML parser.
async fn link_preview(portal: &Portal, path: &str) -> serde_json::Map<String, serde_json::Value> {
    portal
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => r.text()).then(text => {
               const page = new DOMParser().parseFromString(text, 'text/html');
               const tags = {};
               for (const meta of page.querySelectorAll('meta[property^=\"og:\"], meta[name^=\"twitter:\"]')) {
                 tags[meta.getAttribute('property') || meta.getAttribute('name')] = meta.getAttribute('content');
               }
               done(tags);
             }, e => done({ error: String(e) }));",
            vec![json!(path)],
        )
        .await
        .unwrap()
        .as_object()
        .unwrap()
        .clone()
}

/// The status and content type of the site's own `address` (absolute, at the build's
/// public address, which the tests' server stands in for).
async fn fetched(portal: &Portal, site: &str, address: &str) -> (u64, String) {
    let local = address
        .strip_prefix(site)
        .unwrap_or_else(|| panic!("{address} is not under {site}"));
    let answer = portal
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => done([r.status, r.headers.get('content-type')]),
                                       e => done([0, String(e)]));",
            vec![json!(local)],
        )
        .await
        .unwrap();
    (
        answer[0].as_u64().unwrap(),
        answer[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn a_shared_link_shows_a_title_a_description_and_a_picture() {
    let site = std::env::var("PORTAL_SITE_URL")
        .expect("PORTAL_SITE_URL: the public address the build was made for (cargo xtask test)");
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    let programme = portal
        .find(".programme-card a")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    portal.goto("/startups").await;
    // A start-up with an uploaded logo: its profile shares the logo. The list is drawn
    // once the directory answers, so wait for a logo before looking for its card.
    portal.find(".startup-card img.startup-logo").await;
    let with_logo = portal
        .eval(
            "return [...document.querySelectorAll('.startup-card')]
               .find(c => c.querySelector('img.startup-logo'))
               .querySelector('a').getAttribute('href');",
        )
        .await;
    let with_logo = with_logo
        .as_str()
        .expect("a start-up with a logo")
        .to_owned();
    for (path, lang, picture) in [
        (programme.as_str(), "fr_FR", "card"),
        ("/en/programmes", "en_GB", "card"),
        ("/", "fr_FR", "card"),
        (with_logo.as_str(), "fr_FR", "logo"),
    ] {
        let tags = link_preview(&portal, path).await;
        let tag = |name: &str| {
            tags.get(name)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("{path}: no {name} in {tags:?}"))
                .to_owned()
        };
        assert!(tag("og:title").contains("PariSanté Campus"), "{path}");
        assert!(tag("og:description").len() > 40, "{path}");
        assert_eq!(tag("og:locale"), lang, "{path}");
        assert_eq!(tag("og:site_name"), "PariSanté Campus");
        let image = tag("og:image");
        let (status, kind) = fetched(&portal, &site, &image).await;
        assert_eq!(status, 200, "{path}: {image}");
        assert!(kind.starts_with("image/"), "{path}: {image} is {kind}");
        if picture == "card" {
            assert!(image.ends_with("/social-card.png"), "{path}: {image}");
            assert_eq!(tag("og:image:width"), "1200");
            assert_eq!(tag("twitter:card"), "summary_large_image");
        } else {
            assert!(image.contains("/api/v1/startups/"), "{path}: {image}");
            assert_eq!(tag("twitter:card"), "summary");
        }
    }
    portal.close().await;
}

#[tokio::test]
async fn the_sitemap_lists_every_indexed_page_in_both_languages_and_no_sample() {
    let site = std::env::var("PORTAL_SITE_URL")
        .expect("PORTAL_SITE_URL: the public address the build was made for (cargo xtask test)");
    let portal = Portal::launch().await;
    portal.goto("/mentions-legales").await;
    let robots = raw_html(&portal, "/robots.txt").await;
    assert!(
        robots.contains(&format!("Sitemap: {site}/sitemap.xml")),
        "{robots}"
    );
    let sitemap = raw_html(&portal, "/sitemap.xml").await;
    let listed: Vec<String> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| rest.split("</loc>").next().unwrap().to_owned())
        .collect();
    for path in [
        "/",
        "/en",
        "/formations",
        "/en/programmes",
        "/startups/posos",
        "/agenda",
    ] {
        let address = format!("{site}{path}");
        assert!(listed.contains(&address), "{address} not in the sitemap");
    }
    // Every listed page says it may be indexed, names the same canonical address, and
    // has its versions listed beside it.
    for address in listed.iter().step_by(7) {
        let path = address.strip_prefix(&site).unwrap();
        let html = raw_html(&portal, path).await;
        assert!(
            !html.contains("noindex"),
            "{path} is in the sitemap but not indexed"
        );
        assert!(
            html.contains(&format!("<link rel=\"canonical\" href=\"{address}\">")),
            "{path}"
        );
    }
    assert_eq!(
        sitemap.matches("<url>").count() * 3,
        sitemap.matches("<xhtml:link rel=\"alternate\"").count()
    );
    // No sample entry: a page marked noindex is never listed.
    portal.goto("/startups").await;
    let sample = portal
        .eval(
            "return [...document.querySelectorAll('.startup-card')]
               .find(c => c.querySelector('.badge--sample'))
               .querySelector('a').getAttribute('href');",
        )
        .await;
    let sample = sample.as_str().expect("a sample start-up").to_owned();
    assert!(raw_html(&portal, &sample).await.contains("noindex"));
    assert!(!listed.contains(&format!("{site}{sample}")), "{sample}");
    portal.close().await;
}
