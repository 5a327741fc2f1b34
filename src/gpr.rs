//! GPR-compatible mode: the article-level query of the Caldara & Iacoviello
//! Geopolitical Risk index (AER 2022, Table 1).
//!
//! An article is flagged when one of eight categories fires; each category
//! pairs two word sets, either within a few words of each other (`near=n`,
//! either order, in the same field) or anywhere in the article (`and`).
//! Categories 1-5 are threats (the GPT subindex), 6-8 acts (GPA). Excluded
//! words ("film", "price war", ...) drop the article in [`GprMode::Hard`], as
//! in the paper, and only mark it in [`GprMode::Soft`].
//!
//! The query lives in `data/gpr.rules` (format in its header). Matching is on
//! whole words of the title, summary and body after the crate's folding
//! (Unicode lowercase, accents stripped, hyphens as spaces); `word*` matches
//! any word starting with `word`; phrases match consecutive words. Scoring is
//! linear in the article size and never panics.

use std::collections::VecDeque;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::article::{Article, Field};
use crate::error::{BuildError, BuildErrorKind, ParseNameError};
use crate::source::{self, Piece, Statement};
use crate::text::{fold, Folded};

/// The embedded query: `data/gpr.rules`.
pub(crate) const DEFAULT_GPR_RULES: (&str, &str) = ("gpr.rules", include_str!("../data/gpr.rules"));

/// The largest `near=` distance a rules file may ask for.
pub(crate) const MAX_NEAR: usize = 10;

/// Word pairs kept as evidence per `near` category.
const MAX_PAIRS: usize = 4;

/// Exclusion evidence kept per article.
const MAX_EXCLUSIONS: usize = 16;

/// How excluded words ("film", "price war", ...) act on the flag.
///
/// Serialises as `"soft"` or `"hard"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum GprMode {
    /// Excluded words are reported and set `excluded`, but the flag stands
    /// (the default: one "tax" or "history" does not drop a conflict story).
    #[default]
    Soft,
    /// As in the paper: any excluded word makes the article not flagged
    /// (`flag`, `threat` and `act` false); the categories that fired are
    /// still listed.
    Hard,
}

impl GprMode {
    /// The mode's name: `soft` or `hard`.
    pub fn as_str(self) -> &'static str {
        match self {
            GprMode::Soft => "soft",
            GprMode::Hard => "hard",
        }
    }
}

impl fmt::Display for GprMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for GprMode {
    type Err = ParseNameError;

    /// Parses `soft` or `hard` (ASCII case ignored).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("hard".parse(), Ok(georisk::GprMode::Hard));
    /// let err = "medium".parse::<georisk::GprMode>().unwrap_err();
    /// assert_eq!(err.to_string(), "unknown GPR mode 'medium' (expected soft or hard)");
    /// ```
    fn from_str(s: &str) -> Result<GprMode, ParseNameError> {
        match s.to_ascii_lowercase().as_str() {
            "soft" => Ok(GprMode::Soft),
            "hard" => Ok(GprMode::Hard),
            _ => Err(ParseNameError::new("GPR mode", s, "soft or hard")),
        }
    }
}

/// The GPR-compatible verdict on one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GprReport {
    /// The article counts for the GPR index: `threat || act`.
    pub flag: bool,
    /// A threat category (GPT subindex, categories 1-5) fired and, in hard
    /// mode, no excluded word was found.
    pub threat: bool,
    /// An act category (GPA subindex, categories 6-8) fired and, in hard
    /// mode, no excluded word was found.
    pub act: bool,
    /// The categories that fired, in the order of the rules file, with their
    /// evidence; listed even when an exclusion unsets `flag`.
    pub categories: Vec<GprCategoryHit>,
    /// Excluded words found, in reading order (at most 16).
    pub exclusions: Vec<GprEvidence>,
    /// At least one excluded word was found.
    pub excluded: bool,
    /// The mode the article was scored in.
    pub mode: GprMode,
    /// The `version` of the GPR rules that produced this report.
    pub version: String,
}

/// A GPR category that fired.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GprCategoryHit {
    /// The category id from the rules file (`war_threats`, `terror_acts`, ...).
    pub id: String,
    /// `gpt` (threats) or `gpa` (acts).
    pub subindex: String,
    /// The words that made it fire, in reading order: for a `near` category
    /// the pairs found (at most 4), for an `and` category one word of each set.
    pub evidence: Vec<GprEvidence>,
}

/// A word or phrase of the article that a GPR rule matched.
///
/// Spans follow the crate's convention: for an article parsed from one text
/// `&input[start..end] == text`; for JSON input they index the string of
/// `field`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GprEvidence {
    /// The field the words are in.
    pub field: Field,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The original text of the span.
    pub text: String,
}

/// One word of a pattern: exact, or a prefix (`threat*`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct WordPat {
    stem: String,
    prefix: bool,
}

