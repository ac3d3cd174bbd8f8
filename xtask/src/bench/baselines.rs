//! The two baselines measured beside the portal in the same run: the smallest Leptos CSR
//! page built with the same profile (the floor for a wasm app), and the home content as
//! plain static HTML (the physical limit).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::{build, process::workspace_root, tools::Tools};

pub fn minimal_leptos(tools: &Tools, out: &Path) -> Result<PathBuf> {
    let dist = out.join("minimal-leptos");
    build::trunk_build(
        tools,
        "bench/minimal-leptos/index.html",
        &dist,
        &model::public_base::PublicBase::root(),
    )?;
    build::precompress(&dist)?;
    Ok(dist)
}

/// The home page's content (French) from the seed, with the portal's own stylesheets.
pub fn static_home(portal_dist: &Path, out: &Path) -> Result<PathBuf> {
    let dist = out.join("static-home");
    std::fs::create_dir_all(&dist).with_context(|| format!("creating {}", dist.display()))?;
    let seed_path = workspace_root().join("server/seed/campus.json");
    let seed: Value = serde_json::from_str(
        &std::fs::read_to_string(&seed_path)
            .with_context(|| format!("reading {}", seed_path.display()))?,
    )
    .with_context(|| format!("reading {}", seed_path.display()))?;
    let mut styles = String::new();
    let reading = || format!("reading {}", portal_dist.display());
    for entry in std::fs::read_dir(portal_dist).with_context(reading)? {
        let path = entry.with_context(reading)?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        if name.ends_with(".css")
            || name == "logo.svg"
            || name == "favicon.svg"
            || name == "robots.txt"
        {
            std::fs::copy(&path, dist.join(&name))
                .with_context(|| format!("copying {}", path.display()))?;
            if name.ends_with(".css") {
                styles.push_str(&format!("<link rel=\"stylesheet\" href=\"/{name}\">"));
            }
        }
    }
    let fr = |v: &Value| model::text::escape_html(v["fr"].as_str().unwrap_or(""));
    let list = |key: &str| seed[key].as_array().cloned().unwrap_or_default();
    let story: String = list("story")
        .iter()
        .map(|p| format!("<p>{}</p>", fr(p)))
        .collect();
    let figures: String = list("key_figures")
        .iter()
        .map(|k| format!("<li class=\"figure\"><span class=\"figure__value\">{}</span> <span class=\"figure__label\">{}</span></li>", fr(&k["value"]), fr(&k["label"])))
        .collect();
    let poles: String = list("poles")
        .iter()
        .map(|p| format!("<li class=\"pole-card pole-card--{0}\"><h3 class=\"pole-card__title\"><a class=\"pole-card__link\" href=\"/poles/{0}\">{1}</a></h3><p class=\"pole-card__summary\">{2}</p></li>", p["slug"].as_str().unwrap_or(""), fr(&p["name"]), fr(&p["summary"])))
        .collect();
    let html = format!(
        "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>PariSanté Campus (static baseline)</title><meta name=\"description\" content=\"Benchmark baseline: the home page as static HTML.\">{styles}</head><body><div id=\"app\">\
<header class=\"site-header\"><div class=\"site-header__inner container\"><a class=\"brand\" href=\"/\"><img class=\"brand__mark\" src=\"/logo.svg\" alt=\"\" width=\"40\" height=\"40\"><span class=\"brand__text\"><span class=\"brand__name\">PariSanté Campus</span></span></a></div></header>\
<main id=\"main\"><section class=\"hero\"><div class=\"container hero__inner\"><h1>PariSanté Campus</h1><p class=\"hero__lead\">{tagline}</p></div></section>\
<section class=\"section\"><div class=\"container story\">{story}</div></section>\
<section class=\"section section--tinted\"><div class=\"container\"><h2>Le campus en chiffres</h2><ul class=\"figures\">{figures}</ul></div></section>\
<section class=\"section\"><div class=\"container\"><h2>Cinq pôles d'expertise</h2><ul class=\"pole-grid\">{poles}</ul></div></section></main></div></body></html>",
        tagline = fr(&seed["tagline"]),
    );
    std::fs::write(dist.join("index.html"), html).context("writing the static home page")?;
    crate::compress::precompress_dir(&dist)?;
    Ok(dist)
}
