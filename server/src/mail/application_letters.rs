//! What an applicant is told, and when: the link to their application (asked for, or on
//! each change of state), in their language, as plain text and HTML.

use lettre::{
    message::{Mailbox, MultiPart, SinglePart},
    Message,
};
use model::{calls::CallSummary, routes::Page, Lang};

use super::Letters;

/// A letter to an applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplicationLetter {
    /// The link to the application, asked for with the e-mail address.
    Link,
    Submitted,
    /// Withdrawn, and so deleted.
    Withdrawn,
    /// The campus team has begun reading it.
    UnderReview,
    /// Invited to an interview with the selection committee.
    Shortlisted,
}

struct Words {
    subject: &'static str,
    body: &'static [&'static str],
    /// The link's label, when the letter has one.
    action: Option<&'static str>,
}

fn words(letter: ApplicationLetter, lang: Lang) -> Words {
    use ApplicationLetter::*;
    match (letter, lang) {
        (Link, Lang::Fr) => Words {
            subject: "Votre candidature à «\u{a0}{call}\u{a0}»",
            body: &["Voici le lien de votre candidature à «\u{a0}{call}\u{a0}». Il vous permet d'y revenir depuis n'importe quel appareil, sans mot de passe\u{a0}: gardez-le pour vous.", "Ce que vous saisissez est enregistré au fur et à mesure. La candidature est envoyée quand vous la soumettez, avant la clôture de l'appel\u{a0}: {closes} (heure de Paris)."],
            action: Some("Ouvrir ma candidature"),
        },
        (Link, Lang::En) => Words {
            subject: "Your application to \u{201c}{call}\u{201d}",
            body: &["Here is the link to your application to \u{201c}{call}\u{201d}. It lets you come back to it from any device, without a password: keep it to yourself.", "What you type is saved as you go. The application is sent when you submit it, before the call closes: {closes} (Paris time)."],
            action: Some("Open my application"),
        },
        (Submitted, Lang::Fr) => Words {
            subject: "Candidature envoyée\u{a0}: «\u{a0}{call}\u{a0}»",
            body: &["Votre candidature à «\u{a0}{call}\u{a0}» a bien été envoyée. L'équipe du campus l'examinera après la clôture de l'appel et vous écrira à chaque étape.", "Vous pouvez la relire, ou la retirer, avec ce lien."],
            action: Some("Voir ma candidature"),
        },
        (Submitted, Lang::En) => Words {
            subject: "Application submitted: \u{201c}{call}\u{201d}",
            body: &["Your application to \u{201c}{call}\u{201d} has been submitted. The campus team will review it after the call closes and write to you at each step.", "You can read it again, or withdraw it, with this link."],
            action: Some("See my application"),
        },
        (Withdrawn, Lang::Fr) => Words {
            subject: "Candidature retirée\u{a0}: «\u{a0}{call}\u{a0}»",
            body: &["Votre candidature à «\u{a0}{call}\u{a0}» a été retirée, et tout ce qu'elle contenait a été supprimé, dossier de présentation compris."],
            action: None,
        },
        (Withdrawn, Lang::En) => Words {
            subject: "Application withdrawn: \u{201c}{call}\u{201d}",
            body: &["Your application to \u{201c}{call}\u{201d} has been withdrawn, and everything it held has been deleted, pitch deck included."],
            action: None,
        },
        (UnderReview, Lang::Fr) => Words {
            subject: "Candidature en cours d'examen\u{a0}: «\u{a0}{call}\u{a0}»",
            body: &["L'équipe du campus a commencé l'examen de votre candidature à «\u{a0}{call}\u{a0}». Vous recevrez un message à chaque étape, jusqu'à la décision.", "Vous pouvez la relire, ou la retirer, avec ce lien."],
            action: Some("Voir ma candidature"),
        },
        (UnderReview, Lang::En) => Words {
            subject: "Application under review: \u{201c}{call}\u{201d}",
            body: &["The campus team has begun reviewing your application to \u{201c}{call}\u{201d}. You will get a message at each step, up to the decision.", "You can read it again, or withdraw it, with this link."],
            action: Some("See my application"),
        },
        (Shortlisted, Lang::Fr) => Words {
            subject: "Invitation à une audition\u{a0}: «\u{a0}{call}\u{a0}»",
            body: &["Votre candidature à «\u{a0}{call}\u{a0}» est retenue pour une audition devant le comité de sélection. L'équipe du campus vous écrira pour en convenir la date.", "Vous pouvez relire votre candidature avec ce lien."],
            action: Some("Voir ma candidature"),
        },
        (Shortlisted, Lang::En) => Words {
            subject: "Invitation to an interview: \u{201c}{call}\u{201d}",
            body: &["Your application to \u{201c}{call}\u{201d} is shortlisted for an interview with the selection committee. The campus team will write to you to agree on a date.", "You can read your application again with this link."],
            action: Some("See my application"),
        },
    }
}

