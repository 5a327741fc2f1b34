//! Why a JSONL line failed, and where in it, said once.

use std::fmt;

use georisk::ArticleError;

/// A bad line: what is wrong and, when known, the column. A line is JSON
/// line 1, so `invalid article JSON at line 1, column 24` said "line"
/// twice, with two meanings, next to the input's line number.
#[derive(Debug)]
pub struct LineError {
    column: Option<usize>,
    message: String,
}

impl LineError {
    /// A serde_json error, its position cut from its message.
    pub fn json(what: &str, e: &serde_json::Error) -> LineError {
        let msg = e.to_string();
        let msg = msg.rfind(" at line ").map_or(&*msg, |i| &msg[..i]);
        LineError { column: (e.line() > 0).then(|| e.column()), message: format!("{what}: {msg}") }
    }

    /// `line 3, column 24: ...` (or `line 3: ...`), after `prefix` (a file
    /// name and `:` when there are several inputs).
    pub fn at(&self, prefix: &str, line: usize) -> String {
        match self.column {
            Some(column) => format!("{prefix}line {line}, column {column}: {}", self.message),
            None => format!("{prefix}line {line}: {}", self.message),
        }
    }
}

/// The column, if any, then the message: the `error` of an output line.
impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(f, "column {column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl From<String> for LineError {
    fn from(message: String) -> LineError {
        LineError { column: None, message }
    }
}

impl From<ArticleError> for LineError {
    fn from(e: ArticleError) -> LineError {
        match e {
            ArticleError::Json { line: 1, column, message } => {
                LineError { column: Some(column), message: format!("invalid article JSON: {message}") }
            }
            other => other.to_string().into(),
        }
    }
}
