//! A programme's form as typed: every field as its control holds it, and the programme
//! it makes, with what the typing cannot give (a number, a date) said field by field under
//! the names the model's rules use, so one list of errors covers both.

use leptos::prelude::*;

use super::form_parts::Pair;
use model::{
    catalogue::{
        ApplicationWindow, Date, Domain, Format, Institution, Level, Mode, Programme,
        ProgrammeSummary, TeachingLanguage,
    },
    directory::FieldError,
    Localised,
};

#[derive(Clone, Copy)]
pub struct ProgrammeFields {
    pub slug: RwSignal<String>,
    pub title: Pair,
    pub summary: Pair,
    pub level: RwSignal<String>,
    pub format: RwSignal<String>,
    pub domains: RwSignal<Vec<String>>,
    pub modes: RwSignal<Vec<String>>,
    pub languages: RwSignal<Vec<String>>,
    pub poles: RwSignal<Vec<String>>,
    pub institution: RwSignal<String>,
    /// The institution as loaded: its slug is kept while its name is.
    loaded_institution: StoredValue<Option<Institution>>,
    pub ects: RwSignal<String>,
    pub duration_months: RwSignal<String>,
    pub start_dates: RwSignal<Vec<String>>,
    pub opens: RwSignal<String>,
    pub closes: RwSignal<String>,
    pub fees_eur: RwSignal<String>,
    pub fees_note: Pair,
    pub capacity: RwSignal<String>,
    pub objectives: Pair,
    pub prerequisites: Pair,
    pub admission: Pair,
    pub careers: Pair,
    pub contact_email: RwSignal<String>,
    pub url: RwSignal<String>,
    pub sample: RwSignal<bool>,
    /// The date the programme was last changed (the server sets it again on save).
    updated: StoredValue<Date>,
}

fn codes<T: Copy>(values: &[T], code: fn(T) -> &'static str) -> RwSignal<Vec<String>> {
    RwSignal::new(values.iter().map(|v| code(*v).to_owned()).collect())
}

fn number<T: ToString>(value: Option<T>) -> RwSignal<String> {
    RwSignal::new(value.map(|n| n.to_string()).unwrap_or_default())
}

impl ProgrammeFields {
    /// An empty form: a new programme.
    pub fn empty() -> ProgrammeFields {
        let blank = Localised::new("", "");
        ProgrammeFields {
            slug: RwSignal::new(String::new()),
            title: Pair::of(&blank),
            summary: Pair::of(&blank),
            level: RwSignal::new(Level::Master.code().to_owned()),
            format: RwSignal::new(Format::OnSite.code().to_owned()),
            domains: RwSignal::new(Vec::new()),
            modes: RwSignal::new(Vec::new()),
            languages: RwSignal::new(vec![TeachingLanguage::French.code().to_owned()]),
            poles: RwSignal::new(vec!["formation".to_owned()]),
            institution: RwSignal::new(String::new()),
            loaded_institution: StoredValue::new(None),
            ects: RwSignal::new(String::new()),
            duration_months: RwSignal::new(String::new()),
            start_dates: RwSignal::new(vec![String::new()]),
            opens: RwSignal::new(String::new()),
            closes: RwSignal::new(String::new()),
            fees_eur: RwSignal::new(String::new()),
            fees_note: Pair::of(&blank),
            capacity: RwSignal::new(String::new()),
            objectives: Pair::of(&blank),
            prerequisites: Pair::of(&blank),
            admission: Pair::of(&blank),
            careers: Pair::of(&blank),
            contact_email: RwSignal::new(String::new()),
            url: RwSignal::new(String::new()),
            sample: RwSignal::new(false),
            // Any date: the server dates what it stores.
            updated: StoredValue::new(Date {
                year: 2000,
                month: 1,
                day: 1,
            }),
        }
    }

    /// The form of a stored programme.
    pub fn of(p: &Programme) -> ProgrammeFields {
        let s = &p.summary;
        let blank = Localised::new("", "");
        ProgrammeFields {
            slug: RwSignal::new(s.slug.clone()),
            title: Pair::of(&s.title),
            summary: Pair::of(&s.summary),
            level: RwSignal::new(s.level.code().to_owned()),
            format: RwSignal::new(s.format.code().to_owned()),
            domains: codes(&s.domains, Domain::code),
            modes: codes(&s.modes, Mode::code),
            languages: codes(&s.languages, TeachingLanguage::code),
            poles: RwSignal::new(s.poles.clone()),
            institution: RwSignal::new(s.institution.name.clone()),
            loaded_institution: StoredValue::new(Some(s.institution.clone())),
            ects: number(s.ects),
            duration_months: number(Some(s.duration_months)),
            start_dates: RwSignal::new(s.start_dates.iter().map(Date::to_string).collect()),
            opens: number(s.application.map(|w| w.opens)),
            closes: number(s.application.map(|w| w.closes)),
            fees_eur: number(p.fees_eur),
            fees_note: Pair::of(p.fees_note.as_ref().unwrap_or(&blank)),
            capacity: number(p.capacity),
            objectives: Pair::of(&p.objectives),
            prerequisites: Pair::of(&p.prerequisites),
            admission: Pair::of(&p.admission),
            careers: Pair::of(&p.careers),
            contact_email: RwSignal::new(p.contact_email.clone()),
            url: RwSignal::new(p.url.clone().unwrap_or_default()),
            sample: RwSignal::new(s.sample),
            updated: StoredValue::new(s.updated),
        }
    }