/// The first draft of a decision letter, which the campus team reads and edits in the
/// decision outbox before it goes: `(subject, body)`, paragraphs separated by blank lines.
pub fn decision_draft(accepted: bool, lang: Lang, call: &str, company: &str) -> (String, String) {
    let (subject, body): (&str, &[&str]) = match (accepted, lang) {
        (true, Lang::Fr) => ("Votre candidature est retenue\u{a0}: «\u{a0}{call}\u{a0}»", &[
            "Nous avons le plaisir de vous annoncer que la candidature de {company} à «\u{a0}{call}\u{a0}» est retenue par le comité de sélection.",
            "Vous allez recevoir une invitation à l'espace start-up du portail, où vous pourrez compléter la fiche de {company} avant sa publication dans l'annuaire. L'équipe du campus vous écrira pour préparer votre arrivée.",
            "Bienvenue à PariSanté Campus\u{a0}!",
        ]),
        (true, Lang::En) => ("Your application is accepted: \u{201c}{call}\u{201d}", &[
            "We are pleased to tell you that the selection committee has accepted {company}'s application to \u{201c}{call}\u{201d}.",
            "You will get an invitation to the portal's start-up space, where you can complete {company}'s profile before it is published in the directory. The campus team will write to you to prepare your arrival.",
            "Welcome to PariSanté Campus!",
        ]),
        (false, Lang::Fr) => ("Votre candidature à «\u{a0}{call}\u{a0}»", &[
            "Nous vous remercions de l'intérêt que vous portez à PariSanté Campus. Après examen par le comité de sélection, la candidature de {company} à «\u{a0}{call}\u{a0}» n'est pas retenue pour cet appel.",
            "Elle sera supprimée dans 12 mois. Vous pourrez candidater de nouveau aux prochains appels.",
        ]),
        (false, Lang::En) => ("Your application to \u{201c}{call}\u{201d}", &[
            "Thank you for your interest in PariSanté Campus. After review by the selection committee, {company}'s application to \u{201c}{call}\u{201d} is not accepted for this call.",
            "It will be deleted in 12 months. You are welcome to apply to the next calls.",
        ]),
    };
    let fill = |text: &str| text.replace("{call}", call).replace("{company}", company);
    (
        fill(subject),
        body.iter()
            .map(|p| fill(p))
            .collect::<Vec<_>>()
            .join("\n\n"),
    )
}

fn why(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Vous recevez ce message parce qu'une candidature à un appel de PariSanté Campus a été demandée avec votre adresse. Seule l'équipe du campus lit les candidatures.",
        Lang::En => "You get this message because an application to a PariSanté Campus call was asked for with your address. Only the campus team reads applications.",
    }
}

impl Letters {
    /// The application page; its secret is in the fragment, which browsers never send.
    pub fn application_link(&self, token: &str, lang: Lang) -> String {
        format!("{}#{token}", self.links.page(&Page::Application, lang))
    }

