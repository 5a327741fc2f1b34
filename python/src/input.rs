//! Articles from Python objects: a `str` of text, or a `dict` with the
//! fields of `georisk score --jsonl`, read field by field (no JSON in
//! between) and owned, so that scoring can run with the GIL released.

use std::borrow::Cow;

use georisk::{Article, ArticleError, MAX_ARTICLE_BYTES};
use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

/// One item to score.
pub enum Input {
    /// Plain text or the aggregator layout.
    Text(String),
    /// A dict: its id, then its fields or why they cannot be scored.
    Dict(Option<Id>, Result<Box<Fields>, String>),
}

/// A dict's `id`: a `str` or a number, as JSON writes it and as
/// `json.loads` would read that back.
pub struct Id {
    pub token: String,
    pub value: Py<PyAny>,
}

/// The article fields of a dict, with the rules of `Article::from_json`:
/// `None` is the same as an empty string, but any of the four text fields
/// being present, `None` or not, makes an article.
#[derive(Default)]
pub struct Fields {
    title: Option<String>,
    summary: Option<String>,
    body: Option<String>,
    text: Option<String>,
    tags: Vec<String>,
    categories: Vec<String>,
    author: Option<String>,
    source: Option<String>,
    published: Option<String>,
}

impl Input {
    /// A `str` is text; a `dict` an article's fields.
    pub fn read(item: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(text) = item.downcast::<PyString>() {
            Ok(Input::Text(text.to_cow()?.into_owned()))
        } else if let Ok(dict) = item.downcast::<PyDict>() {
            let id = dict.get_item(intern!(dict.py(), "id"))?.map(|id| read_id(&id)).transpose();
            Ok(match id {
                Ok(id) => Input::Dict(id.flatten(), Fields::read(dict)),
                Err(e) => Input::Dict(None, Err(e)),
            })
        } else {
            let kind = item.get_type().name()?;
            Err(PyTypeError::new_err(format!("an article is a str or a dict, not {kind}")))
        }
    }
}

impl Fields {
    fn read(dict: &Bound<'_, PyDict>) -> Result<Box<Fields>, String> {
        let mut fields = Fields::default();
        let mut has_text = false;
        let mut size = 0;
        let py = dict.py();
        // Keys made Python strings once per process, not once per lookup.
        for (name, key, slot) in [
            ("title", intern!(py, "title"), &mut fields.title),
            ("summary", intern!(py, "summary"), &mut fields.summary),
            ("body", intern!(py, "body"), &mut fields.body),
            ("text", intern!(py, "text"), &mut fields.text),
            ("author", intern!(py, "author"), &mut fields.author),
            ("source", intern!(py, "source"), &mut fields.source),
            ("published", intern!(py, "published"), &mut fields.published),
        ] {
            let Some(value) = item(dict, key)? else { continue };
            has_text |= matches!(name, "title" | "summary" | "body" | "text");
            *slot = string(&value).map_err(|found| field_error(name, "a str", &found))?;
            size += slot.as_ref().map_or(0, String::len);
        }
        for (name, key, slot) in [
            ("tags", intern!(py, "tags"), &mut fields.tags),
            ("categories", intern!(py, "categories"), &mut fields.categories),
        ] {
            let Some(value) = item(dict, key)? else { continue };
            *slot = list(&value).map_err(|found| field_error(name, "a str or a list of str", &found))?;
            size += slot.iter().map(String::len).sum::<usize>();
        }
        if !has_text {
            return Err(ArticleError::NoText.to_string());
        }
        if size > MAX_ARTICLE_BYTES {
            return Err(ArticleError::TooLarge { size, limit: MAX_ARTICLE_BYTES }.to_string());
        }
        Ok(Box::new(fields))
    }

    /// The publication date as the article keeps it (not blank).
    pub fn published(&self) -> Option<&str> {
        self.published.as_deref().filter(|p| !p.trim().is_empty())
    }

    /// The article, borrowing the fields (`body` before `text`).
    pub fn article(&self) -> Article<'_> {
        Article::builder()
            .title(text(&self.title))
            .summary(text(&self.summary))
            .body(self.body.as_deref().or(self.text.as_deref()).unwrap_or(""))
            .tags(self.tags.iter().map(String::as_str))
            .categories(self.categories.iter().map(String::as_str))
            .author(text(&self.author))
            .source(text(&self.source))
            .published(text(&self.published))
            .build()
    }
}

