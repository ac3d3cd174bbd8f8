//! What the Lighthouse part of the bench measures and judges: every public page of the
//! route table in both languages (one pole, programme and start-up of the seed stand for
//! their kind), the goals of issue #11, and for a route that misses one, what it misses it
//! by, from the figures of its own run.

use model::{routes::Page, Lang};
use serde_json::{json, Value};

/// The goals: Lighthouse mobile performance and accessibility, LCP, TBT, CLS, and the
/// first-load transfer (150 KB for the home page, 200 KB for every other).
pub const PERFORMANCE: f64 = 98.0;
pub const ACCESSIBILITY: f64 = 100.0;
pub const LCP_MS: f64 = 1200.0;
pub const TBT_MS: f64 = 50.0;
pub const HOME_BYTES: f64 = 150_000.0;
pub const PAGE_BYTES: f64 = 200_000.0;

/// The figures issue #11 was filed with (client-rendered build): performance, LCP ms,
/// TBT ms, KB transferred.
const BEFORE: [(&str, f64, f64, f64, f64); 5] = [
    ("/", 93.0, 3200.0, 50.0, 401.0),
    ("/formations", 89.0, 3400.0, 190.0, 404.0),
    ("/startups", 91.0, 3200.0, 160.0, 412.0),
    (
        "/formations/master-donnees-de-sante",
        90.0,
        3600.0,
        70.0,
        406.0,
    ),
    ("/poles/recherche", 90.0, 3600.0, 90.0, 416.0),
];

/// A page of the seed for each kind of page with a slug.
const POLE: &str = "recherche";
const PROGRAMME: &str = "master-donnees-de-sante";
const STARTUP: &str = "posos";
/// The one real event of the seed, in every database.
const EVENT: &str = "inauguration-parisante-campus";

/// Every public route, French then English, in menu order.
pub fn public_paths() -> Vec<String> {
    let mut pages: Vec<Page> = Page::fixed();
    let at = |pages: &Vec<Page>, after: &Page| pages.iter().position(|p| p == after).map(|i| i + 1);
    if let Some(i) = at(&pages, &Page::Poles) {
        pages.insert(i, Page::pole(POLE));
    }
    if let Some(i) = at(&pages, &Page::Catalogue) {
        pages.insert(i, Page::programme(PROGRAMME));
    }
    if let Some(i) = at(&pages, &Page::Directory) {
        pages.insert(i, Page::startup(STARTUP));
    }
    if let Some(i) = at(&pages, &Page::Agenda) {
        pages.insert(i, Page::event(EVENT));
    }
    [Lang::Fr, Lang::En]
        .into_iter()
        .flat_map(|lang| {
            pages
                .iter()
                .filter(|p| p.is_public())
                .map(move |p| p.path(lang))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The median (the mean of the two middle values of an even count).
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// The metrics a row gives as the median of its runs.
const METRICS: [&str; 11] = [
    "performance",
    "accessibility",
    "best_practices",
    "seo",
    "fcp_ms",
    "si_ms",
    "lcp_ms",
    "tbt_ms",
    "cls",
    "total_transfer_bytes",
    "api_transfer_bytes",
];

/// The run whose `key` is closest to the median: the one whose details explain it.
fn closest<'a>(runs: &[&'a Value], key: &str, median: f64) -> &'a Value {
    runs.iter()
        .copied()
        .min_by(|a, b| {
            let distance = |r: &Value| (r[key].as_f64().unwrap_or(f64::INFINITY) - median).abs();
            distance(a).total_cmp(&distance(b))
        })
        .unwrap_or(runs[0])
}

/// Several Lighthouse runs of one page as one row: the median of each metric, the details
/// (bytes, long tasks, LCP element, wasm compilation) of the run closest to the median
/// blocking time, and each goal missed with its cause, read from the run closest to the
/// median of that goal's metric. A run Lighthouse could not finish (an error, or a page
/// that did not load) counts for nothing.
///
/// `judged`: a route of this build (judged against the goals), not a reference page.
pub fn summarise(path: &str, runs: Vec<Value>, judged: bool) -> Value {
    let ok: Vec<&Value> = runs
        .iter()
        .filter(|r| r["error"].is_null() && r["runtime_error"].is_null())
        .collect();
    if ok.is_empty() {
        let why = runs.first().map(|r| {
            if r["error"].is_null() {
                r["runtime_error"].clone()
            } else {
                r["error"].clone()
            }
        });
        return json!({ "path": path, "error": why });
    }
    let metric = |key: &str| median(ok.iter().filter_map(|r| r[key].as_f64()).collect());
    let mut row = closest(&ok, "tbt_ms", metric("tbt_ms").unwrap_or(0.0)).clone();
    for key in METRICS {
        row[key] = json!(metric(key));
    }
    row["path"] = json!(path);
    row["runs"] = json!(ok.len());
    if let Some((_, perf, lcp, tbt, kb)) = BEFORE.iter().find(|b| b.0 == path) {
        row["before"] = json!({ "performance": perf, "lcp_ms": lcp, "tbt_ms": tbt, "kb": kb });
    }
    row["misses"] = if judged {
        json!(misses(path, &row, &ok))
    } else {
        Value::Null
    };
    row
}

