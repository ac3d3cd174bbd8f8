//! The portal's wasm, cut into chunks, the way cargo-leptos `--split` does it (trunk cannot
//! split: trunk-rs/trunk#1022):
//! cargo with the relocations kept → wasm-split (the `wasm_split_cli_support` library, at
//! the points `#[wasm_split]` marks in `src/pages/chunks.rs`) → wasm-bindgen on the main
//! part → wasm-opt on every part → one content-hashed folder `dist/pkg-<hash>/`.
//!
//! The parts load one another by relative names (`./portal.js`, `./__wasm_split.js`,
//! `./split_space.wasm`), so the folder is hashed as a whole instead of each file.

use std::{
    hash::{Hash, Hasher},
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{anyhow, bail, Context, Result};

use crate::{
    process::{files_under, run, workspace_root},
    tools::Tools,
};

/// What the page needs to start the portal, relative to the site root.
pub struct Bundle {
    /// `pkg-<hash>`, the folder of `dist/` holding every part.
    pub folder: String,
    /// The wasm files, with their raw sizes: the main part first, then the chunks.
    pub parts: Vec<(String, u64)>,
}

impl Bundle {
    pub fn js(&self) -> String {
        format!("{}/portal.js", self.folder)
    }

    pub fn wasm(&self) -> String {
        format!("{}/portal_bg.wasm", self.folder)
    }
}

/// The cargo profile of the shipped wasm (size first, see Cargo.toml).
const PROFILE: &str = "wasm-release";
/// wasm-opt's features: what rustc 1.95 enables on wasm32-unknown-unknown, all in every
/// browser the portal supports.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
];

/// Builds the split wasm into `dist/pkg-<hash>/`. The parts depend on the compiled wasm
/// only (not on the public base or the API), so a second build from the same code (the
/// sub-path build of `cargo xtask test`) copies them from `target/split/done-<hash>/`
/// instead of splitting and optimising again.
pub fn build(tools: &Tools, dist: &Path) -> Result<Bundle> {
    let target_dir = workspace_root().join("target").join("split");
    let raw = compile(&target_dir)?;
    let bytes = std::fs::read(&raw).with_context(|| format!("reading {}", raw.display()))?;
    refuse_build_paths(&bytes)?;
    let done = target_dir.join(format!("done-{:016x}", {
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        hasher.finish()
    }));
    if !done.is_dir() {
        let pkg = split_and_optimise(tools, &raw, &target_dir)?;
        let reading = || format!("reading {}", target_dir.display());
        for old in std::fs::read_dir(&target_dir).with_context(reading)? {
            let old = old.with_context(reading)?.path();
            if file_name(&old).starts_with("done-") {
                let _ = std::fs::remove_dir_all(&old);
            }
        }
        std::fs::rename(&pkg, &done).context("keeping the parts")?;
    }
    let mut parts = Vec::new();
    for file in wasm_files(&done)? {
        let size = std::fs::metadata(&file)
            .with_context(|| format!("reading {}", file.display()))?
            .len();
        parts.push((file_name(&file), size));
    }
    parts.sort_by_key(|(name, _)| (name != "portal_bg.wasm", name.clone()));
    let folder = format!("pkg-{:016x}", folder_hash(&done)?);
    let target = dist.join(&folder);
    let _ = std::fs::remove_dir_all(&target);
    std::fs::create_dir_all(&target).with_context(|| format!("creating {}", target.display()))?;
    for file in files_under(&done)? {
        copy(&file, &target.join(file_name(&file)))?;
    }
    Ok(Bundle { folder, parts })
}

/// wasm-split, wasm-bindgen and wasm-opt: the finished parts, in `target_dir/parts/pkg`.
fn split_and_optimise(tools: &Tools, raw: &Path, target_dir: &Path) -> Result<PathBuf> {
    let work = target_dir.join("parts");
    let _ = std::fs::remove_dir_all(&work);
    let split_dir = work.join("split");
    let pkg = work.join("pkg");
    split(raw, &split_dir)?;
    bindgen(tools, &split_dir.join("main.wasm"), &pkg)?;
    // The chunks are not passed through wasm-bindgen: they share the main part's imports.
    for chunk in wasm_files(&split_dir)? {
        if chunk.file_name().is_some_and(|n| n != "main.wasm") {
            copy(&chunk, &pkg.join(chunk.file_name().expect("a file name")))?;
        }
    }
    copy(
        &split_dir.join("__wasm_split.js"),
        &pkg.join("__wasm_split.js"),
    )?;
    for file in wasm_files(&pkg)? {
        optimise(tools, &file)?;
    }
    Ok(pkg)
}

