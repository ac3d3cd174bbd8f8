//! "Rejoindre le campus": a founder finds the open call, its dates in Paris time, who may
//! apply and the timeline, and the calls before it, in both languages.

use portal_e2e::Portal;

#[tokio::test]
async fn a_founder_finds_the_open_call_from_the_directory_with_its_paris_dates() {
    let portal = Portal::launch().await;
    portal.goto("/startups").await;
    portal.wait_until_ready().await;
    portal.click(".directory-links a[href='/rejoindre']").await;
    portal.wait_for_h1("Rejoindre le campus").await;
    assert_eq!(portal.path().await, "/rejoindre");
    assert_eq!(
        portal.text_of("#join-featured").await.as_deref(),
        Some("Appel ouvert")
    );
    // The dates the API gives, on the page in French words and Paris time.
    let call = portal.fetch_json("/api/v1/calls/appel-exemple").await;
    let closes = call["closes"].as_str().unwrap();
    let (day, time) = closes.split_once('T').unwrap();
    let facts = portal.text_of(".call__facts").await.unwrap();
    assert!(facts.contains(&time[..5]), "{facts} / {closes}");
    assert!(facts.contains("Heures de Paris"), "{facts}");
    let year = &day[..4];
    assert!(facts.contains(year), "{facts}");
    // Who may apply, then the timeline from the closing to the arrival, in order.
    assert_eq!(portal.find_all(".call__eligibility li").await.len(), 3);
    let steps = portal.find_all(".timeline .timeline__step").await;
    let mut names = Vec::new();
    for step in steps {
        names.push(step.text().await.unwrap());
    }
    assert_eq!(
        names,
        [
            "Clôture des candidatures",
            "Comité de sélection",
            "Auditions",
            "Décisions",
            "Arrivée sur le campus"
        ]
    );
    // The real call of early 2022, closed, among the others.
    let others = portal.text_of(".join__others").await.unwrap();
    assert!(
        others.contains("Second appel à candidatures (début 2022)"),
        "{others}"
    );
    assert!(others.contains("Clos"), "{others}");
    portal.assert_accessible("join page").await;

    // The same in English, through the language switch.
    portal.click(".lang-switch").await;
    portal.wait_for_h1("Join the campus").await;
    assert_eq!(portal.path().await, "/en/join");
    let facts = portal.text_of(".call__facts").await.unwrap();
    assert!(facts.contains("Paris time"), "{facts}");
    portal.assert_accessible("join page, English").await;
    portal.close().await;
}
