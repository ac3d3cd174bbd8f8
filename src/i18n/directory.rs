//! Texts of the start-up directory and profiles, in both languages.

use model::catalogue::Date;

pub struct DirectoryTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub sample_notice: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub founded_legend: &'static str,
    pub any_year: &'static str,
    pub spin_off: &'static str,
    pub hiring: &'static str,
    pub no_results: &'static str,
    /// The directory lists no start-up at all (nothing to filter).
    pub empty: &'static str,
    pub about: &'static str,
    pub key_facts: &'static str,
    pub field_sectors: &'static str,
    pub field_stage: &'static str,
    pub field_founded: &'static str,
    pub field_team: &'static str,
    pub field_member_since: &'static str,
    pub field_spin_off: &'static str,
    pub field_poles: &'static str,
    pub links: &'static str,
    pub website: &'static str,
    pub careers: &'static str,
    pub email: &'static str,
    pub external: &'static str,
    pub related: &'static str,
    pub sample_profile: &'static str,
    pub pole_heading: &'static str,
    pub space_link: &'static str,
    pub join_link: &'static str,
    pub results_count: fn(usize) -> String,
    pub pole_all: fn(usize) -> String,
    pub chip_founded_from: fn(u16) -> String,
    pub chip_founded_to: fn(u16) -> String,
    pub updated: fn(Date, fn(Date) -> String) -> String,
    /// A fact that is the start-up's to give and that it has not given.
    pub not_given: &'static str,
    /// No arrival date published.
    pub not_published: &'static str,
    /// A profile never saved since the portal team entered it.
    pub never_updated: &'static str,
}

pub static FR: DirectoryTexts = DirectoryTexts {
    title: "Annuaire des start-ups",
    intro: "Une trentaine de start-ups du numérique en santé étaient hébergées sur le campus \
            début janvier 2022, plus de la moitié issues de la recherche, et une cinquantaine \
            étaient attendues à terme. Trouvez qui travaille sur quoi.",
    sample_notice: "Les fiches marquées « Exemple » sont inventées pour la démonstration. \
                    DrData, Team'Doc, Posos et SimforHealth sont de vraies start-ups, citées \
                    parmi celles que le campus accueillait début janvier 2022 ; leurs \
                    fiches sont à compléter par elles.",
    search_label: "Rechercher une start-up",
    search_hint: "Nom, activité ou secteur, par exemple «\u{202f}simulation\u{202f}» ou «\u{202f}télémédecine\u{202f}».",
    founded_legend: "Année de création",
    any_year: "Toutes",
    spin_off: "Issue de la recherche",
    hiring: "Recrute",
    no_results: "Aucune start-up ne correspond à ces critères. Retirez un filtre ou essayez un autre mot.",
    empty: "Aucune start-up n'est encore publiée dans l'annuaire.",
    about: "Présentation",
    key_facts: "En bref",
    field_sectors: "Secteurs",
    field_stage: "Stade",
    field_founded: "Création",
    field_team: "Équipe",
    field_member_since: "Sur le campus depuis",
    field_spin_off: "Issue de",
    field_poles: "Pôles du campus",
    links: "Liens et contact",
    website: "Site web",
    careers: "Offres d'emploi",
    email: "Écrire à la start-up",
    external: " (site externe)",
    related: "Autres start-ups du même secteur",
    sample_profile: "Fiche d'exemple, inventée pour la démonstration.",
    pole_heading: "Start-ups de ce pôle",
    space_link: "Start-up du campus ? Mettez votre fiche à jour dans l'espace start-up",
    join_link: "Votre start-up veut rejoindre le campus ? Voir les appels à candidatures",
    results_count: |n| match n {
        0 => "Aucune start-up".to_owned(),
        1 => "1 start-up".to_owned(),
        n => format!("{n} start-ups"),
    },
    pole_all: |n| match n {
        1 => "Voir la start-up de ce pôle".to_owned(),
        n => format!("Voir les {n} start-ups de ce pôle"),
    },
    chip_founded_from: |y| format!("Créée à partir de {y}"),
    chip_founded_to: |y| format!("Créée jusqu'en {y}"),
    updated: |d, format_date| format!("Fiche mise à jour le {}", format_date(d)),
    not_given: "À compléter par la start-up",
    not_published: "Non publiée",
    never_updated: "Fiche rédigée par l'équipe du portail, pas encore complétée par la start-up",
};

pub static EN: DirectoryTexts = DirectoryTexts {
    title: "Start-up directory",
    intro: "About thirty digital-health start-ups were hosted on the campus in early January \
            2022, more than half of them from research, and some fifty were expected in time. \
            Find out who works on what.",
    sample_notice: "Profiles marked “Sample” are invented for the demonstration. DrData, \
                    Team'Doc, Posos and SimforHealth are real start-ups, named among those \
                    the campus hosted in early January 2022; their profiles are theirs to \
                    complete.",
    search_label: "Search start-ups",
    search_hint: "Name, activity or sector, for example “simulation” or “telemedicine”.",
    founded_legend: "Year founded",
    any_year: "Any",
    spin_off: "Research spin-off",
    hiring: "Hiring",
    no_results: "No start-up matches these criteria. Remove a filter or try another word.",
    empty: "No start-up has been published in the directory yet.",
    about: "About",
    key_facts: "At a glance",
    field_sectors: "Sectors",
    field_stage: "Stage",
    field_founded: "Founded",
    field_team: "Team",
    field_member_since: "On campus since",
    field_spin_off: "Spin-off of",
    field_poles: "Campus poles",
    links: "Links and contact",
    website: "Website",
    careers: "Jobs",
    email: "Write to the start-up",
    external: " (external site)",
    related: "Other start-ups in the same sector",
    sample_profile: "Sample profile, invented for the demonstration.",
    pole_heading: "Start-ups of this pole",
    space_link: "A campus start-up? Update your profile in the start-up space",
    join_link: "Does your start-up want to join the campus? See the calls for applications",
    results_count: |n| match n {
        0 => "No start-ups".to_owned(),
        1 => "1 start-up".to_owned(),
        n => format!("{n} start-ups"),
    },
    pole_all: |n| match n {
        1 => "See this pole's start-up".to_owned(),
        n => format!("See this pole's {n} start-ups"),
    },
    chip_founded_from: |y| format!("Founded {y} or later"),
    chip_founded_to: |y| format!("Founded {y} or earlier"),
    updated: |d, format_date| format!("Profile updated {}", format_date(d)),
    not_given: "Not yet provided by the start-up",
    not_published: "Not published",
    never_updated: "Profile written by the portal team, not yet completed by the start-up",
};

/// The texts in `lang`.
pub fn texts(lang: model::Lang) -> &'static DirectoryTexts {
    match lang {
        model::Lang::Fr => &FR,
        model::Lang::En => &EN,
    }
}
