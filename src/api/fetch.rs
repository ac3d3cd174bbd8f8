//! The one request helper: GET, status mapping, JSON decoding, and abort of the
//! in-flight request when the view that asked for it goes away.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestInit, Response};

use super::{config::runtime_config, ApiError};

fn js_message(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// What a request sends besides its URL.
pub struct Send<'a> {
    pub method: &'a str,
    /// `(content type, body)`.
    pub body: Option<(&'a str, JsValue)>,
    pub headers: &'a [(&'a str, &'a str)],
    /// Send the session cookie (the start-up space), even to an API on another origin.
    pub credentials: bool,
}

impl Send<'_> {
    const GET: Send<'static> = Send {
        method: "GET",
        body: None,
        headers: &[],
        credentials: false,
    };
}

/// GETs `url` and returns the body of a 2xx answer as text.
pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
    send(url, Send::GET).await
}

/// Sends a request and returns the body of a 2xx answer as text; any other answer is an
/// [`ApiError`] carrying its problem details.
pub async fn send(url: &str, what: Send<'_>) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
    let controller = AbortController::new().map_err(|e| ApiError::Network(js_message(e)))?;
    let init = RequestInit::new();
    init.set_method(what.method);
    init.set_signal(Some(&controller.signal()));
    if what.credentials {
        init.set_credentials(web_sys::RequestCredentials::Include);
    }
    if let Some((_, body)) = &what.body {
        init.set_body(body);
    }
    let request =
        Request::new_with_str_and_init(url, &init).map_err(|e| ApiError::Network(js_message(e)))?;
    let headers = request.headers();
    let set = |name: &str, value: &str| {
        headers
            .set(name, value)
            .map_err(|e| ApiError::Network(js_message(e)))
    };
    set("Accept", "application/json")?;
    if let Some((content_type, _)) = &what.body {
        set("Content-Type", content_type)?;
    }
    for (name, value) in what.headers {
        set(name, value)?;
    }
    let controller = SendWrapper::new(controller);
    on_cleanup(move || controller.abort());

    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|e| ApiError::Network(js_message(e)))?
        .unchecked_into();
    let body = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .map_err(|e| ApiError::Network(js_message(e)))?
            .as_string()
            .unwrap_or_default(),
        Err(e) => return Err(ApiError::Network(js_message(e))),
    };
    if response.ok() {
        Ok(body)
    } else {
        Err(ApiError::from_status(response.status(), &body))
    }
}

/// GETs an API path (`/api/v1/...`) relative to the configured base and decodes it.
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let config = runtime_config().await?;
    let body = fetch_text(&format!("{}{path}", config.api_base)).await?;
    serde_json::from_str(&body).map_err(|e| ApiError::Decode(e.to_string()))
}

/// Sends to an API path (`/api/v1/...`) and decodes the JSON answer (`()` for none).
pub async fn send_json<T: DeserializeOwned>(path: &str, what: Send<'_>) -> Result<T, ApiError> {
    let config = runtime_config().await?;
    let body = send(&format!("{}{path}", config.api_base), what).await?;
    let body = if body.is_empty() { "null" } else { &body };
    serde_json::from_str(body).map_err(|e| ApiError::Decode(e.to_string()))
}
