//! The scorer: compile the knowledge once, score many articles.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::fmt;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use crate::actors::{dateline_end, Actors};
use crate::article::{Article, Field, SegmentRef, MAX_ARTICLE_BYTES};
use crate::assemble::Ctx;
use crate::error::{BuildError, BuildErrorKind};
use crate::gpr::{Gpr, GprMode, DEFAULT_GPR_RULES};
use crate::knowledge::{Fnv, Knowledge, DEFAULT_LEXICONS, DEFAULT_RULES};
use crate::lexicon::Lexicon;
use crate::name::Names;
use crate::report::{Detail, RiskReport, Ruleset};
use crate::rules::Rules;
use crate::scan::{Scan, Scratch};
use crate::text::floor_char_boundary;

/// A compiled scorer: knowledge base and matcher, built once.
///
/// `Scorer` is `Send + Sync` and cheap to clone (an `Arc`), so one instance
/// serves every thread. Scoring never fails and never panics.
///
/// # Example
///
/// ```
/// let scorer = georisk::Scorer::default();
/// let article = georisk::Article::from_body(
///     "M23 rebels seized the coltan mines of Rubaya after heavy fighting with the army.",
/// );
/// let report = scorer.score(&article);
/// assert!(report.signals.conflict.score > 50.0);
/// assert!(report.signals.minerals.metals.iter().any(|m| m.metal == "tantalum"));
/// ```
///
/// # Resource usage
///
/// Building the default knowledge base parses every embedded file and
/// compiles one Aho-Corasick automaton (a contiguous NFA, walked from word
/// starts) plus a first-word index: about 24 ms and 1.6 MiB for the default
/// 9,653 patterns on a 2-core server (see [`Scorer::memory_usage`], the
/// `build` bench and `DESIGN.md`). Scoring runs at about 87 MB/s of article
/// text per core (90,000 news articles a second), the raw matcher at about
/// 210 MB/s; the README's Performance section has the figures.
#[derive(Clone)]
pub struct Scorer {
    pub(crate) kb: Arc<Knowledge>,
}

static DEFAULT: LazyLock<Scorer> = LazyLock::new(|| {
    // The embedded files are compiled by a unit test, so this cannot fail.
    ScorerBuilder::new().build().expect("embedded knowledge base compiles")
});

impl Default for Scorer {
    /// The scorer over the embedded knowledge base, compiled on first use
    /// and shared (cloning it is cheap).
    fn default() -> Scorer {
        DEFAULT.clone()
    }
}

