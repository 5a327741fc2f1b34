//! Articles: the fields georisk reads, and parsers for plain text, the
//! aggregator layout and JSON.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::ArticleError;

/// The largest input an [`Article`] parser accepts: 128 MiB.
///
/// Larger texts are refused by [`Article::parse`] and [`Article::from_json`];
/// [`score_text`](crate::score_text) and [`Scorer::score_bytes`](crate::Scorer::score_bytes)
/// truncate them at a char boundary and flag the report as `truncated`.
pub const MAX_ARTICLE_BYTES: usize = 128 * 1024 * 1024;

/// The part of an article a piece of evidence comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Field {
    /// The headline.
    Title,
    /// The summary or lead paragraph given apart from the body.
    Summary,
    /// The article text.
    Body,
    /// Curated keyword tags (metadata, not the author's text).
    Tags,
    /// Section or category names (metadata).
    Categories,
}

impl Field {
    /// The field's name as used in reports and JSON input.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Body => "body",
            Field::Tags => "tags",
            Field::Categories => "categories",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A piece of article text and where it starts in the original input.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Segment<'a> {
    text: Cow<'a, str>,
    /// Byte offset of `text` in the input it was parsed from (0 for JSON).
    offset: usize,
}

impl<'a> Segment<'a> {
    fn borrowed(input: &'a str, start: usize, end: usize) -> Segment<'a> {
        Segment { text: Cow::Borrowed(&input[start..end]), offset: start }
    }

    fn owned(text: Cow<'a, str>) -> Segment<'a> {
        Segment { text, offset: 0 }
    }
}

/// A text segment of an article handed to the matcher.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SegmentRef<'r> {
    pub(crate) field: Field,
    /// Index among the tags or categories; 0 otherwise.
    pub(crate) item: usize,
    pub(crate) text: &'r str,
    pub(crate) offset: usize,
}

/// A news article: the fields georisk reads.
///
/// Parsing from a text borrows it: no field is copied, and evidence spans
/// index the whole original text. Parsing from JSON borrows the strings that
/// need no unescaping; spans then index the string of the field they name.
///
/// # Example
///
/// ```
/// # fn main() -> Result<(), georisk::Error> {
/// let text = "Rebels seize mine\n\nM23 rebels seized a coltan mine near Goma.";
/// let article = georisk::Article::parse(text)?;
/// assert_eq!(article.title(), Some("Rebels seize mine"));
/// assert_eq!(article.body(), Some("M23 rebels seized a coltan mine near Goma."));
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article<'a> {
    id: Option<Cow<'a, str>>,
    /// The id's JSON token as it was in the input.
    id_token: Option<&'a str>,
    title: Option<Segment<'a>>,
    summary: Option<Segment<'a>>,
    body: Option<Segment<'a>>,
    tags: Vec<Segment<'a>>,
    categories: Vec<Segment<'a>>,
    author: Option<Cow<'a, str>>,
    source: Option<Cow<'a, str>>,
    published: Option<Cow<'a, str>>,
}

