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

/// A one-page PDF, built with its cross-reference table as a real one has.
fn pitch_deck() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R >>",
        "<< /Length 5 >>\nstream\nBT ET\nendstream",
    ];
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    pdf
}

/// Chooses `value` in the menu `css`, as a click would.
async fn choose(portal: &Portal, css: &str, value: &str) {
    portal.find(css).await;
    portal
        .client()
        .execute(
            "const el = document.querySelector(arguments[0]); el.value = arguments[1];
             el.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![serde_json::json!(css), serde_json::json!(value)],
        )
        .await
        .unwrap();
}

async fn go_to_step(portal: &Portal, number: usize) {
    portal
        .click(&format!(".steps__list li:nth-child({number}) button"))
        .await;
    portal
        .wait_until(&format!("step {number}"), || async {
            portal
                .text_of("#step-heading")
                .await
                .is_some_and(|h| h.starts_with(&format!("Étape {number} ")))
        })
        .await;
}

async fn wait_saved(portal: &Portal) {
    portal
        .wait_until("the draft is saved", || async {
            portal
                .text_of(".save-line")
                .await
                .is_some_and(|t| t.contains("Enregistré à"))
        })
        .await;
}

async fn value_of(portal: &Portal, css: &str) -> String {
    portal
        .eval(&format!(
            "return document.querySelector({css:?})?.value ?? '';"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn an_applicant_applies_in_steps_comes_back_on_another_browser_and_submits() {
    use portal_e2e::{mail_and_calendars::SmtpServer, Browser};
    const EMAIL: &str = "fondatrice@essai.example";
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path()).await;
    let mut portal = Portal::launch_with("fr-FR,fr", &["--smtp-url", &smtp.url]).await;
    portal.goto("/rejoindre").await;
    portal.wait_until_ready().await;
    portal.fill("#apply-email", EMAIL).await;
    portal.click(".apply__form button[type=submit]").await;
    portal
        .wait_until("the link is sent", || async {
            portal
                .text_of(".apply__status")
                .await
                .is_some_and(|t| t.contains(EMAIL))
        })
        .await;
    let mut link = String::new();
    portal
        .wait_until("the letter with the link", || {
            let found = smtp.letters_to(EMAIL).into_iter().find_map(|letter| {
                let start = letter.text.find("/rejoindre/candidature#")?;
                Some(letter.text[start..start + "/rejoindre/candidature#".len() + 64].to_owned())
            });
            let done = found.is_some();
            if let Some(found) = found {
                link = found;
            }
            async move { done }
        })
        .await;

    portal.goto(&link).await;
    portal.wait_for_h1("Ma candidature").await;
    portal.fill("#app-company_name", "Société d'essai").await;
    portal.fill("#app-siren", "732 829 320").await;
    wait_saved(&portal).await;
    portal.assert_accessible("application, first step").await;

    // Another browser, another profile: what was typed is there.
    portal.browser = Browser::start("fr-FR,fr").await;
    portal.goto(&link).await;
    portal.wait_for_h1("Ma candidature").await;
    portal
        .wait_until("the company's name is back", || async {
            value_of(&portal, "#app-company_name").await == "Société d'essai"
        })
        .await;

    go_to_step(&portal, 2).await;
    portal.click(".step__fields > button").await;
    portal.fill("#app-founder-0-name", "Camille Martin").await;
    portal.fill("#app-founder-0-role", "Présidente").await;
    go_to_step(&portal, 3).await;
    portal
        .fill("#app-product", "Un carnet de suivi à domicile.")
        .await;
    choose(&portal, "#app-stage", "amorcage").await;
    go_to_step(&portal, 4).await;
    portal
        .fill("#app-health_problem", "Le suivi à domicile.")
        .await;
    portal
        .fill("#app-patients", "Des patients suivis à domicile.")
        .await;
    go_to_step(&portal, 5).await;
    choose(&portal, "#app-ce", "non-dispositif").await;
    choose(&portal, "#app-hosting", "hds").await;
    portal
        .fill("#app-data_protection", "Données chiffrées.")
        .await;
    go_to_step(&portal, 6).await;
    portal.click("#app-pole-patients-societe").await;
    portal
        .fill("#app-poles_why", "Travailler avec des associations.")
        .await;
    portal.fill("#app-needs", "Un bureau.").await;
    wait_saved(&portal).await;
    go_to_step(&portal, 7).await;
    portal.assert_accessible("application, last step").await;
    let deck = dir.path().join("dossier.pdf");
    std::fs::write(&deck, pitch_deck()).unwrap();
    portal
        .find("#app-deck")
        .await
        .send_keys(deck.to_str().unwrap())
        .await
        .unwrap();
    portal
        .wait_until("the deck is received", || async {
            portal
                .text_of("#app-deck-state")
                .await
                .is_some_and(|t| t.contains("Dossier reçu"))
        })
        .await;
    portal.click(".step__fields > button.button").await;
    portal
        .wait_until("the application is submitted", || async {
            portal
                .text_of(".notice--status")
                .await
                .is_some_and(|t| t.contains("a été envoyée le"))
        })
        .await;
    portal
        .wait_until("the letter saying so", || {
            let arrived = smtp
                .letters_to(EMAIL)
                .iter()
                .any(|l| l.subject.contains("Candidature envoyée"));
            async move { arrived }
        })
        .await;
    portal.assert_accessible("application, submitted").await;
    portal.close().await;
}
