//! `cargo xtask bench [--quick]`: one table of the figures that matter for a public portal,
//! with two baselines measured in the same run so ratios survive a noisy machine. Budgets
//! are reported, never enforced (machines are noisy). JSON lands in `target/bench/`.

mod baselines;
mod filter;
mod http;
mod keystroke;
mod lighthouse;
mod load;
mod routes;
mod sizes;

use anyhow::{Context, Result};
use serde_json::{json, Value};

use crate::server_process::{self, ServerProcess};
use crate::{
    build,
    process::{step, workspace_root},
    tools::{Need, Tools},
};

const KB: f64 = 1000.0;

fn kb(v: &Value) -> String {
    v.as_f64()
        .map_or("-".into(), |b| format!("{:.1} KB", b / KB))
}

fn num(v: &Value, digits: usize) -> String {
    v.as_f64().map_or("-".into(), |n| format!("{n:.digits$}"))
}

/// What `cargo xtask bench` measures, and how long.
#[derive(Debug, Default, clap::Args)]
pub struct Options {
    /// The short version (what `cargo xtask test` runs): the home page only, one Lighthouse
    /// run, shorter loads
    #[arg(long)]
    pub quick: bool,
    /// The API's latency and saturation only: no browser, no portal build (JSON in
    /// target/bench/api.json)
    #[arg(long = "api")]
    pub api_only: bool,
    /// Lighthouse runs per page, each row giving the median, as its figures vary from run
    /// to run (default: 3, 1 with --quick)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: Option<u32>,
    /// Lighthouse on this public route only (repeatable), N runs each
    #[arg(long = "route", value_name = "PATH", value_parser = route)]
    pub only: Vec<String>,
}

/// `--route`: a path of the portal.
fn route(path: &str) -> Result<String, String> {
    if path.starts_with('/') {
        Ok(path.to_owned())
    } else {
        Err("a route is a path, e.g. --route /agenda".into())
    }
}

