//! What a published text may hold: no control characters (a line break only where the field
//! has lines), no format characters (bidi overrides, zero-width spaces, BOM), and something
//! a reader can see. Written out here, not taken from a Unicode crate, because the app runs
//! these rules on every keystroke and the tables would weigh on its wasm; the list is the
//! Unicode 15 general category Cf, which changes rarely.

/// `text` made safe inside HTML, in an element or a double-quoted attribute (the only kind
/// the project writes, so apostrophes stay as typed): the one escaper of the project's
/// hand-written HTML (the prerender's shell, letters, the bench's static page).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Unicode general category Cf (format characters), Unicode 15.1.
const FORMAT: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

/// Characters that draw nothing although they are not spaces or format characters.
const BLANK: &[(char, char)] = &[
    ('\u{034F}', '\u{034F}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{2800}', '\u{2800}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{E0100}', '\u{E01EF}'),
];

const ZERO_WIDTH_JOINER: char = '\u{200D}';

fn within(c: char, ranges: &[(char, char)]) -> bool {
    ranges.iter().any(|(from, to)| (*from..=*to).contains(&c))
}

pub fn is_format(c: char) -> bool {
    within(c, FORMAT)
}

/// A character a reader sees: not a space, a control, a format or a blank character.
pub fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_format(c) && !within(c, BLANK)
}

/// The shape of a text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// A name, a pitch, an address: one line.
    One,
    /// A description: line breaks allowed, and the joiner of emoji sequences (👩‍⚕️).
    Many,
}

/// Why `text` cannot be published, if it cannot: the rule, for a field error.
pub fn fault(text: &str, lines: Lines) -> Option<&'static str> {
    for c in text.chars() {
        let line_break = c == '\n' || c == '\r';
        if c.is_control() && !(lines == Lines::Many && (line_break || c == '\t')) {
            return Some(if line_break {
                "must be on one line"
            } else {
                "must not contain control characters"
            });
        }
        if is_format(c) && !(lines == Lines::Many && c == ZERO_WIDTH_JOINER) {
            return Some("must not contain invisible formatting characters (such as bidi overrides or zero-width spaces)");
        }
    }
    None
}

/// Whether `text` has anything a reader can see.
pub fn has_visible(text: &str) -> bool {
    text.chars().any(is_visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_for_elements_and_attributes() {
        assert_eq!(
            escape_html(r#"<a href="x">Team'Doc & co</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Team'Doc &amp; co&lt;/a&gt;"
        );
        assert_eq!(escape_html("déjà vu"), "déjà vu");
    }

    #[test]
    fn refuses_controls_bidi_overrides_and_zero_width_characters() {
        for bad in [
            "Data\u{0}voile",
            "Data\u{7}voile",
            "Data\u{1b}[31mvoile",
            "\u{202E}elioVataD",
            "Data\u{200B}voile",
            "\u{FEFF}Datavoile",
            "Data\u{2066}voile",
        ] {
            assert!(fault(bad, Lines::One).is_some(), "{bad:?}");
            assert!(fault(bad, Lines::Many).is_some(), "{bad:?}");
        }
        assert_eq!(
            fault("deux\nlignes", Lines::One),
            Some("must be on one line")
        );
        assert_eq!(fault("deux\nlignes\r\n\tet plus", Lines::Many), None);
        assert!(fault("👩\u{200D}⚕️ soignante", Lines::Many).is_none());
        assert!(fault("L'équipe « Santé » : 12 000 €", Lines::One).is_none());
        assert!(fault("مرحبا 日本 Ελληνικά", Lines::One).is_none());
    }

    #[test]
    fn invisible_only_text_is_empty() {
        for blank in [
            "",
            "   ",
            "\u{200B}\u{200B}",
            "\u{FEFF}",
            "\u{3164}",
            "\u{2800}\u{FE0F}",
            "\u{00A0}\u{202F}",
        ] {
            assert!(!has_visible(blank), "{blank:?}");
        }
        assert!(has_visible(" a "));
        assert!(has_visible("✓"));
    }
}
