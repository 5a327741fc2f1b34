//! One line of `georisk score --jsonl` (arbitrary bytes, lossy UTF-8):
//! `Article::from_json` and `Article::recover_id` return, never panic; an
//! id is passed through as the JSON token it was (a string or a number,
//! found again by `recover_id`, whose text is `id()`); a parsed article
//! scores within the invariants.

#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

/// `token` is one JSON string or number; returns the string's value, or
/// the number as written (JSON puts no limit on a number's range:
/// `15326478901E3456818700` is a number no `f64` holds, and passes through).
fn check_token(token: &str) -> String {
    let raw: Box<serde_json::value::RawValue> = serde_json::from_str(token).expect("an id token is JSON");
    let text = raw.get();
    assert!(
        text.starts_with('"') || text.starts_with(|c: char| c == '-' || c.is_ascii_digit()),
        "id token {token}"
    );
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::String(s)) => s,
        _ => token.to_string(),
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let recovered = georisk::Article::recover_id(&text);
    if let Some(token) = recovered {
        check_token(token);
    }
    let Ok(article) = georisk::Article::from_json(&text) else { return };
    if let Some(token) = article.id_token() {
        // A repeated `id` key: `from_json` keeps the last, `recover_id` none.
        assert!(recovered.is_none() || recovered == Some(token), "{recovered:?} vs {token}");
        let id = check_token(token);
        assert_eq!(article.id(), Some(id.as_str()));
    }
    let report = georisk::Scorer::default().score(&article);
    assert_eq!(report.id.as_deref(), article.id());
    common::check_fields(&article, &report);
});
