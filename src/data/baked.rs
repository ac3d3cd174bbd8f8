//! API answers baked into a prerendered page: the prerender writes the ones the page used
//! into `<script type="application/json" id="portal-data">` (data, never executed, so the
//! CSP allows it), and the app starts its cache from them, so the first render in the
//! browser is the page as it arrived (hydration), before revalidating each one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The id of the page's data block.
pub const BLOCK_ID: &str = "portal-data";

/// One API answer as the prerender received it.
#[derive(Debug, Serialize, Deserialize)]
pub struct BakedAnswer {
    /// 200, or 404 for a resource that does not exist.
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The JSON body as it came (200 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Box<RawValue>>,
}

impl Clone for BakedAnswer {
    fn clone(&self) -> Self {
        BakedAnswer {
            status: self.status,
            etag: self.etag.clone(),
            body: self.body.as_ref().map(|b| b.to_owned()),
        }
    }
}

/// What a page carries: the build's date and the API answers it used, by API path.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Baked {
    /// The day the page was built (`YYYY-MM-DD`): its dates and badges were computed for
    /// that day, so the first render in the browser uses it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today: Option<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, BakedAnswer>,
}

/// The page's data block, when the page was prerendered (browser only).
#[cfg(not(feature = "ssr"))]
pub fn from_page() -> Baked {
    let text = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BLOCK_ID))
        .and_then(|e| e.text_content());
    text.and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}
