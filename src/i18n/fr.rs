use model::catalogue::Date;

use super::{group_thousands, PageTexts, Texts};

pub const TEXTS: Texts = Texts {
    site_name: "PariSanté Campus",
    colon: "\u{202f}: ",
    site_tagline: "Le campus du numérique en santé",
    site_description: "PariSanté Campus, le carrefour du numérique en santé à Paris\u{202f}: recherche, patients et société, formation, entrepreneuriat et professionnels de santé.",
    skip_to_content: "Aller au contenu principal",
    nav_label: "Navigation principale",
    nav_home: "Accueil",
    nav_directory: "Start-ups",
    nav_agenda: "Agenda",
    nav_poles: "Les pôles",
    switch_to_other: "English",
    switch_to_other_hint: "Read this page in English",
    lang_suggestion_label: "Proposition de langue",
    lang_suggestion_text: "Cette page existe aussi en français.",
    lang_suggestion_go: "Lire en français",
    lang_suggestion_dismiss: "Non merci",
    footer_about: "PariSanté Campus a pour objectif de rassembler chercheurs, étudiants, soignants, entrepreneurs et patients autour du numérique en santé. Immeuble «\u{202f}Fresk\u{202f}», Paris 15ᵉ.",
    footer_nav_label: "Informations légales et plan du site",
    site_map: "Plan du site",
    footer_privacy_promise: "Ce site n'utilise aucun traceur soumis à consentement\u{202f}: ni mesure d'audience, ni cookie publicitaire.",
    accessibility: "Accessibilité : non conforme",
    legal_notice: "Mentions légales",
    privacy: "Données personnelles",
    home_eyebrow: "Le carrefour du numérique en santé",
    home_cta_poles: "Découvrir les cinq pôles",
    home_story_heading: "Un campus inédit pour la santé numérique",
    home_figures_heading: "Le campus en chiffres",
    home_poles_heading: "Cinq pôles d'expertise",
    home_founders_heading: "Membres fondateurs",
    home_institutes_heading: "Instituts de recherche",
    home_partners_heading: "Partenaires annoncés",
    home_events_heading: "Prochains événements",
    home_events_all: "Tout l'agenda",
    paris_time: "heure de Paris",
    poles_intro: "Recherche, patients et société, formation, entrepreneuriat et professionnels de santé : cinq pôles d'expertise travaillent ensemble sur un même site.",
    loading: "Chargement…",
    error_heading: "Ce contenu n'a pas pu être affiché",
    error_network: "Le serveur du campus est injoignable. Vérifiez votre connexion, puis réessayez.",
    error_server: "Le serveur du campus a rencontré un problème. Réessayez dans quelques instants.",
    error_decode: "La réponse du serveur du campus est illisible. Réessayez dans quelques instants.",
    error_config: "La configuration du portail (config.json) est invalide. Prévenez l'équipe du campus.",
    error_status_prefix: "Code d'erreur",
    retry: "Réessayer",
    not_found_title: "Page introuvable",
    not_found_body: "La page demandée n'existe pas ou a été déplacée. Vérifiez l'adresse, ou repartez de l'accueil.",
    not_found_home: "Retour à l'accueil",
    nav_catalogue: "Formations",
    nav_shortlist: "Ma sélection",
    fact_source,
};