/// A word or phrase of a set: word ids in order.
#[derive(Clone, Debug)]
struct Pattern {
    words: Vec<usize>,
    set: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Subindex {
    Gpt,
    Gpa,
}

impl Subindex {
    fn as_str(self) -> &'static str {
        match self {
            Subindex::Gpt => "gpt",
            Subindex::Gpa => "gpa",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// At most this many words between the two.
    Near(usize),
    /// Both anywhere in the article.
    And,
}

#[derive(Clone, Debug)]
struct Category {
    id: String,
    subindex: Subindex,
    rule: Rule,
    sets: (usize, usize),
}

/// A compiled GPR query.
#[derive(Clone, Debug)]
pub(crate) struct Gpr {
    version: String,
    exclude: Option<usize>,
    patterns: Vec<Pattern>,
    /// Word id -> patterns whose first word it is.
    first: Vec<Vec<usize>>,
    exact: FxHashMap<String, Vec<usize>>,
    prefix: FxHashMap<String, Vec<usize>>,
    /// Longest prefix stem, in bytes.
    max_stem: usize,
    /// Longest pattern, in words.
    max_len: usize,
    categories: Vec<Category>,
}

/// A set occurrence: tokens `start..end` (global token indices), and where it
/// is in the original text.
#[derive(Clone, Copy, Debug)]
struct Occ<'r> {
    start: usize,
    end: usize,
    set: usize,
    field: Field,
    /// Absolute byte span (segment offset added).
    ostart: usize,
    oend: usize,
    text: &'r str,
}

impl Occ<'_> {
    fn overlaps(&self, other: &Occ<'_>) -> bool {
        self.start < other.end && other.start < self.end
    }

    fn evidence(&self) -> GprEvidence {
        GprEvidence { field: self.field, start: self.ostart, end: self.oend, text: self.text.to_string() }
    }
}

impl Gpr {
    /// The embedded query (`data/gpr.rules`), parsed once.
    pub(crate) fn embedded() -> &'static Gpr {
        static GPR: OnceLock<Gpr> = OnceLock::new();
        GPR.get_or_init(|| {
            let (name, src) = DEFAULT_GPR_RULES;
            Gpr::parse(name, src).expect("embedded gpr.rules parses")
        })
    }

    /// The `version` statement of the rules.
    #[cfg(test)]
    pub(crate) fn version(&self) -> &str {
        &self.version
    }

    /// The category ids in file order.
    #[cfg(test)]
    pub(crate) fn category_ids(&self) -> impl Iterator<Item = &str> {
        self.categories.iter().map(|c| c.id.as_str())
    }

    /// Parses a GPR rules file (format in `data/gpr.rules`).
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `name` and the line: syntax, unknown keyword
    /// or attribute, unknown or duplicate set, empty set, a malformed word,
    /// a bad subindex or `near=` distance, a missing `version` or category.
    pub(crate) fn parse(name: &str, src: &str) -> Result<Gpr, BuildError> {
        let stmts = source::statements(name, src)?;
        let mut p = Parser { file: name, ..Parser::default() };
        for stmt in &stmts {
            p.statement(stmt)?;
        }
        p.finish()
    }

    /// Scores an article: which GPR categories fire, and the verdict under
    /// `mode`. Reads the title, summary and body. Never panics; linear in
    /// the article size.
    pub(crate) fn score(&self, article: &Article<'_>, mode: GprMode) -> GprReport {
        let mut scan = Scan::new(self);
        self.occurrences(article, |occ| scan.push(self, occ));
        let mut categories = Vec::new();
        for (cat, state) in self.categories.iter().zip(&scan.cats) {
            let mut occs: Vec<Occ<'_>> = match (cat.rule, state) {
                (Rule::Near(_), CatState::Near(pairs)) => pairs.iter().flat_map(|&(a, b)| [a, b]).collect(),
                (Rule::And, CatState::And(sides)) => {
                    and_pair(sides).map(|(a, b)| vec![a, b]).unwrap_or_default()
                }
                _ => Vec::new(),
            };
            if occs.is_empty() {
                continue;
            }
            occs.sort_unstable_by_key(|o| (o.start, o.end));
            occs.dedup_by_key(|o| (o.start, o.end));
            categories.push(GprCategoryHit {
                id: cat.id.clone(),
                subindex: cat.subindex.as_str().to_string(),
                evidence: occs.iter().map(Occ::evidence).collect(),
            });
        }
        let excluded = scan.excluded;
        let blocked = mode == GprMode::Hard && excluded;
        let fired = |s: Subindex| {
            self.categories.iter().any(|c| c.subindex == s && categories.iter().any(|h| h.id == c.id))
        };
        let threat = !blocked && fired(Subindex::Gpt);
        let act = !blocked && fired(Subindex::Gpa);
        GprReport {
            flag: threat || act,
            threat,
            act,
            categories,
            exclusions: scan.exclusions.iter().map(Occ::evidence).collect(),
            excluded,
            mode,
            version: self.version.clone(),
        }
    }

    /// Calls `f` on every set occurrence in the title, summary and body, in
    /// order of start (global token index).
    fn occurrences<'r>(&self, article: &'r Article<'_>, mut f: impl FnMut(Occ<'r>)) {
        let mut folded = Folded::default();
        let mut toks: Vec<(usize, usize)> = Vec::new();
        let mut ids: Vec<usize> = Vec::new();
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut here: Vec<(usize, usize)> = Vec::new();
        let mut base = 0usize;
        let fields =
            article.segments().filter(|s| matches!(s.field, Field::Title | Field::Summary | Field::Body));
        for seg in fields {
            folded.fold(seg.text);
            let ftext = folded.as_str();
            tokenize(ftext, &mut toks);
            ids.clear();
            bounds.clear();
            for &(s, e) in &toks {
                let from = ids.len();
                self.match_word(&ftext[s..e], &mut ids);
                bounds.push((from, ids.len()));
            }
            for t in 0..toks.len() {
                here.clear();
                let (lo, hi) = bounds[t];
                for &w in &ids[lo..hi] {
                    for &p in &self.first[w] {
                        let pat = &self.patterns[p];
                        let n = pat.words.len();
                        if t + n > toks.len() {
                            continue;
                        }
                        let mut rest = pat.words.iter().enumerate().skip(1);
                        if !rest.all(|(k, wk)| {
                            let (lo, hi) = bounds[t + k];
                            ids[lo..hi].contains(wk)
                        }) {
                            continue;
                        }
                        // One occurrence per set and length at a start.
                        if here.contains(&(pat.set, n)) {
                            continue;
                        }
                        here.push((pat.set, n));
                        let (s, e) = folded.original_span(toks[t].0, toks[t + n - 1].1);
                        let Some(text) = seg.text.get(s..e) else { continue };
                        f(Occ {
                            start: base + t,
                            end: base + t + n,
                            set: pat.set,
                            field: seg.field,
                            ostart: seg.offset + s,
                            oend: seg.offset + e,
                            text,
                        });
                    }
                }
            }
            // The gap keeps `near` from reaching across fields.
            base += toks.len() + MAX_NEAR + 1;
        }
    }

    /// Appends the ids of the pattern words matching the folded word `key`.
    fn match_word(&self, key: &str, out: &mut Vec<usize>) {
        if let Some(ids) = self.exact.get(key) {
            out.extend_from_slice(ids);
        }
        for (i, c) in key.char_indices() {
            let end = i + c.len_utf8();
            if end > self.max_stem {
                break;
            }
            if let Some(ids) = self.prefix.get(&key[..end]) {
                out.extend_from_slice(ids);
            }
        }
    }
}

