//! Building the release portal with trunk, and `serve`.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, Result};
use clap::{Args, Parser};
use model::public_base::PublicBase;

use crate::{
    process::{run, step, workspace_root},
    server_process::{self, Content},
    tools::{Need, Tools},
};

pub fn dist_dir() -> PathBuf {
    workspace_root().join("dist")
}

/// How `cargo xtask build` is asked to build; also what `cargo xtask test` reads from the
/// README's Deploy section ([`Options::from_args`]).
#[derive(Debug, Default, Parser)]
#[command(name = "build")]
pub struct Options {
    /// The API's base URL, written to config.json and allowed by the CSP (default: the
    /// portal's own origin)
    #[arg(long, value_name = "URL", value_parser = api_base)]
    pub api_base: Option<String>,
    /// The portal's public origin, for canonical and hreflang links, link previews and
    /// sitemap.xml (default: none written)
    #[arg(long, value_name = "URL", value_parser = site_url)]
    pub site_url: Option<String>,
    /// The path the portal is published under, such as /portail/; every link, asset, route
    /// and canonical address follows it
    #[arg(long, value_name = "PATH", value_parser = PublicBase::parse, default_value = "/")]
    pub public_url: PublicBase,
    /// The API the prerender reads the published content from, when the build machine
    /// reaches another address than --api-base (a staging copy, an internal name)
    #[arg(long, value_name = "URL", value_parser = absolute_api)]
    pub prerender_from: Option<String>,
    /// Publish the reference server's sample programmes, start-ups and events too (a
    /// demonstration build; the tests' and benchmarks' build). Without an API to read,
    /// the build publishes the campus facts only
    #[arg(long, conflicts_with_all = ["api_base", "prerender_from"])]
    pub sample_data: bool,
    /// Where to build (`dist/` by default): not a command-line option, `cargo xtask test`
    /// builds the README's deployment beside `dist/`.
    #[arg(skip)]
    pub dist: Option<PathBuf>,
}

impl Options {
    /// Where the prerender reads what the pages publish: the API the build is made for
    /// (`--prerender-from`, else `--api-base`), so a build never bakes content its API
    /// does not serve; without one, a reference server on a fresh database.
    pub fn content_source(&self) -> crate::prerender::Source {
        let api = self
            .prerender_from
            .as_deref()
            .or(self.api_base.as_deref())
            .filter(|url| !url.is_empty());
        match api {
            Some(url) => crate::prerender::Source::Api(url.to_owned()),
            None => crate::prerender::Source::Reference(if self.sample_data {
                Content::Samples
            } else {
                Content::Facts
            }),
        }
    }

    /// The build `cargo xtask serve`, the tests and the benchmarks draw: with the samples
    /// their servers serve.
    pub fn with_samples() -> Options {
        Options {
            sample_data: true,
            ..Options::default()
        }
    }

    /// `cargo xtask build`'s arguments (without `build`), as the README's Deploy section
    /// writes them.
    pub fn from_args(args: &[String]) -> Result<Options, clap::Error> {
        Options::try_parse_from(std::iter::once("build").chain(args.iter().map(String::as_str)))
    }
}

/// `--api-base`: an absolute http(s) URL, kept without its trailing slash (an empty one:
/// the portal's own origin).
fn api_base(value: &str) -> Result<String, String> {
    deploy::origin_of(value)?;
    Ok(value.trim().trim_end_matches('/').to_owned())
}

/// `--prerender-from`: an absolute http(s) URL, kept without its trailing slash.
fn absolute_api(value: &str) -> Result<String, String> {
    deploy::origin_of(value)?.ok_or("needs an absolute URL")?;
    Ok(value.trim().trim_end_matches('/').to_owned())
}

/// `--site-url`: an origin only; the path the portal lives under is `--public-url`'s.
fn site_url(value: &str) -> Result<String, String> {
    let origin = deploy::origin_of(value)?.ok_or("needs an absolute URL")?;
    if value.trim().trim_end_matches('/') != origin {
        return Err(format!(
            "{value}: the origin only; give the path with --public-url"
        ));
    }
    Ok(origin)
}

/// How `cargo xtask serve` starts the reference server.
#[derive(Debug, Args)]
pub struct ServeOptions {
    /// The address to listen on (default: the server's, 127.0.0.1:8080)
    #[arg(long, value_name = "HOST:PORT")]
    addr: Option<String>,
    /// The database folder (default: ./data)
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

impl ServeOptions {
    /// The server's arguments: `--addr` as given, `--data` as given or `default_data`.
    pub fn server_args(&self, default_data: &Path) -> Vec<OsString> {
        let mut args = Vec::new();
        if let Some(addr) = &self.addr {
            args.extend(["--addr".into(), addr.into()]);
        }
        let data = self.data.as_deref().unwrap_or(default_data);
        args.extend(["--data".into(), data.as_os_str().to_owned()]);
        args
    }
}

/// [`portal_with`] the API on the portal's own origin, publishing the samples.
pub fn portal_with_samples(tools: &Tools) -> Result<()> {
    portal_with(tools, &Options::with_samples())
}

/// trunk (HTML, the stylesheet, `public/`) and the split wasm into `dist/`, then every
/// public page prerendered into it (HTML first), the runtime config and the static hosts'
/// header files, then everything precompressed.
pub fn portal_with(tools: &Tools, options: &Options) -> Result<()> {
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
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index)
        .with_context(|| format!("reading trunk's {}", index.display()))?;
    std::fs::write(
        dist.join("shell.html"),
        with_boot_script(&page, &bundle, &options.public_url)?,
    )
    .context("writing shell.html")?;
    std::fs::remove_file(&index).with_context(|| format!("removing {}", index.display()))?;
    crate::social_card::write(&dist)?;
    crate::prerender::pages(
        &dist,
        &options.content_source(),
        options.site_url.as_deref(),
        options.api_base.as_deref().filter(|base| !base.is_empty()),
        &options.public_url,
    )?;
    deploy::configure(&dist, options.api_base.as_deref().unwrap_or(""))
        .map_err(anyhow::Error::msg)
        .context("writing the runtime config and the static hosts' files")?;
    precompress(&dist)
}

