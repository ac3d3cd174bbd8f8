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
    /// No valid session. The message never says whether an e-mail exists.
    Unauthorized,
    /// Wrong e-mail or password (same answer for both).
    BadCredentials,
    Forbidden(String),
    /// A stale write: the current version comes back so the client can merge.
    PreconditionFailed(Box<model::space::Versioned>),
    /// A stale write to a resource whose current version the client reads again.
    Stale(String),
    PreconditionRequired,
    InvalidFields(Vec<model::directory::FieldError>),
    /// Seconds to wait.
    TooManyRequests(u64),
    PayloadTooLarge(String),
    UnsupportedMediaType(String),
    /// Saturated (every database connection busy for the whole wait): seconds to wait.
    ServiceUnavailable(u64),
    /// The resource's state refuses the request (registration closed).
    Conflict(String),
    /// A staff account's password was right but its second factor is missing.
    SecondFactorRequired,
}

impl ApiError {
    /// A 422 naming one field and what is wrong with it.
    pub fn invalid_field(field: &str, reason: impl Into<String>) -> ApiError {
        ApiError::InvalidFields(vec![model::directory::FieldError {
            field: field.to_owned(),
            reason: reason.into(),
        }])
    }

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
            ApiError::Unauthorized => {
                Problem::new(ProblemKind::Unauthorized, "Sign in to continue.")
            }
            ApiError::BadCredentials => Problem::new(
                ProblemKind::Unauthorized,
                "The e-mail or the password is not right.",
            ),
            ApiError::Forbidden(detail) => Problem::new(ProblemKind::Forbidden, detail.clone()),
            ApiError::Conflict(detail) => Problem::new(ProblemKind::Conflict, detail.clone()),
            ApiError::SecondFactorRequired => Problem::new(
                ProblemKind::SecondFactorRequired,
                "Enter the code of your authenticator app, or one of your recovery codes.",
            ),
            ApiError::Stale(detail) => {
                Problem::new(ProblemKind::PreconditionFailed, detail.clone())
            }
            ApiError::PreconditionFailed(current) => Problem {
                current: Some(current.clone()),
                ..Problem::new(
                    ProblemKind::PreconditionFailed,
                    "Someone saved this profile in the meantime; the current version is attached.",
                )
            },
            ApiError::PreconditionRequired => Problem::new(
                ProblemKind::PreconditionRequired,
                "Send If-Match with the ETag of the version you edited.",
            ),
            ApiError::InvalidFields(errors) => Problem {
                errors: errors.clone(),
                ..Problem::new(ProblemKind::InvalidFields, "Some fields need attention.")
            },
            ApiError::TooManyRequests(seconds) => Problem {
                retry_after: Some(*seconds),
                ..Problem::new(
                    ProblemKind::TooManyRequests,
                    format!("Too many attempts: try again in {seconds} s."),
                )
            },
            ApiError::PayloadTooLarge(detail) => {
                Problem::new(ProblemKind::PayloadTooLarge, detail.clone())
            }
            ApiError::UnsupportedMediaType(detail) => {
                Problem::new(ProblemKind::UnsupportedMediaType, detail.clone())
            }
            ApiError::ServiceUnavailable(seconds) => Problem {
                retry_after: Some(*seconds),
                ..Problem::new(
                    ProblemKind::ServiceUnavailable,
                    format!("The server is busy: try again in {seconds} s."),
                )
            },
        }
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Busy => ApiError::ServiceUnavailable(1),
            e => ApiError::Internal(e.to_string()),
        }
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
        let mut response = problem_response(&self.problem());
        match &self {
            ApiError::TooManyRequests(seconds) | ApiError::ServiceUnavailable(seconds) => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*seconds));
            }
            ApiError::PreconditionFailed(current) => {
                if let Ok(tag) = HeaderValue::from_str(&current.etag) {
                    response.headers_mut().insert(header::ETAG, tag);
                }
            }
            _ => {}
        }
        response
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
