//! Python bindings of georisk: the native module `georisk._native`.
//!
//! Reports cross into Python as the dicts `json.loads` would make of the
//! JSON the CLI writes (`georisk score --format json` and `--jsonl`), built
//! directly from the report (`to_py`), or as those JSON strings. Dicts in
//! are read field by field (`input`). Scoring releases the GIL and runs on
//! the library's own threads (`georisk::Scorer::map_batch`); `arrow` is the
//! entry point of `georisk.spark`.

mod arrow;
mod input;
mod to_py;

use std::fs;
use std::num::NonZeroUsize;

use georisk::{Detail, GprMode, RiskReport};
use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use serde_json::Value;

use crate::arrow::{arrow_columns, score_row, ArrowColumns, ColumnBuffers, StringColumn};
use crate::input::Input;
use crate::to_py::ToPy;

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
    "An article could not be read: a field of the wrong type (the message\n\
     names it), no text at all, or over the maximum article size."
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

    /// Scores one article: a `str` of text, or a `dict` with the JSON fields,
    /// at `detail` (`"scores"`, `"spans"` or `"full"`, as the CLI's
    /// `--detail`).
    #[pyo3(signature = (item, detail = "full"))]
    fn score<'py>(
        &self,
        py: Python<'py>,
        item: &Bound<'py, PyAny>,
        detail: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let detail = parse_detail(detail)?;
        let input = Input::read(item)?;
        match py.allow_threads(|| score_input(&self.inner, &input, detail)) {
            Ok(report) => report_dict(&mut ToPy::new(py), &input, &report),
            Err(e) => Err(ArticleError::new_err(e)),
        }
    }

    /// Scores many articles on `threads` threads (default: all cores) with
    /// the GIL released; reports in input order, a bad item giving
    /// `{"id": ..., "error": ...}` in its place.
    #[pyo3(signature = (items, threads = None, as_json = false, detail = "full"))]
    fn score_many<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        threads: Option<usize>,
        as_json: bool,
        detail: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let detail = parse_detail(detail)?;
        let threads =
            threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get));
        let mut items = items.try_iter()?;
        let out = PyList::empty(py);
        let mut to_py = ToPy::new(py);
        let _gc = (!as_json).then(|| GcPause::new(py)).transpose()?;
        // In chunks, so that memory is reused while it is still in cache.
        loop {
            let chunk =
                items.by_ref().take(CHUNK).map(|item| Input::read(&item?)).collect::<PyResult<Vec<_>>>()?;
            if chunk.is_empty() {
                return Ok(out);
            }
            if as_json {
                let lines = py
                    .allow_threads(|| self.inner.map_batch(&chunk, threads, |s, i| json_line(s, i, detail)));
                for line in lines {
                    out.append(PyString::new(py, &line))?;
                }
            } else {
                let reports = py.allow_threads(|| {
                    self.inner.map_batch(&chunk, threads, |s, i| score_input(s, i, detail))
                });
                for (input, report) in chunk.iter().zip(reports) {
                    let dict = match report {
                        Ok(report) => report_dict(&mut to_py, input, &report)?,
                        Err(e) => error_dict(py, input, &e)?,
                    };
                    out.append(dict)?;
                }
            }
        }
    }

    /// Scores the rows of Arrow `large_string` columns (each `None` or
    /// `(validity, offsets, data, offset, length)` buffers) with the GIL
    /// released. Returns the columns of `georisk.spark.score` but `report`
    /// as JSON lines, one per row, and the `report` column as the buffers of
    /// an Arrow `string` array: `(lines, validity, offsets, data)`; the
    /// reports at `detail`.
    #[pyo3(signature = (ids, titles, bodies, rows, threads = 1, detail = "full"))]
    #[allow(clippy::too_many_arguments)]
    fn _score_arrow<'py>(
        &self,
        py: Python<'py>,
        ids: Option<ColumnBuffers<'py>>,
        titles: Option<ColumnBuffers<'py>>,
        bodies: Option<ColumnBuffers<'py>>,
        rows: usize,
        threads: usize,
        detail: &str,
    ) -> PyResult<ArrowColumns<'py>> {
        let detail = parse_detail(detail)?;
        let (ids, titles, bodies) = (
            StringColumn::read(&ids, rows)?,
            StringColumn::read(&titles, rows)?,
            StringColumn::read(&bodies, rows)?,
        );
        let scored = py.allow_threads(|| {
            let indices: Vec<usize> = (0..rows).collect();
            self.inner.map_batch(&indices, threads, |scorer, &row| {
                let [id, title, body] = [&ids, &titles, &bodies].map(|c| c.as_ref().and_then(|c| c.get(row)));
                score_row(scorer, detail, id, title, body)
            })
        });
        arrow_columns(py, &scored)
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

