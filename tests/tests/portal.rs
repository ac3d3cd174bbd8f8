//! What visitors do with the portal, in a real browser against the real server.

use fantoccini::{key::Key, Locator};
use portal_e2e::Portal;

async fn html_lang(portal: &Portal) -> String {
    portal
        .eval("return document.documentElement.lang;")
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

/// Opens `path` with the remembered language set to the page's (so no redirect happens),
/// reloads, and waits for its heading. Returns the language code.
async fn open_in_its_language(portal: &Portal, path: &str, heading: &str) -> &'static str {
    let lang = if path.starts_with("/en") { "en" } else { "fr" };
    portal.goto(path).await;
    portal
        .eval(&format!(
            "localStorage.setItem('parisante-portal.lang', '{lang}');"
        ))
        .await;
    portal.client().refresh().await.unwrap();
    portal.wait_for_h1(heading).await;
    lang
}

async fn title(portal: &Portal) -> String {
    portal.client().title().await.unwrap()
}

#[tokio::test]
async fn home_presents_the_campus_and_its_five_poles_in_french() {
    let portal = Portal::launch().await;
    portal.goto("/").await;
    portal.wait_for_h1("PariSanté Campus").await;
    portal.find(".pole-card").await;
    let cards = portal.find_all(".pole-card__title").await;
    let mut names = Vec::new();
    for card in cards {
        names.push(card.text().await.unwrap());
    }
    assert_eq!(
        names,
        [
            "Pôle recherche",
            "Pôle patients et société",
            "Pôle formation",
            "Pôle entrepreneuriat",
            "Pôle professionnels de santé"
        ]
    );
    let body = portal.text_of("main").await.unwrap();
    for fact in [
        "400 M€",
        "15\u{202f}000 m²", // WebDriver reads U+00A0 as a space, U+202F as itself
        "Health Data Hub",
        "PR[AI]RIE",
        "Doctolib",
        "Qare",
    ] {
        assert!(body.contains(fact), "home shows {fact}");
    }
    assert_eq!(html_lang(&portal).await, "fr");
    assert_eq!(
        title(&portal).await,
        "PariSanté Campus · Le campus du numérique en santé"
    );
    portal.assert_accessible("home (fr)").await;
    portal.close().await;
}

