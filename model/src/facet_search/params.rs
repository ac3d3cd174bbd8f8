//! Parsing and serialising the parameters every faceted search has: text, coded lists,
//! identifier lists, yes/no flags and the page. One parser for the URL and the API.

pub const MAX_QUERY_LEN: usize = 200;
pub const MAX_PAGE: u32 = 10_000;

/// A parameter that could not be understood; it is ignored (app) or refused (API).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryIssue {
    pub parameter: String,
    pub value: String,
    pub reason: &'static str,
}

impl QueryIssue {
    pub fn new(parameter: &str, value: &str, reason: &'static str) -> QueryIssue {
        QueryIssue {
            parameter: parameter.to_owned(),
            value: value.to_owned(),
            reason,
        }
    }
}

/// Comma-separated values; spaces around them (a `+` in a query string) are ignored, empty
/// ones skipped. Only ASCII spaces and tabs: the API contract says exactly that.
fn split_values(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(',')
        .map(|v| v.trim_matches([' ', '\t']))
        .filter(|v| !v.is_empty())
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The search text, refused when longer than [`MAX_QUERY_LEN`] characters.
pub fn parse_text(key: &str, value: &str, into: &mut String, issues: &mut Vec<QueryIssue>) {
    if value.chars().count() > MAX_QUERY_LEN {
        issues.push(QueryIssue::new(key, value, "search text is too long"));
    } else {
        value.clone_into(into);
    }
}

/// Coded values, repeated or comma-separated; unknown codes are reported.
pub fn parse_codes<T: PartialEq + Copy>(
    key: &str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    into: &mut Vec<T>,
    issues: &mut Vec<QueryIssue>,
    unknown: &'static str,
) {
    for v in split_values(value) {
        match parse(v) {
            Some(item) => push_unique(into, item),
            None => issues.push(QueryIssue::new(key, v, unknown)),
        }
    }
}

/// Identifiers (slugs) whose set is open: only their shape is checked (a longer one than
/// any slug can be simply matches nothing).
pub fn parse_slugs(key: &str, value: &str, into: &mut Vec<String>, issues: &mut Vec<QueryIssue>) {
    for v in split_values(value) {
        if matches!(
            crate::validate_slug(v),
            Err(crate::SlugError::Empty | crate::SlugError::InvalidCharacters)
        ) {
            issues.push(QueryIssue::new(key, v, "not a valid identifier"));
        } else {
            push_unique(into, v.to_owned());
        }
    }
}

/// A yes/no filter: `1`/`true`/`oui` or `0`/`false`/`non`/empty.
pub fn parse_flag(key: &str, value: &str, into: &mut bool, issues: &mut Vec<QueryIssue>) {
    match value {
        "1" | "true" | "oui" => *into = true,
        "0" | "false" | "non" | "" => *into = false,
        _ => issues.push(QueryIssue::new(key, value, "expected 1 or 0")),
    }
}

/// A 1-based page number up to [`MAX_PAGE`].
pub fn parse_page(key: &str, value: &str, into: &mut u32, issues: &mut Vec<QueryIssue>) {
    match value.parse::<u32>() {
        Ok(page) if (1..=MAX_PAGE).contains(&page) => *into = page,
        _ => issues.push(QueryIssue::new(key, value, "expected a page number from 1")),
    }
}

/// Selects `item` if absent, unselects it if present; `None` (unknown value) changes nothing.
pub fn flip<T: PartialEq>(list: &mut Vec<T>, item: Option<T>) {
    if let Some(item) = item {
        match list.iter().position(|x| *x == item) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(item),
        }
    }
}

/// Codes joined in their vocabulary order, so equal selections give equal links.
pub fn join_codes<T: Copy + Ord>(items: &[T], code: fn(T) -> &'static str) -> String {
    let mut sorted = items.to_vec();
    crate::order::sort(&mut sorted);
    sorted.into_iter().map(code).collect::<Vec<_>>().join(",")
}

/// Identifiers joined in alphabetical order.
pub fn join_text(items: &[String]) -> String {
    let mut sorted = items.to_vec();
    crate::order::sort(&mut sorted);
    sorted.join(",")
}
