//! The letters' words in French and English.

use model::Lang;

use super::Letter;

/// A letter's subject and paragraphs; `{title}` is the event's title.
pub struct Words {
    pub subject: &'static str,
    pub body: &'static [&'static str],
}

pub fn words(letter: Letter, lang: Lang) -> Words {
    use Letter::*;
    match (letter, lang) {
        (ConfirmLink, Lang::Fr) => Words {
            subject: "Confirmez votre inscription\u{202f}: {title}",
            body: &[
                "Vous avez demandé à vous inscrire à «\u{202f}{title}\u{202f}».",
                "Votre place est réservée pendant 30 minutes\u{202f}: ouvrez le lien ci-dessous pour confirmer votre inscription. Sans confirmation, la place est libérée.",
                "Si vous n'avez rien demandé, ignorez ce message\u{202f}: aucune inscription ne sera faite.",
            ],
        },
        (ConfirmLink, Lang::En) => Words {
            subject: "Confirm your registration: {title}",
            body: &[
                "You asked to register for \u{201c}{title}\u{201d}.",
                "Your place is held for 30 minutes: open the link below to confirm your registration. Without confirmation, the place is released.",
                "If you did not ask for this, ignore this message: nobody will be registered.",
            ],
        },
        (Confirmed, Lang::Fr) => Words {
            subject: "Inscription confirmée\u{202f}: {title}",
            body: &[
                "Votre inscription à «\u{202f}{title}\u{202f}» est confirmée.",
                "Le fichier joint ajoute l'événement à votre agenda.",
            ],
        },
        (Confirmed, Lang::En) => Words {
            subject: "Registration confirmed: {title}",
            body: &[
                "Your registration for \u{201c}{title}\u{201d} is confirmed.",
                "The attached file adds the event to your calendar.",
            ],
        },
        (Waitlisted, Lang::Fr) => Words {
            subject: "Liste d'attente\u{202f}: {title}",
            body: &[
                "L'événement «\u{202f}{title}\u{202f}» est complet\u{202f}: vous êtes sur la liste d'attente.",
                "Si une place se libère, elle vous sera attribuée dans l'ordre d'inscription, et vous recevrez un e-mail.",
            ],
        },
        (Waitlisted, Lang::En) => Words {
            subject: "Waitlist: {title}",
            body: &[
                "\u{201c}{title}\u{201d} is full: you are on the waitlist.",
                "If a seat frees up, it goes to the waitlist in order of registration, and you will get an e-mail.",
            ],
        },
        (Promoted, Lang::Fr) => Words {
            subject: "Une place s'est libérée\u{202f}: {title}",
            body: &[
                "Bonne nouvelle\u{202f}: une place s'est libérée pour «\u{202f}{title}\u{202f}», et elle est à vous. Votre inscription est confirmée.",
                "Le fichier joint ajoute l'événement à votre agenda.",
            ],
        },
        (Promoted, Lang::En) => Words {
            subject: "A seat freed up: {title}",
            body: &[
                "Good news: a seat freed up for \u{201c}{title}\u{201d}, and it is yours. Your registration is confirmed.",
                "The attached file adds the event to your calendar.",
            ],
        },
        (Reminder, Lang::Fr) => Words {
            subject: "Rappel, c'est demain\u{202f}: {title}",
            body: &["Nous vous rappelons que «\u{202f}{title}\u{202f}» a lieu demain."],
        },
        (Reminder, Lang::En) => Words {
            subject: "Reminder, it is tomorrow: {title}",
            body: &["A reminder that \u{201c}{title}\u{201d} takes place tomorrow."],
        },
        (CancelledByPerson, Lang::Fr) => Words {
            subject: "Inscription annulée\u{202f}: {title}",
            body: &[
                "Votre inscription à «\u{202f}{title}\u{202f}» est annulée. Votre place a été rendue.",
                "Vous pouvez vous inscrire de nouveau depuis la page de l'événement, s'il reste des places.",
            ],
        },
        (CancelledByPerson, Lang::En) => Words {
            subject: "Registration cancelled: {title}",
            body: &[
                "Your registration for \u{201c}{title}\u{201d} is cancelled. Your seat has been released.",
                "You may register again from the event's page, if seats are left.",
            ],
        },
        (EventCancelled, Lang::Fr) => Words {
            subject: "Événement annulé\u{202f}: {title}",
            body: &[
                "Nous sommes désolés\u{202f}: «\u{202f}{title}\u{202f}» est annulé.",
                "Le fichier joint retire l'événement de votre agenda.",
            ],
        },
        (EventCancelled, Lang::En) => Words {
            subject: "Event cancelled: {title}",
            body: &[
                "We are sorry: \u{201c}{title}\u{201d} is cancelled.",
                "The attached file removes the event from your calendar.",
            ],
        },
    }
}

/// The words around the letter's details, by language.
pub struct Frame {
    pub greeting: &'static str,
    pub when: &'static str,
    pub paris_time: &'static str,
    pub place: &'static str,
    pub online: &'static str,
    pub confirm: &'static str,
    pub manage: &'static str,
    pub event_page: &'static str,
    pub signature: &'static str,
    pub why: &'static str,
}

pub fn frame(lang: Lang) -> Frame {
    match lang {
        Lang::Fr => Frame {
            greeting: "Bonjour {name},",
            when: "Quand",
            paris_time: "heure de Paris",
            place: "Où",
            online: "Lien pour participer en ligne",
            confirm: "Confirmer mon inscription",
            manage: "Voir ou annuler mon inscription",
            event_page: "Page de l'événement",
            signature: "PariSanté Campus",
            why: "Vous recevez ce message parce qu'une inscription à cet événement a été demandée avec votre adresse. Vos données d'inscription sont supprimées 30 jours après l'événement.",
        },
        Lang::En => Frame {
            greeting: "Hello {name},",
            when: "When",
            paris_time: "Paris time",
            place: "Where",
            online: "Link to take part online",
            confirm: "Confirm my registration",
            manage: "See or cancel my registration",
            event_page: "Event page",
            signature: "PariSanté Campus",
            why: "You get this message because a registration for this event was asked with your address. Your registration data is deleted 30 days after the event.",
        },
    }
}