impl<'a> Article<'a> {
    /// An article with only a body, borrowed from `text` without any layout
    /// detection.
    pub fn from_body(text: &'a str) -> Article<'a> {
        Article { body: non_empty(text, 0, text.len()), ..Article::default() }
    }

    /// Parses plain text or the aggregator layout.
    ///
    /// The aggregator layout is recognised by a comma-separated tags line
    /// near the top (category lines above it, then author, title, summary
    /// paragraph and body) and an `Original Source: <domain>` line near the
    /// end; a trailing `Post Comment` line is dropped. Otherwise the first
    /// line is the title when it is short and more text follows, and the rest
    /// is the body. Empty input gives an empty article (it scores zero). A
    /// leading byte-order mark is skipped (spans still index `text`).
    ///
    /// # Errors
    ///
    /// [`ArticleError::TooLarge`] when `text` exceeds [`MAX_ARTICLE_BYTES`].
    pub fn parse(text: &'a str) -> Result<Article<'a>, ArticleError> {
        check_size(text.len())?;
        Ok(parse_aggregator(text).unwrap_or_else(|| parse_plain(text)))
    }

    /// Parses plain text: the first line is the title when it is short (at
    /// most 300 bytes) and more text follows; the rest is the body. No
    /// layout is detected: an all-caps headline with commas stays a
    /// headline.
    ///
    /// # Errors
    ///
    /// [`ArticleError::TooLarge`] when `text` exceeds [`MAX_ARTICLE_BYTES`].
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), georisk::Error> {
    /// let article = georisk::Article::parse_plain("IRAN, IRAQ, KUWAIT: TALKS FAIL\n\nTalks failed.")?;
    /// assert_eq!(article.title(), Some("IRAN, IRAQ, KUWAIT: TALKS FAIL"));
    /// assert_eq!(article.tags().count(), 0);
    /// # Ok(()) }
    /// ```
    pub fn parse_plain(text: &'a str) -> Result<Article<'a>, ArticleError> {
        check_size(text.len())?;
        Ok(parse_plain(text))
    }

    /// Parses the aggregator layout (see [`Article::parse`]) without falling
    /// back to plain text.
    ///
    /// # Errors
    ///
    /// [`ArticleError::NotAggregator`] when no tags line is found near the
    /// top, [`ArticleError::TooLarge`].
    ///
    /// # Example
    ///
    /// ```
    /// let text = "Politics\nAFRICA, DRC, M23\nRebels take town\nA summary.\nThe body.";
    /// let article = georisk::Article::parse_aggregator(text).unwrap();
    /// assert_eq!(article.tags().collect::<Vec<_>>(), ["AFRICA", "DRC", "M23"]);
    /// assert!(georisk::Article::parse_aggregator("Headline\n\nBody.").is_err());
    /// ```
    pub fn parse_aggregator(text: &'a str) -> Result<Article<'a>, ArticleError> {
        check_size(text.len())?;
        parse_aggregator(text).ok_or(ArticleError::NotAggregator)
    }

    /// Parses a JSON object with the fields `id` (a string or a number),
    /// `title`, `summary`, `body` (or `text`), `tags` and `categories` (a
    /// string or an array of strings), `author`, `source` and `published`.
    /// Unknown fields are ignored; `null` is the same as an empty string. A
    /// leading byte-order mark is skipped.
    ///
    /// # Errors
    ///
    /// [`ArticleError::Json`] for malformed JSON or a field of the wrong
    /// type (the message names the field), [`ArticleError::NoText`] when none
    /// of `title`, `summary`, `body` and `text` is given,
    /// [`ArticleError::TooLarge`].
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), georisk::Error> {
    /// let json = r#"{"id": 7, "title": "Clashes in Ituri", "tags": ["DRC"]}"#;
    /// let article = georisk::Article::from_json(json)?;
    /// assert_eq!(article.id(), Some("7"));
    /// assert_eq!(article.tags().collect::<Vec<_>>(), ["DRC"]);
    /// # Ok(()) }
    /// ```
    pub fn from_json(json: &'a str) -> Result<Article<'a>, ArticleError> {
        check_size(json.len())?;
        let json = skip_bom(json);
        let raw: RawArticle<'a> = serde_json::from_str(json).map_err(|e| ArticleError::Json {
            line: e.line(),
            column: e.column(),
            message: json_message(json, &e),
        })?;
        raw.into_article()
    }

    /// The article id, if the input had one: a JSON string unescaped, a
    /// JSON number as written (`12345678901234567890123`, `1e3`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The id exactly as the JSON input wrote it (`"a\u0041"`, `1e3`, `7`),
    /// to pass it through unchanged; `None` when the article has no id or
    /// was not parsed from JSON.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), georisk::Error> {
    /// let article = georisk::Article::from_json(r#"{"id": 1e3, "title": "x"}"#)?;
    /// assert_eq!((article.id(), article.id_token()), (Some("1e3"), Some("1e3")));
    /// # Ok(()) }
    /// ```
    pub fn id_token(&self) -> Option<&'a str> {
        self.id_token
    }

    /// The `id` token of a JSON object that [`from_json`](Self::from_json)
    /// refused (a field of the wrong type, no text), when it is a string or
    /// a number, as written: an error line can then name the article as
    /// its report would. The other fields are skipped, not built: memory
    /// stays small whatever the line's size. `None` when the JSON is
    /// malformed or has no such id.
    ///
    /// # Example
    ///
    /// ```
    /// let line = r#"{"id": 12345678901234567890123, "title": 42}"#;
    /// assert!(georisk::Article::from_json(line).is_err());
    /// assert_eq!(georisk::Article::recover_id(line), Some("12345678901234567890123"));
    /// ```
    pub fn recover_id(json: &str) -> Option<&str> {
        #[derive(Deserialize)]
        struct IdOnly<'a> {
            #[serde(borrow, default)]
            id: Option<&'a RawValue>,
        }
        let token = serde_json::from_str::<IdOnly<'_>>(skip_bom(json)).ok()?.id?.get();
        token.starts_with(|c: char| c == '"' || c == '-' || c.is_ascii_digit()).then_some(token)
    }

    /// The headline.
    pub fn title(&self) -> Option<&str> {
        self.title.as_ref().map(|s| &*s.text)
    }

    /// The summary paragraph.
    pub fn summary(&self) -> Option<&str> {
        self.summary.as_ref().map(|s| &*s.text)
    }

    /// The body text.
    pub fn body(&self) -> Option<&str> {
        self.body.as_ref().map(|s| &*s.text)
    }

    /// The tags.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.tags.iter().map(|s| &*s.text)
    }

