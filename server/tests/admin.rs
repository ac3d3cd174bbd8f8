//! The account commands of the server binary: create a member's or a campus team account
//! and reset a password,
//! with the password on standard input; the new credentials then work on the API.

mod support;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use server::{app, AppState, Content, Db};
use support::process::account;
use tower::ServiceExt;

async fn signs_in(data: &std::path::Path, email: &str, password: &str) -> StatusCode {
    signs_in_at(data, "/api/v1/session", email, password).await
}

/// The status of a sign-in at `door` (the start-up space's or the team's).
async fn signs_in_at(
    data: &std::path::Path,
    door: &str,
    email: &str,
    password: &str,
) -> StatusCode {
    let db = Db::open(&data.join("campus.sqlite3"), Content::FACTS).unwrap();
    let router = app(AppState::load(db).await.unwrap(), data.join("dist"));
    router
        .oneshot(
            Request::post(door)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    serde_json::json!({"email": email, "password": password}).to_string(),
                ))
                .unwrap(),
        )
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn accounts_are_created_and_passwords_reset_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let email = "fondatrice@posos.example";
    let (ok, text) = account(
        &["create", "--email", email, "--startup", "posos"],
        data,
        "une phrase de passe solide",
    );
    assert!(ok, "{text}");
    assert_eq!(
        signs_in(data, email, "une phrase de passe solide").await,
        StatusCode::OK
    );

    let (ok, text) = account(
        &["create", "--email", "x@x.example", "--startup", "nowhere"],
        data,
        "violet tambour lune cerise",
    );
    assert!(!ok && text.contains("no start-up"), "{text}");
    let (ok, text) = account(
        &["create", "--email", "y@x.example", "--startup", "posos"],
        data,
        "short",
    );
    assert!(!ok && text.contains("12 characters"), "{text}");
    for weak in ["            ", "password1234", "aaaaaaaaaaaaaaaa"] {
        let (ok, text) = account(
            &["create", "--email", "y@x.example", "--startup", "posos"],
            data,
            weak,
        );
        assert!(!ok, "{weak:?} was accepted: {text}");
    }
    let (ok, text) = account(
        &["create", "--email", "not-an-email", "--startup", "posos"],
        data,
        "violet tambour lune cerise",
    );
    assert!(!ok && text.contains("--email"), "{text}");

    let (ok, text) = account(
        &["reset-password", "--email", email],
        data,
        "un autre secret bien long",
    );
    assert!(ok, "{text}");
    assert_eq!(
        signs_in(data, email, "une phrase de passe solide").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        signs_in(data, email, "un autre secret bien long").await,
        StatusCode::OK
    );
    let (ok, text) = account(
        &["reset-password", "--email", "nobody@x.example"],
        data,
        "violet tambour lune cerise",
    );
    assert!(!ok && text.contains("no account"), "{text}");

    // A campus team account: no start-up, and it signs in at the team's door only.
    let staff = "equipe@campus.example";
    let (ok, text) = account(
        &[
            "create",
            "--email",
            staff,
            "--role",
            "staff",
            "--startup",
            "posos",
        ],
        data,
        "violet tambour lune cerise",
    );
    assert!(!ok && text.contains("no start-up"), "{text}");
    let (ok, text) = account(
        &["create", "--email", staff, "--role", "staff"],
        data,
        "violet tambour lune cerise",
    );
    assert!(ok && text.contains("authenticator"), "{text}");
    assert_eq!(
        signs_in_at(
            data,
            "/api/v1/team/session",
            staff,
            "violet tambour lune cerise"
        )
        .await,
        StatusCode::OK
    );
    assert_eq!(
        signs_in(data, staff, "violet tambour lune cerise").await,
        StatusCode::FORBIDDEN
    );
    let (ok, text) = account(
        &["create", "--email", "z@x.example"],
        data,
        "violet tambour lune cerise",
    );
    assert!(
        !ok && text.contains("--startup"),
        "a member needs its start-up: {text}"
    );
}
