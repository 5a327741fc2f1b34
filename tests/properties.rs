//! Invariants that hold for any input.

use georisk::{Article, Detail, Evidence, RiskReport, Scorer};
use proptest::prelude::*;

/// Text that mixes knowledge-base words, punctuation, other scripts and
/// control characters, so that matches actually happen.
fn newsy_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "war",
        "M23",
        "rebels",
        "seized",
        "coltan",
        "mines",
        "Rwanda",
        "Rwanda's",
        "US",
        "us",
        "DRC",
        "Congo",
        "ceasefire",
        "trade war",
        "killed",
        "Goma",
        "États-Unis",
        "RDC",
        "gold",
        "troops",
        "backing",
        "denies",
        "similar to",
        "Ukraine",
        "Georgia",
        "Tbilisi",
        ".",
        ",",
        "\n",
        "\r\n",
        "\u{200b}",
        "\u{a0}",
        "ß",
        "İ",
        "é",
        "e\u{301}",
        "日本",
        "مرحبا",
        "-",
        "’s",
        "\u{feff}",
        "\0",
    ]);
    (prop::collection::vec(words, 0..60), prop::collection::vec(any::<char>(), 0..8)).prop_map(
        |(w, noise)| {
            let mut s = w.join(" ");
            s.extend(noise);
            s
        },
    )
}

fn check_invariants(text: &str, r: &RiskReport) -> Result<(), TestCaseError> {
    prop_assert!(r.score.is_finite() && (0.0..=100.0).contains(&r.score));
    for s in [&r.signals.conflict, &r.signals.minerals, &r.signals.foreign_involvement] {
        prop_assert!(s.score.is_finite() && (0.0..=100.0).contains(&s.score));
        let sum: f64 = s.categories.values().map(|c| c.points).sum();
        prop_assert!((sum - s.score).abs() < 0.05, "categories {} vs {}", sum, s.score);
    }
    let sum: f64 = r.rules.iter().map(|c| c.contribution).sum();
    prop_assert!((sum - r.score).abs() < 0.02, "rules {} vs {}", sum, r.score);
    let spans = r.evidence.iter().chain(r.actors.iter().flat_map(|a| &a.evidence));
    for e in spans {
        prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
    }
    Ok(())
}

/// What a report at `detail` must be, derived from the `full` one: the
/// same, with what the level leaves out emptied.
fn at_detail(full: &RiskReport, detail: Detail) -> RiskReport {
    fn spans(e: &mut Evidence) {
        e.text.clear();
        e.sentence.clear();
    }
    let mut r = full.clone();
    r.detail = detail;
    if detail == Detail::Full {
        return r;
    }
    r.rules.iter_mut().for_each(|rule| rule.explanation.clear());
    r.relations.iter_mut().flat_map(|rel| &mut rel.evidence).for_each(spans);
    for a in &mut r.actors {
        a.relations.iter_mut().flat_map(|rel| &mut rel.evidence).for_each(spans);
        a.evidence.iter_mut().for_each(spans);
        if detail == Detail::Scores {
            a.evidence.clear();
            a.relations.clear();
        }
    }
    r.evidence.iter_mut().for_each(spans);
    if detail == Detail::Scores {
        r.evidence.clear();
    }
    r
}