/// One side of an `and` category: the occurrences that decide it.
#[derive(Clone, Copy, Debug, Default)]
struct Side<'r> {
    first: Option<Occ<'r>>,
    min_end: Option<Occ<'r>>,
    max_start: Option<Occ<'r>>,
}

impl<'r> Side<'r> {
    fn add(&mut self, o: Occ<'r>) {
        self.first.get_or_insert(o);
        if self.min_end.is_none_or(|m| o.end < m.end) {
            self.min_end = Some(o);
        }
        if self.max_start.is_none_or(|m| o.start > m.start) {
            self.max_start = Some(o);
        }
    }
}

/// What a category has found so far.
#[derive(Debug)]
enum CatState<'r> {
    /// Pairs within the distance (at most [`MAX_PAIRS`]).
    Near(Vec<(Occ<'r>, Occ<'r>)>),
    /// The two sides.
    And(Box<[Side<'r>; 2]>),
}

/// The streaming state of one article's scan: memory bounded by the window,
/// the evidence caps and the number of categories, whatever the input size.
struct Scan<'r> {
    /// Recent occurrences that a later one could still be near.
    window: VecDeque<Occ<'r>>,
    /// How far back (in words from a start) the window must reach.
    reach: usize,
    cats: Vec<CatState<'r>>,
    exclusions: Vec<Occ<'r>>,
    excluded: bool,
}

impl<'r> Scan<'r> {
    fn new(gpr: &Gpr) -> Scan<'r> {
        let cats = gpr
            .categories
            .iter()
            .map(|c| match c.rule {
                Rule::Near(_) => CatState::Near(Vec::new()),
                Rule::And => CatState::And(Box::new([Side::default(); 2])),
            })
            .collect();
        let max_d = gpr.categories.iter().map(|c| if let Rule::Near(d) = c.rule { d } else { 0 }).max();
        Scan {
            window: VecDeque::new(),
            reach: gpr.max_len + max_d.unwrap_or(0),
            cats,
            exclusions: Vec::new(),
            excluded: false,
        }
    }

    /// Takes the next occurrence (in order of start).
    fn push(&mut self, gpr: &Gpr, o: Occ<'r>) {
        if gpr.exclude == Some(o.set) {
            self.excluded = true;
            if self.exclusions.len() < MAX_EXCLUSIONS {
                self.exclusions.push(o);
            }
        }
        for (cat, state) in gpr.categories.iter().zip(&mut self.cats) {
            let (a, b) = cat.sets;
            if o.set != a && o.set != b {
                continue;
            }
            match (cat.rule, state) {
                (Rule::Near(d), CatState::Near(pairs)) if pairs.len() < MAX_PAIRS => {
                    // The nearest earlier occurrence of the other set that
                    // ends at most `d` words before this one starts.
                    let earlier =
                        self.window.iter().rev().take_while(|w| w.start + gpr.max_len + d >= o.start);
                    let hit = earlier.copied().find(|w| {
                        let sets = (w.set == a && o.set == b) || (w.set == b && o.set == a);
                        sets && w.end <= o.start && o.start - w.end <= d
                    });
                    if let Some(w) = hit {
                        pairs.push((w, o));
                    }
                }
                (Rule::And, CatState::And(sides)) => {
                    if o.set == a {
                        sides[0].add(o);
                    }
                    if o.set == b {
                        sides[1].add(o);
                    }
                }
                _ => {}
            }
        }
        while self.window.front().is_some_and(|w| w.start + self.reach < o.start) {
            self.window.pop_front();
        }
        self.window.push_back(o);
    }
}

/// One non-overlapping pair of occurrences of the two sets anywhere in the
/// article: the first of each when they do not overlap, else a pair from the
/// earliest ends and latest starts (which exists iff any pair does).
fn and_pair<'r>([sa, sb]: &[Side<'r>; 2]) -> Option<(Occ<'r>, Occ<'r>)> {
    let (fa, fb) = (sa.first?, sb.first?);
    if !fa.overlaps(&fb) {
        return Some((fa, fb));
    }
    let (ma, xa, mb, xb) = (sa.min_end?, sa.max_start?, sb.min_end?, sb.max_start?);
    if ma.end <= xb.start {
        return Some((ma, xb));
    }
    if mb.end <= xa.start {
        return Some((mb, xa));
    }
    None
}

