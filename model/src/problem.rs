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
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 5] = [
        ProblemKind::NotFound,
        ProblemKind::BadRequest,
        ProblemKind::NotAcceptable,
        ProblemKind::MethodNotAllowed,
        ProblemKind::Internal,
    ];

    pub fn type_uri(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "urn:parisante-campus:problem:not-found",
            ProblemKind::BadRequest => "urn:parisante-campus:problem:bad-request",
            ProblemKind::NotAcceptable => "urn:parisante-campus:problem:not-acceptable",
            ProblemKind::MethodNotAllowed => "urn:parisante-campus:problem:method-not-allowed",
            ProblemKind::Internal => "urn:parisante-campus:problem:internal",
        }
    }

    pub fn status(self) -> u16 {
        match self {
            ProblemKind::NotFound => 404,
            ProblemKind::BadRequest => 400,
            ProblemKind::NotAcceptable => 406,
            ProblemKind::MethodNotAllowed => 405,
            ProblemKind::Internal => 500,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "Resource not found",
            ProblemKind::BadRequest => "Invalid request",
            ProblemKind::NotAcceptable => "Not acceptable",
            ProblemKind::MethodNotAllowed => "Method not allowed",
            ProblemKind::Internal => "Internal server error",
        }
    }

    pub fn from_type_uri(uri: &str) -> Option<ProblemKind> {
        ProblemKind::ALL.into_iter().find(|k| k.type_uri() == uri)
    }
}

/// An RFC 9457 `application/problem+json` body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl Problem {
    pub fn new(kind: ProblemKind, detail: impl Into<String>) -> Self {
        Problem {
            type_uri: kind.type_uri().to_owned(),
            title: kind.title().to_owned(),
            status: kind.status(),
            detail: Some(detail.into()),
            parameter: None,
        }
    }

    pub fn kind(&self) -> Option<ProblemKind> {
        ProblemKind::from_type_uri(&self.type_uri)
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
