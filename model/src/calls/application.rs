//! An application to a call: its states and who may move it between them, and what the
//! applicant fills in, with the rules it must meet while it is a draft (each field as it
//! is typed) and to be submitted (the whole). The app and the server apply the same rules.

use serde::{Deserialize, Serialize};

use super::CallSummary;
use crate::{
    agenda::ParisTime,
    directory::{validate_email, Check, FieldError, Stage},
    facet_search::coded_enum,
    text::Lines,
    Date, Lang, POLE_SLUGS,
};

/// The largest pitch deck, in bytes.
pub const DECK_MAX_BYTES: usize = 10 * 1024 * 1024;

/// `POST /api/v1/calls/{slug}/applications`: the address the application's link goes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationStart {
    pub email: String,
    /// The language of its e-mails.
    #[serde(default)]
    pub lang: Lang,
}

impl ApplicationStart {
    pub fn check(&self) -> Vec<FieldError> {
        let mut c = Check::default();
        if let Err(reason) = validate_email(self.email.trim()) {
            c.fail("email", reason);
        }
        c.errors
    }

    /// The address as stored and compared: trimmed, its domain in lower case.
    pub fn email_key(&self) -> String {
        let email = self.email.trim();
        match email.rsplit_once('@') {
            Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
            None => email.to_owned(),
        }
    }
}

/// The pitch deck held with an application (its file is served to no one but staff).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckInfo {
    pub pages: u32,
    pub uploaded: ParisTime,
}

/// An application as its link shows it (`GET /api/v1/applications/{token}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub call: CallSummary,
    pub state: ApplicationState,
    pub email: String,
    pub form: ApplicationForm,
    /// Orders the saves: a save names the version it changes (`If-Match`).
    pub version: u32,
    pub updated: ParisTime,
    pub submitted: Option<ParisTime>,
    pub deck: Option<DeckInfo>,
}

coded_enum! {
    /// Where an application stands.
    ApplicationState {
        Draft => "draft", "Brouillon", "Draft";
        Submitted => "submitted", "Envoyée", "Submitted";
        UnderReview => "under-review", "En cours d'examen", "Under review";
        /// Invited to an interview.
        Shortlisted => "shortlisted", "Retenue pour une audition", "Shortlisted for an interview";
        Accepted => "accepted", "Acceptée", "Accepted";
        Declined => "declined", "Non retenue", "Declined";
        Withdrawn => "withdrawn", "Retirée", "Withdrawn";
    }
}

/// Who moves an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Applicant,
    Staff,
}

impl ApplicationState {
    /// The states `by` may move an application in this state to. The applicant submits a
    /// draft and may withdraw until a decision; the campus team reviews, shortlists and
    /// decides. A decision and a withdrawal are final.
    pub fn next(self, by: Actor) -> &'static [ApplicationState] {
        use ApplicationState::*;
        match (by, self) {
            (Actor::Applicant, Draft) => &[Submitted, Withdrawn],
            (Actor::Applicant, Submitted | UnderReview | Shortlisted) => &[Withdrawn],
            (Actor::Staff, Submitted) => &[UnderReview],
            (Actor::Staff, UnderReview) => &[Shortlisted, Accepted, Declined],
            (Actor::Staff, Shortlisted) => &[Accepted, Declined],
            _ => &[],
        }
    }

    pub fn can_become(self, next: ApplicationState, by: Actor) -> bool {
        self.next(by).contains(&next)
    }

    /// Nothing moves it any more.
    pub fn is_final(self) -> bool {
        [Actor::Applicant, Actor::Staff]
            .iter()
            .all(|by| self.next(*by).is_empty())
    }
}

coded_enum! {
    /// Where the product stands as a medical device (EU 2017/745).
    CeMarking {
        NotADevice => "non-dispositif", "Pas un dispositif médical", "Not a medical device";
        InProgress => "en-cours", "Marquage CE en cours", "CE marking in progress";
        ClassI => "classe-i", "Classe I", "Class I";
        ClassIIa => "classe-iia", "Classe IIa", "Class IIa";
        ClassIIb => "classe-iib", "Classe IIb", "Class IIb";
        ClassIII => "classe-iii", "Classe III", "Class III";
    }
}

coded_enum! {
    /// Where the product keeps health data: with a certified health-data host (HDS), or not.
    Hosting {
        Certified => "hds", "Hébergeur certifié HDS", "Certified health-data host (HDS)";
        Planned => "hds-prevu", "Hébergement HDS prévu", "HDS hosting planned";
        NoHealthData => "sans-donnees-de-sante", "Pas de données de santé hébergées", "No health data hosted";
    }
}

/// Length limits, in characters.
pub mod limits {
    pub const NAME: usize = 120;
    pub const LEGAL_FORM: usize = 60;
    pub const PERSON: usize = 100;
    pub const ROLE: usize = 100;
    pub const LINK: usize = 200;
    pub const FOUNDERS: usize = 8;
    /// A long answer (the product, the patients, data protection…).
    pub const ANSWER: usize = 3000;
    pub const FOUNDED_MIN: i32 = 1990;
}

