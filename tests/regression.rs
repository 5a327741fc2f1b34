//! Regression cases: every input the fuzzers (`fuzz/`) or reviews found
//! to break an invariant, plus hand-written nasty inputs, replayed through
//! the public API. Each case asserts the report invariants: score finite in
//! 0..=100, signal categories and rules adding up, every evidence span on
//! char boundaries and equal to the input slice it names.
//!
//! A case that exposes an open bug stays here, `#[ignore = "bug: ..."]`,
//! until the bug is fixed (then the `ignore` goes); `cargo test -- --ignored`
//! replays the open ones.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use std::time::{Duration, Instant};

use georisk::{Article, ArticleError, Level, Scorer};

/// Scores `text` as a whole text and as a bare body; checks both.
fn text_case(text: &str) -> georisk::RiskReport {
    let scorer = Scorer::default();
    let report = scorer.score_text(text);
    common::check_text(text, &report);
    common::check_text(text, &scorer.score(&Article::from_body(text)));
    let (from_bytes, decoded) = scorer.score_bytes(text.as_bytes());
    assert_eq!(decoded, text, "valid UTF-8 is not copied or changed");
    assert_eq!(from_bytes, report, "score_bytes = score_text on valid UTF-8");
    report
}

/// Parses and scores a JSON article; spans index the fields.
fn json_case(json: &str) -> Result<georisk::RiskReport, ArticleError> {
    let article = Article::from_json(json)?;
    let report = Scorer::default().score(&article);
    common::check_fields(&article, &report);
    Ok(report)
}

/// The report of a text with no knowledge-base word at all.
fn assert_empty(r: &georisk::RiskReport) {
    assert_eq!(r.score, 0.0);
    assert_eq!(r.level, Level::Low);
    assert!(r.evidence.is_empty() && r.actors.is_empty() && r.rules.is_empty());
}

const STORY: &str =
    "M23 rebels seized the coltan mines of Rubaya in North Kivu; UN experts accuse Rwanda of backing them.";

// ---------------------------------------------------------------------------
// Bugs found by review (see fuzz/README.md), fixed since
// ---------------------------------------------------------------------------

// Guards segment indices past u16::MAX: a tags line of 65,537 items in plain
// text wrapped a u16 `Sentence::segment` (scan.rs) and sliced the wrong field.
#[test]
fn tags_line_with_more_than_u16_max_items() {
    let text = format!("{}GOMA\nRebels take mining town\nTroops clashed near Goma.\n", "A,".repeat(65_536));
    text_case(&text);
}

// Same bug through JSON: 65,535 tags then one naming a place; its span was
// read from the title.
#[test]
fn json_with_more_than_u16_max_tags() {
    let mut tags = vec!["t"; 65_535];
    tags.push("Goma");
    let json = serde_json::json!({ "title": "x", "tags": tags }).to_string();
    json_case(&json).unwrap();
}

// Guards linear time: one long sentence of foreign-state mentions and
// involvement cues was cubic in actors::relations (an 11 KB sentence took
// 2 s in release; 112 KB would have taken tens of minutes).
#[test]
fn long_sentence_of_mentions_and_cues_is_not_superlinear() {
    let text = "Rwanda troops Uganda troops ".repeat(4_000);
    let t = Instant::now();
    text_case(&text);
    // Linear, this takes 15-31 s in a debug build on a loaded 2-core
    // machine; cubic, it would take hours.
    assert!(t.elapsed() < Duration::from_secs(90), "112 KB took {:?}", t.elapsed());
}

// Fuzz crash (lexicon_parse, run 2): a lexicon line that starts with ':'
// is an entry with aliases but no id; `Lexicon::parse_entry` indexed
// `stmt.head[0]` of an empty head (src/lexicon.rs).
#[test]

