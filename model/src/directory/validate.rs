//! The rules a start-up profile must meet, applied by the server on every write and by the
//! app while the profile is edited: one definition, field by field.

use serde::{Deserialize, Serialize};

use super::{Startup, StartupSummary};
use crate::{
    text::{self, Lines},
    validate_slug, Localised,
};

/// Length limits, in characters.
pub mod limits {
    pub const NAME: usize = 80;
    pub const PITCH_MIN: usize = 10;
    pub const PITCH: usize = 160;
    pub const DESCRIPTION: usize = 4000;
    pub const LAB: usize = 160;
    pub const URL: usize = 300;
    pub const EMAIL: usize = 254;
    pub const SECTORS: usize = 3;
    pub const SOCIAL: usize = 6;
    /// The campus has five poles; a start-up may belong to each once.
    pub const POLES: usize = 5;
    pub const FOUNDED_MIN: u16 = 1990;
}

/// One field that breaks a rule; `field` is its JSON path (`pitch.en`, `social[1].url`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub reason: String,
}

/// An `https://` address with a real host name: no user name or password before the host
/// (`https://campus.example@evil.example/` goes to evil.example), no empty label, no bare
/// IP address, no spaces, quotes, angle brackets, backslashes, control or format
/// characters. The server also parses what passes with the `url` crate (a test keeps the
/// two in agreement).
pub fn validate_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .ok_or("must start with https://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if url.chars().count() > limits::URL {
        return Err(format!("at most {} characters", limits::URL));
    }
    if url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || text::is_format(c) || "\"<>\\^`{|}".contains(c)
    }) {
        return Err(
            "must not contain spaces, quotes, angle brackets or invisible characters".into(),
        );
    }
    if authority.contains('@') {
        return Err("must not hold a user name or password before the host".into());
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if port.is_some_and(|p| {
        p.is_empty()
            || p.len() > 5
            || !p.bytes().all(|b| b.is_ascii_digit())
            || p.parse::<u32>().map_or(true, |n| n > 65535)
    }) {
        return Err("has a port that is not a number from 0 to 65535".into());
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.chars().count() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let top_is_name = labels
        .last()
        .is_some_and(|tld| tld.chars().any(|c| !c.is_ascii_digit()));
    if labels.len() < 2 || !labels.iter().all(label_ok) || !top_is_name {
        return Err("needs a host name such as example.org".into());
    }
    Ok(())
}

/// A plain `name@host.tld` address.
pub fn validate_email(email: &str) -> Result<(), String> {
    let (local, host) = email
        .split_once('@')
        .ok_or("must look like name@example.org")?;
    if email.chars().count() > limits::EMAIL {
        Err(format!("at most {} characters", limits::EMAIL))
    } else if local.is_empty()
        || !host.contains('.')
        || host.starts_with('.')
        || host.ends_with('.')
        || host.contains("..")
        || email.chars().any(|c| {
            c.is_whitespace() || c.is_control() || text::is_format(c) || "<>\"(),;:[]\\".contains(c)
        })
        || host.contains('@')
    {
        Err("must look like name@example.org".into())
    } else {
        Ok(())
    }
}

/// At most this many field errors come back: a list of 200,000 bad items is one error
/// about its length, not 200,000.
pub const MAX_ERRORS: usize = 32;

/// Collects the broken rules of one value, up to [`MAX_ERRORS`].
#[derive(Default)]
pub(crate) struct Check {
    pub(crate) errors: Vec<FieldError>,
}

impl Check {
    pub(crate) fn fail(&mut self, field: impl Into<String>, reason: impl Into<String>) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(FieldError {
                field: field.into(),
                reason: reason.into(),
            });
        }
    }

    /// One text: its characters, then something visible, then its length.
    pub(crate) fn one_text(
        &mut self,
        field: String,
        value: &str,
        lines: Lines,
        min: usize,
        max: usize,
    ) {
        if let Some(fault) = text::fault(value, lines) {
            self.fail(field, fault);
        } else if !text::has_visible(value) {
            self.fail(field, format!("at least {} characters", min.max(1)));
        } else if value.trim().chars().count() < min {
            self.fail(field, format!("at least {min} characters"));
        } else if value.chars().count() > max {
            self.fail(field, format!("at most {max} characters"));
        }
    }

    pub(crate) fn text(
        &mut self,
        field: &str,
        text: &Localised,
        lines: Lines,
        min: usize,
        max: usize,
    ) {
        for (lang, value) in [("fr", &text.fr), ("en", &text.en)] {
            self.one_text(format!("{field}.{lang}"), value, lines, min, max);
        }
    }

    /// A list of at most `max` items, none twice: past the bound, only the length is
    /// reported, so a huge list costs one error.
    pub(crate) fn list<T: PartialEq>(
        &mut self,
        field: &str,
        items: &[T],
        max: usize,
        noun: &str,
    ) -> bool {
        if items.len() > max {
            self.fail(field, format!("at most {max} {noun}"));
            return false;
        }
        for (i, item) in items.iter().enumerate() {
            if items[..i].contains(item) {
                self.fail(format!("{field}[{i}]"), "listed twice");
            }
        }
        true
    }
}

