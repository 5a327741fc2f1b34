//! Python bindings of georisk: the native module `georisk._native`.
//!
//! Reports cross into Python as the same JSON the CLI writes (`georisk
//! score --format json` and `--jsonl`), decoded by Python's `json` module
//! or handed over as strings. Batch scoring releases the GIL and runs on
//! the library's own threads (`georisk::Scorer::map_batch`); the Arrow
//! entry point used by `georisk.spark` reads string columns from their Arrow
//! buffers and returns the reports as the buffers of an Arrow string array
//! beside one JSON line of derived columns per row: no per-row Python object.

use std::borrow::Cow;
use std::fs;
use std::num::NonZeroUsize;

use georisk::{Article, Error, GprMode};
use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    _native,
    BuildError,
    PyValueError,
    "A lexicon or rules file could not be compiled.\n\n\
     Attributes: `file` (the name or path given), `line` (1-based; 0 for a\n\
     problem of the whole file set) and `reason` (the problem)."
);
create_exception!(
    _native,
    ArticleError,
    PyValueError,
    "An article could not be read: malformed JSON, a field of the wrong type,\n\
     no text at all, or over the maximum article size."
);

/// Items that `score_many` converts, scores and hands back at a time.
const CHUNK: usize = 1024;

/// A knowledge file as the builder gets it: its name and its text.
type Source = (String, String);

/// A compiled scorer and the sources it was built from (to pickle it).
#[pyclass(frozen, module = "georisk")]
struct Scorer {
    inner: georisk::Scorer,
    lexicons: Vec<Source>,
    rules: Option<Source>,
    gpr: Option<String>,
    gpr_rules: Option<Source>,
}

/// One item to score, owned so that the GIL can be released.
enum Input {
    /// Plain text or the aggregator layout.
    Text(String),
    /// A JSON article (a dict dumped by Python's `json`).
    Json(String),
}

#[pymethods]
impl Scorer {
    /// Compiles a scorer from the embedded knowledge base plus your files.
    #[new]
    #[pyo3(signature = (lexicons = None, rules = None, gpr = None, gpr_rules = None))]
    fn new(
        lexicons: Option<&Bound<'_, PyAny>>,
        rules: Option<&Bound<'_, PyAny>>,
        gpr: Option<String>,
        gpr_rules: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Scorer> {
        let lexicons = match lexicons {
            None => Vec::new(),
            Some(obj) => match obj.downcast::<PyDict>() {
                Ok(dict) => {
                    dict.iter().map(|(k, v)| Ok((k.extract()?, v.extract()?))).collect::<PyResult<_>>()?
                }
                Err(_) => obj.try_iter()?.map(|path| read_source(&path?)).collect::<PyResult<_>>()?,
            },
        };
        let rules = rules.map(read_source).transpose()?;
        let gpr_rules = gpr_rules.map(read_source).transpose()?;
        Scorer::from_sources(lexicons, rules, gpr, gpr_rules)
    }

    /// Rebuilds a scorer from the sources `__reduce__` gives.
    #[staticmethod]
    fn _from_sources(
        lexicons: Vec<Source>,
        rules: Option<Source>,
        gpr: Option<String>,
        gpr_rules: Option<Source>,
    ) -> PyResult<Scorer> {
        Scorer::from_sources(lexicons, rules, gpr, gpr_rules)
    }

    /// Pickles as its sources (`georisk._restore` caches the rebuilt
    /// scorer, so each process compiles it once).
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let restore = py.import("georisk")?.getattr("_restore")?;
        let lexicons = PyTuple::new(py, &self.lexicons)?;
        let args = (lexicons, self.rules.clone(), self.gpr.clone(), self.gpr_rules.clone());
        Ok((restore, args.into_pyobject(py)?))
    }

    fn __repr__(&self) -> String {
        let ruleset = self.inner.ruleset();
        format!(
            "Scorer(version={:?}, hash={:?}, patterns={})",
            ruleset.version,
            ruleset.hash,
            self.inner.pattern_count()
        )
    }