impl fmt::Debug for Scorer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scorer")
            .field("version", &self.kb.rules.version)
            .field("hash", &self.kb.hash)
            .field("entries", &self.kb.entries.len())
            .field("aliases", &self.kb.aliases.len())
            .finish()
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Scorer {
    /// A builder starting from the embedded knowledge base.
    pub fn builder() -> ScorerBuilder {
        ScorerBuilder::new()
    }

    /// The ruleset version and content hash carried by every report.
    pub fn ruleset(&self) -> Ruleset {
        self.kb.names.ruleset.clone()
    }

    /// Heap bytes held by the compiled matcher: the automaton, the
    /// first-word index and the pattern targets (1.6 MiB for the default
    /// knowledge base; the knowledge itself is not counted).
    pub fn memory_usage(&self) -> usize {
        self.kb.matcher.memory_usage()
    }

    /// Number of patterns (aliases) compiled.
    pub fn pattern_count(&self) -> usize {
        self.kb.aliases.len()
    }

    /// Scores one article: the whole report ([`Detail::Full`]).
    pub fn score(&self, article: &Article<'_>) -> RiskReport {
        self.score_detail(article, Detail::Full)
    }

    /// Scores one article, writing the report only to `detail`: the same
    /// scores, actors, relations and rules at every level, with less
    /// evidence and text below [`Detail::Full`] (see [`Detail`]).
    pub fn score_detail(&self, article: &Article<'_>, detail: Detail) -> RiskReport {
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut scratch) => {
                let report = self.score_with(article, detail, &mut scratch);
                scratch.trim();
                report
            }
            Err(_) => self.score_with(article, detail, &mut Scratch::default()),
        })
    }

    /// Parses `text` (plain or aggregator layout) and scores it. Input over
    /// [`MAX_ARTICLE_BYTES`] is cut at a char boundary and the report is
    /// flagged `truncated`.
    pub fn score_text(&self, text: &str) -> RiskReport {
        self.score_text_detail(text, Detail::Full)
    }

    /// [`Scorer::score_text`], writing the report only to `detail`.
    pub fn score_text_detail(&self, text: &str, detail: Detail) -> RiskReport {
        let (text, truncated) = truncate(text);
        let article = Article::parse(text).unwrap_or_else(|_| Article::from_body(text));
        let mut report = self.score_detail(&article, detail);
        report.truncated = truncated;
        report
    }

    /// Scores raw bytes: invalid UTF-8 is replaced by U+FFFD. When the bytes
    /// are valid UTF-8, spans index them; otherwise they index the decoded
    /// text, which is returned beside the report.
    pub fn score_bytes<'b>(&self, bytes: &'b [u8]) -> (RiskReport, Cow<'b, str>) {
        let text = String::from_utf8_lossy(bytes);
        let report = self.score_text(&text);
        (report, text)
    }

    fn score_with(&self, article: &Article<'_>, detail: Detail, scratch: &mut Scratch) -> RiskReport {
        let kb = &*self.kb;
        let scan = Scan::run(kb, article, scratch);
        let segments: Vec<SegmentRef<'_>> = article.segments().collect();
        let dateline = segments
            .iter()
            .find(|s| s.field == Field::Body)
            .and_then(|s| dateline_end(s.text).map(|d| (s.offset + d) as u32));
        let actors = Actors::find(kb, scan, &segments, dateline, article.published());
        let company = vec![OnceCell::new(); scan.hits.len()];
        let ctx = Ctx { kb, scan, segments: &segments, actors: &actors, company, detail };
        let mut report = ctx.report(article.id());
        report.gpr = kb.gpr.as_ref().map(|(gpr, mode)| gpr.score(article, *mode));
        report
    }
}

/// A knowledge file's name (its path as given) and contents.
fn read_file(path: &Path) -> Result<(String, String), BuildError> {
    let name = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| {
        // Without the " (os error N)" of OS messages.
        let msg = e.to_string();
        let what = msg.rfind(" (os error").map_or(&*msg, |i| &msg[..i]).to_string();
        BuildError::new(&name, 0, BuildErrorKind::Read(what))
    })?;
    Ok((name, src))
}

/// Cuts `text` to at most [`MAX_ARTICLE_BYTES`] on a char boundary.
fn truncate(text: &str) -> (&str, bool) {
    let end = floor_char_boundary(text, MAX_ARTICLE_BYTES);
    (&text[..end], end < text.len())
}

/// Scores `text` with the embedded knowledge base.
///
/// The text is parsed as plain text or the aggregator layout (see
/// [`Article::parse`]).
///
/// # Example
///
/// ```
/// let report = georisk::score_text("Troops clash with rebels near Goma\n\nHeavy fighting killed 12 soldiers.");
/// assert!(report.score > 30.0, "{}", report.score);
/// assert_eq!(report.focus().next().map(|a| a.id.as_str()), Some("COD"));
/// ```
pub fn score_text(text: &str) -> RiskReport {
    Scorer::default().score_text(text)
}

/// Builds a [`Scorer`] from the embedded knowledge base, with files added
/// or replaced.
///
/// # Example
///
/// ```
/// # fn main() -> Result<(), georisk::Error> {
/// let extra = "@signal conflict\np.cattle cat=armed_clash w=3 : cattle raid | cattle raids\n";
/// let scorer = georisk::Scorer::builder().lexicon("pastoral.lex", extra)?.build()?;
/// let report = scorer.score_text("Cattle raids in Jonglei");
/// assert!(report.evidence.iter().any(|e| e.term == "cattle raids"));
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ScorerBuilder {
    rules: (String, Rules, u64),
    lexicons: Vec<(Lexicon, u64)>,
    /// GPR-compatible mode, off unless asked for.
    gpr_mode: Option<GprMode>,
    /// Custom GPR rules and their content hash; the embedded ones otherwise.
    gpr_rules: Option<(Gpr, u64)>,
}

