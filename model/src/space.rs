//! The start-up space: what a signed-in member sends and receives. The edit rules are the
//! directory's ([`Startup::check`]), applied by the app while typing and by the server on
//! every write.

use serde::{Deserialize, Serialize};

use crate::{
    directory::{Sector, SocialLink, SpinOff, Stage, Startup, TeamSize},
    Localised,
};

/// `POST /api/v1/session`. Its `Debug` never shows the password (nor the e-mail): a
/// sign-in that reaches a log or a panic message leaks nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignIn {
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignIn")
            .field("email", &"<redacted>")
            .field("password", &"<redacted>")
            .finish()
    }
}

/// The signed-in member (`POST /session`, `GET /me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub email: String,
    /// Slug of the member's start-up: the only profile it may write.
    pub startup: String,
    pub startup_name: String,
    /// Sent back in `X-CSRF-Token` with every state-changing request.
    pub csrf_token: String,
    /// When the session ends (Unix seconds).
    pub expires_at: u64,
}

/// A profile and the tag of its version (`If-Match` of the next write).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Versioned {
    pub etag: String,
    pub profile: Startup,
}

/// One accepted change of a profile (`GET /me/startup/history`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub version: u32,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    /// E-mail of the member who saved it.
    pub by: String,
    /// Names of the fields that changed.
    pub changed: Vec<String>,
}

/// Every field a member may change (`PUT /me/startup`); the slug, dates, sample flag and
/// uploaded logo are the server's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartupEdit {
    pub name: String,
    pub pitch: Localised,
    pub description: Localised,
    pub sectors: Vec<Sector>,
    pub poles: Vec<String>,
    /// `None` (`null`): not given (the profile then says "to be completed").
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default, deserialize_with = "whole_year")]
    pub founded: Option<u16>,
    #[serde(default)]
    pub team_size: Option<TeamSize>,
    #[serde(default)]
    pub spin_off: Option<SpinOff>,
    pub hiring: bool,
    #[serde(default)]
    pub careers_url: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub social: Vec<SocialLink>,
}

/// A year as JSON writes integers: `2019` or `2019.0` (JSON has one number type), or `null`.
fn whole_year<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    let Some(n) = Option::<f64>::deserialize(d)? else {
        return Ok(None);
    };
    if n.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&n) {
        Ok(Some(n as u16))
    } else {
        Err(serde::de::Error::custom(format!(
            "expected a year, got {n}"
        )))
    }
}

/// The editable fields one by one, in form order: what a conflict is resolved over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditField {
    Name,
    PitchFr,
    PitchEn,
    DescriptionFr,
    DescriptionEn,
    Sectors,
    Poles,
    Stage,
    Founded,
    TeamSize,
    SpinOff,
    Hiring,
    CareersUrl,
    Website,
    Email,
    Social,
}

impl EditField {
    pub const ALL: [EditField; 16] = [
        EditField::Name,
        EditField::PitchFr,
        EditField::PitchEn,
        EditField::DescriptionFr,
        EditField::DescriptionEn,
        EditField::Sectors,
        EditField::Poles,
        EditField::Stage,
        EditField::Founded,
        EditField::TeamSize,
        EditField::SpinOff,
        EditField::Hiring,
        EditField::CareersUrl,
        EditField::Website,
        EditField::Email,
        EditField::Social,
    ];

    /// The JSON path of the field, as [`crate::directory::FieldError::field`] names it.
    pub fn path(self) -> &'static str {
        match self {
            EditField::Name => "name",
            EditField::PitchFr => "pitch.fr",
            EditField::PitchEn => "pitch.en",
            EditField::DescriptionFr => "description.fr",
            EditField::DescriptionEn => "description.en",
            EditField::Sectors => "sectors",
            EditField::Poles => "poles",
            EditField::Stage => "stage",
            EditField::Founded => "founded",
            EditField::TeamSize => "team_size",
            EditField::SpinOff => "spin_off",
            EditField::Hiring => "hiring",
            EditField::CareersUrl => "careers_url",
            EditField::Website => "website",
            EditField::Email => "email",
            EditField::Social => "social",
        }
    }

    /// The field an error path belongs to (`social[1].url` → `Social`).
    pub fn of_error(path: &str) -> Option<EditField> {
        EditField::ALL.into_iter().find(|f| {
            let p = f.path();
            path == p || path.starts_with(&format!("{p}.")) || path.starts_with(&format!("{p}["))
        })
    }
}