#[tokio::test]
async fn keyboard_alone_reaches_a_pole_page_and_focus_lands_on_its_title() {
    let portal = Portal::launch().await;
    portal.goto("/").await;
    portal.find(".pole-card").await;

    // The first tab stop is the skip link.
    portal.press(Key::Tab).await;
    let (tag, text, href) = portal.focused().await;
    assert_eq!(
        (tag.as_str(), text.as_str(), href.as_str()),
        ("a", "Aller au contenu principal", "#main")
    );

    let mut reached = false;
    for _ in 0..40 {
        portal.press(Key::Tab).await;
        if portal.focused().await.2 == "/poles/formation" {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the training pole card");
    portal.press(Key::Enter).await;
    portal.wait_for_path("/poles/formation").await;
    portal.wait_for_h1("Pôle formation").await;
    portal
        .wait_until("focus on the h1", || async {
            portal.focused().await.0 == "h1"
        })
        .await;
    assert_eq!(portal.focused().await.1, "Pôle formation");
    assert_eq!(title(&portal).await, "Pôle formation · PariSanté Campus");
    let institutes = portal
        .text_of("#pole-institutes ~ .institute-list")
        .await
        .unwrap();
    assert!(institutes.contains("PR[AI]RIE") && institutes.contains("Q-Bio"));
    // Those links are not in the article: the page says they are illustrative.
    assert!(portal
        .text_of("#pole-institutes + .hint")
        .await
        .unwrap()
        .contains("à titre d'illustration"));
    portal.assert_accessible("pole page (fr)").await;
    portal.close().await;
}

#[tokio::test]
async fn language_switch_keeps_the_page_and_is_remembered() {
    let portal = Portal::launch().await;
    portal.goto("/poles/recherche").await;
    portal.wait_for_h1("Pôle recherche").await;

    portal.find(".lang-switch").await.click().await.unwrap();
    portal.wait_for_path("/en/poles/recherche").await;
    portal.wait_for_h1("Research").await;
    assert_eq!(html_lang(&portal).await, "en");
    assert!(portal
        .text_of("nav.main-nav")
        .await
        .unwrap()
        .contains("Poles"));
    portal.assert_accessible("pole page (en)").await;

    // The choice is remembered: a French address opens in English next time.
    portal.goto("/").await;
    portal.wait_for_path("/en").await;
    portal.wait_for_h1("PariSanté Campus").await;
    assert!(portal
        .text_of(".hero")
        .await
        .unwrap()
        .contains("Explore the five poles"));
    portal.assert_accessible("home (en)").await;

    // And back to French.
    portal.find(".lang-switch").await.click().await.unwrap();
    portal.wait_for_path("/").await;
    portal
        .wait_until("French hero", || async {
            portal
                .text_of(".hero")
                .await
                .unwrap_or_default()
                .contains("Découvrir les cinq pôles")
        })
        .await;
    assert_eq!(html_lang(&portal).await, "fr");
    portal.close().await;
}

#[tokio::test]
async fn an_english_browser_gets_english_on_first_visit() {
    let portal = Portal::launch_with_lang("en-GB,en").await;
    portal.goto("/").await;
    portal.wait_for_path("/en").await;
    portal.wait_for_h1("PariSanté Campus").await;
    assert_eq!(html_lang(&portal).await, "en");
    // An address that names its language keeps it: a link to a French page holds.
    portal.goto("/poles").await;
    portal.wait_for_h1("Les cinq pôles du campus").await;
    assert_eq!(portal.path().await, "/poles");
    assert_eq!(html_lang(&portal).await, "fr");
    portal.close().await;
}

#[tokio::test]
async fn deep_links_reload_and_legal_pages_exist_in_both_languages() {
    let portal = Portal::launch().await;
    let pages = [
        ("/poles/entrepreneuriat", "Pôle entrepreneuriat"),
        ("/poles", "Les cinq pôles du campus"),
        ("/accessibilite", "Déclaration d'accessibilité"),
        ("/mentions-legales", "Mentions légales"),
        ("/confidentialite", "Données personnelles"),
        ("/startups/posos", "Posos"),
        ("/en/startup-space", "Start-up space"),
        ("/en/startups/simforhealth", "SimforHealth"),
        ("/en/poles/professionnels-sante", "Health professionals"),
        ("/en/accessibility", "Accessibility statement"),
        ("/en/legal-notice", "Legal notice"),
        ("/en/privacy", "Privacy"),
    ];
    for (path, heading) in pages {
        let lang = open_in_its_language(&portal, path, heading).await;
        assert_eq!(portal.path().await, path, "reload keeps {path}");
        assert_eq!(html_lang(&portal).await, lang);
        portal.assert_accessible(path).await;
    }
    let privacy = portal.text_of("main").await.unwrap();
    // No tracker that needs consent, and the ones it keeps named as trackers (CNIL).
    assert!(privacy.contains("no tracker that needs your consent"));
    assert!(privacy.contains("trackers in the CNIL's sense"));
    // It names everything the portal keeps in the browser.
    for key in ["parisante-portal.lang", "parisante-portal.shortlist"] {
        assert!(privacy.contains(key), "the privacy page names {key}");
    }
    portal.close().await;
}

#[tokio::test]
async fn unknown_paths_and_slugs_show_the_404_page() {
    let portal = Portal::launch().await;
    for path in [
        "/nulle-part",
        "/poles/inconnu",
        "/poles/Mauvais%20Slug",
        "/poles/a/b",
    ] {
        portal.goto(path).await;
        portal.wait_for_h1("Page introuvable").await;
        assert_eq!(title(&portal).await, "Page introuvable · PariSanté Campus");
        let home = portal.find(".not-found a").await;
        assert_eq!(home.attr("href").await.unwrap().as_deref(), Some("/"));
    }
    portal.assert_accessible("404").await;
    portal.close().await;
}

#[tokio::test]
async fn when_the_api_is_down_an_error_and_retry_are_shown_then_it_recovers() {
    let mut portal = Portal::launch().await;
    portal.goto("/").await;
    portal.find(".pole-card").await;

    portal.server.stop().await;
    // Client-side navigation: the app is loaded, the poles list is not.
    portal
        .client()
        .find(Locator::Css("nav.main-nav a[href='/poles']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    portal.wait_for_path("/poles").await;
    let alert = portal.find("[role=alert]").await;
    let message = alert.text().await.unwrap();
    assert!(
        message.contains("Le serveur du campus est injoignable"),
        "{message}"
    );
    portal.assert_accessible("error view").await;

    portal.server.restart().await;
    portal
        .find("[role=alert] button")
        .await
        .click()
        .await
        .unwrap();
    portal.find(".pole-card").await;
    assert!(portal.find_all("[role=alert]").await.is_empty());
    assert_eq!(portal.find_all(".pole-card").await.len(), 5);
    portal.close().await;
}

#[tokio::test]
async fn screenshots_of_every_page_at_desktop_and_mobile_widths() {
    let portal = Portal::launch().await;
    let pages = [
        ("home", "/", "PariSanté Campus"),
        ("poles", "/poles", "Les cinq pôles du campus"),
        (
            "pole",
            "/poles/patients-societe",
            "Pôle patients et société",
        ),
        ("privacy", "/confidentialite", "Données personnelles"),
        ("404", "/nulle-part", "Page introuvable"),
        (
            "catalogue",
            "/formations?level=master",
            "Trouver une formation",
        ),
        (
            "programme",
            "/formations/master-donnees-de-sante",
            "Master Données de santé",
        ),
        (
            "compare",
            "/formations/comparer?p=master-ia-sante,master-donnees-de-sante,du-telemedecine",
            "Comparer des formations",
        ),
        ("directory", "/startups", "Annuaire des start-ups"),
        ("space", "/espace-startup", "Espace start-up"),
        ("startup", "/startups/cardiolume", "Cardiolume"),
        ("agenda", "/agenda", "Agenda"),
        (
            "event",
            "/agenda/reunion-publique-campus-quartier",
            "Réunion publique\u{202f}: le campus et son quartier",
        ),
        ("registration", "/agenda/inscription", "Votre inscription"),
        ("agenda-en", "/en/events?past=1", "Events"),
        (
            "event-en",
            "/en/events/debat-securiser-donnees",
            "Debate: collecting, using and securing health data",
        ),
        ("home-en", "/en", "PariSanté Campus"),
        ("catalogue-en", "/en/programmes", "Find a programme"),
        ("pole-en", "/en/poles/recherche", "Research"),
        ("join", "/rejoindre", "Rejoindre le campus"),
        ("join-en", "/en/join", "Join the campus"),
    ];
    for (name, path, heading) in pages {
        open_in_its_language(&portal, path, heading).await;
        for (suffix, width) in [("desktop", 1280), ("mobile", 390)] {
            let file = portal
                .full_page_screenshot(&format!("{name}-{suffix}"), width)
                .await;
            assert!(
                std::fs::metadata(&file).unwrap().len() > 10_000,
                "{file:?} is a real image"
            );
        }
        // Nothing may overflow horizontally at 320 CSS px (RGAA 10.11: 1280 px at 400 %).
        portal.client().set_window_size(320, 640).await.unwrap();
        let overflow = portal
            .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await
            .as_i64()
            .unwrap();
        assert!(overflow <= 0, "{path} overflows by {overflow}px at 320 px");
        portal.client().set_window_size(1280, 900).await.unwrap();
    }
    portal.close().await;
}

#[tokio::test]
async fn the_accessibility_check_catches_a_real_violation() {
    // Guards the guard: axe must report an image without a text alternative.
    let portal = Portal::launch().await;
    portal.goto("/").await;
    portal.wait_for_h1("PariSanté Campus").await;
    assert!(portal.axe_violations().await.is_empty());
    portal
        .eval("const img = document.createElement('img'); img.src = '/logo.svg'; document.querySelector('main').append(img);")
        .await;
    let violations = portal.axe_violations().await;
    assert!(
        violations.iter().any(|v| v["id"] == "image-alt"),
        "axe reports the missing alt: {violations:?}"
    );
    portal.close().await;
}

#[tokio::test]
async fn the_skip_link_skips_on_every_route() {
    let portal = Portal::launch().await;
    for path in [
        "/",
        "/en",
        "/poles",
        "/en/poles/recherche",
        "/formations",
        "/en/programmes/master-donnees-de-sante",
        "/formations/ma-selection",
        "/en/programmes/compare",
        "/startups",
        "/en/startups/posos",
        "/espace-startup",
        "/agenda",
        "/en/events/atelier-patients-donnees-de-sante",
        "/accessibilite",
        "/en/privacy",
        "/nulle-part",
    ] {
        portal.goto(path).await;
        portal.find("h1").await;
        // Tab to the skip link, Enter, Tab: focus is inside main, not on the header.
        portal.press(Key::Tab).await;
        assert_eq!(portal.focused().await.2, "#main", "{path}: first tab stop");
        portal.press(Key::Enter).await;
        assert_eq!(
            portal.eval("return document.activeElement.id;").await,
            "main",
            "{path}: Enter on the skip link focuses main"
        );
        // The next Tab goes on from main: to its first control, or past it when it holds
        // none (an empty shortlist), never back to the header.
        portal.press(Key::Tab).await;
        let from_main = portal
            .eval(
                "const main = document.getElementById('main'), el = document.activeElement;
                 return main.contains(el)
                     || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);",
            )
            .await;
        assert_eq!(
            from_main,
            true,
            "{path}: after the skip link, Tab went to {:?}",
            portal.focused().await
        );
    }
}

#[tokio::test]
async fn a_reader_whose_browser_prefers_the_other_language_is_offered_it_once() {
    let portal = Portal::launch_with_lang("en-GB,en").await;
    // A French address holds, and the page (as the build wrote it) offers English, in
    // English.
    portal.goto("/formations").await;
    portal.wait_for_h1("Trouver une formation").await;
    portal
        .wait_until("the offer", || async {
            portal
                .text_of(".lang-suggestion")
                .await
                .is_some_and(|t| t.contains("also available in English"))
        })
        .await;
    let lang = portal
        .eval("return document.querySelector('.lang-suggestion').lang;")
        .await;
    assert_eq!(lang, "en");
    // It arrives after the page has painted, and moves nothing on it (no layout shift:
    // the browser's own record since the page started).
    let shift = portal.layout_shift().await;
    assert_eq!(shift, 0.0, "layout shift {shift}");
    portal.assert_accessible("the language offer").await;
    // "No thanks": gone, and not offered again on the next page or after a reload.
    portal.click(".lang-suggestion__dismiss").await;
    portal
        .wait_until("the offer gone", || async {
            portal.text_of(".lang-suggestion").await.is_none()
        })
        .await;
    portal.goto("/startups").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    assert!(portal.text_of(".lang-suggestion").await.is_none());
    assert!(portal.console_problems().await.is_empty());
    portal.close().await;

    // Following it opens the same page in English, search kept, and records the choice.
    let portal = Portal::launch_with_lang("en-GB,en").await;
    portal.goto("/formations?level=master").await;
    portal.click(".lang-suggestion__go").await;
    portal.wait_for_query("/en/programmes?level=master").await;
    portal.wait_for_h1("Find a programme").await;
    assert!(
        portal.text_of(".lang-suggestion").await.is_none(),
        "English is what it prefers"
    );
    portal.close().await;

    // A French reader on a French page is offered nothing.
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    portal.wait_for_h1("Trouver une formation").await;
    assert!(portal.text_of(".lang-suggestion").await.is_none());
    portal.close().await;
}