/// Splits folded text into words: runs of letters and digits, joined by an
/// apostrophe between two of them ("don't"); a trailing possessive `'s` is
/// left out of the word ("war's" -> "war"). Pushes byte spans of `text`.
fn tokenize(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut push = |s: usize, e: usize| {
        let e = if e - s > 2 && text[s..e].ends_with("'s") { e - 2 } else { e };
        out.push((s, e));
    };
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            end = i + c.len_utf8();
        } else if c == '\'' && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
            // An apostrophe inside a word.
        } else if let Some(s) = start.take() {
            push(s, end);
        }
    }
    if let Some(s) = start {
        push(s, end);
    }
}

/// Builds a [`Gpr`] statement by statement.
#[derive(Default)]
struct Parser<'f> {
    file: &'f str,
    version: Option<(String, usize)>,
    set_names: Vec<String>,
    set_lines: Vec<usize>,
    exclude: Option<usize>,
    words: Vec<WordPat>,
    word_ids: FxHashMap<WordPat, usize>,
    patterns: Vec<Pattern>,
    /// id, subindex, rule, the two set names, line.
    categories: Vec<(String, Subindex, Rule, [String; 2], usize)>,
}

impl<'f> Parser<'f> {
    fn err(&self, line: usize, kind: BuildErrorKind) -> BuildError {
        BuildError::new(self.file, line, kind)
    }

    fn syntax(&self, line: usize, msg: &str) -> BuildError {
        source::syntax(self.file, line, msg)
    }

    fn statement(&mut self, stmt: &Statement<'_>) -> Result<(), BuildError> {
        let Some(kw) = stmt.head.first() else {
            return Err(self.syntax(stmt.line, "statement with no keyword"));
        };
        if kw.key.is_some() {
            let found = format!("{}={}", kw.key.unwrap_or_default(), kw.value);
            return Err(self.err(stmt.line, BuildErrorKind::UnknownStatement(found)));
        }
        let args = &stmt.head[1..];
        if let Some(t) = args.iter().find(|t| t.key.is_some_and(|k| k != "near")) {
            let key = t.key.unwrap_or_default().to_string();
            return Err(self.err(t.line, BuildErrorKind::UnknownAttribute(key)));
        }
        match kw.value {
            "version" => {
                if let Some(t) = args.iter().find(|t| t.key.is_some()) {
                    let key = t.key.unwrap_or_default().to_string();
                    return Err(self.err(t.line, BuildErrorKind::UnknownAttribute(key)));
                }
                if stmt.tail.is_some() {
                    return Err(self.syntax(stmt.line, "unexpected ':' after version"));
                }
                let [v] = args else {
                    return Err(self.syntax(stmt.line, "version takes exactly one word"));
                };
                if let Some((_, first)) = &self.version {
                    let msg = format!("version given twice (first at {}:{first})", self.file);
                    return Err(self.err(stmt.line, BuildErrorKind::Inconsistent(msg)));
                }
                self.version = Some((v.value.to_string(), stmt.line));
                Ok(())
            }
            "set" => {
                let name = match args {
                    [n] if n.key.is_none() => n.value,
                    [] => return Err(self.err(stmt.line, BuildErrorKind::Missing("set name".into()))),
                    [t, ..] if t.key.is_some() => {
                        let key = t.key.unwrap_or_default().to_string();
                        return Err(self.err(t.line, BuildErrorKind::UnknownAttribute(key)));
                    }
                    _ => return Err(self.syntax(stmt.line, "set takes one name before ':'")),
                };
                if !is_name(name) || name == "exclude" {
                    let msg = format!("bad set name '{name}': use a-z, 0-9, _ (not 'exclude')");
                    return Err(self.syntax(stmt.line, &msg));
                }
                self.word_set(stmt, name)
            }
            "exclude" => {
                if let Some(t) = args.first() {
                    let msg = format!("unexpected '{}' before ':'", t.value);
                    return Err(self.syntax(t.line, &msg));
                }
                self.word_set(stmt, "exclude")
            }
            "category" => self.category(stmt, args),
            other => Err(self.err(stmt.line, BuildErrorKind::UnknownStatement(other.to_string()))),
        }
    }

    /// Adds a set (or the exclusion set) from a statement's tail.
    fn word_set(&mut self, stmt: &Statement<'_>, name: &str) -> Result<(), BuildError> {
        if let Some(id) = self.set_names.iter().position(|n| n == name) {
            let first = format!("{}:{}", self.file, self.set_lines[id]);
            let kind = BuildErrorKind::DuplicateId { id: name.to_string(), first };
            return Err(self.err(stmt.line, kind));
        }
        let Some(tail) = &stmt.tail else {
            let what = format!("':' and the words of set '{name}'");
            return Err(self.err(stmt.line, BuildErrorKind::Missing(what)));
        };
        let set = self.set_names.len();
        self.set_names.push(name.to_string());
        self.set_lines.push(stmt.line);
        if name == "exclude" {
            self.exclude = Some(set);
        }
        let before = self.patterns.len();
        for piece in tail {
            self.pieces(piece, set)?;
        }
        if self.patterns.len() == before {
            let what = format!("words in set '{name}' (the set is empty)");
            return Err(self.err(stmt.line, BuildErrorKind::Missing(what)));
        }
        Ok(())
    }

