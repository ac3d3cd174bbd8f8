//! The reader's shortlist of programmes (kept in this browser only, never sent anywhere)
//! and the programmes picked for comparison (at most three, for this visit).

use leptos::prelude::*;

const SHORTLIST_KEY: &str = "parisante-portal.shortlist";
pub const MAX_COMPARED: usize = 3;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Slugs from a comma-separated list, invalid or repeated ones dropped.
pub fn parse_slugs(text: &str) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    for slug in text.split(',').map(str::trim) {
        if model::validate_slug(slug).is_ok() && !slugs.iter().any(|s| s == slug) {
            slugs.push(slug.to_owned());
        }
    }
    slugs
}

#[derive(Clone, Copy)]
pub struct Selections {
    pub shortlist: RwSignal<Vec<String>>,
    pub compared: RwSignal<Vec<String>>,
}

impl Selections {
    /// Reads the saved shortlist and keeps it saved as it changes. A prerendered page
    /// shows no one's shortlist: it is read once the app runs (after hydration), so the
    /// first render matches the page as it arrived.
    pub fn new() -> Selections {
        let saved = move || {
            storage()
                .and_then(|s| s.get_item(SHORTLIST_KEY).ok().flatten())
                .map(|text| parse_slugs(&text))
                .unwrap_or_default()
        };
        let hydrating = cfg!(any(feature = "hydrate", feature = "ssr"));
        let shortlist = RwSignal::new(if hydrating { Vec::new() } else { saved() });
        if hydrating {
            Effect::new(move |_| shortlist.set(saved()));
        }
        // Saved on every change, never at the first run: that would write the empty list
        // of a page still hydrating over the saved one.
        Effect::new(move |first: Option<()>| {
            let text = shortlist.with(|list| list.join(","));
            if first.is_none() {
                return;
            }
            if let Some(storage) = storage() {
                let _ = storage.set_item(SHORTLIST_KEY, &text);
            }
        });
        Selections {
            shortlist,
            compared: RwSignal::new(Vec::new()),
        }
    }

    pub fn is_shortlisted(&self, slug: &str) -> bool {
        self.shortlist.with(|list| list.iter().any(|s| s == slug))
    }

    pub fn toggle_shortlist(&self, slug: &str) {
        self.shortlist.update(|list| {
            toggle(list, slug, usize::MAX);
        });
    }

    pub fn add_all(&self, slugs: &[String]) {
        self.shortlist.update(|list| {
            for slug in slugs {
                if !list.contains(slug) {
                    list.push(slug.clone());
                }
            }
        });
    }

    pub fn is_compared(&self, slug: &str) -> bool {
        self.compared.with(|list| list.iter().any(|s| s == slug))
    }

    /// Adds or removes a programme from the comparison; refuses a fourth.
    pub fn toggle_compared(&self, slug: &str) -> bool {
        let mut changed = false;
        self.compared
            .update(|list| changed = toggle(list, slug, MAX_COMPARED));
        changed
    }
}

impl Default for Selections {
    fn default() -> Self {
        Self::new()
    }
}

/// Removes `slug` if present, else appends it when there is room. Returns whether it changed.
fn toggle(list: &mut Vec<String>, slug: &str, max: usize) -> bool {
    if let Some(i) = list.iter().position(|s| s == slug) {
        list.remove(i);
        true
    } else if list.len() < max {
        list.push(slug.to_owned());
        true
    } else {
        false
    }
}

pub fn use_selections() -> Selections {
    use_context::<Selections>().expect("Selections is provided by the app shell")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn slug_lists_are_cleaned() {
        assert_eq!(parse_slugs("a,b, a ,Bad Slug,,c"), ["a", "b", "c"]);
        assert!(parse_slugs("").is_empty());
    }

    #[wasm_bindgen_test]
    fn comparison_holds_three_at_most() {
        let mut list = Vec::new();
        for slug in ["a", "b", "c"] {
            assert!(toggle(&mut list, slug, MAX_COMPARED));
        }
        assert!(!toggle(&mut list, "d", MAX_COMPARED), "a fourth is refused");
        assert!(
            toggle(&mut list, "b", MAX_COMPARED),
            "removing works when full"
        );
        assert_eq!(list, ["a", "c"]);
    }
}
