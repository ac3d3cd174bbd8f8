//! A student looking for a programme, in a real browser against the real server.

use std::time::Duration;

use fantoccini::Locator;
use portal_e2e::{Browser, Portal};

async fn card_titles(portal: &Portal) -> Vec<String> {
    let mut titles = Vec::new();
    for card in portal.find_all(".programme-card__title").await {
        titles.push(card.text().await.unwrap());
    }
    titles
}

#[tokio::test]
async fn a_student_filters_opens_shortlists_compares_and_shares() {
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    portal.wait_for_h1("Trouver une formation").await;
    portal.find(".programme-card").await;
    let everything = card_titles(&portal).await.len();
    assert_eq!(everything, 20, "first page of the whole catalogue");

    // Master + health data + English, one click each: the URL follows.
    portal.click("label[for='facet-level-master']").await;
    portal.wait_for_query("/formations?level=master").await;
    portal
        .click("label[for='facet-domain-donnees-de-sante']")
        .await;
    portal
        .wait_for_query("/formations?level=master&domain=donnees-de-sante")
        .await;
    portal.click("label[for='facet-lang-en']").await;
    let filtered_url = "/formations?level=master&domain=donnees-de-sante&lang=en";
    portal.wait_for_query(filtered_url).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let titles = card_titles(&portal).await;
    assert!(titles.len() >= 2, "{titles:?}");
    assert!(titles.iter().all(|t| t.starts_with("Master")), "{titles:?}");
    let count = portal.text_of("#results-count").await.unwrap();
    assert_eq!(count, format!("{} formations", titles.len()));
    let chips = portal.text_of(".chips").await.unwrap();
    for chip in ["Master", "Données de santé", "Anglais"] {
        assert!(chips.contains(chip), "chip {chip} in {chips}");
    }
    portal.assert_accessible("catalogue with filters").await;

    // Back undoes the last filter, forward redoes it.
    portal.client().back().await.unwrap();
    portal
        .wait_for_query("/formations?level=master&domain=donnees-de-sante")
        .await;
    portal.client().forward().await.unwrap();
    portal.wait_for_query(filtered_url).await;
    portal
        .wait_until("English checked again", || async {
            portal
                .eval("return document.getElementById('facet-lang-en').checked;")
                .await
                == true
        })
        .await;

    // Shortlist and compare the first two results.
    let stars = portal.find_all(".programme-card .toggle--star").await;
    stars[0].click().await.unwrap();
    stars[1].click().await.unwrap();
    let compares = portal
        .find_all(".programme-card .toggle:not(.toggle--star)")
        .await;
    compares[0].click().await.unwrap();
    compares[1].click().await.unwrap();
    portal
        .wait_until("compare bar", || async {
            portal
                .text_of(".compare-bar")
                .await
                .unwrap_or_default()
                .contains("Comparer (2/3)")
        })
        .await;
    assert_eq!(portal.text_of(".nav-count").await.as_deref(), Some("2"));
    assert_eq!(
        stars[0].attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );

    // Open the first programme.
    portal
        .find(".programme-card__title a")
        .await
        .click()
        .await
        .unwrap();
    portal.wait_for_h1(&titles[0]).await;
    assert!(portal.path().await.starts_with("/formations/"));
    let facts = portal.text_of(".facts").await.unwrap();
    // The filter asked for English teaching: the language is among the facts, written in
    // a French list ("Français, anglais", or "Anglais" alone).
    assert!(
        facts.contains("Master") && facts.to_lowercase().contains("anglais"),
        "{facts}"
    );
    // Every programme of the seed is invented: no structured data passing it off as a
    // real offer, and search engines asked not to index it.
    assert_eq!(
        portal
            .eval(
                "return [document.querySelectorAll('script[type=\"application/ld+json\"]').length,
                         document.querySelector('meta[name=robots]')?.content];"
            )
            .await,
        serde_json::json!([0, "noindex"])
    );
    // And the page says so in words, not only with a badge.
    assert!(portal
        .text_of(".programme .notice--sample")
        .await
        .unwrap()
        .contains("Formation d'exemple"));
    portal.assert_accessible("programme page").await;

    // Compare them side by side.
    portal.click(".compare-bar a").await;
    portal.wait_for_h1("Comparer des formations").await;
    portal.find(".compare-table").await;
    assert!(portal
        .text_of("main .notice--sample")
        .await
        .unwrap()
        .contains("inventées"));
    // One column header per programme, after the (named) criteria column.
    let headers = portal.find_all(".compare-table thead th").await;
    assert_eq!(headers.len(), 3);
    assert_eq!(
        portal
            .text_of(".compare-table thead th:first-child")
            .await
            .as_deref(),
        Some("Critère")
    );
    let table = portal.text_of(".compare-table").await.unwrap();
    assert!(table.contains(&titles[0]) && table.contains(&titles[1]));
    assert!(table.contains("Crédits ECTS") && table.contains("Frais"));
    portal.assert_accessible("comparison").await;

    // The shortlist page offers a share link.
    portal
        .click("nav.main-nav a[href='/formations/ma-selection']")
        .await;
    portal.wait_for_h1("Ma sélection de formations").await;
    portal.find(".programme-card").await;
    assert_eq!(card_titles(&portal).await.len(), 2);
    let share = portal
        .eval("return document.getElementById('share-link').value;")
        .await;
    let share = share.as_str().unwrap().to_owned();
    assert!(share.contains("/formations/ma-selection?p="), "{share}");
    portal.assert_accessible("shortlist").await;

    // Another browser (nothing stored) opens the copied links and sees the same state.
    let other = Browser::start("fr-FR,fr").await;
    other
        .client
        .goto(&portal.server.url(filtered_url))
        .await
        .unwrap();
    other
        .client
        .wait()
        .for_element(Locator::Css(".programme-card"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut other_titles = Vec::new();
    for el in other
        .client
        .find_all(Locator::Css(".programme-card__title"))
        .await
        .unwrap()
    {
        other_titles.push(el.text().await.unwrap());
    }
    assert_eq!(
        other_titles, titles,
        "a copied link reopens the same search"
    );
    other.client.goto(&share).await.unwrap();
    let shared = other
        .client
        .wait()
        .for_element(Locator::Css(".shared-shortlist"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shared_text = shared.text().await.unwrap();
    assert!(shared_text.contains(&titles[0]) && shared_text.contains(&titles[1]));
    let _ = other.client.close().await;
    portal.close().await;
}

#[tokio::test]
async fn typing_searches_instantly_and_keeps_what_was_typed() {
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    portal.find(".programme-card").await;
    let input = portal.find("#catalogue-q").await;
    input.send_keys("donnees ").await.unwrap();
    portal.wait_for_query("/formations?q=donnees").await;
    // The trailing space stays in the field although the URL holds the trimmed text.
    let value = portal
        .eval("return document.getElementById('catalogue-q').value;")
        .await;
    assert_eq!(value, "donnees ");
    portal
        .wait_until("results about données", || async {
            let titles = card_titles(&portal).await;
            !titles.is_empty() && titles.len() < 20
        })
        .await;
    input.send_keys("IA").await.unwrap();
    portal.wait_for_query("/formations?q=donnees+IA").await;
    portal
        .wait_until("results about données and IA", || async {
            let titles = card_titles(&portal).await;
            !titles.is_empty()
                && titles.iter().any(|t| {
                    t.contains("Intelligence artificielle")
                        || t.contains("Python")
                        || t.contains("Entrepôts")
                })
        })
        .await;
    portal.close().await;
}

#[tokio::test]
async fn a_malformed_address_is_explained_not_fatal() {
    let portal = Portal::launch().await;
    portal
        .goto("/formations?level=master,bogus&colour=blue&page=abc&q=%E9")
        .await;
    portal.wait_for_h1("Trouver une formation").await;
    let notice = portal.find(".notice--warning").await.text().await.unwrap();
    for bad in ["level=bogus", "colour=blue", "page=abc"] {
        assert!(notice.contains(bad), "{bad} in {notice}");
    }
    portal.find(".programme-card").await;
    assert!(
        card_titles(&portal)
            .await
            .iter()
            .all(|t| t.starts_with("Master")),
        "valid part kept"
    );
    portal.assert_accessible("catalogue with a notice").await;
    portal.close().await;
}

#[tokio::test]
async fn the_catalogue_exists_in_english() {
    let portal = Portal::launch_with_lang("en-GB,en").await;
    portal.goto("/en/programmes?level=doctorat").await;
    portal.wait_for_h1("Find a programme").await;
    portal.find(".programme-card").await;
    let titles = card_titles(&portal).await;
    assert!(titles.iter().all(|t| t.starts_with("PhD")), "{titles:?}");
    // Sorting by title follows the language the reader reads.
    portal.goto("/en/programmes?sort=titre").await;
    portal.find(".programme-card").await;
    let sorted_titles = card_titles(&portal).await;
    let mut expected = sorted_titles.clone();
    expected.sort_by_key(|t| t.to_lowercase());
    assert_eq!(sorted_titles, expected);
    portal.goto("/en/programmes?level=doctorat").await;
    portal.find(".programme-card").await;
    // The switch keeps the search.
    portal.click(".lang-switch").await;
    portal.wait_for_query("/formations?level=doctorat").await;
    portal.wait_for_h1("Trouver une formation").await;
    portal.close().await;
}

#[tokio::test]
async fn a_pole_page_leads_to_its_programmes() {
    let portal = Portal::launch().await;
    portal.goto("/poles/entrepreneuriat").await;
    portal.wait_for_h1("Pôle entrepreneuriat").await;
    portal.find("#pole-programmes").await;
    let shown = portal
        .find_all("section[aria-labelledby='pole-programmes'] .programme-card")
        .await;
    assert!(!shown.is_empty() && shown.len() <= 3);
    let link = portal
        .find("section[aria-labelledby='pole-programmes'] a.button")
        .await;
    let label = link.text().await.unwrap();
    link.click().await.unwrap();
    portal
        .wait_for_query("/formations?pole=entrepreneuriat")
        .await;
    portal.wait_for_h1("Trouver une formation").await;
    portal
        .wait_until("the pole chip", || async {
            portal
                .text_of(".chips")
                .await
                .unwrap_or_default()
                .contains("Pôle entrepreneuriat")
        })
        .await;
    let count = portal.text_of("#results-count").await.unwrap();
    let n = count.split_whitespace().next().unwrap();
    assert!(
        label.contains(n),
        "the pole page announced {label}, the catalogue shows {count}"
    );
    portal.assert_accessible("pole page with programmes").await;
    portal.close().await;
}

#[tokio::test]
async fn facets_work_from_the_keyboard_and_keep_focus() {
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    portal.find(".programme-card").await;
    portal
        .eval("document.getElementById('facet-level-doctorat').focus();")
        .await;
    portal.press(fantoccini::key::Key::Space).await;
    portal.wait_for_query("/formations?level=doctorat").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let focused = portal.eval("return document.activeElement.id;").await;
    assert_eq!(
        focused, "facet-level-doctorat",
        "focus stays on the checkbox just toggled"
    );
    // And the next one can be reached and toggled without the mouse.
    portal.press(fantoccini::key::Key::Tab).await;
    let next = portal.eval("return document.activeElement.id;").await;
    assert_eq!(next, "facet-level-du");
    portal.press(fantoccini::key::Key::Space).await;
    portal.wait_for_query("/formations?level=doctorat,du").await;
    // Removing a filter by its chip leaves focus on the result count, not nowhere.
    portal
        .eval("document.querySelector('.chip').focus();")
        .await;
    portal.press(fantoccini::key::Key::Enter).await;
    portal.wait_for_query("/formations?level=du").await;
    portal
        .wait_until("focus on the result count", || async {
            portal.eval("return document.activeElement.id;").await == "results-count"
        })
        .await;
    portal.close().await;
}
