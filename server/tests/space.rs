//! The start-up space API: sign-in, sessions and their cookie, CSRF, rate limit, the
//! member's own profile (412, 422, 428), logo upload checks, history, and an authorization
//! matrix proving a member only ever reaches its own start-up.

mod support;

use axum::{
    body::Body,
    http::{header, Method, StatusCode},
};
use serde_json::json;
use support::space_api::{edit_of, Api, Session, A, A2, B};

#[tokio::test]
async fn sign_in_sets_a_strict_http_only_cookie_and_hides_which_part_was_wrong() {
    let api = Api::new().await;
    let answer = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[],
            &json!({"email": A.0, "password": A.1}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let cookie = answer.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    for flag in [
        "HttpOnly",
        "SameSite=Strict",
        "Path=/api/v1",
        "Max-Age=28800",
    ] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP on loopback");
    assert_eq!(answer.headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(answer.body["startup"], "cardiolume");
    assert_eq!(answer.body["email"], A.0);
    // A client's own X-Forwarded-Proto is not believed (only a trusted proxy's is: see
    // tests/forwarded.rs).
    let claimed = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[("x-forwarded-proto", "https")],
            &json!({"email": B.0, "password": B.1}),
        )
        .await;
    assert!(!claimed.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .contains("Secure"));
    assert!(claimed
        .headers
        .get(header::STRICT_TRANSPORT_SECURITY)
        .is_none());

    let wrong_password = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[],
            &json!({"email": A.0, "password": "nope"}),
        )
        .await;
    let unknown_email = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[],
            &json!({"email": "nobody@x.example", "password": "nope"}),
        )
        .await;
    assert_eq!(wrong_password.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown_email.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong_password.body, unknown_email.body,
        "same answer: e-mails are not revealed"
    );
    assert!(wrong_password.headers.get(header::SET_COOKIE).is_none());
    // A form post from another site cannot sign in (JSON only).
    let form = api
        .call(
            Method::POST,
            "/api/v1/session",
            None,
            &[("content-type", "application/x-www-form-urlencoded")],
            Body::from("email=a&password=b"),
        )
        .await;
    assert_eq!(form.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_account_with_a_wait_in_seconds() {
    let api = Api::new().await;
    for _ in 0..5 {
        let answer = api
            .json(
                Method::POST,
                "/api/v1/session",
                None,
                &[],
                &json!({"email": A.0, "password": "wrong"}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    // Even the right password waits now.
    let blocked = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[],
            &json!({"email": A.0, "password": A.1}),
        )
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = blocked.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 900);
    assert_eq!(blocked.body["retry_after"], wait);
    assert!(blocked.body["detail"]
        .as_str()
        .unwrap()
        .contains(&format!("{wait} s")));
    // Another account is not affected.
    api.sign_in(B).await;
}

#[tokio::test]
async fn sign_out_ends_the_session_and_a_planted_session_is_never_kept() {
    let api = Api::new().await;
    let session = api.sign_in(A).await;
    let me = api
        .call(
            Method::GET,
            "/api/v1/me",
            Some(&session),
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["csrf_token"], session.csrf.as_str());

    // Signing in again with a cookie already set gives a new token; the old one is gone.
    let again = api
        .json(
            Method::POST,
            "/api/v1/session",
            Some(&session),
            &[],
            &json!({"email": A.0, "password": A.1}),
        )
        .await;
    let new_cookie = again.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_ne!(new_cookie, session.cookie);
    let old = api
        .call(
            Method::GET,
            "/api/v1/me",
            Some(&session),
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let planted = Session {
        cookie: "campus_session=attacker-chosen-value".into(),
        csrf: String::new(),
    };
    assert_eq!(
        api.call(
            Method::GET,
            "/api/v1/me",
            Some(&planted),
            &[],
            Body::empty()
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );

    let current = Session {
        cookie: new_cookie,
        csrf: again.body["csrf_token"].as_str().unwrap().to_owned(),
    };
    let out = api
        .call(
            Method::DELETE,
            "/api/v1/session",
            Some(&current),
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert!(out.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let after = api
        .call(
            Method::GET,
            "/api/v1/me/startup",
            Some(&current),
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        after.body["type"],
        "urn:parisante-campus:problem:unauthorized"
    );
}

#[tokio::test]
async fn writes_need_the_csrf_token_and_if_match() {
    let api = Api::new().await;
    let session = api.sign_in(A).await;
    let (etag, profile) = api.my_startup(&session).await;
    let edit = edit_of(&profile);
    let no_csrf = Session {
        csrf: String::new(),
        ..session.clone()
    };
    let wrong_csrf = Session {
        csrf: "0".repeat(64),
        ..session.clone()
    };
    for s in [&no_csrf, &wrong_csrf] {
        let answer = api
            .json(
                Method::PUT,
                "/api/v1/me/startup",
                Some(s),
                &[("if-match", &etag)],
                &edit,
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        let out = api
            .call(
                Method::DELETE,
                "/api/v1/session",
                Some(s),
                &[],
                Body::empty(),
            )
            .await;
        assert_eq!(out.status, StatusCode::FORBIDDEN, "sign-out is a write too");
    }
    let no_if_match = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&session),
            &[],
            &edit,
        )
        .await;
    assert_eq!(no_if_match.status, StatusCode::PRECONDITION_REQUIRED);
    let ok = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&session),
            &[("if-match", &etag)],
            &edit,
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
}

#[tokio::test]
async fn a_stale_write_gets_412_with_the_current_version_and_history_keeps_both() {
    let api = Api::new().await;
    let first = api.sign_in(A).await;
    let second = api.sign_in(A2).await;
    let (etag, profile) = api.my_startup(&first).await;

    let mut mine = edit_of(&profile);
    mine["pitch"]["fr"] = json!("Analyse de l'ECG par IA, nouvelle accroche du CTO.");
    let saved = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&second),
            &[("if-match", &etag)],
            &mine,
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let new_etag = saved.headers[header::ETAG].to_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);

    let mut theirs = edit_of(&profile);
    theirs["name"] = json!("Cardiolume Santé");
    let stale = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&first),
            &[("if-match", &etag)],
            &theirs,
        )
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale.body["current"]["etag"], new_etag.as_str());
    assert_eq!(
        stale.body["current"]["profile"]["pitch"]["fr"],
        mine["pitch"]["fr"]
    );
    assert_eq!(stale.headers[header::ETAG], new_etag.as_str());
    // Nothing was overwritten.
    let (_, now) = api.my_startup(&first).await;
    assert_eq!(now["name"], profile["name"]);

    let merged = api
        .json(
            Method::PATCH,
            "/api/v1/me/startup",
            Some(&first),
            &[("if-match", &new_etag)],
            &json!({"name": "Cardiolume Santé"}),
        )
        .await;
    assert_eq!(merged.status, StatusCode::OK, "{}", merged.body);
    assert_eq!(merged.body["profile"]["name"], "Cardiolume Santé");
    assert_eq!(
        merged.body["profile"]["pitch"]["fr"], mine["pitch"]["fr"],
        "the other change stays"
    );

    let history = api
        .call(
            Method::GET,
            "/api/v1/me/startup/history",
            Some(&first),
            &[],
            Body::empty(),
        )
        .await;
    let entries = history.body.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["by"], A.0);
    assert_eq!(entries[0]["changed"], json!(["name"]));
    assert_eq!(entries[1]["by"], A2.0);
    assert_eq!(entries[1]["changed"], json!(["pitch.fr"]));

    // The public directory shows the saved profile at once.
    let public = api
        .call(
            Method::GET,
            "/api/v1/startups?q=cardiolume",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(public.body["items"][0]["name"], "Cardiolume Santé");
}

