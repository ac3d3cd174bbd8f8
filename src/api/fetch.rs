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

/// GETs `url` and returns the body of a 2xx answer as text.
pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
    let controller = AbortController::new().map_err(|e| ApiError::Network(js_message(e)))?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_signal(Some(&controller.signal()));
    let request =
        Request::new_with_str_and_init(url, &init).map_err(|e| ApiError::Network(js_message(e)))?;
    request
        .headers()
        .set("Accept", "application/json")
        .map_err(|e| ApiError::Network(js_message(e)))?;
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
