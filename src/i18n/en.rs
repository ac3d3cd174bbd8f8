use model::catalogue::Date;

use super::{group_thousands, PageTexts, Texts};

pub const TEXTS: Texts = Texts {
    site_name: "PariSanté Campus",
    colon: ": ",
    site_tagline: "The digital health campus",
    site_description: "PariSanté Campus, the digital health hub in Paris: research, patients and society, training, entrepreneurship and health professionals.",
    skip_to_content: "Skip to main content",
    nav_label: "Main navigation",
    nav_home: "Home",
    nav_directory: "Start-ups",
    nav_agenda: "Events",
    nav_poles: "Poles",
    switch_to_other: "Français",
    switch_to_other_hint: "Lire cette page en français",
    lang_suggestion_label: "Language suggestion",
    lang_suggestion_text: "This page is also available in English.",
    lang_suggestion_go: "Read in English",
    lang_suggestion_dismiss: "No thanks",
    footer_about: "PariSanté Campus aims to bring researchers, students, health professionals, entrepreneurs and patients together around digital health, in the “Fresk” building in Paris's 15th arrondissement.",
    footer_nav_label: "Legal information and site map",
    site_map: "Site map",
    footer_privacy_promise: "This site uses no tracker that needs consent: no audience measurement, no advertising cookie.",
    accessibility: "Accessibility: not compliant",
    legal_notice: "Legal notice",
    privacy: "Privacy",
    home_eyebrow: "The crossroads of digital health",
    home_cta_poles: "Explore the five poles",
    home_story_heading: "A campus like no other for digital health",
    home_figures_heading: "The campus in figures",
    home_poles_heading: "Five poles",
    home_founders_heading: "Founding members",
    home_institutes_heading: "Research institutes",
    home_partners_heading: "Announced partners",
    home_events_heading: "Next events",
    home_events_all: "All events",
    paris_time: "Paris time",
    poles_intro: "Research, patients & society, training, entrepreneurship and health professionals: five poles working together on one site.",
    loading: "Loading…",
    error_heading: "This content could not be shown",
    error_network: "The campus server cannot be reached. Check your connection, then try again.",
    error_server: "The campus server ran into a problem. Please try again in a moment.",
    error_decode: "The campus server sent a response that cannot be read. Please try again in a moment.",
    error_config: "The portal configuration (config.json) is invalid. Please tell the campus team.",
    error_status_prefix: "Error code",
    retry: "Try again",
    not_found_title: "Page not found",
    not_found_body: "The page you asked for does not exist or has moved. Check the address, or start again from the home page.",
    not_found_home: "Back to the home page",
    nav_catalogue: "Programmes",
    nav_shortlist: "My shortlist",
    fact_source,
};

