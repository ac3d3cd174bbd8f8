//! What a registration to an event carries, the rules it must meet (checked while typing in
//! the app and on every request by the server), and how its link shows it.

use serde::{Deserialize, Serialize};

use super::{EventSummary, ParisTime, RegistrationState};
use crate::{
    directory::{validate_email, Check, FieldError},
    text::{self, Lines},
    Lang,
};

/// How long a registration holds its seat or waitlist place before its e-mail link is
/// opened.
pub const HOLD_MINUTES: u32 = 30;

/// Whether `token` has the form of a registration link's secret (32 random bytes, 64
/// hexadecimal digits): anything else is no registration, and is never sent or quoted.
pub fn is_link_secret(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Length limits, in characters.
pub mod limits {
    pub const NAME: usize = 100;
    pub const ORGANISATION: usize = 120;
    pub const ACCESS_NEEDS: usize = 500;
}

/// `POST /api/v1/events/{slug}/registrations`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationRequest {
    pub name: String,
    pub email: String,
    /// The language of its e-mails.
    pub lang: Lang,
    /// An organisation or a patients' association, if the person comes for one.
    #[serde(default)]
    pub organisation: String,
    /// What the person needs to take part (health data: only with `access_needs_consent`,
    /// shown only to the organisers, deleted with the rest of the registration).
    #[serde(default)]
    pub access_needs: String,
    /// Explicit consent to the processing of `access_needs` (GDPR art. 9(2)(a)).
    #[serde(default)]
    pub access_needs_consent: bool,
}

impl RegistrationRequest {
    /// Every broken rule, field by field.
    pub fn check(&self) -> Vec<FieldError> {
        let mut c = Check::default();
        c.one_text("name".into(), &self.name, Lines::One, 1, limits::NAME);
        if let Err(reason) = validate_email(self.email.trim()) {
            c.fail("email", reason);
        }
        if !self.organisation.is_empty() {
            optional_text(
                &mut c,
                "organisation",
                &self.organisation,
                Lines::One,
                limits::ORGANISATION,
            );
        }
        if !self.access_needs.trim().is_empty() {
            if !self.access_needs_consent {
                c.fail(
                    "access_needs_consent",
                    "needed to send accessibility needs (they are health data)",
                );
            }
            optional_text(
                &mut c,
                "access_needs",
                &self.access_needs,
                Lines::Many,
                limits::ACCESS_NEEDS,
            );
        }
        c.errors
    }

    /// The request as it is stored: texts trimmed, the e-mail's domain in lower case, and
    /// no accessibility needs without consent.
    pub fn normalised(&self) -> RegistrationRequest {
        let email = self.email.trim();
        let email = match email.rsplit_once('@') {
            Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
            None => email.to_owned(),
        };
        RegistrationRequest {
            name: self.name.trim().to_owned(),
            email,
            lang: self.lang,
            organisation: self.organisation.trim().to_owned(),
            access_needs: if self.access_needs_consent {
                self.access_needs.trim().to_owned()
            } else {
                String::new()
            },
            access_needs_consent: self.access_needs_consent && !self.access_needs.trim().is_empty(),
        }
    }
}

fn optional_text(c: &mut Check, field: &str, value: &str, lines: Lines, max: usize) {
    if let Some(fault) = text::fault(value, lines) {
        c.fail(field, fault);
    } else if value.chars().count() > max {
        c.fail(field, format!("at most {max} characters"));
    }
}

/// The answer to a registration request (202): the same whether the e-mail was known, so
/// that nobody learns who registered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationReceipt {
    pub state: RegistrationState,
    /// How long the e-mail's link holds the place.
    pub hold_minutes: u32,
}

/// A registration as its link shows it (`GET /api/v1/registrations/{token}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub state: RegistrationState,
    pub event: EventSummary,
    pub name: String,
    pub lang: Lang,
    /// On the waitlist: the place in line (1 is next).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<u32>,
    /// Pending: when the hold ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_until: Option<ParisTime>,
    /// Confirmed, for an event held online: where to join. Never in a public answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
}
