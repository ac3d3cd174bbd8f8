//! The portal on a plain static host: Debian's nginx (`PORTAL_NGINX`), started on a free
//! port with the location file the build writes (`deploy/nginx.conf`), in front of a copy
//! of the sub-path build (`PORTAL_DIST_SUBPATH`, built with `--public-url /portail/`) whose
//! `config.json` points at an API on another origin.

use std::path::{Path, PathBuf};

use tempfile::TempDir;
use tokio::process::{Child, Command};

use crate::{env_path, WAIT};

pub struct StaticHost {
    _nginx: Child,
    pub origin: String,
    /// The path the build was made for, where the host publishes it.
    pub base: deploy::PublicBase,
    _dir: TempDir,
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A web root holding a copy of the sub-path build under its base (`www/portail/`), for an
/// API at `api_base`, as `cargo xtask build --api-base` would make it: its `config.json`
/// and its host files name that API.
pub fn site_for(api_base: &str, into: &Path) -> PathBuf {
    let build = subpath_dist();
    let base = deploy::public_base_of(&build).unwrap();
    let root = into.join("www");
    let site = root.join(base.prefix().trim_start_matches('/'));
    copy_tree(&build, &site);
    deploy::configure(&site, api_base).unwrap();
    root
}

/// The web root the README's steps name (`/srv/www`, holding dist/ as `portail/`).
const README_ROOT: &str = "/srv/www";

/// The README's deployment steps (its Deploy section), which these tests follow.
pub fn readme_steps() -> deploy::readme::DeploySteps {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    deploy::readme::deploy_steps(&std::fs::read_to_string(readme).unwrap()).unwrap()
}

/// The README's API options (Deploy, step 3), allowing `origin` in place of the README's.
pub fn readme_api_args(origin: &str) -> Vec<String> {
    let steps = readme_steps();
    let site = steps
        .build_value("--site-url")
        .expect("step 1 names the site");
    steps
        .api
        .iter()
        .map(|arg| arg.replace(site, origin))
        .collect()
}

fn subpath_dist() -> PathBuf {
    env_path("PORTAL_DIST_SUBPATH")
}

/// What a host answers for an address it has no file for.
#[derive(Clone, Copy)]
pub enum Fallback {
    /// The shell, with 200: the README's nginx block, which includes the build's
    /// `deploy/nginx.conf`.
    Shell,
    /// Its error document, `404.html`, with 404, and no header of the portal's: what
    /// GitHub and GitLab Pages and object stores can do.
    ErrorDocument,
}

impl StaticHost {
    /// nginx on `port` with the web root `root` (from [`site_for`]), answering an address
    /// it has no file for as `fallback` says.
    pub async fn start(root: &Path, port: u16, fallback: Fallback) -> StaticHost {
        let base = deploy::public_base_of(&subpath_dist()).unwrap();
        let site = root.join(base.prefix().trim_start_matches('/'));
        let dir = tempfile::tempdir().unwrap();
        let prefix = dir.path();
        for temp in ["body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(prefix.join(temp)).unwrap();
        }
        let listen = format!("listen 127.0.0.1:{port};");
        let server = match fallback {
            // The README's server block (Deploy, step 2), with this test's port and root.
            Fallback::Shell => {
                let server = readme_steps()
                    .nginx_server
                    .replace("listen 80;", &listen)
                    .replace(README_ROOT, &root.display().to_string());
                assert!(server.contains(&format!("{}", site.display())), "{server}");
                server
            }
            Fallback::ErrorDocument => format!(
                "server {{ {listen} root {}; location / {{ try_files $uri $uri.html \
                 $uri/index.html =404; }} error_page 404 {}; }}",
                root.display(),
                base.asset("404.html"),
            ),
        };
        let conf = format!(
            // One process (no workers): stopping it leaves nothing behind.
            "master_process off;\ndaemon off;\npid {p}/nginx.pid;\nerror_log {p}/error.log warn;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n\
               client_body_temp_path {p}/body;\n  proxy_temp_path {p}/proxy;\n  fastcgi_temp_path {p}/fastcgi;\n\
               uwsgi_temp_path {p}/uwsgi;\n  scgi_temp_path {p}/scgi;\n\
               {server}\n}}\n",
            p = prefix.display(),
        );
        std::fs::write(prefix.join("nginx.conf"), conf).unwrap();
        let nginx = Command::new(env_path("PORTAL_NGINX"))
            .arg("-p")
            .arg(prefix)
            .arg("-c")
            .arg(prefix.join("nginx.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("nginx starts");
        let started = std::time::Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(
                started.elapsed() < WAIT,
                "nginx does not listen: {}",
                std::fs::read_to_string(prefix.join("error.log")).unwrap_or_default()
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        StaticHost {
            _nginx: nginx,
            origin: format!("http://127.0.0.1:{port}"),
            base,
            _dir: dir,
        }
    }

    /// The address of the app path `path` (`/formations`) on this host, under its base.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.base.url_of(path))
    }
}
