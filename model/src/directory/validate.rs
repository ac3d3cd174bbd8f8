//! The rules a start-up profile must meet, applied by the server on every write and by the
//! app while the profile is edited: one definition, field by field.

use serde::{Deserialize, Serialize};

use super::{Startup, StartupSummary};
use crate::{validate_slug, Localised};

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
    pub const FOUNDED_MIN: u16 = 1990;
}

/// One field that breaks a rule; `field` is its JSON path (`pitch.en`, `social[1].url`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub reason: String,
}

/// An `https://` address without spaces or control characters.
pub fn validate_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .ok_or("must start with https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if url.chars().count() > limits::URL {
        Err(format!("at most {} characters", limits::URL))
    } else if host.is_empty() || !host.contains('.') || host.starts_with('.') {
        Err("needs a host name such as example.org".into())
    } else if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        Err("must not contain spaces, quotes or angle brackets".into())
    } else {
        Ok(())
    }
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
        || email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:[]\\".contains(c))
        || host.contains('@')
    {
        Err("must look like name@example.org".into())
    } else {
        Ok(())
    }
}

struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn fail(&mut self, field: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.into(),
            reason: reason.into(),
        });
    }

    fn text(&mut self, field: &str, text: &Localised, min: usize, max: usize) {
        for (lang, value) in [("fr", &text.fr), ("en", &text.en)] {
            let n = value.trim().chars().count();
            if n < min.max(1) {
                self.fail(
                    format!("{field}.{lang}"),
                    format!("at least {} characters", min.max(1)),
                );
            } else if value.chars().count() > max {
                self.fail(
                    format!("{field}.{lang}"),
                    format!("at most {max} characters"),
                );
            }
        }
    }
}

impl StartupSummary {
    /// Every broken rule of the card fields; `this_year` bounds the founding year.
    pub fn check(&self, this_year: u16) -> Vec<FieldError> {
        let mut c = Check { errors: Vec::new() };
        if let Err(e) = validate_slug(&self.slug) {
            c.fail("slug", e.to_string());
        }
        let name = self.name.trim().chars().count();
        if name == 0 {
            c.fail("name", "required");
        } else if self.name.chars().count() > limits::NAME {
            c.fail("name", format!("at most {} characters", limits::NAME));
        }
        c.text("pitch", &self.pitch, limits::PITCH_MIN, limits::PITCH);
        if self.sectors.is_empty() {
            c.fail("sectors", "choose at least one sector");
        } else if self.sectors.len() > limits::SECTORS {
            c.fail("sectors", format!("at most {} sectors", limits::SECTORS));
        }
        if self.poles.is_empty() {
            c.fail("poles", "choose at least one pole");
        }
        for (i, pole) in self.poles.iter().enumerate() {
            if validate_slug(pole).is_err() {
                c.fail(format!("poles[{i}]"), "not a valid identifier");
            }
        }
        if self.founded < limits::FOUNDED_MIN || self.founded > this_year {
            c.fail(
                "founded",
                format!("a year from {} to {this_year}", limits::FOUNDED_MIN),
            );
        }
        if let Some(spin_off) = &self.spin_off {
            let n = spin_off.lab.trim().chars().count();
            if n == 0 || spin_off.lab.chars().count() > limits::LAB {
                c.fail("spin_off.lab", format!("1 to {} characters", limits::LAB));
            }
            if let Some(institute) = &spin_off.institute {
                if validate_slug(institute).is_err() {
                    c.fail("spin_off.institute", "not a valid identifier");
                }
            }
        }
        if self.updated < self.member_since {
            c.fail("updated", "cannot be before member_since");
        }
        if let Some(logo) = &self.logo {
            let uploaded = logo.starts_with("startups/") && !logo.contains("..");
            if !uploaded && validate_url(logo).is_err() {
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
        c.text("description", &self.description, 1, limits::DESCRIPTION);
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
        }
        for (i, link) in self.social.iter().enumerate() {
            if let Err(e) = validate_url(&link.url) {
                c.fail(format!("social[{i}].url"), e);
            }
        }
        c.errors
    }
}