/// Every level keeps the full report's fields, spans recover the text, and
/// the lean report survives a JSON round trip.
fn check_details(scorer: &Scorer, text: &str) -> Result<(), TestCaseError> {
    let full = scorer.score_text(text);
    for detail in [Detail::Scores, Detail::Spans, Detail::Full] {
        let r = scorer.score_text_detail(text, detail);
        prop_assert_eq!(&r, &at_detail(&full, detail), "{}", detail);
        let json = serde_json::to_string(&r).expect("serialises");
        prop_assert_eq!(json.contains(r#""detail":"#), detail != Detail::Full);
        prop_assert_eq!(&serde_json::from_str::<RiskReport>(&json).expect("reads back"), &r);
    }
    for e in &full.evidence {
        // Spans index the input text: what `spans` leaves out is recoverable.
        prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
    }
    Ok(())
}

#[test]
fn detail_levels_on_the_samples() {
    let scorer = Scorer::default();
    let mut lean_scored = 0;
    for entry in std::fs::read_dir("data/samples").expect("samples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("sample");
            check_details(&scorer, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let lean = scorer.score_text_detail(&text, Detail::Scores);
            lean_scored += usize::from(!lean.relations.is_empty() && lean.evidence.is_empty());
        }
    }
    // The samples do exercise relations (kept) beside evidence (left out).
    assert!(lean_scored >= 3, "{lean_scored}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_scores_within_bounds(text in newsy_text()) {
        let r = Scorer::default().score_text(&text);
        check_invariants(&text, &r)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let r = Scorer::default().score_text(&text);
        check_invariants(&text, &r)?;
    }

    #[test]
    fn every_detail_keeps_the_full_reports_fields(text in newsy_text()) {
        check_details(&Scorer::default(), &text)?;
    }

    #[test]
    fn scoring_is_deterministic(text in newsy_text()) {
        let scorer = Scorer::default();
        prop_assert_eq!(scorer.score_text(&text), scorer.score_text(&text));
    }

    #[test]
    fn adding_a_conflict_term_never_lowers_conflict(text in newsy_text()) {
        let scorer = Scorer::default();
        let before = scorer.score(&Article::from_body(&text)).signals.conflict.score;
        let more = format!("{text} airstrike");
        let after = scorer.score(&Article::from_body(&more)).signals.conflict.score;
        prop_assert!(after >= before, "{} -> {}", before, after);
    }

    #[test]
    fn case_changes_do_not_change_folded_matches(words in prop::collection::vec(prop::sample::select(vec![
        "war", "WAR", "Guerre", "état de siège", "ÉTAT DE SIÈGE", "adf", "ADF", "x", "Élan", "ß", "İ",
    ]), 0..12)) {
        let text = words.join(" ");
        let mut builder = Scorer::builder();
        builder.clear_lexicons();
        builder.lexicon("p.lex", "@signal conflict\np.war cat=war w=3 : war | guerre | état de siège\np.acr cat=armed_actor w=1 : =ADF\n").unwrap();
        let scorer = builder.build().unwrap();
        let folded_terms = |t: &str| {
            let r = scorer.score(&Article::from_body(t));
            r.evidence.iter().filter(|e| e.term != "ADF").map(|e| e.term.clone()).collect::<Vec<_>>()
        };
        let base = folded_terms(&text);
        prop_assert_eq!(&base, &folded_terms(&text.to_uppercase()));
        prop_assert_eq!(&base, &folded_terms(&text.to_lowercase()));
    }

    #[test]
    fn json_articles_never_panic(json in "\\{(\"(title|body|id|tags)\": ?(\"[a-zA-Z ]{0,10}\"|[0-9]{1,3}|null|\\[\\]),? ?){0,4}\\}?") {
        match Article::from_json(&json) {
            Ok(a) => { let _ = Scorer::default().score(&a); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn one_scorer_many_threads_same_reports() {
    let scorer = Scorer::default();
    let texts: Vec<String> = (0..2000)
        .map(|i| {
            format!(
                "Report {i}: M23 rebels seized {} mines near Goma; Rwanda denies backing them. {}",
                i % 7,
                "war ".repeat(i % 5)
            )
        })
        .collect();
    let sequential: Vec<RiskReport> = texts.iter().map(|t| scorer.score_text(t)).collect();
    let parallel: Vec<RiskReport> = std::thread::scope(|s| {
        let chunks: Vec<_> = texts
            .chunks(texts.len() / 4)
            .map(|chunk| {
                let scorer = scorer.clone();
                s.spawn(move || chunk.iter().map(|t| scorer.score_text(t)).collect::<Vec<_>>())
            })
            .collect();
        chunks.into_iter().flat_map(|h| h.join().expect("no panic")).collect()
    });
    assert_eq!(sequential, parallel);
}
