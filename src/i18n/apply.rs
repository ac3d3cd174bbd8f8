//! Texts of applying to a call (the link asked for on the join page, the application's
//! page), in both languages. Only the join page's chunk reads them.

use model::Lang;

pub struct ApplyTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub email: &'static str,
    pub email_hint: &'static str,
    pub send: &'static str,
    pub sending: &'static str,
    pub sent: fn(&str) -> String,
    pub closed: &'static str,
    pub too_many: fn(u64) -> String,
    pub failed: &'static str,
    pub title: &'static str,
    pub for_call: fn(&str) -> String,
    pub closes_on: fn(&str) -> String,
    pub no_application: &'static str,
    pub join_link: &'static str,
    pub steps: [&'static str; 7],
    pub steps_label: &'static str,
    /// Which fields a submission needs (RGAA 11.10).
    pub required_note: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub saved_at: fn(&str) -> String,
    pub saving: &'static str,
    pub save_failed: &'static str,
    pub save_invalid: &'static str,
    pub retry: &'static str,
    pub choose: &'static str,
    pub company_name: &'static str,
    pub legal_form: &'static str,
    pub siren: &'static str,
    pub siren_hint: &'static str,
    pub founded: &'static str,
    pub founders: &'static str,
    pub founder: fn(usize) -> String,
    pub founder_name: &'static str,
    pub founder_role: &'static str,
    pub full_time: &'static str,
    pub research_link: &'static str,
    pub add_founder: &'static str,
    pub remove_founder: &'static str,
    pub product: &'static str,
    pub stage: &'static str,
    pub health_problem: &'static str,
    pub patients: &'static str,
    pub ce_marking: &'static str,
    pub hosting: &'static str,
    pub data_protection: &'static str,
    pub poles: &'static str,
    pub poles_why: &'static str,
    pub needs: &'static str,
    pub deck: &'static str,
    pub deck_hint: &'static str,
    pub deck_received: fn(u32) -> String,
    pub deck_sending: &'static str,
    pub deck_too_large: &'static str,
    pub submit: &'static str,
    pub submit_hint: &'static str,
    pub missing: &'static str,
    pub submitted_on: fn(&str) -> String,
    pub state: &'static str,
    pub withdraw: &'static str,
    pub withdraw_confirm: &'static str,
    pub withdraw_yes: &'static str,
    pub keep: &'static str,
    pub withdrawn: &'static str,
    /// A founder read back: name, role, full-time or not, research link if any.
    pub founder_summary: fn(&str, &str, bool, &str) -> String,
}

