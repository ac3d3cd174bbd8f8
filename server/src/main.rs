//! `portal-server`: the reference campus API, also serving the built portal.
//! `portal-server --help` lists its options and commands (`server::cli`).

use std::process::ExitCode;

use clap::Parser;
use server::cli::{Cli, Command};

/// The outcome of a one-shot command: what was done, or why not (exit code 2).
fn finish(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(done) => {
            println!("{done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    server::init_logging();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Account { action }) => return finish(server::admin::run(action).await),
        Some(Command::Event { action }) => return finish(server::event_admin::run(action).await),
        Some(Command::Backup { to, data }) => {
            return finish(server::backup::backup(&data.dir, &to))
        }
        Some(Command::Restore { from, data }) => {
            return finish(server::backup::restore(&data.dir, &from))
        }
        None => {}
    }
    let config = match cli.serve.into_config() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
