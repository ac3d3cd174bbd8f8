//! The one request helper, over gloo-net: status mapping, conditional GETs and aborts.
//! Nothing here aborts by itself: a read is cancelled by the data layer when no view needs
//! it any more, and a write is never cancelled by leaving its page (its outcome matters).

use gloo_net::http::{Method, RequestBuilder};
use wasm_bindgen::JsValue;
use web_sys::{AbortSignal, RequestCredentials};

use super::ApiError;

/// What a request sends besides its URL.
pub struct Outgoing<'a> {
    pub method: Method,
    /// `(content type, body)`.
    pub body: Option<(&'a str, JsValue)>,
    pub headers: &'a [(&'a str, &'a str)],
    /// Send the session cookie (the start-up space), even to an API on another origin.
    pub credentials: bool,
    /// Cancels the request (reads only).
    pub abort: Option<&'a AbortSignal>,
}

impl<'a> Outgoing<'a> {
    pub fn get(headers: &'a [(&'a str, &'a str)], abort: Option<&'a AbortSignal>) -> Self {
        Outgoing {
            method: Method::GET,
            body: None,
            headers,
            credentials: false,
            abort,
        }
    }
}

/// A 2xx or 304 answer.
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

fn network(error: impl std::fmt::Display) -> ApiError {
    ApiError::Network(error.to_string())
}

/// Sends a request; a 2xx or 304 answer comes back as an [`Answer`], any other as an
/// [`ApiError`] carrying its problem details.
pub async fn send(url: &str, what: Outgoing<'_>) -> Result<Answer, ApiError> {
    let mut builder = RequestBuilder::new(url)
        .method(what.method)
        .header("Accept", "application/json")
        .abort_signal(what.abort);
    if what.credentials {
        builder = builder.credentials(RequestCredentials::Include);
    }
    for (name, value) in what.headers {
        builder = builder.header(name, value);
    }
    let request = match what.body {
        Some((content_type, body)) => builder
            .header("Content-Type", content_type)
            .body(body)
            .map_err(network)?,
        None => builder.build().map_err(network)?,
    };
    let response = request.send().await.map_err(network)?;
    let status = response.status();
    let etag = response.headers().get("etag");
    let body = if status == 304 {
        String::new()
    } else {
        response.text().await.map_err(network)?
    };
    if response.ok() || status == 304 {
        Ok(Answer { status, etag, body })
    } else {
        Err(ApiError::from_status(status, &body))
    }
}

/// GETs `url` (no API base) and returns the body of a 2xx answer.
pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
    Ok(send(url, Outgoing::get(&[], None)).await?.body)
}
