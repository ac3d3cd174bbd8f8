//! Runtime configuration (`config.json`, at the top of the build), so one build serves every environment.

use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::Deserialize;

use super::{fetch::fetch_text, ApiError};

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RuntimeConfig {
    /// Origin (and optional path) of the campus API; empty means this origin.
    #[serde(default)]
    pub api_base: String,
}

impl RuntimeConfig {
    pub fn parse(text: &str) -> Result<RuntimeConfig, ApiError> {
        let config: RuntimeConfig =
            serde_json::from_str(text).map_err(|e| ApiError::Config(e.to_string()))?;
        let base = config.api_base.trim_end_matches('/');
        let valid = base.is_empty()
            || base.starts_with("https://")
            || base.starts_with("http://")
            || base.starts_with('/');
        if !valid {
            return Err(ApiError::Config(format!(
                "apiBase `{}` must be empty, a path or an http(s) URL",
                config.api_base
            )));
        }
        Ok(RuntimeConfig {
            api_base: base.to_owned(),
        })
    }
}

type ConfigFuture = Shared<LocalBoxFuture<'static, Result<Rc<RuntimeConfig>, ApiError>>>;

thread_local! {
    static CONFIG: std::cell::RefCell<Option<ConfigFuture>> = const { std::cell::RefCell::new(None) };
}

async fn load() -> Result<Rc<RuntimeConfig>, ApiError> {
    match fetch_text(&crate::routes::asset("config.json")).await {
        Ok(text) => RuntimeConfig::parse(&text).map(Rc::new),
        // No config file deployed: the API is on this origin.
        Err(ApiError::NotFound) => Ok(Rc::default()),
        Err(e) => Err(e),
    }
}

/// The configuration, fetched once and shared by concurrent callers; a failed load is
/// forgotten so that "Try again" really tries again.
pub async fn runtime_config() -> Result<Rc<RuntimeConfig>, ApiError> {
    let future = CONFIG.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| load().boxed_local().shared())
            .clone()
    });
    let result = future.await;
    if result.is_err() {
        CONFIG.with(|cell| cell.borrow_mut().take());
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn parses_and_normalises_the_api_base() {
        assert_eq!(RuntimeConfig::parse("{}").unwrap().api_base, "");
        assert_eq!(
            RuntimeConfig::parse(r#"{"apiBase":"https://api.example.org/"}"#)
                .unwrap()
                .api_base,
            "https://api.example.org"
        );
    }

    #[wasm_bindgen_test]
    fn rejects_malformed_config() {
        for bad in [
            "",
            "{",
            r#"{"apiBase":"javascript:alert(1)"}"#,
            r#"{"apiBse":""}"#,
        ] {
            assert!(
                matches!(RuntimeConfig::parse(bad), Err(ApiError::Config(_))),
                "{bad}"
            );
        }
    }
}