    /// The categories (sections).
    pub fn categories(&self) -> impl Iterator<Item = &str> {
        self.categories.iter().map(|s| &*s.text)
    }

    /// The author.
    pub fn author(&self) -> Option<&str> {
        self.author.as_deref()
    }

    /// The source (publisher or domain).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The publication date, as given.
    pub fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }

    /// Sets the id (and forgets the JSON token of the input's id).
    pub fn with_id(mut self, id: impl Into<Cow<'a, str>>) -> Article<'a> {
        self.id = Some(id.into());
        self.id_token = None;
        self
    }

    /// A builder, to make an article from fields you already have.
    ///
    /// # Example
    ///
    /// ```
    /// let article = georisk::Article::builder()
    ///     .id("a1")
    ///     .title("Rebels seize mine")
    ///     .body("M23 rebels seized the coltan mines of Rubaya.")
    ///     .tags(["DRC", "M23"])
    ///     .published("2025-03-12")
    ///     .build();
    /// assert_eq!(article.tags().collect::<Vec<_>>(), ["DRC", "M23"]);
    /// let report = georisk::Scorer::default().score(&article);
    /// assert_eq!(report.id.as_deref(), Some("a1"));
    /// assert!(report.signals.minerals.score > 0.0);
    /// ```
    pub fn builder() -> ArticleBuilder<'a> {
        ArticleBuilder::default()
    }

    /// The text segments in reading order: title, summary, body, tags,
    /// categories.
    pub(crate) fn segments(&self) -> impl Iterator<Item = SegmentRef<'_>> {
        let single =
            [(Field::Title, &self.title), (Field::Summary, &self.summary), (Field::Body, &self.body)]
                .into_iter()
                .filter_map(|(field, seg)| seg.as_ref().map(|s| (field, 0, s)));
        let lists = [(Field::Tags, &self.tags), (Field::Categories, &self.categories)]
            .into_iter()
            .flat_map(|(field, segs)| segs.iter().enumerate().map(move |(i, s)| (field, i, s)));
        single.chain(lists).map(|(field, item, s)| SegmentRef {
            field,
            item,
            text: &s.text,
            offset: s.offset,
        })
    }
}

/// Builds an [`Article`] from its fields (see [`Article::builder`]).
///
/// Text that is empty or only white space is left out, as in JSON input;
/// spans index the string of the field they name.
#[derive(Clone, Debug, Default)]
pub struct ArticleBuilder<'a> {
    article: Article<'a>,
}