/// `cargo build` of the hydrating portal with the split points on. The relocations stay
/// in the output (`--emit-relocs`): wasm-split needs them to move code between parts. Its
/// own target folder, because these flags differ from every other wasm build's.
fn compile(target_dir: &Path) -> Result<PathBuf> {
    run(
        Command::new("cargo")
            .args([
                "build",
                "--package",
                "portal",
                "--bin",
                "portal",
                "--target",
                "wasm32-unknown-unknown",
                "--profile",
                PROFILE,
                "--no-default-features",
                "--features",
                "hydrate,split",
                "--target-dir",
            ])
            .arg(target_dir)
            .current_dir(workspace_root())
            // These replace `.cargo/config.toml`'s target rustflags, so they are repeated
            // here. Separated by 0x1f (cargo's encoded form): a path may hold spaces.
            .env_remove("RUSTFLAGS")
            .env("CARGO_ENCODED_RUSTFLAGS", rustflags().join("\u{1f}")),
        "the portal's wasm does not build: see the compiler output above",
    )?;
    Ok(target_dir
        .join("wasm32-unknown-unknown")
        .join(PROFILE)
        .join("portal.wasm"))
}

/// The folders of this machine whose paths rustc writes into panic messages and debug
/// strings: the registry's sources and this checkout.
fn build_folders() -> Vec<(PathBuf, &'static str)> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    let mut folders: Vec<(PathBuf, &'static str)> = cargo_home
        .into_iter()
        .map(|home| (home, "/cargo"))
        .collect();
    folders.push((workspace_root(), "/portal"));
    folders
}

/// The shipped wasm's flags: component types erased, relocations kept for wasm-split, and
/// the build machine's paths replaced (visitors download the file: it names no folder of
/// ours, about 100 did before).
fn rustflags() -> Vec<String> {
    let mut flags: Vec<String> = ["--cfg", "erase_components", "-Clink-args=--emit-relocs"]
        .map(String::from)
        .to_vec();
    for (folder, shown) in build_folders() {
        flags.push(format!("--remap-path-prefix={}={shown}", folder.display()));
    }
    flags
}

/// Fails when the compiled wasm still names a folder of this machine.
fn refuse_build_paths(wasm: &[u8]) -> Result<()> {
    for (folder, _) in build_folders() {
        let needle = folder.display().to_string();
        if needle.len() > 1 && wasm.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            bail!(
                "the portal's wasm names the build machine's folder {needle}: \
                 --remap-path-prefix missed it"
            );
        }
    }
    Ok(())
}

fn split(raw: &Path, out: &Path) -> Result<()> {
    let input = std::fs::read(raw).with_context(|| format!("reading {}", raw.display()))?;
    let main = out.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = out;
    options.main_out_path = &main;
    options.main_module = "./portal.js";
    options.link_name = "./__wasm_split.js";
    // Its error (an eyre report) is not a std error: kept as text, with eyre's chain.
    let split = wasm_split_cli_support::transform(options)
        .map_err(|e| anyhow!("wasm-split failed: {e:?}"))?;
    println!(
        "    wasm-split: main part and {} chunk(s)",
        split.split_modules.len()
    );
    Ok(())
}

fn bindgen(tools: &Tools, main: &Path, out: &Path) -> Result<()> {
    run(
        Command::new(tools.bin_dir().join("wasm-bindgen"))
            .args([
                "--target",
                "web",
                "--keep-lld-exports",
                "--no-typescript",
                "--out-name",
                "portal",
                "--out-dir",
            ])
            .arg(out)
            .arg(main),
        "wasm-bindgen failed on the split wasm",
    )
}

fn optimise(tools: &Tools, file: &Path) -> Result<()> {
    run(
        Command::new(tools.npm_bin_dir().join("wasm-opt"))
            .arg("-Oz")
            .args(WASM_FEATURES)
            .arg(file)
            .arg("-o")
            .arg(file),
        "wasm-opt failed",
    )
}

fn wasm_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let reading = || format!("reading {}", dir.display());
    for entry in std::fs::read_dir(dir).with_context(reading)? {
        let path = entry.with_context(reading)?.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A hash of every file of the folder (names and contents), for cache busting. std's
/// SipHash with its fixed keys: the same bytes give the same name with the same toolchain.
fn folder_hash(dir: &Path) -> Result<u64> {
    let files = files_under(dir)?;
    let mut hasher = std::hash::DefaultHasher::new();
    for file in files {
        file.strip_prefix(dir)
            .expect("inside dir")
            .hash(&mut hasher);
        std::fs::read(&file)
            .with_context(|| format!("reading {}", file.display()))?
            .hash(&mut hasher);
    }
    Ok(hasher.finish())
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .map(|_| ())
        .with_context(|| format!("copying {}", from.display()))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}
