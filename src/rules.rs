//! The rules file (`scoring.rules`): signals, categories, weights, levels and
//! co-occurrence rules. Every number of the scoring model lives there.

use std::collections::BTreeMap;

use crate::error::{BuildError, BuildErrorKind};
use crate::frames::{Frames, Kind};
use crate::lexicon::{bad_value, ActorKind, Signal};
use crate::source::{self, Statement, Token};
use crate::text::Suffixes;

/// The three scored signals, in report order.
pub(crate) const SCORED: [Signal; 3] = [Signal::Conflict, Signal::Minerals, Signal::ForeignInvolvement];

/// Article fields, in reading order.
pub(crate) const FIELDS: [&str; 5] = ["title", "summary", "body", "tags", "categories"];

/// Relation types of foreign involvement.
pub(crate) const RELATIONS: [&str; 4] = ["military", "proxy", "resources", "pressure"];

/// The levels above `low`, in order.
pub(crate) const LEVELS: [&str; 4] = ["guarded", "elevated", "high", "severe"];

#[derive(Clone, Debug)]
pub(crate) struct SignalRule {
    /// Share of the signal's 0-100 score that enters the overall score.
    pub(crate) weight: f64,
    /// Raw points at which the signal reaches 63% of 100.
    pub(crate) scale: f64,
}

#[derive(Clone, Debug)]
pub(crate) struct Category {
    pub(crate) signal: Signal,
    pub(crate) name: String,
    pub(crate) dampen: bool,
    /// A soft category counts in its signal's score but does not make a
    /// sentence a conflict sentence (co-occurrence rules, weak involvement
    /// cues): political vocabulary is context, not violence.
    pub(crate) soft: bool,
    /// For a dampening category: the largest share of the signal's positive
    /// points it may remove.
    pub(crate) dampen_max: f64,
}

/// A condition of a co-occurrence rule, met by one sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Condition {
    /// Any positive hit of the signal.
    Signal(Signal),
    /// A hit of this category (index into `Rules::categories`).
    Category(usize),
    /// A mention of an actor of this kind.
    Actor(ActorKind),
}

#[derive(Clone, Debug)]
pub(crate) struct CoRule {
    pub(crate) id: String,
    pub(crate) requires: Vec<Condition>,
    pub(crate) points: f64,
    pub(crate) cap: f64,
    pub(crate) explain: String,
}

/// How an actor kind's mentions feed a signal category.
#[derive(Clone, Debug)]
pub(crate) struct ActorFeed {
    pub(crate) kind: ActorKind,
    pub(crate) category: usize,
    pub(crate) weight: f64,
}

/// The parsed rules file.
#[derive(Clone, Debug)]
pub(crate) struct Rules {
    pub(crate) version: String,
    pub(crate) signals: BTreeMap<Signal, SignalRule>,
    pub(crate) categories: Vec<Category>,
    /// Field weights, indexed like [`FIELDS`].
    pub(crate) fields: [f64; 5],
    /// Thresholds of guarded, elevated, high, severe.
    pub(crate) levels: [f64; 4],
    /// Weight of the k-th repeat of one entry: `decay^k`.
    pub(crate) decay: f64,
    pub(crate) length_words: f64,
    pub(crate) length_power: f64,
    pub(crate) knee_start: f64,
    pub(crate) knee_span: f64,
    pub(crate) co_rules: Vec<CoRule>,
    pub(crate) actor_feeds: Vec<ActorFeed>,
    /// Involvement weight per relation type, indexed like [`RELATIONS`].
    pub(crate) relation_weights: [f64; 4],
    /// Multiplier per power tier 1..=4.
    pub(crate) tiers: [f64; 4],
    pub(crate) alleged: f64,
    pub(crate) touch_conflict: f64,
    pub(crate) touch_minerals: f64,
    /// Cues weighing less than this count only in a sentence that also
    /// names conflict or minerals ("deal" alone is business as usual).
    pub(crate) weak_cue: f64,
    /// A country is co-focus when its weight reaches this share of the top.
    pub(crate) focus_ratio: f64,
    /// Field weights for focus, indexed like [`FIELDS`].
    pub(crate) focus_fields: [f64; 5],
    pub(crate) focus_place: f64,
    pub(crate) focus_lead: f64,
    pub(crate) focus_group: f64,
    /// Conflict categories that make a country a party to fighting: such a
    /// country stays a co-focus even when it has foreign relations (a
    /// border war has two sides).
    pub(crate) fighting: Vec<usize>,
    pub(crate) max_evidence: usize,
    /// Corporate suffixes that mark a company name.
    pub(crate) company_suffixes: Suffixes,
    /// What a hit inside a company name counts.
    pub(crate) company_factor: f64,
    /// Lowercase words that, right before a leader's weak name, confirm it
    /// ("President Bush"); optional (`titles` statement).
    pub(crate) leader_titles: Vec<String>,
    /// Where an involvement cue's source and target sit (`frame` statements).
    pub(crate) frames: Frames,
}

