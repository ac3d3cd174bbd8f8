use model::{Problem, ProblemKind};

use crate::i18n::Texts;

/// Every way a request to the campus API can fail, as a value the UI can show.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, server down, DNS, CORS, aborted.
    Network(String),
    /// The resource does not exist (404 or a slug that cannot exist).
    NotFound,
    /// Any other non-success answer, with its problem details when the body had some.
    Status {
        status: u16,
        problem: Option<Box<Problem>>,
    },
    /// A success answer whose body is not the JSON we expect.
    Decode(String),
    /// `config.json` is malformed.
    Config(String),
}

impl ApiError {
    /// Whether the error means "not signed in (any more)".
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, ApiError::Status { status: 401, .. })
    }

    /// Maps an HTTP error answer, using the RFC 9457 `type` when the body carries one.
    pub fn from_status(status: u16, body: &str) -> ApiError {
        let problem = serde_json::from_str::<Problem>(body).ok().map(Box::new);
        let kind = problem.as_deref().and_then(Problem::kind);
        if status == 404 || kind == Some(ProblemKind::NotFound) {
            return ApiError::NotFound;
        }
        ApiError::Status { status, problem }
    }

    /// Whether trying again may help (everything but a missing resource or a bad config).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, ApiError::NotFound | ApiError::Config(_))
    }

    /// The sentence shown to the reader.
    pub fn message(&self, t: &'static Texts) -> &'static str {
        match self {
            ApiError::Network(_) => t.error_network,
            ApiError::NotFound => t.not_found_body,
            ApiError::Status { .. } => t.error_server,
            ApiError::Decode(_) => t.error_decode,
            ApiError::Config(_) => t.error_config,
        }
    }

    /// A short code for support requests ("HTTP 503"), when there is one.
    pub fn code(&self) -> Option<String> {
        match self {
            ApiError::Status { status, .. } => Some(format!("HTTP {status}")),
            ApiError::Decode(_) => Some("JSON".into()),
            _ => None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(e) => write!(f, "network error: {e}"),
            ApiError::NotFound => write!(f, "not found"),
            ApiError::Status { status, .. } => write!(f, "HTTP {status}"),
            ApiError::Decode(e) => write!(f, "malformed response: {e}"),
            ApiError::Config(e) => write!(f, "invalid config.json: {e}"),
        }
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn maps_problem_bodies_and_statuses() {
        let body = r#"{"type":"urn:parisante-campus:problem:not-found","title":"t","status":404}"#;
        assert_eq!(ApiError::from_status(404, body), ApiError::NotFound);
        assert_eq!(ApiError::from_status(404, "<html>"), ApiError::NotFound);
        let server = ApiError::from_status(503, "Service Unavailable");
        assert_eq!(
            server,
            ApiError::Status {
                status: 503,
                problem: None
            }
        );
        assert!(server.is_retryable());
        assert_eq!(server.code().as_deref(), Some("HTTP 503"));
        assert!(!ApiError::NotFound.is_retryable());
    }

    #[wasm_bindgen_test]
    fn every_error_has_a_message_in_both_languages() {
        let errors = [
            ApiError::Network("x".into()),
            ApiError::NotFound,
            ApiError::from_status(500, ""),
            ApiError::Decode("x".into()),
            ApiError::Config("x".into()),
        ];
        for lang in model::Lang::ALL {
            let t = crate::i18n::texts(lang);
            for e in &errors {
                assert!(!e.message(t).is_empty());
            }
        }
    }
}
