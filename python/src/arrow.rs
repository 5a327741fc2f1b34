//! The Arrow route of `georisk.spark`: string columns read from their Arrow
//! buffers, each row scored straight from them, and the reports handed back
//! as the buffers of an Arrow string array beside one JSON line of derived
//! columns per row (read by Arrow's JSON reader): no Python object per row.

use georisk::{Article, ArticleError, Detail, RiskReport, Role};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::Serialize;
use serde_json::json;

/// An Arrow `large_string` column, read from its buffers (passed as `bytes`).
pub struct StringColumn<'a> {
    /// The validity bitmap, if the column has nulls.
    validity: Option<&'a [u8]>,
    /// `rows + 1` offsets into `data`.
    offsets: Vec<i64>,
    data: &'a [u8],
    /// The array's offset into its buffers (for the validity bits).
    offset: usize,
}

/// What `_score_arrow` returns: JSON lines, then the validity, offsets and
/// data of the `report` column.
pub type ArrowColumns<'py> =
    (Bound<'py, PyBytes>, Option<Bound<'py, PyBytes>>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);

/// A column as `_score_arrow` takes it: validity, offsets, data, offset, length.
pub type ColumnBuffers<'py> =
    (Option<Bound<'py, PyBytes>>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, usize, usize);

impl<'a> StringColumn<'a> {
    /// The column, `None` when it is absent.
    pub fn read(column: &'a Option<ColumnBuffers<'_>>, rows: usize) -> PyResult<Option<StringColumn<'a>>> {
        let Some((validity, offsets, data, offset, length)) = column else { return Ok(None) };
        if *length != rows {
            return Err(PyValueError::new_err(format!("a column has {length} rows, expected {rows}")));
        }
        let offsets: Vec<i64> = offsets
            .as_bytes()
            .chunks_exact(8)
            .skip(*offset)
            .take(rows + 1)
            .map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes")))
            .collect();
        let data = data.as_bytes();
        let valid = offsets.len() == rows + 1
            && offsets.windows(2).all(|w| 0 <= w[0] && w[0] <= w[1])
            && offsets.last().is_some_and(|&end| end as usize <= data.len());
        if !valid {
            return Err(PyValueError::new_err("malformed large_string buffers"));
        }
        let validity = validity.as_ref().map(|v| v.as_bytes());
        Ok(Some(StringColumn { validity, offsets, data, offset: *offset }))
    }

    /// The string of `row`, `None` when it is null.
    pub fn get(&self, row: usize) -> Option<&str> {
        let bit = self.offset + row;
        if self.validity.as_ref().is_some_and(|v| v.get(bit / 8).is_none_or(|b| b & (1 << (bit % 8)) == 0)) {
            return None;
        }
        let bytes = &self.data[self.offsets[row] as usize..self.offsets[row + 1] as usize];
        // Arrow strings are UTF-8; a bad buffer gives U+FFFD, not a panic.
        Some(std::str::from_utf8(bytes).unwrap_or("\u{fffd}"))
    }
}

/// One row scored: its line of derived columns (or `{"error": ...}` for a
/// row that cannot be scored, all other columns null) and its report.
pub struct Row {
    line: String,
    report: Option<String>,
}

/// Scores one row. Null fields are left out, as Spark's `to_json` does for
/// the pipe route: a row with neither title nor body is an error, as its
/// JSON line is for the CLI.
pub fn score_row(
    scorer: &georisk::Scorer,
    detail: Detail,
    id: Option<&str>,
    title: Option<&str>,
    body: Option<&str>,
) -> Row {
    if title.is_none() && body.is_none() {
        return Row { line: json!({ "error": ArticleError::NoText.to_string() }).to_string(), report: None };
    }
    let mut article = Article::builder().title(title.unwrap_or("")).body(body.unwrap_or(""));
    if let Some(id) = id {
        article = article.id(id);
    }
    let article = article.build();
    let report = scorer.score_detail(&article, detail);
    let fingerprint = georisk::index::fingerprint(&article).map(|f| format!("{f:016x}"));
    let line = serde_json::to_string(&Columns::of(&report, fingerprint)).expect("columns serialise");
    Row { line, report: Some(serde_json::to_string(&report).expect("a report serialises")) }
}