    /// The programme the form makes, and every broken rule (the model's and the typing's).
    pub fn read(&self) -> (Programme, Vec<FieldError>) {
        let mut errors = Vec::new();
        let mut fail = |field: &str, reason: &str| {
            errors.push(FieldError {
                field: field.to_owned(),
                reason: reason.to_owned(),
            })
        };
        let mut whole = |field: &str, text: RwSignal<String>| -> Option<u32> {
            let text = text.get();
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            let parsed = text.parse().ok();
            if parsed.is_none() {
                fail(field, "a whole number");
            }
            parsed
        };
        let ects = whole("ects", self.ects).map(clamp);
        let capacity = whole("capacity", self.capacity).map(clamp);
        let fees_eur = whole("fees_eur", self.fees_eur);
        let duration_months = whole("duration_months", self.duration_months).map(clamp);
        let mut start_dates = Vec::new();
        for (i, text) in self.start_dates.get().iter().enumerate() {
            match text.trim().parse::<Date>() {
                Ok(date) => start_dates.push(date),
                Err(_) if text.trim().is_empty() => {}
                Err(_) => fail(&format!("start_dates[{i}]"), "a date"),
            }
        }
        let date = |text: RwSignal<String>| text.get().trim().parse::<Date>().ok();
        let application = match (date(self.opens), date(self.closes)) {
            (Some(opens), Some(closes)) => Some(ApplicationWindow { opens, closes }),
            (None, None) if self.opens.get().is_empty() && self.closes.get().is_empty() => None,
            (None, _) => {
                fail("application.opens", "both dates or neither");
                None
            }
            (_, None) => {
                fail("application.closes", "both dates or neither");
                None
            }
        };
        if duration_months.is_none() && self.duration_months.with(|d| d.trim().is_empty()) {
            fail("duration_months", "required");
        }
        let name = self.institution.get().trim().to_owned();
        let institution_slug = match self.loaded_institution.get_value() {
            Some(loaded) if loaded.name == name => loaded.slug,
            _ => model::slug_from(&name),
        };
        let text = |text: RwSignal<String>| text.get().trim().to_owned();
        let url = text(self.url);
        let programme = Programme {
            summary: ProgrammeSummary {
                slug: text(self.slug),
                title: self.title.read(),
                summary: self.summary.read(),
                level: Level::from_code(&self.level.get()).unwrap_or(Level::Master),
                domains: chosen(self.domains, Domain::from_code),
                institution: Institution {
                    slug: institution_slug,
                    name,
                },
                poles: self.poles.get(),
                modes: chosen(self.modes, Mode::from_code),
                format: Format::from_code(&self.format.get()).unwrap_or(Format::OnSite),
                languages: chosen(self.languages, TeachingLanguage::from_code),
                ects,
                duration_months: duration_months.unwrap_or(0),
                start_dates,
                application,
                updated: self.updated.get_value(),
                sample: self.sample.get(),
            },
            fees_eur,
            fees_note: (!self.fees_note.is_empty()).then(|| self.fees_note.read()),
            capacity,
            objectives: self.objectives.read(),
            prerequisites: self.prerequisites.read(),
            admission: self.admission.read(),
            careers: self.careers.read(),
            contact_email: text(self.contact_email),
            url: (!url.is_empty()).then_some(url),
        };
        let mut rules = programme.check(&model::POLE_SLUGS);
        // A number the typing could not read is not also "from 1 to …".
        rules.retain(|rule| !errors.iter().any(|e: &FieldError| e.field == rule.field));
        errors.extend(rules);
        (programme, errors)
    }
}

/// A number past `u16` reads as its largest value, which the rules then refuse.
fn clamp(n: u32) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn chosen<T>(codes: RwSignal<Vec<String>>, parse: fn(&str) -> Option<T>) -> Vec<T> {
    codes.with(|codes| codes.iter().filter_map(|c| parse(c)).collect())
}
