//! Building the release portal with trunk, and `serve`.

use std::{path::PathBuf, process::Command};

use crate::{
    process::{run, step, workspace_root},
    tools::{Need, Tools},
};

pub fn dist_dir() -> PathBuf {
    workspace_root().join("dist")
}

/// `trunk build --release` into `dist/` with the cached tools on PATH, then every public
/// page prerendered into it (HTML first), then precompressed.
pub fn portal(tools: &Tools) -> Result<(), String> {
    step("Building the portal in release mode (trunk + wasm-opt; about 2 min cold, 15 s warm)");
    let dist = dist_dir();
    trunk_build(tools, "index.html", &dist)?;
    // trunk's page, with an empty #app: what addresses the build does not write get.
    let page = std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    std::fs::write(dist.join("shell.html"), without_preloads(&page))
        .map_err(|e| format!("writing shell.html: {e}"))?;
    std::fs::remove_file(dist.join("index.html")).map_err(|e| e.to_string())?;
    crate::prerender::pages(&dist)?;
    precompress(&dist)
}

/// trunk's page without its `<link rel="preload">`/`"modulepreload"` of the wasm and its
/// glue: every public page arrives rendered, so on a slow link those 400 KB would only
/// compete with the page's own HTML, CSS and images for the first paint. `boot.js` asks
/// for them as soon as it runs.
fn without_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link rel=\"") {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if !(tag.starts_with("<link rel=\"preload\"")
            || tag.starts_with("<link rel=\"modulepreload\""))
        {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

pub fn precompress(dist: &std::path::Path) -> Result<(), String> {
    let count = crate::compress::precompress_dir(dist)?;
    println!("    precompressed {count} files (brotli 11, gzip 9)");
    Ok(())
}

/// `trunk build --release` of `target` (an index.html) into `dist`.
pub fn trunk_build(tools: &Tools, target: &str, dist: &std::path::Path) -> Result<(), String> {
    let joined = crate::styles::bundle()?;
    println!("    joined {joined} stylesheets into one");
    run(
        Command::new(tools.bin_dir().join("trunk"))
            .args(["build", target, "--release", "--dist"])
            .arg(dist)
            .current_dir(workspace_root())
            .env("PATH", tools.path_env())
            .env("TRUNK_SKIP_VERSION_CHECK", "true"),
        "the portal does not build: see the compiler output above",
    )
}

/// Builds the reference server (`release` or the dev profile) and returns its binary.
pub fn server(release: bool) -> Result<PathBuf, String> {
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
    let server = server(true)?;
    step("Starting the reference API and the portal (Ctrl-C to stop)");
    run(
        Command::new(server)
            .args(&server_args)
            .arg("--dist")
            .arg(dist_dir()),
        "the server stopped with an error: see its output above",
    )
}

#[cfg(test)]
mod tests {
    use super::without_preloads;

    #[test]
    fn drops_the_preloads_and_keeps_the_other_links() {
        let page = "<head><link rel=\"stylesheet\" href=\"/a.css\"/><script src=\"/boot.js\"></script>\
                    <link rel=\"modulepreload\" href=\"/p.js\"><link rel=\"preload\" href=\"/p.wasm\" as=\"fetch\"></head>";
        assert_eq!(
            without_preloads(page),
            "<head><link rel=\"stylesheet\" href=\"/a.css\"/><script src=\"/boot.js\"></script></head>"
        );
    }
}
