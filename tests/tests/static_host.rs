//! The portal on a plain static host, under a sub-path, the API on another origin: the
//! build of `--public-url /portail/` served by nginx with the location file the build
//! writes, `config.json` pointing at the reference server started with `--allow-origin`.
//! What a visitor, a student and a start-up do there works, every link and asset stays
//! under `/portail/`, and the host sends the portal's own security headers. (The same
//! origin setup, the reference server serving `dist/` at `/`, is every other e2e test.)

use std::collections::HashMap;

use fantoccini::Locator;
use portal_e2e::{static_host, Portal};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One GET of `url` over a fresh connection: the status, the headers (names in lower case)
/// and the body (asked without compression).
async fn get(url: &str) -> (u16, HashMap<String, String>, String) {
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

/// Every address the page now open names on its own origin (links, stylesheets, scripts,
/// images, the share field) is under `/portail/`.
async fn stays_under_the_base(portal: &Portal) {
    let found = portal
        .client()
        .execute(
            "const own = [];
             for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
               const raw = el.getAttribute('href') ?? el.getAttribute('src');
               const url = new URL(raw, location.href);
               if (url.origin === location.origin && !raw.startsWith('#')) own.push(url.pathname);
             }
             const share = document.querySelector('#share-link');
             if (share) own.push(new URL(share.value).pathname);
             for (const el of document.querySelectorAll('[data-js], [data-wasm]')) {
               own.push(el.dataset.js, el.dataset.wasm);
             }
             return own;",
            vec![],
        )
        .await
        .unwrap();
    let mut outside: Vec<String> = serde_json::from_value::<Vec<String>>(found)
        .unwrap()
        .into_iter()
        .filter(|path| !path.starts_with("/portail/"))
        .collect();
    outside.sort();
    outside.dedup();
    assert_eq!(outside, Vec::<String>::new(), "addresses outside the base");
}

/// Waits until the page shows a start-up logo loaded from the API's origin, once the app
/// knows it (a page is baked without it, so it never asks the static host for one).
async fn logo_loads_from_the_api(portal: &Portal) {
    let api = portal.server.url("");
    portal
        .wait_until("a logo loaded from the API", || async {
            portal
                .client()
                .execute(
                    "const img = document.querySelector('main img.startup-logo');
                     return !!img && img.src.startsWith(arguments[0]) && img.complete && img.naturalWidth > 0;",
                    vec![json!(api)],
                )
                .await
                .unwrap()
                == true
        })
        .await;
}

