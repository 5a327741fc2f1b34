//! Lexicon files (`*.lex`): entries with ids, attributes and aliases.
//!
//! The format is documented in `data/README.md`. Parsing checks each line
//! on its own; checks across files (unique ids, declared categories, known
//! country codes, unique aliases) happen when the knowledge base is put
//! together in [`crate::knowledge`].

use crate::error::{BuildError, BuildErrorKind};
use crate::index::Date;
use crate::source::{self, Statement, Token};
use crate::text;

/// What a lexicon entry feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Signal {
    Conflict,
    Minerals,
    ForeignInvolvement,
    /// Modifiers: negation, allegation, comparison.
    Context,
    Actor,
}

impl Signal {
    pub(crate) fn parse(s: &str) -> Option<Signal> {
        Some(match s {
            "conflict" => Signal::Conflict,
            "minerals" => Signal::Minerals,
            "foreign_involvement" => Signal::ForeignInvolvement,
            "context" => Signal::Context,
            "actor" => Signal::Actor,
            _ => return None,
        })
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Signal::Conflict => "conflict",
            Signal::Minerals => "minerals",
            Signal::ForeignInvolvement => "foreign_involvement",
            Signal::Context => "context",
            Signal::Actor => "actor",
        }
    }
}

/// A side of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Source,
    Target,
}

/// The kinds of actor an actor entry can describe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ActorKind {
    Country,
    ArmedGroup,
    Organisation,
    Bloc,
    /// A head of state or government: a mention stands for the country
    /// named by `of=` ("Putin said" = Russia acts).
    Person,
}

impl ActorKind {
    const NAMES: &'static str = "country, armed_group, organisation, bloc, person";

    pub(crate) fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "country" => ActorKind::Country,
            "armed_group" => ActorKind::ArmedGroup,
            "organisation" => ActorKind::Organisation,
            "bloc" => ActorKind::Bloc,
            "person" => ActorKind::Person,
            _ => return None,
        })
    }
}

/// The context modifiers, with fixed meaning in the actors module.
pub(crate) const CONTEXT_CATEGORIES: &[&str] = &["negation", "denial", "allegation", "comparison"];

/// Actor-specific attributes.
#[derive(Clone, Debug)]
pub(crate) struct ActorInfo {
    pub(crate) kind: ActorKind,
    pub(crate) name: String,
    pub(crate) tier: Option<u8>,
    /// Countries where an armed group operates (alpha-3).
    pub(crate) ops: Vec<String>,
    /// Countries whose mention confirms a weak alias (alpha-3).
    pub(crate) support: Vec<String>,
    /// For a person: the country they stand for (alpha-3).
    pub(crate) of: Option<String>,
    /// For an organisation: the actor id it acts for as a relation's source
    /// (the Security Council and peacekeepers act as `UN`).
    pub(crate) acts: Option<String>,
    /// For a state that no longer exists: its successor (alpha-3) and the
    /// last day it existed. Until then the successor's names stand for it
    /// (Moscow in 1987 is the Soviet Union).
    pub(crate) era: Option<(String, Date)>,
}

/// One lexicon entry.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) id: String,
    pub(crate) signal: Signal,
    pub(crate) category: Option<String>,
    pub(crate) weight: f64,
    pub(crate) metal: Option<String>,
    pub(crate) tags: Vec<String>,
    pub(crate) actor: Option<ActorInfo>,
    /// Involvement cues naming an asset (mines, concessions): a state's own
    /// asset ("Zambian mines") is no involvement.
    pub(crate) asset: bool,
    /// Involvement cues for an undertaking between two parties (a deal,
    /// talks): the party that is not the focus is the one involved.
    pub(crate) mutual: bool,
    /// Involvement cues that count only in a sentence naming this signal
    /// ("deal" is a resources cue only next to minerals).
    pub(crate) needs: Option<Signal>,
    /// Involvement cues: what a genitive right after the cue names ("the
    /// troops of Rwanda": the source; "the invasion of Ukraine": the target).
    pub(crate) genitive: Option<Side>,
    /// Involvement cues naming a state's own means ("army"): they involve
    /// it abroad only with a target named in their clause.
    pub(crate) explicit: bool,
    pub(crate) line: usize,
}

/// One surface form of an entry.
#[derive(Clone, Debug)]
pub(crate) struct Alias {
    /// Index of the entry in its lexicon.
    pub(crate) entry: usize,
    /// As written, without prefixes.
    pub(crate) text: String,
    /// Folded form: the pattern handed to the automaton.
    pub(crate) folded: String,
    pub(crate) exact: bool,
    pub(crate) weak: bool,
    pub(crate) place: bool,
    pub(crate) line: usize,
}

