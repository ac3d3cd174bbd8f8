//! Every error the server sends is `application/problem+json`, including the ones produced
//! before a handler runs: a body over its limit (413), a path or query the extractors cannot
//! read (400), a body that stopped arriving. Those come out of axum and tower-http as
//! `text/plain`; this layer rewrites them, keeping their status. Their text is not kept:
//! axum's rejections quote what they could not read (`Cannot parse `jean@example.org``),
//! and an answer never echoes a value. And every 401 says how to authenticate
//! (RFC 9110 §11.6.1).

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::Response,
};
use model::{Problem, ProblemKind};

use crate::error::{problem_response, PROBLEM_JSON};

/// The challenge of the start-up space: a session cookie from `POST /session`.
pub const WWW_AUTHENTICATE: &str =
    r#"Cookie realm="start-up space", cookie-name="campus_session", sign-in="/api/v1/session""#;

pub async fn every_error_is_a_problem(response: Response) -> Response {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == PROBLEM_JSON.as_bytes());
    // A page the portal does not have is its HTML 404 page, not a problem.
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let mut response = if status.as_u16() >= 400 && !is_problem && !is_page {
        let (parts, _quoting_text) = response.into_parts();
        let kind = ProblemKind::of_status(status.as_u16());
        let mut problem = Problem::new(kind, rejection_detail(status));
        problem.status = status.as_u16();
        let mut rewritten = problem_response(&problem);
        // Headers such as Retry-After or Allow stay; the body's own do not.
        for (name, value) in &parts.headers {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                rewritten.headers_mut().insert(name, value.clone());
            }
        }
        rewritten
    } else {
        response
    };
    if response.status() == axum::http::StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static(WWW_AUTHENTICATE),
        );
    }
    response
}

/// What a request refused before any handler read it did wrong, without quoting it.
fn rejection_detail(status: StatusCode) -> &'static str {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => "The body is larger than this resource accepts.",
        StatusCode::METHOD_NOT_ALLOWED => "This method is not supported here.",
        StatusCode::REQUEST_TIMEOUT => "The request was not received in time.",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "The body's media type is not accepted here.",
        s if s.is_server_error() => "The server could not answer; please try again later.",
        _ => "The request could not be read: its address, query or body is not well formed.",
    }
}

#[cfg(test)]
mod tests {
    use model::api_paths::{path, SESSION};

    use crate::auth::cookie::SESSION_COOKIE;

    #[test]
    fn the_challenge_names_the_session_cookie_and_where_to_sign_in() {
        let challenge = super::WWW_AUTHENTICATE;
        assert!(challenge.contains(&format!("cookie-name=\"{SESSION_COOKIE}\"")));
        assert!(challenge.contains(&format!("sign-in=\"{}\"", path(SESSION))));
    }
}
