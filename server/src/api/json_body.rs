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
        Err(e) => Err(ApiError::BadRequest {
            parameter: None,
            detail: format!("the body is not valid JSON: {e}"),
        }),
    }
}

/// A JSON object read as `T`.
pub fn from_object<T: DeserializeOwned>(object: Map<String, Value>) -> Result<T, ApiError> {
    serde_json::from_value(Value::Object(object)).map_err(|e| ApiError::BadRequest {
        parameter: None,
        detail: format!("the body is not the expected JSON: {e}"),
    })
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