/// A parsed lexicon file.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    pub(crate) name: String,
    pub(crate) entries: Vec<Entry>,
    pub(crate) aliases: Vec<Alias>,
}

const TAGS: &[&str] = &["3TG", "USGS-2025", "EU-CRM", "EU-strategic"];

impl Lexicon {
    /// Parses one lexicon file.
    ///
    /// # Errors
    ///
    /// The first malformed line, with its number.
    pub(crate) fn parse(name: &str, src: &str) -> Result<Lexicon, BuildError> {
        let mut lex = Lexicon { name: name.to_string(), entries: Vec::new(), aliases: Vec::new() };
        let mut signal = None;
        for stmt in source::statements(name, src)? {
            let first = stmt.head.first().map_or("", |t| t.value);
            if let Some(directive) = first.strip_prefix('@') {
                signal = Some(parse_directive(name, &stmt, directive)?);
                continue;
            }
            let Some(signal) = signal else {
                return Err(err(
                    name,
                    stmt.line,
                    BuildErrorKind::Missing("@signal directive before the first entry".into()),
                ));
            };
            lex.parse_entry(signal, &stmt)?;
        }
        Ok(lex)
    }

    fn parse_entry(&mut self, signal: Signal, stmt: &Statement<'_>) -> Result<(), BuildError> {
        let name = self.name.clone();
        let name = name.as_str();
        let Some(&id) = stmt.head.first() else {
            return Err(source::syntax(name, stmt.line, "entry must start with an id, found ':'"));
        };
        if id.key.is_some() || !valid_id(id.value) {
            let msg = format!(
                "entry must start with an id of letters, digits, '_', '.', '-', found '{}'",
                id.value
            );
            return Err(source::syntax(name, stmt.line, &msg));
        }
        let attrs = Attrs::collect(name, &stmt.head[1..])?;
        let mut entry = Entry {
            id: id.value.to_string(),
            signal,
            category: None,
            weight: 0.0,
            metal: None,
            tags: Vec::new(),
            actor: None,
            asset: false,
            mutual: false,
            needs: None,
            genitive: None,
            explicit: false,
            line: stmt.line,
        };
        let mut exact_default = false;
        for tok in &attrs.0 {
            let key = tok.key.unwrap_or_default();
            let allowed = match (signal, key) {
                (_, "case") => {
                    exact_default = match tok.value {
                        "fold" => false,
                        "exact" => true,
                        v => return Err(bad_value(name, tok.line, "case", "fold, exact", v)),
                    };
                    true
                }
                (
                    Signal::Actor,
                    "kind" | "name" | "tier" | "ops" | "support" | "of" | "acts" | "successor" | "until",
                ) => true,
                (Signal::Actor, _) => false,
                (_, "cat") => {
                    entry.category = Some(tok.value.to_string());
                    true
                }
                (Signal::Context, _) => false,
                (_, "w") => {
                    entry.weight = source::number(name, tok, "weight", (0.0, 10.0), true)?;
                    true
                }
                (Signal::Minerals, "metal") => {
                    entry.metal = Some(tok.value.to_string());
                    true
                }
                (Signal::ForeignInvolvement, "asset") => {
                    entry.asset = one_of(name, tok, &[("yes", true), ("no", false)])?;
                    true
                }
                (Signal::ForeignInvolvement, "mutual") => {
                    entry.mutual = one_of(name, tok, &[("yes", true), ("no", false)])?;
                    true
                }
                (Signal::ForeignInvolvement, "explicit") => {
                    entry.explicit = one_of(name, tok, &[("yes", true), ("no", false)])?;
                    true
                }
                (Signal::ForeignInvolvement, "of") => {
                    let sides = [("source", Some(Side::Source)), ("target", Some(Side::Target))];
                    entry.genitive = one_of(name, tok, &sides)?;
                    true
                }
                (Signal::ForeignInvolvement, "needs") => {
                    let signals =
                        [("conflict", Some(Signal::Conflict)), ("minerals", Some(Signal::Minerals))];
                    entry.needs = one_of(name, tok, &signals)?;
                    true
                }
                (Signal::Minerals, "tags") => {
                    entry.tags = parse_tags(name, tok)?;
                    true
                }
                _ => false,
            };
            if !allowed {
                return Err(err(name, tok.line, BuildErrorKind::UnknownAttribute(key.to_string())));
            }
        }
        match signal {
            Signal::Actor => entry.actor = Some(actor_info(name, stmt.line, &attrs)?),
            Signal::Context => {
                let cat = entry.category.as_deref().ok_or_else(|| missing(name, stmt.line, "cat="))?;
                if !CONTEXT_CATEGORIES.contains(&cat) {
                    return Err(bad_value(
                        name,
                        stmt.line,
                        "context category",
                        &CONTEXT_CATEGORIES.join(", "),
                        cat,
                    ));
                }
                entry.weight = 1.0;
            }
            _ => {
                if entry.category.is_none() {
                    return Err(missing(name, stmt.line, "cat="));
                }
                if entry.weight == 0.0 {
                    return Err(missing(name, stmt.line, "w="));
                }
            }
        }
        let index = self.entries.len();
        self.entries.push(entry);
        let before = self.aliases.len();
        for piece in stmt.tail.iter().flatten() {
            self.parse_aliases(index, exact_default, piece.line, piece.text)?;
        }
        if self.aliases.len() == before {
            return Err(err(name, stmt.line, BuildErrorKind::NoAlias(id.value.to_string())));
        }
        Ok(())
    }