    /// Parses `a | b* | c d` from one line of a set.
    fn pieces(&mut self, piece: &Piece<'_>, set: usize) -> Result<(), BuildError> {
        let parts: Vec<&str> = piece.text.split('|').map(str::trim).collect();
        let last = parts.len().saturating_sub(1);
        for (i, part) in parts.iter().enumerate() {
            // A leading or trailing '|' joins continuation lines; an empty
            // word between two '|' is a mistake.
            if part.is_empty() {
                if i == 0 || i == last {
                    continue;
                }
                return Err(self.syntax(piece.line, "empty word between '|'"));
            }
            let words = self.pattern(piece.line, part)?;
            self.patterns.push(Pattern { words, set });
        }
        Ok(())
    }

    /// Compiles one word or phrase into word ids.
    fn pattern(&mut self, line: usize, part: &str) -> Result<Vec<usize>, BuildError> {
        let folded = fold(part);
        let file = self.file;
        let bad = |why: &str| {
            let msg = format!("bad word '{part}': {why} (use word, prefix* or a phrase)");
            source::syntax(file, line, &msg)
        };
        let mut out = Vec::new();
        let mut toks = Vec::new();
        for w in folded.split(' ') {
            let (stem, prefix) = match w.strip_suffix('*') {
                Some(s) => (s, true),
                None => (w, false),
            };
            if stem.is_empty() {
                return Err(bad("a word is empty or only '*'"));
            }
            tokenize(stem, &mut toks);
            if toks.as_slice() != [(0, stem.len())] {
                return Err(bad(&format!("'{w}' is not a single word")));
            }
            let wp = WordPat { stem: stem.to_string(), prefix };
            let id = match self.word_ids.get(&wp) {
                Some(&id) => id,
                None => {
                    let id = self.words.len();
                    self.words.push(wp.clone());
                    self.word_ids.insert(wp, id);
                    id
                }
            };
            out.push(id);
        }
        if out.is_empty() {
            return Err(bad("no word"));
        }
        Ok(out)
    }

    fn category(&mut self, stmt: &Statement<'_>, args: &[source::Token<'_>]) -> Result<(), BuildError> {
        let line = stmt.line;
        let mut bare = args.iter().filter(|t| t.key.is_none());
        let Some(id) = bare.next() else {
            return Err(self.err(line, BuildErrorKind::Missing("category id".into())));
        };
        if !is_name(id.value) {
            let msg = format!("bad category id '{}': use a-z, 0-9, _", id.value);
            return Err(self.syntax(line, &msg));
        }
        if let Some(c) = self.categories.iter().find(|c| c.0 == id.value) {
            let first = format!("{}:{}", self.file, c.4);
            return Err(self.err(line, BuildErrorKind::DuplicateId { id: id.value.to_string(), first }));
        }
        let Some(sub) = bare.next() else {
            return Err(self.err(line, BuildErrorKind::Missing("subindex (gpt or gpa)".into())));
        };
        let subindex = match sub.value {
            "gpt" => Subindex::Gpt,
            "gpa" => Subindex::Gpa,
            found => {
                let kind = BuildErrorKind::BadValue {
                    what: "subindex".into(),
                    allowed: "gpt, gpa".into(),
                    found: found.into(),
                };
                return Err(self.err(sub.line, kind));
            }
        };
        let mut rule = None;
        for t in args.iter().filter(|t| !std::ptr::eq(*t, id) && !std::ptr::eq(*t, sub)) {
            let this = match (t.key, t.value) {
                (Some("near"), v) => {
                    let d = v.parse::<usize>().ok().filter(|d| *d <= MAX_NEAR);
                    let Some(d) = d else {
                        let kind = BuildErrorKind::BadNumber {
                            what: "near distance".into(),
                            range: format!("[0, {MAX_NEAR}]"),
                            found: v.into(),
                        };
                        return Err(self.err(t.line, kind));
                    };
                    Rule::Near(d)
                }
                (None, "and") => Rule::And,
                (_, v) => return Err(self.syntax(t.line, &format!("unexpected '{v}'"))),
            };
            if rule.replace(this).is_some() {
                return Err(self.syntax(t.line, "a category takes one rule: near=<n> or and"));
            }
        }
        let Some(rule) = rule else {
            return Err(self.err(line, BuildErrorKind::Missing("rule: near=<n> or and".into())));
        };
        let Some(tail) = &stmt.tail else {
            return Err(self.err(line, BuildErrorKind::Missing("':' and two set names".into())));
        };
        let names: Vec<(&str, usize)> =
            tail.iter().flat_map(|p| p.text.split_whitespace().map(move |w| (w, p.line))).collect();
        let [(a, _), (b, _)] = names.as_slice() else {
            let msg = format!("a category needs two set names after ':', found {}", names.len());
            return Err(self.syntax(line, &msg));
        };
        self.categories.push((id.value.to_string(), subindex, rule, [a.to_string(), b.to_string()], line));
        Ok(())
    }

    fn finish(self) -> Result<Gpr, BuildError> {
        let Some((version, _)) = self.version.clone() else {
            return Err(self.err(0, BuildErrorKind::Missing("version statement".into())));
        };
        if self.categories.is_empty() {
            return Err(self.err(0, BuildErrorKind::Missing("category statements".into())));
        }
        let mut categories = Vec::with_capacity(self.categories.len());
        for (id, subindex, rule, [a, b], line) in &self.categories {
            let resolve = |name: &str| {
                let found =
                    self.set_names.iter().position(|n| n == name).filter(|&i| Some(i) != self.exclude);
                found.ok_or_else(|| {
                    let msg = format!("unknown set '{name}' in category '{id}'");
                    self.err(*line, BuildErrorKind::Inconsistent(msg))
                })
            };
            let sets = (resolve(a)?, resolve(b)?);
            categories.push(Category { id: id.clone(), subindex: *subindex, rule: *rule, sets });
        }
        let mut first = vec![Vec::new(); self.words.len()];
        for (p, pat) in self.patterns.iter().enumerate() {
            if let Some(&w) = pat.words.first() {
                first[w].push(p);
            }
        }
        let mut exact: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut prefix: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (id, w) in self.words.iter().enumerate() {
            let map = if w.prefix { &mut prefix } else { &mut exact };
            map.entry(w.stem.clone()).or_default().push(id);
        }
        let max_stem = self.words.iter().filter(|w| w.prefix).map(|w| w.stem.len()).max().unwrap_or(0);
        let max_len = self.patterns.iter().map(|p| p.words.len()).max().unwrap_or(1);
        Ok(Gpr {
            version,
            exclude: self.exclude,
            patterns: self.patterns,
            first,
            exact,
            prefix,
            max_stem,
            max_len,
            categories,
        })
    }
}

