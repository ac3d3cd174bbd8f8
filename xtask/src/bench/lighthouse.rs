//! Lighthouse (npm, mobile preset with simulated throttling) against Debian's Chromium.

use std::{path::Path, process::Command};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

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
pub fn audit(cli: &Path, chromium: &Path, url: &str, out: &Path) -> Result<Value> {
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
    Ok(json!({
        "url": url,
        "performance": score("performance"),
        "accessibility": score("accessibility"),
        "best_practices": score("best-practices"),
        "seo": score("seo"),
        "fcp_ms": metric("first-contentful-paint"),
        "si_ms": metric("speed-index"),
        "lcp_ms": metric("largest-contentful-paint"),
        "tbt_ms": metric("total-blocking-time"),
        "cls": metric("cumulative-layout-shift"),
        "total_transfer_bytes": metric("total-byte-weight"),
        "api_requests": api_requests.len(),
        "api_transfer_bytes": sum("transferSize"),
        "api_resource_bytes": sum("resourceSize"),
        "runtime_error": report["runtimeError"]["message"],
        "bytes_by_kind": bytes_by_kind(&report),
        "long_tasks": long_tasks(&report),
        "lcp_element": lcp["items"][0]["items"][0]["node"]["selector"],
        // TTFB, load delay, load time and render delay (simulated ms).
        "lcp_phases": lcp["items"][1]["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| Some((p["phase"].as_str()?.to_owned(), p["timing"].clone())))
            .collect::<serde_json::Map<_, _>>(),
        // Observed main-thread time, scaled by the CPU slowdown Lighthouse simulates, so
        // it compares with the blocking time.
        "wasm_lazy_compile_ms": lazy.map(|(ms, _)| ms * slowdown),
        "wasm_functions_compiled": lazy.map(|(_, n)| n),
        "failed_accessibility_audits": failed_audits(&report, "accessibility"),
    }))
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
fn bytes_by_kind(report: &Value) -> Value {
    let mut kinds = serde_json::Map::new();
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
        let bytes = request["transferSize"].as_f64().unwrap_or(0.0);
        let total = kinds.entry(kind).or_insert(json!(0.0));
        *total = json!(total.as_f64().unwrap_or(0.0) + bytes);
    }
    Value::Object(kinds)
}

/// The long tasks (simulated durations), each with the script Lighthouse blames.
fn long_tasks(report: &Value) -> Value {
    report["audits"]["long-tasks"]["details"]["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            let url = t["url"].as_str().unwrap_or("");
            json!({
                "script": url.rsplit('/').next().unwrap_or(url),
                "start_ms": t["startTime"],
                "ms": t["duration"],
            })
        })
        .collect()
}

/// The audits of a category that did not pass, by id.
fn failed_audits(report: &Value, category: &str) -> Value {
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
        .map(|id| json!(id))
        .collect()
}
