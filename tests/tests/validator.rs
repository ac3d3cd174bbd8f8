//! The Nu Html Checker (the W3C validator, npm `vnu-jar`) over the rendered DOM of every
//! route in both languages: 0 errors allowed. It catches what axe-core does not (a heading
//! with `role="status"`, duplicate ids, misplaced elements).

use portal_e2e::{html_errors, Portal};

const ROUTES: &[&str] = &[
    "/",
    "/en",
    "/poles",
    "/en/poles",
    "/poles/recherche",
    "/en/poles/patients-societe",
    "/formations",
    "/en/programmes",
    "/formations/master-donnees-de-sante",
    "/en/programmes/master-donnees-de-sante",
    "/formations/ma-selection",
    "/en/programmes/shortlist",
    "/formations/comparer",
    "/en/programmes/compare",
    "/startups",
    "/en/startups",
    "/startups/posos",
    "/en/startups/cardiolume",
    "/espace-startup",
    "/en/startup-space",
    "/accessibilite",
    "/en/accessibility",
    "/mentions-legales",
    "/en/legal-notice",
    "/confidentialite",
    "/en/privacy",
    "/agenda",
    "/en/events?past=1",
    "/agenda/atelier-patients-donnees-de-sante",
    "/en/events/forum-cooperation-internationale",
    "/agenda/inauguration-parisante-campus",
    "/agenda/inscription",
    "/en/events/registration",
    "/nulle-part",
    "/en/nowhere",
    "/formations?niveau=master&q=donn%C3%A9es",
    "/rejoindre",
    "/en/join",
    "/rejoindre/candidature",
    "/plan-du-site",
    "/en/site-map",
    "/equipe",
    "/en/team",
];

#[tokio::test]
async fn every_route_in_both_languages_is_valid_html() {
    let portal = Portal::launch().await;
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, route) in ROUTES.iter().enumerate() {
        portal.goto(route).await;
        portal.find("main h1").await;
        // The data is in (no placeholder left), so the whole page is checked.
        portal
            .wait_until(&format!("{route} without a placeholder"), || async {
                portal.find_all("main .loading").await.is_empty()
            })
            .await;
        let file = dir.path().join(format!("{i:02}.html"));
        std::fs::write(&file, portal.rendered_html().await).unwrap();
        files.push(file);
    }
    // The start-up space once signed in: the editor, with fields that have no counter.
    portal.goto("/espace-startup").await;
    portal
        .submit_sign_in("equipe@cardiolume.example", "cardiolume-demo-2026")
        .await;
    portal.find("#edit-website").await;
    let editor = dir.path().join(format!("{:02}.html", ROUTES.len()));
    std::fs::write(&editor, portal.rendered_html().await).unwrap();
    files.push(editor);
    // A control: a page with the defect the checker is here for must be reported, or the
    // checker did not run and an empty report would prove nothing.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head>\
         <body><h2 role=\"status\">3 formations</h2></body></html>",
    )
    .unwrap();
    files.push(control);
    let (control_errors, errors): (Vec<String>, Vec<String>) = html_errors(&files)
        .into_iter()
        .partition(|e| e.starts_with("control.html"));
    assert!(
        control_errors.iter().any(|e| e.contains("role")),
        "the checker missed the control page's defect: {control_errors:?}"
    );
    let named: Vec<String> = errors
        .iter()
        .map(|e| {
            let index: usize = e[..2].parse().unwrap_or(0);
            let route = ROUTES.get(index).unwrap_or(&"/espace-startup (signed in)");
            format!("{route} → {e}")
        })
        .collect();
    assert!(named.is_empty(), "{}", named.join("\n"));
}
