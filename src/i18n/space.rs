//! Texts of the start-up space (sign-in and profile editor), in both languages.

pub struct SpaceTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub sign_in_heading: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub bad_credentials: &'static str,
    pub demo_hint: &'static str,
    pub session_expired: &'static str,
    pub sign_out: &'static str,
    pub sign_out_confirm: &'static str,
    pub sign_out_anyway: &'static str,
    pub cancel: &'static str,
    pub draft_found: &'static str,
    pub restore: &'static str,
    pub discard: &'static str,
    pub name: &'static str,
    pub pitch: &'static str,
    pub description: &'static str,
    pub in_french: &'static str,
    pub in_english: &'static str,
    pub sectors: &'static str,
    pub poles: &'static str,
    pub stage: &'static str,
    pub founded: &'static str,
    pub team: &'static str,
    /// The empty choice of an optional list (stage, team size).
    pub not_given: &'static str,
    pub spin_off: &'static str,
    pub lab: &'static str,
    pub institute: &'static str,
    pub no_institute: &'static str,
    pub hiring: &'static str,
    pub careers: &'static str,
    pub website: &'static str,
    pub public_email: &'static str,
    pub social: &'static str,
    pub network: &'static str,
    pub address: &'static str,
    pub add_link: &'static str,
    pub remove_link: &'static str,
    pub logo: &'static str,
    pub logo_hint: &'static str,
    pub upload_logo: &'static str,
    pub logo_done: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub save_failed: &'static str,
    pub invalid: &'static str,
    pub unsaved: &'static str,
    pub all_saved: &'static str,
    pub preview: &'static str,
    pub conflict_heading: &'static str,
    pub conflict_intro: &'static str,
    pub mine: &'static str,
    pub theirs: &'static str,
    pub save_merged: &'static str,
    pub links_heading: &'static str,
    pub about_heading: &'static str,
    pub facts_heading: &'static str,
    pub editor_heading: fn(&str) -> String,
    pub signed_in_as: fn(&str) -> String,
    pub too_many: fn(u64) -> String,
    pub counter: fn(usize, usize) -> String,
    pub saved_at: fn(&str) -> String,
    /// The model's rule, in this language.
    pub reason: fn(&str) -> String,
    pub invitation_heading: fn(&str) -> String,
    pub invitation_for: fn(&str) -> String,
    pub invitation_closed: &'static str,
    pub new_password: &'static str,
    pub new_password_hint: &'static str,
    pub password_again: &'static str,
    pub passwords_differ: &'static str,
    pub password_short: &'static str,
    pub password_weak: &'static str,
    pub join_space: &'static str,
    pub joining: &'static str,
}

/// `at least 10 characters` → the number, for translating the model's reasons.
fn number_in(reason: &str) -> String {
    reason.chars().filter(char::is_ascii_digit).collect()
}