/// Statements seen once, to report what is missing.
#[derive(Default)]
struct Seen(Vec<&'static str>);

impl Rules {
    /// Parses a rules file.
    ///
    /// # Errors
    ///
    /// A malformed statement, an unknown name or a missing required statement.
    pub(crate) fn parse(file: &str, src: &str) -> Result<Rules, BuildError> {
        let mut rules = Rules {
            version: String::new(),
            signals: BTreeMap::new(),
            categories: Vec::new(),
            fields: [f64::NAN; 5],
            levels: [f64::NAN; 4],
            decay: f64::NAN,
            length_words: f64::NAN,
            length_power: f64::NAN,
            knee_start: f64::NAN,
            knee_span: f64::NAN,
            co_rules: Vec::new(),
            actor_feeds: Vec::new(),
            relation_weights: [f64::NAN; 4],
            tiers: [f64::NAN; 4],
            alleged: f64::NAN,
            touch_conflict: f64::NAN,
            touch_minerals: f64::NAN,
            weak_cue: f64::NAN,
            focus_ratio: f64::NAN,
            focus_fields: [f64::NAN; 5],
            focus_place: f64::NAN,
            focus_lead: f64::NAN,
            focus_group: f64::NAN,
            fighting: Vec::new(),
            max_evidence: 0,
            company_suffixes: Suffixes::new([]),
            company_factor: f64::NAN,
            leader_titles: Vec::new(),
            frames: Frames::default(),
        };
        let mut seen = Seen::default();
        let stmts = source::statements(file, src)?;
        for stmt in &stmts {
            let mut p = StmtParser::new(file, stmt)?;
            rules.statement(&mut p, &mut seen)?;
        }
        rules.check_complete(file, &seen)?;
        Ok(rules)
    }

    fn statement(&mut self, p: &mut StmtParser<'_, '_>, seen: &mut Seen) -> Result<(), BuildError> {
        let keyword = p.keyword;
        match keyword {
            "@version" => self.version = p.word("version")?.to_string(),
            "signal" => {
                let signal = p.signal()?;
                if !SCORED.contains(&signal) {
                    return Err(p.error(BuildErrorKind::UnknownSignal(signal.as_str().into())));
                }
                let weight = p.num("weight", (0.0, 1.0))?;
                let scale = p.positive("scale", 1000.0)?;
                if self.signals.insert(signal, SignalRule { weight, scale }).is_some() {
                    return Err(p.twice(&format!("signal {}", signal.as_str())));
                }
            }
            "category" => {
                let signal = p.signal()?;
                let name = p.word("category name")?.to_string();
                let flag = p.next_word();
                let (dampen, soft) = match flag {
                    None => (false, false),
                    Some("dampen") => (true, false),
                    Some("soft") => (false, true),
                    Some(other) => return Err(p.bad("category flag", "dampen, soft", other)),
                };
                let dampen_max = if dampen { p.num("max", (0.0, 1.0))? } else { 0.0 };
                if self.categories.iter().any(|c| c.signal == signal && c.name == name) {
                    let what = format!("category {} {name} declared twice", signal.as_str());
                    return Err(p.error(BuildErrorKind::Inconsistent(what)));
                }
                self.categories.push(Category { signal, name, dampen, soft, dampen_max });
            }
            "field" => {
                let name = p.word("field name")?;
                let i = index_of(&FIELDS, name).ok_or_else(|| p.bad("field", &FIELDS.join(", "), name))?;
                if !self.fields[i].is_nan() {
                    return Err(p.twice(&format!("field {name}")));
                }
                self.fields[i] = p.positive_word("field weight", 10.0)?;
            }
            "level" => {
                let name = p.word("level name")?;
                let i = index_of(&LEVELS, name).ok_or_else(|| p.bad("level", &LEVELS.join(", "), name))?;
                if !self.levels[i].is_nan() {
                    return Err(p.twice(&format!("level {name}")));
                }
                self.levels[i] = p.positive_word("level threshold", 100.0)?;
            }
            "saturation" => self.decay = p.num("decay", (0.0, 1.0))?,
            "length" => {
                self.length_words = p.positive("words", 1e6)?;
                self.length_power = p.num("power", (0.0, 1.0))?;
            }
            "knee" => {
                self.knee_start = p.positive("start", 100.0)?;
                self.knee_span = p.positive("span", 100.0)?;
            }
            "rule" => self.co_rule(p)?,
            "actor" => {
                let kind_word = p.word("actor kind")?;
                let kind = ActorKind::parse(kind_word).ok_or_else(|| {
                    p.bad("actor kind", "country, armed_group, organisation, bloc", kind_word)
                })?;
                let target = p.word("signal.category")?;
                let category = self.category_ref(p, target)?;
                let weight = p.positive("w", 10.0)?;
                if self.actor_feeds.iter().any(|f| f.kind == kind && f.category == category) {
                    return Err(p.twice(&format!("actor {kind_word} {target}")));
                }
                self.actor_feeds.push(ActorFeed { kind, category, weight });
            }
            "involvement" => {
                for (i, name) in RELATIONS.iter().enumerate() {
                    self.relation_weights[i] = p.positive(name, 10.0)?;
                }
                self.alleged = p.num("alleged", (0.0, 1.0))?;
                self.touch_conflict = p.num("touch_conflict", (1.0, 5.0))?;
                self.touch_minerals = p.num("touch_minerals", (1.0, 5.0))?;
                self.weak_cue = p.positive("weak_cue", 10.0)?;
            }
            "tiers" => {
                for (i, name) in ["1", "2", "3", "4"].iter().enumerate() {
                    self.tiers[i] = p.positive(name, 10.0)?;
                }
            }
            "focus" => {
                self.focus_ratio = p.num("ratio", (0.0, 1.0))?;
                self.focus_place = p.positive("place", 10.0)?;
                self.focus_lead = p.positive("lead", 10.0)?;
                self.focus_group = p.positive("group", 10.0)?;
                for (i, name) in FIELDS.iter().enumerate() {
                    self.focus_fields[i] = p.positive(name, 10.0)?;
                }
                let fighting = p.attr("fighting")?;
                for cat in fighting.value.split(',') {
                    let index = self.category_ref(p, &format!("conflict.{}", cat.trim()))?;
                    self.fighting.push(index);
                }
            }
            "evidence" => self.max_evidence = p.whole("max", (1, 10_000))? as usize,
            "company" => {
                self.company_factor = p.num("factor", (0.0, 1.0))?;
                let suffixes = p.attr("suffixes")?;
                self.company_suffixes = Suffixes::new(suffixes.value.split(',').map(str::trim));
            }
            "titles" => {
                if !self.leader_titles.is_empty() {
                    return Err(p.error(BuildErrorKind::Inconsistent("'titles' given twice".into())));
                }
                let words = p.attr("words")?;
                for word in words.value.split(',').map(str::trim) {
                    if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                        return Err(p.bad("title", "one word of letters", word));
                    }
                    self.leader_titles.push(word.to_lowercase());
                }
            }
            "frame" => self.frame(p)?,
            other => return Err(p.error(BuildErrorKind::UnknownStatement(other.to_string()))),
        }
        p.finish()?;
        if let Some(k) = ONCE.iter().find(|k| **k == keyword) {
            if seen.0.contains(k) {
                let what = format!("'{keyword}' given twice");
                return Err(p.error(BuildErrorKind::Inconsistent(what)));
            }
            seen.0.push(k);
        }
        Ok(())
    }

    fn co_rule(&mut self, p: &mut StmtParser<'_, '_>) -> Result<(), BuildError> {
        let id = p.word("rule id")?.to_string();
        if self.co_rules.iter().any(|r| r.id == id) {
            let what = format!("rule '{id}' defined twice");
            return Err(p.error(BuildErrorKind::Inconsistent(what)));
        }
        let scope = p.attr("scope")?;
        if scope.value != "sentence" {
            return Err(p.bad("scope", "sentence", scope.value));
        }
        let requires_tok = p.attr("requires")?;
        let mut requires = Vec::new();
        for part in requires_tok.value.split(',') {
            requires.push(self.condition(p, part.trim())?);
        }
        let points = p.positive("points", 100.0)?;
        let cap = p.positive("cap", 100.0)?;
        let explain = p.attr("explain")?.value.to_string();
        self.co_rules.push(CoRule { id, requires, points, cap, explain });
        Ok(())
    }

    /// `frame KIND WORD...` (see [`Kind::NAMES`]) or `frame reach words=N
    /// bytes=N direct=N`.
    fn frame(&mut self, p: &mut StmtParser<'_, '_>) -> Result<(), BuildError> {
        let name = p.word("frame kind")?;
        if name == "reach" {
            if self.frames.reach_bytes != 0 {
                return Err(p.twice("frame reach"));
            }
            self.frames.reach_words = p.positive("words", 20.0)? as usize;
            self.frames.reach_bytes = p.positive("bytes", 1000.0)? as usize;
            self.frames.direct_words = p.num("direct", (0.0, 20.0))? as usize;
            return Ok(());
        }
        let Some(&(_, kind)) = Kind::NAMES.iter().find(|(n, _)| *n == name) else {
            let names: Vec<&str> = Kind::NAMES.iter().map(|(n, _)| *n).collect();
            return Err(p.bad("frame kind", &format!("{}, reach", names.join(", ")), name));
        };
        if self.frames.has_kind(kind) {
            return Err(p.twice(&format!("frame {name}")));
        }
        while let Some(word) = p.next_word() {
            if !word.chars().all(|c| c.is_alphanumeric() || c == '\'' || c == '’') {
                return Err(p.bad("frame word", "one word of letters", word));
            }
            self.frames.add(kind, word);
        }
        Ok(())
    }

    fn condition(&self, p: &StmtParser<'_, '_>, s: &str) -> Result<Condition, BuildError> {
        if let Some(kind) = s.strip_prefix("actor:") {
            return ActorKind::parse(kind)
                .map(Condition::Actor)
                .ok_or_else(|| p.bad("actor kind", "country, armed_group, organisation, bloc", kind));
        }
        if s.contains('.') {
            return self.category_ref(p, s).map(Condition::Category);
        }
        match Signal::parse(s) {
            Some(sig) if SCORED.contains(&sig) => Ok(Condition::Signal(sig)),
            _ => Err(p.error(BuildErrorKind::UnknownSignal(s.to_string()))),
        }
    }

    /// Resolves `signal.category` to an index into `categories`.
    fn category_ref(&self, p: &StmtParser<'_, '_>, s: &str) -> Result<usize, BuildError> {
        let (sig, cat) = s.split_once('.').unwrap_or((s, ""));
        let signal = Signal::parse(sig).ok_or_else(|| p.error(BuildErrorKind::UnknownSignal(sig.into())))?;
        self.category_index(signal, cat)
            .ok_or_else(|| p.error(BuildErrorKind::UnknownCategory(s.to_string())))
    }

    pub(crate) fn category_index(&self, signal: Signal, name: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.signal == signal && c.name == name)
    }

    fn check_complete(&self, file: &str, seen: &Seen) -> Result<(), BuildError> {
        let missing = |what: String| Err(BuildError::new(file, 0, BuildErrorKind::Missing(what)));
        for keyword in ONCE {
            if !seen.0.contains(keyword) {
                return missing(format!("statement '{keyword}'"));
            }
        }
        for signal in SCORED {
            if !self.signals.contains_key(&signal) {
                return missing(format!("'signal {}'", signal.as_str()));
            }
        }
        for (i, f) in FIELDS.iter().enumerate() {
            if self.fields[i].is_nan() {
                return missing(format!("'field {f}'"));
            }
        }
        for (i, l) in LEVELS.iter().enumerate() {
            if self.levels[i].is_nan() {
                return missing(format!("'level {l}'"));
            }
        }
        if self.levels.windows(2).any(|w| w[0] >= w[1]) {
            return Err(BuildError::new(
                file,
                0,
                BuildErrorKind::Inconsistent(
                    "level thresholds must rise: guarded < elevated < high < severe".into(),
                ),
            ));
        }
        for (kind, empty) in [
            ("target", !self.frames.has_kind(Kind::Target)),
            ("agent", !self.frames.has_kind(Kind::Agent)),
            ("reach", self.frames.reach_bytes == 0),
        ] {
            if empty {
                return missing(format!("'frame {kind}'"));
            }
        }
        for name in RELATIONS {
            if !self.categories.iter().any(|c| c.signal == Signal::ForeignInvolvement && c.name == name) {
                return missing(format!("'category foreign_involvement {name}'"));
            }
        }
        Ok(())
    }

    /// The level name for a score.
    pub(crate) fn level(&self, score: f64) -> usize {
        self.levels.iter().take_while(|t| score >= **t).count()
    }
}

