//! ScorerBuilder::lexicon and ::rules on arbitrary strings: Ok or Err, never
//! a panic; whatever builds scores a small text within the invariants.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

mod common;

const PROBE: &str = "Rebels seize coltan mines\n\nM23 rebels seized the coltan mines of Rubaya in North Kivu; UN experts accuse Rwanda of backing them.";

/// The embedded files, parsed once (cloning is cheaper than parsing).
static BASE: LazyLock<georisk::ScorerBuilder> = LazyLock::new(georisk::Scorer::builder);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first byte picks what the rest is: most often the only lexicon
    // (a cheap build), else an extra lexicon beside the embedded ones, a
    // lexicon replacing the embedded conflict.lex, or the rules file (these
    // three rebuild the whole embedded knowledge base, ~100 ms each).
    let (mode, src) = match text.char_indices().nth(1) {
        Some((i, _)) => (data[0] % 8, &text[i..]),
        None => (0, &text[..]),
    };
    let mut builder = BASE.clone();
    let result = match mode {
        5 => builder.lexicon("f.lex", src).map(|_| ()),
        6 => builder.lexicon("conflict.lex", src).map(|_| ()),
        7 => builder.rules(src).map(|_| ()),
        _ => {
            builder.clear_lexicons();
            builder.lexicon("f.lex", src).map(|_| ())
        }
    };
    if let Err(e) = &result {
        assert!(!e.file().is_empty());
        let _ = e.to_string();
        return;
    }
    match builder.build() {
        Ok(scorer) => {
            common::check_text(PROBE, &scorer.score_text(PROBE));
            common::check_text(src, &scorer.score_text(src));
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
