//! One report as one JSON line, the way `georisk score --jsonl` writes it.

use crate::article::Article;
use crate::report::RiskReport;

/// Serialises `report` as one line of JSON (no newline) for the `article`
/// it was scored from: the `id` is the input's id token exactly as it was
/// written (`1e3` stays `1e3`, a 23-digit number keeps its digits, a string
/// stays a string; `null` when there was none), and the input's `published`
/// follows it, so that `georisk index --from-reports` can read the line.
/// The rest is the report's JSON, unchanged.
///
/// # Example
///
/// ```
/// # fn main() -> Result<(), georisk::ArticleError> {
/// let article = georisk::Article::from_json(
///     r#"{"id": 12345678901234567890123, "published": "2025-03-12", "title": "Clashes in Goma"}"#,
/// )?;
/// let report = georisk::Scorer::default().score(&article);
/// let line = georisk::json_line(report, &article);
/// assert!(line.starts_with(r#"{"id":12345678901234567890123,"published":"2025-03-12","score":"#));
/// # Ok(()) }
/// ```
pub fn json_line(mut report: RiskReport, article: &Article<'_>) -> String {
    let id = article.id_token().unwrap_or("null");
    let mut out = String::with_capacity(1024);
    out.push_str("{\"id\":");
    out.push_str(id);
    if let Some(published) = article.published() {
        out.push_str(",\"published\":");
        out.push_str(&serde_json::Value::from(published).to_string());
    }
    // The report's own `id` is a string: write it as `null` and drop that
    // member, so the token above stands in its place.
    report.id = None;
    let json = serde_json::to_string(&report).expect("a report serialises: its maps have string keys");
    out.push_str(json.strip_prefix("{\"id\":null").expect("a report begins with its id"));
    out
}
