//! The knowledge base: every lexicon and the rules, checked against each
//! other and compiled into one matcher.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::error::{BuildError, BuildErrorKind};
use crate::gpr::{Gpr, GprMode};
use crate::lexicon::{ActorInfo, ActorKind, Alias, Entry, Lexicon, Signal, CONTEXT_CATEGORIES};
use crate::matcher::Matcher;
use crate::name::Names;
use crate::report::RelationType;
use crate::rules::{Rules, RELATIONS};

/// The embedded default files, in load order. Their bytes make the ruleset
/// hash, so a report names the exact knowledge that produced it.
pub(crate) const DEFAULT_RULES: (&str, &str) = ("scoring.rules", include_str!("../data/scoring.rules"));

/// The embedded default lexicons.
pub(crate) const DEFAULT_LEXICONS: &[(&str, &str)] = &[
    ("conflict.lex", include_str!("../data/conflict.lex")),
    ("minerals.lex", include_str!("../data/minerals.lex")),
    ("involvement.lex", include_str!("../data/involvement.lex")),
    ("context.lex", include_str!("../data/context.lex")),
    ("actors/countries.lex", include_str!("../data/actors/countries.lex")),
    ("actors/armed_groups.lex", include_str!("../data/actors/armed_groups.lex")),
    ("actors/organisations.lex", include_str!("../data/actors/organisations.lex")),
    ("actors/leaders.lex", include_str!("../data/actors/leaders.lex")),
];

/// The most entries of one signal that may claim one folded alias (weak
/// names such as "Congo" are shared by a few): every mention of it is
/// resolved against each claimant, so 20,000 actors sharing one weak alias
/// took 7.7 s and 3 GB to score 32 KB of text.
const MAX_CLAIMS: usize = 64;

/// Lanes of the matcher, one per signal.
pub(crate) fn lane(signal: Signal) -> u8 {
    signal as u8
}

/// The compiled knowledge base.
#[derive(Debug)]
pub(crate) struct Knowledge {
    pub(crate) rules: Rules,
    pub(crate) entries: Vec<Entry>,
    /// The lexicon file of each entry (a `u16` wrapped past 65,535 files).
    pub(crate) entry_file: Vec<usize>,
    pub(crate) files: Vec<String>,
    pub(crate) aliases: Vec<Alias>,
    /// Category index (into `rules.categories`) of each entry, if any.
    pub(crate) entry_category: Vec<Option<usize>>,
    /// Entry index of each country, by alpha-3 code.
    pub(crate) countries: HashMap<String, usize>,
    /// Per entry, its context category (see [`Context`]): read per hit of
    /// every sentence with a cue, where comparing category strings cost
    /// more than the rest of the sentence's setup.
    pub(crate) context: Vec<Option<Context>>,
    /// Per entry, the relation its category names, if any.
    pub(crate) relation: Vec<Option<RelationType>>,
    /// Per entry, the actor a mention of it stands for: a person's country,
    /// or the entry itself (a look-up by code cost a SipHash per mention).
    pub(crate) stands_for: Vec<usize>,
    /// Per entry, the country entries of its actor's `ops=` and `support=`
    /// codes.
    pub(crate) ops: Vec<Box<[usize]>>,
    pub(crate) support: Vec<Box<[usize]>>,
    /// The conflict category of armed actors, if the rules declare one.
    pub(crate) armed_actor: Option<usize>,
    /// Successor country entry → (the state it succeeded, that state's last
    /// day in days since 1970-01-01): see `ActorInfo::era`.
    pub(crate) eras: FxHashMap<usize, (usize, i64)>,
    /// Per entry, the actor it acts as when it is a relation's source: a
    /// country or bloc itself, an organisation its `acts=` actor; `None`
    /// for what never acts as a state (armed groups, most organisations).
    pub(crate) acts_as: Vec<Option<usize>>,
    pub(crate) matcher: Matcher,
    pub(crate) hash: String,
    /// GPR-compatible mode, when turned on.
    pub(crate) gpr: Option<(Gpr, GprMode)>,
    /// The names reports hold, made by the scorer's builder once the hash
    /// is final.
    pub(crate) names: Names,
}