    fn parse_aliases(
        &mut self,
        entry: usize,
        exact_default: bool,
        line: usize,
        text: &str,
    ) -> Result<(), BuildError> {
        let parts: Vec<&str> = text.split('|').map(str::trim).collect();
        let last = parts.len() - 1;
        for (i, part) in parts.iter().enumerate() {
            // A leading or trailing '|' joins continuation lines; an empty
            // alias between two '|' is a mistake.
            if part.is_empty() && (i == 0 || i == last) {
                continue;
            }
            let alias = self.parse_alias(entry, exact_default, line, part)?;
            self.aliases.push(alias);
        }
        Ok(())
    }

    fn parse_alias(
        &self,
        entry: usize,
        exact_default: bool,
        line: usize,
        part: &str,
    ) -> Result<Alias, BuildError> {
        let is_actor = self.entries[entry].signal == Signal::Actor;
        let (mut exact, mut weak, mut place) = (exact_default, false, false);
        let mut rest = part;
        while let Some(c) = rest.chars().next() {
            match c {
                '=' => exact = true,
                '?' if is_actor => weak = true,
                '~' if is_actor => place = true,
                '?' | '~' => {
                    let msg = format!("prefix '{c}' is only for actor entries");
                    return Err(source::syntax(&self.name, line, &msg));
                }
                _ => break,
            }
            rest = &rest[1..];
        }
        let text = rest.trim();
        let folded = text::fold(text);
        if !folded.chars().any(char::is_alphanumeric) {
            let what = if part.is_empty() { String::new() } else { format!(" '{part}'") };
            return Err(err(&self.name, line, BuildErrorKind::EmptyAlias(what)));
        }
        Ok(Alias { entry, text: text.to_string(), folded, exact, weak, place, line })
    }
}

/// Attributes of one entry, checked for duplicates.
struct Attrs<'s>(Vec<Token<'s>>);

