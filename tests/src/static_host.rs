//! `dist/` on a plain static host: Debian's nginx (`PORTAL_NGINX`), started on a free port
//! with the location file the build writes (`deploy/nginx.conf`), in front of a copy of
//! `dist/` whose `config.json` points at an API on another origin.

use std::path::{Path, PathBuf};

use tempfile::TempDir;
use tokio::process::{Child, Command};

use crate::{env_path, WAIT};

pub struct StaticHost {
    _nginx: Child,
    pub origin: String,
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

/// A copy of the built portal for an API at `api_base`, as `cargo xtask build --api-base`
/// would make it: its `config.json` and its host files name that API.
pub fn site_for(api_base: &str, into: &Path) -> PathBuf {
    let site = into.join("site");
    copy_tree(&env_path("PORTAL_DIST"), &site);
    deploy::configure(&site, api_base).unwrap();
    site
}

impl StaticHost {
    /// nginx on `port` serving `site` with the build's `deploy/nginx.conf`.
    pub async fn start(site: &Path, port: u16) -> StaticHost {
        let dir = tempfile::tempdir().unwrap();
        let prefix = dir.path();
        for temp in ["body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(prefix.join(temp)).unwrap();
        }
        let conf = format!(
            // One process (no workers): stopping it leaves nothing behind.
            "master_process off;\ndaemon off;\npid {p}/nginx.pid;\nerror_log {p}/error.log warn;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n\
               client_body_temp_path {p}/body;\n  proxy_temp_path {p}/proxy;\n  fastcgi_temp_path {p}/fastcgi;\n\
               uwsgi_temp_path {p}/uwsgi;\n  scgi_temp_path {p}/scgi;\n\
               server {{\n    listen 127.0.0.1:{port};\n    root {site};\n    include {site}/deploy/nginx.conf;\n  }}\n}}\n",
            p = prefix.display(),
            site = site.display(),
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
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}
