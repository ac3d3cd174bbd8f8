//! `cargo xtask test`: every test layer, in order from fastest to slowest.

use std::process::Command;

use anyhow::{Context, Result};

use crate::{
    build,
    process::{run, step, workspace_root},
    server_process::{self, Content, ServerProcess},
    tools::{Need, Tools},
};

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command.args(args).current_dir(workspace_root());
    command
}

/// The public address the test build is made for (`--site-url`).
const SITE_URL: &str = "https://portail.parisante-campus.example";

pub fn run_all() -> Result<()> {
    let tools = Tools::ensure(Need::Test)?;

    step("Checking formatting (cargo fmt --check)");
    run(
        &mut cargo(&["fmt", "--all", "--check"]),
        "run `cargo fmt --all` and commit the result",
    )?;

    step("Linting the native crates (cargo clippy -D warnings)");
    run(
        &mut cargo(&[
            "clippy",
            "--package",
            "model",
            "--package",
            "server",
            "--package",
            "deploy",
            "--package",
            "xtask",
            "--package",
            "portal-e2e",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "fix the clippy warnings above",
    )?;
    step("Linting the portal for wasm32 (cargo clippy -D warnings)");
    run(
        &mut cargo(&[
            "clippy",
            "--package",
            "portal",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "fix the clippy warnings above",
    )?;

    step("Linting the prerender (the portal built natively with ssr, cargo clippy -D warnings)");
    run(
        &mut crate::prerender::cargo("clippy", &["--all-targets", "--", "-D", "warnings"]),
        "fix the clippy warnings above",
    )?;

    step("Dependency policy (cargo deny check licenses bans sources, deny.toml)");
    run(
        Command::new(tools.dir.join("bin/cargo-deny"))
            .args(["deny", "check", "licenses", "bans", "sources"])
            .current_dir(workspace_root()),
        "a dependency breaks deny.toml: see above",
    )?;

    step("Native unit and API tests (model, server, xtask)");
    run(
        &mut cargo(&[
            "test",
            "--package",
            "model",
            "--package",
            "server",
            "--package",
            "deploy",
            "--package",
            "xtask",
        ]),
        "a native test failed: see above",
    )?;
    step("Unit tests of the prerender (native, ssr)");
    run(
        &mut crate::prerender::cargo("test", &[]),
        "a prerender test failed: see above",
    )?;

    step("Browser tests of the portal (wasm-bindgen-test in headless Chromium)");
    let chromedriver = tools
        .chromedriver
        .clone()
        .expect("Need::Test finds chromedriver");
    run(
        cargo(&[
            "test",
            "--package",
            "portal",
            "--target",
            "wasm32-unknown-unknown",
            // The unit tests; benches/filter_bench.rs is run by `cargo xtask bench`.
            "--lib",
        ])
        .env("PATH", tools.path_env())
        .env("CHROMEDRIVER", &chromedriver),
        "a browser test failed: see above",
    )?;

    // Built as deployed: with a public address, so the pages carry canonical and hreflang
    // links (checked by tests/tests/prerender.rs).
    let options = build::Options {
        site_url: Some(SITE_URL.to_owned()),
        ..build::Options::with_samples()
    };
    build::portal_with(&tools, &options)?;
    // The README's deployment, built with its very arguments (step 1 of its Deploy
    // section), for the static-host tests (tests/tests/static_host.rs follow steps 2 and
    // 3); into a folder of its own, so that dist/ stays the same-origin build. Its wasm is
    // the first build's.
    let readme = std::fs::read_to_string(crate::process::workspace_root().join("README.md"))
        .context("reading README.md")?;
    let steps = deploy::readme::deploy_steps(&readme)
        .map_err(anyhow::Error::msg)
        .context("README, Deploy")?;
    let subpath_dist = crate::process::workspace_root().join("target/dist-portail");
    let server = server_process::build(false)?;
    // Its --api-base names no reachable API: the build reads the samples the tests'
    // servers serve from a reference server, as a build machine reads a staging copy.
    let staging = ServerProcess::start(&server, &build::dist_dir(), Content::Samples)?;
    build::portal_with(
        &tools,
        &build::Options {
            dist: Some(subpath_dist.clone()),
            prerender_from: Some(staging.url("")),
            ..build::Options::from_args(&steps.build).context("README, Deploy")?
        },
    )?;
    drop(staging);

    crate::api_fuzz::run_against(&server)?;

    step("End-to-end tests (real server, real SQLite database, headless Chromium, axe-core, Nu Html Checker)");
    let chromium = tools.chromium.clone().expect("Need::Test finds chromium");
    let python = crate::python_tools::ensure()?;
    run(
        cargo(&["test", "--package", "portal-e2e", "--", "--test-threads=1"])
            .env("PORTAL_SERVER_BIN", server)
            .env("PORTAL_PYTHON", python)
            .env("PORTAL_DIST", build::dist_dir())
            .env("PORTAL_DIST_SUBPATH", &subpath_dist)
            .env("PORTAL_PRERENDER_BIN", crate::prerender::binary())
            .env("PORTAL_AXE_JS", tools.axe_core_js())
            .env("PORTAL_VNU_JAR", tools.vnu_jar())
            .env("PORTAL_SITE_URL", SITE_URL)
            .env(
                "PORTAL_NGINX",
                tools.nginx.clone().expect("Need::Test finds nginx"),
            )
            .env("CHROMEDRIVER", &chromedriver)
            .env("CHROMIUM", chromium),
        "an end-to-end test failed: see above (screenshots in target/e2e-screenshots/)",
    )?;

    step("Smoke run of the benchmarks (cargo xtask bench --quick; figures reported, not judged)");
    crate::bench::run(&crate::bench::Options {
        quick: true,
        ..crate::bench::Options::default()
    })?;

    println!("\nAll test layers passed.");
    Ok(())
}