impl<'s> Attrs<'s> {
    fn collect(file: &str, tokens: &[Token<'s>]) -> Result<Attrs<'s>, BuildError> {
        let mut out: Vec<Token<'s>> = Vec::new();
        for tok in tokens {
            let Some(key) = tok.key else {
                let msg = format!("expected key=value, found '{}'", tok.value);
                return Err(source::syntax(file, tok.line, &msg));
            };
            if out.iter().any(|t| t.key == Some(key)) {
                return Err(err(file, tok.line, BuildErrorKind::DuplicateAttribute(key.to_string())));
            }
            out.push(*tok);
        }
        Ok(Attrs(out))
    }

    fn get(&self, key: &str) -> Option<&Token<'s>> {
        self.0.iter().find(|t| t.key == Some(key))
    }
}

fn actor_info(file: &str, line: usize, attrs: &Attrs<'_>) -> Result<ActorInfo, BuildError> {
    let kind_tok = attrs.get("kind").ok_or_else(|| missing(file, line, "kind="))?;
    let kind = ActorKind::parse(kind_tok.value)
        .ok_or_else(|| bad_value(file, kind_tok.line, "kind", ActorKind::NAMES, kind_tok.value))?;
    let name = attrs.get("name").ok_or_else(|| missing(file, line, "name="))?.value.to_string();
    let tier = match attrs.get("tier") {
        Some(tok) => Some(source::whole(file, tok, "tier", (1, 4))? as u8),
        None if matches!(kind, ActorKind::Country | ActorKind::Bloc) => {
            return Err(missing(file, line, "tier= (countries and blocs)"));
        }
        None => None,
    };
    let codes = |key: &str| -> Result<Vec<String>, BuildError> {
        let Some(tok) = attrs.get(key) else { return Ok(Vec::new()) };
        tok.value
            .split(',')
            .map(|c| {
                let c = c.trim();
                if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                    Ok(c.to_string())
                } else {
                    Err(err(file, tok.line, BuildErrorKind::UnknownCode(c.to_string())))
                }
            })
            .collect()
    };
    let ops = codes("ops")?;
    if kind == ActorKind::ArmedGroup && ops.is_empty() {
        return Err(missing(file, line, "ops= (armed groups)"));
    }
    let of = match (kind, codes("of")?.as_slice()) {
        (ActorKind::Person, [code]) => Some(code.clone()),
        (ActorKind::Person, _) => return Err(missing(file, line, "of= with one country code (persons)")),
        (_, []) => None,
        (_, _) => return Err(err(file, line, BuildErrorKind::UnknownAttribute("of".into()))),
    };
    let acts = match (kind, attrs.get("acts")) {
        (_, None) => None,
        (ActorKind::Organisation, Some(tok)) if valid_id(tok.value) => Some(tok.value.to_string()),
        (ActorKind::Organisation, Some(tok)) => {
            return Err(bad_value(file, tok.line, "acts", "an actor id", tok.value));
        }
        (_, Some(tok)) => {
            return Err(bad_value(file, tok.line, "acts", "only on organisations", tok.value));
        }
    };
    let era = match (kind, codes("successor")?.as_slice(), attrs.get("until")) {
        (_, [], None) => None,
        (ActorKind::Country, [code], Some(tok)) => {
            let date = Date::parse(tok.value)
                .map_err(|_| bad_value(file, tok.line, "until", "a date (YYYY-MM-DD)", tok.value))?;
            Some((code.clone(), date))
        }
        (ActorKind::Country, _, _) => {
            return Err(missing(file, line, "successor= with one country code and until= together"));
        }
        // Only a country has a successor.
        (_, successor, _) => {
            let key = if successor.is_empty() { "until" } else { "successor" };
            return Err(err(file, line, BuildErrorKind::UnknownAttribute(key.into())));
        }
    };
    Ok(ActorInfo { kind, name, tier, ops, support: codes("support")?, of, acts, era })
}

/// The value of an attribute that takes one of a few words.
fn one_of<T: Copy>(file: &str, tok: &Token<'_>, options: &[(&str, T)]) -> Result<T, BuildError> {
    match options.iter().find(|(word, _)| *word == tok.value) {
        Some(&(_, value)) => Ok(value),
        None => {
            let allowed: Vec<&str> = options.iter().map(|(word, _)| *word).collect();
            Err(bad_value(file, tok.line, tok.key.unwrap_or_default(), &allowed.join(", "), tok.value))
        }
    }
}

fn parse_directive(file: &str, stmt: &Statement<'_>, directive: &str) -> Result<Signal, BuildError> {
    if directive != "signal" {
        return Err(err(file, stmt.line, BuildErrorKind::UnknownStatement(format!("@{directive}"))));
    }
    let value = stmt.head.get(1).map_or("", |t| t.value);
    let signal = Signal::parse(value)
        .ok_or_else(|| err(file, stmt.line, BuildErrorKind::UnknownSignal(value.to_string())))?;
    // Anything after the name was ignored, and with it an entry on that line.
    if let Some(extra) = stmt.head.get(2) {
        let msg = format!(
            "unexpected '{}' after '@signal {value}' (an entry starts on a line of its own)",
            extra.value
        );
        return Err(source::syntax(file, extra.line, &msg));
    }
    if stmt.tail.is_some() {
        let msg = format!("unexpected ':' after '@signal {value}' (an entry starts on a line of its own)");
        return Err(source::syntax(file, stmt.line, &msg));
    }
    Ok(signal)
}

