//! The reference server: its binary built, and a process of it on a free port with a
//! fresh database (the benchmarks, the prerender), stopped when dropped.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

use anyhow::{bail, Context, Result};

use crate::process::{run, step, workspace_root};

/// Builds the reference server (`release` or the dev profile) and returns its binary.
pub fn build(release: bool) -> Result<PathBuf> {
    step(&format!(
        "Building the reference API server ({} profile; about 1-2 min cold)",
        if release { "release" } else { "dev" }
    ));
    let mut command = Command::new("cargo");
    command
        .args(["build", "--package", "server", "--bin", "portal-server"])
        .current_dir(workspace_root());
    if release {
        command.arg("--release");
    }
    run(
        &mut command,
        "the server does not build: see the compiler output above",
    )?;
    let profile = if release { "release" } else { "debug" };
    Ok(workspace_root()
        .join("target")
        .join(profile)
        .join("portal-server"))
}

pub struct ServerProcess {
    child: Child,
    pub addr: String,
    _data: TempDir,
}

/// A temporary folder removed on drop (no extra dependency for this alone).
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl ServerProcess {
    pub fn start(
        bin: &Path,
        dist: &Path,
        // Generated (programmes, start-ups) to reach, for measurements at scale.
        scale: Option<(usize, usize)>,
    ) -> Result<ServerProcess> {
        let data = std::env::temp_dir().join(format!(
            "portal-server-{}-{}",
            std::process::id(),
            scale.map_or(0, |(p, s)| p + s)
        ));
        let _ = std::fs::remove_dir_all(&data);
        let mut command = Command::new(bin);
        command
            // The prerender and the benchmarks draw and measure the sample content too.
            .args(["--demo-accounts", "--addr", "127.0.0.1:0", "--data"])
            .arg(&data)
            .arg("--dist")
            .arg(dist)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped());
        if let Some((programmes, startups)) = scale {
            command.args(["--sample-programmes", &programmes.to_string()]);
            command.args(["--sample-startups", &startups.to_string()]);
        }
        let mut child = command
            .spawn()
            .with_context(|| format!("starting the server {}", bin.display()))?;
        let stdout = child.stdout.take().expect("piped");
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.split("listening on http://").nth(1) {
                        break url.trim().to_owned();
                    }
                }
                _ => bail!("the server exited before listening"),
            }
        };
        Ok(ServerProcess {
            child,
            addr,
            _data: TempDir(data),
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
