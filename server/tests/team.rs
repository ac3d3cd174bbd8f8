//! The campus team's space through the API: staff sign in with a password and a second
//! factor (enrolled at the first sign-in, each code used once, recovery codes), every team
//! route refuses a start-up member and nobody, and the team reads and moves the submitted
//! applications, each move mailed to the applicant and written to the audit log.

mod support;

use axum::http::{header, Method, StatusCode};
use serde_json::{json, Value};
use support::{
    applicant::{pdf, whole_form, Applicant, OPEN_CALL},
    catalogue::test_programme,
    events::test_event,
    team_api::*,
};

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

    // This proved session may replace the authenticator (a new offer, not yet in force).
    let (status, _, _) = call(
        &api,
        Method::POST,
        "/team/second-factor",
        Some(&session),
        None,
    )
    .await;
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

/// Every team route, with a body where it takes one, in an order where each succeeds.
fn team_routes(application: i64) -> Vec<(Method, String, Option<Value>)> {
    let app = format!("/team/applications/{application}");
    let decision = format!("/team/decisions/{application}");
    let call = format!("/team/calls/{OPEN_CALL}");
    vec![
        (Method::GET, "/team/audit".into(), None),
        (Method::GET, "/team/staff".into(), None),
        (Method::GET, format!("{call}/applications"), None),
        (Method::GET, app.clone(), None),
        (Method::GET, format!("{app}/deck"), None),
        (
            Method::POST,
            format!("{app}/state"),
            Some(json!({"to": "under-review"})),
        ),
        (
            Method::PUT,
            format!("{app}/reviewers"),
            Some(json!({"reviewers": [STAFF.0]})),
        ),
        (
            Method::PUT,
            format!("{app}/review"),
            Some(
                json!({"fit": 1, "team": 1, "health_impact": 1, "research_link": 1, "maturity": 1}),
            ),
        ),
        (Method::GET, format!("{app}/reviews"), None),
        (
            Method::PUT,
            format!("{app}/decision"),
            Some(json!({"decision": "declined"})),
        ),
        (Method::GET, format!("{call}/decisions"), None),
        (
            Method::PATCH,
            decision.clone(),
            Some(json!({"subject": "Objet", "body": "Texte."})),
        ),
        (
            Method::POST,
            format!("{decision}/approval"),
            Some(json!({"version": 2})),
        ),
        (
            Method::POST,
            format!("{call}/decisions/sending"),
            Some(json!({})),
        ),
        (
            Method::POST,
            "/team/startups/cardiolume/invitations".into(),
            Some(json!({"email": "nouvelle@cardiolume.example", "lang": "fr"})),
        ),
        (
            Method::PUT,
            "/team/startups/cardiolume/publication".into(),
            Some(json!({"published": true})),
        ),
        (
            Method::PUT,
            "/team/events/atelier-matrice".into(),
            Some(test_event("atelier-matrice", 5)),
        ),
        (
            Method::GET,
            "/team/events/atelier-matrice/registrations".into(),
            None,
        ),
        (Method::GET, "/team/events".into(), None),
        (Method::GET, "/team/events/atelier-matrice".into(), None),
        (
            Method::POST,
            "/team/events/atelier-matrice/cancellation".into(),
            None,
        ),
        (Method::GET, "/team/startups".into(), None),
        (
            Method::POST,
            "/team/programmes".into(),
            Some(test_programme("master-matrice")),
        ),
        (Method::GET, "/team/programmes".into(), None),
        (Method::GET, "/team/programmes/master-matrice".into(), None),
        (
            Method::PUT,
            "/team/programmes/master-matrice".into(),
            Some(test_programme("master-matrice")),
        ),
        (
            Method::PUT,
            "/team/programmes/master-matrice/archival".into(),
            Some(json!({"archived": true})),
        ),
        (
            Method::POST,
            format!("{app}/conflict"),
            Some(json!({"note": ""})),
        ),
        // The first demo account, a member of Cardiolume.
        (Method::DELETE, "/team/accounts/1".into(), None),
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
    let member = member_session(&api).await;
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
    // In the table's order each route succeeds: the review follows the assignment, the
    // decision's edit, approval and sending follow its preparation.
    for (method, uri, body) in team_routes(id) {
        if method != Method::GET {
            // Without the CSRF token, a write is refused.
            let bare = Session {
                csrf: String::new(),
                ..staff.clone()
            };
            let (status, _, _) = call(&api, method.clone(), &uri, Some(&bare), body.clone()).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF: {method} {uri}");
        }
        let (status, _, answer) =
            call(&api, method.clone(), &uri, Some(&staff), body.clone()).await;
        assert!(
            [
                StatusCode::OK,
                StatusCode::CREATED,
                StatusCode::ACCEPTED,
                StatusCode::NO_CONTENT
            ]
            .contains(&status),
            "staff: {method} {uri}: {status} {answer}"
        );
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

fn scores(fit: u8, impact: u8) -> Value {
    json!({"fit": fit, "team": 3, "health_impact": impact, "research_link": 2, "maturity": 2,
           "comment": "Un projet utile aux patients."})
}

#[tokio::test]
async fn reviewers_score_blind_and_a_conflict_hides_the_application() {
    let api = Applicant::new().await;
    let id = submitted(&api, "fondatrice@essai.example").await;
    for email in [
        "r1@campus-demo.example",
        "r2@campus-demo.example",
        "r3@campus-demo.example",
    ] {
        add_staff(&api, email);
    }
    let (lead, _, _) = enrolled(&api).await;
    let (r1, _, _) = enrolled_as(&api, "r1@campus-demo.example").await;
    let (r2, _, _) = enrolled_as(&api, "r2@campus-demo.example").await;
    let (r3, _, _) = enrolled_as(&api, "r3@campus-demo.example").await;
    let app = format!("/team/applications/{id}");

    let (_, staff) = get_json(&api, "/team/staff", &lead).await;
    assert_eq!(staff.as_array().unwrap().len(), 4, "{staff}");
    let (status, problem) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/reviewers"),
        &lead,
        json!({"reviewers": ["r1@campus-demo.example", "someone@elsewhere.example"]}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let assignment = json!({"reviewers": ["r1@campus-demo.example", "r2@campus-demo.example", "r3@campus-demo.example"]});
    let (status, board) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/reviewers"),
        &lead,
        assignment,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{board}");
    assert_eq!(board["reviewers"].as_array().unwrap().len(), 3);
    // Scores are given in review only.
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/review"),
        &r1,
        scores(4, 4),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "still only submitted");
    send_json(
        &api,
        Method::POST,
        &format!("{app}/state"),
        &lead,
        json!({"to": "under-review"}),
    )
    .await;
    let (status, problem) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/review"),
        &r1,
        scores(9, 4),
    )
    .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("fit"))
    );
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/review"),
        &lead,
        scores(4, 4),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not a reviewer of it");

    // r3 has a tie to the company: it steps aside and no longer sees the application.
    let (status, _) = send_json(
        &api,
        Method::POST,
        &format!("{app}/conflict"),
        &r3,
        json!({"note": "Ancienne associée"}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for uri in [app.clone(), format!("{app}/deck"), format!("{app}/reviews")] {
        assert_eq!(
            get_json(&api, &uri, &r3).await.0,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }
    let (_, audit) = get_json(&api, "/team/audit", &r3).await;
    let target = format!("application:{id}");
    assert!(
        audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["target"] != target.as_str()),
        "the log hides the application from r3: {audit}"
    );
    let (_, list) = get_json(&api, &format!("/team/calls/{OPEN_CALL}/applications"), &r3).await;
    assert!(
        list.as_array().unwrap().iter().all(|row| row["id"] != id),
        "{list}"
    );
    assert_eq!(
        send_json(
            &api,
            Method::PUT,
            &format!("{app}/review"),
            &r3,
            scores(5, 5)
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );

    // r1 scores first: it sees its own review; r2 sees that one exists, not what it says.
    let (status, board) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/review"),
        &r1,
        scores(5, 5),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{board}");
    assert_eq!(board["given"], 1);
    let (_, hidden) = get_json(&api, &format!("{app}/reviews"), &r2).await;
    assert_eq!(
        (
            hidden["given"].as_u64(),
            hidden["reviews"].is_null(),
            hidden["median"].is_null()
        ),
        (Some(1), true, true),
        "{hidden}"
    );
    let (_, list) = get_json(&api, &format!("/team/calls/{OPEN_CALL}/applications"), &r2).await;
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(
        (row["reviews"].as_u64(), row["median"].is_null()),
        (Some(1), true),
        "the list is blind too"
    );
    // Stepping out and back in would show r2 the scores: not before its own review.
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/reviewers"),
        &r2,
        json!({"reviewers": ["r1@campus-demo.example"]}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The lead, who reviews none, sees the scores and the median.
    let (_, open) = get_json(&api, &format!("{app}/reviews"), &lead).await;
    assert_eq!(open["reviews"][0]["reviewer"], "r1@campus-demo.example");
    // Once r2 scores, it sees both, and the median of the weighted scores.
    let (_, board) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/review"),
        &r2,
        scores(1, 1),
    )
    .await;
    assert_eq!(board["reviews"].as_array().unwrap().len(), 2, "{board}");
    let weighted =
        |fit: f64, impact: f64| (3.0 * fit + 2.0 * 3.0 + 3.0 * impact + 2.0 + 2.0) / 10.0;
    let expected = (weighted(5.0, 5.0) + weighted(1.0, 1.0)) / 2.0;
    assert!(
        (board["median"].as_f64().unwrap() - expected).abs() < 1e-9,
        "{board}"
    );
    let conflicts: Vec<bool> = board["reviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["conflict"].as_bool().unwrap())
        .collect();
    assert_eq!(conflicts, [false, false, true]);
    // The list sorts by that median: the reviewed application comes before the others.
    let (_, list) = get_json(
        &api,
        &format!("/team/calls/{OPEN_CALL}/applications"),
        &lead,
    )
    .await;
    assert_eq!(list[0]["id"], id, "{list}");
}

#[tokio::test]
async fn decisions_wait_in_the_outbox_until_approved_then_go_together() {
    let api = Applicant::new().await;
    let email = "fondatrice@essai.example";
    let id = submitted(&api, email).await;
    let (lead, _, _) = enrolled(&api).await;
    let app = format!("/team/applications/{id}");
    let decisions = format!("/team/calls/{OPEN_CALL}/decisions");
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/decision"),
        &lead,
        json!({"decision": "accepted"}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a submitted application is reviewed first"
    );
    send_json(
        &api,
        Method::POST,
        &format!("{app}/state"),
        &lead,
        json!({"to": "under-review"}),
    )
    .await;
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/decision"),
        &lead,
        json!({"decision": "withdrawn"}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "not a decision");
    let (status, letter) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/decision"),
        &lead,
        json!({"decision": "accepted"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{letter}");
    assert!(
        letter["body"].as_str().unwrap().contains("Société d'essai"),
        "{letter}"
    );
    assert!(letter["approved_by"].is_null());
    let letters_before = api.letters_to(email).len();

    // Nothing goes before approval.
    let (status, sent) = send_json(
        &api,
        Method::POST,
        &format!("{decisions}/sending"),
        &lead,
        json!({}),
    )
    .await;
    assert_eq!(
        (status, sent),
        (StatusCode::OK, json!({"sent": 0, "waiting": 1}))
    );
    assert_eq!(
        api.letters_to(email).len(),
        letters_before,
        "no letter before approval"
    );
    assert_eq!(get_json(&api, &app, &lead).await.1["state"], "under-review");

    // Edited (naming the version read), then approved as read.
    let edit = |version: u64, subject: &str| {
        let (api, lead) = (&api, lead.clone());
        let subject = subject.to_owned();
        async move {
            let mut headers = lead.headers();
            let tag = format!("\"v{version}\"");
            headers.push(("if-match", &tag));
            headers.push(("content-type", "application/json"));
            let body =
                json!({"subject": subject, "body": "Bienvenue.\n\nÀ bientôt sur le campus."});
            let (status, _, value) = api
                .send(
                    Method::PATCH,
                    &format!("/team/decisions/{id}"),
                    &headers,
                    body.to_string().into_bytes(),
                )
                .await;
            (status, value)
        }
    };
    let (status, _) = edit(7, "Bienvenue").await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED, "a stale version");
    let (status, edited) = edit(1, "Bienvenue à PariSanté Campus").await;
    assert_eq!(
        (status, edited["version"].as_u64()),
        (StatusCode::OK, Some(2)),
        "{edited}"
    );
    let (status, _) = send_json(
        &api,
        Method::POST,
        &format!("/team/decisions/{id}/approval"),
        &lead,
        json!({"version": 1}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::PRECONDITION_FAILED,
        "approving what one did not read"
    );
    let (status, approved) = send_json(
        &api,
        Method::POST,
        &format!("/team/decisions/{id}/approval"),
        &lead,
        json!({"version": 2}),
    )
    .await;
    assert_eq!(
        (status, approved["approved_by"].as_str()),
        (StatusCode::OK, Some(STAFF.0))
    );
    let (_, outbox) = get_json(&api, &decisions, &lead).await;
    assert_eq!(outbox[0]["subject"], "Bienvenue à PariSanté Campus");

    let (_, sent) = send_json(
        &api,
        Method::POST,
        &format!("{decisions}/sending"),
        &lead,
        json!({}),
    )
    .await;
    assert_eq!(sent, json!({"sent": 1, "waiting": 0}));
    assert_eq!(get_json(&api, &app, &lead).await.1["state"], "accepted");
    // The decision as edited, then the invitation to the new start-up's space.
    let letters = api.letters_to(email);
    assert_eq!(letters.len(), letters_before + 2);
    let decision = &letters[letters_before];
    assert!(
        decision.starts_with("Bienvenue à PariSanté Campus\n"),
        "{letters:?}"
    );
    assert!(decision.contains("À bientôt sur le campus."));
    assert!(letters[letters_before + 1].contains("#invitation-"));
    // Sent once: again, nothing; and a sent letter no longer changes.
    let (_, again) = send_json(
        &api,
        Method::POST,
        &format!("{decisions}/sending"),
        &lead,
        json!({}),
    )
    .await;
    assert_eq!(again, json!({"sent": 0, "waiting": 0}));
    assert_eq!(edit(2, "Autre").await.0, StatusCode::NOT_FOUND);
    let (_, audit) = get_json(&api, "/team/audit", &lead).await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "decision.prepare",
        "decision.edit",
        "decision.approve",
        "decision.send",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

/// The secret of the last invitation link mailed to `email`.
fn invitation_link(api: &Applicant, email: &str) -> String {
    let letter = api
        .letters_to(email)
        .into_iter()
        .rev()
        .find(|l| l.contains("#invitation-"))
        .expect("an invitation letter");
    let start = letter.find("#invitation-").unwrap() + "#invitation-".len();
    letter[start..start + 64].to_owned()
}

#[tokio::test]
async fn an_accepted_applicant_is_invited_edits_the_new_profile_and_the_team_publishes_it() {
    let api = Applicant::new().await;
    let email = "fondatrice@essai.example";
    let id = submitted(&api, email).await;
    let (lead, _, _) = enrolled(&api).await;
    let app = format!("/team/applications/{id}");
    send_json(
        &api,
        Method::POST,
        &format!("{app}/state"),
        &lead,
        json!({"to": "under-review"}),
    )
    .await;
    let (_, letter) = send_json(
        &api,
        Method::PUT,
        &format!("{app}/decision"),
        &lead,
        json!({"decision": "accepted"}),
    )
    .await;
    send_json(
        &api,
        Method::POST,
        &format!("/team/decisions/{id}/approval"),
        &lead,
        json!({"version": letter["version"]}),
    )
    .await;
    let (_, sent) = send_json(
        &api,
        Method::POST,
        &format!("/team/calls/{OPEN_CALL}/decisions/sending"),
        &lead,
        json!({}),
    )
    .await;
    assert_eq!(sent["sent"], 1);

    // The profile exists, unpublished: the public does not see it.
    let slug = "societe-d-essai";
    let (status, _, _) = call(&api, Method::GET, &format!("/startups/{slug}"), None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, _, directory) = call(&api, Method::GET, "/startups?per_page=1000", None, None).await;
    assert!(!directory.to_string().contains(slug));

    // The founder follows the invitation and chooses a password.
    let token = invitation_link(&api, email);
    let (status, _, view) = call(
        &api,
        Method::GET,
        &format!("/invitations/{token}"),
        None,
        None,
    )
    .await;
    assert_eq!(
        (status, view["startup_name"].as_str()),
        (StatusCode::OK, Some("Société d'essai"))
    );
    let accept = |password: &str| {
        let (api, token, password) = (&api, token.clone(), password.to_owned());
        async move {
            call(
                api,
                Method::POST,
                &format!("/invitations/{token}/acceptance"),
                None,
                Some(json!({"password": password})),
            )
            .await
        }
    };
    let (status, _, weak) = accept("password1234").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
    let (status, headers, me) = accept("violet tambour lune cerise").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["startup"], slug);
    let member = session_of(&headers, &me).expect("signed in");
    assert_eq!(
        accept("violet tambour lune cerise").await.0,
        StatusCode::NOT_FOUND,
        "single use"
    );
    assert_eq!(
        call(
            &api,
            Method::GET,
            &format!("/invitations/{token}"),
            None,
            None
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );

    // The founder edits the new profile before it is published.
    let (status, _, mine) = call(&api, Method::GET, "/me/startup", Some(&member), None).await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    let etag = mine["etag"].as_str().unwrap().to_owned();
    let mut headers = member.headers();
    headers.push(("content-type", "application/merge-patch+json"));
    headers.push(("if-match", &etag));
    let patch = json!({
        "pitch": {"fr": "Un carnet de suivi à domicile.", "en": "A home follow-up notebook."},
        "sectors": ["telemedecine"]
    });
    let (status, _, saved) = api
        .send(
            Method::PATCH,
            "/me/startup",
            &headers,
            patch.to_string().into_bytes(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");

    // Its logo: the founder sees it while completing the profile; nobody else does yet.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(64, 64, image::Rgba([0, 90, 160, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let mut upload = member.headers();
    upload.push(("content-type", "application/octet-stream"));
    let (status, _, uploaded) = api
        .send(Method::PUT, "/me/startup/logo", &upload, png)
        .await;
    assert_eq!(status, StatusCode::OK, "{uploaded}");
    let logo = format!("/startups/{slug}/logo");
    let (status, _, _) = api.send(Method::GET, &logo, &[], Vec::new()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "hidden while unpublished");
    let (status, headers, _) = api
        .send(Method::GET, &logo, &member.headers(), Vec::new())
        .await;
    assert_eq!(status, StatusCode::OK, "its own member sees it");
    assert_eq!(headers[header::CACHE_CONTROL], "private, no-store");

    // The team publishes it: it is in the directory.
    let (status, _) = send_json(
        &api,
        Method::PUT,
        &format!("/team/startups/{slug}/publication"),
        &lead,
        json!({"published": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, public) =
        call(&api, Method::GET, &format!("/startups/{slug}"), None, None).await;
    assert_eq!(
        (status, public["pitch"]["fr"].as_str()),
        (StatusCode::OK, Some("Un carnet de suivi à domicile."))
    );
    let (_, _, directory) = call(&api, Method::GET, "/startups?per_page=1000", None, None).await;
    assert!(directory.to_string().contains(slug));
    let (status, headers, _) = api.send(Method::GET, &logo, &[], Vec::new()).await;
    assert_eq!(status, StatusCode::OK, "public once published");
    assert_ne!(headers[header::CACHE_CONTROL], "private, no-store");

    // The team sees the start-up, its member and when it last signed in.
    let (_, startups) = get_json(&api, "/team/startups", &lead).await;
    let ours = startups
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == slug)
        .unwrap()
        .clone();
    assert_eq!(ours["published"], true);
    assert_eq!(ours["members"][0]["email"], email);
    assert!(ours["members"][0]["last_sign_in"].is_string(), "{ours}");
    // An invitation to an address that has an account is refused at once: it signs in.
    let (status, _) = send_json(
        &api,
        Method::POST,
        &format!("/team/startups/{slug}/invitations"),
        &lead,
        json!({"email": email, "lang": "fr"}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Two open invitations to one address: the second link cannot make a second account.
    let twice = "deux-fois@essai.example";
    let mut links = Vec::new();
    for _ in 0..2 {
        let (status, _) = send_json(
            &api,
            Method::POST,
            &format!("/team/startups/{slug}/invitations"),
            &lead,
            json!({"email": twice, "lang": "fr"}),
        )
        .await;
        assert_eq!(status, StatusCode::ACCEPTED);
        links.push(invitation_link(&api, twice));
    }
    assert_ne!(links[0], links[1]);
    let mut answers = Vec::new();
    for link in &links {
        let (status, _, _) = call(
            &api,
            Method::POST,
            &format!("/invitations/{link}/acceptance"),
            None,
            Some(json!({"password": "une toute autre phrase longue"})),
        )
        .await;
        answers.push(status);
    }
    assert_eq!(answers, [StatusCode::OK, StatusCode::CONFLICT]);
    // An invitation of another member expires after 7 days.
    let (status, _) = send_json(
        &api,
        Method::POST,
        &format!("/team/startups/{slug}/invitations"),
        &lead,
        json!({"email": "cto@essai.example", "lang": "en"}),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let late = invitation_link(&api, "cto@essai.example");
    assert_eq!(
        call(
            &api,
            Method::GET,
            &format!("/invitations/{late}"),
            None,
            None
        )
        .await
        .0,
        StatusCode::OK
    );
    let expires: i64 = api
        .db()
        .query_row(
            "SELECT expires_at - created_at FROM invitations WHERE email = 'cto@essai.example'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(expires, 7 * 24 * 3600);
    api.db()
        .execute(
            "UPDATE invitations SET expires_at = created_at - 1 WHERE email = 'cto@essai.example'",
            [],
        )
        .unwrap();
    assert_eq!(
        call(
            &api,
            Method::GET,
            &format!("/invitations/{late}"),
            None,
            None
        )
        .await
        .0,
        StatusCode::NOT_FOUND,
        "expired"
    );
    let (_, _, audit) = call(&api, Method::GET, "/team/audit", Some(&lead), None).await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["startup.create", "startup.publish", "startup.invite"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn the_team_publishes_changes_cancels_events_and_exports_their_registrations() {
    let api = Applicant::new().await;
    let (lead, _, _) = enrolled(&api).await;
    let event = test_event("atelier-equipe", 10);
    let (status, written) = send_json(
        &api,
        Method::PUT,
        "/team/events/atelier-equipe",
        &lead,
        event.clone(),
    )
    .await;
    assert_eq!(
        (status, written["created"].as_bool()),
        (StatusCode::OK, Some(true)),
        "{written}"
    );
    let (status, _, public) = call(&api, Method::GET, "/events/atelier-equipe", None, None).await;
    assert_eq!(
        (status, public["title"]["fr"].as_str()),
        (StatusCode::OK, Some("Atelier d'essai"))
    );
    let mut changed = event.clone();
    changed["title"]["fr"] = json!("Atelier d'essai, nouvelle date");
    let (_, written) = send_json(
        &api,
        Method::PUT,
        "/team/events/atelier-equipe",
        &lead,
        changed,
    )
    .await;
    assert_eq!(written["created"], false);
    // The team's form reads back what was written, with the version its edit names.
    let (status, stored) = get_json(&api, "/team/events/atelier-equipe", &lead).await;
    assert_eq!(status, StatusCode::OK, "{stored}");
    for (field, value) in event.as_object().unwrap() {
        let mut expected = value.clone();
        if field == "title" {
            expected["fr"] = json!("Atelier d'essai, nouvelle date");
        }
        assert_eq!(stored["draft"][field], expected, "{field}");
    }
    let version = stored["version"].as_u64().unwrap();
    let edit = |tag: String, title: &'static str| {
        let mut body = stored["draft"].clone();
        body["title"]["fr"] = json!(title);
        let headers = [lead.headers(), vec![("content-type", "application/json")]].concat();
        let api = &api;
        async move {
            let mut headers = headers;
            headers.push(("if-match", tag.as_str()));
            api.send(
                Method::PUT,
                "/team/events/atelier-equipe",
                &headers,
                body.to_string().into_bytes(),
            )
            .await
            .0
        }
    };
    assert_eq!(
        edit(format!("\"v{}\"", version + 1), "Titre écrasé").await,
        StatusCode::PRECONDITION_FAILED,
        "over a version that is not the stored one"
    );
    assert_eq!(
        edit(format!("\"v{version}\""), "Atelier d'essai, nouvelle date").await,
        StatusCode::OK
    );
    let (_, again) = get_json(&api, "/team/events/atelier-equipe", &lead).await;
    assert_eq!(again["version"].as_u64(), Some(version + 1));
    // A new event's form never writes over an event that has its identifier.
    let headers = [
        lead.headers(),
        vec![("content-type", "application/json"), ("if-none-match", "*")],
    ]
    .concat();
    let (status, _, _) = api
        .send(
            Method::PUT,
            "/team/events/atelier-equipe",
            &headers,
            stored["draft"].to_string().into_bytes(),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // The model's rules, per field; and the address names the event.
    let mut broken = event.clone();
    broken["end"] = broken["start"].clone();
    let (status, problem) = send_json(
        &api,
        Method::PUT,
        "/team/events/atelier-equipe",
        &lead,
        broken,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, problem) = send_json(
        &api,
        Method::PUT,
        "/team/events/autre-atelier",
        &lead,
        event,
    )
    .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("slug"))
    );

    // Someone registers; the organisers export the list, and the export is audited.
    let (status, _, _) = call(
        &api,
        Method::POST,
        "/events/atelier-equipe/registrations",
        None,
        Some(json!({"name": "Camille Essai", "email": "camille@essai.example", "lang": "fr"})),
    )
    .await;
    assert!(status.is_success(), "{status}");
    let (status, headers, _) = call(
        &api,
        Method::GET,
        "/team/events/atelier-equipe/registrations",
        Some(&lead),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let (status, _, _) = call(
        &api,
        Method::GET,
        "/team/events/inconnu/registrations",
        Some(&lead),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The team's list counts the event's registrations (this one confirmed by its link).
    api.db()
        .execute(
            "UPDATE registrations SET state = 'confirmed' WHERE email = 'camille@essai.example'",
            [],
        )
        .unwrap();
    let (status, rows) = get_json(&api, "/team/events", &lead).await;
    assert_eq!(status, StatusCode::OK);
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["event"]["slug"] == "atelier-equipe")
        .expect("the new event in the team's list");
    assert_eq!(
        (row["confirmed"].as_u64(), row["waitlisted"].as_u64()),
        (Some(1), Some(0))
    );

    // Cancelled: the registrant is told, and the public page says so.
    let (status, cancelled) = send_json(
        &api,
        Method::POST,
        "/team/events/atelier-equipe/cancellation",
        &lead,
        json!({}),
    )
    .await;
    assert_eq!(
        (status, cancelled["told"].as_u64()),
        (StatusCode::OK, Some(1)),
        "{cancelled}"
    );
    let (_, _, public) = call(&api, Method::GET, "/events/atelier-equipe", None, None).await;
    assert_eq!(public["status"], "cancelled");
    let (_, audit) = get_json(&api, "/team/audit", &lead).await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["event.create", "event.edit", "event.export", "event.cancel"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn removing_a_member_ends_its_sessions_and_leaves_the_team_alone() {
    let api = Applicant::new().await;
    let (lead, _, _) = enrolled(&api).await;
    let member = member_session(&api).await;
    let (_, startups) = get_json(&api, "/team/startups", &lead).await;
    let cardiolume = startups
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "cardiolume")
        .unwrap()
        .clone();
    let member_id = cardiolume["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == MEMBER.0)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let staff_id: i64 = api
        .db()
        .query_row("SELECT id FROM accounts WHERE email = ?1", [STAFF.0], |r| {
            r.get(0)
        })
        .unwrap();
    let (status, _, _) = call(
        &api,
        Method::DELETE,
        &format!("/team/accounts/{staff_id}"),
        Some(&lead),
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "team accounts are not removed here"
    );
    let (status, _, _) = call(
        &api,
        Method::DELETE,
        &format!("/team/accounts/{member_id}"),
        Some(&lead),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, _) = call(&api, Method::GET, "/me", Some(&member), None).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "its session ended with it"
    );
    let (_, audit) = get_json(&api, "/team/audit", &lead).await;
    assert_eq!(audit["entries"][0]["action"], "account.remove");
    assert_eq!(audit["entries"][0]["detail"], MEMBER.0);
}
