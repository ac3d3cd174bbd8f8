//! Transfer sizes of a first load: every file `index.html` references, plus what the app
//! fetches before its first meaningful paint, raw, gzip and brotli.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use super::http::Connection;
use crate::compress::{brotli, gzip};

/// Same-origin URLs in `src`/`href`/`data-js`/`data-wasm` attributes.
fn referenced(html: &str) -> Vec<String> {
    let mut urls = Vec::new();
    for attr in ["src=\"/", "href=\"/", "data-js=\"/", "data-wasm=\"/"] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let start = i + attr.len() - 1;
            let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
            let url = rest[start..end].to_owned();
            // Files only: links to pages (`/poles/recherche`) are not part of the load.
            let is_file = url
                .rsplit('/')
                .next()
                .is_some_and(|last| last.contains('.'));
            if is_file && !urls.contains(&url) {
                urls.push(url);
            }
            rest = &rest[end..];
        }
    }
    urls
}

fn kind(url: &str) -> &'static str {
    match url.rsplit('.').next().unwrap_or("") {
        "wasm" => "wasm",
        "js" => "js",
        "css" => "css",
        "html" => "html",
        "svg" | "png" | "jpg" | "webp" | "ico" => "images",
        "woff" | "woff2" => "fonts",
        _ => "data",
    }
}

/// The modules a script imports statically (`from "./x.js"`), as URLs: the browser
/// fetches them before the script runs, so they are part of the first load.
fn static_imports(script_url: &str, script: &str) -> Vec<String> {
    let folder = &script_url[..script_url.rfind('/').map_or(0, |i| i + 1)];
    let mut imports = Vec::new();
    for quote in ['"', '\''] {
        let marker = format!("from {quote}./");
        let mut rest = script;
        while let Some(i) = rest.find(&marker) {
            let start = i + marker.len();
            let end = rest[start..].find(quote).map_or(rest.len(), |e| start + e);
            let url = format!("{folder}{}", &rest[start..end]);
            if !imports.contains(&url) {
                imports.push(url);
            }
            rest = &rest[end..];
        }
    }
    imports
}

/// Sizes of everything fetched to show `page` from `addr`. `extra` lists what the app
/// fetches at start (config, API) beyond the HTML's references.
pub fn first_load(addr: &str, page: &str, extra: &[&str]) -> Result<Value> {
    let mut conn = Connection::open(addr).with_context(|| format!("connecting to {addr}"))?;
    let html = conn.get(page, None).with_context(|| page.to_owned())?.body;
    let mut urls = vec![page.to_owned()];
    urls.extend(referenced(&String::from_utf8_lossy(&html)));
    urls.extend(extra.iter().map(|s| (*s).to_owned()));
    let mut files = Vec::new();
    let mut totals = std::collections::BTreeMap::<&str, [usize; 3]>::new();
    let mut next = 0;
    while let Some(url) = urls.get(next).cloned() {
        next += 1;
        let reply = conn.get(&url, None).with_context(|| url.clone())?;
        if reply.status != 200 {
            bail!("{url} answered {}", reply.status);
        }
        let body = reply.body;
        if kind(&url) == "js" {
            for import in static_imports(&url, &String::from_utf8_lossy(&body)) {
                if !urls.contains(&import) {
                    urls.push(import);
                }
            }
        }
        let sizes = [body.len(), gzip(&body).len(), brotli(&body).len()];
        let k = if url == page { "html" } else { kind(&url) };
        let entry = totals.entry(k).or_default();
        for i in 0..3 {
            entry[i] += sizes[i];
        }
        files.push(
            json!({ "url": url, "kind": k, "raw": sizes[0], "gzip": sizes[1], "brotli": sizes[2] }),
        );
    }
    let total = totals.values().fold([0; 3], |acc, s| {
        [acc[0] + s[0], acc[1] + s[1], acc[2] + s[2]]
    });
    let by_kind: serde_json::Map<String, Value> = totals
        .iter()
        .map(|(k, s)| {
            (
                (*k).to_owned(),
                json!({ "raw": s[0], "gzip": s[1], "brotli": s[2] }),
            )
        })
        .collect();
    Ok(json!({
        "page": page,
        "files": files,
        "by_kind": by_kind,
        "total": { "raw": total[0], "gzip": total[1], "brotli": total[2] },
    }))
}

/// Every wasm file of a dist folder (the split parts live in `pkg-<hash>/`), as
/// (name, raw, brotli): the main part (`*_bg.wasm`, or the only file) first.
pub fn wasm_of(dist: &Path) -> Result<Vec<(String, usize, usize)>> {
    let mut parts = Vec::new();
    for path in crate::process::files_under(dist)? {
        if path.extension().is_some_and(|e| e == "wasm") {
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned();
            parts.push((name, bytes.len(), brotli(&bytes).len()));
        }
    }
    if parts.is_empty() {
        bail!("no wasm in {}", dist.display());
    }
    parts.sort_by_key(|(name, _, _)| (!name.ends_with("_bg.wasm"), name.clone()));
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_files_a_page_loads() {
        let html = r#"<link rel="stylesheet" href="/a-1.css"/><script type="module" src="/boot.js" data-js="/p-1.js" data-wasm="/p-1_bg.wasm"></script><link rel="modulepreload" href="/p-1.js"><a href="https://x.org/"><a href="/poles/recherche">"#;
        assert_eq!(
            referenced(html),
            ["/boot.js", "/a-1.css", "/p-1.js", "/p-1_bg.wasm"]
        );
        assert_eq!(kind("/p-1_bg.wasm"), "wasm");
        assert_eq!(
            static_imports(
                "/pkg-1/portal.js",
                "import * as a from \"./__wasm_split.js\"; import { b } from './x.js'; import(\"./lazy.js\")"
            ),
            ["/pkg-1/__wasm_split.js", "/pkg-1/x.js"]
        );
        assert_eq!(kind("/logo.svg"), "images");
        assert_eq!(kind("/api/v1/campus"), "data");
    }
}
