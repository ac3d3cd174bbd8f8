//! "Rejoindre le campus": a founder finds the open call, its dates in Paris time, who may
//! apply and the timeline, and the calls before it, in both languages. Then the whole
//! path of an application: applied in steps on two browsers, reviewed by two staff
//! members with their second factor, accepted through the decision outbox, the founder
//! invited to the start-up space, the profile published in the directory.

use portal_e2e::{
    html_errors,
    mail_and_calendars::SmtpServer,
    staff::{self, create_staff, enrol, press, press_text, DEMO_EMAIL, DEMO_PASSWORD},
    Browser, Portal,
};

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
async fn an_application_goes_from_the_form_to_review_decision_invitation_and_directory() {
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

    review_decide_invite_and_publish(&mut portal, &smtp, EMAIL, "Société d'essai").await;
    portal.close().await;
}

const REVIEWER: &str = "relectrice@campus-demo.example";
const REVIEWER_PASSWORD: &str = "violette tambour citron horizon";

/// Writes a page's rendered HTML for the Nu checker and takes its screenshots.
async fn keep(
    portal: &Portal,
    dir: &std::path::Path,
    pages: &mut Vec<std::path::PathBuf>,
    name: &str,
) {
    portal.assert_accessible(name).await;
    let file = dir.join(format!("{name}.html"));
    std::fs::write(&file, portal.rendered_html().await).unwrap();
    pages.push(file);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("{name}-{width}"), width)
            .await;
    }
}

/// Opens the application of `company` from the team's list (signed in already).
async fn open_application(portal: &Portal, company: &str) {
    portal.goto("/equipe").await;
    press_text(portal, ".team__applications a", company).await;
    portal
        .wait_until("the application's page", || async {
            portal
                .text_of("#team-application-heading")
                .await
                .is_some_and(|t| t == company)
        })
        .await;
    portal.find(".team__application .facts").await;
}

/// A reviewer's scores, each criterion from 0 to 5, and a comment.
async fn score(portal: &Portal, scores: [&str; 5], comment: &str) {
    for (criterion, value) in ["fit", "team", "health-impact", "research-link", "maturity"]
        .iter()
        .zip(scores)
    {
        choose(portal, &format!("#team-score-{criterion}"), value).await;
    }
    portal.fill("#team-score-comment", comment).await;
    press(portal, ".team__score button[type=submit]").await;
    portal
        .wait_until("the review is saved", || async {
            portal
                .text_of(".team__score [role=status]")
                .await
                .is_some_and(|t| t.contains("évaluation est enregistrée"))
        })
        .await;
}

async fn wait_text(portal: &Portal, css: &str, expected: &str) {
    portal
        .wait_until(&format!("{css} says {expected:?}"), || async {
            portal
                .text_of(css)
                .await
                .is_some_and(|t| t.contains(expected))
        })
        .await;
}

