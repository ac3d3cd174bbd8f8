//! `cargo xtask <command>`: the project's tooling, in Rust (no shell glue). The commands
//! are [`Command`]'s variants and their options the modules' `Options` types, declared
//! once with clap: `cargo xtask --help` (or `cargo xtask <command> --help`) prints them.

mod api_fuzz;
mod bench;
mod build;
mod compress;
mod fuzz;
mod prerender;
mod process;
mod python_tools;
mod server_process;
mod social_card;
mod styles;
mod test;
mod tools;
mod wasm;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// The project's tooling: tool install, build, tests, benchmarks and fuzzing.
#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    after_help = "Tools are cached in $PORTAL_TOOLS_DIR (default ~/.cache/parisante-portal/tools)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the portal and serve it with the reference API (default http://127.0.0.1:8080,
    /// database in ./data)
    Serve(build::ServeOptions),
    /// Run every test layer (lints, unit, browser, end-to-end)
    Test,
    /// Measure sizes, Lighthouse, filter and API latency (table printed, JSON in
    /// target/bench/)
    Bench(bench::Options),
    /// Run each cargo-fuzz target for a bounded time (nightly)
    Fuzz(fuzz::Options),
    /// Build the release portal into dist/, with header files for static hosts (dist/deploy/,
    /// _headers)
    Build(build::Options),
    /// Install the missing tools only
    Tools,
}

fn main() -> ExitCode {
    let Some(command) = Cli::parse().command else {
        // No command: the usage, as `--help` prints it, and no error.
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    let result = match command {
        Command::Serve(options) => build::serve(&options),
        Command::Test => test::run_all(),
        Command::Bench(options) => bench::run(&options),
        Command::Fuzz(options) => fuzz::run_all(&options),
        Command::Build(options) => {
            tools::Tools::ensure(tools::Need::Build).and_then(|t| build::portal_with(&t, &options))
        }
        Command::Tools => tools::Tools::ensure(tools::Need::Test).map(|_| ()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Cli, Command};
    use clap::{CommandFactory, Parser};

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    fn parse(line: &str) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("cargo xtask").chain(line.split_whitespace()))
            .map(|cli| cli.command.expect("a command"))
    }

    #[test]
    fn reads_each_command_with_its_defaults() {
        let Ok(Command::Bench(bench)) = parse("bench --quick --route /agenda --route /en --runs 2")
        else {
            panic!("bench");
        };
        assert!(bench.quick && !bench.api_only);
        assert_eq!(bench.runs, Some(2));
        assert_eq!(bench.only, ["/agenda", "/en"]);
        assert!(parse("bench --route agenda").is_err());
        assert!(parse("bench --runs 0").is_err());
        let Ok(Command::Fuzz(fuzz)) = parse("fuzz") else {
            panic!("fuzz");
        };
        assert_eq!(fuzz.seconds, 60);
        let Ok(Command::Serve(serve)) = parse("serve --addr 0.0.0.0:9000") else {
            panic!("serve");
        };
        assert_eq!(
            serve.server_args(std::path::Path::new("/d")),
            ["--addr", "0.0.0.0:9000", "--data", "/d"]
        );
        assert!(parse("build --site-url https://www.example.org/portail/").is_err());
        assert!(parse("deploy").is_err());
    }
}
