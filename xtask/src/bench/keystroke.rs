//! Runs the end-to-end crate's keystroke benchmark (`tests/tests/keystroke_bench.rs`,
//! ignored by the test run) against the release server, and reads its lines.

use std::{path::Path, process::Command};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::{process::workspace_root, tools::Tools};

/// One mode's figures, as `keystroke_bench.rs` prints them (its keys, kept in bench.json).
#[derive(Debug, Deserialize, Serialize)]
pub struct KeystrokeRow {
    /// "local" (searched in the page) or "remote" (through the API).
    pub mode: String,
    pub list: String,
    /// How many entries the list holds.
    pub size: u32,
    pub keystrokes: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
}

pub fn run(tools: &Tools, server: &Path, dist: &Path) -> Result<Vec<KeystrokeRow>> {
    let output = Command::new("cargo")
        .args([
            "test",
            "--package",
            "portal-e2e",
            "--test",
            "keystroke_bench",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .current_dir(workspace_root())
        .env("PORTAL_SERVER_BIN", server)
        .env("PORTAL_DIST", dist)
        .env("PORTAL_AXE_JS", tools.axe_core_js())
        .env(
            "CHROMEDRIVER",
            tools
                .chromedriver
                .as_ref()
                .context("chromedriver is needed")?,
        )
        .env(
            "CHROMIUM",
            tools.chromium.as_ref().context("chromium is needed")?,
        )
        .output()
        .context("running the keystroke benchmark")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let rows: Vec<KeystrokeRow> = stdout
        .lines()
        .filter_map(|l| l.split_once("BENCH_KEYSTROKE ").map(|(_, json)| json))
        .map(|json| serde_json::from_str(json).context("keystroke line"))
        .collect::<Result<_>>()?;
    if rows.is_empty() || !output.status.success() {
        bail!(
            "the keystroke benchmark failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(rows)
}
