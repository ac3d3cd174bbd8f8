//! The goals a page's medians miss, each with its cause, read from the run closest to
//! that median: the long tasks behind a blocking time, the phases of a slow LCP, the kinds
//! of bytes over a budget, the failing accessibility audits.

use super::{
    audit::{closest, Audit, Metric, Metrics},
    routes::{self, ACCESSIBILITY, LCP_MS, PERFORMANCE, TBT_MS},
};

/// Each goal the medians miss, with its cause as the run closest to that median measured
/// it. A metric Lighthouse did not give is a miss too ("no figure").
pub fn misses(path: &str, medians: &Metrics, runs: &[&Audit]) -> Vec<String> {
    let mut misses = Vec::new();
    let mut check = |metric: Metric,
                     label: &str,
                     missed: &dyn Fn(f64) -> bool,
                     explain: &dyn Fn(f64, &Audit) -> String| {
        match metric(medians) {
            None => misses.push(format!("{label}: no figure")),
            Some(value) if missed(value) => {
                misses.push(explain(value, closest(runs, metric, value)));
            }
            Some(_) => {}
        }
    };
    check(|m| m.tbt_ms, "TBT", &|v| v > TBT_MS, &|tbt, run| {
        // Only what ends after the first paint counts in the blocking time, and only the
        // part of a task past 50 ms.
        let fcp = run.metrics.fcp_ms.unwrap_or(0.0);
        let tasks: Vec<String> = run
            .details
            .long_tasks
            .iter()
            .filter_map(|t| Some((&t.script, t.start_ms?, t.ms?)))
            .filter(|(_, start, ms)| start + ms > fcp)
            .map(|(script, _, ms)| {
                format!(
                    "{script} {ms:.0} ms ({:.0} blocking)",
                    (ms - TBT_MS).max(0.0)
                )
            })
            .collect();
        let compiled = match (run.details.wasm_functions_compiled, run.details.wasm_lazy_compile_ms) {
            (Some(n), Some(ms)) => format!(
                "; V8 compiled {n} wasm functions on their first call, {ms:.0} ms (at Lighthouse's CPU slowdown)"
            ),
            _ => String::new(),
        };
        format!(
            "TBT {tbt:.0} ms > {TBT_MS:.0}: long tasks after the first paint {}{compiled}",
            tasks.join(", ")
        )
    });
    check(|m| m.lcp_ms, "LCP", &|v| v > LCP_MS, &|lcp, run| {
        let phases: Vec<String> = run
            .details
            .lcp_phases
            .iter()
            .map(|(phase, ms)| format!("{phase} {:.0} ms", ms.unwrap_or(0.0)))
            .collect();
        format!(
            "LCP {lcp:.0} ms > {LCP_MS:.0}: `{}`; {}",
            run.details.lcp_element.as_deref().unwrap_or("?"),
            phases.join(", ")
        )
    });
    check(|m| m.cls, "CLS", &|v| v > 0.0, &|cls, _| {
        format!("CLS {cls:.3} > 0")
    });
    let budget = routes::transfer_budget(path);
    check(
        |m| m.total_transfer_bytes,
        "transfer",
        &|v| v > budget,
        &|bytes, run| {
            let mut kinds: Vec<(&str, f64)> = run
                .details
                .bytes_by_kind
                .iter()
                .map(|(k, v)| (*k, *v))
                .collect();
            kinds.sort_by(|a, b| b.1.total_cmp(&a.1));
            let kinds: Vec<String> = kinds
                .iter()
                .map(|(k, v)| format!("{k} {:.1}", v / 1000.0))
                .collect();
            format!(
                "transfer {:.1} KB > {:.0} KB: {} (KB)",
                bytes / 1000.0,
                budget / 1000.0,
                kinds.join(", ")
            )
        },
    );
    check(
        |m| m.accessibility,
        "accessibility",
        &|v| v < ACCESSIBILITY,
        &|a11y, run| {
            format!(
                "accessibility {a11y:.0} < 100: {}",
                serde_json::to_string(&run.details.failed_accessibility_audits).unwrap_or_default()
            )
        },
    );
    let (fcp, si) = (
        medians.fcp_ms.unwrap_or(f64::NAN),
        medians.si_ms.unwrap_or(f64::NAN),
    );
    check(
        |m| m.performance,
        "performance",
        &|v| v < PERFORMANCE,
        &|perf, _| {
            format!(
            "performance {perf:.0} < {PERFORMANCE:.0}: the score weighs FCP ({fcp:.0} ms), Speed Index ({si:.0} ms), LCP, TBT and CLS"
        )
        },
    );
    misses
}

