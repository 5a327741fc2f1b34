//! Invariants shared by the fuzz targets (kept in sync with
//! tests/regression.rs, which replays every crash these targets find).

#![allow(dead_code)]

use georisk::{Article, Evidence, Field, RiskReport};

/// Every evidence item of a report: signal evidence, actor mentions and
/// relation cues.
pub fn all_evidence(r: &RiskReport) -> impl Iterator<Item = &Evidence> {
    r.evidence.iter().chain(
        r.actors
            .iter()
            .flat_map(|a| a.evidence.iter().chain(a.relations.iter().flat_map(|rel| &rel.evidence))),
    )
}

/// Scores and sums.
pub fn check_numbers(r: &RiskReport) {
    assert!(r.score.is_finite() && (0.0..=100.0).contains(&r.score), "score {}", r.score);
    for s in [&r.signals.conflict, &r.signals.minerals, &r.signals.foreign_involvement] {
        assert!(s.score.is_finite() && (0.0..=100.0).contains(&s.score), "signal {}", s.score);
        let sum: f64 = s.categories.values().map(|c| c.points).sum();
        assert!((sum - s.score).abs() < 0.05, "categories {sum} vs {}", s.score);
    }
    let sum: f64 = r.rules.iter().map(|c| c.contribution).sum();
    assert!((sum - r.score).abs() < 0.02, "rules {sum} vs {}", r.score);
    for a in &r.actors {
        assert!(a.confidence.is_finite() && (0.0..=1.0).contains(&a.confidence));
    }
}

/// A report for an article parsed from one text: spans index `text`.
pub fn check_text(text: &str, r: &RiskReport) {
    check_numbers(r);
    for e in all_evidence(r) {
        assert!(e.start <= e.end && e.end <= text.len(), "span {}..{} of {}", e.start, e.end, text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(&text[e.start..e.end], e.text);
    }
}

/// A report for a JSON article: spans index the string of their field.
pub fn check_fields(article: &Article<'_>, r: &RiskReport) {
    check_numbers(r);
    for e in all_evidence(r) {
        let item = e.item.unwrap_or(0);
        let field = match e.field {
            Field::Title => article.title(),
            Field::Summary => article.summary(),
            Field::Body => article.body(),
            Field::Tags => article.tags().nth(item),
            Field::Categories => article.categories().nth(item),
            _ => None,
        };
        let field = field.expect("evidence names a field the article has");
        assert!(field.is_char_boundary(e.start) && field.is_char_boundary(e.end));
        assert_eq!(&field[e.start..e.end], e.text);
    }
}