/// Python's cyclic garbage collector paused while reports are built, and
/// resumed (if it ran before) when dropped. Reports hold no cycles, but
/// their millions of new dicts and lists start collections that walk every
/// report built so far: with it running, `score_many` with dicts out over
/// the corpus took 1.8 times the CPU time (2.8 s against 1.55 s, measured
/// when reports were still made by `json.loads`).
struct GcPause<'py>(Option<Bound<'py, PyModule>>);

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause(None));
        }
        gc.call_method0("disable")?;
        Ok(GcPause(Some(gc)))
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.0 {
            // Enabling the collector cannot fail; a failure is not worth a panic.
            let _ = gc.call_method0("enable");
        }
    }
}

/// A `detail` argument, or `ValueError` naming the levels.
fn parse_detail(detail: &str) -> PyResult<Detail> {
    detail.parse().map_err(|_| {
        PyValueError::new_err(format!("detail must be 'scores', 'spans' or 'full', found '{detail}'"))
    })
}

/// The report of an input at `detail`, or why it cannot be scored.
fn score_input(scorer: &georisk::Scorer, input: &Input, detail: Detail) -> Result<RiskReport, String> {
    match input {
        Input::Text(text) => Ok(scorer.score_text_detail(text, detail)),
        Input::Dict(_, fields) => {
            Ok(scorer.score_detail(&fields.as_ref().map_err(Clone::clone)?.article(), detail))
        }
    }
}

/// An input's report as the CLI writes it, its dict's `id` as `json.dumps`
/// writes it (`7` stays a number), or `{"id": ..., "error": ...}` as the
/// CLI writes for a bad line.
fn json_line(scorer: &georisk::Scorer, input: &Input, detail: Detail) -> String {
    match input {
        Input::Text(text) => {
            serde_json::to_string(&scorer.score_text_detail(text, detail)).expect("a report serialises")
        }
        Input::Dict(id, Ok(fields)) => {
            let article = fields.article();
            let line = georisk::json_line(scorer.score_detail(&article, detail), &article);
            let Some(id) = id else { return line };
            // The article has no JSON id token, so the line says null.
            let rest = line.strip_prefix("{\"id\":null").expect("a line begins with its id");
            format!("{{\"id\":{}{rest}", id.token)
        }
        Input::Dict(id, Err(e)) => {
            let id = id.as_ref().map_or("null", |id| &id.token);
            format!("{{\"id\":{id},\"error\":{}}}", Value::from(e.as_str()))
        }
    }
}

/// The dict of `json_line` for a report.
fn report_dict<'py>(
    to_py: &mut ToPy<'py>,
    input: &Input,
    report: &RiskReport,
) -> PyResult<Bound<'py, PyAny>> {
    let dict = to_py.convert(report)?.downcast_into::<PyDict>()?;
    let Input::Dict(id, Ok(fields)) = input else { return Ok(dict.into_any()) };
    let py = dict.py();
    let id = id.as_ref().map_or_else(|| py.None(), |id| id.value.clone_ref(py));
    let Some(published) = fields.published() else {
        dict.set_item("id", id)?;
        return Ok(dict.into_any());
    };
    // `published` goes right after `id`: a new dict, as keys keep their place.
    let line = PyDict::new(py);
    line.set_item("id", py.None())?;
    line.set_item("published", published)?;
    line.update(dict.as_mapping())?;
    line.set_item("id", id)?;
    Ok(line.into_any())
}

/// `{"id": ..., "error": ...}` for an input that cannot be scored.
fn error_dict<'py>(py: Python<'py>, input: &Input, error: &str) -> PyResult<Bound<'py, PyAny>> {
    let dict = PyDict::new(py);
    let id = match input {
        Input::Dict(Some(id), _) => id.value.clone_ref(py),
        _ => py.None(),
    };
    dict.set_item("id", id)?;
    dict.set_item("error", error)?;
    Ok(dict.into_any())
}

/// The native part of the `georisk` package.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Scorer>()?;
    m.add("BuildError", m.py().get_type::<BuildError>())?;
    m.add("ArticleError", m.py().get_type::<ArticleError>())?;
    Ok(())
}