fn lexicon_line_starting_with_colon() {
    for (src, line) in [
        ("@signal conflict\n: aaa\n", 2),
        ("@signal actor\n:\n", 2),
        ("@signal conflict\nx.a cat=war w=1 : aaa\n:bbb | ccc\n", 3),
    ] {
        let mut b = Scorer::builder();
        match b.lexicon("f.lex", src) {
            Err(e) => {
                assert_eq!((e.file(), e.line()), ("f.lex", line), "{src:?}: {e}")
            }
            other => panic!("{src:?}: {:?}", other.map(|_| ())),
        }
    }
}

// ---------------------------------------------------------------------------
// Hand-written nasty inputs
// ---------------------------------------------------------------------------

// Guards empty input: an empty text scores zero, no fields, no panic.
#[test]
fn empty_text() {
    assert_empty(&text_case(""));
    let a = Article::parse("").unwrap();
    assert!(a.title().is_none() && a.body().is_none());
}

// Guards whitespace-only input of every kind (ASCII, NBSP, ideographic space).
#[test]
fn whitespace_only() {
    assert_empty(&text_case(" \t\n\r\n\u{a0}\u{3000}\u{2028}\u{85}\n"));
}

// Guards NUL bytes inside and around words: scoring continues, spans exact.
#[test]
fn nul_bytes() {
    let r = text_case("\0Rebels\0seized\0coltan\0mines\0\n\0war\0\0M23 rebels attacked Goma.\0");
    assert!(r.signals.conflict.score > 0.0);
    text_case(&"\0".repeat(10_000));
}

// Guards lone CR line ends (old Mac): no line split, spans still exact.
#[test]
fn lone_cr() {
    let r = text_case("Rebels seize mines\rM23 rebels seized coltan mines near Goma.\rTroops clashed.\r");
    assert!(r.signals.conflict.score > 0.0);
}

// Guards CRLF: the CR is never part of a field or a span.
#[test]
fn crlf() {
    let text = "Rebels seize mines\r\n\r\nM23 rebels seized coltan mines near Goma.\r\nTroops clashed.\r\n";
    let a = Article::parse(text).unwrap();
    assert_eq!(a.title(), Some("Rebels seize mines"));
    assert!(!a.body().unwrap().ends_with('\r'));
    assert!(text_case(text).signals.conflict.score > 0.0);
}

// Guards a byte-order mark at the start and inside the text.
#[test]
fn bom() {
    let r =
        text_case("\u{feff}Rebels seize mines\n\n\u{feff}M23 rebels seized coltan\u{feff} mines near Goma.");
    assert!(r.signals.minerals.score > 0.0);
    let (r, decoded) = Scorer::default().score_bytes(b"\xef\xbb\xbfwar in Goma");
    common::check_text(&decoded, &r);
}

// Guards invalid UTF-8: lossy decoding, spans index the decoded text.
#[test]
fn invalid_utf8_via_score_bytes() {
    let inputs: &[&[u8]] = &[
        b"\xff\xfe war \xc3 coltan \xe2\x82 M23 rebels \xf0\x9f\x98 seized Goma\xed\xa0\x80 mines",
        b"\xc3",
        b"\x80\x80\x80war\x80",
        b"Rebels seize mines\n\n\xc0\xafM23 rebels seized the coltan mines of Rubaya\xfe.",
        &[0xff; 4096],
    ];
    for bytes in inputs {
        let (r, decoded) = Scorer::default().score_bytes(bytes);
        assert!(matches!(decoded, std::borrow::Cow::Owned(_)));
        common::check_text(&decoded, &r);
    }
}

// Guards valid UTF-8 through score_bytes: borrowed, spans index the bytes.
#[test]
fn valid_utf8_via_score_bytes_borrows() {
    let (r, decoded) = Scorer::default().score_bytes(STORY.as_bytes());
    assert!(matches!(decoded, std::borrow::Cow::Borrowed(_)));
    for e in common::all_evidence(&r) {
        assert_eq!(&STORY.as_bytes()[e.start..e.end], e.text.as_bytes());
    }
}