impl Knowledge {
    /// Checks the lexicons against each other and the rules, then compiles.
    ///
    /// # Errors
    ///
    /// Duplicate ids, duplicate aliases within a signal, undeclared
    /// categories, unknown country codes, or a matcher too large to build.
    pub(crate) fn build(
        rules: (String, Rules, u64),
        lexicons: &[(Lexicon, u64)],
    ) -> Result<Knowledge, BuildError> {
        let (rules_file, rules, rules_hash) = rules;
        let mut kb = Knowledge {
            rules,
            entries: Vec::new(),
            entry_file: Vec::new(),
            files: Vec::new(),
            aliases: Vec::new(),
            entry_category: Vec::new(),
            countries: HashMap::new(),
            context: Vec::new(),
            relation: Vec::new(),
            stands_for: Vec::new(),
            ops: Vec::new(),
            support: Vec::new(),
            armed_actor: None,
            eras: FxHashMap::default(),
            acts_as: Vec::new(),
            matcher: Matcher::new(&[], |_| 0)?,
            hash: String::new(),
            gpr: None,
            names: Names::default(),
        };
        let mut hash = Fnv::default();
        hash.add(rules_file.as_bytes());
        hash.add(&rules_hash.to_le_bytes());
        let mut ids: HashMap<String, usize> = HashMap::new();
        for (file_index, (lex, src_hash)) in lexicons.iter().enumerate() {
            hash.add(lex.name.as_bytes());
            hash.add(&src_hash.to_le_bytes());
            kb.files.push(lex.name.clone());
            let base = kb.entries.len();
            for entry in &lex.entries {
                if let Some(first) = ids.get(&entry.id) {
                    let first = kb.location(*first);
                    return Err(BuildError::new(
                        &lex.name,
                        entry.line,
                        BuildErrorKind::DuplicateId { id: entry.id.clone(), first },
                    ));
                }
                ids.insert(entry.id.clone(), kb.entries.len());
                let category = kb.resolve_category(&lex.name, entry)?;
                if entry.actor.as_ref().is_some_and(|a| a.kind == ActorKind::Country) {
                    kb.countries.insert(entry.id.clone(), kb.entries.len());
                }
                kb.entry_category.push(category);
                kb.entries.push(entry.clone());
                kb.entry_file.push(file_index);
            }
            kb.aliases.extend(lex.aliases.iter().map(|a| Alias { entry: a.entry + base, ..a.clone() }));
        }
        kb.check_codes()?;
        kb.resolve_indices();
        kb.eras = kb.resolve_eras()?;
        kb.acts_as = kb.resolve_acts(&ids)?;
        kb.check_aliases()?;
        let entries = &kb.entries;
        kb.matcher = Matcher::new(&kb.aliases, |a| lane(entries[a.entry].signal))?;
        kb.hash = format!("{:016x}", hash.0);
        Ok(kb)
    }

    /// `file:line` of an entry.
    pub(crate) fn location(&self, entry: usize) -> String {
        format!("{}:{}", self.files[self.entry_file[entry]], self.entries[entry].line)
    }

    fn resolve_category(&self, file: &str, entry: &Entry) -> Result<Option<usize>, BuildError> {
        let Some(cat) = &entry.category else { return Ok(None) };
        if entry.signal == Signal::Context {
            return Ok(None);
        }
        self.rules.category_index(entry.signal, cat).map(Some).ok_or_else(|| {
            BuildError::new(
                file,
                entry.line,
                BuildErrorKind::UnknownCategory(format!("{}.{cat}", entry.signal.as_str())),
            )
        })
    }

    /// Every `ops=` and `support=` code must name a country entry.
    fn check_codes(&self) -> Result<(), BuildError> {
        for (i, entry) in self.entries.iter().enumerate() {
            let Some(actor) = &entry.actor else { continue };
            let successor = actor.era.as_ref().map(|(code, _)| code);
            for code in actor.ops.iter().chain(&actor.support).chain(&actor.of).chain(successor) {
                if !self.countries.contains_key(code) {
                    let file = &self.files[self.entry_file[i]];
                    return Err(BuildError::new(file, entry.line, BuildErrorKind::UnknownCode(code.clone())));
                }
            }
        }
        Ok(())
    }

    /// The per-entry indices read per hit and per mention (codes are
    /// checked: every one names a country).
    fn resolve_indices(&mut self) {
        let codes = |codes: &[String]| codes.iter().map(|c| self.countries[c]).collect::<Box<[usize]>>();
        self.context = (self.entries.iter())
            .map(|e| {
                let cat = e.category.as_deref().filter(|_| e.signal == Signal::Context)?;
                Context::ALL.get(CONTEXT_CATEGORIES.iter().position(|c| *c == cat)?).copied()
            })
            .collect();
        self.relation = (self.entry_category.iter())
            .map(|c| {
                let name = self.rules.categories[(*c)?].name.as_str();
                RELATIONS.iter().position(|r| *r == name).map(|i| RelationType::ALL[i])
            })
            .collect();
        self.stands_for = (self.entries.iter().enumerate())
            .map(|(i, e)| e.actor.as_ref().and_then(|a| a.of.as_ref()).map_or(i, |c| self.countries[c]))
            .collect();
        let per_actor = |pick: fn(&ActorInfo) -> &[String]| {
            self.entries
                .iter()
                .map(|e| e.actor.as_ref().map_or_else(Box::default, |a| codes(pick(a))))
                .collect()
        };
        self.ops = per_actor(|a| &a.ops);
        self.support = per_actor(|a| &a.support);
        self.armed_actor = self.rules.category_index(Signal::Conflict, "armed_actor");
    }

