use serde::{Deserialize, Serialize};

/// The stable problem types of the API (RFC 9457 `type` member). Clients branch on
/// these, never on the human-readable `title`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    NotFound,
    BadRequest,
    NotAcceptable,
    MethodNotAllowed,
    Internal,
    /// Not signed in, or the session expired.
    Unauthorized,
    /// Signed in, but this is not allowed (missing or wrong CSRF token).
    Forbidden,
    /// The write was based on an old version (`If-Match`); `current` holds the new one.
    PreconditionFailed,
    /// A write without `If-Match`.
    PreconditionRequired,
    /// Fields break the rules; `errors` lists each field and its reason.
    InvalidFields,
    /// Too many attempts; `retry_after` says in how many seconds to try again.
    TooManyRequests,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// The server is saturated; `retry_after` says when to try again.
    ServiceUnavailable,
    /// The resource's state refuses the request (registration closed).
    Conflict,
    /// The password was right, but this account also needs its authenticator's code.
    SecondFactorRequired,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 16] = [
        ProblemKind::NotFound,
        ProblemKind::BadRequest,
        ProblemKind::NotAcceptable,
        ProblemKind::MethodNotAllowed,
        ProblemKind::Internal,
        ProblemKind::Unauthorized,
        ProblemKind::Forbidden,
        ProblemKind::PreconditionFailed,
        ProblemKind::PreconditionRequired,
        ProblemKind::InvalidFields,
        ProblemKind::TooManyRequests,
        ProblemKind::PayloadTooLarge,
        ProblemKind::UnsupportedMediaType,
        ProblemKind::ServiceUnavailable,
        ProblemKind::Conflict,
        ProblemKind::SecondFactorRequired,
    ];

    pub fn type_uri(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "urn:parisante-campus:problem:not-found",
            ProblemKind::BadRequest => "urn:parisante-campus:problem:bad-request",
            ProblemKind::NotAcceptable => "urn:parisante-campus:problem:not-acceptable",
            ProblemKind::MethodNotAllowed => "urn:parisante-campus:problem:method-not-allowed",
            ProblemKind::Internal => "urn:parisante-campus:problem:internal",
            ProblemKind::Unauthorized => "urn:parisante-campus:problem:unauthorized",
            ProblemKind::Forbidden => "urn:parisante-campus:problem:forbidden",
            ProblemKind::PreconditionFailed => "urn:parisante-campus:problem:precondition-failed",
            ProblemKind::PreconditionRequired => {
                "urn:parisante-campus:problem:precondition-required"
            }
            ProblemKind::InvalidFields => "urn:parisante-campus:problem:invalid-fields",
            ProblemKind::TooManyRequests => "urn:parisante-campus:problem:too-many-requests",
            ProblemKind::PayloadTooLarge => "urn:parisante-campus:problem:payload-too-large",
            ProblemKind::UnsupportedMediaType => {
                "urn:parisante-campus:problem:unsupported-media-type"
            }
            ProblemKind::ServiceUnavailable => "urn:parisante-campus:problem:service-unavailable",
            ProblemKind::Conflict => "urn:parisante-campus:problem:conflict",
            ProblemKind::SecondFactorRequired => {
                "urn:parisante-campus:problem:second-factor-required"
            }
        }
    }

    pub fn status(self) -> u16 {
        match self {
            ProblemKind::NotFound => 404,
            ProblemKind::BadRequest => 400,
            ProblemKind::NotAcceptable => 406,
            ProblemKind::MethodNotAllowed => 405,
            ProblemKind::Internal => 500,
            ProblemKind::Unauthorized => 401,
            ProblemKind::Forbidden => 403,
            ProblemKind::PreconditionFailed => 412,
            ProblemKind::PreconditionRequired => 428,
            ProblemKind::InvalidFields => 422,
            ProblemKind::TooManyRequests => 429,
            ProblemKind::PayloadTooLarge => 413,
            ProblemKind::UnsupportedMediaType => 415,
            ProblemKind::ServiceUnavailable => 503,
            ProblemKind::Conflict => 409,
            ProblemKind::SecondFactorRequired => 401,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "Resource not found",
            ProblemKind::BadRequest => "Invalid request",
            ProblemKind::NotAcceptable => "Not acceptable",
            ProblemKind::MethodNotAllowed => "Method not allowed",
            ProblemKind::Internal => "Internal server error",
            ProblemKind::Unauthorized => "Not signed in",
            ProblemKind::Forbidden => "Forbidden",
            ProblemKind::PreconditionFailed => "Changed in the meantime",
            ProblemKind::PreconditionRequired => "If-Match required",
            ProblemKind::InvalidFields => "Invalid fields",
            ProblemKind::TooManyRequests => "Too many attempts",
            ProblemKind::PayloadTooLarge => "Too large",
            ProblemKind::UnsupportedMediaType => "Unsupported type",
            ProblemKind::ServiceUnavailable => "Busy",
            ProblemKind::Conflict => "Not possible now",
            ProblemKind::SecondFactorRequired => "Second factor required",
        }
    }

    pub fn from_type_uri(uri: &str) -> Option<ProblemKind> {
        ProblemKind::ALL.into_iter().find(|k| k.type_uri() == uri)
    }
}

/// An RFC 9457 `application/problem+json` body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_uri: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The query parameter or field at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// 422: each field at fault and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<crate::directory::FieldError>,
    /// 429, 503: seconds before trying again (also in the `Retry-After` header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// 412: the current version of what was being written, and its ETag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Box<crate::space::Versioned>>,
}

impl Problem {
    pub fn new(kind: ProblemKind, detail: impl Into<String>) -> Self {
        Problem {
            type_uri: kind.type_uri().to_owned(),
            title: kind.title().to_owned(),
            status: kind.status(),
            detail: Some(detail.into()),
            parameter: None,
            errors: Vec::new(),
            retry_after: None,
            current: None,
        }
    }

    pub fn kind(&self) -> Option<ProblemKind> {
        ProblemKind::from_type_uri(&self.type_uri)
    }
}

impl ProblemKind {
    /// The kind that stands for an HTTP error status.
    pub fn of_status(status: u16) -> ProblemKind {
        ProblemKind::ALL
            .into_iter()
            .find(|k| k.status() == status)
            .unwrap_or(if status >= 500 {
                ProblemKind::Internal
            } else {
                ProblemKind::BadRequest
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_uris_are_unique_and_round_trip() {
        for kind in ProblemKind::ALL {
            assert_eq!(ProblemKind::from_type_uri(kind.type_uri()), Some(kind));
        }
        assert_eq!(ProblemKind::from_type_uri("about:blank"), None);
    }

    #[test]
    fn serialises_rfc9457_members() {
        let json = serde_json::to_value(Problem::new(ProblemKind::NotFound, "no pole")).unwrap();
        assert_eq!(json["type"], "urn:parisante-campus:problem:not-found");
        assert_eq!(json["status"], 404);
        assert_eq!(json["detail"], "no pole");
        assert!(json.get("parameter").is_none());
    }
}
