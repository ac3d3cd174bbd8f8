//! The addresses of a profile, parsed the way a browser will parse them (WHATWG, `url`
//! crate) after the model's rules passed: the host a visitor reaches must be the host the
//! text shows, with no user name or password in front of it.

use model::directory::{FieldError, Startup};
use url::{Host, Url};

fn fault(address: &str) -> Option<&'static str> {
    let Ok(url) = Url::parse(address) else {
        return Some("is not an address a browser can open");
    };
    if url.scheme() != "https" {
        return Some("must start with https://");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Some("must not hold a user name or password before the host");
    }
    match url.host() {
        Some(Host::Domain(domain)) if domain.contains('.') && !domain.starts_with('.') => None,
        _ => Some("needs a host name such as example.org"),
    }
}

/// Field errors for every address of `profile` a browser would not open as it reads.
pub fn check_addresses(profile: &Startup) -> Vec<FieldError> {
    let mut addresses: Vec<(String, &str)> = [
        ("careers_url", &profile.careers_url),
        ("website", &profile.website),
    ]
    .into_iter()
    .filter_map(|(field, url)| url.as_deref().map(|u| (field.to_owned(), u)))
    .collect();
    for (i, link) in profile.social.iter().enumerate() {
        addresses.push((format!("social[{i}].url"), &link.url));
    }
    addresses
        .into_iter()
        .filter_map(|(field, address)| {
            fault(address).map(|reason| FieldError {
                field,
                reason: reason.into(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fault;

    #[test]
    fn userinfo_and_empty_hosts_are_refused() {
        assert_eq!(fault("https://posos.example/a?b=c"), None);
        assert_eq!(fault("https://santé.example/"), None);
        assert!(fault("https://datavoile.example@evil.example/").is_some());
        assert!(fault("https://@./").is_some());
        assert!(fault("https://1.2.3.4/").is_some());
        assert!(fault("http://example.org/").is_some());
    }
}