impl StartupEdit {
    /// The editable part of a profile.
    pub fn of(p: &Startup) -> StartupEdit {
        let s = &p.summary;
        StartupEdit {
            name: s.name.clone(),
            pitch: s.pitch.clone(),
            description: p.description.clone(),
            sectors: s.sectors.clone(),
            poles: s.poles.clone(),
            stage: s.stage,
            founded: s.founded,
            team_size: s.team_size,
            spin_off: s.spin_off.clone(),
            hiring: s.hiring,
            careers_url: p.careers_url.clone(),
            website: p.website.clone(),
            email: p.email.clone(),
            social: p.social.clone(),
        }
    }

    /// `base` with these edits; what the server keeps is taken from `base`. Empty optional
    /// texts mean "none".
    pub fn apply(&self, base: &Startup) -> Startup {
        fn some(text: &Option<String>) -> Option<String> {
            text.as_ref()
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
        }
        let mut p = base.clone();
        let s = &mut p.summary;
        s.name = self.name.trim().to_owned();
        s.pitch = self.pitch.clone();
        s.sectors = self.sectors.clone();
        s.poles = self.poles.clone();
        s.stage = self.stage;
        s.founded = self.founded;
        s.team_size = self.team_size;
        s.spin_off = self
            .spin_off
            .clone()
            .filter(|o| !o.lab.trim().is_empty() || o.institute.is_some());
        s.hiring = self.hiring;
        p.description = self.description.clone();
        p.careers_url = some(&self.careers_url);
        p.website = some(&self.website);
        p.email = some(&self.email);
        p.social = self.social.clone();
        p
    }

    fn same(&self, other: &StartupEdit, field: EditField) -> bool {
        match field {
            EditField::Name => self.name == other.name,
            EditField::PitchFr => self.pitch.fr == other.pitch.fr,
            EditField::PitchEn => self.pitch.en == other.pitch.en,
            EditField::DescriptionFr => self.description.fr == other.description.fr,
            EditField::DescriptionEn => self.description.en == other.description.en,
            EditField::Sectors => self.sectors == other.sectors,
            EditField::Poles => self.poles == other.poles,
            EditField::Stage => self.stage == other.stage,
            EditField::Founded => self.founded == other.founded,
            EditField::TeamSize => self.team_size == other.team_size,
            EditField::SpinOff => self.spin_off == other.spin_off,
            EditField::Hiring => self.hiring == other.hiring,
            EditField::CareersUrl => self.careers_url == other.careers_url,
            EditField::Website => self.website == other.website,
            EditField::Email => self.email == other.email,
            EditField::Social => self.social == other.social,
        }
    }

    /// The fields whose values differ, in form order.
    pub fn changed(&self, other: &StartupEdit) -> Vec<EditField> {
        EditField::ALL
            .into_iter()
            .filter(|f| !self.same(other, *f))
            .collect()
    }

    /// Takes `field`'s value from `from` (resolving a conflict field by field).
    pub fn take(&mut self, field: EditField, from: &StartupEdit) {
        match field {
            EditField::Name => self.name = from.name.clone(),
            EditField::PitchFr => self.pitch.fr = from.pitch.fr.clone(),
            EditField::PitchEn => self.pitch.en = from.pitch.en.clone(),
            EditField::DescriptionFr => self.description.fr = from.description.fr.clone(),
            EditField::DescriptionEn => self.description.en = from.description.en.clone(),
            EditField::Sectors => self.sectors = from.sectors.clone(),
            EditField::Poles => self.poles = from.poles.clone(),
            EditField::Stage => self.stage = from.stage,
            EditField::Founded => self.founded = from.founded,
            EditField::TeamSize => self.team_size = from.team_size,
            EditField::SpinOff => self.spin_off = from.spin_off.clone(),
            EditField::Hiring => self.hiring = from.hiring,
            EditField::CareersUrl => self.careers_url = from.careers_url.clone(),
            EditField::Website => self.website = from.website.clone(),
            EditField::Email => self.email = from.email.clone(),
            EditField::Social => self.social = from.social.clone(),
        }
    }
}

