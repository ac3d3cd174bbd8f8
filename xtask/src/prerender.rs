//! Prerendering: every public page written as HTML by the app's own components
//! (`src/bin/prerender/`, a native build with Leptos `ssr`), with the published content
//! taken from the API the build is made for, or from a reference server started for the
//! purpose ([`Source`]).

use std::process::Command;

use anyhow::{Context, Result};

use crate::{
    process::{run, step, workspace_root},
    server_process::{self, Content, ServerProcess},
};

/// Where the prerender reads the content the pages publish.
#[derive(Debug, PartialEq)]
pub enum Source {
    /// A running API, by its base URL (the one `/api/v1/…` follows).
    Api(String),
    /// The reference server, started on a fresh database holding this content.
    Reference(Content),
}

/// The prerender's own target folder: it builds the portal natively with `--cfg
/// erase_components`, as the wasm is (the same view types, so the same hydration
/// markers), without invalidating the other native builds.
fn target_dir() -> std::path::PathBuf {
    workspace_root().join("target/prerender")
}

/// The prerender's binary, once [`pages`] has built it.
pub fn binary() -> std::path::PathBuf {
    target_dir().join("debug/prerender")
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

/// Every public page into `dist`, with the content `source` serves, its links under
/// `base`; with `site_url`, each names its canonical address, its language versions and
/// its link-preview addresses (uploaded logos at `api_base`, the site's origin if
/// `None`), and the sitemap is written.
pub fn pages(
    dist: &std::path::Path,
    source: &Source,
    site_url: Option<&str>,
    api_base: Option<&str>,
    base: &model::public_base::PublicBase,
) -> Result<()> {
    step("Prerendering every public page (native Leptos ssr build; about 3 min cold, 10 s warm)");
    run(
        &mut cargo("build", &[]),
        "the prerender does not build: see the compiler output above",
    )?;
    // Kept until the pages are written: the reference server, if the build starts one.
    let (api, _reference) = match source {
        Source::Api(url) => (url.clone(), None),
        Source::Reference(content) => {
            let server_bin = server_process::build(false)?;
            let empty = tempfile::tempdir().context("a folder for the server to serve")?;
            let server = ServerProcess::start(&server_bin, empty.path(), *content)?;
            (server.url(""), Some((server, empty)))
        }
    };
    println!("    published content read from {api} ({source:?})");
    let mut command = Command::new(binary());
    command
        .arg("--api")
        .arg(&api)
        .arg("--dist")
        .arg(dist)
        .arg("--public-url")
        .arg(base.folder());
    if let Some(site) = site_url {
        command.arg("--site-url").arg(site);
    }
    if let Some(api_base) = api_base {
        command.arg("--api-base").arg(api_base);
    }
    run(
        &mut command,
        &format!(
            "the prerender failed reading {api}: see above (a build machine that cannot reach \
             --api-base reads a copy of it with --prerender-from)"
        ),
    )
}