/// Set and category names: ASCII lowercase letters, digits and `_`.
fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gpr() -> &'static Gpr {
        Gpr::embedded()
    }

    fn ids(r: &GprReport) -> Vec<&str> {
        r.categories.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn embedded_rules_parse() {
        let (name, src) = DEFAULT_GPR_RULES;
        let g = Gpr::parse(name, src).expect("data/gpr.rules parses");
        assert!(!g.version().is_empty());
        assert_eq!(
            g.category_ids().collect::<Vec<_>>(),
            [
                "war_threats",
                "peace_threats",
                "military_buildup",
                "nuclear_threats",
                "terror_threats",
                "war_beginning",
                "war_escalation",
                "terror_acts"
            ]
        );
        let subs: Vec<_> = g.categories.iter().map(|c| c.subindex).collect();
        assert_eq!(subs[..5], [Subindex::Gpt; 5]);
        assert_eq!(subs[5..], [Subindex::Gpa; 3]);
        assert!(g.exclude.is_some());
        assert_eq!(g.max_len, 2);
    }

    /// (name, text, mode, categories that fire, flag, excluded).
    type Case = (&'static str, &'static str, GprMode, &'static [&'static str], bool, bool);

    /// Cases from Table 1 of Caldara & Iacoviello (2022).
    #[test]
    fn table() {
        use GprMode::{Hard, Soft};
        let cases: &[Case] = &[
            (
                "threat of war",
                "The threat of war hangs over the region.",
                Soft,
                &["war_threats"],
                true,
                false,
            ),
            ("war then threat, 2 between", "War is a threat.", Soft, &["war_threats"], true, false),
            ("3 words between: no", "War is now a threat.", Soft, &[], false, false),
            ("adjacent, prefix", "Moscow threatened war on Monday.", Soft, &["war_threats"], true, false),
            ("warn* prefix", "Leaders warned of war.", Soft, &["war_threats"], true, false),
            ("warning is not war", "A warning was issued.", Soft, &[], false, false),
            ("software is not war", "Software threats grow.", Soft, &[], false, false),
            ("case and hyphens", "THREAT-OF-WAR fears", Soft, &["war_threats"], true, false),
            ("possessive", "The war\u{2019}s danger grows.", Soft, &["war_threats"], true, false),
            ("peace threats", "Rebels rejected the peace treaty.", Soft, &["peace_threats"], true, false),
            (
                "military buildup, anywhere",
                "Troops gathered on the border. Weeks later the council voted new sanctions.",
                Soft,
                &["military_buildup"],
                true,
                false,
            ),
            (
                "nuclear test and fears",
                "A nuclear test was reported; fears grow in Seoul.",
                Soft,
                &["nuclear_threats"],
                true,
                false,
            ),
            (
                "nuclear weapon* phrase",
                "Nuclear weapons raise concerns.",
                Soft,
                &["nuclear_threats"],
                true,
                false,
            ),
            ("nuclear alone", "Nuclear power plants raise concerns.", Soft, &[], false, false),
            ("h-bomb", "The H-bombs stir dangers.", Soft, &["nuclear_threats"], true, false),
            ("terror threats", "The terrorist threat level rose.", Soft, &["terror_threats"], true, false),
            ("war broke out", "When war broke out, they fled.", Soft, &["war_beginning"], true, false),
            ("broke alone", "The war broke nothing.", Soft, &[], false, false),
            ("declared war", "Parliament declared war.", Soft, &["war_beginning"], true, false),
            ("rebels launched", "Rebels launched an offensive.", Soft, &["war_escalation"], true, false),
            ("troops invaded", "Foreign troops invaded the north.", Soft, &["war_escalation"], true, false),
            ("terrorists killed", "Terrorists killed six people.", Soft, &["terror_acts"], true, false),
            ("terror bombing", "A terror bombing in the capital.", Soft, &["terror_acts"], true, false),
            ("film: hard drops", "A film about the threat of war.", Hard, &["war_threats"], false, true),
            ("film: soft keeps", "A film about the threat of war.", Soft, &["war_threats"], true, true),
            ("price war: hard", "Airlines warn of price war.", Hard, &["war_threats"], false, true),
            ("price war: soft", "Airlines warn of price war.", Soft, &["war_threats"], true, true),
            (
                "war price is not price war",
                "War lifts the price of oil; fears rise.",
                Hard,
                &[],
                false,
                false,
            ),
            ("seize is not a GPR act", "M23 rebels seized the coltan mines.", Soft, &[], false, false),
            (
                "tax drops in hard",
                "Rebels attacked the town over a mining tax.",
                Hard,
                &["war_escalation"],
                false,
                true,
            ),
            ("nothing", "Gold prices were steady in London.", Soft, &[], false, false),
            ("empty", "", Soft, &[], false, false),
        ];
        for &(name, text, mode, want, flag, excluded) in cases {
            let r = gpr().score(&Article::from_body(text), mode);
            assert_eq!(ids(&r), want, "{name}: categories");
            assert_eq!(r.flag, flag, "{name}: flag");
            assert_eq!(r.excluded, excluded, "{name}: excluded");
            assert_eq!(r.excluded, !r.exclusions.is_empty(), "{name}: exclusions");
            assert_eq!(r.mode, mode, "{name}: mode");
        }
    }

    #[test]
    fn near_stays_within_a_field() {
        let text = "Leaders fear\n\nWar in the north is over.";
        let article = Article::parse(text).unwrap();
        assert_eq!(article.title(), Some("Leaders fear"));
        assert!(gpr().score(&article, GprMode::Soft).categories.is_empty());
        // `and` reaches across fields.
        let text = "Troops mass\n\nThe council voted sanctions.";
        let r = gpr().score(&Article::parse(text).unwrap(), GprMode::Soft);
        assert_eq!(ids(&r), ["military_buildup"]);
        let fields: Vec<_> = r.categories[0].evidence.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::Title, Field::Body]);
    }

    #[test]
    fn gpt_gpa_split() {
        let cases = [
            ("Terrorists killed six.", false, true),
            ("The threat of war grows.", true, false),
            ("The threat of war grows as terrorists killed six.", true, true),
            ("Markets rose.", false, false),
        ];
        for (text, threat, act) in cases {
            let r = gpr().score(&Article::from_body(text), GprMode::Soft);
            assert_eq!((r.threat, r.act, r.flag), (threat, act, threat || act), "{text}");
            for c in &r.categories {
                assert!(c.subindex == "gpt" || c.subindex == "gpa");
            }
        }
        let r = gpr().score(&Article::from_body("A film: terrorists killed six."), GprMode::Hard);
        assert_eq!((r.threat, r.act, r.flag, r.excluded), (false, false, false, true));
        assert_eq!(ids(&r), ["terror_acts"]);
    }

    #[test]
    fn evidence_spans_are_original_slices() {
        let text =
            "Crise au Sahel\n\nL\u{2019}État — naïve WAR\u{2019}s THREAT grows. Far away, guerrilla forces \
                    Killed hostages. A nuclear-test scare. A FILM crew left; the price-war ended.";
        let article = Article::parse(text).unwrap();
        let r = gpr().score(&article, GprMode::Soft);
        assert_eq!(ids(&r), ["war_threats", "nuclear_threats", "terror_acts"]);
        let all = r.categories.iter().flat_map(|c| &c.evidence).chain(&r.exclusions);
        for e in all {
            assert_eq!(&text[e.start..e.end], e.text, "{e:?}");
            assert_eq!(e.field, Field::Body);
        }
        let texts = |i: usize| r.categories[i].evidence.iter().map(|e| e.text.as_str()).collect::<Vec<_>>();
        assert_eq!(texts(0), ["WAR", "THREAT"]);
        assert_eq!(texts(1), ["THREAT", "nuclear-test"]);
        assert_eq!(texts(2), ["guerrilla", "Killed", "hostages"]);
        let ex: Vec<_> = r.exclusions.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(ex, ["FILM", "price-war"]);
        assert!(r.flag && r.excluded);
    }

    #[test]
    fn json_spans_index_the_field() {
        let json = r#"{"title": "Threat of war", "body": "Troops \u00e0 la fronti\u00e8re; new sanctions."}"#;
        let article = Article::from_json(json).unwrap();
        let r = gpr().score(&article, GprMode::Soft);
        assert_eq!(ids(&r), ["war_threats", "military_buildup"]);
        for e in r.categories.iter().flat_map(|c| &c.evidence) {
            let field = match e.field {
                Field::Title => article.title().unwrap(),
                _ => article.body().unwrap(),
            };
            assert_eq!(&field[e.start..e.end], e.text);
        }
    }

    #[test]
    fn evidence_is_capped_and_linear() {
        let text = "threat of war ".repeat(50_000);
        let r = gpr().score(&Article::from_body(&text), GprMode::Soft);
        assert_eq!(ids(&r), ["war_threats"]);
        assert!(r.categories[0].evidence.len() <= 2 * MAX_PAIRS);
        let text = "film ".repeat(1_000);
        let r = gpr().score(&Article::from_body(&text), GprMode::Soft);
        assert_eq!(r.exclusions.len(), MAX_EXCLUSIONS);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let texts = [
            "\u{0}\u{feff}'''s ''s war's' -- ---",
            "Co\u{302}te war\u{301} threat\u{301}",
            "🙂 war 🙂 threat 🙂",
            "İSTANBUL ẞ war-threat",
            "'s",
            "a's'b's war",
        ];
        for t in texts {
            for mode in [GprMode::Soft, GprMode::Hard] {
                let r = gpr().score(&Article::from_body(t), mode);
                for e in r.categories.iter().flat_map(|c| &c.evidence) {
                    assert_eq!(&t[e.start..e.end], e.text);
                }
            }
        }
    }

    #[test]
    fn tokenizer() {
        let cases: &[(&str, &[&str])] = &[
            ("war's threat", &["war", "threat"]),
            ("don't stop", &["don't", "stop"]),
            ("'quoted' word", &["quoted", "word"]),
            ("u.s. 1990s", &["u", "s", "1990s"]),
            ("", &[]),
        ];
        let mut out = Vec::new();
        for (text, want) in cases {
            tokenize(text, &mut out);
            let got: Vec<_> = out.iter().map(|&(s, e)| &text[s..e]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn custom_rules() {
        let src = "version t1\nset a : alpha | beta gamma\nset b : omega*\n\
                   category x gpt near=0 : a b\ncategory y gpa and : b a\n";
        let g = Gpr::parse("t.rules", src).unwrap();
        let r = g.score(&Article::from_body("beta gamma omegas"), GprMode::Hard);
        assert_eq!(ids(&r), ["x", "y"]);
        assert_eq!(r.version, "t1");
        assert!(!r.excluded && r.flag && r.threat && r.act);
        let r = g.score(&Article::from_body("alpha x omega"), GprMode::Soft);
        assert_eq!(ids(&r), ["y"]);
        // The same set twice needs two distinct occurrences.
        let src = "version t\nset a : war\ncategory x gpt near=1 : a a\n";
        let g = Gpr::parse("t.rules", src).unwrap();
        assert!(g.score(&Article::from_body("war"), GprMode::Soft).categories.is_empty());
        assert_eq!(ids(&g.score(&Article::from_body("war, war"), GprMode::Soft)), ["x"]);
    }

    #[test]
    fn parse_errors_name_the_line() {
        let head = "version t\nset a : war\nset b : threat*\n";
        let cases: &[(&str, &str, usize, &str)] = &[
            ("unknown set", "category x gpt near=2 : a c", 4, "unknown set 'c'"),
            (
                "exclude not a set",
                "exclude : film\ncategory x gpt and : a exclude",
                5,
                "unknown set 'exclude'",
            ),
            ("empty set", "set c :", 4, "set 'c' (the set is empty)"),
            ("empty set over lines", "set c :\n  |", 4, "the set is empty"),
            ("no tail", "set c", 4, "missing ':' and the words of set 'c'"),
            ("duplicate set", "set a : peace", 4, "duplicate id 'a' (first defined at g.rules:2)"),
            ("unknown keyword", "sett c : war", 4, "unknown statement 'sett'"),
            ("unknown attribute", "category x gpt far=2 : a b", 4, "unknown attribute 'far'"),
            ("bad distance", "category x gpt near=x : a b", 4, "near distance must be a number in [0, 10]"),
            ("negative distance", "category x gpt near=-1 : a b", 4, "found '-1'"),
            ("distance too large", "category x gpt near=11 : a b", 4, "found '11'"),
            ("bad subindex", "category x gpr near=2 : a b", 4, "subindex must be one of gpt, gpa"),
            ("no rule", "category x gpt : a b", 4, "missing rule"),
            ("two rules", "category x gpt near=2 and : a b", 4, "one rule"),
            ("one set", "category x gpt and : a", 4, "two set names"),
            (
                "duplicate category",
                "category x gpt and : a b\ncategory x gpa and : a b",
                5,
                "duplicate id 'x'",
            ),
            ("star inside", "set c : th*reat", 4, "bad word 'th*reat'"),
            ("bare star", "set c : war | *", 4, "bad word '*'"),
            ("not a word", "set c : u.s.", 4, "not a single word"),
            ("empty between bars", "set c : war |  | peace", 4, "empty word"),
            ("bad line in continuation", "set c : war\n  | peace\n  | a.b", 6, "bad word 'a.b'"),
            ("double version", "version u", 4, "version given twice"),
        ];
        for &(name, extra, line, needle) in cases {
            let src = format!("{head}{extra}\n");
            let err = Gpr::parse("g.rules", &src).unwrap_err();
            assert_eq!(err.file(), "g.rules", "{name}");
            assert_eq!(err.line(), line, "{name}: {err}");
            assert!(err.to_string().contains(needle), "{name}: {err}");
        }
        let err = Gpr::parse("g.rules", "set a : war\ncategory x gpt and : a a\n").unwrap_err();
        assert_eq!((err.line(), err.to_string()), (0, "g.rules: missing version statement".into()));
        let err = Gpr::parse("g.rules", "version v\nset a : war\n").unwrap_err();
        assert!(err.to_string().contains("missing category"), "{err}");
    }

    #[test]
    fn mode_and_report_serde() {
        assert_eq!(GprMode::default(), GprMode::Soft);
        assert_eq!("HARD".parse::<GprMode>(), Ok(GprMode::Hard));
        assert!("medium".parse::<GprMode>().is_err());
        let r = gpr().score(&Article::from_body("A film about the threat of war."), GprMode::Hard);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["mode"], "hard");
        assert_eq!(json["categories"][0]["subindex"], "gpt");
        assert_eq!(json["exclusions"][0]["field"], "body");
        let back: GprReport = serde_json::from_value(json).unwrap();
        assert_eq!(back, r);
    }
}
