//! Real responses validate against `server/openapi.yaml`: for every path and method the
//! contract documents, the test calls the API and checks status, content type and body.

use axum::{
    body::Body,
    http::{header, Request},
};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use server::{app, AppState, Content, Db};
use tower::ServiceExt;

fn spec() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    serde_norway::from_str(&text).expect("openapi.yaml parses")
}

/// Resolves `{"$ref": "#/components/responses/X"}` one level.
fn resolve<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => spec
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling $ref {reference}")),
        None => node,
    }
}

/// A validator for `schema`, with the spec's components available to `$ref`.
fn validator(spec: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = schema.clone();
    root["components"] = spec["components"].clone();
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    jsonschema::validator_for(&root).expect("schema compiles")
}

/// The contract documents exactly the addresses the server routes and the app asks for
/// (`model::api_paths`), under the same prefix.
#[test]
fn the_contract_documents_exactly_the_models_paths() {
    let spec = spec();
    let documented: std::collections::BTreeSet<&str> = spec["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(documented, model::api_paths::ALL.into_iter().collect());
    let server = spec["servers"][0]["url"].as_str().unwrap();
    assert!(
        server.ends_with(model::api_paths::PREFIX),
        "{server} is not under {}",
        model::api_paths::PREFIX
    );
}

#[tokio::test]
async fn every_documented_endpoint_answers_per_the_contract() {
    let spec = spec();
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
    let router = app(AppState::load(db).await.unwrap(), dir.path().join("dist"));
    let base = spec["servers"][0]["url"].as_str().unwrap();

    let staff = staff_sign_in(&router).await;
    let mut checked = 0;
    for (template, item) in spec["paths"].as_object().unwrap() {
        // Writes are exercised with their bodies in tests/space.rs, tests/agenda.rs and
        // tests/applications.rs; here every GET.
        let operation = &item["get"];
        if !operation.is_object() {
            assert!(
                template.starts_with("/session")
                    || template.starts_with("/me")
                    || template.ends_with("/registrations")
                    || template.ends_with("/confirmation")
                    || template.ends_with("/applications")
                    || template.starts_with("/applications/")
                    || template.starts_with("/team/session")
                    || template.starts_with("/team/second-factor")
                    || template.ends_with("/state")
                    || template.starts_with("/team/decisions/")
                    || template.ends_with("/decisions/sending")
                    || template.ends_with("/reviewers")
                    || template.ends_with("/review")
                    || template.ends_with("/conflict")
                    || template.ends_with("/decision")
                    || template.ends_with("/acceptance")
                    || template.ends_with("/invitations")
                    || template.ends_with("/publication")
                    || template.ends_with("/archival")
                    || template.ends_with("/cancellation")
                    || template.starts_with("/team/events/{slug}/")
                    || template.starts_with("/team/accounts/"),
                "{template}: a path without GET outside the start-up space, the agenda's and \
                 the applications' writes"
            );
            continue;
        }
        let urls = examples(template);
        for url in urls {
            // `auth:` examples are sent with a demo member's session.
            // `staff:` ones with a campus team session (second factor proved).
            let (url, cookie) = match (url.strip_prefix("auth:"), url.strip_prefix("staff:")) {
                (Some(url), _) => (url.to_owned(), Some(sign_in(&router).await)),
                (_, Some(url)) => (url.to_owned(), Some(staff.clone())),
                _ => (url, None),
            };
            let mut request = Request::get(format!("{base}{url}"));
            if let Some(cookie) = &cookie {
                request = request.header(header::COOKIE, cookie);
            }
            let response = router
                .clone()
                .oneshot(request.body(Body::empty()).unwrap())
                .await
                .unwrap();
            let status = response.status().as_u16().to_string();
            let documented = operation["responses"]
                .get(&status)
                .unwrap_or_else(|| panic!("GET {url} answered {status}, not documented"));
            let documented = resolve(&spec, documented);
            let content_type = response
                .headers()
                .get(header::CONTENT_TYPE)
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default();
            // Parameters (`; charset=utf-8`) are not part of the documented media type.
            let essence = content_type.split(';').next().unwrap_or("").trim();
            let media = &documented["content"][essence];
            assert!(
                media.is_object(),
                "GET {url}: {status} with undocumented type {content_type:?}"
            );
            let body = response.into_body().collect().await.unwrap().to_bytes();
            if content_type.starts_with("text/calendar") {
                assert!(
                    body.starts_with(b"BEGIN:VCALENDAR\r\n")
                        && body.ends_with(b"END:VCALENDAR\r\n"),
                    "GET {url}: not a calendar"
                );
                checked += 1;
                continue;
            }
            if content_type.starts_with("text/csv") {
                let text = String::from_utf8(body.to_vec()).unwrap();
                assert!(
                    text.lines()
                        .next()
                        .is_some_and(|header| header.contains(',')),
                    "GET {url}: not a CSV with a header line"
                );
                checked += 1;
                continue;
            }
            if content_type.starts_with("image/") {
                let signature: &[u8] = match content_type.as_str() {
                    "image/png" => b"\x89PNG",
                    "image/jpeg" => b"\xFF\xD8\xFF",
                    _ => b"RIFF",
                };
                assert!(
                    body.starts_with(signature),
                    "GET {url}: not a {content_type}"
                );
                checked += 1;
                continue;
            }
            let instance: Value = serde_json::from_slice(&body).unwrap();
            let validator = validator(&spec, &media["schema"]);
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "GET {url} breaks the contract: {errors:#?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} responses checked");
}

/// A demo member's session cookie.
async fn sign_in(router: &axum::Router) -> String {
    let response = router
        .clone()
        .oneshot(
            Request::post("/api/v1/session")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    r#"{"email":"equipe@datavoile.example","password":"datavoile-demo-2026"}"#,
                ))
                .unwrap(),
        )
        .await
        .unwrap();
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

/// The demo campus team account's session cookie, its authenticator enrolled.
async fn staff_sign_in(router: &axum::Router) -> String {
    let send = |request: Request<Body>| async {
        let response = router.clone().oneshot(request).await.unwrap();
        let cookie = response
            .headers()
            .get(header::SET_COOKIE)
            .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_owned());
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (cookie, serde_json::from_slice::<Value>(&body).unwrap())
    };
    let (cookie, me) = send(
        Request::post("/api/v1/team/session")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                r#"{"email":"equipe@campus-demo.example","password":"equipe-campus-demo-2026"}"#,
            ))
            .unwrap(),
    )
    .await;
    let (cookie, csrf) = (
        cookie.unwrap(),
        me["csrf_token"].as_str().unwrap().to_owned(),
    );
    let (_, setup) = send(
        Request::post("/api/v1/team/second-factor")
            .header(header::COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let now = server::clock::now_unix();
    let code = server::totp_code(setup["secret"].as_str().unwrap(), now).unwrap();
    let (_, enrolled) = send(
        Request::put("/api/v1/team/second-factor")
            .header(header::COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(format!(r#"{{"code":"{code}"}}"#)))
            .unwrap(),
    )
    .await;
    assert_eq!(enrolled["me"]["second_factor"], "done", "{enrolled}");
    cookie
}

/// A seed start-up with an uploaded logo, and one without.
const LOGO_STARTUP_PROFILE: &str = "/startups/cardiolume";
const LOGO_STARTUP_LOGO: &str = "/startups/cardiolume/logo";

/// Requests exercising each documented path: known values, unknown ones, bad parameters.
fn examples(template: &str) -> Vec<String> {
    let list: &[&str] = match template {
        "/poles/{slug}" => &[
            "/poles/recherche",
            "/poles/patients-societe",
            "/poles/formation",
            "/poles/entrepreneuriat",
            "/poles/professionnels-sante",
            "/poles/inconnu",
        ],
        "/programmes/{slug}" => &[
            "/programmes/master-donnees-de-sante",
            "/programmes/du-telemedecine",
            "/programmes/formation-courte-sns",
            "/programmes/inconnu",
        ],
        "/programmes" => &[
            "/programmes",
            "/programmes?level=master&lang=en&sort=candidature",
            "/programmes?q=donn%C3%A9es&per_page=5&page=2",
            "/programmes?open=1&domain=ia,donnees-de-sante",
            "/programmes?level=bogus",
            "/programmes?per_page=0",
            "/programmes?per_page=-1",
            "/programmes?sort=titre&locale=en&per_page=3",
            "/programmes?locale=de",
            "/programmes?colour=blue",
        ],
        "/startups" => &[
            "/startups",
            "/startups?q=simulation&sector=formation-simulation&stage=amorcage",
            "/startups?spinoff=1&hiring=1&sort=arrivee&per_page=5&page=2",
            "/startups?founded_from=2015&founded_to=2020&pole=recherche,entrepreneuriat",
            "/startups?sort=mise-a-jour",
            "/startups?stage=unicorn",
            "/startups?founded_from=2021&founded_to=2019",
            "/startups?per_page=1001",
            "/startups?per_page=0&locale=en",
        ],
        "/startups/{slug}" => &[
            "/startups/drdata",
            "/startups/posos",
            "/startups/simforhealth",
            "/startups/team-doc",
            LOGO_STARTUP_PROFILE,
            "/startups/inconnue",
        ],
        "/startups/{slug}/logo" => &[
            LOGO_STARTUP_LOGO,
            "/startups/drdata/logo",
            "/startups/inconnue/logo",
        ],
        "/events" => &[
            "/events",
            "/events?past=1&sort=titre&locale=en",
            "/events?audience=patients-associations&access=lsf,plain-pied&free=1",
            "/events?type=atelier,debat&format=hybride&lang=fr&pole=patients-societe",
            "/events?from=2026-01-01&to=2030-12-31&per_page=0",
            "/events?from=2027-01-02&to=2027-01-01",
            "/events?type=concert",
            "/events?from=demain",
        ],
        "/events.ics" => &[
            "/events.ics",
            "/events.ics?audience=patients-associations&locale=en",
            "/events.ics?past=maybe",
        ],
        "/events/{slug}" => &[
            "/events/inauguration-parisante-campus",
            "/events/atelier-patients-donnees-de-sante",
            "/events/forum-cooperation-internationale",
            "/events/conference-recherche-cohortes",
            "/events/inconnu",
            "/events/..%2Fetc",
        ],
        "/events/{slug}/calendar.ics" => &[
            "/events/inauguration-parisante-campus/calendar.ics",
            "/events/atelier-patients-donnees-de-sante/calendar.ics?locale=en",
            "/events/inconnu/calendar.ics",
            "/events/atelier-patients-donnees-de-sante/calendar.ics?locale=de",
        ],
        "/registrations/{token}" => &[
            "/registrations/0000000000000000000000000000000000000000000000000000000000000000",
            "/registrations/not-a-token",
        ],
        "/calls/{slug}" => &[
            "/calls/second-appel-2022",
            "/calls/appel-exemple",
            "/calls/inconnu",
            "/calls/..%2Fetc",
        ],
        "/invitations/{token}" => &[
            "/invitations/0000000000000000000000000000000000000000000000000000000000000000",
            "/invitations/not-a-token",
        ],
        "/applications/{token}" => &[
            "/applications/0000000000000000000000000000000000000000000000000000000000000000",
            "/applications/not-a-token",
        ],
        "/me" => &["/me", "auth:/me"],
        "/team/me" => &["/team/me", "auth:/team/me", "staff:/team/me"],
        "/team/startups" => &[
            "/team/startups",
            "auth:/team/startups",
            "staff:/team/startups",
        ],
        "/team/audit" => &[
            "/team/audit",
            "auth:/team/audit",
            "staff:/team/audit",
            "staff:/team/audit?before=1",
            "staff:/team/audit?before=yesterday",
        ],
        "/team/calls/{slug}/applications" => &[
            "/team/calls/appel-exemple/applications",
            "auth:/team/calls/appel-exemple/applications",
            "staff:/team/calls/appel-exemple/applications",
            "staff:/team/calls/second-appel-2022/applications",
            "staff:/team/calls/inconnu/applications",
        ],
        "/team/applications/{id}" => &[
            "/team/applications/1",
            "auth:/team/applications/1",
            "staff:/team/applications/1",
            "staff:/team/applications/2",
            "staff:/team/applications/999999",
            "staff:/team/applications/-1",
            "staff:/team/applications/un",
        ],
        "/team/programmes/{slug}" => &[
            "/team/programmes/master-donnees-de-sante",
            "auth:/team/programmes/master-donnees-de-sante",
            "staff:/team/programmes/master-donnees-de-sante",
            "staff:/team/programmes/inconnu",
            "staff:/team/programmes/Pas-Un-Slug",
        ],
        "/team/events/{slug}" => &[
            "/team/events/inauguration-parisante-campus",
            "auth:/team/events/inauguration-parisante-campus",
            "staff:/team/events/inauguration-parisante-campus",
            "staff:/team/events/inconnu",
        ],
        "/team/events/{slug}/registrations" => &[
            "/team/events/inauguration-parisante-campus/registrations",
            "auth:/team/events/inauguration-parisante-campus/registrations",
            "staff:/team/events/inauguration-parisante-campus/registrations",
            "staff:/team/events/inconnu/registrations",
        ],
        "/team/applications/{id}/reviews" => &[
            "/team/applications/1/reviews",
            "auth:/team/applications/1/reviews",
            "staff:/team/applications/1/reviews",
            "staff:/team/applications/999999/reviews",
        ],
        "/team/calls/{slug}/decisions" => &[
            "/team/calls/appel-exemple/decisions",
            "auth:/team/calls/appel-exemple/decisions",
            "staff:/team/calls/appel-exemple/decisions",
            "staff:/team/calls/inconnu/decisions",
        ],
        "/team/applications/{id}/deck" => &[
            "/team/applications/1/deck",
            "auth:/team/applications/1/deck",
            "staff:/team/applications/1/deck",
            "staff:/team/applications/999999/deck",
        ],
        "/me/startup" => &["/me/startup", "auth:/me/startup"],
        "/me/startup/history" => &["/me/startup/history", "auth:/me/startup/history"],
        t if !t.contains('{') => return vec![t.to_owned()],
        t => panic!("no example requests for {t}: add some here"),
    };
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn the_contract_rejects_what_it_should() {
    // Guards the validator itself: a broken body must not pass.
    let spec = spec();
    let validator = validator(&spec, &json!({"$ref": "#/components/schemas/PoleSummary"}));
    let localised = json!({"fr": "a", "en": "b"});
    assert!(
        validator.is_valid(&json!({"slug": "recherche", "name": localised, "summary": localised}))
    );
    assert!(
        !validator.is_valid(&json!({"slug": "Recherche", "name": localised, "summary": localised}))
    );
    assert!(!validator
        .is_valid(&json!({"slug": "recherche", "name": {"fr": "a"}, "summary": localised})));
}

#[test]
fn only_a_real_profile_awaiting_completion_may_have_no_sector_or_pole() {
    let spec = spec();
    let validator = validator(
        &spec,
        &json!({"$ref": "#/components/schemas/StartupSummary"}),
    );
    let localised = json!({"fr": "À compléter.", "en": "To be completed."});
    let card = |sample: bool, updated: Value, lists: Value| {
        json!({
            "slug": "drdata", "name": "DrData", "pitch": localised, "sectors": lists[0],
            "poles": lists[1], "stage": null, "founded": null, "team_size": null,
            "hiring": false, "member_since": null, "updated": updated, "sample": sample,
        })
    };
    let (empty, chosen) = (
        json!([[], []]),
        json!([["prevention"], ["entrepreneuriat"]]),
    );
    let saved = json!("2026-11-16");
    assert!(validator.is_valid(&card(false, Value::Null, empty.clone())));
    assert!(validator.is_valid(&card(false, saved.clone(), chosen.clone())));
    assert!(validator.is_valid(&card(true, Value::Null, chosen)));
    assert!(!validator.is_valid(&card(true, Value::Null, empty.clone())));
    assert!(!validator.is_valid(&card(false, saved, empty)));
}
