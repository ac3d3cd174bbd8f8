//! Attacks from the browser side: hostile profile text is shown as text, never run; no page
//! of the portal breaks its Content-Security-Policy.

use portal_e2e::Portal;
use serde_json::json;

/// Hostile texts saved through the real API, as a member could.
async fn save_hostile_profile(portal: &Portal) {
    let result = portal
        .patch_cardiolume_profile(json!({
            "name": "Cardio<img src=x onerror=\"window.__xss='name'\">",
            "pitch": {
                "fr": "<script>window.__xss='pitch'</script> Accroche piégée pour le test.",
                "en": "<svg onload=\"window.__xss='svg'\"></svg> A booby-trapped pitch."
            },
            "description": {
                "fr": "<a href=\"javascript:window.__xss='link'\">clic</a>\n\n<iframe src=\"https://evil.example\"></iframe>",
                "en": "<style>body{display:none}</style> Hostile."
            }
        }))
        .await;
    assert_eq!(
        result, 200,
        "the API stores any text; the portal must show it safely"
    );
}

#[tokio::test]
async fn hostile_profile_text_is_shown_as_text_and_never_runs() {
    let portal = Portal::launch().await;
    portal.goto("/startups").await;
    portal.find(".startup-card").await;
    save_hostile_profile(&portal).await;

    for path in ["/startups?q=cardio", "/startups/cardiolume"] {
        portal.goto(path).await;
        portal
            .wait_until("hostile name shown", || async {
                portal
                    .text_of("main")
                    .await
                    .is_some_and(|t| t.contains("Cardio<img src=x"))
            })
            .await;
        let report = portal
            .eval(
                "return {
                   xss: window.__xss || null,
                   injected: document.querySelectorAll('main img[src=\"x\"], main script, main iframe, main svg[onload], main style, main a[href^=\"javascript\"]').length,
                   hidden: getComputedStyle(document.body).display
                 };",
            )
            .await;
        assert_eq!(
            report["xss"],
            serde_json::Value::Null,
            "{path}: nothing ran"
        );
        assert_eq!(report["injected"], 0, "{path}: no element from the text");
        assert_ne!(report["hidden"], "none", "{path}: no style from the text");
    }
    // Cardiolume is a sample: no JSON-LD to escape here (the browser test
    // `json_ld_text_can_never_close_its_script_and_leaves_with_its_page` covers it).
    portal.close().await;
}

#[tokio::test]
async fn no_page_breaks_the_content_security_policy() {
    let portal = Portal::launch().await;
    portal.goto("/").await;
    portal.wait_for_h1("PariSanté Campus").await;
    // Violations are reported as events; the listener stays while the app navigates.
    portal
        .eval(
            "window.__csp = [];
             document.addEventListener('securitypolicyviolation',
               e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));",
        )
        .await;
    let routes = [
        "/poles",
        "/poles/recherche",
        "/formations?level=master",
        "/formations/master-donnees-de-sante",
        "/formations/ma-selection",
        "/formations/comparer?p=master-ia-sante,master-donnees-de-sante",
        "/startups?sector=formation-simulation",
        "/startups/cardiolume",
        "/startups/drdata",
        "/espace-startup",
        "/accessibilite",
        "/mentions-legales",
        "/confidentialite",
        "/nulle-part",
        "/en",
        "/en/programmes",
        "/en/startups",
        "/en/startup-space",
    ];
    for route in routes {
        // A client-side navigation, as a click on a link does.
        portal
            .eval(&format!(
                "const a = document.createElement('a'); a.href = '{route}'; document.body.appendChild(a); a.click(); a.remove();"
            ))
            .await;
        portal.wait_for_path(route.split('?').next().unwrap()).await;
        portal.find("h1").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let violations = portal.eval("return window.__csp;").await;
    assert_eq!(violations, json!([]), "CSP violations: {violations}");
    // The listener was really there: a blocked inline style is reported.
    portal
        .eval("const d = document.createElement('div'); d.setAttribute('style', 'color: red'); document.body.appendChild(d);")
        .await;
    portal
        .wait_until("the probe violation", || async {
            portal.eval("return window.__csp.length;").await != json!(0)
        })
        .await;
    portal.close().await;
}
