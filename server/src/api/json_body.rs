//! Request bodies of the space: the media type parsed (RFC 9110 §8.3: case-insensitive,
//! parameters after `;`), and a JSON object, never an array read field by position.

use axum::http::{header, HeaderMap};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::ApiError;

pub const JSON: &str = "application/json";
pub const MERGE_PATCH: &str = "application/merge-patch+json";

/// The `type/subtype` of `Content-Type`, lower-cased, without parameters.
pub fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let essence = value.split(';').next()?.trim().to_ascii_lowercase();
    let (kind, subtype) = essence.split_once('/')?;
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    (token(kind) && token(subtype)).then_some(essence)
}

/// The body as a JSON object, if it is sent as one of `accepted`.
pub fn json_object(
    headers: &HeaderMap,
    body: &[u8],
    accepted: &[&str],
) -> Result<Map<String, Value>, ApiError> {
    if !media_type(headers).is_some_and(|t| accepted.contains(&t.as_str())) {
        return Err(ApiError::UnsupportedMediaType(format!(
            "send the body as {}",
            accepted.join(" or ")
        )));
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::BadRequest {
            parameter: None,
            detail: "the body must be a JSON object".into(),
        }),
        // The position only: serde's message may quote the text it could not read.
        Err(e) => Err(ApiError::BadRequest {
            parameter: None,
            detail: format!(
                "the body is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ),
        }),
    }
}

/// A JSON object read as `T`, every key of it read by some field: a key `T` does not
/// have, at any depth (`description.xx`), is refused like an unknown top-level one, so a
/// client never believes it saved what was dropped. Errors name the field, never its value.
pub fn from_object<T: DeserializeOwned>(object: Map<String, Value>) -> Result<T, ApiError> {
    let mut unknown = Vec::new();
    let read: Result<T, _> = serde_path_to_error::deserialize(serde_ignored::Deserializer::new(
        Value::Object(object),
        &mut |path: serde_ignored::Path| unknown.push(path.to_string()),
    ));
    match read {
        Ok(_) if !unknown.is_empty() => Err(ApiError::InvalidFields(
            unknown
                .into_iter()
                .take(model::directory::MAX_ERRORS)
                .map(|path| model::directory::FieldError {
                    field: path.chars().take(64).collect(),
                    reason: "not a field of this request".into(),
                })
                .collect(),
        )),
        Ok(value) => Ok(value),
        Err(e) => Err(ApiError::BadRequest {
            parameter: Some(e.path().to_string().chars().take(64).collect()),
            detail: format!("`{}` does not have the expected type or form", e.path())
                .chars()
                .take(160)
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_type(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, value.parse().unwrap());
        headers
    }

    #[test]
    fn media_types_are_parsed_not_prefix_matched() {
        assert_eq!(
            media_type(&with_type("Application/JSON")).as_deref(),
            Some(JSON)
        );
        assert_eq!(
            media_type(&with_type("application/json ; charset=UTF-8")).as_deref(),
            Some(JSON)
        );
        assert_eq!(
            media_type(&with_type("application/jsonx")).as_deref(),
            Some("application/jsonx")
        );
        assert_eq!(media_type(&with_type("application")), None);
        assert_eq!(media_type(&with_type("application/")), None);
        let accepted = [JSON];
        assert!(json_object(&with_type("application/jsonx"), b"{}", &accepted).is_err());
        assert!(json_object(&with_type("APPLICATION/json"), b"{}", &accepted).is_ok());
        assert!(matches!(
            json_object(&with_type(JSON), b"[\"a\", \"b\"]", &accepted),
            Err(ApiError::BadRequest { .. })
        ));
    }
}