pub fn run(options: &Options) -> Result<()> {
    let Options {
        quick,
        api_only,
        runs,
        ref only,
    } = *options;
    if api_only {
        return api_only_run(quick);
    }
    let tools = Tools::ensure(Need::Test)?;
    let lighthouse_cli = lighthouse::ensure(&tools)?;
    let chromium = tools.chromium.clone().context("chromium is needed")?;
    let out = workspace_root().join("target/bench");
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;

    build::portal(&tools)?;
    let dist = build::dist_dir();
    step("Building the baselines (minimal Leptos page, static home page)");
    let minimal_dist = baselines::minimal_leptos(&tools, &out)?;
    let static_dist = baselines::static_home(&dist, &out)?;
    let server_bin = server_process::build(true)?;

    step("Starting the release servers (seed data, and one with 10,000 generated programmes and 5,000 start-ups)");
    let portal = ServerProcess::start(&server_bin, &dist, None)?;
    let big = ServerProcess::start(&server_bin, &dist, Some((10_000, 5_000)))?;
    let minimal = ServerProcess::start(&server_bin, &minimal_dist, None)?;
    let static_home = ServerProcess::start(&server_bin, &static_dist, None)?;

    step("Measuring first-load transfer sizes");
    let sizes = json!({
        "portal": sizes::first_load(&portal.addr, "/", &["/config.json", "/logo.svg", "/api/v1/campus"])?,
        "minimal_leptos": sizes::first_load(&minimal.addr, "/", &[])?,
        "static_home": sizes::first_load(&static_home.addr, "/", &["/logo.svg"])?,
    });
    let portal_parts = sizes::wasm_of(&dist)?;
    let (_, portal_wasm, portal_wasm_br) = portal_parts[0].clone();
    let (_, minimal_wasm, minimal_wasm_br) = sizes::wasm_of(&minimal_dist)?[0].clone();

    let runs = runs.unwrap_or(if quick { 1 } else { 3 });
    step(&format!(
        "Lighthouse, mobile preset: every public route in both languages, {runs} run(s) each (about 20 s per run)"
    ));
    // (label, address, judged against the goals): the routes of this build, then the
    // reference pages, measured only.
    let mut pages: Vec<(String, String, bool)> = if !only.is_empty() {
        only.iter()
            .map(|path| (path.clone(), portal.url(path), true))
            .collect()
    } else if quick {
        vec![("/".to_owned(), portal.url("/"), true)]
    } else {
        routes::public_paths()
            .into_iter()
            .map(|path| (path.clone(), portal.url(&path), true))
            .collect()
    };
    if !quick && only.is_empty() {
        for (label, url) in [
            ("10,000 programmes: /formations", big.url("/formations")),
            ("5,000 start-ups: /startups", big.url("/startups")),
            (
                "10,000 / 5,000: /poles/recherche",
                big.url("/poles/recherche"),
            ),
            ("minimal Leptos /", minimal.url("/")),
            ("static home /", static_home.url("/")),
        ] {
            pages.push((label.to_owned(), url, false));
        }
    }
    let mut audits = Vec::new();
    for (i, (label, url, judged)) in pages.iter().enumerate() {
        let report = out.join(format!("lighthouse-{i}.json"));
        let results = (0..runs)
            .map(|_| {
                // Lighthouse sometimes fails to record a trace on a busy machine: try
                // again, and report a page that keeps failing instead of losing the run.
                lighthouse::audit(&lighthouse_cli, &chromium, url, &report)
                    .or_else(|_| lighthouse::audit(&lighthouse_cli, &chromium, url, &report))
                    .unwrap_or_else(|e| json!({ "error": format!("{e:#}") }))
            })
            .collect();
        let mut row = routes::summarise(label, results, *judged);
        row["url"] = json!(url);
        audits.push(row);
    }

    step("In-browser filtering + facet counting (wasm, release, performance.now())");
    let filter = filter::run(&tools, if quick { 1 } else { 6 })?;

    step("Keystroke to results in the real app: local search (41, 50, 1,000) and remote (10,000, 5,000)");
    let keystroke = keystroke::run(&tools, &server_bin, &dist)?;

    let (api, api_sweep) = api_load(&portal.addr, &big.addr, quick)?;

    let result = json!({
        "quick": quick,
        "sizes": sizes,
        "wasm": {
            "portal": { "raw": portal_wasm, "brotli": portal_wasm_br },
            "portal_parts": portal_parts
                .iter()
                .map(|(name, raw, brotli)| json!({ "file": name, "raw": raw, "brotli": brotli }))
                .collect::<Vec<_>>(),
            "minimal_leptos": { "raw": minimal_wasm, "brotli": minimal_wasm_br },
            "ratio_brotli": portal_wasm_br as f64 / minimal_wasm_br as f64,
        },
        "lighthouse": audits,
        "filter": filter,
        "keystroke": keystroke,
        "api": api,
        "api_sweep": api_sweep,
    });
    let text = serde_json::to_string_pretty(&result).context("writing the results as JSON")?;
    std::fs::write(out.join("bench.json"), &text).context("writing bench.json")?;
    print_report(&result);
    println!("\nJSON: {}", out.join("bench.json").display());
    Ok(())
}

