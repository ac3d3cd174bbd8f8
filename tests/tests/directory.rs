//! A visitor looking for start-ups, in a real browser against the real server.

use std::time::Duration;

use portal_e2e::Portal;

async fn card_names(portal: &Portal) -> Vec<String> {
    let mut names = Vec::new();
    for card in portal.find_all(".startup-card__name").await {
        names.push(card.text().await.unwrap());
    }
    names
}

async fn checked(portal: &Portal, id: &str) -> bool {
    portal
        .eval(&format!("return document.getElementById('{id}').checked;"))
        .await
        == true
}

#[tokio::test]
async fn a_visitor_searches_filters_opens_a_profile_and_comes_back_to_the_same_filters() {
    let portal = Portal::launch().await;
    portal.goto("/startups").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    portal.find(".startup-card").await;
    let total = portal.text_of("#results-count").await.unwrap();
    assert!(total.ends_with("start-ups"), "{total}");
    let n: usize = total.split(' ').next().unwrap().parse().unwrap();
    assert!((45..=60).contains(&n), "about fifty: {total}");
    assert_eq!(card_names(&portal).await.len(), 24, "first page");

    // Search "simulation": accent- and case-insensitive, the URL follows.
    let input = portal.find("#directory-q").await;
    input.send_keys("Simulation").await.unwrap();
    portal.wait_for_query("/startups?q=Simulation").await;
    portal
        .wait_until("Blocsim among the results", || async {
            card_names(&portal).await.contains(&"Blocsim".to_owned())
        })
        .await;
    let searched = card_names(&portal).await.len();
    assert!(searched < n, "the search narrows the directory");

    // Then a sector and a stage, one click each.
    portal
        .click("label[for='facet-sector-formation-simulation']")
        .await;
    portal
        .wait_for_query("/startups?q=Simulation&sector=formation-simulation")
        .await;
    portal.click("label[for='facet-stage-amorcage']").await;
    let filtered = "/startups?q=Simulation&sector=formation-simulation&stage=amorcage";
    portal.wait_for_query(filtered).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let names = card_names(&portal).await;
    assert!(!names.is_empty() && names.len() < searched, "{names:?}");
    for stage in portal.find_all(".startup-card__stage").await {
        assert_eq!(stage.text().await.unwrap(), "Amorçage");
    }
    // Guillemets hold their text with no-break spaces; WebDriver may report plain ones.
    let chips = portal
        .text_of(".chips")
        .await
        .unwrap()
        .replace('\u{a0}', " ");
    for chip in [
        "«\u{202f}Simulation\u{202f}»",
        "Formation et simulation médicale",
        "Amorçage",
    ] {
        assert!(chips.contains(chip), "chip {chip} in {chips}");
    }
    portal.assert_accessible("directory with filters").await;

    // Open the first profile.
    portal.click(".startup-card__name a").await;
    portal.wait_for_h1(&names[0]).await;
    assert!(portal.path().await.starts_with("/startups/"));
    let facts = portal.text_of(".facts").await.unwrap();
    assert!(facts.contains("Amorçage"), "{facts}");
    // This one is a sample: no structured data passing it off as a company, not indexed.
    assert!(portal.text_of("main").await.unwrap().contains("Exemple"));
    assert_eq!(
        portal
            .eval(
                "return [document.getElementById('startup-json-ld'),
                         document.querySelector('meta[name=robots]')?.content];"
            )
            .await,
        serde_json::json!([null, "noindex"])
    );
    // Every link leaving the portal opens safely.
    let unsafe_links = portal
        .eval(
            "return [...document.querySelectorAll('main a[href^=\"http\"]')]
                .filter(a => !/noopener/.test(a.rel) || !/noreferrer/.test(a.rel)).length;",
        )
        .await;
    assert_eq!(unsafe_links, 0);
    portal.assert_accessible("start-up profile").await;

    // Back: the same search, filters and results.
    portal.client().back().await.unwrap();
    portal.wait_for_query(filtered).await;
    portal.find(".startup-card").await;
    portal
        .wait_until("same results", || async {
            card_names(&portal).await == names
        })
        .await;
    assert!(checked(&portal, "facet-sector-formation-simulation").await);
    assert!(checked(&portal, "facet-stage-amorcage").await);
    let typed = portal
        .eval("return document.getElementById('directory-q').value;")
        .await;
    assert_eq!(typed, "Simulation");
    portal.close().await;
}

#[tokio::test]
async fn logos_have_fixed_dimensions_and_start_ups_without_one_show_initials() {
    let portal = Portal::launch().await;
    portal.goto("/startups?sort=nom").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    portal.find("img.startup-logo").await;
    let logos = portal
        .eval(
            "return [...document.querySelectorAll('img.startup-logo')].map(i =>
                [i.getAttribute('loading'), i.getAttribute('width'), i.getAttribute('height'), i.alt]);",
        )
        .await;
    let logos = logos.as_array().unwrap();
    assert!(!logos.is_empty(), "some seed start-ups have a logo");
    for logo in logos {
        assert_eq!(logo[0], "lazy");
        assert_eq!(
            (logo[1].as_str(), logo[2].as_str()),
            (Some("56"), Some("56"))
        );
        assert_eq!(logo[3], "", "decorative: the name is next to it");
    }
    // Logos really load (from the API, with their stored type).
    portal
        .wait_until("a logo decoded", || async {
            portal
                .eval("return [...document.querySelectorAll('img.startup-logo')].some(i => i.complete && i.naturalWidth > 0);")
                .await
                == true
        })
        .await;
    let drdata = portal
        .eval(
            "const card = [...document.querySelectorAll('.startup-card')]
                .find(c => c.querySelector('.startup-card__name').textContent === 'DrData');
             return card.querySelector('.startup-logo--initials').textContent;",
        )
        .await;
    assert_eq!(drdata, "DD");
    portal.close().await;
}