// Guards zero-width spaces, joiners and NBSP inside and between terms: the
// offset map maps folded matches back to exact original spans.
#[test]
fn zero_width_and_non_breaking_spaces() {
    let text = "Rw\u{200b}anda accused of backing M\u{200d}23 rebels in North\u{a0}Kivu;\u{2060} coltan\u{200c} mines\u{feff} seized\u{a0}near\u{202f}Goma.";
    let r = text_case(text);
    assert!(r.evidence.iter().any(|e| e.text == "North\u{a0}Kivu") || r.actors.iter().any(|a| a.id == "COD"));
}

// Guards non-breaking hyphens, soft hyphens and combining accents in terms.
#[test]
fn hyphens_and_combining_marks() {
    text_case("al\u{2011}Shabaab and al\u{ad}Shabaab; E\u{301}tats\u{2010}Unis et la RDC; wa\u{301}r war\u{301}\u{301}\u{301}");
    // A match followed by a long run of combining marks.
    text_case(&format!("war{}", "\u{301}".repeat(50_000)));
}

// Guards a 1 MB single word (no boundary anywhere): no hit, no quadratic.
#[test]
fn one_megabyte_single_word() {
    let t = Instant::now();
    assert_empty(&text_case(&"a".repeat(1 << 20)));
    assert_empty(&text_case(&"é".repeat(1 << 19)));
    // A megabyte word that contains knowledge-base terms is still one word.
    assert_empty(&text_case(&"warcoltan".repeat(116_509)));
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());
}

// Guards a 1 MB line of short words with many hits: evidence stays capped.
#[test]
fn one_megabyte_line_of_hits() {
    let text = "war coltan ".repeat(95_326);
    let r = text_case(&text);
    assert!(r.evidence.len() <= 2 * 40 + 40, "evidence capped: {}", r.evidence.len());
}

// Guards a megabyte of newlines and of sentence punctuation.
#[test]
fn megabyte_of_separators() {
    assert_empty(&text_case(&"\n".repeat(1 << 20)));
    assert_empty(&text_case(&". A".repeat(300_000)));
    assert_empty(&text_case(&"a.".repeat(500_000)));
}

// Guards mixed scripts, RTL marks and emoji around knowledge-base terms.
#[test]
fn mixed_scripts() {
    let text = "Война \u{202e}war\u{202c} 戦争 coltan مرحبا M23 rebels בגדה 🚀war🚀 Ελλάδα Rwanda's troops in Goma; İstanbul ß ẞ ǅ ﬁ ﷺ";
    let r = text_case(text);
    assert!(r.signals.conflict.score > 0.0);
}

// Guards the aggregator layout with empty and degenerate lines.
#[test]
fn aggregator_layout_degenerate() {
    for text in [
        "A, B, C\n",
        ",,,\n,,,\n",
        "X\nY\nZ\nA, B, C\nOriginal Source:\nPost Comment",
        "AFRICA, DRC, M23\n\n\n\nOriginal Source: x\n",
        "Conflicts\nAFRICA, DRC, M23, RWANDA\nJane\nTitle\nSummary about war.\nBody on coltan.\nOriginal Source: example.org\nPost Comment\n",
    ] {
        text_case(text);
    }
}

