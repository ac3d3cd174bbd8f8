//! French typography and the glossary's words, linted over every text the visitor reads:
//! the interface (`src/i18n/fr.rs` and `en.rs`, both halves of `space.rs`, `directory.rs` and
//! `agenda.rs`, the legal pages, the e-mails' words) and the seed (every `"fr"` and `"en"`
//! value of `server/seed/*.json`).
//!
//! The house rules (the glossary in the README), in French:
//! - a narrow no-break space (U+202F) before `: ; ! ?` and inside « », never a plain space;
//! - one apostrophe, the straight one (`'`), as in the names the campus uses (Team'Doc);
//! - a no-break space between a number and its unit (`15 000 m²`, `200 %`, `60 ECTS`), and
//!   a narrow one between groups of thousands;
//! - ordinals in superscript letters (`15ᵉ`, `1ᵉʳ`): the seed and the interface's strings are
//!   plain text, shown as text (no markup), so the superscript is the Unicode modifier letter;
//! - a no-break space (U+00A0) after an abbreviated title or `n°` (`Pr Antoine`, `n° 2005-102`),
//!   which must not end a line;
//! - `plus de 1 000`, never `1 000+`; `Cedex`, never `CEDEX`; epicene wordings, never a
//!   middle dot inside a word (`Connecté·e`).
//!
//! In English: one word for one thing (`At a glance`, `record of processing activities`,
//! `pharmaceutical companies`, `closing in`), `more than 1,000`, a no-break space after
//! `Prof.` and `no.`. In both languages, on the campus's real content (the samples name no
//! real body at all, `sample_bodies.rs`): a body is called by its own name, `Université Paris
//! Dauphine – PSL` and `Institut santé numérique en société (ISNS)`, never a translation.

use std::path::{Path, PathBuf};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';
const UNITS: [&str; 6] = ["%", "€", "M€", "m²", "km", "ECTS"];

/// What is wrong with `text`, one line per fault.
fn faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let plain_before = matches!(before, Some(' ' | NBSP));
        if matches!(c, ':' | ';' | '!' | '?') && plain_before && !(c == ':' && after == Some('/')) {
            found.push(format!("a space other than U+202F before `{c}`"));
        }
        if c == '«' && matches!(after, Some(' ' | NBSP)) {
            found.push("a space other than U+202F after «".into());
        }
        if c == '»' && plain_before {
            found.push("a space other than U+202F before »".into());
        }
        if c == '’' && before.is_some_and(char::is_alphanumeric) {
            found.push("a curly apostrophe (the house style is ')".into());
        }
        if c == ' ' && before.is_some_and(|b| b.is_ascii_digit()) {
            let rest: String = chars[i + 1..].iter().collect();
            if UNITS.iter().any(|unit| {
                rest.strip_prefix(unit)
                    .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
            }) {
                found.push("a plain space between a number and its unit".into());
            }
            let group: String = chars[i + 1..].iter().take(4).collect();
            if group.len() >= 3
                && group.chars().take(3).all(|d| d.is_ascii_digit())
                && !group.chars().nth(3).is_some_and(|d| d.is_ascii_digit())
            {
                found.push("a plain space between groups of thousands".into());
            }
        }
    }
    found
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// The string literals of Rust source, with their escapes decoded.
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        // `'"'` is a char literal, not the start of a string.
        if c == '"' && previous != '\'' {
            let mut text = String::new();
            while let Some(c) = chars.next() {
                match c {
                    // `\u{202f}` and the like stand for their character: decoded.
                    '\\' => match chars.next() {
                        Some('u') if chars.peek() == Some(&'{') => {
                            let code: String =
                                chars.by_ref().skip(1).take_while(|&h| h != '}').collect();
                            let decoded =
                                u32::from_str_radix(&code, 16).ok().and_then(char::from_u32);
                            text.push(decoded.unwrap_or('\u{fffd}'));
                        }
                        Some('n') => text.push('\n'),
                        Some(other) => text.push(other),
                        None => {}
                    },
                    '"' => break,
                    _ => text.push(c),
                }
            }
            out.push(text);
            previous = '"';
        } else {
            previous = c;
        }
    }
    out
}

