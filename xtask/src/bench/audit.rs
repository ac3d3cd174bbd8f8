//! One Lighthouse run as the bench keeps it: the figures it reads from Lighthouse's report
//! ([`super::lighthouse::audit`]), typed, so that the summary and the table name fields
//! rather than look up keys.

use std::collections::BTreeMap;

use serde::Serialize;

/// A run's figures: scores 0-100, times in ms (simulated), CLS unitless, bytes. `None`
/// where Lighthouse gave no figure. A page's row gives each as the median of its runs.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Metrics {
    pub performance: Option<f64>,
    pub accessibility: Option<f64>,
    pub best_practices: Option<f64>,
    pub seo: Option<f64>,
    pub fcp_ms: Option<f64>,
    /// Speed Index.
    pub si_ms: Option<f64>,
    pub lcp_ms: Option<f64>,
    pub tbt_ms: Option<f64>,
    pub cls: Option<f64>,
    pub total_transfer_bytes: Option<f64>,
    /// What the page's own API requests transferred (compressed).
    pub api_transfer_bytes: Option<f64>,
}

/// What explains a run's figures; a page's row gives those of one run, the one closest to
/// the median blocking time.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Details {
    pub api_requests: usize,
    /// The API answers' decoded size.
    pub api_resource_bytes: f64,
    /// Why Lighthouse could not measure the page (it did not load, say): the run counts
    /// for nothing.
    pub runtime_error: Option<String>,
    /// Transferred bytes by what they are: "wasm main", "wasm chunks", "api", "js", "css",
    /// "html", "other".
    pub bytes_by_kind: BTreeMap<&'static str, f64>,
    pub long_tasks: Vec<LongTask>,
    /// The CSS selector of the largest contentful paint's element.
    pub lcp_element: Option<String>,
    /// TTFB, load delay, load time and render delay (simulated ms).
    pub lcp_phases: BTreeMap<String, Option<f64>>,
    /// Main-thread time V8 spent compiling wasm functions on their first call, scaled by
    /// Lighthouse's CPU slowdown so it compares with the blocking time.
    pub wasm_lazy_compile_ms: Option<f64>,
    pub wasm_functions_compiled: Option<usize>,
    /// The accessibility audits that did not pass, by id.
    pub failed_accessibility_audits: Vec<String>,
}

/// A long task (simulated times), with the script Lighthouse blames.
#[derive(Clone, Debug, Default, Serialize)]
pub struct LongTask {
    pub script: String,
    pub start_ms: Option<f64>,
    pub ms: Option<f64>,
}

/// One run of one page.
#[derive(Clone, Debug, Default)]
pub struct Audit {
    pub metrics: Metrics,
    pub details: Details,
}

/// One of a run's metrics.
pub(super) type Metric = fn(&Metrics) -> Option<f64>;

/// The run whose `metric` is closest to the median: the one whose details explain it.
pub(super) fn closest<'a>(runs: &[&'a Audit], metric: Metric, median: f64) -> &'a Audit {
    runs.iter()
        .copied()
        .min_by(|a, b| {
            let distance = |r: &Audit| (metric(&r.metrics).unwrap_or(f64::INFINITY) - median).abs();
            distance(a).total_cmp(&distance(b))
        })
        .unwrap_or(runs[0])
}