/// Each goal the row's medians miss, with its cause as the run closest to that median
/// measured it. A metric Lighthouse did not give is a miss too ("no figure").
fn misses(path: &str, row: &Value, runs: &[&Value]) -> Vec<String> {
    let median = |key: &str| row[key].as_f64();
    let mut misses = Vec::new();
    let mut check = |key: &str,
                     label: &str,
                     missed: &dyn Fn(f64) -> bool,
                     explain: &dyn Fn(f64, &Value) -> String| {
        match median(key) {
            None => misses.push(format!("{label}: no figure")),
            Some(value) if missed(value) => {
                misses.push(explain(value, closest(runs, key, value)));
            }
            Some(_) => {}
        }
    };
    check("tbt_ms", "TBT", &|v| v > TBT_MS, &|tbt, run| {
        // Only what ends after the first paint counts in the blocking time, and only the
        // part of a task past 50 ms.
        let fcp = run["fcp_ms"].as_f64().unwrap_or(0.0);
        let tasks: Vec<String> = run["long_tasks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| {
                Some((
                    t["script"].as_str()?,
                    t["start_ms"].as_f64()?,
                    t["ms"].as_f64()?,
                ))
            })
            .filter(|(_, start, ms)| start + ms > fcp)
            .map(|(script, _, ms)| {
                format!(
                    "{script} {ms:.0} ms ({:.0} blocking)",
                    (ms - TBT_MS).max(0.0)
                )
            })
            .collect();
        let compiled = match (run["wasm_functions_compiled"].as_u64(), run["wasm_lazy_compile_ms"].as_f64()) {
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
    check("lcp_ms", "LCP", &|v| v > LCP_MS, &|lcp, run| {
        let phases: Vec<String> = run["lcp_phases"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(phase, ms)| format!("{phase} {:.0} ms", ms.as_f64().unwrap_or(0.0)))
            .collect();
        format!(
            "LCP {lcp:.0} ms > {LCP_MS:.0}: `{}`; {}",
            run["lcp_element"].as_str().unwrap_or("?"),
            phases.join(", ")
        )
    });
    check("cls", "CLS", &|v| v > 0.0, &|cls, _| {
        format!("CLS {cls:.3} > 0")
    });
    let budget = if Page::parse(path).0 == Page::Home {
        HOME_BYTES
    } else {
        PAGE_BYTES
    };
    check(
        "total_transfer_bytes",
        "transfer",
        &|v| v > budget,
        &|bytes, run| {
            let mut kinds: Vec<(String, f64)> = run["bytes_by_kind"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.as_f64().unwrap_or(0.0)))
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
        "accessibility",
        "accessibility",
        &|v| v < ACCESSIBILITY,
        &|a11y, run| {
            format!(
                "accessibility {a11y:.0} < 100: {}",
                run["failed_accessibility_audits"]
            )
        },
    );
    let (fcp, si) = (
        median("fcp_ms").unwrap_or(f64::NAN),
        median("si_ms").unwrap_or(f64::NAN),
    );
    check(
        "performance",
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
    use super::*;

    #[test]
    fn every_public_route_in_both_languages() {
        let paths = public_paths();
        assert_eq!(paths.len(), 28);
        for path in [
            "/",
            "/en",
            "/agenda",
            "/en/events/inauguration-parisante-campus",
            "/poles/recherche",
            "/en/programmes/compare",
            "/en/privacy",
        ] {
            assert!(paths.iter().any(|p| p == path), "{path}");
        }
        assert!(!paths.iter().any(|p| p.contains("espace-startup")));
        assert!(!paths.iter().any(|p| p.contains("inscription")));
    }

    #[test]
    fn a_row_names_what_it_misses_and_why() {
        let run = |tbt: f64| {
            json!({
                "performance": 95.0, "accessibility": 100.0, "fcp_ms": 900.0, "lcp_ms": 1000.0,
                "tbt_ms": tbt, "cls": 0.0, "total_transfer_bytes": 240_000.0,
                "bytes_by_kind": { "wasm main": 200_000.0, "html": 5_000.0 },
                "long_tasks": [
                    { "script": "Unattributable", "start_ms": 600.0, "ms": 100.0 },
                    { "script": "portal.js", "start_ms": 2000.0, "ms": 150.0 },
                ],
                "wasm_functions_compiled": 1500, "wasm_lazy_compile_ms": 80.0,
            })
        };
        let row = summarise("/", vec![run(120.0), run(100.0), run(300.0)], true);
        assert_eq!(row["tbt_ms"], 120.0);
        assert_eq!(row["runs"], 3);
        let misses: Vec<&str> = row["misses"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|m| m.as_str())
            .collect();
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
        assert_eq!(row["before"]["tbt_ms"], 50.0);
        // A reference page is measured, not judged.
        let reference = summarise("static home /", vec![run(300.0)], false);
        assert!(reference["misses"].is_null());
        assert_eq!(reference["tbt_ms"], 300.0);
        let fine = json!({
            "performance": 99.0, "accessibility": 100.0, "lcp_ms": 900.0, "tbt_ms": 10.0,
            "cls": 0.0, "total_transfer_bytes": 170_000.0,
        });
        assert_eq!(
            summarise("/poles", vec![fine.clone()], true)["misses"],
            json!([])
        );
        // The same figures break the home page's budget, in either language.
        let home = summarise("/en", vec![fine.clone()], true);
        assert_eq!(home["misses"].as_array().unwrap().len(), 1, "{home}");
        // A figure Lighthouse did not give is a miss, not a pass.
        let mut blind = fine.clone();
        blind["lcp_ms"] = Value::Null;
        assert_eq!(
            summarise("/poles", vec![blind], true)["misses"],
            json!(["LCP: no figure"])
        );
        // A run whose page did not load counts for nothing.
        let mut broken = fine;
        broken["runtime_error"] = json!("NO_FCP");
        assert_eq!(summarise("/poles", vec![broken], true)["error"], "NO_FCP");
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_its_middle_values() {
        assert_eq!(median(vec![4.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(vec![f64::NAN]), None);
    }
}