/// Statements that must appear exactly once.
const ONCE: &[&str] =
    &["@version", "saturation", "length", "knee", "involvement", "tiers", "focus", "evidence", "company"];

fn index_of(names: &[&str], name: &str) -> Option<usize> {
    names.iter().position(|n| *n == name)
}

/// Walks the tokens of one statement.
struct StmtParser<'f, 's> {
    file: &'f str,
    line: usize,
    keyword: &'s str,
    words: Vec<Token<'s>>,
    attrs: Vec<Token<'s>>,
}

impl<'f, 's> StmtParser<'f, 's> {
    fn new(file: &'f str, stmt: &Statement<'s>) -> Result<Self, BuildError> {
        if stmt.tail.is_some() {
            return Err(source::syntax(file, stmt.line, "':' is not used in rules files"));
        }
        let Some(keyword) = stmt.head.first().map(|t| t.value) else {
            return Err(source::syntax(file, stmt.line, "a statement must start with a keyword"));
        };
        let (attrs, words): (Vec<_>, Vec<_>) = stmt.head[1..].iter().partition(|t| t.key.is_some());
        Ok(StmtParser { file, line: stmt.line, keyword, words: words.into_iter().rev().collect(), attrs })
    }

    fn error(&self, kind: BuildErrorKind) -> BuildError {
        BuildError::new(self.file, self.line, kind)
    }

