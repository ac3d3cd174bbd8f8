//! The campus team's space: staff sign in with a password and a second factor (TOTP,
//! RFC 6238), and every action they take is written to an audit log.

use serde::{Deserialize, Serialize};

use crate::{
    agenda::ParisTime,
    calls::{Application, ApplicationState},
};

/// Digits of a TOTP code (RFC 6238's usual six, as authenticator apps show).
pub const TOTP_DIGITS: usize = 6;
/// How many recovery codes enrolment gives.
pub const RECOVERY_CODES: usize = 10;

/// `POST /api/v1/team/session`. `code` is the authenticator's six digits or one recovery
/// code; without it, a staff account that has a second factor is asked for one. Its
/// `Debug` shows nothing the person typed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSignIn {
    pub email: String,
    pub password: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl std::fmt::Debug for TeamSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamSignIn")
            .field("email", &"<redacted>")
            .field("password", &"<redacted>")
            .field("code", &self.code.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// What a code typed at sign-in looks like: six digits (spaces allowed, as apps group
/// them) or a recovery code; `None` when it is neither, so the form can say so at once.
pub fn normalise_code(typed: &str) -> Option<String> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    let is_totp = compact.len() == TOTP_DIGITS && compact.bytes().all(|b| b.is_ascii_digit());
    let is_recovery = compact.len() == RECOVERY_CODE_CHARS
        && compact.bytes().all(|b| RECOVERY_ALPHABET.contains(&b));
    (is_totp || is_recovery).then_some(compact)
}

/// Recovery codes: ten characters of an alphabet without look-alikes (no 0/o, 1/l/i),
/// shown as two groups of five.
pub const RECOVERY_CODE_CHARS: usize = 10;
pub const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// Whether the signed-in staff member has proved a second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecondFactor {
    /// Proved at this sign-in: the whole space is open.
    Done,
    /// The account has none yet: only enrolment is open.
    SetupNeeded,
}

/// The signed-in staff member (`POST /team/session`, `GET /team/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMe {
    pub email: String,
    pub second_factor: SecondFactor,
    /// Sent back in `X-CSRF-Token` with every state-changing request.
    pub csrf_token: String,
    /// When the session ends (Unix seconds).
    pub expires_at: u64,
}

/// `POST /team/second-factor`: a new secret to add to an authenticator app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpSetup {
    /// Base32, for typing into an app by hand.
    pub secret: String,
    /// `otpauth://totp/...`, what the QR code holds.
    pub otpauth_url: String,
    /// The QR code as an SVG document, drawn by the server (no third party sees the secret).
    pub qr_svg: String,
}

/// `PUT /team/second-factor`: the first code from the app, proving it holds the secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpConfirmation {
    pub code: String,
}

/// The answer to a confirmed enrolment: the recovery codes, shown this once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    pub codes: Vec<String>,
    pub me: TeamMe,
}

/// One line of the audit log (`GET /team/audit`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: ParisTime,
    /// The staff member's e-mail as it was then.
    pub actor: String,
    /// What was done, as a stable code (`application.state`, `reviewer.assign`...).
    pub action: String,
    /// What it was done to (`application:12`, `startup:annoncia-sim`...).
    pub target: String,
    pub detail: String,
}

/// A page of the audit log, newest first; `next` continues it (`?before=`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub next: Option<i64>,
}

/// An application in the team's list of a call (`GET /team/calls/{slug}/applications`),
/// which sorts by the median of the reviews' weighted scores, best first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: i64,
    /// The company's name as the applicant typed it (may be empty in a draft).
    pub company: String,
    pub state: ApplicationState,
    pub submitted: Option<ParisTime>,
    pub updated: ParisTime,
    pub has_deck: bool,
    /// Reviews given.
    pub reviews: u32,
    /// The median of their weighted scores; `None` without reviews, or while the one
    /// asking reviews it and has not given theirs.
    pub median: Option<f64>,
}

/// A campus team member, to pick reviewers from (`GET /team/staff`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub email: String,
    pub last_sign_in: Option<ParisTime>,
}

/// An application as the team reads it (`GET /team/applications/{id}`): all of it, with
/// the states the team may move it to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffApplication {
    pub id: i64,
    #[serde(flatten)]
    pub application: Application,
    pub next_states: Vec<ApplicationState>,
}

/// `POST /team/applications/{id}/state`: moves an application along the team's edges.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateChange {
    pub to: ApplicationState,
}

