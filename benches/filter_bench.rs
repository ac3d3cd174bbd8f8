//! Latency of filtering and facet counting in the browser, measured with
//! `performance.now()` inside the page, over generated catalogues and directories. `cargo xtask bench` runs
//! it in release mode and reads the `BENCH_FILTER` line it prints.

use model::{
    catalogue::{generate, CatalogueIndex, CatalogueQuery, Date},
    directory::{self, DirectoryIndex, DirectoryQuery},
};
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

/// What a visitor types in the directory, with filters toggled in between.
const TYPED_DIRECTORY: &[&str] = &[
    "simulation medicale",
    "telemedecine",
    "cardio",
    "donnees patients",
];
const DIRECTORY_FILTERS: &[(&str, &str)] = &[
    ("sector", "formation-simulation"),
    ("stage", "amorcage"),
    ("hiring", "1"),
    ("spinoff", "1"),
];

fn summary(
    search: &str,
    size: usize,
    build_ms: f64,
    mut times: Vec<f64>,
    matched: usize,
) -> serde_json::Value {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    serde_json::json!({
        "search": search,
        "entries": size,
        "keystrokes": times.len(),
        "dropped": 0,
        "index_build_ms": build_ms,
        "median_ms": percentile(&times, 0.5),
        "p95_ms": percentile(&times, 0.95),
        "max_ms": times.last().copied().unwrap_or(0.0),
        "matched_total": matched,
    })
}

fn measure_directory(size: usize, rounds: usize) -> serde_json::Value {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let build_start = performance.now();
    let index = DirectoryIndex::new(directory::generate::startups(size));
    let build_ms = performance.now() - build_start;
    let mut times = Vec::new();
    let mut matched = 0usize;
    for round in 0..rounds {
        let mut query = DirectoryQuery::default();
        let (param, value) = DIRECTORY_FILTERS[round % DIRECTORY_FILTERS.len()];
        query.toggle(param, value);
        for text in TYPED_DIRECTORY {
            for end in 1..=text.len() {
                query.q = text[..end].to_owned();
                let start = performance.now();
                let result = index.search(&query);
                times.push(performance.now() - start);
                matched += result.matches.len();
            }
        }
    }
    summary("directory", size, build_ms, times, matched)
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
    summary("catalogue", size, build_ms, times, matched)
}

#[wasm_bindgen_test]
fn filter_latency() {
    let rounds = option_env!("PORTAL_BENCH_ROUNDS")
        .and_then(|r| r.parse().ok())
        .unwrap_or(4);
    let mut results: Vec<serde_json::Value> = [41, 1_000, 10_000]
        .iter()
        .map(|size| measure(*size, rounds))
        .collect();
    results.extend(
        [50, 1_000, 5_000]
            .iter()
            .map(|size| measure_directory(*size, rounds)),
    );
    console_log!("BENCH_FILTER {}", serde_json::Value::Array(results));
}