fn print_report(r: &Value) {
    println!("\n## First load of / (transfer sizes)");
    println!("| page | kind | raw | gzip | brotli |");
    println!("|---|---|---|---|---|");
    for page in ["portal", "minimal_leptos", "static_home"] {
        let s = &r["sizes"][page];
        if let Some(kinds) = s["by_kind"].as_object() {
            for (kind, v) in kinds {
                println!(
                    "| {page} | {kind} | {} | {} | {} |",
                    kb(&v["raw"]),
                    kb(&v["gzip"]),
                    kb(&v["brotli"])
                );
            }
        }
        let t = &s["total"];
        println!(
            "| {page} | **total** | {} | {} | **{}** |",
            kb(&t["raw"]),
            kb(&t["gzip"]),
            kb(&t["brotli"])
        );
    }
    let w = &r["wasm"];
    println!(
        "\nwasm: portal main part {} raw / {} brotli; minimal Leptos {} / {}; ratio {}× (budget ≤ 2×)",
        kb(&w["portal"]["raw"]),
        kb(&w["portal"]["brotli"]),
        kb(&w["minimal_leptos"]["raw"]),
        kb(&w["minimal_leptos"]["brotli"]),
        num(&w["ratio_brotli"], 2)
    );
    println!("| wasm part | raw | brotli |\n|---|---|---|");
    for part in w["portal_parts"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} |",
            part["file"].as_str().unwrap_or(""),
            kb(&part["raw"]),
            kb(&part["brotli"])
        );
    }
    println!(
        "\n## Lighthouse (mobile), median of each metric over the runs; goals: performance ≥ {}, accessibility {}, LCP ≤ {} ms, TBT ≤ {} ms, CLS 0, transfer ≤ {} KB for / and ≤ {} KB for the others",
        routes::PERFORMANCE,
        routes::ACCESSIBILITY,
        routes::LCP_MS,
        routes::TBT_MS,
        routes::HOME_BYTES / KB,
        routes::PAGE_BYTES / KB
    );
    println!("| page | runs | perf | a11y | best pr. | SEO | FCP ms | LCP ms | TBT ms | CLS | total | API requests | API brotli | before (#11: perf, LCP, TBT, KB) | goals |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for a in r["lighthouse"].as_array().into_iter().flatten() {
        let page = a["path"].as_str().unwrap_or("");
        if !a["error"].is_null() {
            println!("| {page} | failed: {} |", a["error"]);
            continue;
        }
        let before = &a["before"];
        let before = if before.is_null() {
            "-".to_owned()
        } else {
            format!(
                "{}, {} s, {} ms, {} KB",
                num(&before["performance"], 0),
                num(&json!(before["lcp_ms"].as_f64().unwrap_or(0.0) / 1000.0), 1),
                num(&before["tbt_ms"], 0),
                num(&before["kb"], 0)
            )
        };
        let goals = match a["misses"].as_array() {
            None => "reference".to_owned(),
            Some(m) if m.is_empty() => "all met".to_owned(),
            Some(m) => format!("{} missed", m.len()),
        };
        println!(
            "| {page} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {before} | {goals} |",
            a["runs"],
            num(&a["performance"], 0),
            num(&a["accessibility"], 0),
            num(&a["best_practices"], 0),
            num(&a["seo"], 0),
            num(&a["fcp_ms"], 0),
            num(&a["lcp_ms"], 0),
            num(&a["tbt_ms"], 0),
            num(&a["cls"], 3),
            kb(&a["total_transfer_bytes"]),
            a["api_requests"],
            kb(&a["api_transfer_bytes"]),
        );
    }
    println!("\n### What each route misses, and by what (from its median run)");
    for a in r["lighthouse"].as_array().into_iter().flatten() {
        for miss in a["misses"].as_array().into_iter().flatten() {
            println!(
                "- {}: {}",
                a["path"].as_str().unwrap_or(""),
                miss.as_str().unwrap_or("")
            );
        }
    }
    println!("\n## Filtering + facet counts in the browser (per keystroke)");
    println!(
        "| search | entries | keystrokes | dropped | index build ms | median ms | p95 ms | max ms |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for f in r["filter"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            f["search"].as_str().unwrap_or(""),
            f["entries"],
            f["keystrokes"],
            f["dropped"],
            num(&f["index_build_ms"], 1),
            num(&f["median_ms"], 3),
            num(&f["p95_ms"], 3),
            num(&f["max_ms"], 2)
        );
    }
    println!("\n## Keystroke to results in the app (debounce, request and render counted)");
    println!("| mode | list | entries | keystrokes | p50 ms | p95 ms | max ms | budget |");
    println!("|---|---|---|---|---|---|---|---|");
    for k in r["keystroke"].as_array().into_iter().flatten() {
        let budget = if k["mode"] == "local" {
            "16 ms"
        } else {
            "150 ms"
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {budget} |",
            k["mode"].as_str().unwrap_or(""),
            k["list"].as_str().unwrap_or(""),
            k["size"],
            k["keystrokes"],
            num(&k["p50_ms"], 1),
            num(&k["p95_ms"], 1),
            num(&k["max_ms"], 1)
        );
    }
    print_api(r);
}

