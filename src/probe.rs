//! Measurement hooks: the raw matcher pass and the compiled patterns, for the
//! benches and the throughput example (peers scan the same terms).

use std::cell::RefCell;

use crate::matcher::{Hit, Scratch};
use crate::scorer::Scorer;

thread_local! {
    static PROBE: RefCell<(Scratch, Vec<Hit>)> = RefCell::new((Scratch::default(), Vec::new()));
}

impl Scorer {
    /// Runs only the matcher over `text` (folding, automaton pass, whole-word
    /// and exact-case checks, per-signal leftmost-longest) and returns the
    /// number of hits, without placing them in sentences or scoring.
    ///
    /// This is the *raw scan* that full scoring is measured against; a hit
    /// matched in several signals counts once per signal.
    ///
    /// # Example
    ///
    /// ```
    /// let scorer = georisk::Scorer::default();
    /// assert!(scorer.match_count("M23 rebels seized the coltan mines of Rubaya.") >= 3);
    /// assert_eq!(scorer.match_count("software"), 0);
    /// ```
    // A measurement hook, not part of the API: hidden from the docs.
    #[doc(hidden)]
    pub fn match_count(&self, text: &str) -> usize {
        PROBE.with(|p| match p.try_borrow_mut() {
            Ok(mut p) => {
                let (scratch, hits) = &mut *p;
                hits.clear();
                self.kb.matcher.scan(text, scratch, hits);
                hits.len()
            }
            Err(_) => {
                let mut hits = Vec::new();
                self.kb.matcher.scan(text, &mut Scratch::default(), &mut hits);
                hits.len()
            }
        })
    }

    /// The distinct folded patterns the matcher compiles (lower case,
    /// accents stripped, hyphens as spaces), sorted: the terms to give a
    /// peer matcher for a like-for-like comparison.
    ///
    /// # Example
    ///
    /// ```
    /// let patterns = georisk::Scorer::default().patterns();
    /// assert!(patterns.iter().any(|p| p == "coltan"));
    /// assert!(patterns.len() <= georisk::Scorer::default().pattern_count());
    /// ```
    #[doc(hidden)]
    pub fn patterns(&self) -> Vec<String> {
        let mut out: Vec<String> = self.kb.aliases.iter().map(|a| a.folded.clone()).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::Scorer;

    #[test]
    fn match_count_agrees_with_hits_of_a_report() {
        let scorer = Scorer::default();
        let text = "M23 rebels seized the coltan mines of Rubaya after heavy fighting.";
        let n = scorer.match_count(text);
        let report = scorer.score(&crate::Article::from_body(text));
        let signal_hits = report.signals.conflict.hits + report.signals.minerals.hits;
        assert!(n >= signal_hits.min(1), "{n} vs {signal_hits}");
        assert!(n > 0);
        assert_eq!(scorer.match_count(""), 0);
    }

    #[test]
    fn patterns_are_folded_and_unique() {
        let p = Scorer::default().patterns();
        assert!(p.windows(2).all(|w| w[0] < w[1]));
        assert!(p.iter().all(|s| !s.is_empty() && *s == s.to_lowercase()));
    }
}
