//! Latency of filtering and facet counting in the browser, measured with
//! `performance.now()` inside the page, over generated catalogues. `cargo xtask bench` runs
//! it in release mode and reads the `BENCH_FILTER` line it prints.

use model::catalogue::{generate, CatalogueIndex, CatalogueQuery, Date};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// What a student types, one keystroke at a time, with filters toggled in between.
const TYPED: &[&str] = &[
    "donnees de sante",
    "intelligence artificielle",
    "master ia",
    "biologie",
];
const FILTERS: &[(&str, &str)] = &[
    ("level", "master"),
    ("lang", "en"),
    ("domain", "ia"),
    ("open", "1"),
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn measure(size: usize, rounds: usize) -> serde_json::Value {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let build_start = performance.now();
    let index = CatalogueIndex::new(generate::programmes(size, 42));
    let build_ms = performance.now() - build_start;
    let today = Date::new(2026, 11, 29).unwrap();
    let mut times = Vec::new();
    let mut matched = 0usize;
    for round in 0..rounds {
        let mut query = CatalogueQuery::default();
        let (param, value) = FILTERS[round % FILTERS.len()];
        query.toggle(param, value);
        for text in TYPED {
            for end in 1..=text.len() {
                query.q = text[..end].to_owned();
                let start = performance.now();
                let result = index.search(&query, today);
                times.push(performance.now() - start);
                matched += result.matches.len();
            }
        }
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    serde_json::json!({
        "programmes": size,
        "keystrokes": times.len(),
        "dropped": 0,
        "index_build_ms": build_ms,
        "median_ms": percentile(&times, 0.5),
        "p95_ms": percentile(&times, 0.95),
        "max_ms": times.last().copied().unwrap_or(0.0),
        "matched_total": matched,
    })
}

#[wasm_bindgen_test]
fn filter_latency() {
    let rounds = option_env!("PORTAL_BENCH_ROUNDS")
        .and_then(|r| r.parse().ok())
        .unwrap_or(4);
    let results: Vec<serde_json::Value> = [41, 10_000]
        .iter()
        .map(|size| measure(*size, rounds))
        .collect();
    console_log!("BENCH_FILTER {}", serde_json::Value::Array(results));
}