pub static PAGES: PageTexts = PageTexts {
    accessibility_title: "Déclaration d'accessibilité",
    accessibility_description: "Déclaration d'accessibilité du portail PariSanté Campus (RGAA)\u{202f}: état de conformité, contenus non accessibles, contact et voies de recours.",
    legal_notice_description: "Mentions légales du portail PariSanté Campus\u{202f}: éditeur, direction de la publication, hébergement, contenus et propriété intellectuelle.",
    privacy_description: "Données personnelles sur le portail PariSanté Campus\u{202f}: aucun traceur soumis à consentement, ce qui est conservé sur votre appareil, le registre des traitements et vos droits.",
    poles_title: "Les cinq pôles du campus",
    pole_institutes_heading: "Instituts de recherche associés",
    pole_institutes_illustrative: "Rattachement donné à titre d'illustration : la présentation du campus cite ses instituts sans les relier à un pôle.",
    pole_no_institutes: "Aucun institut n'est encore rattaché à ce pôle.",
    pole_other_poles: "Les autres pôles",
    breadcrumb_label: "Fil d'Ariane",
    catalogue_title: "Trouver une formation",
    catalogue_intro: "Licence, master, doctorat et formation continue en sciences du vivant, santé, données de santé et intelligence artificielle.",
    catalogue_sample_notice: "Les formations marquées « Exemple » sont inventées pour illustrer le catalogue : elles ne constituent pas une offre réelle.",
    search_label: "Rechercher une formation",
    search_hint: "Mots du titre, domaine, établissement… («\u{202f}IA\u{202f}», «\u{202f}données de santé\u{202f}»)",
    filters_heading: "Affiner la recherche",
    sort_label: "Trier par",
    active_filters: "Filtres actifs",
    remove_filter: "Retirer le filtre",
    clear_all: "Tout effacer",
    no_results: "Aucune formation ne correspond à ces critères. Retirez un filtre ou essayez d'autres mots.",
    catalogue_empty: "Aucune formation n'est encore publiée dans le catalogue.",
    query_notice: "Une partie de l'adresse n'a pas été comprise et a été ignorée :",
    badge_closed: "Candidatures closes",
    badge_unknown: "Candidatures au fil de l'eau",
    card_next_start: "Rentrée",
    card_no_start: "Pas de session à venir",
    shortlist_add: "Ajouter à ma sélection",
    shortlist_remove: "Retirer de ma sélection",
    compare_toggle: "Comparer",
    compare_full: "Vous comparez déjà trois formations.",
    compare_go: "Voir la comparaison",
    compare_clear: "Vider la comparaison",
    shortlist_title: "Ma sélection de formations",
    shortlist_description: "Les formations que vous avez retenues dans le catalogue du campus, à comparer et à partager par un lien.",
    shortlist_empty: "Votre sélection est vide. Ajoutez des formations depuis le catalogue avec le bouton «\u{202f}Ajouter à ma sélection\u{202f}».",
    shortlist_share: "Lien de partage",
    shortlist_share_hint: "Ce lien ouvre la même sélection sur un autre appareil. Votre sélection n'est enregistrée que dans ce navigateur.",
    shortlist_shared_heading: "Une sélection vous a été partagée",
    shortlist_list_heading: "Les formations de ma sélection",
    shortlist_keep_shared: "Ajouter ces formations à ma sélection",
    shortlist_compare: "Comparer ma sélection",
    compare_title: "Comparer des formations",
    compare_description: "Jusqu'à trois formations du catalogue du campus côte à côte\u{202f}: niveau, durée, modalités, langues et candidature.",
    compare_empty: "Choisissez deux ou trois formations à comparer depuis le catalogue ou votre sélection.",
    compare_caption: "Comparaison des formations choisies, critère par critère",
    compare_criterion: "Critère",
    programme_sample_notice: "Formation d'exemple : son établissement, son intitulé et ses dates sont inventés pour illustrer le catalogue. Ce n'est pas une offre réelle : ni frais, ni places, ni candidature.",
    field_level: "Niveau",
    field_institution: "Établissement",
    field_ects: "Crédits ECTS",
    field_duration: "Durée",
    field_languages: "Langues",
    field_modes: "Modalités",
    field_format: "Format",
    field_starts: "Rentrées",
    field_application: "Candidatures",
    field_fees: "Frais",
    field_capacity: "Places",
    field_admission: "Admission",
    field_prerequisites: "Prérequis",
    field_domains: "Domaines",
    fees_unknown: "Non communiqués, voir la page officielle",
    programme_apply: "Candidater sur le site officiel",
    programme_updated: "Mis à jour le",
    programme_objectives: "Objectifs",
    programme_careers: "Débouchés",
    programme_contact: "Contact",
    programme_related: "Formations proches",
    programme_poles: "Pôles du campus",
    key_facts: "En bref",
    sample_badge: "Exemple",
    pagination_label: "Pages de résultats",
    page_prev: "Page précédente",
    page_next: "Page suivante",
    not_available: "—",
    pole_programmes_heading: "Formations de ce pôle",
    results_count,
    pole_programmes_all,
    badge_open,
    badge_upcoming,
    duration,
    fees,
    capacity,
    compare_count,
    page_n,
    format_date,
};

fn results_count(n: usize) -> String {
    match n {
        0 => "Aucune formation".to_owned(),
        1 => "1 formation".to_owned(),
        n => format!("{n} formations"),
    }
}

fn badge_open(days: i64) -> String {
    match days {
        0 => "Candidatures ouvertes · clôture aujourd'hui".to_owned(),
        1 => "Candidatures ouvertes · clôture demain".to_owned(),
        n => format!("Candidatures ouvertes · clôture dans {n} jours"),
    }
}

fn badge_upcoming(date: Date) -> String {
    format!("Candidatures à partir du {}", format_date(date))
}

fn duration(months: u16) -> String {
    format!("{months} mois")
}

fn fees(euros: u32) -> String {
    format!("{}\u{a0}€ par an", group_thousands(euros, "\u{202f}"))
}

fn capacity(places: u16) -> String {
    format!("{places} places")
}

fn compare_count(n: usize) -> String {
    format!("Comparer ({n}/3)")
}

fn page_n(n: u32) -> String {
    format!("Page {n}")
}

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn fact_source(by: &str, year: u16, month: u8) -> String {
    format!(
        "Situation en {} {year}, d'après {by}",
        MONTHS[usize::from(month.clamp(1, 12) - 1)]
    )
}

fn format_date(date: Date) -> String {
    let day = if date.day == 1 {
        "1ᵉʳ".to_owned()
    } else {
        date.day.to_string()
    };
    format!(
        "{day} {} {}",
        MONTHS[usize::from(date.month - 1)],
        date.year
    )
}

fn pole_programmes_all(n: usize) -> String {
    match n {
        1 => "Voir la formation de ce pôle".to_owned(),
        n => format!("Voir les {n} formations de ce pôle"),
    }
}