/// A builder method setting an optional text field.
macro_rules! text_field {
    ($(#[$doc:meta])* $name:ident, $wrap:expr) => {
        $(#[$doc])*
        pub fn $name(mut self, text: impl Into<Cow<'a, str>>) -> ArticleBuilder<'a> {
            let text = text.into();
            self.article.$name = (!text.trim().is_empty()).then(|| $wrap(text));
            self
        }
    };
}

impl<'a> ArticleBuilder<'a> {
    /// Sets the id.
    pub fn id(mut self, id: impl Into<Cow<'a, str>>) -> ArticleBuilder<'a> {
        self.article = self.article.with_id(id);
        self
    }

    text_field!(
        /// Sets the headline.
        title,
        Segment::owned
    );
    text_field!(
        /// Sets the summary paragraph.
        summary,
        Segment::owned
    );
    text_field!(
        /// Sets the body text.
        body,
        Segment::owned
    );
    text_field!(
        /// Sets the author.
        author,
        std::convert::identity
    );
    text_field!(
        /// Sets the source (publisher or domain).
        source,
        std::convert::identity
    );
    text_field!(
        /// Sets the publication date, as text (the index reads it).
        published,
        std::convert::identity
    );

    /// Sets the tags.
    pub fn tags<T: Into<Cow<'a, str>>>(mut self, tags: impl IntoIterator<Item = T>) -> ArticleBuilder<'a> {
        self.article.tags = segments(tags);
        self
    }

    /// Sets the categories (sections).
    pub fn categories<T: Into<Cow<'a, str>>>(
        mut self,
        categories: impl IntoIterator<Item = T>,
    ) -> ArticleBuilder<'a> {
        self.article.categories = segments(categories);
        self
    }

    /// The article.
    pub fn build(self) -> Article<'a> {
        self.article
    }
}

/// The non-blank items, as segments.
fn segments<'a, T: Into<Cow<'a, str>>>(items: impl IntoIterator<Item = T>) -> Vec<Segment<'a>> {
    items.into_iter().map(Into::into).filter(|t| !t.trim().is_empty()).map(Segment::owned).collect()
}

/// Reads an article from any serde format, with the fields and rules of
/// [`Article::from_json`]; strings without escapes are borrowed.
///
/// # Example
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Envelope<'a> {
///     #[serde(borrow)]
///     article: georisk::Article<'a>,
///     feed: String,
/// }
/// let json = r#"{"feed": "wire", "article": {"title": "Clashes in Goma", "tags": "DRC, M23"}}"#;
/// let envelope: Envelope = serde_json::from_str(json).unwrap();
/// assert_eq!(envelope.article.title(), Some("Clashes in Goma"));
/// ```
impl<'de: 'a, 'a> Deserialize<'de> for Article<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawArticle::deserialize(deserializer)?.into_article().map_err(de::Error::custom)
    }
}

fn check_size(size: usize) -> Result<(), ArticleError> {
    if size > MAX_ARTICLE_BYTES {
        return Err(ArticleError::TooLarge { size, limit: MAX_ARTICLE_BYTES });
    }
    Ok(())
}

/// `text` without a leading UTF-8 byte-order mark.
fn skip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// serde_json's message in the user's terms, without the " at line L column
/// C" it appends (we report those apart).
fn json_message(json: &str, e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.rfind(" at line ").map_or(&*msg, |i| &msg[..i]);
    // serde_json calls an unpaired surrogate escape a bad hex escape.
    let field = ["unexpected end of hex escape", "lone leading surrogate in hex escape"]
        .iter()
        .find_map(|hex| msg.strip_suffix(hex));
    match field.zip(surrogate_before(json, e.line(), e.column())) {
        Some((field, unit)) => format!("{field}unpaired surrogate escape \\u{unit:04X} (not a character)"),
        None => msg.to_string(),
    }
}

/// The UTF-16 surrogate of the last `\uXXXX` escape before `line:column`.
fn surrogate_before(json: &str, line: usize, column: usize) -> Option<u16> {
    let text = json.split('\n').nth(line.checked_sub(1)?)?;
    let text = &text[..crate::text::floor_char_boundary(text, column)];
    let hex = text.get(text.rfind("\\u")? + 2..)?.get(..4)?;
    u16::from_str_radix(hex, 16).ok().filter(|u| (0xD800..=0xDFFF).contains(u))
}

/// A trimmed, non-empty segment of `input[start..end]`.
fn non_empty(input: &str, start: usize, end: usize) -> Option<Segment<'_>> {
    let slice = &input[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty()).then(|| Segment::borrowed(input, start + lead, start + lead + trimmed.len()))
}

/// Non-empty lines of `text` as (start, end) byte ranges, without line ends
/// (nor a leading byte-order mark).
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = text.len() - skip_bom(text).len();
    for piece in text[start..].split_inclusive('\n') {
        let end = start + piece.trim_end_matches(['\n', '\r']).len();
        if !text[start..end].trim().is_empty() {
            out.push((start, end));
        }
        start += piece.len();
    }
    out
}

/// The longest title line the plain-text parser accepts.
const MAX_TITLE: usize = 300;

fn parse_plain(text: &str) -> Article<'_> {
    let lines = lines(text);
    match lines.as_slice() {
        [first, second, ..] if first.1 - first.0 <= MAX_TITLE => Article {
            title: non_empty(text, first.0, first.1),
            body: non_empty(text, second.0, text.len()),
            ..Article::default()
        },
        _ => Article {
            body: non_empty(text, text.len() - skip_bom(text).len(), text.len()),
            ..Article::default()
        },
    }
}

