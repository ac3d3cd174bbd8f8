//! End-to-end harness: the real server binary on a free port with a temporary SQLite
//! database, and headless Chromium driven over WebDriver (ChromeDriver + fantoccini).
//!
//! `cargo xtask test` provides the environment: `PORTAL_SERVER_BIN`, `PORTAL_PYTHON` (with
//! aiosmtpd and icalendar), `PORTAL_DIST`,
//! `PORTAL_DIST_SUBPATH` (the build for `/portail/`), `PORTAL_AXE_JS`, `PORTAL_VNU_JAR`, `PORTAL_NGINX`,
//! `CHROMEDRIVER`, `CHROMIUM`.

pub mod fault_proxy;
pub mod mail_and_calendars;
pub mod staff;
pub mod static_host;

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use fantoccini::{actions::InputSource, elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tempfile::TempDir;
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

const WAIT: Duration = Duration::from_secs(15);

pub fn env_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var_os(name).unwrap_or_else(|| {
        panic!("{name} is not set: run the end-to-end tests with `cargo xtask test`")
    }))
}

/// Runs the Nu Html Checker (`PORTAL_VNU_JAR`, with Java) over `files`: every error it
/// reports, as "file:line: message".
pub fn html_errors(files: &[PathBuf]) -> Vec<String> {
    let out = std::process::Command::new("java")
        .arg("-jar")
        .arg(env_path("PORTAL_VNU_JAR"))
        .args(["--errors-only", "--format", "json"])
        .args(files)
        .output()
        .expect("java runs the Nu Html Checker");
    // The checker writes its JSON report on standard error.
    let report: Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "the Nu Html Checker's report is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    report["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["type"] != "info")
        .map(|m| {
            let file = m["url"].as_str().unwrap_or_default();
            let file = file.rsplit('/').next().unwrap_or(file);
            format!(
                "{file}:{}: {}",
                m["lastLine"],
                m["message"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

/// A free port, for a server that must be known before it starts (an origin the API
/// allows).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The reference server, serving the built portal.
pub struct Server {
    child: Option<Child>,
    pub addr: String,
    data: PathBuf,
}

impl Server {
    /// Starts the server on `addr` (`127.0.0.1:0` for a free port) with its database in `data`.
    pub async fn start(data: &Path, addr: &str) -> Server {
        Server::start_with(data, addr, &[]).await
    }

    /// Starts the server with extra command-line arguments.
    pub async fn start_with(data: &Path, addr: &str, extra: &[&str]) -> Server {
        Server::start_serving(data, addr, extra, &env_path("PORTAL_DIST")).await
    }

    /// Starts the server with extra arguments, serving the portal from `dist`.
    pub async fn start_serving(data: &Path, addr: &str, extra: &[&str], dist: &Path) -> Server {
        // The pages are tested with the samples, the space with the demo accounts.
        let args: Vec<&str> = extra.iter().copied().chain(["--demo-accounts"]).collect();
        Server::spawn(data, addr, &args, dist).await
    }

    /// Starts the server as a deployment starts it: a new database holds the campus facts
    /// only, no sample and no demo account.
    pub async fn start_facts_only(data: &Path) -> Server {
        Server::spawn(data, "127.0.0.1:0", &[], &env_path("PORTAL_DIST")).await
    }

    async fn spawn(data: &Path, addr: &str, args: &[&str], dist: &Path) -> Server {
        let mut child = Command::new(env_path("PORTAL_SERVER_BIN"))
            .args(args)
            .args(["--addr", addr, "--data"])
            .arg(data)
            .arg("--dist")
            .arg(dist)
            // Errors only: the demo-account warning of every fresh database is expected here.
            .env("RUST_LOG", "error")
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("the server starts");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let addr = tokio::time::timeout(WAIT, async {
            while let Some(line) = lines.next_line().await.unwrap() {
                if let Some(url) = line.split("listening on http://").nth(1) {
                    return url.trim().to_owned();
                }
            }
            panic!("the server exited before listening");
        })
        .await
        .expect("the server listens within 15 s");
        Server {
            child: Some(child),
            addr,
            data: data.to_owned(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Kills the server (as an outage would).
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.unwrap();
        }
    }

    /// Starts it again on the same address and database.
    pub async fn restart(&mut self) {
        self.stop().await;
        let again = Server::start(&self.data, &self.addr).await;
        *self = again;
    }
}

/// ChromeDriver's `se/log` command: the browser console since the last call.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// Headless Chromium through its own ChromeDriver.
pub struct Browser {
    _driver: Child,
    pub client: Client,
}

impl Browser {
    /// `accept_lang` sets the browser's preferred languages (`navigator.languages`).
    pub async fn start(accept_lang: &str) -> Browser {
        let port = free_port();
        let driver = Command::new(env_path("CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap().keep();
        let capabilities = json!({
            // The browser console, read by `Portal::console_problems`.
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": env_path("CHROMIUM"),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--hide-scrollbars",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run",
                    format!("--accept-lang={accept_lang}"),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let capabilities = match capabilities {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(e) if started.elapsed() < WAIT => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot start a WebDriver session: {e}"),
            }
        };
        Browser {
            _driver: driver,
            client,
        }
    }
}

/// A server with a fresh database and a browser: what every scenario starts from.
pub struct Portal {
    pub server: Server,
    pub browser: Browser,
    _data: TempDir,
    /// Where the pages come from when it is not the server (a static host).
    site: Option<static_host::StaticHost>,
}

impl Portal {
    pub async fn launch() -> Portal {
        Portal::launch_with_lang("fr-FR,fr").await
    }

    pub async fn launch_with_lang(accept_lang: &str) -> Portal {
        Portal::launch_with(accept_lang, &[]).await
    }

    /// The portal without its prerendered pages: every address gets the shell, and the
    /// app loads everything from the API. For what the app does when the API misbehaves
    /// while it loads (a prerendered page carries its data).
    pub async fn launch_unprerendered() -> Portal {
        let data = tempfile::tempdir().unwrap();
        let dist = data.path().join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        for entry in std::fs::read_dir(env_path("PORTAL_DIST")).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let page = name.contains(".html") && !name.starts_with("shell.html");
            if entry.file_type().unwrap().is_file() && !page {
                std::fs::copy(entry.path(), dist.join(&name)).unwrap();
            } else if name.starts_with("pkg-") {
                // The split wasm: the main part and its chunks.
                std::fs::create_dir_all(dist.join(&name)).unwrap();
                for part in std::fs::read_dir(entry.path()).unwrap() {
                    let part = part.unwrap();
                    std::fs::copy(part.path(), dist.join(&name).join(part.file_name())).unwrap();
                }
            }
        }
        let server = Server::start_serving(data.path(), "127.0.0.1:0", &[], &dist).await;
        let browser = Browser::start("fr-FR,fr").await;
        Portal {
            server,
            browser,
            _data: data,
            site: None,
        }
    }

    /// A portal whose server gets `server_args` (such as `--sample-programmes 10000`).
    pub async fn launch_with(accept_lang: &str, server_args: &[&str]) -> Portal {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start_with(data.path(), "127.0.0.1:0", server_args).await;
        let browser = Browser::start(accept_lang).await;
        Portal {
            server,
            browser,
            _data: data,
            site: None,
        }
    }

    /// The pages on nginx (the build's `deploy/nginx.conf`) and the API on the reference
    /// server, another origin it allows (`--allow-origin`).
    pub async fn launch_on_static_host() -> Portal {
        Portal::launch_on_host(static_host::Fallback::Shell).await
    }

    /// [`Portal::launch_on_static_host`], the host answering unknown addresses as
    /// `fallback` says.
    pub async fn launch_on_host(fallback: static_host::Fallback) -> Portal {
        let data = tempfile::tempdir().unwrap();
        let port = free_port();
        let origin = format!("http://127.0.0.1:{port}");
        let api_args = static_host::readme_api_args(&origin);
        let api_args: Vec<&str> = api_args.iter().map(String::as_str).collect();
        let server = Server::start_with(data.path(), "127.0.0.1:0", &api_args).await;
        let site = static_host::site_for(&server.url(""), data.path());
        let host = static_host::StaticHost::start(&site, port, fallback).await;
        let browser = Browser::start("fr-FR,fr").await;
        Portal {
            server,
            browser,
            _data: data,
            site: Some(host),
        }
    }

    /// The address of a page: on the static host if there is one, else on the server.
    pub fn page_url(&self, path: &str) -> String {
        match &self.site {
            Some(host) => host.url(path),
            None => self.server.url(path),
        }
    }

    pub fn client(&self) -> &Client {
        &self.browser.client
    }

    /// The server's data folder (its database, and its mail outbox as `.eml` files).
    pub fn data_dir(&self) -> &Path {
        self._data.path()
    }

    /// Opens `path` and waits until the app runs there: a prerendered page shows its
    /// content before the app is live, and a click then would load a page afresh.
    pub async fn goto(&self, path: &str) {
        self.client().goto(&self.page_url(path)).await.unwrap();
        self.wait_until_ready().await;
    }

    /// A fault-injecting, recording proxy in front of this portal's server.
    pub async fn proxy(&self) -> fault_proxy::FaultProxy {
        fault_proxy::FaultProxy::start(self.server.addr.clone()).await
    }

    /// Opens `path` through `proxy` (without waiting for the app: the proxy may be
    /// holding back what it needs).
    pub async fn goto_through(&self, proxy: &fault_proxy::FaultProxy, path: &str) {
        self.client().goto(&proxy.url(path)).await.unwrap();
    }

    /// The current app path (on a static host, without its public base).
    pub async fn path(&self) -> String {
        let url = self.client().current_url().await.unwrap();
        match &self.site {
            Some(host) => host
                .base
                .app_path(url.path())
                .unwrap_or_else(|| panic!("{url} is outside the portal's base"))
                .to_owned(),
            None => url.path().to_owned(),
        }
    }

    /// The current app path and query string (`/formations?level=master`).
    pub async fn path_and_query(&self) -> String {
        let url = self.client().current_url().await.unwrap();
        format!("{}?{}", self.path().await, url.query().unwrap_or(""))
    }

    /// Waits until the current path and query string are `expected`.
    pub async fn wait_for_query(&self, expected: &str) {
        self.wait_until(&format!("url {expected}"), || async {
            self.path_and_query().await == expected
        })
        .await;
    }

    /// Clicks the first element matching `css`, once it is there.
    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap();
    }

    /// Waits until the current path is `path`.
    pub async fn wait_for_path(&self, path: &str) {
        self.wait_until(&format!("path {path}"), || async {
            self.path().await == path
        })
        .await;
    }

    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let started = Instant::now();
        while !check().await {
            if started.elapsed() > WAIT {
                self.screenshot(&format!("timeout-{}", slug(what))).await;
                panic!("timed out waiting for {what} (at {})", self.path().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn find(&self, css: &str) -> Element {
        self.client()
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element `{css}`: {e}"))
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client().find_all(Locator::Css(css)).await.unwrap()
    }

    /// Waits until the `h1` reads `text`, and returns it.
    pub async fn wait_for_h1(&self, text: &str) {
        self.wait_until(&format!("h1 {text}"), || async {
            self.text_of("h1").await.as_deref() == Some(text)
        })
        .await;
    }

    pub async fn text_of(&self, css: &str) -> Option<String> {
        let element = self.client().find(Locator::Css(css)).await.ok()?;
        element.text().await.ok()
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client().execute(script, vec![]).await.unwrap()
    }

    /// GETs `path` from the page (same origin, so through the portal's own API) and
    /// returns the JSON answer: what the API says, to compare with what the page shows.
    pub async fn fetch_json(&self, path: &str) -> Value {
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0], { headers: { Accept: 'application/json' } })
                   .then(r => r.json()).then(done, e => done({ error: String(e) }));",
                vec![json!(path)],
            )
            .await
            .unwrap()
    }

    /// GETs `path` from the page (same origin) and returns the answer's text.
    pub async fn fetch_text(&self, path: &str) -> String {
        let text = self
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => r.text()).then(done, e => done('error: ' + e));",
                vec![json!(path)],
            )
            .await
            .unwrap();
        text.as_str().unwrap_or_default().to_owned()
    }

    /// The console's errors and warnings since the last call (the log is drained).
    pub async fn console_problems(&self) -> Vec<String> {
        let log = self.client().issue_cmd(BrowserLog).await.unwrap();
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Fails the test if the app panicked or its wasm trapped since the console was last
    /// read.
    pub async fn assert_no_panics(&self) {
        let panics: Vec<String> = self
            .console_problems()
            .await
            .into_iter()
            .filter(|m| m.contains("panicked") || m.contains("RuntimeError"))
            .collect();
        assert!(panics.is_empty(), "{panics:?}");
    }

    /// Signs in on the start-up space's form (once it is there) and submits it.
    pub async fn submit_sign_in(&self, email: &str, password: &str) {
        self.fill("#sign-in-email", email).await;
        self.fill("#sign-in-password", password).await;
        self.click(".space__sign-in button[type=submit]").await;
    }

    /// Types `text` into the field `css` (once it is there) as one input event, the way a
    /// paste does: the app's `input` handler sees the whole value.
    pub async fn fill(&self, css: &str, text: &str) {
        self.find(css).await;
        self.client()
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1];
                 el.dispatchEvent(new Event('input', {bubbles: true}));",
                vec![json!(css), json!(text)],
            )
            .await
            .unwrap();
    }

    /// Whether the page lists at least one `card` and each of them contains `text`.
    pub async fn every_card_says(&self, card: &str, text: &str) -> bool {
        self.client()
            .execute(
                "const cards = [...document.querySelectorAll(arguments[0])];
                 return cards.length > 0 && cards.every(c => c.textContent.includes(arguments[1]));",
                vec![json!(card), json!(text)],
            )
            .await
            .unwrap()
            == true
    }

    /// How much the page has moved under the reader since it started: the browser's own
    /// cumulative layout shift (shifts right after an input excluded), after a frame.
    pub async fn layout_shift(&self) -> f64 {
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 let total = 0;
                 new PerformanceObserver(list => {
                   for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
                 }).observe({type: 'layout-shift', buffered: true});
                 requestAnimationFrame(() => setTimeout(() => done(total), 100));",
                vec![],
            )
            .await
            .unwrap()
            .as_f64()
            .unwrap()
    }

    /// The document as the browser holds it now (after hydration and data), serialised.
    pub async fn rendered_html(&self) -> String {
        self.eval("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits until the app runs (hydrated, or rendered): `<html data-portal="ready">`.
    pub async fn wait_until_ready(&self) {
        self.wait_until("the app to start", || async {
            self.eval("return document.documentElement.dataset.portal || '';")
                .await
                == "ready"
        })
        .await;
    }

    /// Changes Cardiolume's profile through the real API, as its demo member (signed in from
    /// the page): a PATCH of `changes`. Returns the HTTP status (or the error's text).
    pub async fn patch_cardiolume_profile(&self, changes: Value) -> Value {
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 (async () => {
                   const me = await (await fetch('/api/v1/session', {method: 'POST', credentials: 'include',
                     headers: {'Content-Type': 'application/json'},
                     body: JSON.stringify({email: 'equipe@cardiolume.example', password: 'cardiolume-demo-2026'})})).json();
                   const current = await (await fetch('/api/v1/me/startup', {credentials: 'include'})).json();
                   const r = await fetch('/api/v1/me/startup', {method: 'PATCH', credentials: 'include',
                     headers: {'Content-Type': 'application/json', 'If-Match': current.etag, 'X-CSRF-Token': me.csrf_token},
                     body: JSON.stringify(arguments[0])});
                   done(r.status);
                 })().catch(e => done(String(e)));",
                vec![changes],
            )
            .await
            .unwrap()
    }

    /// The digits of an element's text ("10 000 formations" → 10000).
    pub async fn number_in(&self, css: &str) -> Option<u64> {
        let text = self.text_of(css).await?;
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        digits.parse().ok()
    }

    /// Tag, text and href of the focused element.
    pub async fn focused(&self) -> (String, String, String) {
        let value = self
            .eval(
                "const e = document.activeElement; \
                 return [e.tagName.toLowerCase(), e.textContent.trim(), e.getAttribute('href') || ''];",
            )
            .await;
        let part = |i: usize| value[i].as_str().unwrap_or_default().to_owned();
        (part(0), part(1), part(2))
    }

    /// Presses a key on the focused element (or the page when nothing has focus).
    pub async fn press(&self, key: fantoccini::key::Key) {
        let key: char = key.into();
        let actions = fantoccini::actions::KeyActions::new("keyboard".into())
            .then(fantoccini::actions::KeyAction::Down { value: key })
            .then(fantoccini::actions::KeyAction::Up { value: key });
        self.client().perform_actions(actions).await.unwrap();
    }

    /// Runs axe-core on the page: its WCAG 2.1 A/AA violations.
    pub async fn axe_violations(&self) -> Vec<Value> {
        axe_violations(self.client()).await
    }

    /// Fails on any WCAG 2.1 A/AA violation axe-core finds on the page.
    pub async fn assert_accessible(&self, label: &str) {
        let violations = self.axe_violations().await;
        if !violations.is_empty() {
            self.screenshot(&format!("axe-{}", slug(label))).await;
        }
        assert!(
            violations.is_empty(),
            "axe-core found WCAG 2.1 A/AA violations on {label}:\n{}",
            serde_json::to_string_pretty(&violations).unwrap()
        );
    }

    /// Saves a PNG of the whole page under `target/e2e-screenshots/`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client().screenshot().await.unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }

    /// Resizes the window to `width` and the page's full height, then screenshots it.
    pub async fn full_page_screenshot(&self, name: &str, width: u32) -> PathBuf {
        self.client().set_window_size(width, 900).await.unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let height = self
            .eval("return document.documentElement.scrollHeight;")
            .await
            .as_u64()
            .unwrap_or(900) as u32;
        self.client()
            .set_window_size(width, height.clamp(600, 8000))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let path = self.screenshot(name).await;
        self.client().set_window_size(1280, 900).await.unwrap();
        path
    }

    pub async fn close(self) {
        let Portal {
            mut server,
            browser,
            ..
        } = self;
        let _ = browser.client.close().await;
        server.stop().await;
    }
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Runs axe-core in any browser session: its WCAG 2.1 A/AA violations.
pub async fn axe_violations(client: &Client) -> Vec<Value> {
    let axe = std::fs::read_to_string(env_path("PORTAL_AXE_JS")).expect("axe-core installed");
    client.execute(&axe, vec![]).await.unwrap();
    let result = client
        .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map(n => n.target.join(' ')) }))))
                   .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));",
                vec![],
            )
            .await
            .unwrap();
    result
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("axe-core did not run: {result}"))
}
