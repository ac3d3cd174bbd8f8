//! Installs the exact tool versions the build needs into a cache outside the checkout,
//! once, and reuses them. trunk must never download anything itself: it only uses tools
//! on PATH whose versions match the pins in `Trunk.toml`.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{bail, Context, Result};

use crate::process::{output, run, step, which, workspace_root};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132";
pub const AXE_CORE_VERSION: &str = "4.14.1";
/// The Nu Html Checker (npm `vnu-jar`, run with Debian's Java).
pub const VNU_VERSION: &str = "26.9.27";
pub const CARGO_DENY_VERSION: &str = "0.20.2";

/// What the caller is about to do, hence which tools it needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Build the release portal.
    Build,
    /// Build and test it in headless Chromium.
    Test,
}

/// Paths of the installed tools.
pub struct Tools {
    pub dir: PathBuf,
    pub chromedriver: Option<PathBuf>,
    pub chromium: Option<PathBuf>,
    /// nginx, for the end-to-end test of `dist/` on a static host.
    pub nginx: Option<PathBuf>,
}

impl Tools {
    pub fn bin_dir(&self) -> PathBuf {
        self.dir.join("bin")
    }

    pub fn npm_bin_dir(&self) -> PathBuf {
        self.dir.join("npm").join("node_modules").join(".bin")
    }

    pub fn axe_core_js(&self) -> PathBuf {
        self.dir.join("npm/node_modules/axe-core/axe.min.js")
    }

    pub fn vnu_jar(&self) -> PathBuf {
        self.dir.join("npm/node_modules/vnu-jar/build/dist/vnu.jar")
    }

    /// PATH with the tools first, for trunk and the wasm test runner.
    pub fn path_env(&self) -> OsString {
        let mut paths = vec![self.bin_dir(), self.npm_bin_dir()];
        if let Some(existing) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&existing));
        }
        std::env::join_paths(paths).expect("tool paths hold no separator")
    }

    pub fn ensure(need: Need) -> Result<Tools> {
        let dir = tools_dir()?;
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the tools cache {}", dir.display()))?;
        println!(
            "Tools cache: {} (set PORTAL_TOOLS_DIR to move it)",
            dir.display()
        );
        ensure_wasm_target()?;
        let bindgen = wasm_bindgen_version()?;
        check_trunk_pins(&bindgen)?;
        ensure_cargo_tool(
            &dir,
            "trunk",
            TRUNK_VERSION,
            &format!("trunk {TRUNK_VERSION}"),
            &["install", "--locked", "trunk", "--version", TRUNK_VERSION],
            "about 9 minutes on 2 cores",
        )?;
        // No --locked: wasm-bindgen-cli's lockfile pins a crate missing from the registry.
        ensure_cargo_tool(
            &dir,
            "wasm-bindgen",
            &bindgen,
            &format!("wasm-bindgen {bindgen}"),
            &["install", "wasm-bindgen-cli", "--version", &bindgen],
            "about 3 minutes on 2 cores",
        )?;
        ensure_npm_tools(&dir)?;
        if need == Need::Test {
            ensure_cargo_tool(
                &dir,
                "cargo-deny",
                CARGO_DENY_VERSION,
                &format!("cargo-deny {CARGO_DENY_VERSION}"),
                &[
                    "install",
                    "--locked",
                    "cargo-deny",
                    "--version",
                    CARGO_DENY_VERSION,
                ],
                "about 6 minutes on 2 cores",
            )?;
        }
        let (chromium, chromedriver, nginx) = if need == Need::Test {
            ensure_java()?;
            let (c, d) = ensure_chromium()?;
            (Some(c), Some(d), Some(ensure_nginx()?))
        } else {
            (None, None, None)
        };
        Ok(Tools {
            dir,
            chromedriver,
            chromium,
            nginx,
        })
    }
}

pub fn tools_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PORTAL_TOOLS_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME").context("HOME is not set; set PORTAL_TOOLS_DIR")?;
    Ok(Path::new(&home).join(".cache/parisante-portal/tools"))
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output(Path::new("rustup"), &["target", "list", "--installed"])
        .context("rustup is needed to add the wasm32 target: install it from https://rustup.rs")?;
    if installed
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step("Adding the wasm32-unknown-unknown Rust target (rustup, about 30 s, once)");
    run(
        Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "run by hand: rustup target add wasm32-unknown-unknown",
    )
}