fn reason_fr(reason: &str) -> String {
    let n = number_in(reason);
    match reason {
        "at least one domain" => "Choisissez au moins un domaine.".into(),
        "at least one mode" => "Choisissez au moins une voie d'accès.".into(),
        "at least one teaching language" => "Choisissez au moins une langue.".into(),
        "at least one start date" => "Indiquez au moins une date de rentrée.".into(),
        "a whole number" => "Un nombre entier, en chiffres.".into(),
        "a date" => "Une date complète (jour, mois, année).".into(),
        "both dates or neither" => "Les deux dates, ou aucune.".into(),
        "closes before it opens" => "La clôture précède l'ouverture.".into(),
        "slug is empty" => "Obligatoire.".into(),
        "slug may only hold lowercase letters, digits and single inner hyphens" => {
            "Lettres minuscules sans accents, chiffres et traits d'union simples.".into()
        }
        r if r.starts_with("slug is longer than") => format!("Au plus {n} caractères."),
        r if r.starts_with("from 1 to") && r.ends_with("months") => format!("De 1 à {n} mois."),
        r if r.starts_with("from 1 to") => format!("De 1 à {n}."),
        r if r.starts_with("at most") && r.ends_with('€') => format!("Au plus {n}\u{a0}€."),
        r if r.starts_with("at most") && r.ends_with("start dates") => {
            format!("Au plus {n} dates de rentrée.")
        }
        "at least 1 characters" => "Obligatoire.".into(),
        "a date and a time" => "Une date et une heure complètes.".into(),
        "choose at least one audience" => "Choisissez au moins un public.".into(),
        "choose at least one language" => "Choisissez au moins une langue.".into(),
        "must be after start" => "Après le début.".into(),
        "a whole-day event starts at 00:00" => {
            "Un événement sur une journée entière commence à 00:00.".into()
        }
        "must not be after the end" => "Pas après la fin.".into(),
        "must not exceed capacity" => "Pas plus que les places.".into(),
        "an event on site that takes registrations says where" => {
            "Un événement sur place qui prend des inscriptions dit où il a lieu.".into()
        }
        "an online event has no place" => "Un événement en ligne n'a pas de lieu.".into(),
        "an online event gives registrants a link" => {
            "Un événement en ligne donne un lien à ses inscrits.".into()
        }
        "an event on site has no online link" => {
            "Un événement sur place n'a pas de lien en ligne.".into()
        }
        "full is given by the seats, not set" => {
            "«\u{202f}Complet\u{202f}» vient des places.".into()
        }
        r if r.starts_with("at least") => format!("Au moins {n} caractères."),
        r if r.starts_with("at most") && r.ends_with("sectors") => format!("Au plus {n} secteurs."),
        r if r.starts_with("at most") && r.ends_with("links") => format!("Au plus {n} liens."),
        r if r.starts_with("at most") && r.ends_with("founders") => {
            format!("Au plus {n} personnes.")
        }
        r if r.starts_with("at most") && r.ends_with("poles") => format!("Au plus {n} pôles."),
        r if r.starts_with("not before") => format!("Pas avant {n}."),
        "required to submit" => "Obligatoire pour envoyer la candidature.".into(),
        "required to submit: the pitch deck (PDF)" => {
            "Obligatoire pour envoyer la candidature\u{202f}: le dossier de présentation (PDF)."
                .into()
        }
        "not a whole PDF document with pages" => {
            "Ce fichier n'est pas un PDF lisible, avec au moins une page.".into()
        }
        "nine digits: the SIREN number of the company" => {
            "Neuf chiffres\u{202f}: le numéro SIREN de l'entreprise.".into()
        }
        "not after today" => "Pas après aujourd'hui.".into(),
        "at least one founder" => "Au moins une personne.".into(),
        "not a pole of the campus" => "Ce n'est pas un pôle du campus.".into(),
        "listed twice" => "Indiqué deux fois.".into(),
        r if r.starts_with("at most") => format!("Au plus {n} caractères."),
        r if r.starts_with("1 to") => format!("De 1 à {n} caractères."),
        "required" => "Obligatoire.".into(),
        "choose at least one sector" => "Choisissez au moins un secteur.".into(),
        "choose at least one pole" => "Choisissez au moins un pôle.".into(),
        "must start with https://" => "L’adresse doit commencer par https://.".into(),
        "needs a host name such as example.org" => {
            "Il manque le nom du site (par exemple example.org).".into()
        }
        "must not contain spaces, quotes or angle brackets" => {
            "Pas d’espaces, de guillemets ni de chevrons.".into()
        }
        "must look like name@example.org" => "Une adresse comme nom@example.org.".into(),
        "a hiring start-up gives a careers page or an e-mail" => {
            "Indiquez une page d’offres ou un e-mail de contact.".into()
        }
        r if r.starts_with("a year from") => {
            format!("Une année entre 1990 et {}.", &n[4..].to_owned())
        }
        other => other.to_owned(),
    }
}

fn reason_en(reason: &str) -> String {
    if reason == "at least 1 characters" || reason == "slug is empty" {
        return "Required.".into();
    }
    let mut text = reason.to_owned();
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    format!("{text}.")
}