pub static FR: ApplyTexts = ApplyTexts {
    heading: "Candidater",
    intro: "Indiquez votre adresse e-mail\u{202f}: vous recevrez le lien de votre candidature. Il vous permet de la remplir en plusieurs fois, depuis n'importe quel appareil, sans mot de passe.",
    email: "Adresse e-mail",
    email_hint: "Le lien de la candidature y sera envoyé.",
    send: "Recevoir le lien",
    sending: "Envoi…",
    sent: |email| format!("Un lien a été envoyé à {email}. Ouvrez-le pour remplir votre candidature. Pas de message\u{202f}? Regardez dans les indésirables, ou demandez-le à nouveau."),
    closed: "Cet appel ne reçoit pas de nouvelle candidature.",
    too_many: |seconds| format!("Trop de demandes\u{202f}: réessayez dans {} minute(s).", seconds.div_ceil(60)),
    failed: "La demande n'a pas abouti. Vérifiez votre connexion, puis réessayez.",
    title: "Ma candidature",
    for_call: |call| format!("Candidature à «\u{202f}{call}\u{202f}»"),
    closes_on: |day| format!("Clôture des candidatures\u{202f}: {day} (heure de Paris)."),
    no_application: "Ce lien ne mène à aucune candidature\u{202f}: elle a peut-être été retirée, ou le lien est incomplet.",
    join_link: "Demander un nouveau lien sur la page «\u{202f}Rejoindre le campus\u{202f}»",
    steps: [
        "L'entreprise",
        "L'équipe",
        "Le produit",
        "Santé et patients",
        "Réglementation et données",
        "Le campus",
        "Dossier et envoi",
    ],
    steps_label: "Étapes de la candidature",
    required_note: "Tous les champs sont nécessaires pour envoyer la candidature, sauf la forme juridique, le numéro SIREN, la date de création et le lien avec la recherche. Vous pouvez les remplir dans l'ordre qui vous convient.",
    step_of: |i, n| format!("Étape {i} sur {n}"),
    previous: "Étape précédente",
    next: "Étape suivante",
    saved_at: |time| format!("Enregistré à {time}"),
    saving: "Enregistrement…",
    save_failed: "Pas encore enregistré\u{202f}: la connexion a échoué. Ce que vous avez saisi reste sur cette page.",
    save_invalid: "Pas encore enregistré\u{202f}: corrigez les champs signalés.",
    retry: "Réessayer",
    choose: "Choisir…",
    company_name: "Nom de l'entreprise",
    legal_form: "Forme juridique (SAS, SARL…)",
    siren: "Numéro SIREN",
    siren_hint: "Neuf chiffres, si l'entreprise est immatriculée.",
    founded: "Date de création",
    founders: "Fondateurs et fondatrices",
    founder: |i| format!("Personne {i}"),
    founder_name: "Nom",
    founder_role: "Rôle",
    full_time: "À temps plein dans l'entreprise",
    research_link: "Lien avec la recherche (équipe, laboratoire), s'il y en a un",
    add_founder: "Ajouter une personne",
    remove_founder: "Retirer cette personne",
    product: "Le produit ou le service",
    stage: "Stade de l'entreprise",
    health_problem: "Le problème de santé auquel il répond",
    patients: "Les patients, et les autres personnes, qu'il sert",
    ce_marking: "Marquage CE (dispositif médical)",
    hosting: "Hébergement des données de santé",
    data_protection: "Protection des données personnelles (RGPD)",
    poles: "Les pôles du campus concernés",
    poles_why: "Pourquoi ces pôles",
    needs: "Ce que vous attendez du campus",
    deck: "Dossier de présentation",
    deck_hint: "Un fichier PDF de 10 Mo au plus.",
    deck_received: |pages| format!("Dossier reçu\u{202f}: {pages} page(s)."),
    deck_sending: "Envoi du dossier…",
    deck_too_large: "Ce fichier dépasse 10\u{a0}Mo.",
    submit: "Envoyer ma candidature",
    submit_hint: "Une fois envoyée, la candidature ne peut plus être modifiée. Vous pourrez la relire, ou la retirer.",
    missing: "Pour envoyer la candidature, il manque encore\u{202f}:",
    submitted_on: |day| format!("Votre candidature a été envoyée le {day}. Elle ne peut plus être modifiée."),
    state: "État",
    withdraw: "Retirer ma candidature",
    withdraw_confirm: "Retirer la candidature la supprime définitivement, avec son dossier de présentation.",
    withdraw_yes: "Oui, la retirer et la supprimer",
    keep: "Non, la garder",
    withdrawn: "Votre candidature a été retirée et supprimée. Un e-mail vous le confirme.",
    founder_summary: |name, role, full_time, research| {
        let time = if full_time { "à temps plein" } else { "à temps partiel" };
        let research = if research.is_empty() {
            String::new()
        } else {
            format!(", recherche\u{202f}: {research}")
        };
        format!("{name} ({role}, {time}{research})")
    },
};

