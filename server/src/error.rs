//! The one error type of the API, rendered as RFC 9457 `application/problem+json`.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use model::{Problem, ProblemKind};

use crate::db::DbError;

pub const PROBLEM_JSON: &str = "application/problem+json";

#[derive(Debug)]
pub enum ApiError {
    NotFound(String),
    BadRequest {
        parameter: Option<String>,
        detail: String,
    },
    /// Details are logged, never sent: they may reveal internals.
    Internal(String),
}

impl ApiError {
    fn problem(&self) -> Problem {
        match self {
            ApiError::NotFound(detail) => Problem::new(ProblemKind::NotFound, detail.clone()),
            ApiError::BadRequest { parameter, detail } => Problem {
                parameter: parameter.clone(),
                ..Problem::new(ProblemKind::BadRequest, detail.clone())
            },
            ApiError::Internal(_) => Problem::new(
                ProblemKind::Internal,
                "The server could not answer; please try again later.",
            ),
        }
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

/// Builds a problem+json response; also used by the API's fallback for unknown routes.
pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    response
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            tracing::error!("internal error: {detail}");
        }
        problem_response(&self.problem())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_hide_their_detail() {
        let problem = ApiError::Internal("sqlite: disk I/O error at /secret".into()).problem();
        assert_eq!(problem.status, 500);
        assert!(!problem.detail.unwrap().contains("secret"));
    }

    #[test]
    fn bad_request_names_its_parameter() {
        let problem = ApiError::BadRequest {
            parameter: Some("slug".into()),
            detail: "bad".into(),
        }
        .problem();
        assert_eq!(problem.parameter.as_deref(), Some("slug"));
        assert_eq!(problem.kind(), Some(ProblemKind::BadRequest));
    }
}