    fn twice(&self, what: &str) -> BuildError {
        self.error(BuildErrorKind::Inconsistent(format!("'{what}' given twice")))
    }

    fn bad(&self, what: &str, allowed: &str, found: &str) -> BuildError {
        bad_value(self.file, self.line, what, allowed, found)
    }

    fn next_word(&mut self) -> Option<&'s str> {
        self.words.pop().map(|t| t.value)
    }

    fn word(&mut self, what: &str) -> Result<&'s str, BuildError> {
        self.next_word().ok_or_else(|| self.error(BuildErrorKind::Missing(what.to_string())))
    }

    fn signal(&mut self) -> Result<Signal, BuildError> {
        let w = self.word("signal name")?;
        Signal::parse(w).ok_or_else(|| self.error(BuildErrorKind::UnknownSignal(w.to_string())))
    }

    fn attr(&mut self, key: &str) -> Result<Token<'s>, BuildError> {
        let i = self
            .attrs
            .iter()
            .position(|t| t.key == Some(key))
            .ok_or_else(|| self.error(BuildErrorKind::Missing(format!("{key}="))))?;
        Ok(self.attrs.remove(i))
    }

    fn num(&mut self, key: &str, range: (f64, f64)) -> Result<f64, BuildError> {
        let tok = self.attr(key)?;
        source::number(self.file, &tok, key, range, false)
    }

    fn positive(&mut self, key: &str, max: f64) -> Result<f64, BuildError> {
        let tok = self.attr(key)?;
        source::number(self.file, &tok, key, (0.0, max), true)
    }

    fn whole(&mut self, key: &str, range: (u32, u32)) -> Result<u32, BuildError> {
        let tok = self.attr(key)?;
        source::whole(self.file, &tok, key, range)
    }

    fn positive_word(&mut self, what: &str, max: f64) -> Result<f64, BuildError> {
        let line = self.line;
        let value = self.word(what)?;
        let tok = Token { line, key: None, value };
        source::number(self.file, &tok, what, (0.0, max), true)
    }

    /// Rejects leftover words or attributes.
    fn finish(&mut self) -> Result<(), BuildError> {
        if let Some(t) = self.attrs.first() {
            return Err(self.error(BuildErrorKind::UnknownAttribute(t.key.unwrap_or_default().to_string())));
        }
        if let Some(w) = self.next_word() {
            let msg = format!("unexpected '{w}'");
            return Err(source::syntax(self.file, self.line, &msg));
        }
        Ok(())
    }
}