#[tokio::test]
async fn the_host_sends_the_portals_headers_and_falls_back_to_the_shell() {
    let portal = Portal::launch_on_static_host().await;
    let api = portal.server.url("");
    let (status, home, body) = get(&portal.page_url("/")).await;
    assert_eq!(status, 200);
    let csp = &home["content-security-policy"];
    assert!(csp.contains(&format!("connect-src 'self' {api}")), "{csp}");
    assert!(
        csp.contains(&format!("img-src 'self' data: {api}")),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(home["cache-control"], "no-cache");
    assert_eq!(home["x-content-type-options"], "nosniff");
    assert_eq!(home["x-frame-options"], "DENY");
    assert_eq!(home["referrer-policy"], "no-referrer");
    println!("static host, headers of /portail/: {home:?}");
    // The prerendered home, its links and its start-up script under the base.
    assert!(body.contains("data-base=\"/portail/\""), "{body}");
    assert!(body.contains("href=\"/portail/formations\""));
    assert!(!body.contains("href=\"/formations\""));
    // The base without its slash is sent to the base.
    let bare = portal.page_url("/").trim_end_matches('/').to_owned();
    let (status, moved, _) = get(&bare).await;
    assert_eq!(status, 301);
    assert!(moved["location"].ends_with("/portail/"), "{moved:?}");
    // The split wasm: its folder is content-hashed, so cached for a year, as wasm.
    let pkg = std::fs::read_dir(std::env::var("PORTAL_DIST_SUBPATH").unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("pkg-"))
        .unwrap();
    let (status, wasm, _) = get(&portal.page_url(&format!("/{pkg}/portal_bg.wasm"))).await;
    assert_eq!(status, 200);
    assert_eq!(wasm["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(wasm["content-type"], "application/wasm");
    assert!(
        wasm.contains_key("content-security-policy"),
        "every location lists them"
    );
    // Prerendered pages by their clean address, and the shell for the others.
    for path in [
        "/formations",
        "/en/programmes",
        "/startups/posos",
        "/espace-startup",
        "/nulle-part",
    ] {
        let (status, headers, body) = get(&portal.page_url(path)).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        assert!(body.contains("src=\"/portail/boot.js\""), "{path}");
    }
    // A search link gets its page as the build wrote it (nginx ignores the query): the
    // app hydrates it, then shows the search (the flow below opens one).
    let (_, _, searched) = get(&portal.page_url("/formations?level=master")).await;
    assert!(searched.contains("data-ssr=\"/formations\""), "{searched}");
    // The canonical address follows the base too.
    let (_, _, programmes) = get(&portal.page_url("/en/programmes")).await;
    let steps = static_host::readme_steps();
    let site = steps.build_value("--site-url").unwrap();
    assert!(
        programmes.contains(&format!(
            "<link rel=\"canonical\" href=\"{site}/portail/en/programmes\">"
        )),
        "{programmes}"
    );
    // Outside the base, nginx has nothing.
    let (status, _, _) = get(&format!(
        "{}/formations",
        portal.page_url("/").trim_end_matches("/portail/")
    ))
    .await;
    assert_eq!(status, 404);
    portal.close().await;
}

#[tokio::test]
async fn a_visitor_a_student_and_a_start_up_use_the_portal_from_a_static_host() {
    let portal = Portal::launch_on_static_host().await;
    // Home, then the catalogue filtered, then a programme.
    portal.goto("/").await;
    portal.wait_for_h1("PariSanté Campus").await;
    stays_under_the_base(&portal).await;
    portal.goto("/formations?level=master").await;
    portal
        .wait_until(
            "only master programmes, the page hydrated then searched",
            || async {
                portal.path_and_query().await == "/formations?level=master"
                    && portal.every_card_says(".programme-card", "Master").await
            },
        )
        .await;
    let first = portal.find(".programme-card__title a").await;
    let title = first.text().await.unwrap();
    let href = first.attr("href").await.unwrap().unwrap();
    assert!(href.starts_with("/portail/formations/"), "{href}");
    first.click().await.unwrap();
    portal.wait_for_h1(&title).await;
    stays_under_the_base(&portal).await;

    // A filter from the search form keeps the address under the base.
    portal.goto("/formations").await;
    portal.click("label[for='facet-level-doctorat']").await;
    portal.wait_for_query("/formations?level=doctorat").await;

    // The shortlist's share link names the portal's address under the base.
    let slug = href.rsplit('/').next().unwrap();
    portal
        .goto(&format!("/formations/ma-selection?p={slug}"))
        .await;
    portal.click(".shared-shortlist button").await;
    portal.find("#share-link").await;
    stays_under_the_base(&portal).await;

    // The directory, then a start-up by deep link (a reload on the static host).
    portal.goto("/startups").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    // Nothing changed since the build: the revalidation's 304 still gives the logos
    // their address at the API.
    logo_loads_from_the_api(&portal).await;
    portal
        .client()
        .goto(&portal.page_url("/startups/posos"))
        .await
        .unwrap();
    portal.wait_until_ready().await;
    portal.wait_for_h1("Posos").await;
    stays_under_the_base(&portal).await;

    // The language switch stays in the app.
    portal.click("a.lang-switch").await;
    portal.wait_for_path("/en/startups/posos").await;

    // An unknown address: the shell, then the not-found page.
    portal.goto("/nulle-part").await;
    portal
        .wait_until("the not-found page", || async {
            portal
                .text_of("h1")
                .await
                .is_some_and(|h| h.contains("introuvable"))
        })
        .await;

    // A member signs in across origins, saves, and sees the change public.
    portal.goto("/espace-startup").await;
    // The space's form comes with its chunk, after the shell: `fill` waits for it.
    portal
        .submit_sign_in("equipe@cardiolume.example", "cardiolume-demo-2026")
        .await;
    portal
        .wait_until("the editor", || async {
            portal
                .text_of(".editor h2")
                .await
                .is_some_and(|t| t.contains("Cardiolume"))
        })
        .await;
    let pitch = "Analyse de l'ECG assistée par IA, publiée depuis un hébergeur statique.";
    portal.fill("#edit-pitch-fr", pitch).await;
    portal.click(".editor__save button[type=submit]").await;
    portal
        .wait_until("the save", || async {
            portal
                .text_of("#editor-status")
                .await
                .is_some_and(|t| t.contains("Enregistré"))
        })
        .await;
    portal
        .client()
        .goto(&portal.page_url("/startups/cardiolume"))
        .await
        .unwrap();
    portal
        .wait_until("the new pitch on the public page", || async {
            portal.rendered_html().await.contains(pitch)
        })
        .await;
    logo_loads_from_the_api(&portal).await;

    // The space asks `/me` whether a session exists before signing in: that 401 is the
    // answer "no", which the browser logs for any 4xx. Nothing else may appear (a CORS or
    // CSP refusal would).
    let problems: Vec<String> = portal
        .console_problems()
        .await
        .into_iter()
        .filter(|p| !(p.contains("/api/v1/me ") && p.contains("401")))
        .collect();
    assert!(problems.is_empty(), "console: {problems:?}");
    portal.close().await;
}

/// What the page now open gets when it fetches the API's campus: `read 200` or `refused: …`.
async fn fetch_campus(portal: &Portal) -> serde_json::Value {
    portal
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0] + '/api/v1/campus').then(r => done('read ' + r.status), e => done('refused: ' + e.name));",
            vec![json!(portal.server.url(""))],
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn a_page_from_an_origin_the_api_does_not_allow_is_refused_by_the_browser() {
    let portal = Portal::launch_on_static_host().await;
    // The same portal on a second host whose origin the API was not told about.
    let dir = tempfile::tempdir().unwrap();
    let site = static_host::site_for(&portal.server.url(""), dir.path());
    let other = static_host::StaticHost::start(
        &site,
        portal_e2e::free_port(),
        static_host::Fallback::Shell,
    )
    .await;
    portal
        .client()
        .goto(&other.url("/mentions-legales"))
        .await
        .unwrap();
    let outcome = fetch_campus(&portal).await;
    assert_eq!(outcome, "refused: TypeError", "{outcome}");
    // From the allowed origin, the same request is read.
    portal.goto("/mentions-legales").await;
    let outcome = fetch_campus(&portal).await;
    assert_eq!(outcome, "read 200");
    let _ = portal.client().find(Locator::Css("h1")).await.unwrap();
    portal.close().await;
}

#[tokio::test]
async fn a_host_without_rewrite_rules_sends_404_html_and_the_app_shows_its_own_pages() {
    let portal = Portal::launch_on_host(static_host::Fallback::ErrorDocument).await;
    // An address that is no page: the not-found page, as HTML, with 404, out of search
    // engines.
    let (status, _, body) = get(&portal.page_url("/plus-rien")).await;
    assert_eq!(status, 404);
    assert!(body.contains("Page introuvable"), "{body}");
    assert!(body.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!body.contains("rel=\"canonical\""));
    portal.goto("/plus-rien").await;
    portal.wait_for_h1("Page introuvable").await;
    // A page of the app that the build did not write (a registration link's page): the
    // host sends 404.html, and the app draws the address's own page over it.
    let (status, _, body) = get(&portal.page_url("/agenda/inscription")).await;
    assert_eq!(status, 404);
    assert!(!body.contains("Votre inscription"));
    portal.goto("/agenda/inscription").await;
    portal.wait_for_h1("Votre inscription").await;
    stays_under_the_base(&portal).await;
    let problems = portal.console_problems().await;
    // The host sends its 404 status for the document: the one console line it causes.
    assert!(problems.iter().all(|p| p.contains("404")), "{problems:?}");
    portal.close().await;
}
