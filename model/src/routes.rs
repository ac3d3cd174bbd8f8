//! The portal's route table in both languages, written once: the app's router, its
//! language switch, the build-time prerender and the reference server (which answers 404
//! for what is not here) all read it. French paths have no prefix; English ones live under
//! `/en`. Every page has a counterpart in the other language, so the language switch keeps
//! the reader where they are.

use crate::Lang;

/// The picture link previews show for a page that names none (the build draws it from
/// the logo), at the site's public base, and its size.
pub const SOCIAL_CARD: &str = "social-card.png";
pub const SOCIAL_CARD_SIZE: (u32, u32) = (1200, 630);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Poles,
    Pole(String),
    Accessibility,
    LegalNotice,
    Privacy,
    /// The training catalogue (`/formations`, `/en/programmes`).
    Catalogue,
    Programme(String),
    Shortlist,
    Compare,
    /// The start-up directory (`/startups`, `/en/startups`).
    Directory,
    Startup(String),
    /// The start-up space (`/espace-startup`, `/en/startup-space`).
    Space,
    /// The campus team's space (`/equipe`, `/en/team`): staff only, never prerendered.
    Team,
    /// The agenda (`/agenda`, `/en/events`).
    Agenda,
    Event(String),
    /// Joining the campus: the calls for applications (`/rejoindre`, `/en/join`).
    Join,
    /// One application, reached from its e-mail's link (secret in the fragment).
    Application,
    /// Every section on one page (`/plan-du-site`, `/en/site-map`).
    SiteMap,
    /// One person's registration, reached from its e-mail's link; the link's secret is in
    /// the fragment, which browsers never send to a server.
    Registration,
    /// Any other path; keeps the original path so the switch can keep it too.
    Unknown(String),
}

const EN_PREFIX: &str = "/en";

/// The directory's path segment, the same word in both languages.
const DIRECTORY: &str = "startups";

/// The agenda's first path segment in each language, and its registration page's.
const AGENDA_FR: &str = "agenda";
const AGENDA_EN: &str = "events";
const REGISTRATION_FR: &str = "inscription";
const REGISTRATION_EN: &str = "registration";

/// The join page's segment in each language, and its application page's.
const JOIN: [&str; 2] = ["rejoindre", "join"];
const APPLICATION: [&str; 2] = ["candidature", "application"];

/// The catalogue's first path segment in each language.
const CATALOGUE_FR: &str = "formations";
const CATALOGUE_EN: &str = "programmes";
/// Fixed pages under the catalogue: `(page, French segment, English segment)`.
const CATALOGUE_PAGES: [(Page, &str, &str); 2] = [
    (Page::Shortlist, "ma-selection", "shortlist"),
    (Page::Compare, "comparer", "compare"),
];

/// `(page, French segment, English segment)` for pages with a fixed path.
const STATIC_PAGES: [(Page, &str, &str); 8] = [
    (Page::Space, "espace-startup", "startup-space"),
    (Page::Team, "equipe", "team"),
    (Page::Join, JOIN[0], JOIN[1]),
    (Page::Poles, "poles", "poles"),
    (Page::Accessibility, "accessibilite", "accessibility"),
    (Page::LegalNotice, "mentions-legales", "legal-notice"),
    (Page::Privacy, "confidentialite", "privacy"),
    (Page::SiteMap, "plan-du-site", "site-map"),
];

/// The language a path is written in.
pub fn lang_of_path(path: &str) -> Lang {
    if path == EN_PREFIX || path.starts_with("/en/") {
        Lang::En
    } else {
        Lang::Fr
    }
}