/// The part of `source` from `start` to `end`, or to the end of the file without `end`.
fn section<'a>(source: &'a str, start: &str, end: Option<&str>) -> &'a str {
    let from = source.find(start).unwrap_or_else(|| panic!("no `{start}`"));
    let to = end
        .and_then(|end| source[from..].find(end))
        .map_or(source.len(), |e| from + e);
    &source[from..to]
}

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Fr,
    En,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace().join(path)).unwrap()
}

/// The parts of the e-mails' words (`server/src/mail/texts.rs`) written in `lang`: each arm
/// of its `match` names its language (`Lang::Fr`) before its words.
fn mail_sections(lang: Lang) -> String {
    let marker = match lang {
        Lang::Fr => "Fr",
        Lang::En => "En",
    };
    read("server/src/mail/texts.rs")
        .split("Lang::")
        .skip(1)
        .filter(|part| part.starts_with(marker))
        .collect()
}

fn interface_texts(lang: Lang) -> Vec<(String, String)> {
    let (own, first, last) = match lang {
        Lang::Fr => ("src/i18n/fr.rs", "pub static FR", Some("pub static EN")),
        Lang::En => ("src/i18n/en.rs", "pub static EN", None),
    };
    let mut sources = vec![
        (own.to_owned(), read(own)),
        ("server/src/mail/texts.rs".to_owned(), mail_sections(lang)),
    ];
    for file in [
        "src/i18n/space.rs",
        "src/i18n/directory.rs",
        "src/i18n/agenda.rs",
        "src/i18n/join.rs",
        "src/i18n/team.rs",
        "src/i18n/apply.rs",
    ] {
        let source = read(file);
        sources.push((file.to_owned(), section(&source, first, last).to_owned()));
    }
    let (first, last) = match lang {
        Lang::Fr => ("fn fr()", Some("fn en()")),
        Lang::En => ("fn en()", None),
    };
    for page in ["accessibility", "legal_notice", "privacy"] {
        let file = format!("src/pages/legal/{page}.rs");
        let source = read(&file);
        sources.push((file, section(&source, first, last).to_owned()));
    }
    sources
        .into_iter()
        .flat_map(|(file, source)| {
            literals(&source)
                .into_iter()
                .map(move |text| (file.clone(), text))
        })
        .collect()
}

/// Every `"fr"` (or `"en"`) value under `value`.
fn walk(value: &serde_json::Value, key_wanted: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(text) if key == key_wanted => out.push(text.clone()),
                    other => walk(other, key_wanted, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, key_wanted, out)),
        _ => {}
    }
}

fn seed(file: &str) -> serde_json::Value {
    serde_json::from_str(&read(&format!("server/seed/{file}"))).unwrap()
}

fn key(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

fn seed_texts(lang: Lang) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for file in [
        "campus.json",
        "programmes.json",
        "startups.json",
        "events.json",
        "calls.json",
    ] {
        let mut found = Vec::new();
        walk(&seed(file), key(lang), &mut found);
        texts.extend(
            found
                .into_iter()
                .map(|t| (format!("server/seed/{file}"), t)),
        );
    }
    texts
}