/// The exact wasm-bindgen version in Cargo.lock: the CLI must match it byte for byte.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(workspace_root().join("Cargo.lock"))
        .context("cannot read Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

/// Trunk.toml must pin the versions xtask installs, or trunk would try to download.
fn check_trunk_pins(bindgen: &str) -> Result<()> {
    let trunk_toml = std::fs::read_to_string(workspace_root().join("Trunk.toml"))
        .context("cannot read Trunk.toml")?;
    for expected in [
        format!("wasm_bindgen = \"{bindgen}\""),
        format!("wasm_opt = \"version_{BINARYEN_VERSION}\""),
    ] {
        if !trunk_toml.contains(&expected) {
            bail!(
                "Trunk.toml must pin `{expected}` under [tools] (it must match Cargo.lock and xtask)"
            );
        }
    }
    Ok(())
}

fn ensure_cargo_tool(
    dir: &Path,
    binary: &str,
    version: &str,
    expected_version_line: &str,
    install_args: &[&str],
    duration: &str,
) -> Result<()> {
    let path = dir.join("bin").join(binary);
    if output(&path, &["--version"]).is_some_and(|v| v.starts_with(expected_version_line)) {
        return Ok(());
    }
    step(&format!(
        "Installing {binary} {version} into the tools cache (cargo install, {duration}, once)"
    ));
    let root = dir.to_string_lossy().into_owned();
    let mut args: Vec<&str> = install_args.to_vec();
    args.extend(["--root", &root]);
    run(
        Command::new("cargo").args(&args),
        &format!(
            "install it by hand: cargo {} --root {root}",
            install_args.join(" ")
        ),
    )
}

fn ensure_npm_tools(dir: &Path) -> Result<()> {
    let npm_dir = dir.join("npm");
    let wasm_opt = npm_dir.join("node_modules/.bin/wasm-opt");
    let axe_package = npm_dir.join("node_modules/axe-core/package.json");
    let wasm_opt_ok = output(&wasm_opt, &["--version"])
        .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}")));
    let axe_ok = std::fs::read_to_string(&axe_package)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{AXE_CORE_VERSION}\"")));
    let vnu_ok = std::fs::read_to_string(npm_dir.join("node_modules/vnu-jar/package.json"))
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{VNU_VERSION}\"")));
    if wasm_opt_ok && axe_ok && vnu_ok {
        return Ok(());
    }
    if which("npm").is_none() {
        bail!("npm is needed for wasm-opt (binaryen) and axe-core: install Node.js 20 and npm (apt-get install nodejs npm)");
    }
    step(&format!(
        "Installing wasm-opt (npm binaryen@{BINARYEN_VERSION}), axe-core@{AXE_CORE_VERSION} and vnu-jar@{VNU_VERSION} into the tools cache (npm, about 20 s, once)"
    ));
    std::fs::create_dir_all(&npm_dir).with_context(|| format!("creating {}", npm_dir.display()))?;
    let binaryen = format!("binaryen@{BINARYEN_VERSION}");
    let axe = format!("axe-core@{AXE_CORE_VERSION}");
    let vnu = format!("vnu-jar@{VNU_VERSION}");
    run(
        Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--save-exact",
                "--prefix",
            ])
            .arg(&npm_dir)
            .args([&binaryen, &axe, &vnu]),
        &format!(
            "install by hand: npm install --prefix {} {binaryen} {axe} {vnu}",
            npm_dir.display()
        ),
    )
}

/// apt-get (through sudo when not root) with `hint` if it fails.
fn apt(args: &[&str], hint: &str) -> Result<()> {
    let is_root = output(Path::new("id"), &["-u"]).is_some_and(|uid| uid == "0");
    let mut command = if is_root {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut command, hint)
}

/// Java, for the Nu Html Checker: Debian's headless JRE, installed with apt when missing.
fn ensure_java() -> Result<()> {
    if which("java").is_some() {
        return Ok(());
    }
    step("Installing Java for the HTML checker (apt-get default-jre-headless, once per machine)");
    let hint = "install by hand: sudo apt-get install -y default-jre-headless";
    apt(&["update"], hint)?;
    apt(&["install", "-y", "default-jre-headless"], hint)?;
    which("java")
        .map(|_| ())
        .with_context(|| format!("java still missing; {hint}"))
}

/// Debian's nginx, for serving `dist/` as a static host would; installed with apt when
/// missing. The tests start it themselves on a free port: the package's own service is
/// neither needed nor started.
fn ensure_nginx() -> Result<PathBuf> {
    let find = || {
        which("nginx").or_else(|| Some(PathBuf::from("/usr/sbin/nginx")).filter(|p| p.is_file()))
    };
    if let Some(found) = find() {
        return Ok(found);
    }
    step("Installing nginx for the static-host test (apt-get nginx, once per machine)");
    let hint = "install by hand: sudo apt-get install -y nginx";
    apt(&["update"], hint)?;
    apt(&["install", "-y", "nginx"], hint)?;
    find().with_context(|| format!("nginx still missing; {hint}"))
}

/// Debian's Chromium and ChromeDriver (same version), installed with apt when missing.
fn ensure_chromium() -> Result<(PathBuf, PathBuf)> {
    let find = || Some((which("chromium")?, which("chromedriver")?));
    if let Some(found) = find() {
        return Ok(found);
    }
    step("Installing Chromium and ChromeDriver (apt-get, about 1 minute, once per machine)");
    let hint = "install by hand: sudo apt-get install -y chromium chromium-driver";
    apt(&["update"], hint)?;
    apt(&["install", "-y", "chromium", "chromium-driver"], hint)?;
    find().with_context(|| format!("chromium or chromedriver still missing after apt-get; {hint}"))
}