/// A relation as the `relations` column holds it (no evidence).
#[derive(Serialize)]
struct RelationColumn<'r> {
    source: &'r str,
    #[serde(rename = "type")]
    kind: &'static str,
    target: &'r str,
    alleged: bool,
    negated: bool,
    points: f64,
}

/// The columns of `georisk.spark.score` but `report` and `error`.
#[derive(Serialize)]
struct Columns<'r> {
    score: f64,
    level: &'static str,
    conflict: f64,
    minerals: f64,
    foreign_involvement: f64,
    focus: Vec<&'r str>,
    foreign_powers: Vec<&'r str>,
    relations: Vec<RelationColumn<'r>>,
    fingerprint: Option<String>,
}

impl<'r> Columns<'r> {
    /// The columns: `focus` are the actors in the focus role;
    /// `foreign_powers` those in the foreign role, then the sources of
    /// relations that are not negated.
    fn of(report: &'r RiskReport, fingerprint: Option<String>) -> Columns<'r> {
        let with_role =
            |role: Role| report.actors.iter().filter(move |a| a.role == role).map(|a| a.id.as_str());
        let mut foreign_powers: Vec<&str> = Vec::new();
        let acting = report.relations.iter().filter(|r| !r.negated).map(|r| r.source.as_str());
        for id in with_role(Role::Foreign).chain(acting) {
            if !foreign_powers.contains(&id) {
                foreign_powers.push(id);
            }
        }
        let relations = report
            .relations
            .iter()
            .map(|r| RelationColumn {
                source: &r.source,
                kind: r.kind.as_str(),
                target: &r.target,
                alleged: r.alleged,
                negated: r.negated,
                points: r.points,
            })
            .collect();
        let signals = &report.signals;
        Columns {
            score: report.score,
            level: report.level.as_str(),
            conflict: signals.conflict.score,
            minerals: signals.minerals.score,
            foreign_involvement: signals.foreign_involvement.score,
            focus: with_role(Role::Focus).collect(),
            foreign_powers,
            relations,
            fingerprint,
        }
    }
}

/// The scored rows of a batch as `_score_arrow` returns them: one JSON
/// line of columns per row, then the validity bitmap (`None`: no nulls),
/// `i32` offsets and UTF-8 data of the `report` column.
pub fn arrow_columns<'py>(py: Python<'py>, rows: &[Row]) -> PyResult<ArrowColumns<'py>> {
    let reports = || rows.iter().map(|r| r.report.as_deref().unwrap_or(""));
    let size = reports().map(str::len).sum::<usize>();
    if i32::try_from(size).is_err() {
        return Err(PyValueError::new_err(
            "the reports of one batch pass 2 GiB: lower spark.sql.execution.arrow.maxRecordsPerBatch",
        ));
    }
    let lines = rows.iter().flat_map(|r| [r.line.as_bytes(), b"\n"]);
    let lines = joined(py, rows.iter().map(|r| r.line.len() + 1).sum(), lines)?;
    let data = joined(py, size, reports().map(str::as_bytes))?;
    let mut offsets = Vec::with_capacity(4 * (rows.len() + 1));
    let mut end = 0;
    offsets.extend_from_slice(&0i32.to_le_bytes());
    for report in reports() {
        end += report.len() as i32;
        offsets.extend_from_slice(&end.to_le_bytes());
    }
    let validity = rows.iter().any(|r| r.report.is_none()).then(|| {
        let mut bits = vec![0u8; rows.len().div_ceil(8)];
        for (i, _) in rows.iter().enumerate().filter(|(_, r)| r.report.is_some()) {
            bits[i / 8] |= 1 << (i % 8);
        }
        PyBytes::new(py, &bits)
    });
    Ok((lines, validity, PyBytes::new(py, &offsets), data))
}

/// `parts` (of `len` bytes in all) written one after the other into one
/// `bytes`, without a buffer in between.
fn joined<'py, 'a>(
    py: Python<'py>,
    len: usize,
    parts: impl Iterator<Item = &'a [u8]>,
) -> PyResult<Bound<'py, PyBytes>> {
    PyBytes::new_with(py, len, |buf| {
        let mut at = 0;
        for part in parts {
            buf[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
        Ok(())
    })
}