/// The seed's real content, in both languages: the campus, the real start-ups, the real
/// events. Samples are left out: they name no real body at all (`sample_bodies.rs`).
fn real_seed_texts() -> Vec<(String, String)> {
    let campus = seed("campus.json");
    let startups = seed("startups.json");
    let events = seed("events.json");
    let calls = seed("calls.json");
    let real_startups: Vec<&serde_json::Value> = startups["startups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["sample"] == false)
        .collect();
    assert!(!real_startups.is_empty(), "no real start-up found");
    let parts = [
        ("server/seed/campus.json", vec![&campus]),
        ("server/seed/startups.json", real_startups),
        ("server/seed/events.json", vec![&events["real"]]),
        ("server/seed/calls.json", vec![&calls["real"]]),
    ];
    let mut texts = Vec::new();
    for (file, values) in parts {
        for value in values {
            for lang in [Lang::Fr, Lang::En] {
                let mut found = Vec::new();
                walk(value, key(lang), &mut found);
                texts.extend(found.into_iter().map(|t| (file.to_owned(), t)));
            }
        }
    }
    texts
}

/// An ordinal's letters, written on the line (`15e`, `1er`, `XXIe`), where French sets them
/// in superscript (`15ᵉ`, `1ᵉʳ`).
const ORDINAL_ENDINGS: [&str; 8] = ["e", "er", "re", "ère", "ème", "eme", "ieme", "ième"];

/// What is wrong with the words of a French `text`, one line per fault.
fn french_word_faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        let numeral = |c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X');
        if starts_word && numeral(chars[i]) {
            let digits = chars[i].is_ascii_digit();
            let mut end = i;
            while end < chars.len() && numeral(chars[end]) && chars[end].is_ascii_digit() == digits
            {
                end += 1;
            }
            let mut word_end = end;
            while word_end < chars.len() && chars[word_end].is_alphanumeric() {
                word_end += 1;
            }
            let ending: String = chars[end..word_end].iter().collect();
            if ORDINAL_ENDINGS.contains(&ending.as_str()) {
                found.push("an ordinal on the line (write 15ᵉ, 1ᵉʳ)".to_owned());
            }
            i = word_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    for abbreviation in ["Pr", "Dr", "n°"] {
        for (at, _) in text.match_indices(&format!("{abbreviation} ")) {
            if !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                found.push(format!("a breakable space after `{abbreviation}`"));
            }
        }
    }
    found.extend(number_plus(text));
    if text.contains("CEDEX") {
        found.push("`CEDEX` (the house writes `Cedex`)".to_owned());
    }
    for (i, &c) in chars.iter().enumerate() {
        let letter = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_alphabetic())
        };
        if c == '·' && letter(i.checked_sub(1)) && letter(Some(i + 1)) {
            found.push("a middle dot inside a word (write an epicene wording)".to_owned());
        }
    }
    found
}

/// `1 000+` or `1,000+`: a count written with a plus sign, not in words.
fn number_plus(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '+' || chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        let mut j = i;
        while j > 0 && matches!(chars[j - 1], ' ' | NBSP | NNBSP) {
            j -= 1;
        }
        if j > 0 && chars[j - 1].is_ascii_digit() {
            found.push(
                "a count with a plus sign (write « plus de 1 000 », “more than 1,000”)".into(),
            );
        }
    }
    found
}

/// English words the glossary replaces, with what it writes instead.
const ENGLISH_NEVER: [(&str, &str); 6] = [
    ("Key facts", "At a glance"),
    ("Register of processing", "Record of processing activities"),
    ("register of processing", "record of processing activities"),
    ("pharmaceutical laborator", "pharmaceutical companies"),
    ("open · close ", "open · closing"),
    ("CEDEX", "Cedex"),
];

/// What is wrong with the words of an English `text`, one line per fault.
fn english_word_faults(text: &str) -> Vec<String> {
    let mut found: Vec<String> = ENGLISH_NEVER
        .iter()
        .filter(|(never, _)| text.contains(never))
        .map(|(never, instead)| format!("`{never}` (write `{instead}`)"))
        .collect();
    // `Prof.` before a name, `no.` before a number (not the word "no" ending a sentence).
    let before_name = |c: char| c.is_uppercase();
    let before_number = |c: char| c.is_ascii_digit();
    for (abbreviation, next_ok) in [
        ("Prof.", &before_name as &dyn Fn(char) -> bool),
        ("no.", &before_number),
    ] {
        for (at, _) in text.match_indices(&format!("{abbreviation} ")) {
            let starts_word = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let next = text[at + abbreviation.len() + 1..].chars().next();
            if starts_word && next.is_some_and(next_ok) {
                found.push(format!("a breakable space after `{abbreviation}`"));
            }
        }
    }
    found.extend(number_plus(text));
    found
}