// Guards empty fields in JSON: present but blank fields count as absent.
#[test]
fn json_empty_fields() {
    assert_empty(
        &json_case(r#"{"title": "", "summary": "  ", "body": "\n", "tags": [], "categories": ""}"#).unwrap(),
    );
    assert_empty(&json_case(r#"{"text": "", "tags": ",,, ,", "id": ""}"#).unwrap());
    assert_empty(&json_case(r#"{"title": null, "body": "", "tags": null}"#).unwrap());
}

// Guards an article with no text field at all: a clear error.
#[test]
fn json_empty_article() {
    assert_eq!(Article::from_json("{}").unwrap_err(), ArticleError::NoText);
    assert_eq!(Article::from_json(r#"{"id": 1, "tags": ["war"]}"#).unwrap_err(), ArticleError::NoText);
    for bad in ["", " ", "null", "[]", "\"war\"", "{", "}", "\u{feff}{}"] {
        assert!(Article::from_json(bad).is_err(), "{bad:?}");
    }
}

// Guards deep nesting: serde_json skips an ignored field iteratively (Ok)
// and stops at its recursion limit elsewhere (an error), never a stack
// overflow.
#[test]
fn json_deeply_nested() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}0{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    for ignored in [&nested, &objects] {
        json_case(&format!(r#"{{"title": "war", "extra": {ignored}}}"#)).unwrap();
    }
    for json in [format!(r#"{{"title": "war", "tags": {nested}}}"#), nested.clone(), objects.clone()] {
        let result = Article::from_json(&json);
        assert!(result.is_err(), "{}: {result:?}", &json[..30]);
    }
}

// Guards huge and odd numbers in JSON: ids as numbers beyond u64 and f64.
#[test]
fn json_huge_numbers() {
    let r = json_case(r#"{"id": 123456789012345678901234567890, "title": "war"}"#).unwrap();
    assert!(r.id.is_some());
    json_case(r#"{"id": -0.0, "title": "war", "extra": 1e308}"#).unwrap();
    for json in [r#"{"id": 1e400, "title": "war"}"#, r#"{"title": "war", "x": -1e99999}"#] {
        if let Ok(r) = json_case(json) {
            assert!(r.score.is_finite());
        }
    }
}

// Guards escapes in JSON: owned strings (spans index the unescaped field),
// NUL escapes, lone surrogates (an error) and duplicate keys.
#[test]
fn json_escapes() {
    json_case(r#"{"title": "Rebels\u0020seize\u0000mines", "body": "M23\n\u00e9 war \"coltan\"\t\u2028 Goma", "tags": "DRC,\u004d23"}"#).unwrap();
    assert!(Article::from_json(r#"{"title": "\ud800 war"}"#).is_err());
    json_case(r#"{"body": "peace", "body": "war in Goma"}"#).unwrap();
}

// Guards the JSON fields of the wrong type: an error naming the field.
#[test]
fn json_wrong_types() {
    for (json, field) in [
        (r#"{"title": ["war"]}"#, "title"),
        (r#"{"body": "x", "tags": [1, 2]}"#, "tags"),
        (r#"{"body": "x", "id": [1]}"#, "id"),
        (r#"{"body": "x", "categories": {"a": 1}}"#, "categories"),
    ] {
        let msg = Article::from_json(json).unwrap_err().to_string();
        assert!(msg.contains(field), "{json}: {msg}");
    }
}

// Guards a body much longer than a title line and a 1 MB title candidate.
#[test]
fn long_first_line() {
    let text = format!("{}\n\nwar in Goma", "x ".repeat(500_000));
    let a = Article::parse(&text).unwrap();
    assert!(a.title().is_none());
    text_case(&text);
}

// Guards Unicode whose case mapping changes length (İ, ẞ, ΐ) next to exact
// acronyms: the exact check reads the right original bytes.
#[test]
fn length_changing_case_maps() {
    text_case("İİİ US İİ DRC ẞ US ΐ RDC ǰ DRC war");
    text_case("\u{130}US \u{130}\u{130}DRC");
}

// Guards the custom-lexicon path end to end on a nasty text.
#[test]
fn custom_lexicon_with_odd_aliases() {
    let mut b = Scorer::builder();
    b.lexicon("odd.lex", "@signal conflict\no.1 cat=war w=10 : É | ß | 日本 | a-b-c | =X\n").unwrap();
    let scorer = b.build().unwrap();
    for text in ["É é e ß ss SS 日本 a b c a-b-c X x", "ÉÉ\u{301} ss-ß x X"] {
        common::check_text(text, &scorer.score_text(text));
    }
}

// ---------------------------------------------------------------------------
// Issue 15: reliability review
// ---------------------------------------------------------------------------

// Guards issue 15 (9): a leading byte-order mark made `from_json` fail at
// column 1, and `parse` kept it in the title.
#[test]
fn byte_order_mark_is_skipped() {
    let article = Article::from_json("\u{feff}{\"id\": \"b\", \"title\": \"war in Goma\"}").unwrap();
    assert_eq!((article.id(), article.title()), (Some("b"), Some("war in Goma")));
    let text = "\u{feff}Rebels seize mines\n\nM23 rebels seized coltan mines near Goma.";
    assert_eq!(Article::parse(text).unwrap().title(), Some("Rebels seize mines"));
    assert_eq!(Article::parse("\u{feff}war in Goma").unwrap().body(), Some("war in Goma"));
    text_case(text);
}

// Guards issue 15 (7): numeric ids went through f64 (12345678901234567890123
// became 1.2345678901234568e22, 1e3 became 1000.0).
#[test]
fn json_ids_kept_as_written() {
    let table = [
        (
            "big",
            r#"{"id": 12345678901234567890123, "title": "x"}"#,
            "12345678901234567890123",
            "12345678901234567890123",
        ),
        ("exponent", r#"{"id": 1e3, "title": "x"}"#, "1e3", "1e3"),
        ("negative zero", r#"{"id": -0.0, "title": "x"}"#, "-0.0", "-0.0"),
        ("escaped string", r#"{"id": "a\u0041", "title": "x"}"#, "aA", r#""a\u0041""#),
        // Found by the `jsonl_line` fuzzer (2026-12-02): a number past any
        // `f64` is still a JSON number, passed through as written.
        (
            "exponent past f64",
            r#"{"id": 15326478901E3456818700, "title": "x"}"#,
            "15326478901E3456818700",
            "15326478901E3456818700",
        ),
    ];
    for (name, json, id, token) in table {
        let article = Article::from_json(json).unwrap();
        assert_eq!((article.id(), article.id_token()), (Some(id), Some(token)), "{name}");
        assert_eq!(Scorer::default().score(&article).id.as_deref(), Some(id), "{name}");
        assert_eq!(Article::recover_id(json), Some(token), "{name}");
    }
    assert_eq!(Article::from_json(r#"{"title": "x"}"#).unwrap().with_id("y").id_token(), None);
    for json in [r#"{"id": [1], "title": 1}"#, r#"{"id": true}"#, r#"{"id": "x", "#, r#"{"title": 1}"#] {
        assert_eq!(Article::recover_id(json), None, "{json}");
    }
}

// Guards issue 15 (10): `{"title": ""}` scored zero but `{"title": null}` was
// a "no text" error; null now means empty, as a blank string does.
#[test]
fn json_null_text_is_empty_text() {
    for json in [r#"{"title": null}"#, r#"{"title": ""}"#, r#"{"text": null, "tags": "war"}"#] {
        let report = json_case(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert!(report.score.is_finite(), "{json}");
    }
    assert_eq!(Article::from_json(r#"{"id": 1, "tags": "war"}"#).unwrap_err(), ArticleError::NoText);
}

// Guards issue 15 (8): field errors said the position twice ("... at line 1
// column 12 at line 1, column 12"), "expected" twice, named serde's
// `untagged enum List`, and called a lone surrogate a hex-escape error.
#[test]
fn json_errors_say_what_and_where_once() {
    let table = [
        ("tags", r#"{"body": "x", "tags": 3}"#, "invalid article JSON at line 1, column 24: field 'tags': invalid type: integer `3`, expected a string or an array of strings"),
        ("tag item", r#"{"body": "x", "tags": ["a", 2]}"#, "invalid article JSON at line 1, column 31: field 'tags': invalid type: integer `2`, expected a string"),
        ("title", r#"{"title": 42}"#, "invalid article JSON at line 1, column 13: field 'title': invalid type: integer `42`, expected a string"),
        ("id", r#"{"id": {}, "title": "x"}"#, "invalid article JSON at line 1, column 9: field 'id': expected a string or a number, found {}"),
        ("lead surrogate", r#"{"title": "\ud800 war"}"#, "invalid article JSON at line 1, column 18: field 'title': unpaired surrogate escape \\uD800 (not a character)"),
        ("trail surrogate", r#"{"title": "\udc00"}"#, "invalid article JSON at line 1, column 17: field 'title': unpaired surrogate escape \\uDC00 (not a character)"),
    ];
    for (name, json, want) in table {
        assert_eq!(Article::from_json(json).unwrap_err().to_string(), want, "{name}");
    }
}