pub static FR: SpaceTexts = SpaceTexts {
    title: "Espace start-up",
    intro:
        "Les start-ups hébergées sur le campus tiennent ici leur fiche de l'annuaire à jour. \
            Vos modifications sont gardées sur cet appareil tant qu'elles ne sont pas enregistrées.",
    sign_in_heading: "Se connecter",
    email: "Adresse e-mail (obligatoire)",
    password: "Mot de passe (obligatoire)",
    sign_in: "Se connecter",
    signing_in: "Connexion…",
    bad_credentials: "L'adresse e-mail ou le mot de passe n'est pas le bon.",
    demo_hint: "Démonstration locale : les comptes de test sont dans le README du projet.",
    session_expired:
        "Votre session a expiré. Reconnectez-vous : vos modifications sont conservées \
                      et seront enregistrées ensuite.",
    sign_out: "Se déconnecter",
    sign_out_confirm:
        "Des modifications ne sont pas enregistrées : elles seront effacées de cet appareil.",
    sign_out_anyway: "Se déconnecter quand même",
    cancel: "Annuler",
    draft_found: "Un brouillon non enregistré a été retrouvé sur cet appareil.",
    restore: "Reprendre le brouillon",
    discard: "L'écarter",
    name: "Nom de la start-up (obligatoire)",
    pitch: "Accroche (obligatoire, une ligne)",
    description: "Présentation",
    in_french: "en français",
    in_english: "en anglais",
    sectors: "Secteurs (obligatoire : un à trois)",
    poles: "Pôles du campus (obligatoire : au moins un)",
    stage: "Stade de développement",
    founded: "Année de création",
    team: "Taille de l'équipe",
    not_given: "Non renseigné",
    spin_off: "Issue de la recherche",
    lab: "Laboratoire ou équipe d'origine",
    institute: "Institut du campus",
    no_institute: "Aucun",
    hiring: "Nous recrutons",
    careers: "Page des offres d'emploi (https://…)",
    website: "Site web (https://…)",
    public_email: "E-mail de contact (public)",
    social: "Réseaux sociaux",
    network: "Réseau",
    address: "Adresse (https://…)",
    add_link: "Ajouter un lien",
    remove_link: "Retirer ce lien",
    logo: "Logo",
    logo_hint: "PNG, JPEG ou WebP, 1 Mo au plus (pas de SVG).",
    upload_logo: "Envoyer ce logo",
    logo_done: "Logo enregistré.",
    save: "Enregistrer",
    saving: "Enregistrement…",
    save_failed:
        "L'enregistrement a échoué. Vos modifications restent sur cet appareil ; réessayez.",
    invalid: "Certains champs sont à corriger avant d'enregistrer.",
    unsaved: "Modifications non enregistrées (gardées sur cet appareil).",
    all_saved: "Tout est enregistré.",
    preview: "Aperçu de votre carte dans l'annuaire",
    conflict_heading: "Quelqu'un a enregistré cette fiche entre-temps",
    conflict_intro:
        "Les modifications qui ne se recouvrent pas ont été réunies. Pour chaque champ \
                     changé des deux côtés, choisissez la version à garder, puis enregistrez.",
    mine: "Ma version",
    theirs: "Version enregistrée",
    save_merged: "Enregistrer ce choix",
    links_heading: "Liens",
    about_heading: "Présentation",
    facts_heading: "En bref",
    editor_heading: |name| format!("Fiche de {name}"),
    signed_in_as: |email| format!("Session ouverte avec l'adresse {email}"),
    too_many: |n| format!("Trop d'essais. Réessayez dans {n} s."),
    counter: |n, max| format!("{n} / {max} caractères"),
    saved_at: |time| format!("Enregistré à {time}."),
    reason: reason_fr,
    invitation_heading: |name| format!("Rejoindre l'espace de {name}"),
    invitation_for: |email| format!("Cette invitation est adressée à {email}. Choisissez votre mot de passe\u{202f}: il ouvrira votre session."),
    invitation_closed: "Ce lien d'invitation ne fonctionne plus\u{202f}: il a déjà servi, il a expiré (au bout de 7 jours) ou il n'existe pas. Demandez-en un nouveau à l'équipe du campus, ou connectez-vous si votre compte existe déjà.",
    new_password: "Mot de passe",
    new_password_hint: "Au moins 12 caractères, difficile à deviner\u{202f}: quatre mots sans rapport entre eux, ou celui d'un gestionnaire de mots de passe.",
    password_again: "Le même mot de passe, encore une fois",
    passwords_differ: "Les deux mots de passe ne sont pas les mêmes.",
    password_short: "Le mot de passe doit compter au moins 12 caractères (espaces non compris).",
    password_weak: "Ce mot de passe est trop facile à deviner\u{202f}: prenez quatre mots sans rapport entre eux, ou celui d'un gestionnaire de mots de passe.",
    join_space: "Créer mon accès",
    joining: "Création de l'accès…",
};