/// Real bodies called by their own names, in either language.
fn naming_faults(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("Dauphine") {
        if !(text[..at].ends_with("Université Paris ") && text[at..].starts_with("Dauphine – PSL"))
        {
            found.push("Dauphine not written `Université Paris Dauphine – PSL`".to_owned());
        }
    }
    for (at, _) in text.match_indices("(ISNS)") {
        if !text[..at].ends_with("Institut santé numérique en société ") {
            found.push("ISNS not called `Institut santé numérique en société`".to_owned());
        }
    }
    found
}

fn report(texts: &[(String, String)], rules: fn(&str) -> Vec<String>) -> Vec<String> {
    texts
        .iter()
        .flat_map(|(file, text)| {
            rules(text)
                .into_iter()
                .map(move |fault| format!("{file}: {fault}: {text}"))
        })
        .collect()
}

/// The value given to `field` in `source` (`key_facts: "En bref"`).
fn field<'a>(source: &'a str, field: &str) -> &'a str {
    let from = source
        .find(&format!("{field}: \""))
        .unwrap_or_else(|| panic!("no `{field}`"))
        + field.len()
        + 3;
    let to = source[from..].find('"').unwrap();
    &source[from..to + from]
}

#[test]
fn the_rules_catch_each_fault_and_pass_good_text() {
    assert!(faults("Accessibilité : partiellement").len() == 1);
    assert!(faults("Pourquoi ?").len() == 1);
    assert!(faults("« Simulation »").len() == 2);
    assert!(faults("Team’Doc").len() == 1);
    assert!(faults("15 000 m²").len() == 2);
    assert!(faults("200 %").len() == 1);
    let good = format!(
        "Accessibilité{NNBSP}: «{NNBSP}Simulation{NNBSP}» Team'Doc 15{NNBSP}000{NBSP}m² \
         https://example.org 2022 et 2023 60{NBSP}ECTS"
    );
    assert_eq!(faults(&good), Vec::<String>::new());
    // Escapes in the interface's source are read as the characters they stand for.
    assert_eq!(
        literals(r#"a: "«\u{a0}IA\u{a0}»", b: "x\"y""#),
        vec![format!("«{NBSP}IA{NBSP}»"), "x\"y".to_owned()]
    );
    assert_eq!(faults(&format!("«{NBSP}IA{NBSP}»")).len(), 2);
}

#[test]
fn the_word_rules_catch_the_old_texts_and_pass_the_new() {
    // Each old text, as the interface or the seed wrote it, and what replaced it.
    for old in [
        "dans le 15e arrondissement de Paris",
        "établie le 1er décembre 2026",
        "au XXIe siècle",
        "la 2ème édition",
        "dirigé par le Pr Antoine Tesnière",
        "la loi n° 2005-102",
        "1 000+",
        "75342 Paris CEDEX 07",
        "Connecté·e en tant que",
        "François Ier",
    ] {
        assert_eq!(french_word_faults(old).len(), 1, "{old}");
    }
    let new = format!(
        "dans le 15ᵉ arrondissement, le 1ᵉʳ décembre 2026, au XXIᵉ siècle, le Pr{NBSP}Antoine \
         Tesnière, la loi n°{NBSP}2005-102, plus de 1{NNBSP}000, 75342 Paris Cedex 07, Session \
         ouverte, Candidatures ouvertes · clôture dans 3 jours, le 2 et le 3, Covid-19, 2028, \
         version 4.1.2, 15{NNBSP}000{NBSP}m², Vie, Prix, Inria, IA, François Iᵉʳ"
    );
    assert_eq!(french_word_faults(&new), Vec::<String>::new());
    for old in [
        "Key facts",
        "Register of processing",
        "Applications open · close in 12 days",
        "major pharmaceutical laboratories",
        "1,000+",
        "led by Prof. Antoine Tesnière",
        "French law no. 2005-102",
    ] {
        assert_eq!(english_word_faults(old).len(), 1, "{old}");
    }
    let new = format!(
        "At a glance, Record of processing activities, Applications open · closing in 12 days, \
         pharmaceutical companies, more than 1,000, Prof.{NBSP}Antoine Tesnière, \
         no.{NBSP}2005-102, no. We said no. Then"
    );
    assert_eq!(english_word_faults(&new), Vec::<String>::new());
    for old in [
        "Institut initié par l'université Paris-Dauphine et l'ENS",
        "Institute founded by Université Paris-Dauphine and the ENS",
        "Équipe Littératie en santé (Université Paris-Dauphine - PSL)",
        "the Institute for Digital Health in Society (ISNS)",
    ] {
        assert_eq!(naming_faults(old).len(), 1, "{old}");
    }
    let new = "l'Université Paris Dauphine – PSL et l'Institut santé numérique en société (ISNS)";
    assert_eq!(naming_faults(new), Vec::<String>::new());
}

#[test]
fn every_french_text_of_the_interface_and_the_seed_follows_the_house_rules() {
    let interface = interface_texts(Lang::Fr);
    let seed = seed_texts(Lang::Fr);
    // Guards against a lint that reads nothing (a moved file, a renamed section).
    assert!(interface.len() > 150, "{} interface texts", interface.len());
    assert!(seed.len() > 300, "{} seed texts", seed.len());
    let texts: Vec<(String, String)> = interface.into_iter().chain(seed).collect();
    let mut problems = report(&texts, faults);
    problems.extend(report(&texts, french_word_faults));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_english_text_of_the_interface_and_the_seed_uses_the_glossarys_words() {
    let interface = interface_texts(Lang::En);
    let seed = seed_texts(Lang::En);
    assert!(interface.len() > 150, "{} interface texts", interface.len());
    assert!(seed.len() > 300, "{} seed texts", seed.len());
    let texts: Vec<(String, String)> = interface.into_iter().chain(seed).collect();
    let problems = report(&texts, english_word_faults);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_campus_real_content_calls_bodies_by_their_own_names() {
    let texts: Vec<(String, String)> = real_seed_texts()
        .into_iter()
        .chain(interface_texts(Lang::Fr))
        .chain(interface_texts(Lang::En))
        .collect();
    assert!(texts.len() > 400, "{} texts", texts.len());
    let problems = report(&texts, naming_faults);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn own_texts(lang: Lang) -> String {
    read(match lang {
        Lang::Fr => "src/i18n/fr.rs",
        Lang::En => "src/i18n/en.rs",
    })
}

/// One label per language for the facts box of a programme, an event, a start-up and the
/// start-up space.
#[test]
fn the_facts_box_has_one_label_in_each_language() {
    for (lang, static_name) in [(Lang::Fr, "pub static FR"), (Lang::En, "pub static EN")] {
        let part = |file: &str| {
            let source = read(file);
            let end = (lang == Lang::Fr).then_some("pub static EN");
            section(&source, static_name, end).to_owned()
        };
        let labels = [
            field(&own_texts(lang), "key_facts").to_owned(),
            field(&part("src/i18n/directory.rs"), "key_facts").to_owned(),
            field(&part("src/i18n/space.rs"), "facts_heading").to_owned(),
        ];
        assert!(
            labels.iter().all(|l| *l == labels[0]),
            "facts box labels: {labels:?}"
        );
    }
}

/// The privacy page has the same name in the footer, its heading and the legal notice.
#[test]
fn the_privacy_page_has_one_name_in_each_language() {
    for lang in [Lang::Fr, Lang::En] {
        let own = own_texts(lang);
        let privacy = field(&own, "privacy");
        let notice = read("src/pages/legal/legal_notice.rs");
        let link = match lang {
            Lang::Fr => "Page::Privacy.href(model::Lang::Fr)>\"",
            Lang::En => "Page::Privacy.href(model::Lang::En)>\"",
        };
        let from = notice
            .find(link)
            .expect("the legal notice links to privacy")
            + link.len();
        let named = &notice[from..from + notice[from..].find('"').unwrap()];
        assert_eq!(
            named, privacy,
            "the privacy page's name in the legal notice"
        );
    }
}