/// Is this line a comma-separated tags line: mostly upper case, at least
/// three items, each a short name (not a clause of a wire headline)?
fn is_tags_line(line: &str) -> bool {
    let commas = line.matches(',').count();
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (upper, total) = letters.fold((0, 0), |(u, t), c| (u + usize::from(c.is_uppercase()), t + 1));
    let short = |item: &str| item.len() <= MAX_TAG && item.split_whitespace().count() <= MAX_TAG_WORDS;
    commas >= 2 && total > 0 && upper * 10 >= total * 8 && line.split(',').all(short)
}

/// The longest tag, in bytes and in words (`DEMOCRATIC REPUBLIC OF THE CONGO`).
const MAX_TAG: usize = 40;
const MAX_TAG_WORDS: usize = 5;

/// How many lines from the top the tags line may be.
const MAX_HEAD_LINES: usize = 6;

fn parse_aggregator(text: &str) -> Option<Article<'_>> {
    let mut lines = lines(text);
    let line = |r: &(usize, usize)| &text[r.0..r.1];
    let tags_at = lines.iter().take(MAX_HEAD_LINES).position(|r| is_tags_line(line(r)))?;
    if lines[..tags_at].iter().any(|r| line(r).len() > 60) {
        return None;
    }
    // A title or an author follows the tags; a paragraph right after a
    // first line means that line was a wire headline.
    let short = |r: &(usize, usize)| r.1 - r.0 <= MAX_TITLE / 2 && !line(r).trim_end().ends_with('.');
    if tags_at == 0 && !lines.get(1).is_some_and(short) {
        return None;
    }
    let mut article = Article::default();
    if lines.last().is_some_and(|r| line(r).trim().eq_ignore_ascii_case("post comment")) {
        lines.pop();
    }
    if let Some(last) = lines.last() {
        if let Some(domain) = line(last).trim().strip_prefix("Original Source:") {
            article.source = Some(Cow::Borrowed(domain.trim()));
            lines.pop();
        }
    }
    article.categories = lines[..tags_at].iter().filter_map(|r| non_empty(text, r.0, r.1)).collect();
    let tags = lines[tags_at];
    article.tags = split_list(text, tags.0, tags.1);
    let rest = &lines[tags_at + 1..];
    // Author then title when two short lines follow the tags; title only when
    // the second line is already a paragraph.
    let (author, title, body_from) = match rest {
        [a, t, ..] if short(a) && short(t) => (Some(a), Some(t), 2),
        [t, ..] => (None, Some(t), 1),
        [] => (None, None, 0),
    };
    article.author = author.map(|r| Cow::Borrowed(line(r).trim()));
    article.title = title.and_then(|r| non_empty(text, r.0, r.1));
    let paragraphs = &rest[body_from..];
    if let [summary, body @ ..] = paragraphs {
        article.summary = non_empty(text, summary.0, summary.1);
        if let (Some(first), Some(last)) = (body.first(), body.last()) {
            article.body = non_empty(text, first.0, last.1);
        }
    }
    Some(article)
}

/// Splits a comma-separated list into borrowed, trimmed items.
fn split_list(text: &str, start: usize, end: usize) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut at = start;
    for item in text[start..end].split(',') {
        if let Some(seg) = non_empty(text, at, at + item.len()) {
            out.push(seg);
        }
        at += item.len() + 1;
    }
    out
}

/// A JSON string that borrows from the input when it has no escapes.
#[derive(Deserialize)]
struct Str<'a>(#[serde(borrow)] Cow<'a, str>);

/// A tags or categories value: one comma-separated string or an array of
/// strings. Deserialized by hand so that a wrong type is reported in the
/// user's terms, not as a failed `untagged` enum.
struct List<'a>(Vec<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for List<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ListVisitor(std::marker::PhantomData))
    }
}

struct ListVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for ListVisitor<'a> {
    type Value = List<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or an array of strings")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<List<'a>, E> {
        Ok(List(s.split(',').map(|t| Cow::Borrowed(t.trim())).collect()))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<List<'a>, E> {
        Ok(List(s.split(',').map(|t| Cow::Owned(t.trim().to_string())).collect()))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<List<'a>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Str<'de>>()? {
            items.push(item.0);
        }
        Ok(List(items))
    }
}

