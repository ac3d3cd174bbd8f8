//! A letter composed: the registrant's language, plain text and HTML, the event's
//! details in Paris time, the link to their registration, and the `.ics` where it helps.

use lettre::{
    message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart},
    Message,
};
use model::{
    agenda::{Event, EventFormat, ParisTime},
    routes::Page,
    Lang,
};

use super::{
    texts::{frame, words},
    Letter, Recipient,
};
use crate::calendar::{calendar, CalendarContext};

/// Where the portal is published: the links in letters and calendars point there.
#[derive(Clone, Debug)]
pub struct SiteLinks {
    /// `https://portail.example.org` or `https://example.org/portail` (no final slash).
    base: String,
}

impl SiteLinks {
    pub fn new(base: &str) -> SiteLinks {
        SiteLinks {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    pub fn page(&self, page: &Page, lang: Lang) -> String {
        format!("{}{}", self.base, page.path(lang))
    }

    /// The registration page; its secret is in the fragment, which browsers never send.
    pub fn registration(&self, token: &str, lang: Lang) -> String {
        format!("{}#{token}", self.page(&Page::Registration, lang))
    }
}

/// Composes letters.
#[derive(Clone, Debug)]
pub struct Letters {
    pub links: SiteLinks,
    pub from: Mailbox,
}

const MONTHS_FR: [&str; 12] = [
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
const MONTHS_EN: [&str; 12] = [
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

pub(super) fn day_text(t: ParisTime, lang: Lang) -> String {
    let month = usize::from(t.date.month - 1);
    match lang {
        // French writes the first of the month as an ordinal, the other days as numbers.
        Lang::Fr if t.date.day == 1 => format!("1ᵉʳ {} {}", MONTHS_FR[month], t.date.year),
        Lang::Fr => format!("{} {} {}", t.date.day, MONTHS_FR[month], t.date.year),
        Lang::En => format!("{} {} {}", t.date.day, MONTHS_EN[month], t.date.year),
    }
}

/// `10 décembre 2026, 14:00 – 16:30 (heure de Paris)`.
pub fn when(event: &Event, lang: Lang) -> String {
    let s = &event.summary;
    let paris = frame(lang).paris_time;
    if s.all_day {
        return day_text(s.start, lang);
    }
    if s.start.date == s.end.date {
        format!(
            "{}, {} – {} ({paris})",
            day_text(s.start, lang),
            s.start.clock(),
            s.end.clock()
        )
    } else {
        format!(
            "{}, {} – {}, {} ({paris})",
            day_text(s.start, lang),
            s.start.clock(),
            day_text(s.end, lang),
            s.end.clock()
        )
    }
}

fn escape(text: &str) -> String {
    model::text::escape_html(text)
}

impl Letters {
    /// The letter, formatted (RFC 5322), ready for the outbox.
    pub fn compose(
        &self,
        letter: Letter,
        to: &Recipient,
        event: &Event,
        token: &str,
        online_url: Option<&str>,
    ) -> Result<Vec<u8>, String> {
        let lang = to.lang;
        let f = frame(lang);
        let w = words(letter, lang);
        let title = event.summary.title.get(lang);
        let fill = |text: &str| text.replace("{title}", title).replace("{name}", &to.name);
        let mut details: Vec<(&str, String)> = vec![(f.when, when(event, lang))];
        if let Some(place) = &event.place {
            details.push((
                f.place,
                format!("{}, {}", place.name.get(lang), place.address),
            ));
        } else if event.summary.format == EventFormat::Online {
            details.push((
                f.place,
                if lang == Lang::Fr {
                    "en ligne"
                } else {
                    "online"
                }
                .into(),
            ));
        }
        if let Some(url) = online_url {
            details.push((f.online, url.to_owned()));
        }
        let event_page = self.links.page(&Page::event(&event.summary.slug), lang);
        let registration = self.links.registration(token, lang);
        let action = match letter {
            Letter::ConfirmLink => Some((f.confirm, registration)),
            Letter::CancelledByPerson | Letter::EventCancelled => None,
            _ => Some((f.manage, registration)),
        };

        let mut text = format!("{}\n\n", fill(f.greeting));
        for paragraph in w.body {
            text.push_str(&fill(paragraph));
            text.push_str("\n\n");
        }
        // French puts a no-break space before the colon.
        let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
        for (label, value) in &details {
            text.push_str(&format!("{label}{colon} {value}\n"));
        }
        text.push('\n');
        if let Some((label, url)) = &action {
            text.push_str(&format!("{label}\n{url}\n\n"));
        }
        text.push_str(&format!(
            "{}\n{event_page}\n\n-- \n{}\n{}\n",
            f.event_page, f.signature, f.why
        ));

        let mut html = format!(
            "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>",
            lang.code(),
            escape(&fill(w.subject))
        );
        html.push_str(&format!("<p>{}</p>", escape(&fill(f.greeting))));
        for paragraph in w.body {
            html.push_str(&format!("<p>{}</p>", escape(&fill(paragraph))));
        }
        html.push_str("<ul>");
        for (label, value) in &details {
            html.push_str(&format!(
                "<li><strong>{}</strong>{colon} {}</li>",
                escape(label),
                escape(value)
            ));
        }
        html.push_str("</ul>");
        if let Some((label, url)) = &action {
            html.push_str(&format!(
                "<p><a href=\"{}\">{}</a></p>",
                escape(url),
                escape(label)
            ));
        }
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p><hr><p>{}<br>{}</p></body></html>",
            escape(&event_page),
            escape(f.event_page),
            escape(f.signature),
            escape(f.why)
        ));

        let to_box: Mailbox = format!(
            "{} <{}>",
            to.name.replace(['<', '>', '"', '\r', '\n'], " "),
            to.email
        )
        .parse()
        .or_else(|_| to.email.parse())
        .map_err(|e| format!("recipient address: {e}"))?;
        let alternative = MultiPart::alternative()
            .singlepart(SinglePart::plain(text))
            .singlepart(SinglePart::html(html));
        let body = if letter.has_calendar() {
            let links = &self.links;
            let page_url = |slug: &str| links.page(&Page::event(slug), lang);
            let ics = calendar(
                std::slice::from_ref(event),
                &CalendarContext {
                    lang,
                    page_url: &page_url,
                    now: crate::clock::now_unix() as i64,
                    name: None,
                },
            );
            let ics_type = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                .map_err(|e| e.to_string())?;
            MultiPart::mixed().multipart(alternative).singlepart(
                Attachment::new(format!("{}.ics", event.summary.slug)).body(ics, ics_type),
            )
        } else {
            alternative
        };
        let message = Message::builder()
            .from(self.from.clone())
            .to(to_box)
            .subject(fill(w.subject))
            .multipart(body)
            .map_err(|e| format!("building the message: {e}"))?;
        Ok(message.formatted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_dates_write_the_first_as_an_ordinal() {
        let at = |day| ParisTime {
            date: model::Date::new(2027, 9, day).unwrap(),
            hour: 14,
            minute: 0,
            second: 0,
            offset_minutes: 120,
        };
        assert_eq!(day_text(at(1), Lang::Fr), "1ᵉʳ septembre 2027");
        assert_eq!(day_text(at(2), Lang::Fr), "2 septembre 2027");
        assert_eq!(day_text(at(1), Lang::En), "1 September 2027");
    }
}
