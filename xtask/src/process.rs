//! Running commands with a clear line about what runs and a clear error when it fails.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

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
pub fn run(command: &mut Command, hint: &str) -> Result<(), String> {
    let started = Instant::now();
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}\n{hint}"))?;
    if status.success() {
        println!("    done in {:.0?}", started.elapsed());
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})\n{hint}"))
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
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("reading {}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
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
