//! Transfer sizes of a first load: every file `index.html` references, plus what the app
//! fetches before its first meaningful paint, raw, gzip and brotli.

use std::{collections::BTreeMap, path::Path};

use anyhow::{bail, Context, Result};
use serde::Serialize;

use super::http::Connection;
use crate::compress::{brotli, gzip};

/// Bytes as served, and compressed at the highest gzip and brotli levels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Compressed {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl Compressed {
    fn of(bytes: &[u8]) -> Compressed {
        Compressed {
            raw: bytes.len(),
            gzip: gzip(bytes).len(),
            brotli: brotli(bytes).len(),
        }
    }

    fn add(&mut self, other: Compressed) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

/// Everything a first load of a page fetches: each file, the totals by kind, the total.
#[derive(Debug, Serialize)]
pub struct FirstLoad {
    pub page: String,
    pub files: Vec<File>,
    pub by_kind: BTreeMap<&'static str, Compressed>,
    pub total: Compressed,
}

#[derive(Debug, Serialize)]
pub struct File {
    pub url: String,
    pub kind: &'static str,
    #[serde(flatten)]
    pub size: Compressed,
}

/// A wasm file of a build, raw and with brotli (what a browser downloads).
#[derive(Clone, Debug, Serialize)]
pub struct WasmPart {
    pub file: String,
    pub raw: usize,
    pub brotli: usize,
}

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
pub fn first_load(addr: &str, page: &str, extra: &[&str]) -> Result<FirstLoad> {
    let mut conn = Connection::open(addr).with_context(|| format!("connecting to {addr}"))?;
    let html = conn.get(page, None).with_context(|| page.to_owned())?.body;
    let mut urls = vec![page.to_owned()];
    urls.extend(referenced(&String::from_utf8_lossy(&html)));
    urls.extend(extra.iter().map(|s| (*s).to_owned()));
    let mut files = Vec::new();
    let mut by_kind = BTreeMap::<&str, Compressed>::new();
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
        let size = Compressed::of(&body);
        let kind = if url == page { "html" } else { kind(&url) };
        by_kind.entry(kind).or_default().add(size);
        files.push(File { url, kind, size });
    }
    let mut total = Compressed::default();
    for size in by_kind.values() {
        total.add(*size);
    }
    Ok(FirstLoad {
        page: page.to_owned(),
        files,
        by_kind,
        total,
    })
}

/// Every wasm file of a dist folder (the split parts live in `pkg-<hash>/`), as
/// the main part (`*_bg.wasm`, or the only file) first.
pub fn wasm_of(dist: &Path) -> Result<Vec<WasmPart>> {
    let mut parts = Vec::new();
    for path in crate::process::files_under(dist)? {
        if path.extension().is_some_and(|e| e == "wasm") {
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned();
            parts.push(WasmPart {
                file,
                raw: bytes.len(),
                brotli: brotli(&bytes).len(),
            });
        }
    }
    if parts.is_empty() {
        bail!("no wasm in {}", dist.display());
    }
    parts.sort_by_key(|part| (!part.file.ends_with("_bg.wasm"), part.file.clone()));
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