impl Page {
    /// Parses an app path (no query string) into its page and language.
    pub fn parse(path: &str) -> (Page, Lang) {
        let lang = lang_of_path(path);
        let rest = match lang {
            Lang::En => &path[EN_PREFIX.len()..],
            Lang::Fr => path,
        };
        let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
        let catalogue = catalogue_segment(lang);
        let (agenda, registration) = match lang {
            Lang::Fr => (AGENDA_FR, REGISTRATION_FR),
            Lang::En => (AGENDA_EN, REGISTRATION_EN),
        };
        let page = match segments.as_slice() {
            [] => Page::Home,
            [first] if *first == agenda => Page::Agenda,
            [first, second] if *first == agenda && *second == registration => Page::Registration,
            [first, slug] if *first == agenda => Page::Event((*slug).to_owned()),
            ["poles", slug] => Page::Pole((*slug).to_owned()),
            [first, second]
                if *first == JOIN[lang as usize] && *second == APPLICATION[lang as usize] =>
            {
                Page::Application
            }
            [DIRECTORY] => Page::Directory,
            [DIRECTORY, slug] => Page::Startup((*slug).to_owned()),
            [first] if *first == catalogue => Page::Catalogue,
            [first, second] if *first == catalogue => CATALOGUE_PAGES
                .iter()
                .find(|(_, fr, en)| *second == if lang == Lang::Fr { *fr } else { *en })
                .map(|(page, _, _)| page.clone())
                .unwrap_or_else(|| Page::Programme((*second).to_owned())),
            [single] => STATIC_PAGES
                .iter()
                .find(|(_, fr, en)| *single == if lang == Lang::Fr { *fr } else { *en })
                .map(|(page, _, _)| page.clone())
                .unwrap_or_else(|| Page::Unknown(rest.to_owned())),
            _ => Page::Unknown(rest.to_owned()),
        };
        (page, lang)
    }

    /// The path of this page in `lang`.
    pub fn path(&self, lang: Lang) -> String {
        let prefix = match lang {
            Lang::Fr => "",
            Lang::En => EN_PREFIX,
        };
        let rest = match self {
            Page::Home => {
                return if lang == Lang::Fr {
                    "/".into()
                } else {
                    EN_PREFIX.into()
                }
            }
            Page::Pole(slug) => format!("/poles/{slug}"),
            Page::Directory => format!("/{DIRECTORY}"),
            Page::Startup(slug) => format!("/{DIRECTORY}/{slug}"),
            Page::Catalogue => format!("/{}", catalogue_segment(lang)),
            Page::Agenda => format!("/{}", agenda_segment(lang)),
            Page::Event(slug) => format!("/{}/{slug}", agenda_segment(lang)),
            Page::Registration => format!(
                "/{}/{}",
                agenda_segment(lang),
                if lang == Lang::Fr {
                    REGISTRATION_FR
                } else {
                    REGISTRATION_EN
                }
            ),
            Page::Programme(slug) => format!("/{}/{slug}", catalogue_segment(lang)),
            Page::Application => format!("/{}/{}", JOIN[lang as usize], APPLICATION[lang as usize]),
            Page::Shortlist | Page::Compare => {
                let (_, fr, en) = CATALOGUE_PAGES
                    .iter()
                    .find(|(page, _, _)| page == self)
                    .expect("every catalogue page is in CATALOGUE_PAGES");
                let segment = if lang == Lang::Fr { fr } else { en };
                format!("/{}/{segment}", catalogue_segment(lang))
            }
            Page::Unknown(rest) => rest.clone(),
            fixed => {
                let (_, fr, en) = STATIC_PAGES
                    .iter()
                    .find(|(page, _, _)| page == fixed)
                    .expect("every fixed page is in STATIC_PAGES");
                format!("/{}", if lang == Lang::Fr { fr } else { en })
            }
        };
        format!("{prefix}{rest}")
    }

    pub fn pole(slug: &str) -> Page {
        Page::Pole(slug.to_owned())
    }

    pub fn programme(slug: &str) -> Page {
        Page::Programme(slug.to_owned())
    }

    pub fn startup(slug: &str) -> Page {
        Page::Startup(slug.to_owned())
    }

    pub fn event(slug: &str) -> Page {
        Page::Event(slug.to_owned())
    }

    /// Every page whose path holds no slug, in menu order.
    pub fn fixed() -> Vec<Page> {
        vec![
            Page::Home,
            Page::Poles,
            Page::Catalogue,
            Page::Shortlist,
            Page::Compare,
            Page::Directory,
            Page::Agenda,
            Page::Registration,
            Page::Join,
            Page::Application,
            Page::Space,
            Page::Team,
            Page::Accessibility,
            Page::LegalNotice,
            Page::Privacy,
            Page::SiteMap,
        ]
    }

    /// Published content, the same for every visitor: rendered to HTML at build time.
    /// The start-up and team spaces are private to their members, and an unknown path has
    /// no page.
    pub fn is_public(&self) -> bool {
        !matches!(
            self,
            Page::Space | Page::Team | Page::Registration | Page::Application | Page::Unknown(_)
        )
    }
}