pub static EN: ApplyTexts = ApplyTexts {
    heading: "Apply",
    intro: "Give your e-mail address: you will get the link to your application. It lets you fill it in several sittings, from any device, without a password.",
    email: "E-mail address",
    email_hint: "The application's link is sent there.",
    send: "Get the link",
    sending: "Sending…",
    sent: |email| format!("A link has been sent to {email}. Open it to fill in your application. No message? Look in your spam folder, or ask again."),
    closed: "This call takes no new application.",
    too_many: |seconds| format!("Too many requests: try again in {} minute(s).", seconds.div_ceil(60)),
    failed: "The request did not go through. Check your connection, then try again.",
    title: "My application",
    for_call: |call| format!("Application to \u{201c}{call}\u{201d}"),
    closes_on: |day| format!("Applications close: {day} (Paris time)."),
    no_application: "This link leads to no application: it may have been withdrawn, or the link is incomplete.",
    join_link: "Ask for a new link on the \u{201c}Join the campus\u{201d} page",
    steps: [
        "The company",
        "The team",
        "The product",
        "Health and patients",
        "Regulation and data",
        "The campus",
        "Pitch deck and submission",
    ],
    steps_label: "Steps of the application",
    required_note: "Every field is needed to submit the application, except the legal form, the SIREN number, the founding date and the link with research. You can fill them in any order.",
    step_of: |i, n| format!("Step {i} of {n}"),
    previous: "Previous step",
    next: "Next step",
    saved_at: |time| format!("Saved at {time}"),
    saving: "Saving…",
    save_failed: "Not saved yet: the connection failed. What you typed stays on this page.",
    save_invalid: "Not saved yet: correct the fields marked.",
    retry: "Try again",
    choose: "Choose…",
    company_name: "Company name",
    legal_form: "Legal form (SAS, SARL…)",
    siren: "SIREN number",
    siren_hint: "Nine digits, if the company is registered.",
    founded: "Founding date",
    founders: "Founders",
    founder: |i| format!("Person {i}"),
    founder_name: "Name",
    founder_role: "Role",
    full_time: "Full-time in the company",
    research_link: "Link with research (team, laboratory), if any",
    add_founder: "Add a person",
    remove_founder: "Remove this person",
    product: "The product or service",
    stage: "Company stage",
    health_problem: "The health problem it addresses",
    patients: "The patients, and other people, it serves",
    ce_marking: "CE marking (medical device)",
    hosting: "Health-data hosting",
    data_protection: "Personal-data protection (GDPR)",
    poles: "The campus poles concerned",
    poles_why: "Why these poles",
    needs: "What you expect from the campus",
    deck: "Pitch deck",
    deck_hint: "A PDF file of at most 10 MB.",
    deck_received: |pages| format!("Pitch deck received: {pages} page(s)."),
    deck_sending: "Sending the pitch deck…",
    deck_too_large: "This file is over 10 MB.",
    submit: "Submit my application",
    submit_hint: "Once submitted, the application can no longer be changed. You can read it again, or withdraw it.",
    missing: "To submit the application, still missing:",
    submitted_on: |day| format!("Your application was submitted on {day}. It can no longer be changed."),
    state: "Status",
    withdraw: "Withdraw my application",
    withdraw_confirm: "Withdrawing the application deletes it for good, with its pitch deck.",
    withdraw_yes: "Yes, withdraw and delete it",
    keep: "No, keep it",
    withdrawn: "Your application has been withdrawn and deleted. An e-mail confirms it.",
    founder_summary: |name, role, full_time, research| {
        let time = if full_time { "full-time" } else { "part-time" };
        let research = if research.is_empty() {
            String::new()
        } else {
            format!(", research: {research}")
        };
        format!("{name} ({role}, {time}{research})")
    },
};

pub fn texts(lang: Lang) -> &'static ApplyTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl ApplyTexts {
    /// The label of a form field named by its JSON path (`founders[1].role`), for the list
    /// of what is missing.
    pub fn label_of(&self, field: &str) -> String {
        let (head, rest) = match field.split_once('[') {
            Some((head, rest)) => (head, Some(rest)),
            None => (field, None),
        };
        let base = match head {
            "company_name" => self.company_name,
            "legal_form" => self.legal_form,
            "siren" => self.siren,
            "founded" => self.founded,
            "founders" => self.founders,
            "product" => self.product,
            "stage" => self.stage,
            "health_problem" => self.health_problem,
            "patients" => self.patients,
            "ce_marking" => self.ce_marking,
            "hosting" => self.hosting,
            "data_protection" => self.data_protection,
            "poles" => self.poles,
            "poles_why" => self.poles_why,
            "needs" => self.needs,
            "deck" => self.deck,
            other => other,
        };
        let index = rest
            .and_then(|r| r.split(']').next())
            .and_then(|i| i.parse::<usize>().ok());
        let part = field.rsplit_once('.').map(|(_, p)| match p {
            "name" => self.founder_name,
            "role" => self.founder_role,
            "research_link" => self.research_link,
            other => other,
        });
        match (index, part) {
            (Some(i), Some(part)) => format!("{base} — {}, {part}", (self.founder)(i + 1)),
            (Some(i), None) => format!("{base}, {}", i + 1),
            _ => base.to_owned(),
        }
    }

    /// The step (0-based) a field is filled in at.
    pub fn step_of_field(field: &str) -> usize {
        let head = field.split(['[', '.']).next().unwrap_or(field);
        match head {
            "company_name" | "legal_form" | "siren" | "founded" => 0,
            "founders" => 1,
            "product" | "stage" => 2,
            "health_problem" | "patients" => 3,
            "ce_marking" | "hosting" | "data_protection" => 4,
            "poles" | "poles_why" | "needs" => 5,
            _ => 6,
        }
    }
}