/// `PUT /team/applications/{id}/decision`: prepares a decision and its letter, which wait
/// in the decision outbox until approved and sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionPreparation {
    pub decision: ApplicationState,
}

/// `PATCH /team/decisions/{id}`: the letter as staff edit it (approval is asked again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionEdit {
    pub subject: String,
    pub body: String,
}

/// Bounds of a decision letter, in characters.
pub const DECISION_SUBJECT_MAX: usize = 200;
pub const DECISION_BODY_MAX: usize = 10_000;

/// A decision in the outbox (`GET /team/calls/{slug}/decisions`); `id` is the
/// application's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionLetter {
    pub id: i64,
    pub company: String,
    pub email: String,
    pub decision: ApplicationState,
    pub subject: String,
    pub body: String,
    /// Bumped by each edit; an approval names the version it read.
    pub version: u32,
    pub prepared_by: String,
    pub approved_by: Option<String>,
    pub sent: Option<ParisTime>,
}

/// `POST /team/decisions/{id}/approval`: the version the approver read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionApproval {
    pub version: u32,
}

/// What `POST /team/calls/{slug}/decisions/sending` sent, and what still waits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionsSent {
    pub sent: u32,
    /// Prepared but not approved: kept in the outbox, not sent.
    pub waiting: u32,
}

/// `POST /team/startups/{slug}/invitations`: invites someone to a start-up's space.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberInvitation {
    pub email: String,
    pub lang: crate::Lang,
}

/// `PUT /team/startups/{slug}/publication`: whether the profile is in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    pub published: bool,
}

/// The answer to `PUT /team/events/{slug}`: whether the event is new, and its version
/// now (the next edit names it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventWritten {
    pub created: bool,
    pub version: u32,
}

/// The answer to `POST /team/events/{slug}/cancellation`: how many registrants are told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCancelled {
    pub told: u32,
}

/// A programme in the team's list (`GET /team/programmes`), listed or archived.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamProgrammeRow {
    pub slug: String,
    pub title: crate::Localised,
    pub level: crate::catalogue::Level,
    pub institution: String,
    pub updated: crate::Date,
    /// Out of the catalogue: its page and its card are gone, its record is kept.
    pub archived: bool,
    pub sample: bool,
}

/// One programme as the team edits it (`GET /team/programmes/{slug}`, and the answer to
/// its writes): the version names it in `If-Match`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamProgramme {
    pub programme: crate::catalogue::Programme,
    pub version: u32,
    pub archived: bool,
}

/// `PUT /team/programmes/{slug}/archival`: whether the programme leaves the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archival {
    pub archived: bool,
}

/// An event as the team's list shows it (`GET /team/events`): its card, and how many
/// registrations it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamEventRow {
    pub event: crate::agenda::EventSummary,
    pub confirmed: u32,
    pub waitlisted: u32,
    /// Over: it can no longer be cancelled.
    pub ended: bool,
}

/// An event as the team edits it (`GET /team/events/{slug}`): what was written, and the
/// version an edit names in `If-Match`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamEvent {
    pub draft: crate::agenda::EventDraft,
    pub version: u32,
}

/// A start-up as the team manages it (`GET /team/startups`): published or not, and who
/// may edit it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamStartup {
    pub slug: String,
    pub name: String,
    pub published: bool,
    pub sample: bool,
    pub members: Vec<TeamMember>,
    /// Invitations sent and still open.
    pub open_invitations: u32,
}

/// A member account of a start-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub id: i64,
    pub email: String,
    pub last_sign_in: Option<ParisTime>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_apps_show_them_and_anything_else_is_refused() {
        assert_eq!(normalise_code("123 456").as_deref(), Some("123456"));
        assert_eq!(normalise_code(" 123456 ").as_deref(), Some("123456"));
        assert_eq!(normalise_code("ABCDE-FGHJK").as_deref(), Some("abcdefghjk"));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("1234567"), None);
        assert_eq!(
            normalise_code("abcde-fghi0"),
            None,
            "0 and i are not in the alphabet"
        );
        assert_eq!(normalise_code(""), None);
        let secret = TeamSignIn {
            email: "a@b.fr".into(),
            password: "hunter2".into(),
            code: Some("123456".into()),
        };
        let shown = format!("{secret:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("123456") && !shown.contains("a@b"));
    }
}
