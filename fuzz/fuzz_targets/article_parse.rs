//! Article::parse and Article::from_json on arbitrary bytes (lossy UTF-8):
//! Ok or Err, never a panic; a parsed article scores within the invariants.

#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let scorer = georisk::Scorer::default();
    if let Ok(article) = georisk::Article::parse(&text) {
        // Borrowed fields: spans index the whole text.
        common::check_text(&text, &scorer.score(&article));
    }
    if let Ok(article) = georisk::Article::from_json(&text) {
        common::check_fields(&article, &scorer.score(&article));
    }
});
