//! The campus team's side of the API tests: a staff account signed in with its second
//! factor, a start-up member's session, and requests made with either.

use axum::http::{header, Method, StatusCode};
use serde_json::{json, Value};

use super::applicant::Applicant;

pub const STAFF: (&str, &str) = ("equipe@campus-demo.example", "equipe-campus-demo-2026");
pub const MEMBER: (&str, &str) = ("equipe@cardiolume.example", "cardiolume-demo-2026");

/// A session: its cookie and CSRF token.
#[derive(Clone, Debug)]
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

impl Session {
    pub fn headers(&self) -> Vec<(&str, &str)> {
        vec![
            ("cookie", self.cookie.as_str()),
            ("x-csrf-token", self.csrf.as_str()),
        ]
    }
}

pub async fn call(
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
    // A decision letter's or a programme's first version (in the route table, each edit
    // follows the creation).
    let programme_edit = method == Method::PUT
        && uri.starts_with("/team/programmes/")
        && !uri.ends_with("/archival");
    if method == Method::PATCH || programme_edit {
        headers.push(("if-match", "\"v1\""));
    }
    let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
    api.send(method, uri, &headers, bytes).await
}

/// The session an answer opened: its cookie and the CSRF token of its body.
pub fn session_of(headers: &axum::http::HeaderMap, body: &Value) -> Option<Session> {
    headers.get(header::SET_COOKIE).map(|cookie| Session {
        cookie: cookie
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned(),
        csrf: body["csrf_token"].as_str().unwrap_or_default().to_owned(),
    })
}

/// The demo start-up member, signed in on the start-up space.
pub async fn member_session(api: &Applicant) -> Session {
    let body = json!({"email": MEMBER.0, "password": MEMBER.1});
    let (status, headers, me) = call(api, Method::POST, "/session", None, Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    session_of(&headers, &me).expect("a session cookie")
}

pub async fn team_sign_in(
    api: &Applicant,
    who: (&str, &str),
    code: Option<&str>,
) -> (StatusCode, Value, Option<Session>) {
    let mut body = json!({"email": who.0, "password": who.1});
    if let Some(code) = code {
        body["code"] = json!(code);
    }
    let (status, headers, value) = call(api, Method::POST, "/team/session", None, Some(body)).await;
    let session = session_of(&headers, &value);
    (status, value, session)
}

/// Signs the demo staff account in for the first time and enrols an authenticator:
/// the session, the app's secret and the recovery codes.
pub async fn enrolled(api: &Applicant) -> (Session, String, Vec<String>) {
    enrolled_as(api, STAFF.0).await
}

/// Another campus team account, with the demo staff's password.
pub fn add_staff(api: &Applicant, email: &str) {
    api.db()
        .execute(
            "INSERT INTO accounts (email, password_hash, role, created)
             SELECT ?1, password_hash, 'staff', created FROM accounts WHERE email = ?2",
            [email, STAFF.0],
        )
        .unwrap();
}

pub async fn enrolled_as(api: &Applicant, email: &str) -> (Session, String, Vec<String>) {
    let (status, me, session) = team_sign_in(api, (email, STAFF.1), None).await;
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

pub async fn send_json(
    api: &Applicant,
    method: Method,
    uri: &str,
    session: &Session,
    body: Value,
) -> (StatusCode, Value) {
    let (status, _, value) = call(api, method, uri, Some(session), Some(body)).await;
    (status, value)
}

pub async fn get_json(api: &Applicant, uri: &str, session: &Session) -> (StatusCode, Value) {
    let (status, _, value) = call(api, Method::GET, uri, Some(session), None).await;
    (status, value)
}
