//! French typography, linted over every French text the visitor reads: the interface
//! (`src/i18n/fr.rs`, the French halves of `space.rs`, `directory.rs` and `agenda.rs`, the French legal
//! pages) and the seed (every `"fr"` value of `server/seed/*.json`).
//!
//! The house rules (the glossary in the README):
//! - a narrow no-break space (U+202F) before `: ; ! ?` and inside « », never a plain space;
//! - one apostrophe, the straight one (`'`), as in the names the campus uses (Team'Doc);
//! - a no-break space between a number and its unit (`15 000 m²`, `200 %`, `60 ECTS`), and
//!   a narrow one between groups of thousands.

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

/// The part of `source` from `start` to `end` (or to the end of the file).
fn section<'a>(source: &'a str, start: &str, end: &str) -> &'a str {
    let from = source.find(start).unwrap_or_else(|| panic!("no `{start}`"));
    let to = source[from..].find(end).map_or(source.len(), |e| from + e);
    &source[from..to]
}

fn interface_texts() -> Vec<(String, String)> {
    let root = workspace();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let mut sources = vec![("src/i18n/fr.rs".to_owned(), read("src/i18n/fr.rs"))];
    for file in [
        "src/i18n/space.rs",
        "src/i18n/directory.rs",
        "src/i18n/agenda.rs",
    ] {
        let source = read(file);
        sources.push((
            file.to_owned(),
            section(&source, "pub static FR", "pub static EN").to_owned(),
        ));
    }
    for page in ["accessibility", "legal_notice", "privacy"] {
        let file = format!("src/pages/legal/{page}.rs");
        let source = read(&file);
        sources.push((file, section(&source, "fn fr()", "fn en()").to_owned()));
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

fn seed_texts() -> Vec<(String, String)> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match value {
                        serde_json::Value::String(text) if key == "fr" => out.push(text.clone()),
                        other => walk(other, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for file in [
        "campus.json",
        "programmes.json",
        "startups.json",
        "events.json",
    ] {
        let path = workspace().join("server/seed").join(file);
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut found = Vec::new();
        walk(&value, &mut found);
        texts.extend(
            found
                .into_iter()
                .map(|t| (format!("server/seed/{file}"), t)),
        );
    }
    texts
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
fn every_french_text_of_the_interface_and_the_seed_follows_the_house_rules() {
    let interface = interface_texts();
    let seed = seed_texts();
    // Guards against a lint that reads nothing (a moved file, a renamed section).
    assert!(interface.len() > 150, "{} interface texts", interface.len());
    assert!(seed.len() > 300, "{} seed texts", seed.len());
    let problems: Vec<String> = interface
        .iter()
        .chain(&seed)
        .flat_map(|(file, text)| {
            faults(text)
                .into_iter()
                .map(move |fault| format!("{file}: {fault}: {text}"))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
