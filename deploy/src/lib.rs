//! What a static host needs besides the files: written into `dist/` by `cargo xtask build`
//! (and by the end-to-end test that serves `dist/` with nginx), so that the portal's
//! protection does not depend on where it is hosted.
//!
//! - `deploy/nginx.conf`: locations to include in a `server { }` block whose root is dist/;
//! - `deploy/Caddyfile`: a snippet to `import` in a Caddy site;
//! - `_headers` and `_redirects`: the format of Cloudflare Pages (and, but for the `!`
//!   line, Netlify).
//!
//! Each carries the security headers of `model::security_headers` with the API's origin in
//! the CSP, immutable caching for content-hashed names (`name-<16 hex>.ext`, `pkg-<16 hex>/`),
//! `no-cache` for everything else, and the fallback to `shell.html` for addresses the build
//! did not write (the app routes them, and shows its not-found page for unknown ones).

pub mod readme;

use std::path::Path;

pub use model::public_base::PublicBase;
use model::security_headers::{content_security_policy, OTHER_HEADERS};

/// A file name, or a `pkg-…/` folder at the top of the build, that carries a hash of its
/// content: the regular expression nginx and Caddy match request paths with.
/// Anchored at the base, so that another application on the same site keeps its own rules.
fn hashed_pattern(base: &PublicBase) -> String {
    let folder = base.folder().replace('.', "\\.");
    format!("^{folder}(.*-[0-9a-f]{{16}}(_bg)?\\.[a-z0-9]+|pkg-[0-9a-f]{{16}}/.+)$")
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// What the build holds for its host, not for visitors: the host files themselves.
pub const HOST_FILES: [&str; 3] = ["deploy", "_headers", "_redirects"];

/// Whether a path inside the build (`deploy/nginx.conf`, `/_headers`, `.env`, `a/.git/x`)
/// is never served: a host file or folder, or any name that starts with a dot.
pub fn is_private(path: &str) -> bool {
    let relative = path.trim_start_matches('/');
    let first = relative.split('/').next().unwrap_or("");
    HOST_FILES.contains(&first) || relative.split('/').any(|name| name.starts_with('.'))
}

/// [`is_private`] as the regular expression nginx and Caddy match request paths with.
fn private_pattern(base: &PublicBase) -> String {
    let folder = base.folder().replace('.', "\\.");
    let files: Vec<String> = HOST_FILES
        .iter()
        .map(|name| format!("{name}(/|$)"))
        .collect();
    format!("^{folder}({})|/\\.", files.join("|"))
}

/// Built assets carry a hash of their content in their name: trunk names its files
/// `name-<16 hex digits>.<ext>` (optionally `_bg.wasm`), and the split wasm lives in a
/// folder `pkg-<16 hex digits>/` hashed as a whole (its parts name one another).
pub fn is_content_hashed(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let file = segments.next_back().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = |name: &str| {
        name.rsplit_once('-').is_some_and(|(_, hash)| {
            hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
    };
    hashed(stem)
        || segments
            .next_back()
            .is_some_and(|folder| folder.starts_with("pkg-") && hashed(folder))
}

/// The origin (`scheme://host[:port]`) of an absolute URL (the API's base, the portal's
/// public address), or `None` for an empty one (the same origin).
pub fn origin_of(url: &str) -> Result<Option<String>, String> {
    let base = url.trim().trim_end_matches('/');
    if base.is_empty() {
        return Ok(None);
    }
    let (scheme, rest) = base.split_once("://").ok_or(format!(
        "{url}: expected an absolute URL such as https://api.example.org"
    ))?;
    if !matches!(scheme, "https" | "http") {
        return Err(format!(
            "{url}: the scheme must be https (or http for local tests)"
        ));
    }
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.contains('@') || host.contains(char::is_whitespace) {
        return Err(format!("{url}: needs a host, without user name"));
    }
    Ok(Some(format!("{scheme}://{host}")))
}

fn headers(api_origin: Option<&str>) -> Vec<(&'static str, String)> {
    let mut all = vec![(
        "Content-Security-Policy",
        content_security_policy(api_origin),
    )];
    all.extend(OTHER_HEADERS.iter().map(|(n, v)| (*n, (*v).to_owned())));
    all
}

/// Where the host's document root is, in the files' instructions: dist/ itself at a
/// site's root, else the folder that holds dist/ under the base's name.
fn root_hint(base: &PublicBase) -> (String, String) {
    if base.is_root() {
        ("/srv/portal/dist".into(), "/srv/portal/dist".into())
    } else {
        ("/srv/www".into(), format!("/srv/www{}", base.prefix()))
    }
}

/// The rule that sends the base without its slash (`/portail`) to the base, written by
/// `write(bare, folder)`; nothing at a site's root.
fn bare_redirect(base: &PublicBase, write: impl Fn(&str, &str) -> String) -> String {
    if base.is_root() {
        return String::new();
    }
    write(base.prefix(), &base.folder())
}

pub fn nginx(api_origin: Option<&str>, base: &PublicBase) -> String {
    let security: String = headers(api_origin)
        .iter()
        .map(|(name, value)| format!("    add_header {name} \"{value}\" always;\n"))
        .collect();
    let hashed = hashed_pattern(base);
    let folder = base.folder();
    let (root, dist) = root_hint(base);
    let bare = bare_redirect(base, |bare, folder| {
        format!("# The base without its slash: to the base.\nlocation = {bare} {{\n    return 301 {folder};\n}}\n\n")
    });
    format!(
        "# Generated by `cargo xtask build` (deploy/src/lib.rs): the PariSanté Campus portal on\n\
         # nginx, published under {folder}. Include it in a `server {{ }}` block whose root is\n\
         # {root_text}:\n\
         #     server {{ listen 443 ssl; root {root}; include {dist}/deploy/nginx.conf; }}\n\
         # A location with add_header of its own inherits none from outside, so each one lists\n\
         # the security headers. The http block's mime.types must know wasm (Debian's does).\n\
         # Every rule is inside the portal's locations: the rest of the site keeps its own.\n\
         \n\
         {bare}\
         # The host files and any dotfile are never served (regular expressions are\n\
         # tried in order: this one first).\n\
         location ~ \"{private}\" {{\n{security}    add_header Cache-Control \"no-cache\" always;\n    return 404;\n}}\n\
         \n\
         # Content-hashed names never change: cached for a year.\n\
         location ~ \"{hashed}\" {{\n{common}{security}    add_header Cache-Control \"{IMMUTABLE}\" always;\n    try_files $uri =404;\n}}\n\
         \n\
         # Pages, config.json, robots.txt: always revalidated, so a deploy shows at once. An\n\
         # address the build did not write gets the shell, which the app routes.\n\
         location {folder} {{\n{common}{security}    add_header Cache-Control \"no-cache\" always;\n    try_files $uri $uri.html $uri/index.html {folder}shell.html;\n}}\n",
        // No symbolic link is followed out of the build; `Vary` on every file that may be
        // sent compressed, so a shared cache never gives gzip to a client that cannot read it.
        common = "    index index.html;\n    gzip_static on;\n    gzip_vary on;\n    disable_symlinks on from=$document_root;\n    charset utf-8;\n",
        private = private_pattern(base),
        root_text = if base.is_root() {
            "this dist/ folder".to_owned()
        } else {
            format!("the folder in which this dist/ is `{}`", &base.prefix()[1..])
        },
    )
}

pub fn caddyfile(api_origin: Option<&str>, base: &PublicBase) -> String {
    let security: String = headers(api_origin)
        .iter()
        .map(|(name, value)| format!("\t\t\t{name} \"{value}\"\n"))
        .collect();
    let hashed = hashed_pattern(base);
    let folder = base.folder();
    let (root, dist) = root_hint(base);
    let bare = bare_redirect(base, |bare, folder| {
        format!("\tredir {bare} {folder} permanent\n")
    });
    let private = private_pattern(base);
    format!(
        "# Generated by `cargo xtask build` (deploy/src/lib.rs): the PariSanté Campus portal on\n\
         # Caddy, published under {folder}. Import the snippet in the site:\n\
         #     portail.example.org {{\n\
         #         root * {root}\n\
         #         import {dist}/deploy/Caddyfile\n\
         #         import parisante_portal\n\
         #     }}\n\
         # Every rule is inside `handle {folder}*`: the rest of the site keeps its own.\n\
         (parisante_portal) {{\n\
         {bare}\
         \thandle {folder}* {{\n\
         \t\theader {{\n{security}\t\t\tCache-Control \"no-cache\"\n\t\t}}\n\
         \t\t@private path_regexp private \"{private}\"\n\
         \t\trespond @private 404\n\
         \t\t@hashed path_regexp hashed \"{hashed}\"\n\
         \t\theader @hashed Cache-Control \"{IMMUTABLE}\"\n\
         \t\ttry_files {{path}} {{path}}.html {{path}}/index.html {folder}shell.html\n\
         \t\tfile_server {{\n\t\t\tprecompressed br gzip\n\t\t}}\n\
         \t}}\n\
         }}\n"
    )
}

/// `_headers` names the hashed files themselves: the format has wildcards, not patterns.
pub fn headers_file(api_origin: Option<&str>, base: &PublicBase, hashed: &[String]) -> String {
    let mut out = format!(
        "# Generated by `cargo xtask build` (deploy/src/lib.rs): security and caching headers\n\
         # for hosts that read a _headers file (Cloudflare Pages; Netlify ignores the `!` lines).\n\
         {}*\n",
        base.folder()
    );
    for (name, value) in headers(api_origin) {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out.push_str("  Cache-Control: no-cache\n");
    for path in hashed {
        out.push_str(&format!(
            "{path}\n  ! Cache-Control\n  Cache-Control: {IMMUTABLE}\n"
        ));
    }
    out
}

/// The public base a build was made for: the `data-base` its shell carries (written by
/// `cargo xtask build --public-url`; the app reads it there too).
pub fn public_base_of(dist: &Path) -> Result<PublicBase, String> {
    let shell = std::fs::read_to_string(dist.join("shell.html"))
        .map_err(|e| format!("reading {}/shell.html: {e}", dist.display()))?;
    let start = shell
        .find("data-base=\"")
        .ok_or("shell.html has no data-base: not a build of `cargo xtask build`")?
        + "data-base=\"".len();
    let end = start
        + shell[start..]
            .find('"')
            .ok_or("shell.html: unclosed data-base")?;
    PublicBase::parse(&shell[start..end])
}

/// Points the build in `dist` at the API at `api_base` (empty: the same origin): its
/// runtime `config.json`, without stale precompressed copies of the old one (a host that
/// serves `.gz`/`.br` files would send those), and the host files naming that API, under
/// the public base the build was made for.
pub fn configure(dist: &Path, api_base: &str) -> Result<(), String> {
    let origin = origin_of(api_base)?;
    let config = serde_json::json!({ "apiBase": api_base.trim().trim_end_matches('/') });
    std::fs::write(dist.join("config.json"), format!("{config}\n"))
        .map_err(|e| format!("writing config.json: {e}"))?;
    for stale in ["config.json.gz", "config.json.br"] {
        match std::fs::remove_file(dist.join(stale)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(format!("removing {stale}: {e}"))
            }
            _ => {}
        }
    }
    write(dist, origin.as_deref(), &public_base_of(dist)?)
}

/// Writes the host files into `dist` for an API at `api_origin` (`None`: same origin).
fn write(dist: &Path, api_origin: Option<&str>, base: &PublicBase) -> Result<(), String> {
    let folder = dist.join("deploy");
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    let mut hashed = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| e.to_string())? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with("pkg-") {
            hashed.push(format!("{}/*", base.asset(&name)));
        } else if is_content_hashed(&name) && !name.ends_with(".br") && !name.ends_with(".gz") {
            hashed.push(base.asset(&name));
        }
    }
    hashed.sort();
    let files = [
        (folder.join("nginx.conf"), nginx(api_origin, base)),
        (folder.join("Caddyfile"), caddyfile(api_origin, base)),
        (dist.join("_headers"), headers_file(api_origin, base, &hashed)),
        (
            dist.join("_redirects"),
            format!(
                "# Addresses the build did not write get the shell, which the app routes.\n{0}*  {0}shell.html  200\n",
                base.folder()
            ),
        ),
    ];
    for (path, text) in files {
        std::fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_files_and_dotfiles_are_private() {
        for private in [
            "/deploy/nginx.conf",
            "/deploy",
            "/_headers",
            "/_redirects",
            "/.env",
            "/pkg-0123456789abcdef/.git/config",
        ] {
            assert!(is_private(private), "{private}");
        }
        for public in [
            "/",
            "/index.html",
            "/deployment",
            "/formations.html",
            "/a.b/c",
        ] {
            assert!(!is_private(public), "{public}");
        }
    }

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_content_hashed("/portal-4f2a9c0d1e3b5a67_bg.wasm"));
        assert!(is_content_hashed("/portal-4f2a9c0d1e3b5a67.js"));
        assert!(is_content_hashed("/style-0123456789abcdef.css"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/config.json"));
        assert!(!is_content_hashed("/poles/recherche"));
        assert!(!is_content_hashed("/logo-ans.svg"));
        assert!(is_content_hashed("/pkg-4f2a9c0d1e3b5a67/split_space.wasm"));
        assert!(is_content_hashed("/pkg-4f2a9c0d1e3b5a67/__wasm_split.js"));
    }

    #[test]
    fn the_api_origin_is_taken_from_the_base_url() {
        assert_eq!(origin_of("").unwrap(), None);
        assert_eq!(
            origin_of("https://api.example.org/campus/")
                .unwrap()
                .as_deref(),
            Some("https://api.example.org")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080").unwrap().as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert!(origin_of("api.example.org").is_err());
        assert!(origin_of("ftp://api.example.org").is_err());
        assert!(origin_of("https://user@api.example.org").is_err());
    }

    #[test]
    fn every_host_file_carries_the_csp_with_the_api_origin() {
        let origin = Some("https://api.example.org");
        let root = PublicBase::root();
        for text in [
            nginx(origin, &root),
            caddyfile(origin, &root),
            headers_file(origin, &root, &["/a-0123456789abcdef.css".into()]),
        ] {
            assert!(
                text.contains("connect-src 'self' https://api.example.org"),
                "{text}"
            );
            assert!(text.contains("frame-ancestors 'none'"));
            assert!(text.contains("immutable"));
            assert!(text.contains("no-cache"));
            assert!(!text.contains("unsafe-inline"));
        }
        assert!(
            nginx(origin, &root).contains("try_files $uri $uri.html $uri/index.html /shell.html;")
        );
        assert!(caddyfile(origin, &root).contains("{path}/index.html /shell.html"));
    }

    #[test]
    fn under_a_sub_path_every_location_and_fallback_follows_the_base() {
        let base = PublicBase::parse("/portail/").unwrap();
        let nginx = nginx(None, &base);
        assert!(nginx.contains("location /portail/ {"), "{nginx}");
        assert!(nginx.contains("/portail/shell.html;"));
        assert!(nginx.contains("location = /portail {\n    return 301 /portail/;"));
        assert!(
            nginx
                .contains("\"^/portail/(.*-[0-9a-f]{16}(_bg)?\\.[a-z0-9]+|pkg-[0-9a-f]{16}/.+)$\""),
            "{nginx}"
        );
        assert!(!nginx.contains("location / {"));
        // Nothing at the server's level: every directive is inside a portal location.
        let outside: Vec<&str> = nginx
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && !l.is_empty())
            .filter(|l| !l.starts_with("location") && *l != "}")
            .collect();
        assert_eq!(outside, Vec::<&str>::new());
        let caddy = caddyfile(None, &base);
        assert!(caddy.contains("redir /portail /portail/ permanent"));
        assert!(caddy.contains("{path}/index.html /portail/shell.html"));
        assert!(caddy.contains("\thandle /portail/* {\n"), "{caddy}");
        assert!(headers_file(None, &base, &[]).contains("\n/portail/*\n"));
    }
}