impl Default for ScorerBuilder {
    fn default() -> ScorerBuilder {
        ScorerBuilder::new()
    }
}

impl ScorerBuilder {
    /// A builder holding the embedded rules and lexicons.
    pub fn new() -> ScorerBuilder {
        let (name, src) = DEFAULT_RULES;
        let rules = Rules::parse(name, src).expect("embedded rules parse");
        let lexicons = DEFAULT_LEXICONS
            .iter()
            .map(|(name, src)| {
                (Lexicon::parse(name, src).expect("embedded lexicon parses"), Fnv::of(src.as_bytes()))
            })
            .collect();
        ScorerBuilder {
            rules: (name.to_string(), rules, Fnv::of(src.as_bytes())),
            lexicons,
            gpr_mode: None,
            gpr_rules: None,
        }
    }

    /// Removes every lexicon (the rules stay): build from your own files.
    pub fn clear_lexicons(&mut self) -> &mut ScorerBuilder {
        self.lexicons.clear();
        self
    }

    /// Adds a lexicon, or replaces the one with the same name (the embedded
    /// ones are named like their path under `data/`: `conflict.lex`,
    /// `actors/countries.lex`...).
    ///
    /// # Errors
    ///
    /// The first malformed line of `src`, naming `name` and the line.
    pub fn lexicon(&mut self, name: &str, src: &str) -> Result<&mut ScorerBuilder, BuildError> {
        self.put_lexicon(name, src, |l| l.name == name)
    }

    /// Reads a lexicon file and adds it, or replaces the lexicon whose name
    /// ends its path: `my/conflict.lex` replaces the embedded `conflict.lex`,
    /// `kb/actors/countries.lex` replaces `actors/countries.lex` (the layout
    /// [`ScorerBuilder::embedded_files`] writes). Errors name `path` as
    /// given.
    ///
    /// # Errors
    ///
    /// [`BuildErrorKind::Read`](crate::BuildErrorKind::Read) when the file
    /// cannot be read or is not UTF-8, else the first malformed line.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let path = std::env::temp_dir().join(format!("georisk-doc-{}.lex", std::process::id()));
    /// std::fs::write(&path, "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid\n")?;
    /// let scorer = georisk::Scorer::builder().lexicon_file(&path)?.build()?;
    /// assert!(scorer.score_text("A cattle raid in Jonglei").score > 0.0);
    /// std::fs::write(&path, "@signal conflict\nl.raid cat=armed_clash w=-1 : cattle raid\n")?;
    /// let err = georisk::Scorer::builder().lexicon_file(&path).unwrap_err();
    /// assert_eq!(err.file(), path.display().to_string());
    /// assert_eq!(err.line(), 2);
    /// # std::fs::remove_file(&path)?;
    /// # Ok(()) }
    /// ```
    pub fn lexicon_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ScorerBuilder, BuildError> {
        let path = path.as_ref();
        let (name, src) = read_file(path)?;
        self.put_lexicon(&name, &src, |l| l.name == name || path.ends_with(&l.name))
    }

    /// Parses a lexicon and puts it in the first slot `replaces` picks, or
    /// at the end.
    fn put_lexicon(
        &mut self,
        name: &str,
        src: &str,
        replaces: impl Fn(&Lexicon) -> bool,
    ) -> Result<&mut ScorerBuilder, BuildError> {
        let entry = (Lexicon::parse(name, src)?, Fnv::of(src.as_bytes()));
        match self.lexicons.iter_mut().find(|(l, _)| replaces(l)) {
            Some(slot) => *slot = entry,
            None => self.lexicons.push(entry),
        }
        Ok(self)
    }

    /// Replaces the rules file; errors name it `scoring.rules`, like the
    /// embedded file it replaces ([`ScorerBuilder::rules_named`] gives it
    /// another name).
    ///
    /// # Errors
    ///
    /// A malformed statement or a missing required one.
    pub fn rules(&mut self, src: &str) -> Result<&mut ScorerBuilder, BuildError> {
        self.rules_named(DEFAULT_RULES.0, src)
    }

