//! `cargo xtask <command>`: the project's tooling, in Rust (no shell glue).
//!
//! - `serve [--addr HOST:PORT] [--data DIR]`: install missing tools, build the portal in
//!   release mode, start the reference API (which serves the portal) and print the URL.
//! - `test`: every test layer: lints, native unit tests, browser tests, end-to-end tests.
//! - `bench [--quick]`: sizes, Lighthouse scores, in-browser filter latency, API latency.
//! - `fuzz [--seconds N]`: run every cargo-fuzz target for a bounded time.
//! - `build`: install missing tools and build the release portal into `dist/`.
//! - `tools`: only install the missing tools.

mod api_fuzz;
mod bench;
mod build;
mod compress;
mod fuzz;
mod prerender;
mod process;
mod python_tools;
mod server_process;
mod styles;
mod test;
mod tools;
mod wasm;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--addr HOST:PORT] [--data DIR]   build the portal and serve it with the reference API
                                          (default http://127.0.0.1:8080, database in ./data)
  test                                    run every test layer (lints, unit, browser, end-to-end)
  bench [--quick] [--api] [--runs N] [--route PATH]...
                                          measure sizes, Lighthouse, filter and API latency
                                          (table printed, JSON in target/bench/; --api: the
                                          API's latency and saturation only; --route: Lighthouse
                                          on these routes only, N runs each)
  fuzz [--seconds N]                      run each cargo-fuzz target N s (default 60; nightly)
  build [--api-base URL] [--site-url URL] build the release portal into dist/, with header
                                          files for static hosts (dist/deploy/, _headers);
                                          --api-base: the API's URL, written to config.json
                                          and allowed by the CSP; --site-url: the portal's
                                          public origin, for canonical and hreflang links
  tools                                   install the missing tools only

Tools are cached in $PORTAL_TOOLS_DIR (default ~/.cache/parisante-portal/tools).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => build::serve(&args[1..]),
        Some("test") => test::run_all(),
        Some("bench") => bench::run(&args[1..]),
        Some("fuzz") => fuzz::run_all(&args[1..]),
        Some("build") => build::Options::parse(&args[1..]).and_then(|options| {
            tools::Tools::ensure(tools::Need::Build).and_then(|t| build::portal_with(&t, &options))
        }),
        Some("tools") => tools::Tools::ensure(tools::Need::Test).map(|_| ()),
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