    /// The `version` and `hash` of the knowledge, as in every report.
    #[getter]
    fn ruleset<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let ruleset = self.inner.ruleset();
        let dict = PyDict::new(py);
        dict.set_item("version", ruleset.version.as_str())?;
        dict.set_item("hash", ruleset.hash.as_str())?;
        Ok(dict)
    }

    /// Scores one article: a `str` of text, or a `dict` with the JSON fields.
    fn score<'py>(&self, py: Python<'py>, item: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let codec = PyJson::new(py)?;
        let input = codec.input(item)?;
        let json = py.allow_threads(|| report_json(&self.inner, &input)).map_err(|e| match e {
            Error::Article(e) => ArticleError::new_err(e.to_string()),
            e => PyValueError::new_err(e.to_string()),
        })?;
        codec.loads(&json)
    }

    /// Scores many articles on `threads` threads (default: all cores) with
    /// the GIL released; reports in input order, a bad item giving
    /// `{"id": ..., "error": ...}` in its place.
    #[pyo3(signature = (items, threads = None, as_json = false))]
    fn score_many<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        threads: Option<usize>,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let codec = PyJson::new(py)?;
        let threads =
            threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get));
        let mut items = items.try_iter()?;
        let out = PyList::empty(py);
        // In chunks, so that memory is reused while it is still in cache.
        loop {
            let chunk =
                items.by_ref().take(CHUNK).map(|item| codec.input(&item?)).collect::<PyResult<Vec<_>>>()?;
            if chunk.is_empty() {
                return Ok(out);
            }
            let lines = py.allow_threads(|| {
                self.inner.map_batch(&chunk, threads, |scorer, input| {
                    report_json(scorer, input).unwrap_or_else(|e| error_json(input, &e.to_string()))
                })
            });
            for line in lines {
                if as_json {
                    out.append(PyString::new(py, &line))?;
                } else {
                    out.append(codec.loads(&line)?)?;
                }
            }
        }
    }

    /// Scores the rows of Arrow `large_string` columns (each `None` or
    /// `(validity, offsets, data, offset, length)` buffers) with the GIL
    /// released. Returns the columns of `georisk.spark.score` but `report`
    /// as JSON lines, one per row, and the `report` column as the buffers of
    /// an Arrow `string` array: `(lines, validity, offsets, data)`.
    #[pyo3(signature = (ids, titles, bodies, rows, threads = 1))]
    fn _score_arrow<'py>(
        &self,
        py: Python<'py>,
        ids: Option<ColumnBuffers<'py>>,
        titles: Option<ColumnBuffers<'py>>,
        bodies: Option<ColumnBuffers<'py>>,
        rows: usize,
        threads: usize,
    ) -> PyResult<ArrowColumns<'py>> {
        let (ids, titles, bodies) = (
            StringColumn::read(&ids, rows)?,
            StringColumn::read(&titles, rows)?,
            StringColumn::read(&bodies, rows)?,
        );
        let scored = py.allow_threads(|| {
            let indices: Vec<usize> = (0..rows).collect();
            self.inner.map_batch(&indices, threads, |scorer, &row| {
                let [id, title, body] = [&ids, &titles, &bodies].map(|c| c.as_ref().and_then(|c| c.get(row)));
                score_row(scorer, id, title, body)
            })
        });
        let out = ArrowOut::collect(scored)?;
        let bytes = |b: &[u8]| PyBytes::new(py, b);
        Ok((bytes(&out.lines), out.validity.as_deref().map(bytes), bytes(&out.offsets), bytes(&out.data)))
    }
}

impl Scorer {
    fn from_sources(
        lexicons: Vec<Source>,
        rules: Option<Source>,
        gpr: Option<String>,
        gpr_rules: Option<Source>,
    ) -> PyResult<Scorer> {
        let mut builder = georisk::Scorer::builder();
        for (name, src) in &lexicons {
            builder.lexicon(name, src).map_err(|e| build_error(e, None))?;
        }
        if let Some((name, src)) = &rules {
            builder.rules_named(name, src).map_err(|e| build_error(e, None))?;
        }
        if let Some((name, src)) = &gpr_rules {
            builder.gpr_rules(src).map_err(|e| build_error(e, Some(("gpr.rules", name))))?;
        }
        if let Some(mode) = &gpr {
            let mode: GprMode = mode.parse().map_err(|_| {
                PyValueError::new_err(format!("gpr must be 'soft' or 'hard', found '{mode}'"))
            })?;
            builder.gpr(mode);
        }
        let inner = builder.build().map_err(|e| build_error(e, None))?;
        Ok(Scorer { inner, lexicons, rules, gpr, gpr_rules })
    }
}

/// Reads a knowledge file given by path (`str` or `os.PathLike`): its path
/// names it in errors.
fn read_source(path: &Bound<'_, PyAny>) -> PyResult<Source> {
    let path: String = path.py().import("os")?.call_method1("fspath", (path,))?.extract()?;
    let text =
        fs::read_to_string(&path).map_err(|e| PyOSError::new_err(format!("cannot read {path}: {e}")))?;
    Ok((path, text))
}