/// One founder of the applying company.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Founder {
    pub name: String,
    pub role: String,
    pub full_time: bool,
    /// A research team or laboratory the founder belongs to or works with, if any.
    pub research_link: String,
}

/// What the applicant fills in, saved as it is typed: any field may still be empty in a
/// draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApplicationForm {
    pub company_name: String,
    pub legal_form: String,
    /// The SIREN number, if the company is registered: nine digits.
    pub siren: String,
    pub founded: Option<Date>,
    pub founders: Vec<Founder>,
    pub product: String,
    pub stage: Option<Stage>,
    pub health_problem: String,
    /// Whom it serves: the patients, and who else.
    pub patients: String,
    pub ce_marking: Option<CeMarking>,
    pub hosting: Option<Hosting>,
    /// How it protects personal data (GDPR).
    pub data_protection: String,
    /// The campus poles it fits, and why.
    pub poles: Vec<String>,
    pub poles_why: String,
    /// What it needs from the campus.
    pub needs: String,
}

/// Whether `siren` is a SIREN number: nine digits whose Luhn sum is a multiple of ten.
pub fn is_siren(siren: &str) -> bool {
    siren.len() == 9
        && siren.bytes().all(|b| b.is_ascii_digit())
        && siren
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| {
                let d = u32::from(b - b'0');
                if i % 2 == 1 {
                    let double = d * 2;
                    double / 10 + double % 10
                } else {
                    d
                }
            })
            .sum::<u32>()
            % 10
            == 0
}

impl Check {
    /// A text that may be empty; when given, its characters and length.
    fn optional(&mut self, field: String, value: &str, lines: Lines, max: usize) {
        if !value.is_empty() {
            self.one_text(field, value, lines, 1, max);
        }
    }

    fn required(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "required to submit");
        }
    }
}

impl ApplicationForm {
    /// Every broken rule of what is filled in: a draft may be incomplete, never wrong.
    /// `today` (Paris) bounds the founding date.
    pub fn check_draft(&self, today: Date) -> Vec<FieldError> {
        let mut c = Check::default();
        self.check_entered(&mut c, today);
        c.errors
    }

    /// [`check_draft`](Self::check_draft), and everything a submitted application needs.
    pub fn check_submission(&self, today: Date) -> Vec<FieldError> {
        let mut c = Check::default();
        self.check_entered(&mut c, today);
        c.required("company_name", &self.company_name);
        if self.founders.is_empty() {
            c.fail("founders", "at least one founder");
        }
        for (i, founder) in self.founders.iter().enumerate() {
            c.required(&format!("founders[{i}].name"), &founder.name);
            c.required(&format!("founders[{i}].role"), &founder.role);
        }
        for (field, value) in [
            ("product", &self.product),
            ("health_problem", &self.health_problem),
            ("patients", &self.patients),
            ("data_protection", &self.data_protection),
            ("poles_why", &self.poles_why),
            ("needs", &self.needs),
        ] {
            c.required(field, value);
        }
        for (field, missing) in [
            ("stage", self.stage.is_none()),
            ("ce_marking", self.ce_marking.is_none()),
            ("hosting", self.hosting.is_none()),
            ("poles", self.poles.is_empty()),
        ] {
            if missing {
                c.fail(field, "required to submit");
            }
        }
        c.errors
    }

