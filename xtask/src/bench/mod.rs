//! `cargo xtask bench [--quick]`: one table of the figures that matter for a public portal,
//! with two baselines measured in the same run so ratios survive a noisy machine. Budgets
//! are reported, never enforced (machines are noisy). JSON lands in `target/bench/`.

mod audit;
mod baselines;
mod filter;
mod http;
mod keystroke;
mod lighthouse;
mod load;
mod misses;
mod print;
mod result;
mod routes;
mod sizes;
mod summary;

use std::path::Path;

use anyhow::{Context, Result};

use self::{
    result::{Api, ApiOnly, Bench, Sizes, Wasm},
    summary::Row,
};
use crate::server_process::{self, Content, ServerProcess};
use crate::{
    build,
    process::{step, workspace_root},
    tools::{Need, Tools},
};

/// The API's fixed-rate runs, in the table's order: what the table calls each, whether
/// it runs on the big server (10,000 programmes, 5,000 start-ups) or the seed's, and the
/// request.
const API_RUNS: [(&str, bool, &str); 6] = [
    ("list, seed (41)", false, CATALOGUE_LIST),
    ("list, 10,000 programmes", true, CATALOGUE_LIST),
    (
        "detail, 10,000 programmes",
        true,
        "/api/v1/programmes/programme-genere-42",
    ),
    ("start-ups list, seed (50)", false, STARTUPS_LIST),
    ("start-ups list, 5,000 start-ups", true, STARTUPS_LIST),
    (
        "start-up profile, 5,000 start-ups",
        true,
        "/api/v1/startups/generated-startup-42",
    ),
];
const CATALOGUE_LIST: &str = "/api/v1/programmes?level=master&lang=en&sort=candidature&per_page=20";
const STARTUPS_LIST: &str =
    "/api/v1/startups?q=sim&sector=formation-simulation&hiring=1&sort=arrivee";

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

    build::portal_with_samples(&tools)?;
    let dist = build::dist_dir();
    step("Building the baselines (minimal Leptos page, static home page)");
    let minimal_dist = baselines::minimal_leptos(&tools, &out)?;
    let static_dist = baselines::static_home(&dist, &out)?;
    let server_bin = server_process::build(true)?;

    step("Starting the release servers (seed data, and one with 10,000 generated programmes and 5,000 start-ups)");
    let portal = ServerProcess::start(&server_bin, &dist, Content::Samples)?;
    let big = ServerProcess::start(&server_bin, &dist, Content::Scale(10_000, 5_000))?;
    let minimal = ServerProcess::start(&server_bin, &minimal_dist, Content::Samples)?;
    let static_home = ServerProcess::start(&server_bin, &static_dist, Content::Samples)?;

    step("Measuring first-load transfer sizes");
    let sizes = Sizes {
        portal: sizes::first_load(
            &portal.addr,
            "/",
            &["/config.json", "/logo.svg", "/api/v1/campus"],
        )?,
        minimal_leptos: sizes::first_load(&minimal.addr, "/", &[])?,
        static_home: sizes::first_load(&static_home.addr, "/", &["/logo.svg"])?,
    };
    let wasm = Wasm::of(sizes::wasm_of(&dist)?, &sizes::wasm_of(&minimal_dist)?);

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
    let lighthouse = lighthouse_rows(&lighthouse_cli, &chromium, &pages, runs, &out);

    step("In-browser filtering + facet counting (wasm, release, performance.now())");
    let filter = filter::run(&tools, if quick { 1 } else { 6 })?;

    step("Keystroke to results in the real app: local search (41, 50, 1,000) and remote (10,000, 5,000)");
    let keystroke = keystroke::run(&tools, &server_bin, &dist)?;

    let api = api_load(&portal.addr, &big.addr, quick)?;

    let result = Bench {
        quick,
        sizes,
        wasm,
        lighthouse,
        filter,
        keystroke,
        api,
    };
    let text = serde_json::to_string_pretty(&result).context("writing the results as JSON")?;
    std::fs::write(out.join("bench.json"), &text).context("writing bench.json")?;
    print::report(&result);
    println!("\nJSON: {}", out.join("bench.json").display());
    Ok(())
}

/// Each page's Lighthouse row: `runs` runs, summarised. Each run's report is written to
/// `out` (one file per page, overwritten run after run).
fn lighthouse_rows(
    cli: &Path,
    chromium: &Path,
    pages: &[(String, String, bool)],
    runs: u32,
    out: &Path,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, (label, url, judged)) in pages.iter().enumerate() {
        let report = out.join(format!("lighthouse-{i}.json"));
        let results = (0..runs)
            .map(|_| {
                // Lighthouse sometimes fails to record a trace on a busy machine: try
                // again, and report a page that keeps failing instead of losing the run.
                lighthouse::audit(cli, chromium, url, &report)
                    .or_else(|_| lighthouse::audit(cli, chromium, url, &report))
            })
            .collect();
        rows.push(Row::new(
            label,
            url,
            summary::summarise(label, results, *judged),
        ));
    }
    rows
}

/// The API under load: fixed-rate runs on the seed and on a big catalogue, then the
/// saturation sweep.
fn api_load(portal: &str, big: &str, quick: bool) -> Result<Api> {
    step("API latency under an open-loop loopback load (timed from the schedule)");
    let seconds = if quick { 2 } else { 10 };
    let api = API_RUNS
        .iter()
        .map(|&(_, on_big, path)| {
            load::run(if on_big { big } else { portal }, path, 1000, seconds, 4)
        })
        .collect::<Result<_>>()?;

    step("API saturation sweep: 1,000 to 20,000 req/s on the seed's catalogue list");
    let api_sweep = load::sweep(
        portal,
        CATALOGUE_LIST,
        &[1_000, 2_000, 5_000, 10_000, 20_000],
        if quick { 2 } else { 5 },
    )?;

    Ok(Api { api, api_sweep })
}

/// `cargo xtask bench --api`: only [`api_load`], printed and written to `target/bench/api.json`.
fn api_only_run(quick: bool) -> Result<()> {
    let out = workspace_root().join("target/bench");
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let server_bin = server_process::build(true)?;
    let dist = build::dist_dir();
    step("Starting the release servers (seed data, and 10,000 programmes / 5,000 start-ups)");
    let portal = ServerProcess::start(&server_bin, &dist, Content::Samples)?;
    let big = ServerProcess::start(&server_bin, &dist, Content::Scale(10_000, 5_000))?;
    let result = ApiOnly {
        quick,
        api: api_load(&portal.addr, &big.addr, quick)?,
    };
    print::api(&result.api);
    std::fs::write(
        out.join("api.json"),
        serde_json::to_string_pretty(&result).context("writing the results as JSON")?,
    )
    .context("writing api.json")?;
    Ok(())
}
