//! Scorer::score_text and Scorer::score_bytes on arbitrary bytes, checking
//! the report invariants: score finite in 0..=100, rules add up to the
//! score, evidence spans on char boundaries and equal to the input slice.

#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let scorer = georisk::Scorer::default();
    let (report, decoded) = scorer.score_bytes(data);
    common::check_text(&decoded, &report);
    if let Ok(text) = std::str::from_utf8(data) {
        let r = scorer.score_text(text);
        common::check_text(text, &r);
        assert_eq!(r, report, "score_text and score_bytes agree on valid UTF-8");
        let body = georisk::Article::from_body(text);
        common::check_text(text, &scorer.score(&body));
    }
});