/// A `BuildError` exception with `file`, `line` and `reason` attributes;
/// `rename` = `(default, name)` names the file `name` where the library
/// says `default` (it names GPR rules `gpr.rules`, whatever their path).
fn build_error(e: georisk::BuildError, rename: Option<(&str, &str)>) -> PyErr {
    let file = match rename {
        Some((default, name)) if e.file() == default => name,
        _ => e.file(),
    };
    let reason = e.kind().to_string();
    let message = match e.line() {
        0 => format!("{file}: {reason}"),
        line => format!("{file}:{line}: {reason}"),
    };
    Python::with_gil(|py| {
        let err = BuildError::new_err(message);
        let value = err.value(py);
        let set = value
            .setattr("file", file)
            .and_then(|()| value.setattr("line", e.line()))
            .and_then(|()| value.setattr("reason", reason));
        set.map_or_else(|e| e, |()| err)
    })
}

/// Python's `json.dumps` and `json.loads`, looked up once per call.
struct PyJson<'py> {
    dumps: Bound<'py, PyAny>,
    loads: Bound<'py, PyAny>,
}

impl<'py> PyJson<'py> {
    fn new(py: Python<'py>) -> PyResult<PyJson<'py>> {
        let json = py.import("json")?;
        Ok(PyJson { dumps: json.getattr("dumps")?, loads: json.getattr("loads")? })
    }

    /// A `str` is text; a `dict` is a JSON article.
    fn input(&self, item: &Bound<'py, PyAny>) -> PyResult<Input> {
        if let Ok(text) = item.downcast::<PyString>() {
            Ok(Input::Text(text.to_cow()?.into_owned()))
        } else if item.is_instance_of::<PyDict>() {
            Ok(Input::Json(self.dumps.call1((item,))?.extract()?))
        } else {
            let kind = item.get_type().name()?;
            Err(PyTypeError::new_err(format!("an article is a str or a dict, not {kind}")))
        }
    }

    /// A report's JSON as a dict.
    fn loads(&self, json: &str) -> PyResult<Bound<'py, PyAny>> {
        self.loads.call1((json,))
    }
}

/// The report of one input as the CLI writes it: for JSON input, the `id`
/// is the input's token as written (`7` stays a number).
fn report_json(scorer: &georisk::Scorer, input: &Input) -> Result<String, Error> {
    match input {
        Input::Text(text) => Ok(to_json(&scorer.score_text(text))),
        Input::Json(json) => {
            let article = Article::from_json(json)?;
            Ok(georisk::json_line(scorer.score(&article), &article))
        }
    }
}

/// A report as JSON (which cannot fail: its maps have string keys).
fn to_json(report: &georisk::RiskReport) -> String {
    serde_json::to_string(report).expect("a report serialises")
}

/// `{"id": ..., "error": ...}` as the CLI writes for a bad line.
fn error_json(input: &Input, error: &str) -> String {
    let id = match input {
        Input::Json(json) => Article::recover_id(json).unwrap_or("null"),
        Input::Text(_) => "null",
    };
    format!("{{\"id\":{id},\"error\":{}}}", Value::from(error))
}

/// An Arrow `large_string` column, read from its buffers (passed as `bytes`).
struct StringColumn<'a> {
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
type ArrowColumns<'py> =
    (Bound<'py, PyBytes>, Option<Bound<'py, PyBytes>>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);

