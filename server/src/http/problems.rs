//! Every error the API sends is `application/problem+json`, including the ones produced
//! before a handler runs: a body over its limit (413), a path or query the extractors cannot
//! read (400), a timeout. Those come out of axum as `text/plain`; this layer rewrites them,
//! keeping their status and their (short, internals-free) message. And every 401 says how
//! to authenticate (RFC 9110 §11.6.1).

use axum::{
    body::to_bytes,
    http::{header, HeaderValue},
    response::Response,
};
use model::{Problem, ProblemKind};

use crate::error::{problem_response, PROBLEM_JSON};

/// axum's rejection texts are a line or two.
const MAX_REJECTION_TEXT: usize = 4096;

/// The challenge of the start-up space: a session cookie from `POST /session`.
pub const WWW_AUTHENTICATE: &str =
    r#"Cookie realm="start-up space", cookie-name="campus_session", sign-in="/api/v1/session""#;

pub async fn every_error_is_a_problem(response: Response) -> Response {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == PROBLEM_JSON.as_bytes());
    let mut response = if status.as_u16() >= 400 && !is_problem {
        let (parts, body) = response.into_parts();
        let text = to_bytes(body, MAX_REJECTION_TEXT).await.unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let kind = ProblemKind::of_status(status.as_u16());
        let mut problem = Problem::new(kind, text.trim());
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