#[derive(Default)]
struct RawArticle<'a> {
    id: Option<Cow<'a, str>>,
    id_token: Option<&'a str>,
    /// One of title, summary, body and text was given (`null` included).
    has_text: bool,
    title: Option<Cow<'a, str>>,
    summary: Option<Cow<'a, str>>,
    body: Option<Cow<'a, str>>,
    text: Option<Cow<'a, str>>,
    tags: Vec<Cow<'a, str>>,
    categories: Vec<Cow<'a, str>>,
    author: Option<Cow<'a, str>>,
    source: Option<Cow<'a, str>>,
    published: Option<Cow<'a, str>>,
}

impl<'a> RawArticle<'a> {
    fn into_article(self) -> Result<Article<'a>, ArticleError> {
        let seg = |s: Option<Cow<'a, str>>| s.filter(|t| !t.trim().is_empty()).map(Segment::owned);
        if !self.has_text {
            return Err(ArticleError::NoText);
        }
        Ok(Article {
            id: self.id,
            id_token: self.id_token,
            title: seg(self.title),
            summary: seg(self.summary),
            body: seg(self.body.or(self.text)),
            tags: segments(self.tags),
            categories: segments(self.categories),
            author: self.author,
            source: self.source,
            published: self.published,
        })
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawArticle<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RawVisitor(std::marker::PhantomData))
    }
}

struct RawVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for RawVisitor<'a> {
    type Value = RawArticle<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object with article fields")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<RawArticle<'a>, M::Error> {
        let mut raw = RawArticle::default();
        while let Some(key) = map.next_key::<Str<'de>>()? {
            let key = key.0;
            let field_err = |e: M::Error| field_error(&key, e);
            let text = |map: &mut M| map.next_value::<Option<Str<'de>>>().map(|v| v.map(|s| s.0));
            match &*key {
                "title" | "summary" | "body" | "text" => {
                    let value = text(&mut map).map_err(field_err)?;
                    raw.has_text = true;
                    match &*key {
                        "title" => raw.title = value,
                        "summary" => raw.summary = value,
                        "body" => raw.body = value,
                        _ => raw.text = value,
                    }
                }
                "author" => raw.author = text(&mut map).map_err(field_err)?,
                "source" => raw.source = text(&mut map).map_err(field_err)?,
                "published" => raw.published = text(&mut map).map_err(field_err)?,
                "id" => {
                    let token = map.next_value::<Option<&'de RawValue>>().map_err(field_err)?;
                    (raw.id, raw.id_token) = match token.map(RawValue::get) {
                        None => (None, None),
                        Some(t) if t.starts_with('"') => {
                            let id = serde_json::from_str::<Str<'de>>(t).map_err(|e| field_error(&key, e))?;
                            (Some(id.0), Some(t))
                        }
                        Some(t) if t.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => {
                            (Some(Cow::Borrowed(t)), Some(t))
                        }
                        Some(t) => {
                            let found = t.split(['\n', '\r']).next().unwrap_or(t);
                            let found = &found[..crate::text::floor_char_boundary(found, 40)];
                            return Err(field_error(
                                &key,
                                format_args!("expected a string or a number, found {found}"),
                            ));
                        }
                    };
                }
                "tags" | "categories" => {
                    let items = map.next_value::<Option<List<'de>>>().map_err(field_err)?;
                    let items = items.map_or_else(Vec::new, |l| l.0);
                    if &*key == "tags" {
                        raw.tags = items;
                    } else {
                        raw.categories = items;
                    }
                }
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(raw)
    }
}

