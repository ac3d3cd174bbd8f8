//! Runs `benches/filter_bench.rs` in headless Chromium (release build) and reads its
//! `BENCH_FILTER` line.

use std::process::Command;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::{process::workspace_root, tools::Tools};

/// One search's figures, as `filter_bench.rs` prints them (its keys, kept in bench.json).
#[derive(Debug, Deserialize, Serialize)]
pub struct FilterRow {
    /// "catalogue" or "directory".
    pub search: String,
    pub entries: usize,
    pub keystrokes: usize,
    pub dropped: usize,
    pub index_build_ms: f64,
    pub median_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
    pub matched_total: usize,
}

pub fn run(tools: &Tools, rounds: u32) -> Result<Vec<FilterRow>> {
    let chromedriver = tools
        .chromedriver
        .clone()
        .context("chromedriver is needed")?;
    let output = Command::new("cargo")
        .args([
            "test",
            "--package",
            "portal",
            "--target",
            "wasm32-unknown-unknown",
            "--release",
            "--test",
            "filter_bench",
            "--",
            "--nocapture",
        ])
        .current_dir(workspace_root())
        .env("PATH", tools.path_env())
        .env("CHROMEDRIVER", chromedriver)
        .env("PORTAL_BENCH_ROUNDS", rounds.to_string())
        .output()
        .context("running the filter benchmark")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| {
            l.split_once("BENCH_FILTER ")
                .map(|(_, json)| json.to_owned())
        })
        .with_context(|| {
            format!(
                "the filter benchmark printed no result:\n{stdout}\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    serde_json::from_str(&line).context("filter benchmark output")
}