/// Three-way merge for a stale write: the fields I changed since `base` keep my value, the
/// others take `theirs`. Returns the merge and the fields both of us changed differently
/// (the ones to show side by side).
pub fn merge(
    base: &StartupEdit,
    mine: &StartupEdit,
    theirs: &StartupEdit,
) -> (StartupEdit, Vec<EditField>) {
    let mut merged = theirs.clone();
    let mut conflicts = Vec::new();
    for field in mine.changed(base) {
        merged.take(field, mine);
        if !theirs.same(base, field) && !theirs.same(mine, field) {
            conflicts.push(field);
        }
    }
    (merged, conflicts)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sign_in_never_prints_its_password_or_email() {
        let sign_in = super::SignIn {
            email: "equipe@cardiolume.example".into(),
            password: "cardiolume-demo-2026".into(),
        };
        for printed in [format!("{sign_in:?}"), format!("{sign_in:#?}")] {
            assert!(!printed.contains("cardiolume-demo-2026"), "{printed}");
            assert!(!printed.contains("equipe@"), "{printed}");
        }
    }

    use super::*;
    use crate::directory::generate;

    fn profile() -> Startup {
        generate::profile(generate::startups(1).remove(0))
    }

    #[test]
    fn an_edit_round_trips_and_keeps_what_the_server_owns() {
        let base = profile();
        let mut edit = StartupEdit::of(&base);
        assert_eq!(edit.apply(&base), base);
        edit.name = "  Nouveau nom ".into();
        edit.website = Some("   ".into());
        let applied = edit.apply(&base);
        assert_eq!(applied.summary.name, "Nouveau nom");
        assert_eq!(applied.website, None, "an empty address means none");
        assert_eq!(applied.summary.slug, base.summary.slug);
        assert_eq!(applied.summary.member_since, base.summary.member_since);
        assert_eq!(
            edit.changed(&StartupEdit::of(&base)),
            [EditField::Name, EditField::Website]
        );
    }

    #[test]
    fn merge_keeps_both_sides_changes_and_reports_true_conflicts() {
        let base = StartupEdit::of(&profile());
        let mut mine = base.clone();
        mine.pitch.fr = "Mon accroche".into();
        mine.name = "Mon nom".into();
        let mut theirs = base.clone();
        theirs.name = "Leur nom".into();
        theirs.founded = Some(2011);
        let (merged, conflicts) = merge(&base, &mine, &theirs);
        assert_eq!(merged.pitch.fr, "Mon accroche", "only I changed it");
        assert_eq!(merged.founded, Some(2011), "only they changed it");
        assert_eq!(merged.name, "Mon nom", "both changed: mine by default");
        assert_eq!(conflicts, [EditField::Name]);
        let mut resolved = merged.clone();
        resolved.take(EditField::Name, &theirs);
        assert_eq!(resolved.name, "Leur nom");
    }

    #[test]
    fn error_paths_map_to_their_field() {
        assert_eq!(
            EditField::of_error("social[1].url"),
            Some(EditField::Social)
        );
        assert_eq!(EditField::of_error("pitch.en"), Some(EditField::PitchEn));
        assert_eq!(
            EditField::of_error("spin_off.lab"),
            Some(EditField::SpinOff)
        );
        assert_eq!(EditField::of_error("name"), Some(EditField::Name));
        assert_eq!(EditField::of_error("slug"), None);
    }
}

/// An invitation to a start-up's space, as its link shows it (`GET /invitations/{token}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub startup: String,
    pub startup_name: String,
}

/// `POST /invitations/{token}/acceptance`: the password the invited person chooses. Its
/// `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationAcceptance {
    pub password: String,
}

impl std::fmt::Debug for InvitationAcceptance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InvitationAcceptance")
            .field("password", &"<redacted>")
            .finish()
    }
}
