//! Running commands with a clear line about what runs and a clear error when it fails.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{bail, Context, Result};

/// The workspace root (the parent of `xtask/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_owned()
}

/// Prints a step header, like `==> Building the portal (about 2 min cold)`.
pub fn step(what: &str) {
    println!("\n==> {what}");
}

/// Runs `command` with inherited output; fails with `hint` when it does not succeed.
pub fn run(command: &mut Command, hint: &str) -> Result<()> {
    let started = Instant::now();
    let shown = format!("{command:?}");
    let status = command
        .status()
        .with_context(|| format!("cannot start {shown} ({hint})"))?;
    if status.success() {
        println!("    done in {:.0?}", started.elapsed());
        Ok(())
    } else {
        bail!("{shown} failed ({status})\n{hint}")
    }
}

/// Runs `program args` and returns its trimmed stdout, or `None` if it cannot run or fails.
pub fn output(program: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Finds an executable on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Every file below `dir`, in its sub-folders too, sorted.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let reading = || format!("reading {}", folder.display());
        for entry in std::fs::read_dir(&folder).with_context(reading)? {
            let path = entry.with_context(reading)?.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
