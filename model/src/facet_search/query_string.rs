//! `application/x-www-form-urlencoded` query strings, decoded and encoded the same way by
//! the API and the app.

use super::QueryIssue;

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Decodes `a=1&b=x%20y` (a leading `?` is ignored). Pairs that are not valid
/// percent-encoded UTF-8 are reported and skipped.
pub fn decode_query(raw: &str) -> (Vec<(String, String)>, Vec<QueryIssue>) {
    let mut pairs = Vec::new();
    let mut issues = Vec::new();
    for pair in raw
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match (percent_decode(k), percent_decode(v)) {
            (Some(k), Some(v)) => pairs.push((k, v)),
            (key, _) => issues.push(QueryIssue {
                parameter: key.unwrap_or_else(|| k.to_owned()),
                value: pair.to_owned(),
                reason: "not valid percent-encoded UTF-8",
            }),
        }
    }
    (pairs, issues)
}

fn percent_encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
}

/// Encodes pairs as a query string, with a leading `?`, or an empty string for none.
pub fn encode_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        percent_encode(k.as_ref(), &mut out);
        out.push('=');
        percent_encode(v.as_ref(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms_and_reports_bad_encodings() {
        let (pairs, issues) =
            decode_query("?q=donn%C3%A9es+de+sant%C3%A9&level=master%2Cdoctorat&open");
        assert!(issues.is_empty());
        assert_eq!(
            pairs,
            [
                ("q".to_owned(), "données de santé".to_owned()),
                ("level".to_owned(), "master,doctorat".to_owned()),
                ("open".to_owned(), String::new())
            ]
        );
        for bad in ["q=%E9", "q=%zz", "q=%4"] {
            let (pairs, issues) = decode_query(bad);
            assert!(pairs.is_empty(), "{bad}");
            assert_eq!(issues[0].parameter, "q");
        }
    }

    #[test]
    fn encoding_round_trips() {
        let pairs = [("q", "données & co/2 +"), ("level", "master,doctorat")];
        let encoded = encode_query(&pairs);
        assert_eq!(
            encoded,
            "?q=donn%C3%A9es+%26+co%2F2+%2B&level=master,doctorat"
        );
        let (decoded, issues) = decode_query(&encoded);
        assert!(issues.is_empty());
        let expected: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        assert_eq!(decoded, expected);
        assert_eq!(encode_query::<&str, &str>(&[]), "");
    }
}
