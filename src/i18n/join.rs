//! Texts of "Rejoindre le campus" (the calls for applications), in both languages. Only
//! the join page's chunk reads them.

use model::Lang;

pub struct JoinTexts {
    pub title: &'static str,
    /// What the article says of the start-ups and the calls, dated.
    pub intro: &'static str,
    pub featured_open: &'static str,
    pub featured_upcoming: &'static str,
    pub featured_last: &'static str,
    pub none_open: &'static str,
    pub next_opens: fn(&str) -> String,
    pub next_unknown: &'static str,
    pub no_call: &'static str,
    pub field_status: &'static str,
    pub field_opens: &'static str,
    pub field_closes: &'static str,
    pub field_places: &'static str,
    pub places: fn(u32) -> String,
    pub not_said: &'static str,
    pub paris_time: &'static str,
    pub eligibility: &'static str,
    pub timeline: &'static str,
    /// The timeline's first step: applications close.
    pub closing_step: &'static str,
    pub about: &'static str,
    pub sample_call: &'static str,
    pub other_calls: &'static str,
    pub faq_title: &'static str,
    pub faq: [(&'static str, &'static str); 4],
}

pub static FR: JoinTexts = JoinTexts {
    title: "Rejoindre le campus",
    intro: "Début janvier 2022, une trentaine de start-ups du numérique en santé étaient hébergées sur le campus. Un second appel à candidatures a été ouvert début 2022, devant le nombre très important de demandes, pour atteindre une cinquantaine d'entreprises implantées sur le site. Les appels à candidatures sont présentés ici.",
    featured_open: "Appel ouvert",
    featured_upcoming: "Prochain appel",
    featured_last: "Dernier appel",
    none_open: "Aucun appel à candidatures n'est ouvert en ce moment.",
    next_opens: |date| format!("Le prochain ouvrira le {date}."),
    next_unknown: "La date du prochain appel n'est pas connue.",
    no_call: "Aucun appel à candidatures n'est publié pour l'instant.",
    field_status: "État",
    field_opens: "Ouverture des candidatures",
    field_closes: "Clôture des candidatures",
    field_places: "Places",
    places: |n| match n {
        1 => "1 start-up".to_owned(),
        n => format!("{n} start-ups"),
    },
    not_said: "Non précisé",
    paris_time: "Heures de Paris.",
    eligibility: "Qui peut candidater\u{202f}?",
    timeline: "Calendrier",
    closing_step: "Clôture des candidatures",
    about: "Présentation",
    sample_call: "Appel d'exemple\u{202f}: ses dates, ses places et ses conditions sont inventées pour la démonstration du portail. Ce n'est pas un appel réel.",
    other_calls: "Autres appels",
    faq_title: "Questions fréquentes",
    faq: [
        (
            "Qui peut candidater\u{202f}?",
            "Les conditions sont propres à chaque appel\u{202f}: elles sont données dans sa section «\u{202f}Qui peut candidater\u{202f}?\u{202f}».",
        ),
        (
            "Comment se déroule la sélection\u{202f}?",
            "Chaque appel publie son calendrier\u{202f}: la clôture des candidatures, puis, quand il les prévoit, le comité de sélection, les auditions, les décisions et l'arrivée sur le campus.",
        ),
        (
            "À quelle heure un appel ferme-t-il\u{202f}?",
            "Toutes les dates et heures de ce portail sont celles de Paris, y compris lors du passage à l'heure d'été ou d'hiver.",
        ),
        (
            "Quand aura lieu le prochain appel\u{202f}?",
            "Dès qu'un appel est annoncé, cette page donne sa date d'ouverture\u{202f}; sinon, elle indique que la date n'est pas connue.",
        ),
    ],
};

pub static EN: JoinTexts = JoinTexts {
    title: "Join the campus",
    intro: "In early January 2022, about thirty digital-health start-ups were hosted on the campus. A second call for applications was opened in early 2022, because of the very large number of requests, to reach about fifty companies on the site. The calls for applications are presented here.",
    featured_open: "Open call",
    featured_upcoming: "Next call",
    featured_last: "Latest call",
    none_open: "No call for applications is open at the moment.",
    next_opens: |date| format!("The next one opens on {date}."),
    next_unknown: "The date of the next call is not known.",
    no_call: "No call for applications has been published yet.",
    field_status: "Status",
    field_opens: "Applications open",
    field_closes: "Applications close",
    field_places: "Places",
    places: |n| match n {
        1 => "1 start-up".to_owned(),
        n => format!("{n} start-ups"),
    },
    not_said: "Not stated",
    paris_time: "Paris time.",
    eligibility: "Who may apply?",
    timeline: "Timeline",
    closing_step: "Applications close",
    about: "About",
    sample_call: "Sample call: its dates, places and conditions are invented to demonstrate the portal. It is not a real call.",
    other_calls: "Other calls",
    faq_title: "Frequently asked questions",
    faq: [
        (
            "Who may apply?",
            "Each call sets its own conditions: they are given in its \u{201c}Who may apply?\u{201d} section.",
        ),
        (
            "How does the selection work?",
            "Each call publishes its timeline: the closing of applications, then, when it plans them, the selection committee, the interviews, the decisions and the arrival on the campus.",
        ),
        (
            "At what time does a call close?",
            "Every date and time on this portal is Paris time, including across the switch to summer or winter time.",
        ),
        (
            "When is the next call?",
            "As soon as a call is announced, this page gives its opening date; otherwise it says that the date is not known.",
        ),
    ],
};

pub fn texts(lang: Lang) -> &'static JoinTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
