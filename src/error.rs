use std::fmt;

/// The error type of this crate: bad knowledge files or bad article input.
///
/// Scoring itself never fails; errors come only from building a
/// [`Scorer`](crate::Scorer) and from parsing an [`Article`](crate::Article).
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon or rules file is malformed or inconsistent.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// An article could not be read.
    #[error(transparent)]
    Article(#[from] ArticleError),
}

/// A lexicon or rules file could not be compiled.
///
/// It names the file, the 1-based line (0 when the problem concerns the
/// knowledge base as a whole) and the problem.
///
/// # Example
///
/// ```
/// let err = georisk::Scorer::builder()
///     .lexicon("mine.lex", "@signal conflict\nclash cat=armed_clash w=-1 : clash\n")
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "mine.lex:2: weight must be a number in (0, 10], found '-1'",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    file: String,
    line: usize,
    kind: BuildErrorKind,
}

impl BuildError {
    pub(crate) fn new(file: &str, line: usize, kind: BuildErrorKind) -> BuildError {
        BuildError { file: file.to_string(), line, kind }
    }

    /// The name of the file at fault, as given to the builder.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The 1-based line at fault, or 0 for a problem of the whole file set.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.kind)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.kind)
        }
    }
}

impl std::error::Error for BuildError {}

/// The kinds of problem a knowledge file can have.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// The line does not follow the file format.
    #[error("syntax error: {0}")]
    Syntax(String),
    /// A directive or statement keyword is not known.
    #[error("unknown statement '{0}'")]
    UnknownStatement(String),
    /// An attribute key is not allowed here.
    #[error("unknown attribute '{0}'")]
    UnknownAttribute(String),
    /// An attribute is given twice on one entry.
    #[error("attribute '{0}' given twice")]
    DuplicateAttribute(String),
    /// A required attribute or argument is missing.
    #[error("missing {0}")]
    Missing(String),
    /// A weight or other number is not valid.
    #[error("{what} must be a number in {range}, found '{found}'")]
    BadNumber {
        /// What the number is for.
        what: String,
        /// The allowed range.
        range: String,
        /// The text found.
        found: String,
    },
    /// A value is not one of the allowed words.
    #[error("{what} must be one of {allowed}, found '{found}'")]
    BadValue {
        /// What the value is for.
        what: String,
        /// The allowed values.
        allowed: String,
        /// The text found.
        found: String,
    },
    /// An alias is empty or has no letter or digit.
    #[error("empty alias{0}")]
    EmptyAlias(String),
    /// An entry has no alias.
    #[error("entry '{0}' has no alias")]
    NoAlias(String),
    /// An id is defined twice.
    #[error("duplicate id '{id}' (first defined at {first})")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first defined (`file:line`).
        first: String,
    },
    /// Two entries claim the same alias.
    #[error("alias '{alias}' already belongs to '{other}' ({first})")]
    DuplicateAlias {
        /// The alias, folded.
        alias: String,
        /// The entry that has it first.
        other: String,
        /// Where that entry is (`file:line`).
        first: String,
    },
    /// A signal name is not known.
    #[error("unknown signal '{0}'")]
    UnknownSignal(String),
    /// A category was not declared in the rules.
    #[error("unknown category '{0}'")]
    UnknownCategory(String),
    /// A country code does not name a country entry.
    #[error("unknown country code '{0}'")]
    UnknownCode(String),
    /// Something is declared in a way that contradicts another declaration.
    #[error("{0}")]
    Inconsistent(String),
    /// The file could not be read (or is not UTF-8).
    #[error("cannot read: {0}")]
    Read(String),
    /// The knowledge base is too large for this build.
    #[error("too large: {0}")]
    TooLarge(String),
}

/// A name that is not one of a type's values: `"medium"` parsed as a
/// [`Level`](crate::Level) or a [`GprMode`](crate::GprMode).
///
/// # Example
///
/// ```
/// let err = "medium".parse::<georisk::Level>().unwrap_err();
/// assert_eq!(err.found(), "medium");
/// assert_eq!(err.to_string(), "unknown level 'medium' (expected low, guarded, elevated, high or severe)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{found}' (expected {expected})")]
pub struct ParseNameError {
    what: &'static str,
    found: String,
    expected: &'static str,
}

impl ParseNameError {
    pub(crate) fn new(what: &'static str, found: &str, expected: &'static str) -> ParseNameError {
        ParseNameError { what, found: found.to_string(), expected }
    }

    /// The text that was not understood.
    pub fn found(&self) -> &str {
        &self.found
    }
}

/// An article could not be read.
///
/// # Example
///
/// ```
/// let err = georisk::Article::from_json(r#"{"title": 42}"#).unwrap_err();
/// assert!(err.to_string().contains("title"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ArticleError {
    /// The JSON text is malformed or a field has the wrong type.
    #[error("invalid article JSON at line {line}, column {column}: {message}")]
    Json {
        /// 1-based line in the JSON text.
        line: usize,
        /// 1-based column in the JSON text.
        column: usize,
        /// What serde_json reported.
        message: String,
    },
    /// The article has none of title, summary, body or text.
    #[error("article has no text: expected at least one of 'title', 'summary', 'body', 'text'")]
    NoText,
    /// The text has no tags line near the top, so it is not in the
    /// aggregator layout.
    #[error("not the aggregator layout: no comma-separated tags line in the first lines")]
    NotAggregator,
    /// The input is larger than [`MAX_ARTICLE_BYTES`](crate::MAX_ARTICLE_BYTES).
    #[error("article is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
}