#[tokio::test]
async fn invalid_fields_get_422_listing_each_field() {
    let api = Api::new().await;
    let session = api.sign_in(A).await;
    let (etag, profile) = api.my_startup(&session).await;
    let mut edit = edit_of(&profile);
    edit["name"] = json!("");
    edit["pitch"]["en"] = json!("short");
    edit["website"] = json!("javascript:alert(1)");
    edit["poles"] = json!(["nowhere"]);
    edit["founded"] = json!(3000);
    let answer = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&session),
            &[("if-match", &etag)],
            &edit,
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        answer.body["type"],
        "urn:parisante-campus:problem:invalid-fields"
    );
    let fields: Vec<&str> = answer.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for field in ["name", "pitch.en", "website", "founded", "poles[0]"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    // Invalid content is refused as such even when edited from an old version (the
    // precondition comes after the content's checks).
    let from_old_version = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&session),
            &[("if-match", "\"v99999\"")],
            &edit,
        )
        .await;
    assert_eq!(
        from_old_version.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        from_old_version.body
    );
    let bad_json = api
        .call(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&session),
            &[("if-match", &etag), ("content-type", "application/json")],
            Body::from("{not json"),
        )
        .await;
    assert_eq!(bad_json.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn logos_are_checked_from_their_bytes_and_size() {
    let api = Api::new().await;
    let session = api.sign_in(B).await;
    let png = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seed/logos/cardiolume.png"
    ))
    .unwrap();
    let svg =
        br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec();
    let disguised = api
        .call(
            Method::PUT,
            "/api/v1/me/startup/logo",
            Some(&session),
            &[("content-type", "image/png")],
            Body::from(svg),
        )
        .await;
    assert_eq!(
        disguised.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "an SVG called PNG is refused"
    );
    let mut big = png.clone();
    big.resize(1_000_001, 0);
    let too_big = api
        .call(
            Method::PUT,
            "/api/v1/me/startup/logo",
            Some(&session),
            &[("content-type", "image/png")],
            Body::from(big),
        )
        .await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    let ok = api
        .call(
            Method::PUT,
            "/api/v1/me/startup/logo",
            Some(&session),
            &[("content-type", "application/octet-stream")],
            Body::from(png),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let logo = ok.body["profile"]["logo"].as_str().unwrap().to_owned();
    let served = api
        .call(
            Method::GET,
            &format!("/api/v1/{logo}"),
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(served.headers[header::CONTENT_TYPE], "image/png");
    let history = api
        .call(
            Method::GET,
            "/api/v1/me/startup/history",
            Some(&session),
            &[],
            Body::empty(),
        )
        .await;
    assert_eq!(history.body[0]["changed"], json!(["logo"]));
}

#[tokio::test]
async fn authorization_matrix_every_private_route_is_the_members_own() {
    let api = Api::new().await;
    let a = api.sign_in(A).await;
    let b = api.sign_in(B).await;
    // Anonymous: every private route is 401.
    for (method, uri) in [
        (Method::GET, "/api/v1/me"),
        (Method::GET, "/api/v1/me/startup"),
        (Method::PUT, "/api/v1/me/startup"),
        (Method::PATCH, "/api/v1/me/startup"),
        (Method::PUT, "/api/v1/me/startup/logo"),
        (Method::GET, "/api/v1/me/startup/history"),
        (Method::DELETE, "/api/v1/session"),
    ] {
        let answer = api
            .call(method.clone(), uri, None, &[], Body::empty())
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{method} {uri}");
    }
    // Each member reads and writes only its own start-up, whatever it sends.
    let (_, pa) = api.my_startup(&a).await;
    let (etag_b, pb) = api.my_startup(&b).await;
    assert_eq!(pa["slug"], "cardiolume");
    assert_eq!(pb["slug"], "datavoile");
    let mut sneaky = edit_of(&pb);
    sneaky["slug"] = json!("cardiolume");
    sneaky["name"] = json!("Datavoile (renamed)");
    let answer = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&b),
            &[("if-match", &etag_b)],
            &sneaky,
        )
        .await;
    // The slug is the server's: naming another start-up's is refused, not ignored.
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.body["errors"][0]["field"], "slug");
    sneaky.as_object_mut().unwrap().remove("slug");
    let answer = api
        .json(
            Method::PUT,
            "/api/v1/me/startup",
            Some(&b),
            &[("if-match", &etag_b)],
            &sneaky,
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.body["profile"]["slug"], "datavoile");
    let (_, still_a) = api.my_startup(&a).await;
    assert_eq!(still_a["name"], pa["name"]);
    let history_a = api
        .call(
            Method::GET,
            "/api/v1/me/startup/history",
            Some(&a),
            &[],
            Body::empty(),
        )
        .await;
    assert!(
        history_a.body.as_array().unwrap().is_empty(),
        "B's change is not in A's history"
    );
    // B's session with A's CSRF token is refused.
    let mixed = Session {
        cookie: b.cookie.clone(),
        csrf: a.csrf.clone(),
    };
    let answer = api
        .json(
            Method::PATCH,
            "/api/v1/me/startup",
            Some(&mixed),
            &[("if-match", &etag_b)],
            &json!({"name": "x"}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    // No public route writes.
    for method in [Method::PUT, Method::PATCH, Method::DELETE, Method::POST] {
        let answer = api
            .json(
                method.clone(),
                "/api/v1/startups/cardiolume",
                Some(&a),
                &[],
                &json!({}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
    }
}
