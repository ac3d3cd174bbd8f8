//! `cargo xtask fuzz [--seconds N]`: runs every cargo-fuzz target (query strings, search,
//! profile validation) for a bounded time each, starting from the small corpus kept in
//! `fuzz/corpus/`, and fails on any crash, naming the input that caused it.

use std::process::Command;

use crate::{
    process::{output, run, step, workspace_root},
    tools::tools_dir,
};

pub const TARGETS: [&str; 4] = ["query_string", "search", "profile_edit", "agenda"];
const CARGO_FUZZ_VERSION: &str = "0.13";

pub fn run_all(args: &[String]) -> Result<(), String> {
    let mut seconds = 60u32;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = iter
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--seconds needs a number")?
            }
            other => return Err(format!("fuzz: unknown argument `{other}`")),
        }
    }
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
        std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        for entry in
            std::fs::read_dir(fuzz_dir.join("corpus").join(target)).map_err(|e| e.to_string())?
        {
            let path = entry.map_err(|e| e.to_string())?.path();
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, corpus.join(name)).map_err(|e| e.to_string())?;
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