impl StartupSummary {
    /// Every broken rule of the card fields; `this_year` bounds the founding year.
    pub fn check(&self, this_year: u16) -> Vec<FieldError> {
        let mut c = Check { errors: Vec::new() };
        if let Err(e) = validate_slug(&self.slug) {
            c.fail("slug", e.to_string());
        }
        c.one_text("name".into(), &self.name, Lines::One, 1, limits::NAME);
        c.text(
            "pitch",
            &self.pitch,
            Lines::One,
            limits::PITCH_MIN,
            limits::PITCH,
        );
        if self.sectors.is_empty() {
            c.fail("sectors", "choose at least one sector");
        } else {
            c.list("sectors", &self.sectors, limits::SECTORS, "sectors");
        }
        if self.poles.is_empty() {
            c.fail("poles", "choose at least one pole");
        } else if c.list("poles", &self.poles, limits::POLES, "poles") {
            for (i, pole) in self.poles.iter().enumerate() {
                if validate_slug(pole).is_err() {
                    c.fail(format!("poles[{i}]"), "not a valid identifier");
                }
            }
        }
        if self
            .founded
            .is_some_and(|year| year < limits::FOUNDED_MIN || year > this_year)
        {
            c.fail(
                "founded",
                format!("a year from {} to {this_year}", limits::FOUNDED_MIN),
            );
        }
        if let Some(spin_off) = &self.spin_off {
            c.one_text(
                "spin_off.lab".into(),
                &spin_off.lab,
                Lines::One,
                1,
                limits::LAB,
            );
            if let Some(institute) = &spin_off.institute {
                if validate_slug(institute).is_err() {
                    c.fail("spin_off.institute", "not a valid identifier");
                }
            }
        }
        if let (Some(updated), Some(since)) = (self.updated, self.member_since) {
            if updated < since {
                c.fail("updated", "cannot be before member_since");
            }
        }
        if let Some(logo) = &self.logo {
            if !logo.is_uploaded() && validate_url(logo.as_str()).is_err() {
                c.fail("logo", "must be an https:// address or an uploaded file");
            }
        }
        c.errors
    }
}

impl Startup {
    /// Every broken rule of the profile, in field order; empty when it can be published.
    pub fn check(&self, this_year: u16) -> Vec<FieldError> {
        let mut c = Check {
            errors: self.summary.check(this_year),
        };
        c.text(
            "description",
            &self.description,
            Lines::Many,
            1,
            limits::DESCRIPTION,
        );
        if self.summary.hiring && self.careers_url.is_none() && self.email.is_none() {
            c.fail(
                "careers_url",
                "a hiring start-up gives a careers page or an e-mail",
            );
        }
        for (field, url) in [
            ("careers_url", &self.careers_url),
            ("website", &self.website),
        ] {
            if let Some(Err(e)) = url.as_deref().map(validate_url) {
                c.fail(field, e);
            }
        }
        if let Some(Err(e)) = self.email.as_deref().map(validate_email) {
            c.fail("email", e);
        }
        if self.social.len() > limits::SOCIAL {
            c.fail("social", format!("at most {} links", limits::SOCIAL));
        } else {
            for (i, link) in self.social.iter().enumerate() {
                if self.social[..i].iter().any(|l| l.network == link.network) {
                    c.fail(format!("social[{i}].network"), "one link per network");
                }
                if let Err(e) = validate_url(&link.url) {
                    c.fail(format!("social[{i}].url"), e);
                }
            }
        }
        c.errors
    }
}