    fn check_entered(&self, c: &mut Check, today: Date) {
        c.optional(
            "company_name".into(),
            &self.company_name,
            Lines::One,
            limits::NAME,
        );
        c.optional(
            "legal_form".into(),
            &self.legal_form,
            Lines::One,
            limits::LEGAL_FORM,
        );
        let siren: String = self.siren.chars().filter(|ch| *ch != ' ').collect();
        if !siren.is_empty() && !is_siren(&siren) {
            c.fail("siren", "nine digits: the SIREN number of the company");
        }
        if let Some(founded) = self.founded {
            if founded > today {
                c.fail("founded", "not after today");
            } else if founded.year < limits::FOUNDED_MIN {
                c.fail("founded", format!("not before {}", limits::FOUNDED_MIN));
            }
        }
        if self.founders.len() > limits::FOUNDERS {
            c.fail("founders", format!("at most {} founders", limits::FOUNDERS));
        } else {
            for (i, f) in self.founders.iter().enumerate() {
                c.optional(
                    format!("founders[{i}].name"),
                    &f.name,
                    Lines::One,
                    limits::PERSON,
                );
                c.optional(
                    format!("founders[{i}].role"),
                    &f.role,
                    Lines::One,
                    limits::ROLE,
                );
                c.optional(
                    format!("founders[{i}].research_link"),
                    &f.research_link,
                    Lines::One,
                    limits::LINK,
                );
            }
        }
        for (field, value) in [
            ("product", &self.product),
            ("health_problem", &self.health_problem),
            ("patients", &self.patients),
            ("data_protection", &self.data_protection),
            ("poles_why", &self.poles_why),
            ("needs", &self.needs),
        ] {
            c.optional(field.into(), value, Lines::Many, limits::ANSWER);
        }
        if self.poles.len() > POLE_SLUGS.len() {
            c.fail("poles", format!("at most {} poles", POLE_SLUGS.len()));
        } else {
            for (i, pole) in self.poles.iter().enumerate() {
                if !POLE_SLUGS.contains(&pole.as_str()) {
                    c.fail(format!("poles[{i}]"), "not a pole of the campus");
                } else if self.poles[..i].contains(pole) {
                    c.fail(format!("poles[{i}]"), "listed twice");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ApplicationState::*, *};

    #[test]
    fn each_actor_moves_an_application_only_along_its_own_edges() {
        use Actor::*;
        let allowed = [
            (Applicant, Draft, Submitted),
            (Applicant, Draft, Withdrawn),
            (Applicant, Submitted, Withdrawn),
            (Applicant, UnderReview, Withdrawn),
            (Applicant, Shortlisted, Withdrawn),
            (Staff, Submitted, UnderReview),
            (Staff, UnderReview, Shortlisted),
            (Staff, UnderReview, Accepted),
            (Staff, UnderReview, Declined),
            (Staff, Shortlisted, Accepted),
            (Staff, Shortlisted, Declined),
        ];
        for by in [Applicant, Staff] {
            for from in ApplicationState::ALL {
                for to in ApplicationState::ALL {
                    let expected = allowed.contains(&(by, *from, *to));
                    assert_eq!(
                        from.can_become(*to, by),
                        expected,
                        "{by:?}: {from:?} → {to:?}"
                    );
                }
            }
        }
        let finals: Vec<_> = ApplicationState::ALL
            .iter()
            .filter(|s| s.is_final())
            .collect();
        assert_eq!(finals, [&Accepted, &Declined, &Withdrawn]);
    }

    #[test]
    fn a_siren_has_nine_digits_and_a_luhn_sum() {
        assert!(is_siren("732829320"));
        assert!(is_siren("552100554"));
        assert!(!is_siren("732829321"));
        assert!(!is_siren("73282932"));
        assert!(!is_siren("73282932a"));
        assert!(!is_siren("7328293200"));
    }

    fn complete() -> ApplicationForm {
        ApplicationForm {
            company_name: "Société d'essai".into(),
            legal_form: "SAS".into(),
            siren: "732 829 320".into(),
            founded: Date::new(2021, 3, 1),
            founders: vec![Founder {
                name: "Camille Martin".into(),
                role: "Présidente".into(),
                full_time: true,
                research_link: String::new(),
            }],
            product: "Un carnet de suivi.".into(),
            stage: Some(Stage::Seed),
            health_problem: "Le suivi à domicile.".into(),
            patients: "Des patients suivis à domicile.".into(),
            ce_marking: Some(CeMarking::NotADevice),
            hosting: Some(Hosting::Certified),
            data_protection: "Données chiffrées.".into(),
            poles: vec!["patients-societe".into()],
            poles_why: "Travailler avec des associations.".into(),
            needs: "Un bureau et des essais.".into(),
        }
    }

    #[test]
    fn a_draft_may_be_empty_but_never_wrong_and_a_submission_must_be_whole() {
        let today = Date::new(2026, 12, 5).unwrap();
        assert_eq!(ApplicationForm::default().check_draft(today), []);
        let missing: Vec<String> = ApplicationForm::default()
            .check_submission(today)
            .into_iter()
            .map(|e| e.field)
            .collect();
        for field in [
            "company_name",
            "founders",
            "product",
            "stage",
            "hosting",
            "poles",
            "needs",
        ] {
            assert!(missing.iter().any(|m| m == field), "{field}: {missing:?}");
        }
        let form = complete();
        assert_eq!(form.check_submission(today), []);
        let wrong = ApplicationForm {
            siren: "123456789".into(),
            founded: Date::new(2027, 1, 1),
            poles: vec![
                "cuisine".into(),
                "patients-societe".into(),
                "patients-societe".into(),
            ],
            company_name: "x".repeat(limits::NAME + 1),
            ..form
        };
        let fields: Vec<String> = wrong
            .check_draft(today)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["company_name", "siren", "founded", "poles[0]", "poles[2]"]
        );
    }

    #[test]
    fn the_form_reads_a_partial_draft_and_unknown_codes_are_refused() {
        let form: ApplicationForm =
            serde_json::from_str(r#"{"company_name":"Essai","hosting":"hds-prevu"}"#).unwrap();
        assert_eq!(form.hosting, Some(Hosting::Planned));
        assert!(serde_json::from_str::<ApplicationForm>(r#"{"ce_marking":"classe-iv"}"#).is_err());
    }
}
