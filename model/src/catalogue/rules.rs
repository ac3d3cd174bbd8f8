//! The rules a programme meets to be listed, whether it comes from the seed or from the
//! campus team's form: one check, field by field, under the names the form gives its
//! fields (`title.fr`, `start_dates[1]`), so that the app and the server say the same.

use super::{Programme, ProgrammeSummary};
use crate::{
    directory::{validate_email, validate_url, Check, FieldError},
    text::Lines,
    validate_slug,
};

/// Bounds of a programme's fields (characters, or the unit the name gives).
pub mod programme_limits {
    pub const TITLE: usize = 160;
    pub const SUMMARY: usize = 400;
    pub const TEXT: usize = 4000;
    pub const NOTE: usize = 400;
    pub const INSTITUTION: usize = 160;
    pub const ECTS: u16 = 600;
    pub const DURATION_MONTHS: u16 = 120;
    pub const CAPACITY: u16 = 10_000;
    pub const FEES_EUR: u32 = 100_000;
    pub const START_DATES: usize = 12;
}

impl Programme {
    /// Every broken rule; `poles` are the campus's pole slugs.
    pub fn check(&self, poles: &[&str]) -> Vec<FieldError> {
        use programme_limits as l;
        let mut c = Check::default();
        check_summary(&mut c, &self.summary, poles);
        if let Some(note) = &self.fees_note {
            c.text("fees_note", note, Lines::One, 1, l::NOTE);
        }
        for (field, text) in [
            ("objectives", &self.objectives),
            ("prerequisites", &self.prerequisites),
            ("admission", &self.admission),
            ("careers", &self.careers),
        ] {
            c.text(field, text, Lines::Many, 1, l::TEXT);
        }
        if self.fees_eur.is_some_and(|fees| fees > l::FEES_EUR) {
            c.fail("fees_eur", format!("at most {} €", l::FEES_EUR));
        }
        if self
            .capacity
            .is_some_and(|places| places == 0 || places > l::CAPACITY)
        {
            c.fail("capacity", format!("from 1 to {}", l::CAPACITY));
        }
        if let Err(reason) = validate_email(&self.contact_email) {
            c.fail("contact_email", reason);
        }
        if let Some(url) = &self.url {
            if let Err(reason) = validate_url(url) {
                c.fail("url", reason);
            }
        }
        c.errors
    }

    /// The first broken rule, worded for a seed file's reader.
    pub fn validate(&self, poles: &[&str]) -> Result<(), String> {
        match self.check(poles).first() {
            None => Ok(()),
            Some(e) => Err(format!(
                "programme `{}`: {}: {}",
                self.summary.slug, e.field, e.reason
            )),
        }
    }
}

fn check_summary(c: &mut Check, s: &ProgrammeSummary, poles: &[&str]) {
    use programme_limits as l;
    if let Err(e) = validate_slug(&s.slug) {
        c.fail("slug", e.to_string());
    }
    c.text("title", &s.title, Lines::One, 1, l::TITLE);
    c.text("summary", &s.summary, Lines::One, 1, l::SUMMARY);
    let before = c.errors.len();
    c.one_text(
        "institution.name".into(),
        &s.institution.name,
        Lines::One,
        1,
        l::INSTITUTION,
    );
    // The slug is made from the name: a missing name is said once.
    if c.errors.len() == before {
        if let Err(e) = validate_slug(&s.institution.slug) {
            c.fail("institution.slug", e.to_string());
        }
    }
    for (field, empty, noun) in [
        ("domains", s.domains.is_empty(), "domain"),
        ("modes", s.modes.is_empty(), "mode"),
        ("languages", s.languages.is_empty(), "teaching language"),
        ("start_dates", s.start_dates.is_empty(), "start date"),
    ] {
        if empty {
            c.fail(field, format!("at least one {noun}"));
        }
    }
    c.list("domains", &s.domains, super::Domain::ALL.len(), "domains");
    c.list("modes", &s.modes, super::Mode::ALL.len(), "modes");
    c.list("languages", &s.languages, 2, "languages");
    c.list("start_dates", &s.start_dates, l::START_DATES, "start dates");
    if c.list("poles", &s.poles, poles.len(), "poles") {
        for (i, pole) in s.poles.iter().enumerate() {
            if !poles.contains(&pole.as_str()) {
                c.fail(format!("poles[{i}]"), "not a pole of the campus");
            }
        }
    }
    if s.ects.is_some_and(|ects| ects == 0 || ects > l::ECTS) {
        c.fail("ects", format!("from 1 to {}", l::ECTS));
    }
    if s.duration_months == 0 || s.duration_months > l::DURATION_MONTHS {
        c.fail(
            "duration_months",
            format!("from 1 to {} months", l::DURATION_MONTHS),
        );
    }
    if let Some(window) = s.application {
        if window.closes < window.opens {
            c.fail("application.closes", "closes before it opens");
        }
    }
}
