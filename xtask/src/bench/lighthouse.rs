//! Lighthouse (npm, mobile preset with simulated throttling) against Debian's Chromium.
//! Its report is Lighthouse's JSON, read by key here and nowhere else: what the bench
//! keeps of it is an [`Audit`].

use std::{collections::BTreeMap, path::Path, process::Command};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::audit::{Audit, Details, LongTask, Metrics};
use crate::{
    process::{run, step, which},
    tools::Tools,
};

pub const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// Installs Lighthouse into the tools cache (not the checkout); returns its CLI script.
pub fn ensure(tools: &Tools) -> Result<std::path::PathBuf> {
    let dir = tools.dir.join("npm-bench");
    let cli = dir.join("node_modules/lighthouse/cli/index.js");
    let package = dir.join("node_modules/lighthouse/package.json");
    let installed = std::fs::read_to_string(&package)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if installed {
        return Ok(cli);
    }
    if which("npm").is_none() {
        bail!("npm is needed for Lighthouse: install Node.js 20 and npm");
    }
    step(&format!(
        "Installing Lighthouse {LIGHTHOUSE_VERSION} into the tools cache (npm, about 30 s, once)"
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
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
pub fn audit(cli: &Path, chromium: &Path, url: &str, out: &Path) -> Result<Audit> {
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
            // The trace, with V8's wasm events: how long the main thread spent compiling
            // wasm functions on their first call (read below, then deleted).
            "--save-assets",
            "--additional-trace-categories=v8.wasm",
        ])
        .arg(format!("--output-path={}", out.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", chromium)
        .status()
        .context("running lighthouse")?;
    let _ = std::fs::remove_dir_all(&profile);
    if !status.success() {
        bail!("lighthouse failed on {url} ({status})");
    }
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(out).with_context(|| format!("reading {}", out.display()))?,
    )
    .context("lighthouse report")?;
    let score = |c: &str| {
        report["categories"][c]["score"]
            .as_f64()
            .map(|s| (s * 100.0).round())
    };
    let metric = |a: &str| report["audits"][a]["numericValue"].as_f64();
    let slowdown = report["configSettings"]["throttling"]["cpuSlowdownMultiplier"]
        .as_f64()
        .unwrap_or(1.0);
    let lcp = &report["audits"]["largest-contentful-paint-element"]["details"];
    // Only these two figures come from the trace: a trace that cannot be read leaves them
    // out, not the run.
    let lazy = lazy_compilation(&assets(out, "trace.json")).ok();
    for kind in ["trace.json", "devtoolslog.json"] {
        let _ = std::fs::remove_file(assets(out, kind));
    }
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
    let text = |v: &Value| v.as_str().map(str::to_owned);
    let metrics = Metrics {
        performance: score("performance"),
        accessibility: score("accessibility"),
        best_practices: score("best-practices"),
        seo: score("seo"),
        fcp_ms: metric("first-contentful-paint"),
        si_ms: metric("speed-index"),
        lcp_ms: metric("largest-contentful-paint"),
        tbt_ms: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        total_transfer_bytes: metric("total-byte-weight"),
        api_transfer_bytes: Some(sum("transferSize")),
    };
    let details = Details {
        api_requests: api_requests.len(),
        api_resource_bytes: sum("resourceSize"),
        runtime_error: text(&report["runtimeError"]["message"]),
        bytes_by_kind: bytes_by_kind(&report),
        long_tasks: long_tasks(&report),
        lcp_element: text(&lcp["items"][0]["items"][0]["node"]["selector"]),
        lcp_phases: lcp["items"][1]["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| Some((p["phase"].as_str()?.to_owned(), p["timing"].as_f64())))
            .collect(),
        // Observed main-thread time, scaled by the CPU slowdown Lighthouse simulates, so
        // it compares with the blocking time.
        wasm_lazy_compile_ms: lazy.map(|(ms, _)| ms * slowdown),
        wasm_functions_compiled: lazy.map(|(_, n)| n),
        failed_accessibility_audits: failed_audits(&report, "accessibility"),
    };
    Ok(Audit { metrics, details })
}

/// `lighthouse-3.json` → `lighthouse-3-0.trace.json` (what `--save-assets` writes).
fn assets(report: &Path, kind: &str) -> std::path::PathBuf {
    let stem = report
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("lighthouse");
    report.with_file_name(format!("{stem}-0.{kind}"))
}

/// V8 compiles a wasm function on its first call, on the thread that calls it: the total
/// of those compilations (ms, observed) and how many functions. The portal runs its wasm
/// on the main thread only (no worker), so that is main-thread time.
fn lazy_compilation(trace: &Path) -> Result<(f64, usize)> {
    let text = std::fs::read_to_string(trace)
        .with_context(|| format!("reading the trace {}", trace.display()))?;
    let trace: Value = serde_json::from_str(&text).context("trace")?;
    let events = trace["traceEvents"]
        .as_array()
        .or_else(|| trace.as_array())
        .context("the trace has no events")?;
    let compiled: Vec<f64> = events
        .iter()
        .filter(|e| e["name"] == "wasm.CompileLazy")
        .filter_map(|e| e["dur"].as_f64())
        .collect();
    Ok((compiled.iter().sum::<f64>() / 1000.0, compiled.len()))
}

/// Transferred bytes by what they are, from Lighthouse's network log: the main wasm part,
/// the chunks, and the rest by type.
fn bytes_by_kind(report: &Value) -> BTreeMap<&'static str, f64> {
    let mut kinds = BTreeMap::new();
    for request in report["audits"]["network-requests"]["details"]["items"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let url = request["url"].as_str().unwrap_or("");
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let kind = if path.ends_with("_bg.wasm") {
            "wasm main"
        } else if path.ends_with(".wasm") {
            "wasm chunks"
        } else if path.contains("/api/v1/") {
            "api"
        } else if path.ends_with(".js") {
            "js"
        } else if path.ends_with(".css") {
            "css"
        } else if request["resourceType"] == "Document" {
            "html"
        } else {
            "other"
        };
        *kinds.entry(kind).or_default() += request["transferSize"].as_f64().unwrap_or(0.0);
    }
    kinds
}

/// The long tasks (simulated durations), each with the script Lighthouse blames.
fn long_tasks(report: &Value) -> Vec<LongTask> {
    report["audits"]["long-tasks"]["details"]["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            let url = t["url"].as_str().unwrap_or("");
            LongTask {
                script: url.rsplit('/').next().unwrap_or(url).to_owned(),
                start_ms: t["startTime"].as_f64(),
                ms: t["duration"].as_f64(),
            }
        })
        .collect()
}

/// The audits of a category that did not pass, by id.
fn failed_audits(report: &Value, category: &str) -> Vec<String> {
    report["categories"][category]["auditRefs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| {
            report["audits"][*id]["score"]
                .as_f64()
                .is_some_and(|s| s < 1.0)
        })
        .map(str::to_owned)
        .collect()
}
