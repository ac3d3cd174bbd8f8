//! Prerendering: every public page written as HTML by the app's own components
//! (`src/bin/prerender.rs`, a native build with Leptos `ssr`), with the published content
//! taken from the reference API (its seed) started for the purpose.

use std::process::Command;

use anyhow::{Context, Result};

use crate::{
    process::{run, step, workspace_root},
    server_process::{self, ServerProcess},
};

/// The prerender's own target folder: it builds the portal natively with `--cfg
/// erase_components`, as the wasm is (the same view types, so the same hydration
/// markers), without invalidating the other native builds.
fn target_dir() -> std::path::PathBuf {
    workspace_root().join("target/prerender")
}

/// `cargo <subcommand>` of the prerender binary (the portal with `ssr`, in its own
/// target folder and with the wasm's cfg), then `extra` arguments.
pub fn cargo(subcommand: &str, extra: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .args([
            subcommand,
            "--package",
            "portal",
            "--no-default-features",
            "--features",
            "ssr",
            "--bin",
            "prerender",
        ])
        .args(extra)
        .current_dir(workspace_root())
        .env("CARGO_TARGET_DIR", target_dir())
        .env("RUSTFLAGS", "--cfg erase_components");
    command
}

/// Every public page into `dist`, its links under `base`; with `site_url`, each names its
/// canonical address, its language versions and its link-preview addresses (uploaded logos
/// at `api_base`, the site's origin if `None`), and the sitemap is written.
pub fn pages(
    dist: &std::path::Path,
    site_url: Option<&str>,
    api_base: Option<&str>,
    base: &model::public_base::PublicBase,
) -> Result<()> {
    step("Prerendering every public page (native Leptos ssr build; about 3 min cold, 10 s warm)");
    run(
        &mut cargo("build", &[]),
        "the prerender does not build: see the compiler output above",
    )?;
    let server_bin = server_process::build(false)?;
    let empty = std::env::temp_dir().join(format!("portal-prerender-dist-{}", std::process::id()));
    std::fs::create_dir_all(&empty).with_context(|| format!("creating {}", empty.display()))?;
    let api = ServerProcess::start(&server_bin, &empty, None)?;
    let mut command = Command::new(target_dir().join("debug/prerender"));
    command
        .arg("--api")
        .arg(api.url(""))
        .arg("--dist")
        .arg(dist);
    command.arg("--public-url").arg(base.folder());
    if let Some(site) = site_url {
        command.arg("--site-url").arg(site);
    }
    if let Some(api_base) = api_base {
        command.arg("--api-base").arg(api_base);
    }
    let result = run(&mut command, "the prerender failed: see above");
    drop(api);
    let _ = std::fs::remove_dir_all(&empty);
    result
}