    /// Replaces the rules file, naming it `name` in errors.
    ///
    /// # Errors
    ///
    /// A malformed statement or a missing required one.
    ///
    /// # Example
    ///
    /// ```
    /// let err = georisk::Scorer::builder().rules_named("mine.rules", "version x\n").unwrap_err();
    /// assert_eq!(err.file(), "mine.rules");
    /// ```
    pub fn rules_named(&mut self, name: &str, src: &str) -> Result<&mut ScorerBuilder, BuildError> {
        let rules = Rules::parse(name, src)?;
        self.rules = (name.to_string(), rules, Fnv::of(src.as_bytes()));
        Ok(self)
    }

    /// Reads a rules file and replaces the rules with it; errors name `path`
    /// as given.
    ///
    /// # Errors
    ///
    /// [`BuildErrorKind::Read`](crate::BuildErrorKind::Read) when the file
    /// cannot be read or is not UTF-8, else a malformed statement or a
    /// missing required one.
    pub fn rules_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ScorerBuilder, BuildError> {
        let (name, src) = read_file(path.as_ref())?;
        self.rules_named(&name, &src)
    }

    /// The embedded knowledge files as (name, contents): the rules, the
    /// lexicons and the GPR rules, named like their path under `data/`. A
    /// starting point for your own (`georisk knowledge dump DIR`).
    ///
    /// # Example
    ///
    /// ```
    /// let files = georisk::ScorerBuilder::embedded_files();
    /// assert!(files.iter().any(|(name, _)| *name == "actors/countries.lex"));
    /// ```
    pub fn embedded_files() -> Vec<(&'static str, &'static str)> {
        let mut files = vec![DEFAULT_RULES];
        files.extend_from_slice(DEFAULT_LEXICONS);
        files.push(DEFAULT_GPR_RULES);
        files
    }

    /// Adds the GPR-compatible assessment (Caldara & Iacoviello 2022: eight
    /// categories, two-word proximity, exclusion words) to every report, in
    /// `RiskReport::gpr`. [`GprMode::Soft`] reports exclusion words;
    /// [`GprMode::Hard`] drops the article's flag on any, as in the paper.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), georisk::Error> {
    /// let scorer = georisk::Scorer::builder().gpr(georisk::GprMode::Hard).build()?;
    /// let report = scorer.score_text("The threat of war grew as troops massed.");
    /// let gpr = report.gpr.expect("GPR mode is on");
    /// assert!(gpr.flag && gpr.threat);
    /// # Ok(()) }
    /// ```
    pub fn gpr(&mut self, mode: GprMode) -> &mut ScorerBuilder {
        self.gpr_mode = Some(mode);
        self
    }

    /// Replaces the GPR word sets and categories (format: `data/gpr.rules`);
    /// GPR mode must still be turned on with [`ScorerBuilder::gpr`].
    ///
    /// # Errors
    ///
    /// A malformed line, an unknown or empty word set, a bad distance.
    pub fn gpr_rules(&mut self, src: &str) -> Result<&mut ScorerBuilder, BuildError> {
        self.gpr_rules = Some((Gpr::parse("gpr.rules", src)?, Fnv::of(src.as_bytes())));
        Ok(self)
    }

    /// Checks every file against the others and compiles the matcher.
    ///
    /// # Errors
    ///
    /// Duplicate ids, duplicate aliases within one signal, categories the
    /// rules do not declare, unknown country codes (each naming file and
    /// line), or a matcher too large to build.
    pub fn build(&self) -> Result<Scorer, BuildError> {
        let mut kb = Knowledge::build(self.rules.clone(), &self.lexicons)?;
        if let Some(mode) = self.gpr_mode {
            let (gpr, src_hash) = self
                .gpr_rules
                .clone()
                .unwrap_or_else(|| (Gpr::embedded().clone(), Fnv::of(DEFAULT_GPR_RULES.1.as_bytes())));
            // The GPR rules are part of the knowledge a report names.
            let mut hash = Fnv::default();
            hash.add(kb.hash.as_bytes());
            hash.add(&src_hash.to_le_bytes());
            kb.hash = format!("{:016x}", hash.0);
            kb.gpr = Some((gpr, mode));
        }
        kb.names = Names::new(&kb);
        Ok(Scorer { kb: Arc::new(kb) })
    }
}