#[tokio::test]
async fn year_range_spin_offs_english_pole_pages_and_unknown_profiles() {
    let portal = Portal::launch().await;
    portal.goto("/startups?spinoff=1").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    portal.find(".startup-card").await;
    assert!(checked(&portal, "facet-spinoff").await);
    for card in portal.find_all(".startup-card").await {
        let text = card.text().await.unwrap();
        assert!(text.contains("Issue de la recherche"), "{text}");
    }
    // Founding year: pick the "from" year with the keyboard-friendly menu.
    portal
        .eval(
            "const s = document.getElementById('facet-founded_from');
             s.value = '2020'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        )
        .await;
    portal
        .wait_for_query("/startups?founded_from=2020&spinoff=1")
        .await;
    assert!(portal
        .text_of(".chips")
        .await
        .unwrap()
        .contains("Créée à partir de 2020"));

    // The same directory in English keeps the filters.
    portal.click("a.lang-switch").await;
    portal
        .wait_for_query("/en/startups?founded_from=2020&spinoff=1")
        .await;
    portal.wait_for_h1("Start-up directory").await;
    assert!(portal
        .text_of(".chips")
        .await
        .unwrap()
        .contains("Founded 2020 or later"));
    portal.assert_accessible("directory (en)").await;

    // A pole page (English now: the choice is remembered) lists its start-ups and links
    // to the directory filtered by the pole.
    portal.goto("/en/poles/entrepreneuriat").await;
    portal.wait_for_h1("Entrepreneurship").await;
    portal.find("#pole-startups").await;
    let cards = portal.find_all("#pole-startups ~ ul .startup-card").await;
    assert!(!cards.is_empty());
    portal
        .click("a[href='/en/startups?pole=entrepreneuriat']")
        .await;
    portal
        .wait_for_query("/en/startups?pole=entrepreneuriat")
        .await;
    portal.find(".startup-card").await;

    portal.goto("/en/startups/unknown").await;
    portal.wait_for_h1("Page not found").await;
    portal.close().await;
}

#[tokio::test]
async fn a_real_start_up_is_described_to_search_engines() {
    let portal = Portal::launch().await;
    portal.goto("/startups/posos").await;
    portal.wait_for_h1("Posos").await;
    let json_ld = portal
        .eval("return JSON.parse(document.getElementById('startup-json-ld').textContent);")
        .await;
    assert_eq!(json_ld["@type"], "Organization");
    assert_eq!(json_ld["name"], "Posos");
    assert_eq!(
        portal
            .eval("return document.querySelectorAll('meta[name=robots]').length;")
            .await,
        0
    );
    // The seed article gives no founding year, stage, team size or dates for it: the
    // profile says so, and publishes none of them.
    // Nor any activity, sector or pole: its JSON-LD gives its name alone.
    for field in ["foundingDate", "description", "knowsAbout", "sameAs"] {
        assert!(json_ld.get(field).is_none(), "{field}: {json_ld}");
    }
    assert!(
        portal.find_all(".programme__facts h3").await.is_empty(),
        "no heading over an empty list of poles"
    );
    let facts = portal.text_of(".facts").await.unwrap();
    for (label, missing) in [
        ("Secteurs", "À compléter par la start-up"),
        ("Stade", "À compléter par la start-up"),
        ("Création", "À compléter par la start-up"),
        ("Équipe", "À compléter par la start-up"),
        ("Sur le campus depuis", "Non publiée"),
    ] {
        assert!(
            facts.contains(&format!("{label}\n{missing}")),
            "{label}: {facts}"
        );
    }
    assert_eq!(
        portal.text_of(".programme__updated").await.unwrap(),
        "Fiche rédigée par l'équipe du portail, pas encore complétée par la start-up"
    );
    assert!(
        portal.find_all("main time").await.is_empty(),
        "no date at all"
    );
    portal.assert_accessible("a real start-up's profile").await;
    // In English too, and its card in the directory claims no stage.
    portal.goto("/en/startups/posos").await;
    portal.wait_for_h1("Posos").await;
    let facts = portal.text_of(".facts").await.unwrap();
    assert!(
        facts.contains("Not yet provided by the start-up"),
        "{facts}"
    );
    assert!(facts.contains("Not published"), "{facts}");
    portal.goto("/startups?q=posos").await;
    portal
        .wait_until("Posos's card", || async {
            card_names(&portal).await == ["Posos"]
        })
        .await;
    assert!(portal.find_all(".startup-card__stage").await.is_empty());
    portal.close().await;
}
