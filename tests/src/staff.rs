//! The campus team in a browser: accounts made with the server's command, the codes an
//! authenticator app would show, signing in, adding the app at the first sign-in.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use totp_rs::{Algorithm, Builder, Secret};

use crate::{env_path, Portal};

/// The demo staff account of the sample data.
pub const DEMO_EMAIL: &str = "equipe@campus-demo.example";
pub const DEMO_PASSWORD: &str = "equipe-campus-demo-2026";

/// The code an authenticator app shows for `secret` at `unix` seconds.
pub fn code_at(secret: &str, unix: u64) -> String {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_secret(Secret::try_from_base32(secret).expect("a base32 key"))
        .build()
        .expect("a valid TOTP")
        .generate(unix)
        .to_string()
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Creates a staff account with the server's own command, on the server's database.
pub fn create_staff(data: &Path, email: &str, password: &str) {
    let mut child = std::process::Command::new(env_path("PORTAL_SERVER_BIN"))
        .args([
            "account", "create", "--role", "staff", "--email", email, "--data",
        ])
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server's account command");
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Presses a button as a keyboard user does (Enter on it): the language suggestion that
/// may float over the bottom of the window cannot intercept it.
pub async fn press(portal: &Portal, css: &str) {
    portal.find(css).await;
    portal
        .eval(&format!("document.querySelector('{css}').click();"))
        .await;
}

/// Presses the first element matching `css` whose text contains `text`.
pub async fn press_text(portal: &Portal, css: &str, text: &str) {
    portal
        .wait_until(&format!("{css} saying {text:?}"), || async {
            portal
                .client()
                .execute(
                    "const el = [...document.querySelectorAll(arguments[0])]
                        .find(e => e.textContent.includes(arguments[1]));
                     if (el) { el.click(); return true; } return false;",
                    vec![serde_json::json!(css), serde_json::json!(text)],
                )
                .await
                .unwrap()
                == true
        })
        .await;
}

/// Fills the team's sign-in form and sends it.
pub async fn sign_in(portal: &Portal, email: &str, password: &str, code: &str) {
    portal.find("#team-email").await;
    portal.fill("#team-email", email).await;
    portal.fill("#team-password", password).await;
    portal.fill("#team-code", code).await;
    press(portal, ".team__sign-in button[type=submit]").await;
}

/// The first sign-in of a staff account: adds the authenticator and returns its key and
/// the recovery codes; the page is then on the space's first view.
pub async fn enrol(portal: &Portal, email: &str, password: &str) -> (String, Vec<String>) {
    sign_in(portal, email, password, "").await;
    portal.find(".team__enrol h2").await;
    press(portal, ".team__enrol button").await;
    portal.find(".team__secret").await;
    let secret = portal.text_of(".team__secret").await.expect("the key");
    portal
        .fill("#team-first-code", &code_at(&secret, now()))
        .await;
    press(portal, ".team__enrol button[type=submit]").await;
    portal
        .wait_until("ten recovery codes", || async {
            portal.find_all(".team__codes li").await.len() == 10
        })
        .await;
    let mut codes = Vec::new();
    for item in portal.find_all(".team__codes li").await {
        codes.push(item.text().await.unwrap());
    }
    press(portal, ".team__enrol button").await;
    portal.find(".team__nav").await;
    (secret, codes)
}

/// Whether the focused element matches `css`.
pub async fn focused_matches(portal: &Portal, css: &str) -> bool {
    portal
        .eval(&format!(
            "return document.activeElement && document.activeElement.matches('{css}');"
        ))
        .await
        == true
}
