//! The campus team's space through the API: staff sign in with a password and a second
//! factor (enrolled at the first sign-in, each code used once, recovery codes), every team
//! route refuses a start-up member and nobody, and the team reads and moves the submitted
//! applications, each move mailed to the applicant and written to the audit log.

mod support;

use axum::http::{header, Method, StatusCode};
use serde_json::{json, Value};
use support::applicant::{pdf, whole_form, Applicant, OPEN_CALL};

const STAFF: (&str, &str) = ("equipe@campus-demo.example", "equipe-campus-demo-2026");
const MEMBER: (&str, &str) = ("equipe@cardiolume.example", "cardiolume-demo-2026");

/// A session: its cookie and CSRF token.
#[derive(Clone, Debug)]
struct Session {
    cookie: String,
    csrf: String,
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

impl Session {
    fn headers(&self) -> Vec<(&str, &str)> {
        vec![
            ("cookie", self.cookie.as_str()),
            ("x-csrf-token", self.csrf.as_str()),
        ]
    }
}

async fn call(
    api: &Applicant,
    method: Method,
    uri: &str,
    session: Option<&Session>,
    body: Option<Value>,
) -> (StatusCode, axum::http::HeaderMap, Value) {
    let mut headers = session.map(Session::headers).unwrap_or_default();
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
    api.send(method, uri, &headers, bytes).await
}

async fn team_sign_in(
    api: &Applicant,
    who: (&str, &str),
    code: Option<&str>,
) -> (StatusCode, Value, Option<Session>) {
    let mut body = json!({"email": who.0, "password": who.1});
    if let Some(code) = code {
        body["code"] = json!(code);
    }
    let (status, headers, value) = call(api, Method::POST, "/team/session", None, Some(body)).await;
    let session = headers.get(header::SET_COOKIE).map(|cookie| Session {
        cookie: cookie
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned(),
        csrf: value["csrf_token"].as_str().unwrap_or_default().to_owned(),
    });
    (status, value, session)
}

/// Signs the demo staff account in for the first time and enrols an authenticator:
/// the session, the app's secret and the recovery codes.
async fn enrolled(api: &Applicant) -> (Session, String, Vec<String>) {
    let (status, me, session) = team_sign_in(api, STAFF, None).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["second_factor"], "setup-needed");
    let session = session.unwrap();
    let (status, _, setup) = call(
        api,
        Method::POST,
        "/team/second-factor",
        Some(&session),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(setup["otpauth_url"].as_str().unwrap().contains(&secret));
    assert!(
        setup["qr_svg"].as_str().unwrap().starts_with("<?xml")
            || setup["qr_svg"].as_str().unwrap().contains("<svg")
    );
    let code = server::totp_code(&secret, now()).unwrap();
    let (status, _, confirmed) = call(
        api,
        Method::PUT,
        "/team/second-factor",
        Some(&session),
        Some(json!({"code": code})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
    assert_eq!(confirmed["me"]["second_factor"], "done");
    let codes: Vec<String> = confirmed["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (session, secret, codes)
}

#[tokio::test]
async fn staff_enrol_an_authenticator_then_need_a_code_used_once() {
    let api = Applicant::new().await;
    // Before enrolment, only enrolment is open.
    let (_, _, first) = team_sign_in(&api, STAFF, None).await;
    let first = first.unwrap();
    let (status, _, _) = call(&api, Method::GET, "/team/audit", Some(&first), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no factor, no team space");
    let (status, _, me) = call(&api, Method::GET, "/team/me", Some(&first), None).await;
    assert_eq!(
        (status, me["second_factor"].as_str()),
        (StatusCode::OK, Some("setup-needed"))
    );
    // A wrong first code is refused, per field, and nothing is enrolled.
    let (_, _, offered) = call(
        &api,
        Method::POST,
        "/team/second-factor",
        Some(&first),
        None,
    )
    .await;
    let secret = offered["secret"].as_str().unwrap();
    let window: Vec<String> = [now() - 30, now(), now() + 30]
        .iter()
        .map(|t| server::totp_code(secret, *t).unwrap())
        .collect();
    let not_the_code = (0..)
        .map(|n| format!("{n:06}"))
        .find(|c| !window.contains(c))
        .unwrap();
    let (status, _, wrong) = call(
        &api,
        Method::PUT,
        "/team/second-factor",
        Some(&first),
        Some(json!({"code": not_the_code})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{wrong}");
    assert_eq!(wrong["errors"][0]["field"], "code");

    let (session, secret, codes) = enrolled(&api).await;
    assert_eq!(codes.len(), 10);
    let (status, _, _) = call(&api, Method::GET, "/team/me", Some(&first), None).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "enrolling ends the other sessions"
    );
    let (status, _, _) = call(&api, Method::GET, "/team/audit", Some(&session), None).await;
    assert_eq!(status, StatusCode::OK);

    // From now on the password alone is not enough.
    let (status, problem, cookie) = team_sign_in(&api, STAFF, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        problem["type"],
        "urn:parisante-campus:problem:second-factor-required"
    );
    assert!(cookie.is_none());
    let (status, problem, _) = team_sign_in(&api, STAFF, Some("12345")).await;
    assert_eq!(
        (status, problem["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("code"))
    );
    // The enrolment's code was used: the next step's code signs in, once.
    let later = now() + 30;
    let code = server::totp_code(&secret, later).unwrap();
    let (status, me, _) = team_sign_in(&api, STAFF, Some(&code)).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["second_factor"], "done");
    let (status, _, _) = team_sign_in(&api, STAFF, Some(&code)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a code is accepted once");
    // A recovery code, typed as shown or in capitals, works once.
    let (status, _, _) = team_sign_in(&api, STAFF, Some(&codes[0].to_uppercase())).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = team_sign_in(&api, STAFF, Some(&codes[0])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a recovery code is spent");
    // A wrong password with a right code says nothing more than a wrong password.
    let code = server::totp_code(&secret, now() + 60).unwrap();
    let (status, problem, _) = team_sign_in(&api, (STAFF.0, "not-the-password"), Some(&code)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(problem["type"], "urn:parisante-campus:problem:unauthorized");

    // The audit log holds the sign-ins and the enrolment, newest first.
    let (_, _, audit) = call(&api, Method::GET, "/team/audit", Some(&session), None).await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "session.sign-in",
            "session.sign-in",
            "second-factor.enrol",
            "session.sign-in",
            "session.sign-in"
        ]
    );
    assert!(audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["actor"] == STAFF.0));
}

#[tokio::test]
async fn each_door_takes_only_its_own_accounts() {
    let api = Applicant::new().await;
    let (status, problem, cookie) = team_sign_in(&api, MEMBER, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    assert!(cookie.is_none());
    let (status, _, _) = call(
        &api,
        Method::POST,
        "/session",
        None,
        Some(json!({"email": STAFF.0, "password": STAFF.1})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A staff session does not open the start-up space either.
    let (session, _, _) = enrolled(&api).await;
    let (status, _, _) = call(&api, Method::GET, "/me/startup", Some(&session), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// Every team route, with a body where it takes one.
fn team_routes(application: i64) -> Vec<(Method, String, Option<Value>)> {
    vec![
        (Method::GET, "/team/audit".into(), None),
        (
            Method::GET,
            format!("/team/calls/{OPEN_CALL}/applications"),
            None,
        ),
        (
            Method::GET,
            format!("/team/applications/{application}"),
            None,
        ),
        (
            Method::GET,
            format!("/team/applications/{application}/deck"),
            None,
        ),
        (
            Method::POST,
            format!("/team/applications/{application}/state"),
            Some(json!({"to": "under-review"})),
        ),
    ]
}

/// A submitted application with its deck; its number.
async fn submitted(api: &Applicant, email: &str) -> i64 {
    assert_eq!(api.start(email).await, StatusCode::ACCEPTED);
    let token = api.last_link(email);
    let (_, headers, _) = api.get(&token).await;
    let etag = headers[header::ETAG].to_str().unwrap().to_owned();
    let (status, body) = api.save(&token, &etag, whole_form()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        api.deck(&token, "application/pdf", pdf()).await.0,
        StatusCode::OK
    );
    assert_eq!(api.post(&token, "submission").await.0, StatusCode::OK);
    api.db()
        .query_row(
            "SELECT id FROM applications WHERE email = ?1",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn every_team_route_refuses_nobody_a_member_and_an_unproved_staff_session() {
    let api = Applicant::new().await;
    let id = submitted(&api, "fondatrice@essai.example").await;
    let member = {
        let (status, headers, body) = call(
            &api,
            Method::POST,
            "/session",
            None,
            Some(json!({"email": MEMBER.0, "password": MEMBER.1})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        Session {
            cookie: headers[header::SET_COOKIE]
                .to_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .into(),
            csrf: body["csrf_token"].as_str().unwrap().into(),
        }
    };
    let (_, _, unproved) = team_sign_in(&api, STAFF, None).await;
    let unproved = unproved.unwrap();
    for (method, uri, body) in team_routes(id) {
        let (status, _, _) = call(&api, method.clone(), &uri, None, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "nobody: {method} {uri}");
        let (status, _, _) = call(&api, method.clone(), &uri, Some(&member), body.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a member: {method} {uri}");
        let (status, _, _) = call(&api, method.clone(), &uri, Some(&unproved), body.clone()).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "no second factor: {method} {uri}"
        );
    }
    let (staff, _, _) = enrolled(&api).await;
    for (method, uri, body) in team_routes(id) {
        let (status, _, answer) =
            call(&api, method.clone(), &uri, Some(&staff), body.clone()).await;
        assert_eq!(status, StatusCode::OK, "staff: {method} {uri}: {answer}");
        if method == Method::POST {
            // Without the CSRF token, a write is refused.
            let bare = Session {
                csrf: String::new(),
                ..staff.clone()
            };
            let (status, _, _) = call(&api, method.clone(), &uri, Some(&bare), body.clone()).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF: {method} {uri}");
        }
    }
}

#[tokio::test]
async fn the_team_reads_submitted_applications_and_moves_them_with_a_letter() {
    let api = Applicant::new().await;
    let id = submitted(&api, "fondatrice@essai.example").await;
    // A draft stays the applicant's own.
    assert_eq!(
        api.start("brouillon@essai.example").await,
        StatusCode::ACCEPTED
    );
    let draft: i64 = api
        .db()
        .query_row(
            "SELECT id FROM applications WHERE email = 'brouillon@essai.example'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (staff, _, _) = enrolled(&api).await;

    let (_, _, list) = call(
        &api,
        Method::GET,
        &format!("/team/calls/{OPEN_CALL}/applications"),
        Some(&staff),
        None,
    )
    .await;
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert!(ids.contains(&id) && !ids.contains(&draft), "{list}");
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    assert_eq!(
        (
            row["company"].as_str(),
            row["state"].as_str(),
            row["has_deck"].as_bool()
        ),
        (Some("Société d'essai"), Some("submitted"), Some(true))
    );
    let (status, _, _) = call(
        &api,
        Method::GET,
        &format!("/team/applications/{draft}"),
        Some(&staff),
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a draft is not the team's to read"
    );
    let (status, _, _) = call(
        &api,
        Method::GET,
        "/team/calls/no-such-call/applications",
        Some(&staff),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, headers, one) = call(
        &api,
        Method::GET,
        &format!("/team/applications/{id}"),
        Some(&staff),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(one["form"]["company_name"], "Société d'essai");
    assert_eq!(one["next_states"], json!(["under-review"]));
    let (status, headers, _) = call(
        &api,
        Method::GET,
        &format!("/team/applications/{id}/deck"),
        Some(&staff),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(headers[header::CONTENT_SECURITY_POLICY], "sandbox");

    // The team's edges only: a decision is not taken by a state change.
    for to in ["shortlisted", "accepted", "draft", "withdrawn"] {
        let (status, _, _) = call(
            &api,
            Method::POST,
            &format!("/team/applications/{id}/state"),
            Some(&staff),
            Some(json!({"to": to})),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "submitted -> {to}");
    }
    let state = |to: &str| json!({"to": to});
    let (status, _, moved) = call(
        &api,
        Method::POST,
        &format!("/team/applications/{id}/state"),
        Some(&staff),
        Some(state("under-review")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["state"], "under-review");
    assert_eq!(
        moved["next_states"],
        json!(["shortlisted", "accepted", "declined"])
    );
    let (status, _, moved) = call(
        &api,
        Method::POST,
        &format!("/team/applications/{id}/state"),
        Some(&staff),
        Some(state("shortlisted")),
    )
    .await;
    assert_eq!(
        (status, moved["state"].as_str()),
        (StatusCode::OK, Some("shortlisted"))
    );

    // Each move reached the applicant, with a link that opens the application.
    let letters = api.letters_to("fondatrice@essai.example");
    assert!(
        letters[letters.len() - 2].contains("en cours d'examen"),
        "{letters:?}"
    );
    assert!(
        letters[letters.len() - 1].contains("audition"),
        "{letters:?}"
    );
    let token = api.last_link("fondatrice@essai.example");
    let (status, _, seen) = api.get(&token).await;
    assert_eq!(
        (status, seen["state"].as_str()),
        (StatusCode::OK, Some("shortlisted"))
    );

    // And the audit log says who moved it, from what to what.
    let (_, _, audit) = call(&api, Method::GET, "/team/audit", Some(&staff), None).await;
    let moves: Vec<(String, String)> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "application.state")
        .map(|e| {
            (
                e["target"].as_str().unwrap().to_owned(),
                e["detail"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [
            (
                format!("application:{id}"),
                "under-review -> shortlisted".to_owned()
            ),
            (
                format!("application:{id}"),
                "submitted -> under-review".to_owned()
            ),
        ]
    );
}
