//! One stylesheet request: the CSS files stay separate in `style/` (tokens, base, layout,
//! components, one file per area), and the build joins them, in the order of the
//! `@import`s of `style/portal.css`, into one file that trunk hashes and links.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::process::workspace_root;

/// Where the joined stylesheet is written (`index.html` links it).
pub fn bundle_path() -> PathBuf {
    workspace_root().join("target/style/portal.css")
}

/// `css` without its `/* … */` comments.
fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The files `portal.css` imports, in order.
fn imports(manifest: &str) -> Result<Vec<String>> {
    without_comments(manifest)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            line.strip_prefix("@import \"")
                .and_then(|rest| rest.strip_suffix("\";"))
                .map(str::to_owned)
                .with_context(|| {
                    format!("style/portal.css may only hold `@import \"file.css\";` lines, not `{line}`")
                })
        })
        .collect()
}

/// Joins the stylesheets into [`bundle_path`]; returns how many were joined.
pub fn bundle() -> Result<usize> {
    let style = workspace_root().join("style");
    let read = |path: &Path| {
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
    };
    let files = imports(&read(&style.join("portal.css"))?)?;
    let mut out = String::new();
    for file in &files {
        out.push_str(&format!("/* {file} */\n"));
        out.push_str(&read(&style.join(file))?);
        out.push('\n');
    }
    let path = bundle_path();
    let folder = path.parent().expect("target/style");
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    std::fs::write(&path, out).with_context(|| format!("writing {}", path.display()))?;
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::imports;

    #[test]
    fn reads_the_import_list_in_order_and_refuses_anything_else() {
        let manifest =
            "/* order\n   matters */\n@import \"tokens.css\";\n\n@import \"base.css\"; /* last */\n";
        assert_eq!(imports(manifest).unwrap(), ["tokens.css", "base.css"]);
        assert!(imports("body { color: red; }").is_err());
    }

    #[test]
    fn every_stylesheet_in_style_is_imported_once() {
        let dir = crate::process::workspace_root().join("style");
        let listed = imports(&std::fs::read_to_string(dir.join("portal.css")).unwrap()).unwrap();
        let mut present: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".css") && n != "portal.css")
            .collect();
        present.sort();
        let mut sorted = listed.clone();
        sorted.sort();
        assert_eq!(
            sorted, present,
            "style/portal.css must import every stylesheet"
        );
    }
}