fn parse_tags(file: &str, tok: &Token<'_>) -> Result<Vec<String>, BuildError> {
    tok.value
        .split(',')
        .map(|t| {
            let t = t.trim();
            if TAGS.contains(&t) {
                Ok(t.to_string())
            } else {
                Err(bad_value(file, tok.line, "tag", &TAGS.join(", "), t))
            }
        })
        .collect()
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

fn err(file: &str, line: usize, kind: BuildErrorKind) -> BuildError {
    BuildError::new(file, line, kind)
}

fn missing(file: &str, line: usize, what: &str) -> BuildError {
    err(file, line, BuildErrorKind::Missing(what.to_string()))
}

pub(crate) fn bad_value(file: &str, line: usize, what: &str, allowed: &str, found: &str) -> BuildError {
    err(
        file,
        line,
        BuildErrorKind::BadValue { what: what.into(), allowed: allowed.into(), found: found.into() },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_prefixes() {
        let src = "@signal actor\nCOD kind=country name=\"DR Congo\" tier=3 support=RWA\n  : DR Congo | =DRC\n  | ?Congo | ~North Kivu\n";
        let lex = Lexicon::parse("c.lex", src).unwrap();
        assert_eq!(lex.entries.len(), 1);
        let flags: Vec<_> =
            lex.aliases.iter().map(|a| (a.folded.as_str(), a.exact, a.weak, a.place, a.line)).collect();
        assert_eq!(
            flags,
            vec![
                ("dr congo", false, false, false, 3),
                ("drc", true, false, false, 3),
                ("congo", false, true, false, 4),
                ("north kivu", false, false, true, 4),
            ]
        );
    }

    #[test]
    fn error_table() {
        let cases: &[(&str, &str, usize, &str)] = &[
            ("no signal", "a cat=x w=1 : a", 1, "missing @signal"),
            ("unknown signal", "@signal weather\n", 1, "unknown signal 'weather'"),
            (
                "negative weight",
                "@signal conflict\na cat=x w=-1 : a",
                2,
                "weight must be a number in (0, 10], found '-1'",
            ),
            ("nan weight", "@signal conflict\na cat=x w=NaN : a", 2, "found 'NaN'"),
            ("absurd weight", "@signal conflict\na cat=x w=1e9 : a", 2, "found '1e9'"),
            ("zero weight", "@signal conflict\na cat=x w=0 : a", 2, "found '0'"),
            ("missing weight", "@signal conflict\na cat=x : a", 2, "missing w="),
            ("missing cat", "@signal conflict\na w=1 : a", 2, "missing cat="),
            ("empty alias", "@signal conflict\na cat=x w=1 : a | | b", 2, "empty alias"),
            ("punctuation alias", "@signal conflict\na cat=x w=1 : ---", 2, "empty alias '---'"),
            ("no alias", "@signal conflict\na cat=x w=1", 2, "entry 'a' has no alias"),
            (
                "unknown attribute",
                "@signal conflict\na cat=x w=1 kind=country : a",
                2,
                "unknown attribute 'kind'",
            ),
            ("duplicate attribute", "@signal conflict\na cat=x w=1 w=2 : a", 2, "attribute 'w' given twice"),
            ("bad tag", "@signal minerals\na cat=x w=1 tags=3TG,conflict : a", 2, "tag must be one of"),
            ("bad case", "@signal conflict\na cat=x w=1 case=upper : a", 2, "case must be one of"),
            ("weak prefix outside actors", "@signal conflict\na cat=x w=1 : ?a", 2, "only for actor entries"),
            ("bad kind", "@signal actor\nA kind=planet name=x : a", 2, "kind must be one of"),
            ("tier missing", "@signal actor\nA kind=country name=x : a", 2, "missing tier="),
            ("tier out of range", "@signal actor\nA kind=country name=x tier=9 : a", 2, "tier must be"),
            // Issue 15 (5): tier=2.5 was truncated to 2.
            ("fractional tier", "@signal actor\nA kind=country name=x tier=2.5 : a", 2, "found '2.5'"),
            // Issue 15 (5): the rest of the line was ignored, an entry with it.
            (
                "entry after @signal",
                "@signal conflict a cat=x w=1 : a",
                1,
                "unexpected 'a' after '@signal conflict'",
            ),
            ("aliases after @signal", "@signal conflict : a", 1, "unexpected ':' after '@signal conflict'"),
            ("ops missing", "@signal actor\nA kind=armed_group name=x : a", 2, "missing ops="),
            (
                "bad code",
                "@signal actor\nA kind=armed_group name=x ops=Congo : a",
                2,
                "unknown country code 'Congo'",
            ),
            (
                "bad context category",
                "@signal context\na cat=maybe : a",
                2,
                "context category must be one of",
            ),
            ("bad id", "@signal conflict\n\"a b\" cat=x w=1 : a", 2, "must start with an id"),
        ];
        for (name, src, line, needle) in cases {
            let err = Lexicon::parse("t.lex", src).unwrap_err();
            assert_eq!(err.line(), *line, "{name}: {err}");
            assert!(err.to_string().contains(needle), "{name}: {err}");
        }
    }
}