    /// The successor of each state that no longer exists; one state per
    /// successor, or which one a name stands for would depend on the order
    /// of the files.
    fn resolve_eras(&self) -> Result<FxHashMap<usize, (usize, i64)>, BuildError> {
        let mut eras = FxHashMap::default();
        for (i, entry) in self.entries.iter().enumerate() {
            let Some((code, until)) = entry.actor.as_ref().and_then(|a| a.era.as_ref()) else { continue };
            let successor = self.countries[code];
            if let Some((first, _)) = eras.insert(successor, (i, until.days())) {
                let what = format!("{code} succeeds both {} and {}", self.entries[first].id, entry.id);
                return Err(BuildError::new(
                    &self.files[self.entry_file[i]],
                    entry.line,
                    BuildErrorKind::Inconsistent(what),
                ));
            }
        }
        Ok(eras)
    }

    /// Which actor each entry acts as (see [`Knowledge::acts_as`]).
    fn resolve_acts(&self, ids: &HashMap<String, usize>) -> Result<Vec<Option<usize>>, BuildError> {
        let mut out = Vec::with_capacity(self.entries.len());
        for (i, entry) in self.entries.iter().enumerate() {
            let acts = match &entry.actor {
                Some(a) if matches!(a.kind, ActorKind::Country | ActorKind::Bloc) => Some(i),
                Some(a) => match &a.acts {
                    None => None,
                    Some(id) => {
                        let target = ids.get(id).copied().filter(|t| {
                            self.entries[*t].actor.as_ref().is_some_and(|a| a.kind != ActorKind::ArmedGroup)
                        });
                        let Some(target) = target else {
                            let file = &self.files[self.entry_file[i]];
                            return Err(BuildError::new(
                                file,
                                entry.line,
                                BuildErrorKind::UnknownCode(format!(
                                    "acts={id} (no such state, bloc or organisation)"
                                )),
                            ));
                        };
                        Some(target)
                    }
                },
                None => None,
            };
            out.push(acts);
        }
        Ok(out)
    }

    /// Within one signal an alias belongs to one entry, unless every claim
    /// on it is weak (an ambiguous name such as "Congo"); a folded alias and
    /// an exact one (`us`, `=US`) are different aliases. At most
    /// [`MAX_CLAIMS`] entries share one folded alias.
    fn check_aliases(&self) -> Result<(), BuildError> {
        // The first claim on each alias, folded or exact (keying by the
        // folded text alone let two exact claims pass when a folded one came
        // first).
        let mut seen: HashMap<(Signal, &str, bool), usize> = HashMap::new();
        let mut claims: HashMap<(Signal, &str), usize> = HashMap::new();
        for (i, alias) in self.aliases.iter().enumerate() {
            let signal = self.entries[alias.entry].signal;
            let file = &self.files[self.entry_file[alias.entry]];
            let count = claims.entry((signal, alias.folded.as_str())).or_default();
            *count += 1;
            if *count > MAX_CLAIMS {
                let msg = format!(
                    "alias '{}' is claimed by more than {MAX_CLAIMS} entries: each mention would be \
                     resolved against all of them",
                    alias.folded
                );
                return Err(BuildError::new(file, alias.line, BuildErrorKind::TooLarge(msg)));
            }
            // Exact aliases differ by their case ("EURATOM", "Euratom").
            let text = if alias.exact { alias.text.as_str() } else { alias.folded.as_str() };
            let key = (signal, text, alias.exact);
            let Some(&j) = seen.get(&key) else {
                seen.insert(key, i);
                continue;
            };
            let other = &self.aliases[j];
            if alias.weak && other.weak && alias.entry != other.entry {
                continue;
            }
            return Err(BuildError::new(
                file,
                alias.line,
                BuildErrorKind::DuplicateAlias {
                    alias: alias.folded.clone(),
                    other: self.entries[other.entry].id.clone(),
                    first: self.location(other.entry),
                },
            ));
        }
        Ok(())
    }
}

/// A context category, as [`CONTEXT_CATEGORIES`] names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Context {
    Negation,
    Denial,
    Allegation,
    Comparison,
}

impl Context {
    /// Indexed like [`CONTEXT_CATEGORIES`].
    const ALL: [Context; 4] = [Context::Negation, Context::Denial, Context::Allegation, Context::Comparison];
}

/// FNV-1a, 64 bit: a stable content hash (not for security).
pub(crate) struct Fnv(pub(crate) u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(crate) fn of(bytes: &[u8]) -> u64 {
        let mut h = Fnv::default();
        h.add(bytes);
        h.0
    }
}
