//! A page's Lighthouse runs as one row of the table: the median of each metric, the
//! details of a typical run, and the goals a route misses ([`super::misses`]).

use serde::Serialize;

use super::{
    audit::{closest, Audit, Details, Metric, Metrics},
    misses::misses,
    routes::{self, Before},
};

/// A page of the Lighthouse table: its label (the route, or what a reference page is), its
/// address, and its figures or why there are none.
#[derive(Debug, Serialize)]
pub struct Row {
    pub path: String,
    pub url: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Outcome {
    Measured(Box<Summary>),
    /// No run finished: the first run's error.
    Failed {
        error: String,
    },
}

impl Row {
    pub fn new(path: &str, url: &str, summary: Result<Summary, String>) -> Row {
        Row {
            path: path.to_owned(),
            url: url.to_owned(),
            outcome: match summary {
                Ok(summary) => Outcome::Measured(Box::new(summary)),
                Err(error) => Outcome::Failed { error },
            },
        }
    }
}

/// The figures of a page's runs.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// How many runs count (finished, with the page loaded).
    pub runs: usize,
    /// The median of each metric.
    #[serde(flatten)]
    pub metrics: Metrics,
    /// What issue #11 measured on this route, if it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Before>,
    /// Each goal missed, with its cause; `None` for a reference page (measured, not judged).
    pub misses: Option<Vec<String>>,
    /// The details of the run closest to the median blocking time.
    #[serde(flatten)]
    pub details: Details,
}

/// The median (the mean of the two middle values of an even count).
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// Each metric as the median of the runs'.
fn medians(runs: &[&Audit]) -> Metrics {
    let m = |metric: Metric| median(runs.iter().filter_map(|r| metric(&r.metrics)).collect());
    Metrics {
        performance: m(|r| r.performance),
        accessibility: m(|r| r.accessibility),
        best_practices: m(|r| r.best_practices),
        seo: m(|r| r.seo),
        fcp_ms: m(|r| r.fcp_ms),
        si_ms: m(|r| r.si_ms),
        lcp_ms: m(|r| r.lcp_ms),
        tbt_ms: m(|r| r.tbt_ms),
        cls: m(|r| r.cls),
        total_transfer_bytes: m(|r| r.total_transfer_bytes),
        api_transfer_bytes: m(|r| r.api_transfer_bytes),
    }
}

/// Several Lighthouse runs of one page as one row: the median of each metric, the details
/// (bytes, long tasks, LCP element, wasm compilation) of the run closest to the median
/// blocking time, and each goal missed with its cause, read from the run closest to the
/// median of that goal's metric. A run Lighthouse could not finish (an error, or a page
/// that did not load) counts for nothing; with none left, the first run's error.
///
/// `judged`: a route of this build (judged against the goals), not a reference page.
pub fn summarise(
    path: &str,
    runs: Vec<anyhow::Result<Audit>>,
    judged: bool,
) -> Result<Summary, String> {
    let ok: Vec<&Audit> = runs
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .filter(|r| r.details.runtime_error.is_none())
        .collect();
    if ok.is_empty() {
        return Err(match runs.first() {
            Some(Err(e)) => format!("{e:#}"),
            Some(Ok(run)) => run.details.runtime_error.clone().unwrap_or_default(),
            None => "no run".to_owned(),
        });
    }
    let metrics = medians(&ok);
    let details = closest(&ok, |r| r.tbt_ms, metrics.tbt_ms.unwrap_or(0.0))
        .details
        .clone();
    Ok(Summary {
        runs: ok.len(),
        misses: judged.then(|| misses(path, &metrics, &ok)),
        metrics,
        before: routes::before(path),
        details,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of bench.json's Lighthouse rows, which the README and earlier notes cite.
    #[test]
    fn a_row_keeps_its_json_keys() {
        let keys = |row: &Row| {
            let value = serde_json::to_value(row).unwrap();
            let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
            keys.sort();
            keys.join(" ")
        };
        let measured = Row::new(
            "/",
            "http://x/",
            summarise("/", vec![Ok(Audit::default())], true),
        );
        assert_eq!(
            keys(&measured),
            "accessibility api_requests api_resource_bytes api_transfer_bytes before \
             best_practices bytes_by_kind cls failed_accessibility_audits fcp_ms \
             lcp_element lcp_ms lcp_phases long_tasks misses path performance runs \
             runtime_error seo si_ms tbt_ms total_transfer_bytes url \
             wasm_functions_compiled wasm_lazy_compile_ms"
        );
        let failed = Row::new("/", "http://x/", Err("NO_FCP".into()));
        assert_eq!(keys(&failed), "error path url");
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_its_middle_values() {
        assert_eq!(median(vec![4.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(vec![f64::NAN]), None);
    }
}
