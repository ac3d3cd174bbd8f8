//! Lighthouse (npm, mobile preset with simulated throttling) against Debian's Chromium.

use std::{path::Path, process::Command};

use serde_json::{json, Value};

use crate::{
    process::{run, step, which},
    tools::Tools,
};

pub const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// Installs Lighthouse into the tools cache (not the checkout); returns its CLI script.
pub fn ensure(tools: &Tools) -> Result<std::path::PathBuf, String> {
    let dir = tools.dir.join("npm-bench");
    let cli = dir.join("node_modules/lighthouse/cli/index.js");
    let package = dir.join("node_modules/lighthouse/package.json");
    let installed = std::fs::read_to_string(&package)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if installed {
        return Ok(cli);
    }
    if which("npm").is_none() {
        return Err("npm is needed for Lighthouse: install Node.js 20 and npm".into());
    }
    step(&format!(
        "Installing Lighthouse {LIGHTHOUSE_VERSION} into the tools cache (npm, about 30 s, once)"
    ));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--save-exact", "--prefix"])
            .arg(&dir)
            .arg(format!("lighthouse@{LIGHTHOUSE_VERSION}")),
        "install by hand: npm install --prefix ~/.cache/parisante-portal/tools/npm-bench lighthouse@12.8.2",
    )?;
    Ok(cli)
}

/// Scores (0-100) and metrics (ms; CLS unitless) of one URL.
pub fn audit(cli: &Path, chromium: &Path, url: &str, out: &Path) -> Result<Value, String> {
    let profile = std::env::temp_dir().join(format!("lighthouse-profile-{}", std::process::id()));
    let flags = format!(
        "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
         --disable-component-update --disable-sync --disable-quic --no-first-run --user-data-dir={}",
        profile.display()
    );
    let status = Command::new("node")
        .arg(cli)
        .arg(url)
        .args([
            "--quiet",
            "--output=json",
            "--only-categories=performance,accessibility,best-practices,seo",
        ])
        .arg(format!("--output-path={}", out.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", chromium)
        .status()
        .map_err(|e| format!("running lighthouse: {e}"))?;
    let _ = std::fs::remove_dir_all(&profile);
    if !status.success() {
        return Err(format!("lighthouse failed on {url} ({status})"));
    }
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(out).map_err(|e| format!("reading {}: {e}", out.display()))?,
    )
    .map_err(|e| format!("lighthouse report: {e}"))?;
    let score = |c: &str| {
        report["categories"][c]["score"]
            .as_f64()
            .map(|s| (s * 100.0).round())
    };
    let metric = |a: &str| report["audits"][a]["numericValue"].as_f64();
    // The page's own API traffic, from Lighthouse's network log: what the data layer
    // downloaded (`transferSize` as sent, compressed; `resourceSize` decoded).
    let api_requests: Vec<&Value> = report["audits"]["network-requests"]["details"]["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["url"].as_str().is_some_and(|u| u.contains("/api/v1/")))
        .collect();
    let sum = |field: &str| {
        api_requests
            .iter()
            .filter_map(|r| r[field].as_f64())
            .sum::<f64>()
    };
    Ok(json!({
        "url": url,
        "performance": score("performance"),
        "accessibility": score("accessibility"),
        "best_practices": score("best-practices"),
        "seo": score("seo"),
        "fcp_ms": metric("first-contentful-paint"),
        "lcp_ms": metric("largest-contentful-paint"),
        "tbt_ms": metric("total-blocking-time"),
        "cls": metric("cumulative-layout-shift"),
        "total_transfer_bytes": metric("total-byte-weight"),
        "api_requests": api_requests.len(),
        "api_transfer_bytes": sum("transferSize"),
        "api_resource_bytes": sum("resourceSize"),
        "runtime_error": report["runtimeError"]["message"],
    }))
}