#[cfg(test)]
mod tests {
    use crate::bench::{
        audit::{Audit, Details, LongTask, Metrics},
        summary::summarise,
    };

    fn run(tbt: f64) -> Audit {
        let task = |script: &str, start: f64, ms: f64| LongTask {
            script: script.to_owned(),
            start_ms: Some(start),
            ms: Some(ms),
        };
        Audit {
            metrics: Metrics {
                performance: Some(95.0),
                accessibility: Some(100.0),
                fcp_ms: Some(900.0),
                lcp_ms: Some(1000.0),
                tbt_ms: Some(tbt),
                cls: Some(0.0),
                total_transfer_bytes: Some(240_000.0),
                ..Metrics::default()
            },
            details: Details {
                bytes_by_kind: [("wasm main", 200_000.0), ("html", 5_000.0)].into(),
                long_tasks: vec![
                    task("Unattributable", 600.0, 100.0),
                    task("portal.js", 2000.0, 150.0),
                ],
                wasm_functions_compiled: Some(1500),
                wasm_lazy_compile_ms: Some(80.0),
                ..Details::default()
            },
        }
    }

    fn fine() -> Audit {
        Audit {
            metrics: Metrics {
                performance: Some(99.0),
                accessibility: Some(100.0),
                lcp_ms: Some(900.0),
                tbt_ms: Some(10.0),
                cls: Some(0.0),
                total_transfer_bytes: Some(170_000.0),
                ..Metrics::default()
            },
            details: Details::default(),
        }
    }

    fn misses_of(path: &str, runs: Vec<Audit>) -> Vec<String> {
        let summary = summarise(path, runs.into_iter().map(Ok).collect(), true).unwrap();
        summary.misses.unwrap()
    }

    #[test]
    fn a_row_names_what_it_misses_and_why() {
        let row = summarise(
            "/",
            vec![Ok(run(120.0)), Ok(run(100.0)), Ok(run(300.0))],
            true,
        )
        .unwrap();
        assert_eq!(row.metrics.tbt_ms, Some(120.0));
        assert_eq!(row.runs, 3);
        let misses = row.misses.unwrap();
        assert_eq!(misses.len(), 3, "{misses:?}");
        assert!(
            misses[0].starts_with(
                "TBT 120 ms > 50: long tasks after the first paint portal.js 150 ms (100 blocking); V8 compiled 1500"
            ),
            "{}",
            misses[0]
        );
        assert!(misses[1].starts_with("transfer 240.0 KB > 150 KB: wasm main 200.0, html 5.0"));
        assert!(misses[2].starts_with("performance 95 < 98"));
        assert_eq!(row.before.map(|b| b.tbt_ms), Some(50.0));
        // A reference page is measured, not judged.
        let reference = summarise("static home /", vec![Ok(run(300.0))], false).unwrap();
        assert!(reference.misses.is_none());
        assert_eq!(reference.metrics.tbt_ms, Some(300.0));
        assert!(misses_of("/poles", vec![fine()]).is_empty());
        // The same figures break the home page's budget, in either language.
        assert_eq!(misses_of("/en", vec![fine()]).len(), 1);
        // A figure Lighthouse did not give is a miss, not a pass.
        let mut blind = fine();
        blind.metrics.lcp_ms = None;
        assert_eq!(misses_of("/poles", vec![blind]), ["LCP: no figure"]);
        // A run whose page did not load counts for nothing; nor does one that failed.
        let mut broken = fine();
        broken.details.runtime_error = Some("NO_FCP".into());
        assert_eq!(
            summarise("/poles", vec![Ok(broken)], true).unwrap_err(),
            "NO_FCP"
        );
        let failed = summarise(
            "/poles",
            vec![Err(anyhow::anyhow!("no trace")), Ok(fine())],
            true,
        );
        assert_eq!(failed.unwrap().runs, 1);
    }
}