/// An error of field `key`. An inner error's position is the outer one's:
/// it is cut here, so that the message says it once.
fn field_error<E: de::Error>(key: &str, e: impl fmt::Display) -> E {
    let msg = e.to_string();
    let msg = msg.rfind(" at line ").map_or(&*msg, |i| &msg[..i]);
    E::custom(format_args!("field '{key}': {msg}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGGREGATOR: &str = "Conflicts\nPolitics\nAFRICA, DRC, M23, RWANDA\nJane Doe\nRebels take mining town\nA summary paragraph.\nFirst body paragraph.\nSecond body paragraph.\nOriginal Source: www.example.org\nPost Comment\n";

    #[test]
    fn aggregator_layout() {
        let a = Article::parse(AGGREGATOR).unwrap();
        assert_eq!(a.categories().collect::<Vec<_>>(), ["Conflicts", "Politics"]);
        assert_eq!(a.tags().collect::<Vec<_>>(), ["AFRICA", "DRC", "M23", "RWANDA"]);
        assert_eq!(a.author(), Some("Jane Doe"));
        assert_eq!(a.title(), Some("Rebels take mining town"));
        assert_eq!(a.summary(), Some("A summary paragraph."));
        assert_eq!(a.body(), Some("First body paragraph.\nSecond body paragraph."));
        assert_eq!(a.source(), Some("www.example.org"));
        for seg in a.segments() {
            assert_eq!(&AGGREGATOR[seg.offset..seg.offset + seg.text.len()], seg.text);
        }
    }

    #[test]
    fn plain_text_table() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("empty", "", None, None),
            ("one line", "Troops clashed.", None, Some("Troops clashed.")),
            ("title and body", "Headline\n\nBody here.", Some("Headline"), Some("Body here.")),
            ("crlf", "Headline\r\nBody here.\r\n", Some("Headline"), Some("Body here.")),
        ];
        for (name, text, title, body) in cases {
            let a = Article::parse(text).unwrap();
            assert_eq!(a.title(), *title, "{name}");
            assert_eq!(a.body(), *body, "{name}");
        }
    }

    #[test]
    fn json_fields_and_errors() {
        let a = Article::from_json(r#"{"id":"x1","text":"Body","tags":"A, B","extra":[1,2]}"#).unwrap();
        assert_eq!(a.id(), Some("x1"));
        assert_eq!(a.body(), Some("Body"));
        assert_eq!(a.tags().collect::<Vec<_>>(), ["A", "B"]);
        assert!(matches!(
            Article::from_json(r#"{"body":"ok"}"#).unwrap().body,
            Some(Segment { text: Cow::Borrowed(_), .. })
        ));

        let cases: &[(&str, &str)] = &[
            ("malformed", "{\"title\": "),
            ("wrong type", "{\"title\": 42}"),
            ("tags wrong type", "{\"body\": \"x\", \"tags\": 3}"),
            ("not an object", "[1]"),
            ("no text", "{\"id\": 1}"),
        ];
        for (name, json) in cases {
            let err = Article::from_json(json).unwrap_err();
            let msg = err.to_string();
            match *name {
                "wrong type" => assert!(msg.contains("field 'title'"), "{msg}"),
                "tags wrong type" => assert!(msg.contains("field 'tags'"), "{msg}"),
                "no text" => assert_eq!(err, ArticleError::NoText),
                _ => assert!(msg.contains("line 1"), "{name}: {msg}"),
            }
        }
    }

    // Issue 12: an article built from its fields, read with serde or parsed
    // from JSON is the same article.
    #[test]
    fn builder_deserialize_and_json_agree() {
        let json = r#"{"id": "a1", "title": "Rebels seize mine", "summary": " ", "body": "M23 seized Rubaya.",
            "tags": ["DRC", "", "M23"], "categories": "World", "author": "J. Doe", "source": "wire", "published": "2025-03-12"}"#;
        let parsed = Article::from_json(json).unwrap();
        let built = Article::builder()
            .id("a1")
            .title("Rebels seize mine")
            .summary(" ")
            .body("M23 seized Rubaya.")
            .tags(["DRC", "", "M23"])
            .categories(["World"])
            .author("J. Doe")
            .source("wire")
            .published("2025-03-12")
            .build();
        let read: Article<'_> = serde_json::from_str(json).unwrap();
        let cases = [("built", &built), ("deserialized", &read)];
        for (name, article) in cases {
            assert_eq!(article.segments().count(), parsed.segments().count(), "{name}");
            for (a, b) in article.segments().zip(parsed.segments()) {
                assert_eq!((a.field, a.item, a.text), (b.field, b.item, b.text), "{name}");
            }
            let fields = |a: &Article<'_>| {
                (
                    a.id().map(str::to_string),
                    a.author().map(str::to_string),
                    a.source().map(str::to_string),
                    a.published().map(str::to_string),
                )
            };
            assert_eq!(fields(article), fields(&parsed), "{name}");
        }
        let err = serde_json::from_str::<Article<'_>>(r#"{"id": 1}"#).unwrap_err();
        assert!(err.to_string().contains("no text"), "{err}");
    }
}
