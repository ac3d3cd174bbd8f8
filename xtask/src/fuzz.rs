//! `cargo xtask fuzz [--seconds N]`: runs every cargo-fuzz target (query strings, search,
//! profile validation) for a bounded time each, starting from the small corpus kept in
//! `fuzz/corpus/`, and fails on any crash, naming the input that caused it.

use std::process::Command;

use anyhow::{Context, Result};

use crate::{
    process::{output, run, step, workspace_root},
    tools::tools_dir,
};

pub const TARGETS: [&str; 4] = ["query_string", "search", "profile_edit", "agenda"];
const CARGO_FUZZ_VERSION: &str = "0.13";

/// How `cargo xtask fuzz` runs the targets.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// How long each target runs, in seconds
    #[arg(long, value_name = "N", default_value_t = 60)]
    pub seconds: u32,
}

pub fn run_all(options: &Options) -> Result<()> {
    let seconds = options.seconds;
    let tools_dir = tools_dir()?;
    let nightly = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !nightly {
        step("Installing the nightly toolchain (rustup, minimal profile, about 1 minute, once): cargo-fuzz needs it");
        run(
            Command::new("rustup").args([
                "toolchain",
                "install",
                "nightly",
                "--profile",
                "minimal",
            ]),
            "install it by hand: rustup toolchain install nightly --profile minimal",
        )?;
    }
    let cargo_fuzz = tools_dir.join("bin/cargo-fuzz");
    if !output(&cargo_fuzz, &["--version"]).is_some_and(|v| v.contains(CARGO_FUZZ_VERSION)) {
        step("Installing cargo-fuzz into the tools cache (cargo install, about 2 minutes, once)");
        let root = tools_dir.to_string_lossy().into_owned();
        run(
            Command::new("cargo").args([
                "install",
                "--locked",
                "cargo-fuzz",
                "--version",
                &format!("^{CARGO_FUZZ_VERSION}"),
                "--root",
                &root,
            ]),
            &format!("install it by hand: cargo install cargo-fuzz --root {root}"),
        )?;
    }
    let fuzz_dir = workspace_root().join("fuzz");
    let scratch = workspace_root().join("target/fuzz-corpus");
    for target in TARGETS {
        step(&format!("Fuzzing `{target}` for {seconds} s (first run builds with nightly + ASan, a few minutes)"));
        // Runs start from the kept corpus; what they discover stays out of the repository.
        let corpus = scratch.join(target);
        std::fs::create_dir_all(&corpus)
            .with_context(|| format!("creating {}", corpus.display()))?;
        let kept = fuzz_dir.join("corpus").join(target);
        let reading = || format!("reading {}", kept.display());
        for entry in std::fs::read_dir(&kept).with_context(reading)? {
            let path = entry.with_context(reading)?.path();
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, corpus.join(name))
                    .with_context(|| format!("copying {} into the corpus", path.display()))?;
            }
        }
        run(
            Command::new(&cargo_fuzz)
                .current_dir(&fuzz_dir)
                .env("RUSTUP_TOOLCHAIN", "nightly")
                .args(["fuzz", "run", target])
                .arg(&corpus)
                .args(["--", &format!("-max_total_time={seconds}"), "-max_len=4096", "-print_final_stats=1"]),
            &format!("`{target}` crashed: the input is under fuzz/artifacts/{target}/; reproduce with cargo +nightly fuzz run {target} <file>"),
        )?;
    }
    println!(
        "\nFuzzing done: {} targets × {seconds} s, no crash.",
        TARGETS.len()
    );
    Ok(())
}