async fn review_decide_invite_and_publish(
    portal: &mut Portal,
    smtp: &SmtpServer,
    applicant: &str,
    company: &str,
) {
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    create_staff(portal.data_dir(), REVIEWER, REVIEWER_PASSWORD);

    // A staff member, on a browser of their own, adds an authenticator, opens the
    // application, puts it under review and assigns two reviewers, themself and another.
    portal.browser = Browser::start("fr-FR,fr").await;
    portal.goto("/equipe").await;
    let (_, recovery) = enrol(portal, DEMO_EMAIL, DEMO_PASSWORD).await;
    open_application(portal, company).await;
    wait_text(
        portal,
        ".team__application .facts",
        "Des patients suivis à domicile.",
    )
    .await;
    keep(portal, dir.path(), &mut pages, "team-application-fr").await;
    press_text(portal, ".team__moves button", "En cours d'examen").await;
    wait_text(portal, ".team__application .facts", "En cours d'examen").await;
    for email in [DEMO_EMAIL, REVIEWER] {
        press_text(portal, ".team__reviews label", email).await;
    }
    press(portal, ".team__reviews form button[type=submit]").await;
    portal
        .wait_until("two reviewers", || async {
            portal.find_all(".team__reviewers li").await.len() == 2
        })
        .await;
    // No score is chosen for the reviewer: sending the form as it came is refused.
    press(portal, ".team__score button[type=submit]").await;
    wait_text(
        portal,
        ".team__score .form__error",
        "Donnez une note à chaque critère",
    )
    .await;
    score(portal, ["5", "4", "4", "3", "3"], "Une équipe solide.").await;
    wait_text(portal, ".team__reviews caption", "note médiane").await;
    press(portal, ".team__who button").await;

    // The other reviewer's first sign-in; the first review stays hidden until theirs.
    enrol(portal, REVIEWER, REVIEWER_PASSWORD).await;
    open_application(portal, company).await;
    wait_text(portal, ".team__reviews", "une fois la vôtre donnée").await;
    assert!(
        portal
            .text_of(".team__reviews")
            .await
            .is_some_and(|t| !t.contains("Une équipe solide.")),
        "the first review is hidden from the second reviewer"
    );
    keep(portal, dir.path(), &mut pages, "team-review-fr").await;
    score(
        portal,
        ["4", "4", "5", "2", "3"],
        "Un vrai besoin des patients.",
    )
    .await;
    wait_text(portal, ".team__reviews table", "Une équipe solide.").await;
    press(portal, ".team__who button").await;

    // The first staff member, back with a recovery code, accepts it: the letter waits in
    // the outbox; edited, approved, sent.
    staff::sign_in(portal, DEMO_EMAIL, DEMO_PASSWORD, &recovery[0]).await;
    open_application(portal, company).await;
    press_text(portal, ".team__moves button", "Acceptée").await;
    wait_text(
        portal,
        ".team__moves [role=status]",
        "attend dans le courrier",
    )
    .await;
    assert!(
        smtp.letters_to(applicant)
            .iter()
            .all(|l| !l.text.contains("#invitation-")),
        "nothing is sent before the outbox is approved"
    );
    press(portal, ".team__moves [role=status] a").await;
    portal.find(".team__letter").await;
    keep(portal, dir.path(), &mut pages, "team-outbox-fr").await;
    let body = value_of(portal, ".team__letter textarea").await;
    portal
        .fill(
            ".team__letter textarea",
            &format!("{body}\nAu plaisir de vous accueillir."),
        )
        .await;
    portal.find(".team__letter .hint").await;
    press(portal, ".team__letter button[type=submit]").await;
    portal
        .wait_until("the edit is saved", || async {
            portal.find_all(".team__letter .hint").await.is_empty()
        })
        .await;
    press_text(portal, ".team__letter button", "Approuver").await;
    wait_text(portal, ".team__letter-status", "Approuvée par").await;
    press_text(
        portal,
        ".team__send button",
        "Envoyer les lettres approuvées (1)",
    )
    .await;
    wait_text(portal, ".team__send [role=status]", "lettre(s) envoyée(s)").await;

    // The applicant's letters arrive: the decision, with the edit, and the invitation.
    let mut link = String::new();
    portal
        .wait_until("the decision and the invitation", || {
            let letters = smtp.letters_to(applicant);
            let decided = letters
                .iter()
                .any(|l| l.text.contains("Au plaisir de vous accueillir."));
            let found = letters.iter().find_map(|l| {
                let start = l.text.find("/espace-startup#invitation-")?;
                let end = start + "/espace-startup#invitation-".len() + 64;
                Some(l.text.get(start..end)?.to_owned())
            });
            let done = decided && found.is_some();
            if let Some(found) = found {
                link = found;
            }
            async move { done }
        })
        .await;

    // The founder, on a browser of their own, follows the invitation, chooses a password
    // and edits the new profile.
    let staff_browser = std::mem::replace(&mut portal.browser, Browser::start("fr-FR,fr").await);
    portal.goto(&link).await;
    wait_text(portal, "#invitation-heading", company).await;
    keep(portal, dir.path(), &mut pages, "space-invitation-fr").await;
    portal
        .fill("#invitation-password", "girafe lampion orage cerise")
        .await;
    portal
        .fill("#invitation-again", "girafe lampion orange cerise")
        .await;
    press(portal, ".space__sign-in button[type=submit]").await;
    wait_text(portal, ".space__sign-in .form__error", "pas les mêmes").await;
    portal
        .fill("#invitation-again", "girafe lampion orage cerise")
        .await;
    press(portal, ".space__sign-in button[type=submit]").await;
    portal.find("#edit-pitch-fr").await;
    assert!(
        !portal
            .eval("return location.hash;")
            .await
            .as_str()
            .unwrap_or_default()
            .contains("invitation"),
        "the secret leaves the address once used"
    );
    let pitch = "Le suivi à domicile, simple pour les patients.";
    portal.fill("#edit-pitch-fr", pitch).await;
    // A profile needs its sectors, which the application did not ask for.
    press(portal, "#edit-sector-telemedecine").await;
    press(portal, ".editor__save button[type=submit]").await;
    wait_text(portal, "#editor-status", "Enregistré à").await;

    // Staff publish it, in English this time; it is in the directory.
    portal.browser = staff_browser;
    portal.goto("/en/team?view=startups").await;
    portal.find(".team__startup").await;
    let slug = portal
        .eval(&format!(
            "return [...document.querySelectorAll('.team__startup h3')].find(h => h.textContent === {company:?})?.id ?? '';"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .trim_start_matches("team-startup-")
        .to_owned();
    assert!(!slug.is_empty(), "the new start-up is listed");
    keep(portal, dir.path(), &mut pages, "team-startups-en").await;
    press(portal, &format!("#team-startup-{slug} ~ button")).await;
    wait_text(
        portal,
        &format!("[aria-labelledby=team-startup-{slug}]"),
        "Published in the directory.",
    )
    .await;
    // More members are invited from the same card, in the language of their letter.
    let card = format!("[aria-labelledby=team-startup-{slug}]");
    press(portal, &format!("{card} summary")).await;
    portal
        .fill(
            &format!("#team-invite-{slug}-email"),
            "associe@essai.example",
        )
        .await;
    choose(portal, &format!("#team-invite-{slug}-lang"), "en").await;
    press(portal, &format!("{card} .team__invite button[type=submit]")).await;
    wait_text(
        portal,
        &format!("{card} .team__invite [role=status]"),
        "Invitation sent to associe@essai.example",
    )
    .await;
    wait_text(portal, &card, "1 invitation(s) pending.").await;
    portal
        .wait_until("the second member's invitation, in English", || {
            let arrived = smtp
                .letters_to("associe@essai.example")
                .iter()
                .any(|l| l.text.contains("/en/startup-space#invitation-"));
            async move { arrived }
        })
        .await;
    portal.goto("/en/team?view=audit").await;
    wait_text(portal, ".team__audit table", "startup.publish").await;
    keep(portal, dir.path(), &mut pages, "team-audit-en").await;

    portal.goto(&format!("/startups/{slug}")).await;
    portal.wait_for_h1(company).await;
    wait_text(portal, "main", pitch).await;

    let errors = html_errors(&pages);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