/// A text field, empty when it is absent.
fn text(field: &Option<String>) -> &str {
    field.as_deref().unwrap_or("")
}

/// The value of `name` in `dict`, `None` when it is absent (a `None`
/// value is there: it counts as a text field given).
fn item<'py>(
    dict: &Bound<'py, PyDict>,
    name: &Bound<'py, PyString>,
) -> Result<Option<Bound<'py, PyAny>>, String> {
    dict.get_item(name).map_err(|e| format!("field '{name}': {e}"))
}

/// A `str` or `None`; otherwise the type found.
fn string(value: &Bound<'_, PyAny>) -> Result<Option<String>, String> {
    if value.is_none() {
        return Ok(None);
    }
    let text = value.downcast::<PyString>().map_err(|_| type_name(value))?;
    utf8(text).map(Some)
}

/// The text of a `str`; for one that UTF-8 cannot hold, what was found.
fn utf8(text: &Bound<'_, PyString>) -> Result<String, String> {
    text.to_cow().map(Cow::into_owned).map_err(|_| "a str with a lone surrogate (not UTF-8)".to_string())
}

/// Tags or categories: one comma-separated `str`, a list or tuple of
/// `str`, or `None`; otherwise the type found.
fn list(value: &Bound<'_, PyAny>) -> Result<Vec<String>, String> {
    if value.is_none() {
        return Ok(Vec::new());
    }
    if let Ok(text) = value.downcast::<PyString>() {
        return Ok(utf8(text)?.split(',').map(|t| t.trim().to_string()).collect());
    }
    let items = if let Ok(list) = value.downcast::<PyList>() {
        list.iter().collect::<Vec<_>>()
    } else if let Ok(tuple) = value.downcast::<PyTuple>() {
        tuple.iter().collect()
    } else {
        return Err(type_name(value));
    };
    items
        .iter()
        .map(|item| match string(item) {
            Ok(Some(text)) => Ok(text),
            Ok(None) => Err("a list holding None".to_string()),
            Err(found) => Err(format!("a list holding {found}")),
        })
        .collect()
}

/// The id's JSON token and value: a `str`, an `int` or a finite `float`
/// (`bool` is not a number here, as JSON has `true`); `None` is no id.
fn read_id(id: &Bound<'_, PyAny>) -> Result<Option<Id>, String> {
    let py = id.py();
    let wrong = |found: &str| field_error("id", "a str or a number", found);
    if id.is_none() {
        Ok(None)
    } else if let Ok(text) = id.downcast::<PyString>() {
        let text = utf8(text).map_err(|found| wrong(&found))?;
        let token = serde_json::Value::from(&*text).to_string();
        Ok(Some(Id { token, value: PyString::new(py, &text).into_any().unbind() }))
    } else if id.is_instance_of::<PyInt>() && !id.is_instance_of::<PyBool>() {
        // `int(id)`: an int subclass (an IntEnum) is written as its number.
        let number = py.get_type::<PyInt>().call1((id,)).map_err(|e| e.to_string())?;
        let token = number.str().map_err(|e| e.to_string())?.to_string();
        Ok(Some(Id { token, value: number.unbind() }))
    } else if let Ok(number) = id.downcast::<PyFloat>() {
        let value = number.value();
        if !value.is_finite() {
            return Err(wrong(&value.to_string()));
        }
        // `repr`, as Python's `json` writes a float.
        let number = PyFloat::new(py, value);
        let token = number.repr().map_err(|e| e.to_string())?.to_string();
        Ok(Some(Id { token, value: number.into_any().unbind() }))
    } else {
        Err(wrong(&type_name(id)))
    }
}

/// The name of `value`'s type: `int`, `date`.
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map_or_else(|_| "an unknown type".to_string(), |n| n.to_string())
}

/// `field 'tags': expected a str or a list of str, found int`.
fn field_error(name: &str, expected: &str, found: &str) -> String {
    format!("field '{name}': expected {expected}, found {found}")
}
