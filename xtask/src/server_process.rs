//! The reference server: its binary built, and a process of it on a free port with a
//! fresh database (the benchmarks, the prerender, the tests' builds), stopped when dropped.

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
    _data: tempfile::TempDir,
}

/// What a fresh database of the server holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Content {
    /// The campus facts and the article's real start-ups only: what a deployment publishes.
    Facts,
    /// Also the samples and the demo accounts (`--demo-accounts`): a demonstration, the
    /// tests and the benchmarks, which draw and measure the sample content too.
    Samples,
    /// The samples and this many generated programmes and start-ups, for measurements at
    /// scale.
    Scale(usize, usize),
}

impl Content {
    fn args(self) -> Vec<String> {
        let mut args = Vec::new();
        if self != Content::Facts {
            args.push("--demo-accounts".to_owned());
        }
        if let Content::Scale(programmes, startups) = self {
            args.extend(["--sample-programmes".to_owned(), programmes.to_string()]);
            args.extend(["--sample-startups".to_owned(), startups.to_string()]);
        }
        args
    }
}

impl ServerProcess {
    pub fn start(bin: &Path, dist: &Path, content: Content) -> Result<ServerProcess> {
        let data = tempfile::Builder::new()
            .prefix("portal-server-")
            .tempdir()
            .context("a folder for the server's database")?;
        let mut command = Command::new(bin);
        command
            .args(content.args())
            .args(["--addr", "127.0.0.1:0", "--data"])
            .arg(data.path())
            .arg("--dist")
            .arg(dist)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped());
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
            _data: data,
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
