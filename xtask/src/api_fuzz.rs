//! Contract fuzzing with schemathesis (PyPI): every operation of `server/openapi.yaml`
//! against a running reference server, signed in as a demo member. Any 5xx, undocumented
//! status or answer breaking the schema fails. Configuration: `server/schemathesis.toml`.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

use anyhow::{Context, Result};

use crate::{
    process::{output, run, step, workspace_root},
    tools::tools_dir,
};

pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// A virtual environment with schemathesis in the tools cache, made once.
fn ensure_schemathesis() -> Result<PathBuf> {
    let venv = tools_dir()?.join(format!("schemathesis-{SCHEMATHESIS_VERSION}"));
    let st = venv.join("bin/schemathesis");
    if output(&st, &["--version"]).is_some_and(|v| v.contains(SCHEMATHESIS_VERSION)) {
        return Ok(st);
    }
    step(&format!(
        "Installing schemathesis {SCHEMATHESIS_VERSION} (python3 venv + pip, about 20 s, once)"
    ));
    run(
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        "python3 with the venv module is needed (apt install python3-venv)",
    )?;
    run(
        Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            &format!("schemathesis=={SCHEMATHESIS_VERSION}"),
        ]),
        &format!(
            "install it by hand: {}/bin/pip install schemathesis=={SCHEMATHESIS_VERSION}",
            venv.display()
        ),
    )?;
    Ok(st)
}

/// Signs a demo member in: (session cookie value, CSRF token).
fn sign_in(addr: &str) -> Result<(String, String)> {
    let body = r#"{"email":"equipe@datavoile.example","password":"datavoile-demo-2026"}"#;
    let signing_in = || format!("signing the demo member in at {addr}");
    let mut stream = TcpStream::connect(addr).with_context(signing_in)?;
    write!(
        stream,
        "POST /api/v1/session HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .with_context(signing_in)?;
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .with_context(signing_in)?;
    let cookie = answer
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: campus_session="))
        .and_then(|v| v.split(';').next())
        .with_context(|| format!("signing the demo member in failed:\n{answer}"))?;
    let csrf = answer
        .split("\"csrf_token\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .context("no csrf_token in the sign-in answer")?;
    Ok((cookie.to_owned(), csrf.to_owned()))
}

pub fn run_against(server_bin: &Path) -> Result<()> {
    let st = ensure_schemathesis()?;
    let data = std::env::temp_dir().join(format!("portal-contract-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let mut server = Command::new(server_bin)
        // The contract is probed signed in too, with a demo account.
        .args(["--demo-accounts", "--addr", "127.0.0.1:0", "--data"])
        .arg(&data)
        .arg("--dist")
        .arg(data.join("no-dist"))
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting the server {}", server_bin.display()))?;
    let mut stdout = BufReader::new(server.stdout.take().expect("piped"));
    let mut line = String::new();
    stdout
        .read_line(&mut line)
        .context("reading the server's address")?;
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = line
        .trim()
        .rsplit("http://")
        .next()
        .unwrap_or_default()
        .to_owned();
    let result = sign_in(&addr).and_then(|(cookie, csrf)| {
        step("Contract fuzzing of openapi.yaml with schemathesis (every operation, signed in)");
        run(
            Command::new(&st)
                .current_dir(workspace_root())
                .env("PORTAL_SESSION", cookie)
                .env("PORTAL_CSRF", csrf)
                .args([
                    "--config-file",
                    "server/schemathesis.toml",
                    "run",
                    "server/openapi.yaml",
                    "--checks",
                    "all",
                    "--no-color",
                ])
                .args(["--url", &format!("http://{addr}/api/v1")]),
            "schemathesis found a 5xx or a contract break: see the report above",
        )
    });
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data);
    result
}
