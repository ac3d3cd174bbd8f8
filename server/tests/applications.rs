//! Applying to a call through the API: the link by e-mail, a draft saved as it is typed
//! from any device, the pitch deck checked by parsing it, submission while the call is
//! open, withdrawal that deletes, and a letter in the outbox at each step.

mod support;

use axum::http::{header, Method, StatusCode};
use serde_json::json;
use support::applicant::{pdf, whole_form, Applicant, OPEN_CALL};

#[tokio::test]
async fn a_draft_is_saved_as_it_is_typed_and_reached_from_any_device() {
    let api = Applicant::new().await;
    let email = "fondatrice@essai.example";
    assert_eq!(api.start(email).await, StatusCode::ACCEPTED);
    let first = api.last_link(email);
    let (status, headers, draft) = api.get(&first).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(headers[header::ETAG], "\"v1\"");
    assert_eq!(draft["state"], "draft");
    assert_eq!(draft["call"]["slug"], OPEN_CALL);

    let (status, saved) = api
        .save(&first, "\"v1\"", json!({ "company_name": "Essai" }))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["version"], 2);
    // A second device, with a save made on the old version: refused, nothing lost.
    let (status, _) = api
        .save(&first, "\"v1\"", json!({ "needs": "Un bureau" }))
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    let (status, problem) = api
        .save(&first, "\"v2\"", json!({ "siren": "123456789" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "siren");
    let (status, _) = api
        .save(&first, "\"v2\"", json!({ "colour": "bleu" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = api
        .save(&first, "\"v2\"", json!({ "ce_marking": "classe-iv" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Asking again mails another link to the same application; both work.
    assert_eq!(api.start(email).await, StatusCode::ACCEPTED);
    let second = api.last_link(email);
    assert_ne!(first, second);
    let (_, _, again) = api.get(&second).await;
    assert_eq!(again["form"]["company_name"], "Essai");
    assert_eq!(api.get(&first).await.0, StatusCode::OK);
    // An unknown or malformed link is no application, and is never quoted.
    assert_eq!(api.get(&"0".repeat(64)).await.0, StatusCode::NOT_FOUND);
    assert_eq!(api.get("not-a-token").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn submitting_needs_the_whole_form_and_a_real_pdf_then_withdrawing_deletes_it() {
    let api = Applicant::new().await;
    let email = "equipe@essai.example";
    api.start(email).await;
    let token = api.last_link(email);
    let (status, _) = api.save(&token, "*", whole_form()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, problem) = api.post(&token, "submission").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "deck");

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0".to_vec();
    assert_eq!(
        api.deck(&token, "application/pdf", png).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let whole = pdf();
    let truncated = whole[..whole.len() / 2].to_vec();
    assert_eq!(
        api.deck(&token, "application/pdf", truncated).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        api.deck(&token, "image/png", whole.clone()).await.0,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let (status, with_deck) = api.deck(&token, "application/pdf", whole).await;
    assert_eq!(status, StatusCode::OK, "{with_deck}");
    assert_eq!(with_deck["deck"]["pages"], 1);

    let (status, submitted) = api.post(&token, "submission").await;
    assert_eq!(status, StatusCode::OK, "{submitted}");
    assert_eq!(submitted["state"], "submitted");
    assert!(submitted["submitted"].is_string());
    let letters = api.letters_to(email);
    assert!(
        letters.last().unwrap().contains("a bien été envoyée"),
        "{letters:?}"
    );
    // Read-only once submitted.
    let (status, _) = api.save(&token, "*", json!({ "needs": "Plus" })).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(api.post(&token, "submission").await.0, StatusCode::CONFLICT);

    assert_eq!(
        api.post(&token, "withdrawal").await.0,
        StatusCode::NO_CONTENT
    );
    assert!(api
        .letters_to(email)
        .last()
        .unwrap()
        .contains("a été retirée"));
    assert_eq!(api.get(&token).await.0, StatusCode::NOT_FOUND);
    let left: i64 = api
        .db()
        .query_row(
            "SELECT (SELECT count(*) FROM applications WHERE email = ?1)
                 + (SELECT count(*) FROM application_decks)
                 + (SELECT count(*) FROM application_links)",
            [email],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "a withdrawn application is deleted at once");
}

#[tokio::test]
async fn a_closed_call_takes_no_new_application_and_no_submission() {
    let api = Applicant::new().await;
    let (status, _) = api
        .json(
            Method::POST,
            "/calls/second-appel-2022/applications",
            json!({ "email": "a@essai.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, problem) = api
        .json(
            Method::POST,
            &format!("/calls/{OPEN_CALL}/applications"),
            json!({ "email": "pas une adresse" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "email");

    let email = "tard@essai.example";
    api.start(email).await;
    let token = api.last_link(email);
    api.save(&token, "*", whole_form()).await;
    api.deck(&token, "application/pdf", pdf()).await;
    // The call closes before the applicant submits.
    api.db()
        .execute(
            "UPDATE calls SET opens_at = opens_at - 100 * 86400, closes_at = strftime('%s', 'now') - 1
             WHERE slug = ?1",
            [OPEN_CALL],
        )
        .unwrap();
    let (status, problem) = api.post(&token, "submission").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        problem["detail"].as_str().unwrap().contains("Paris time"),
        "{problem}"
    );
    // Its own link still comes: the applicant can read what they wrote.
    assert_eq!(api.start(email).await, StatusCode::ACCEPTED);
    assert_eq!(api.get(&api.last_link(email)).await.0, StatusCode::OK);
}
