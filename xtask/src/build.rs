//! Building the release portal with trunk, and `serve`.

use std::{path::PathBuf, process::Command};

use model::public_base::PublicBase;

use crate::{
    process::{run, step, workspace_root},
    server_process,
    tools::{Need, Tools},
};

pub fn dist_dir() -> PathBuf {
    workspace_root().join("dist")
}

/// How `cargo xtask build` is asked to build.
#[derive(Debug, Default)]
pub struct Options {
    /// The API's base URL (`--api-base`): written to `config.json`, its origin allowed by
    /// the host files' CSP. `None`: the API is on the portal's own origin.
    pub api_base: Option<String>,
    /// The portal's public address (`--site-url https://portail.example.org`): every page
    /// then names its canonical address and its language versions (hreflang).
    pub site_url: Option<String>,
    /// The path the portal is published under (`--public-url /portail/`; the site's root
    /// by default): every link, asset, route and canonical address follows it.
    pub public_url: PublicBase,
    /// Where to build (`dist/` by default).
    pub dist: Option<PathBuf>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--api-base" => {
                    let value = args.next().ok_or("--api-base needs a URL")?;
                    deploy::origin_of(value).map_err(|e| format!("--api-base {e}"))?;
                    options.api_base = Some(value.trim().trim_end_matches('/').to_owned());
                }
                "--public-url" => {
                    let value = args
                        .next()
                        .ok_or("--public-url needs a path such as /portail/")?;
                    options.public_url =
                        PublicBase::parse(value).map_err(|e| format!("--public-url {e}"))?;
                }
                "--site-url" => {
                    let value = args.next().ok_or("--site-url needs a URL")?;
                    let origin = deploy::origin_of(value)
                        .map_err(|e| format!("--site-url {e}"))?
                        .ok_or("--site-url needs an absolute URL")?;
                    if value.trim().trim_end_matches('/') != origin {
                        return Err(format!(
                            "--site-url {value}: the origin only; give the path with --public-url"
                        ));
                    }
                    options.site_url = Some(origin);
                }
                other => return Err(format!("build: unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// [`portal_with`] the default options: the API on the portal's own origin.
pub fn portal(tools: &Tools) -> Result<(), String> {
    portal_with(tools, &Options::default())
}

/// trunk (HTML, the stylesheet, `public/`) and the split wasm into `dist/`, then every
/// public page prerendered into it (HTML first), the runtime config and the static hosts'
/// header files, then everything precompressed.
pub fn portal_with(tools: &Tools, options: &Options) -> Result<(), String> {
    step(
        "Building the portal in release mode (wasm, split, wasm-opt; about 3 min cold, 30 s warm)",
    );
    let dist = options.dist.clone().unwrap_or_else(dist_dir);
    let _ = std::fs::remove_dir_all(&dist);
    trunk_build(tools, "index.html", &dist, &options.public_url)?;
    let bundle = crate::wasm::build(tools, &dist)?;
    for (name, size) in &bundle.parts {
        println!("    {}/{name}: {} KB", bundle.folder, size / 1024);
    }
    // trunk's page, with an empty #app: what addresses the build does not write get.
    let page = std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    std::fs::write(
        dist.join("shell.html"),
        with_boot_script(&page, &bundle, &options.public_url)?,
    )
    .map_err(|e| format!("writing shell.html: {e}"))?;
    std::fs::remove_file(dist.join("index.html")).map_err(|e| e.to_string())?;
    crate::prerender::pages(&dist, options.site_url.as_deref(), &options.public_url)?;
    deploy::configure(&dist, options.api_base.as_deref().unwrap_or(""))?;
    precompress(&dist)
}

/// The page with the `<script>` that starts the wasm in place of the rust link trunk
/// skipped: `boot.js`, a file rather than an inline script, so the CSP needs no
/// 'unsafe-inline'. `data-base` tells the app where it is published (one source: the
/// prerender writes this same shell around every page). No `<link rel="preload">` of the wasm: every public page arrives
/// rendered, and on a slow link those bytes would only compete with the page's own HTML,
/// CSS and images for the first paint.
fn with_boot_script(
    page: &str,
    bundle: &crate::wasm::Bundle,
    base: &PublicBase,
) -> Result<String, String> {
    let script = format!(
        "<script type=\"module\" src=\"{}\" data-base=\"{base}\" data-js=\"{}\" data-wasm=\"{}\"></script>",
        base.asset("boot.js"),
        base.asset(&bundle.js()),
        base.asset(&bundle.wasm())
    );
    let start = page
        .find("<link data-trunk rel=\"rust\"")
        .ok_or("trunk's index.html has lost its skipped rust link")?;
    let end = start + page[start..].find('>').ok_or("an unclosed link")? + 1;
    Ok(format!("{}{script}{}", &page[..start], &page[end..]))
}

pub fn precompress(dist: &std::path::Path) -> Result<(), String> {
    let count = crate::compress::precompress_dir(dist)?;
    println!("    precompressed {count} files (brotli 11, gzip 9)");
    Ok(())
}

/// `trunk build --release` of `target` (an index.html) into `dist`, its links under `base`.
pub fn trunk_build(
    tools: &Tools,
    target: &str,
    dist: &std::path::Path,
    base: &PublicBase,
) -> Result<(), String> {
    let joined = crate::styles::bundle()?;
    println!("    joined {joined} stylesheets into one");
    run(
        Command::new(tools.bin_dir().join("trunk"))
            .args(["build", target, "--release", "--dist"])
            .arg(dist)
            .arg("--public-url")
            .arg(base.folder())
            .current_dir(workspace_root())
            .env("PATH", tools.path_env())
            .env("TRUNK_SKIP_VERSION_CHECK", "true"),
        "the portal does not build: see the compiler output above",
    )
}

pub fn serve(args: &[String]) -> Result<(), String> {
    let mut server_args = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--addr" | "--data" => {
                let value = iter.next().ok_or_else(|| format!("{arg} needs a value"))?;
                server_args.extend([arg.clone(), value.clone()]);
            }
            other => return Err(format!("serve: unknown argument `{other}`")),
        }
    }
    if !server_args.iter().any(|a| a == "--data") {
        server_args.extend([
            "--data".into(),
            workspace_root().join("data").display().to_string(),
        ]);
    }
    let tools = Tools::ensure(Need::Build)?;
    portal(&tools)?;
    let server = server_process::build(true)?;
    step("Starting the reference API and the portal, with the samples and the demo accounts (Ctrl-C to stop)");
    run(
        Command::new(server)
            // To try the portal on this machine: the README prints the demo passwords.
            .arg("--demo-accounts")
            .args(&server_args)
            .arg("--dist")
            .arg(dist_dir()),
        "the server stopped with an error: see its output above",
    )
}

#[cfg(test)]
mod tests {
    use super::{with_boot_script, PublicBase};
    use crate::wasm::Bundle;

    #[test]
    fn starts_the_wasm_of_the_hashed_folder_from_the_head() {
        let bundle = Bundle {
            folder: "pkg-0123456789abcdef".into(),
            parts: vec![],
        };
        assert_eq!(
            with_boot_script(
                "<head><title>t</title><link data-trunk rel=\"rust\" data-trunk-skip data-trunk-id=\"2\"></head>",
                &bundle,
                &PublicBase::root()
            )
            .unwrap(),
            "<head><title>t</title><script type=\"module\" src=\"/boot.js\" data-base=\"/\" \
             data-js=\"/pkg-0123456789abcdef/portal.js\" data-wasm=\"/pkg-0123456789abcdef/portal_bg.wasm\">\
             </script></head>"
        );
        assert!(with_boot_script(
            "<link data-trunk rel=\"rust\" data-trunk-skip>",
            &bundle,
            &PublicBase::parse("/portail/").unwrap()
        )
        .unwrap()
        .contains(
            "src=\"/portail/boot.js\" data-base=\"/portail/\" data-js=\"/portail/pkg-0123456789abcdef/portal.js\""
        ));
    }
}