pub static PAGES: PageTexts = PageTexts {
    accessibility_title: "Accessibility statement",
    accessibility_description: "Accessibility statement of the PariSanté Campus portal (RGAA): compliance status, non-accessible content, contact and enforcement procedure.",
    legal_notice_description: "Legal notice of the PariSanté Campus portal: publisher, publication director, hosting, content and intellectual property.",
    privacy_description: "Personal data on the PariSanté Campus portal: no tracker that needs consent, what is kept on your device, the record of processing activities and your rights.",
    poles_title: "The campus's five poles",
    pole_institutes_heading: "Related research institutes",
    pole_institutes_illustrative: "These links are illustrative: the campus presentation names its institutes without tying them to a pole.",
    pole_no_institutes: "No institute is linked to this pole yet.",
    pole_other_poles: "The other poles",
    breadcrumb_label: "Breadcrumb",
    catalogue_title: "Find a programme",
    catalogue_intro: "Bachelor's, master's, doctoral and continuing education in life sciences, health, health data and artificial intelligence.",
    catalogue_sample_notice: "Programmes marked “Sample” are invented to illustrate the catalogue: they are not a real offer.",
    search_label: "Search programmes",
    search_hint: "Words from the title, field, institution… (“AI”, “health data”)",
    filters_heading: "Refine your search",
    sort_label: "Sort by",
    active_filters: "Active filters",
    remove_filter: "Remove filter",
    clear_all: "Clear all",
    no_results: "No programme matches these criteria. Remove a filter or try other words.",
    catalogue_empty: "No programme has been published in the catalogue yet.",
    query_notice: "Part of the address was not understood and has been ignored:",
    badge_closed: "Applications closed",
    badge_unknown: "Rolling admission",
    card_next_start: "Starts",
    card_no_start: "No upcoming session",
    shortlist_add: "Add to my shortlist",
    shortlist_remove: "Remove from my shortlist",
    compare_toggle: "Compare",
    compare_full: "You are already comparing three programmes.",
    compare_go: "See the comparison",
    compare_clear: "Clear the comparison",
    shortlist_title: "My programme shortlist",
    shortlist_description: "The programmes you kept from the campus catalogue, to compare and to share with a link.",
    shortlist_empty: "Your shortlist is empty. Add programmes from the catalogue with the “Add to my shortlist” button.",
    shortlist_share: "Share link",
    shortlist_share_hint: "This link opens the same shortlist on another device. Your shortlist is only stored in this browser.",
    shortlist_shared_heading: "A shortlist was shared with you",
    shortlist_list_heading: "The programmes on my shortlist",
    shortlist_keep_shared: "Add these programmes to my shortlist",
    shortlist_compare: "Compare my shortlist",
    compare_title: "Compare programmes",
    compare_description: "Up to three programmes of the campus catalogue side by side: level, length, modes of study, languages and applications.",
    compare_empty: "Pick two or three programmes to compare from the catalogue or your shortlist.",
    compare_caption: "The chosen programmes compared, criterion by criterion",
    compare_criterion: "Criterion",
    programme_sample_notice: "Sample programme: its provider, title and dates are invented to illustrate the catalogue. It is not a real offer: no fees, no places, no application.",
    field_level: "Level",
    field_institution: "Institution",
    field_ects: "ECTS credits",
    field_duration: "Duration",
    field_languages: "Languages",
    field_modes: "Modes of study",
    field_format: "Format",
    field_starts: "Start dates",
    field_application: "Applications",
    field_fees: "Fees",
    field_capacity: "Places",
    field_admission: "Admission",
    field_prerequisites: "Prerequisites",
    field_domains: "Fields",
    fees_unknown: "Not published; see the official page",
    programme_apply: "Apply on the official site",
    programme_updated: "Last updated",
    programme_objectives: "Objectives",
    programme_careers: "Career outcomes",
    programme_contact: "Contact",
    programme_related: "Related programmes",
    programme_poles: "Campus poles",
    key_facts: "At a glance",
    sample_badge: "Sample",
    pagination_label: "Result pages",
    page_prev: "Previous page",
    page_next: "Next page",
    not_available: "—",
    pole_programmes_heading: "Programmes of this pole",
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
        0 => "No programmes".to_owned(),
        1 => "1 programme".to_owned(),
        n => format!("{n} programmes"),
    }
}

fn badge_open(days: i64) -> String {
    match days {
        0 => "Applications open · closing today".to_owned(),
        1 => "Applications open · closing tomorrow".to_owned(),
        n => format!("Applications open · closing in {n} days"),
    }
}

fn badge_upcoming(date: Date) -> String {
    format!("Applications open on {}", format_date(date))
}

fn duration(months: u16) -> String {
    if months == 1 {
        "1 month".to_owned()
    } else {
        format!("{months} months")
    }
}

fn fees(euros: u32) -> String {
    format!("€{} a year", group_thousands(euros, ","))
}

fn capacity(places: u16) -> String {
    format!("{places} places")
}

fn compare_count(n: usize) -> String {
    format!("Compare ({n}/3)")
}

fn page_n(n: u32) -> String {
    format!("Page {n}")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The source is stored as French writes it (`« PariSanté Campus, … », Innov'Asso`): an
/// English sentence quotes the article's title with English quotation marks.
fn fact_source(by: &str, year: u16, month: u8) -> String {
    let by = by
        .replace("«\u{202f}", "\u{201c}")
        .replace("\u{202f}»", "\u{201d}");
    format!(
        "As of {} {year}, according to {by}",
        MONTHS[usize::from(month.clamp(1, 12) - 1)]
    )
}

fn format_date(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day,
        MONTHS[usize::from(date.month - 1)],
        date.year
    )
}

fn pole_programmes_all(n: usize) -> String {
    match n {
        1 => "See this pole's programme".to_owned(),
        n => format!("See this pole's {n} programmes"),
    }
}
