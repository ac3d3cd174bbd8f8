//! Text matching with relevance: every query word must prefix some indexed term; words in
//! the title (or name) weigh more.

use super::normalise::{has_prefix, has_term, index_terms};

/// An entry's searchable text, prepared once.
pub struct SearchText {
    title_terms: Vec<String>,
    terms: Vec<String>,
}

impl SearchText {
    /// `title` is also part of the searched text.
    pub fn new(title: &str, rest: &str) -> SearchText {
        SearchText {
            title_terms: index_terms(title),
            terms: index_terms(&format!("{title} {rest}")),
        }
    }

    /// `None` when some word is missing; otherwise a score (exact title word 4, title
    /// prefix 2, elsewhere 1, summed). `words` come from [`super::words`].
    pub fn score(&self, words: &[String]) -> Option<u32> {
        let mut score = 0;
        for w in words {
            if !has_prefix(&self.terms, w) {
                return None;
            }
            score += if has_term(&self.title_terms, w) {
                4
            } else if has_prefix(&self.title_terms, w) {
                2
            } else {
                1
            };
        }
        Some(score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facet_search::words;

    #[test]
    fn every_word_must_match_and_title_words_weigh_more() {
        let text = SearchText::new("Simulation médicale", "Formation des soignants");
        assert_eq!(text.score(&words("simulation")), Some(4));
        assert_eq!(text.score(&words("simul")), Some(2));
        assert_eq!(text.score(&words("soignant")), Some(1));
        assert_eq!(text.score(&words("simulation radiologie")), None);
        assert_eq!(text.score(&[]), Some(0));
    }
}
