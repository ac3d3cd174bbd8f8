//! `portal-server`'s command line, declared once: serving (the default), and the campus
//! team's one-shot commands (accounts, events, backups). clap writes the parser, the help
//! and the usage errors (exit code 2) from these types.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::{
    app_state::MailSettings, config::ServerConfig, db::Content, http::cors::AllowedOrigin,
};

#[derive(Debug, Parser)]
#[command(
    name = "portal-server",
    about = "The reference campus API, also serving the built portal",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

impl Cli {
    /// The command line `portal-server ARGS…` (for tools and tests that run a command
    /// in-process).
    pub fn from_words<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<Cli, String> {
        Cli::try_parse_from(std::iter::once("portal-server").chain(args)).map_err(|e| e.to_string())
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start-up accounts (the password is read from standard input, never the arguments)
    Account {
        #[command(subcommand)]
        action: AccountAction,
    },
    /// The agenda's events
    Event {
        #[command(subcommand)]
        action: EventAction,
    },
    /// A consistent copy of the database, taken while the server runs
    Backup {
        /// The new file to write
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
    /// Puts a backup in place of the database (stop the server first; the current one is
    /// kept aside)
    Restore {
        /// The backup to restore
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
}

/// The folder of the SQLite database.
#[derive(Debug, Args)]
pub struct DataDir {
    /// Folder of the SQLite database
    #[arg(long = "data", value_name = "DIR", default_value = "data")]
    pub dir: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum AccountAction {
    /// Creates a start-up member's account, or a campus team account (`--role staff`)
    Create {
        #[arg(long)]
        email: String,
        /// A member of a start-up, or the campus team (who enrol a second factor at their
        /// first sign-in)
        #[arg(long, value_enum, default_value_t = AccountRole::Member)]
        role: AccountRole,
        /// The member's start-up (its slug); staff have none
        #[arg(long, value_name = "SLUG")]
        startup: Option<String>,
        #[command(flatten)]
        data: DataDir,
    },
    /// Sets a new password and closes the account's sessions
    ResetPassword {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// Deletes an account (when a start-up leaves)
    Delete {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        data: DataDir,
    },
}

/// Who an account is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AccountRole {
    /// A start-up's member: edits that start-up's profile
    Member,
    /// The campus team: the team space, with a second factor
    Staff,
}

#[derive(Debug, Subcommand)]
pub enum EventAction {
    /// Publishes or changes an event from a JSON file, checked by the model's rules
    Upsert {
        #[arg(long = "from", value_name = "FILE.json")]
        file: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
    /// Cancels an event; its registrants are told by e-mail
    Cancel {
        slug: String,
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        mail: MailArgs,
    },
    /// Writes an event's registrations as CSV on standard output
    Registrations {
        slug: String,
        /// The format (CSV is the only one)
        #[arg(long, required = true)]
        csv: bool,
        #[command(flatten)]
        data: DataDir,
    },
}

/// Where mail's links point and who sends it.
#[derive(Debug, Args)]
pub struct MailArgs {
    /// Where the portal is published (links in e-mails and calendars)
    #[arg(long, value_name = "URL", default_value_t = MailSettings::default().site_url)]
    pub site_url: String,
    /// The sender of the agenda's e-mails
    #[arg(long, value_name = "ADDRESS", default_value_t = MailSettings::default().from)]
    pub mail_from: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Folder of the SQLite database, created and seeded on first start
    #[arg(long = "data", value_name = "DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Folder of the built portal to serve
    #[arg(long = "dist", value_name = "DIR", default_value = "dist")]
    pub dist_dir: PathBuf,
    /// Pages of ORIGIN (https://portal.example.org) may call the API, with credentials;
    /// repeatable, and also read from PORTAL_ALLOW_ORIGINS (commas)
    #[arg(
        long = "allow-origin",
        value_name = "ORIGIN",
        value_parser = AllowedOrigin::parse
    )]
    pub allow_origins: Vec<AllowedOrigin>,
    /// A reverse proxy in front of this server: its X-Forwarded-For names the client for
    /// sign-in rate limiting; repeatable, and also read from PORTAL_TRUSTED_PROXIES
    /// (commas). Off by default: the peer address counts
    #[arg(long = "trusted-proxy", value_name = "ADDR")]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Also load the sample programmes, start-ups and events (invented, marked as samples)
    /// into a new database; without it only the campus facts are loaded
    #[arg(long)]
    pub sample_data: bool,
    /// Also create the README's demo accounts (local use only; implies --sample-data);
    /// without it, a database holding them is refused
    #[arg(long)]
    pub demo_accounts: bool,
    #[command(flatten)]
    pub mail: MailArgs,
    /// Deliver e-mail to the SMTP relay at URL (smtp://host:25 or smtp://user:pass@host:587,
    /// without TLS: a relay on this host or network); without it, e-mails are written as
    /// .eml files under DIR/outbox
    #[arg(long, value_name = "URL")]
    pub smtp_url: Option<String>,
    /// Benchmarks only: add generated programmes until the catalogue holds N
    #[arg(long, value_name = "N")]
    pub sample_programmes: Option<usize>,
    /// Benchmarks only: add generated start-ups until the directory holds N
    #[arg(long, value_name = "N")]
    pub sample_startups: Option<usize>,
}

impl MailArgs {
    pub fn settings(self, smtp_url: Option<String>) -> MailSettings {
        MailSettings {
            site_url: self.site_url,
            from: self.mail_from,
            smtp_url,
        }
    }
}

impl ServeArgs {
    /// The configuration: these options, after the origins and proxies of the environment
    /// (`PORTAL_ALLOW_ORIGINS`, `PORTAL_TRUSTED_PROXIES`: comma-separated, empty items
    /// skipped).
    pub fn into_config(self) -> Result<ServerConfig, String> {
        let env = |name: &str| std::env::var(name).unwrap_or_default();
        let mut allow_origins = AllowedOrigin::parse_list(&env("PORTAL_ALLOW_ORIGINS"))
            .map_err(|e| format!("PORTAL_ALLOW_ORIGINS: {e}"))?;
        for origin in self.allow_origins {
            if !allow_origins.contains(&origin) {
                allow_origins.push(origin);
            }
        }
        let mut trusted_proxies = Vec::new();
        for raw in env("PORTAL_TRUSTED_PROXIES")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let ip: std::net::IpAddr = raw
                .parse()
                .map_err(|e| format!("PORTAL_TRUSTED_PROXIES {raw}: {e}"))?;
            trusted_proxies.push(ip);
        }
        trusted_proxies.extend(self.trusted_proxies);
        Ok(ServerConfig {
            addr: self.addr,
            data_dir: self.data_dir,
            dist_dir: self.dist_dir,
            content: Content {
                samples: self.sample_data,
                demo_accounts: self.demo_accounts,
            },
            sample_programmes: self.sample_programmes,
            sample_startups: self.sample_startups,
            allow_origins,
            trusted_proxies: trusted_proxies
                .into_iter()
                .map(|ip| ip.to_canonical())
                .collect(),
            mail: self.mail.settings(self.smtp_url),
        })
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serving_defaults_match_the_default_configuration() {
        let config = Cli::try_parse_from(["portal-server"])
            .unwrap()
            .serve
            .into_config()
            .unwrap();
        let default = ServerConfig::default();
        assert_eq!(config.addr, default.addr);
        assert_eq!(config.data_dir, default.data_dir);
        assert_eq!(config.dist_dir, default.dist_dir);
        assert_eq!(config.mail.site_url, default.mail.site_url);
        assert_eq!(config.mail.from, default.mail.from);
        assert!(!config.content.samples && !config.content.demo_accounts);
    }

    #[test]
    fn commands_and_serving_options_do_not_mix() {
        assert!(
            Cli::try_parse_from(["portal-server", "--sample-data", "backup", "--to", "x"]).is_err()
        );
        assert!(Cli::try_parse_from(["portal-server", "event", "registrations", "s"]).is_err());
        assert!(Cli::try_parse_from(["portal-server", "--allow-origin", "*"]).is_err());
        let cli = Cli::try_parse_from([
            "portal-server",
            "--allow-origin",
            "https://a.example",
            "--allow-origin",
            "https://a.example",
            "--trusted-proxy",
            "::ffff:10.0.0.1",
        ])
        .unwrap();
        let config = cli.serve.into_config().unwrap();
        assert_eq!(config.allow_origins.len(), 1);
        assert_eq!(
            config.trusted_proxies,
            ["10.0.0.1".parse::<std::net::IpAddr>().unwrap()]
        );
    }
}
