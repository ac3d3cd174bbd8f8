//! The built `shell.html` (trunk's output: styles, icon, the tag that loads the app), cut
//! once into the parts every page shares, so that a page is written by joining them.

use model::Lang;
use portal::data::baked::BLOCK_ID;

/// Where the shell's own head (its title and description, for the addresses the build
/// did not write) starts and ends: a page's head elements go there instead.
const HEAD_START: &str = "<title>";
const HEAD_END: &str = "<meta name=\"description\"";
/// The shell's language, which a page's replaces.
const HTML_TAG: &str = "<html lang=\"fr\">";
const APP: &str = "<div id=\"app\"></div>";

pub struct Shell {
    /// Before `<html lang>`, between it and the page's head, between that and `#app`,
    /// and after `#app`.
    before_html: String,
    before_head: String,
    before_app: String,
    after_app: String,
}

/// A page's parts, rendered by the app.
pub struct PageParts<'a> {
    pub lang: Lang,
    /// The app path the page was rendered at (hydration checks it).
    pub path: &'a str,
    pub head: &'a str,
    pub body: &'a str,
    /// Its data block: the answers it used, as JSON.
    pub block: &'a str,
}

impl Shell {
    pub fn parse(text: &str) -> Result<Shell, String> {
        let cut = |text: &str, mark: &str| -> Result<(usize, usize), String> {
            let at = text
                .find(mark)
                .ok_or(format!("the shell has no `{mark}`"))?;
            Ok((at, at + mark.len()))
        };
        let (html_at, html_end) = cut(text, HTML_TAG)?;
        let (head_at, _) = cut(text, HEAD_START)?;
        let (description_at, description_mark_end) = cut(text, HEAD_END)?;
        let head_end = description_mark_end
            + text[description_mark_end..]
                .find('>')
                .ok_or("the shell's description is not closed")?
            + 1;
        let (app_at, app_end) = cut(text, APP)?;
        if !(html_end <= head_at && head_at < description_at && head_end <= app_at) {
            return Err("the shell's parts are out of order".into());
        }
        Ok(Shell {
            before_html: text[..html_at].to_owned(),
            before_head: text[html_end..head_at].to_owned(),
            before_app: text[head_end..app_at].to_owned(),
            after_app: text[app_end..].to_owned(),
        })
    }

    /// The page's document: its language, its head elements, its markup inside `#app`
    /// (no whitespace there: hydration starts at its first child) and its data block.
    pub fn page(&self, parts: &PageParts) -> String {
        format!(
            "{}<html lang=\"{lang}\">{}{head}{}<div id=\"app\" data-ssr=\"{path}\">{body}</div>\
             <script type=\"application/json\" id=\"{BLOCK_ID}\">{block}</script>{}",
            self.before_html,
            self.before_head,
            self.before_app,
            self.after_app,
            lang = parts.lang.code(),
            head = parts.head,
            path = model::text::escape_html(parts.path),
            body = parts.body,
            block = parts.block,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!doctype html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\">\
        <title>Site</title>\n<meta name=\"description\" content=\"Default\">\
        <link rel=\"stylesheet\" href=\"/a.css\"></head><body><div id=\"app\"></div></body></html>";

    #[test]
    fn a_page_replaces_the_shells_head_and_fills_the_app() {
        let shell = Shell::parse(SHELL).unwrap();
        let page = shell.page(&PageParts {
            lang: Lang::En,
            path: "/en/x?a&b",
            head: "<title>X</title>",
            body: "<main>x</main>",
            block: "{}",
        });
        assert_eq!(
            page,
            "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>X</title>\
             <link rel=\"stylesheet\" href=\"/a.css\"></head><body><div id=\"app\" \
             data-ssr=\"/en/x?a&amp;b\"><main>x</main></div><script type=\"application/json\" \
             id=\"portal-data\">{}</script></body></html>"
        );
    }

    #[test]
    fn a_shell_without_its_parts_is_refused() {
        for missing in [HTML_TAG, HEAD_START, HEAD_END, APP] {
            let broken = SHELL.replace(missing, "");
            assert!(Shell::parse(&broken).is_err(), "{missing}");
        }
    }
}