/// The page with the `<script>` that starts the wasm in place of the rust link trunk
/// skipped: `boot.js`, a file rather than an inline script, so the CSP needs no
/// 'unsafe-inline'. `data-base` tells the app where it is published (one source: the
/// prerender writes this same shell around every page). No `<link rel="preload">` of the wasm: every public page arrives
/// rendered, and on a slow link those bytes would only compete with the page's own HTML,
/// CSS and images for the first paint.
fn with_boot_script(page: &str, bundle: &crate::wasm::Bundle, base: &PublicBase) -> Result<String> {
    let script = format!(
        "<script type=\"module\" src=\"{}\" data-base=\"{base}\" data-js=\"{}\" data-wasm=\"{}\"></script>",
        base.asset("boot.js"),
        base.asset(&bundle.js()),
        base.asset(&bundle.wasm())
    );
    let start = page
        .find("<link data-trunk rel=\"rust\"")
        .context("trunk's index.html has lost its skipped rust link")?;
    let end = start + page[start..].find('>').context("an unclosed link")? + 1;
    Ok(format!("{}{script}{}", &page[..start], &page[end..]))
}

pub fn precompress(dist: &std::path::Path) -> Result<()> {
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
) -> Result<()> {
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

pub fn serve(options: &ServeOptions) -> Result<()> {
    let server_args = options.server_args(&workspace_root().join("data"));
    let tools = Tools::ensure(Need::Build)?;
    portal_with_samples(&tools)?;
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
    use super::{with_boot_script, Options, PublicBase};
    use crate::wasm::Bundle;

    #[test]
    fn reads_the_build_line_of_a_deployment() {
        let args = "--public-url /portail/ --api-base https://api.example.org/ --site-url https://www.example.org";
        let args: Vec<String> = args.split_whitespace().map(str::to_owned).collect();
        let options = Options::from_args(&args).unwrap();
        assert_eq!(options.public_url, PublicBase::parse("/portail/").unwrap());
        assert_eq!(options.api_base.as_deref(), Some("https://api.example.org"));
        assert_eq!(options.site_url.as_deref(), Some("https://www.example.org"));
        let defaults = Options::from_args(&[]).unwrap();
        assert_eq!(defaults.public_url, PublicBase::root());
        assert!(defaults.api_base.is_none() && defaults.site_url.is_none());
        for wrong in [
            "--site-url https://www.example.org/portail/",
            "--site-url /portail/",
            "--api-base ftp://api.example.org",
            "--public-url portail",
            "--dist /tmp",
        ] {
            let args: Vec<String> = wrong.split_whitespace().map(str::to_owned).collect();
            assert!(Options::from_args(&args).is_err(), "{wrong}");
        }
    }

    #[test]
    fn publishes_what_the_api_it_is_built_for_serves() {
        use crate::{prerender::Source, server_process::Content};
        let source = |line: &str| {
            let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
            Options::from_args(&args).map(|o| o.content_source())
        };
        assert_eq!(source("").unwrap(), Source::Reference(Content::Facts));
        assert_eq!(
            source("--sample-data").unwrap(),
            Source::Reference(Content::Samples)
        );
        assert_eq!(
            source("--api-base https://api.example.org/").unwrap(),
            Source::Api("https://api.example.org".into())
        );
        assert_eq!(
            source("--api-base https://api.example.org --prerender-from http://staging:8080")
                .unwrap(),
            Source::Api("http://staging:8080".into())
        );
        assert_eq!(
            source("--prerender-from http://127.0.0.1:8080/").unwrap(),
            Source::Api("http://127.0.0.1:8080".into())
        );
        for wrong in [
            "--sample-data --api-base https://api.example.org",
            "--sample-data --prerender-from http://staging:8080",
            "--prerender-from staging:8080",
        ] {
            assert!(source(wrong).is_err(), "{wrong}");
        }
    }

    /// `cargo xtask test` builds the README's deployment with its very arguments: they
    /// must stay arguments `cargo xtask build` takes.
    #[test]
    fn the_readme_deploy_build_line_parses() {
        let readme =
            std::fs::read_to_string(crate::process::workspace_root().join("README.md")).unwrap();
        let steps = deploy::readme::deploy_steps(&readme).unwrap();
        Options::from_args(&steps.build).unwrap();
    }

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