pub static EN: SpaceTexts = SpaceTexts {
    title: "Start-up space",
    intro: "Start-ups hosted on the campus keep their directory profile up to date here. Your \
            changes are kept on this device until they are saved.",
    sign_in_heading: "Sign in",
    email: "E-mail address (required)",
    password: "Password (required)",
    sign_in: "Sign in",
    signing_in: "Signing in…",
    bad_credentials: "The e-mail address or the password is incorrect.",
    demo_hint: "Local demonstration: the test accounts are in the project README.",
    session_expired: "Your session has expired. Sign in again: your changes are kept and will be \
                      saved next.",
    sign_out: "Sign out",
    sign_out_confirm: "Some changes are not saved: they will be deleted from this device.",
    sign_out_anyway: "Sign out anyway",
    cancel: "Cancel",
    draft_found: "An unsaved draft was found on this device.",
    restore: "Resume the draft",
    discard: "Discard it",
    name: "Start-up name (required)",
    pitch: "Pitch (required, one line)",
    description: "About",
    in_french: "in French",
    in_english: "in English",
    sectors: "Sectors (required: one to three)",
    poles: "Campus poles (required: at least one)",
    stage: "Stage",
    founded: "Year founded",
    team: "Team size",
    not_given: "Not given",
    spin_off: "Research spin-off",
    lab: "Laboratory or team of origin",
    institute: "Campus institute",
    no_institute: "None",
    hiring: "We are hiring",
    careers: "Jobs page (https://…)",
    website: "Website (https://…)",
    public_email: "Contact e-mail (public)",
    social: "Social networks",
    network: "Network",
    address: "Address (https://…)",
    add_link: "Add a link",
    remove_link: "Remove this link",
    logo: "Logo",
    logo_hint: "PNG, JPEG or WebP, 1 MB at most (no SVG).",
    upload_logo: "Upload this logo",
    logo_done: "Logo saved.",
    save: "Save",
    saving: "Saving…",
    save_failed: "Saving failed. Your changes stay on this device; try again.",
    invalid: "Some fields need attention before saving.",
    unsaved: "Unsaved changes (kept on this device).",
    all_saved: "Everything is saved.",
    preview: "Preview of your directory card",
    conflict_heading: "Someone saved this profile in the meantime",
    conflict_intro: "Changes that do not overlap were combined. For each field changed on both \
                     sides, choose the version to keep, then save.",
    mine: "My version",
    theirs: "Saved version",
    save_merged: "Save this choice",
    links_heading: "Links",
    about_heading: "About",
    facts_heading: "At a glance",
    editor_heading: |name| format!("{name}'s profile"),
    signed_in_as: |email| format!("Signed in as {email}"),
    too_many: |n| format!("Too many attempts. Try again in {n} s."),
    counter: |n, max| format!("{n} / {max} characters"),
    saved_at: |time| format!("Saved at {time}."),
    reason: reason_en,
    invitation_heading: |name| format!("Join {name}'s space"),
    invitation_for: |email| format!("This invitation is for {email}. Choose your password: it signs you in."),
    invitation_closed: "This invitation link no longer works: it was used, it expired (after 7 days), or it does not exist. Ask the campus team for a new one, or sign in if your account already exists.",
    new_password: "Password",
    new_password_hint: "At least 12 characters, hard to guess: four unrelated words, or a password manager's.",
    password_again: "The same password again",
    passwords_differ: "The two passwords are not the same.",
    password_short: "The password needs at least 12 characters (spaces not counted).",
    password_weak: "This password is too easy to guess: use four unrelated words, or a password manager's.",
    join_space: "Create my access",
    joining: "Creating your access…",
};

/// The texts in `lang`.
pub fn texts(lang: model::Lang) -> &'static SpaceTexts {
    match lang {
        model::Lang::Fr => &FR,
        model::Lang::En => &EN,
    }
}