/// A column as `_score_arrow` takes it: validity, offsets, data, offset, length.
type ColumnBuffers<'py> =
    (Option<Bound<'py, PyBytes>>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, usize, usize);

impl<'a> StringColumn<'a> {
    /// The column, `None` when it is absent.
    fn read(column: &'a Option<ColumnBuffers<'_>>, rows: usize) -> PyResult<Option<StringColumn<'a>>> {
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
    fn get(&self, row: usize) -> Option<&str> {
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
struct Row {
    line: String,
    report: Option<String>,
}

fn score_row(scorer: &georisk::Scorer, id: Option<&str>, title: Option<&str>, body: Option<&str>) -> Row {
    // Null fields are left out, as Spark's `to_json` does: a row with
    // neither title nor body is an error, as its JSON line is for the CLI.
    let fields = [("id", id), ("title", title), ("body", body)];
    let article: Map<String, Value> =
        fields.iter().filter_map(|&(k, v)| Some((k.to_string(), v?.into()))).collect();
    let json = Value::Object(article).to_string();
    match Article::from_json(&json) {
        Ok(article) => {
            let report = to_json(&scorer.score(&article));
            let fingerprint = georisk::index::fingerprint(&article).map(|f| format!("{f:016x}"));
            let view: ReportView<'_> = serde_json::from_str(&report).expect("a report reads as its view");
            let line = serde_json::to_string(&view.columns(fingerprint)).expect("columns serialise");
            Row { line, report: Some(report) }
        }
        Err(e) => Row { line: json!({ "error": e.to_string() }).to_string(), report: None },
    }
}

/// What the Spark columns need of a report's JSON (other fields skipped).
#[derive(Deserialize)]
struct ReportView<'a> {
    score: f64,
    #[serde(borrow)]
    level: Cow<'a, str>,
    signals: SignalsView,
    #[serde(borrow)]
    actors: Vec<ActorView<'a>>,
    #[serde(borrow)]
    relations: Vec<RelationView<'a>>,
}

#[derive(Deserialize)]
struct SignalsView {
    conflict: ScoreView,
    minerals: ScoreView,
    foreign_involvement: ScoreView,
}

#[derive(Deserialize)]
struct ScoreView {
    score: f64,
}

#[derive(Deserialize)]
struct ActorView<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    role: Cow<'a, str>,
}

/// A relation as the `relations` column holds it (no evidence).
#[derive(Deserialize, Serialize)]
struct RelationView<'a> {
    #[serde(borrow)]
    source: Cow<'a, str>,
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    target: Cow<'a, str>,
    alleged: bool,
    negated: bool,
    points: f64,
}

/// The columns of `georisk.spark.score` but `report` and `error`.
#[derive(Serialize)]
struct Columns<'v> {
    score: f64,
    level: &'v str,
    conflict: f64,
    minerals: f64,
    foreign_involvement: f64,
    focus: Vec<&'v str>,
    foreign_powers: Vec<&'v str>,
    relations: &'v [RelationView<'v>],
    fingerprint: Option<String>,
}

impl<'a> ReportView<'a> {
    /// The columns: `focus` are the actors in the focus role;
    /// `foreign_powers` those in the foreign role, then the sources of
    /// relations that are not negated.
    fn columns(&self, fingerprint: Option<String>) -> Columns<'_> {
        let with_role =
            |role: &'static str| self.actors.iter().filter(move |a| a.role == role).map(|a| &*a.id);
        let mut foreign_powers: Vec<&str> = Vec::new();
        let acting = self.relations.iter().filter(|r| !r.negated).map(|r| &*r.source);
        for id in with_role("foreign").chain(acting) {
            if !foreign_powers.contains(&id) {
                foreign_powers.push(id);
            }
        }
        Columns {
            score: self.score,
            level: &self.level,
            conflict: self.signals.conflict.score,
            minerals: self.signals.minerals.score,
            foreign_involvement: self.signals.foreign_involvement.score,
            focus: with_role("focus").collect(),
            foreign_powers,
            relations: &self.relations,
            fingerprint,
        }
    }
}

/// The scored rows of a batch, laid out for Arrow.
struct ArrowOut {
    /// One JSON line of columns per row.
    lines: Vec<u8>,
    /// The `report` column: validity bitmap (`None`: no nulls), `i32`
    /// offsets and UTF-8 data.
    validity: Option<Vec<u8>>,
    offsets: Vec<u8>,
    data: Vec<u8>,
}

impl ArrowOut {
    fn collect(rows: Vec<Row>) -> PyResult<ArrowOut> {
        let mut out = ArrowOut {
            lines: Vec::new(),
            validity: None,
            offsets: 0i32.to_le_bytes().to_vec(),
            data: Vec::new(),
        };
        let mut bits = vec![0u8; rows.len().div_ceil(8)];
        for (i, row) in rows.iter().enumerate() {
            out.lines.extend_from_slice(row.line.as_bytes());
            out.lines.push(b'\n');
            if let Some(report) = &row.report {
                bits[i / 8] |= 1 << (i % 8);
                out.data.extend_from_slice(report.as_bytes());
            }
            let end = i32::try_from(out.data.len()).map_err(|_| {
                PyValueError::new_err(
                    "the reports of one batch pass 2 GiB: lower spark.sql.execution.arrow.maxRecordsPerBatch",
                )
            })?;
            out.offsets.extend_from_slice(&end.to_le_bytes());
        }
        if rows.iter().any(|r| r.report.is_none()) {
            out.validity = Some(bits);
        }
        Ok(out)
    }
}

/// The native part of the `georisk` package.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Scorer>()?;
    m.add("BuildError", m.py().get_type::<BuildError>())?;
    m.add("ArticleError", m.py().get_type::<ArticleError>())?;
    Ok(())
}
