//! Brotli and gzip at their highest levels: used to precompress `dist/` (served as is by
//! the server) and to measure transfer sizes in the benchmarks.

use std::{io::Write, path::Path};

use anyhow::{Context, Result};

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).expect("in-memory write");
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory write");
    encoder.finish().expect("in-memory write")
}

/// Files worth compressing. `config.json` is left alone: it is edited per deployment, and a
/// stale precompressed copy would win over the edit.
fn compressible(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    name != "config.json" && matches!(ext, "html" | "js" | "wasm" | "css" | "svg" | "json" | "txt")
}

/// Writes `file.br` and `file.gz` next to every compressible file of `dir`.
pub fn precompress_dir(dir: &Path) -> Result<usize> {
    let mut count = 0;
    let reading = || format!("reading {}", dir.display());
    for entry in std::fs::read_dir(dir).with_context(reading)? {
        let path = entry.with_context(reading)?.path();
        if path.is_dir() {
            count += precompress_dir(&path)?;
        } else if compressible(&path) {
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let write = |ext: &str, data: Vec<u8>| {
                let mut name = path.as_os_str().to_owned();
                name.push(ext);
                std::fs::write(&name, data).with_context(|| format!("writing {name:?}"))
            };
            write(".br", brotli(&bytes))?;
            write(".gz", gzip(&bytes))?;
            count += 1;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_and_skips_the_runtime_config() {
        let text = "PariSanté Campus ".repeat(200);
        assert!(brotli(text.as_bytes()).len() < text.len() / 10);
        assert!(gzip(text.as_bytes()).len() < text.len() / 10);
        assert!(compressible(Path::new("dist/portal-0123_bg.wasm")));
        assert!(!compressible(Path::new("dist/config.json")));
        assert!(!compressible(Path::new("dist/logo.png")));
    }
}