fn print_api(r: &Value) {
    println!("\n## API on loopback (release server, 2 cores)");
    println!("Latency is timed from each request's scheduled send, so queueing counts.");
    println!("| request | target req/s | achieved req/s | errors | p50 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|---|---|");
    for (a, label) in r["api"].as_array().into_iter().flatten().zip([
        "list, seed (41)",
        "list, 10,000 programmes",
        "detail, 10,000 programmes",
        "start-ups list, seed (50)",
        "start-ups list, 5,000 start-ups",
        "start-up profile, 5,000 start-ups",
    ]) {
        println!(
            "| {label} | {} | {} | {} | {} | {} | {} |",
            a["target_rate"],
            num(&a["achieved_rate"], 0),
            a["errors"],
            num(&a["p50_ms"], 3),
            num(&a["p99_ms"], 3),
            num(&a["max_ms"], 2)
        );
    }
    let sweep = &r["api_sweep"];
    println!(
        "\n## API saturation (catalogue list, seed; sustained = 95% of the rate answered, p99 ≤ {} ms)",
        sweep["p99_bound_ms"]
    );
    println!("| target req/s | connections | achieved req/s | errors | unanswered | p50 ms | p99 ms | max ms | sustained |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for a in sweep["runs"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            a["target_rate"],
            a["connections"],
            num(&a["achieved_rate"], 0),
            a["errors"],
            a["unanswered"],
            num(&a["p50_ms"], 3),
            num(&a["p99_ms"], 3),
            num(&a["max_ms"], 1),
            if load::sustained(a, load::P99_BOUND_MS) {
                "yes"
            } else {
                "no"
            }
        );
    }
    println!(
        "Last sustained rate: {}; saturated at: {}",
        sweep["last_sustained_rate"], sweep["saturated_at_rate"]
    );
}

/// The API under load: fixed-rate runs on the seed and on a big catalogue, then the
/// saturation sweep.
fn api_load(portal: &str, big: &str, quick: bool) -> Result<(Value, Value)> {
    step("API latency under an open-loop loopback load (timed from the schedule)");
    let seconds = if quick { 2 } else { 10 };
    let list = "/api/v1/programmes?level=master&lang=en&sort=candidature&per_page=20";
    let startups = "/api/v1/startups?q=sim&sector=formation-simulation&hiring=1&sort=arrivee";
    let api = json!([
        load::run(portal, list, 1000, seconds, 4)?,
        load::run(big, list, 1000, seconds, 4)?,
        load::run(
            big,
            "/api/v1/programmes/programme-genere-42",
            1000,
            seconds,
            4
        )?,
        load::run(portal, startups, 1000, seconds, 4)?,
        load::run(big, startups, 1000, seconds, 4)?,
        load::run(
            big,
            "/api/v1/startups/generated-startup-42",
            1000,
            seconds,
            4
        )?,
    ]);

    step("API saturation sweep: 1,000 to 20,000 req/s on the seed's catalogue list");
    let api_sweep = load::sweep(
        portal,
        list,
        &[1_000, 2_000, 5_000, 10_000, 20_000],
        if quick { 2 } else { 5 },
    )?;

    Ok((api, api_sweep))
}

/// `cargo xtask bench --api`: only [`api_load`], printed and written to `target/bench/api.json`.
fn api_only_run(quick: bool) -> Result<()> {
    let out = workspace_root().join("target/bench");
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let server_bin = server_process::build(true)?;
    let dist = build::dist_dir();
    step("Starting the release servers (seed data, and 10,000 programmes / 5,000 start-ups)");
    let portal = ServerProcess::start(&server_bin, &dist, None)?;
    let big = ServerProcess::start(&server_bin, &dist, Some((10_000, 5_000)))?;
    let (api, api_sweep) = api_load(&portal.addr, &big.addr, quick)?;
    let result = json!({"quick": quick, "api": api, "api_sweep": api_sweep});
    print_api(&result);
    std::fs::write(
        out.join("api.json"),
        serde_json::to_string_pretty(&result).context("writing the results as JSON")?,
    )
    .context("writing api.json")?;
    Ok(())
}