fn agenda_segment(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => AGENDA_FR,
        Lang::En => AGENDA_EN,
    }
}

fn catalogue_segment(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => CATALOGUE_FR,
        Lang::En => CATALOGUE_EN,
    }
}

/// The same page in the other language (query string and fragment kept by the caller).
pub fn counterpart(path: &str) -> String {
    let (page, lang) = Page::parse(path);
    page.path(lang.other())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_round_trips_in_both_languages() {
        let pages = [
            Page::Home,
            Page::Poles,
            Page::pole("recherche"),
            Page::Accessibility,
            Page::LegalNotice,
            Page::Privacy,
            Page::Catalogue,
            Page::programme("master-donnees-de-sante"),
            Page::Shortlist,
            Page::Compare,
            Page::Directory,
            Page::startup("posos"),
            Page::Space,
            Page::Team,
            Page::Agenda,
            Page::event("atelier-patients"),
            Page::Registration,
            Page::Join,
            Page::Application,
            Page::SiteMap,
        ];
        for page in pages {
            for lang in Lang::ALL {
                assert_eq!(Page::parse(&page.path(lang)), (page.clone(), lang));
            }
        }
    }

    #[test]
    fn paths_are_the_published_ones() {
        assert_eq!(Page::Home.path(Lang::Fr), "/");
        assert_eq!(Page::Home.path(Lang::En), "/en");
        assert_eq!(
            Page::pole("formation").path(Lang::En),
            "/en/poles/formation"
        );
        assert_eq!(Page::LegalNotice.path(Lang::Fr), "/mentions-legales");
        assert_eq!(Page::Privacy.path(Lang::En), "/en/privacy");
        assert_eq!(Page::Catalogue.path(Lang::Fr), "/formations");
        assert_eq!(Page::Catalogue.path(Lang::En), "/en/programmes");
        assert_eq!(
            Page::programme("du-ia").path(Lang::En),
            "/en/programmes/du-ia"
        );
        assert_eq!(Page::Shortlist.path(Lang::Fr), "/formations/ma-selection");
        assert_eq!(Page::Compare.path(Lang::En), "/en/programmes/compare");
        assert_eq!(Page::Directory.path(Lang::Fr), "/startups");
        assert_eq!(Page::startup("posos").path(Lang::En), "/en/startups/posos");
        assert_eq!(Page::Agenda.path(Lang::Fr), "/agenda");
        assert_eq!(Page::event("forum").path(Lang::En), "/en/events/forum");
        assert_eq!(Page::Registration.path(Lang::Fr), "/agenda/inscription");
        assert_eq!(Page::Registration.path(Lang::En), "/en/events/registration");
        assert_eq!(Page::Join.path(Lang::Fr), "/rejoindre");
        assert_eq!(Page::Join.path(Lang::En), "/en/join");
        assert_eq!(Page::Application.path(Lang::Fr), "/rejoindre/candidature");
        assert_eq!(Page::Application.path(Lang::En), "/en/join/application");
    }

    #[test]
    fn counterpart_switches_language_and_keeps_the_page() {
        assert_eq!(counterpart("/poles/recherche"), "/en/poles/recherche");
        assert_eq!(counterpart("/en/accessibility"), "/accessibilite");
        assert_eq!(counterpart("/en"), "/");
        assert_eq!(counterpart("/en/"), "/");
        assert_eq!(counterpart("/"), "/en");
        assert_eq!(counterpart("/nulle-part"), "/en/nulle-part");
        assert_eq!(counterpart("/en/nowhere"), "/nowhere");
    }

    #[test]
    fn fixed_pages_are_all_the_pages_without_a_slug() {
        let fixed = Page::fixed();
        for page in &fixed {
            for lang in Lang::ALL {
                assert_eq!(&Page::parse(&page.path(lang)).0, page);
            }
        }
        assert_eq!(fixed.len(), 16);
        assert!(!Page::Space.is_public() && !Page::Team.is_public());
        assert!(Page::programme("x").is_public());
        assert!(!Page::Unknown("/x".into()).is_public());
    }

    #[test]
    fn english_prefix_must_be_a_whole_segment() {
        assert_eq!(lang_of_path("/entrepreneuriat"), Lang::Fr);
        assert_eq!(lang_of_path("/en/poles"), Lang::En);
    }
}