    /// A letter to the applicant `to`, about their application to `call`.
    pub fn compose_application(
        &self,
        letter: ApplicationLetter,
        to: &str,
        lang: Lang,
        call: &CallSummary,
        token: Option<&str>,
    ) -> Result<Vec<u8>, String> {
        let w = words(letter, lang);
        let closes = call
            .closes
            .map(|t| format!("{}, {}", super::compose::day_text(t, lang), t.clock()))
            .unwrap_or_default();
        let fill = |text: &str| {
            text.replace("{call}", call.title.get(lang))
                .replace("{closes}", &closes)
        };
        let action = w
            .action
            .zip(token)
            .map(|(label, token)| (label, self.application_link(token, lang)));
        let paragraphs: Vec<String> = w.body.iter().map(|p| fill(p)).collect();
        self.letter(to, lang, &fill(w.subject), &paragraphs, action)
    }

    /// The invitation to start-up `name`'s space: the link (its secret in the fragment)
    /// where the invited person chooses a password, once, within 7 days.
    pub fn compose_invitation(
        &self,
        to: &str,
        lang: Lang,
        name: &str,
        token: &str,
    ) -> Result<Vec<u8>, String> {
        let link = format!("{}#invitation-{token}", self.links.page(&Page::Space, lang));
        let (subject, paragraphs, label) = match lang {
            Lang::Fr => (
                format!("Invitation à l'espace start-up de {name}"),
                vec![
                    format!("Vous êtes invité·e à rejoindre l'espace start-up de {name} sur le portail de PariSanté Campus. Vous y tiendrez à jour la fiche de la start-up dans l'annuaire."),
                    "Ce lien vous permet de choisir votre mot de passe. Il ne sert qu'une fois et expire dans 7 jours\u{a0}: gardez-le pour vous.".to_owned(),
                ],
                "Choisir mon mot de passe",
            ),
            Lang::En => (
                format!("Invitation to {name}'s start-up space"),
                vec![
                    format!("You are invited to join {name}'s start-up space on the PariSanté Campus portal, where you keep the start-up's profile in the directory up to date."),
                    "This link lets you choose your password. It works once and expires in 7 days: keep it to yourself.".to_owned(),
                ],
                "Choose my password",
            ),
        };
        self.letter(to, lang, &subject, &paragraphs, Some((label, link)))
    }

    /// A decision letter as the campus team wrote it: `body`'s paragraphs are separated
    /// by blank lines; it is sent as text and as escaped HTML, like the others.
    pub fn compose_decision(
        &self,
        to: &str,
        lang: Lang,
        subject: &str,
        body: &str,
    ) -> Result<Vec<u8>, String> {
        let paragraphs: Vec<String> = body
            .replace("\r\n", "\n")
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        self.letter(to, lang, subject, &paragraphs, None)
    }

    /// A letter to an applicant: greeting, paragraphs, an optional link, the signature and
    /// why they get it; plain text and HTML.
    fn letter(
        &self,
        to: &str,
        lang: Lang,
        subject: &str,
        paragraphs: &[String],
        action: Option<(&str, String)>,
    ) -> Result<Vec<u8>, String> {
        let greeting = match lang {
            Lang::Fr => "Bonjour,",
            Lang::En => "Hello,",
        };
        let mut text = format!("{greeting}\n\n");
        let mut html = format!(
            "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body><p>{greeting}</p>",
            lang.code(),
            model::text::escape_html(subject)
        );
        for paragraph in paragraphs {
            text.push_str(&format!("{paragraph}\n\n"));
            html.push_str(&format!("<p>{}</p>", model::text::escape_html(paragraph)));
        }
        if let Some((label, url)) = &action {
            text.push_str(&format!("{label}\n{url}\n\n"));
            html.push_str(&format!(
                "<p><a href=\"{}\">{}</a></p>",
                model::text::escape_html(url),
                model::text::escape_html(label)
            ));
        }
        text.push_str(&format!("-- \nPariSanté Campus\n{}\n", why(lang)));
        html.push_str(&format!(
            "<hr><p>PariSanté Campus<br>{}</p></body></html>",
            model::text::escape_html(why(lang))
        ));
        let to: Mailbox = to.parse().map_err(|e| format!("recipient address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::plain(text))
                    .singlepart(SinglePart::html(html)),
            )
            .map_err(|e| format!("building the message: {e}"))?;
        Ok(message.formatted())
    }
}
