//! Names from the knowledge base in reports, shared rather than copied.
//!
//! A report names categories, rules, terms, actors and metals: the same few
//! thousand strings, over and over. Each is made a [`Name`] once, when the
//! scorer is built (the [`Names`] table); a report holds clones, which cost a
//! reference count, not an allocation and a copy. Serialised, a `Name` is a
//! plain JSON string, so the report format does not change.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::knowledge::Knowledge;
use crate::lexicon::{ActorKind, Signal};
use crate::report::Ruleset;
use crate::rules::SCORED;

/// An immutable, cheaply cloned string: an id, term or name from the
/// knowledge base in a [`RiskReport`](crate::RiskReport).
///
/// It derefs to `str` and compares with `str`, `&str` and `String`;
/// serialised, it is a JSON string.
///
/// # Example
///
/// ```
/// let report = georisk::score_text("M23 rebels seized the coltan mines of Rubaya.");
/// let actor = report.actors.iter().find(|a| a.id == "M23").expect("M23 is found");
/// assert_eq!(actor.id.as_str(), "M23");
/// assert!(actor.name.starts_with("M23")); // any `str` method
/// assert_eq!(serde_json::to_string(&actor.id).unwrap(), r#""M23""#);
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(Arc<str>);

impl Name {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Name {
    fn default() -> Name {
        Name::from("")
    }
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name(Arc::from(s))
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name(Arc::from(s))
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.as_str().to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Name, D::Error> {
        String::deserialize(d).map(Name::from)
    }
}

/// Every name a report can hold, made once per scorer.
#[derive(Debug, Default)]
pub(crate) struct Names {
    /// Per entry: its id.
    pub(crate) entry: Vec<Name>,
    /// Per entry: the actor's display name and where it operates.
    pub(crate) actor: Vec<Option<(Name, Vec<Name>)>>,
    /// Per entry: the metal it denotes and its regulatory tags.
    pub(crate) metal: Vec<(Option<Name>, Vec<Name>)>,
    /// Per alias: the term as written in the lexicon.
    pub(crate) alias: Vec<Name>,
    /// Per category of the rules: its name.
    pub(crate) category: Vec<Name>,
    /// Per co-occurrence rule: its id.
    pub(crate) co_rule: Vec<Name>,
    /// Per scored signal: the rule id `signal.<name>`.
    pub(crate) signal_rule: [Name; 3],
    /// Per signal: its name.
    signal: [Name; 5],
    /// Per actor kind (as evidence categories), then `place`.
    kind: [Name; 5],
    pub(crate) saturation: Name,
    pub(crate) company_note: Name,
    pub(crate) ruleset: Ruleset,
}

impl Names {
    pub(crate) fn new(kb: &Knowledge) -> Names {
        let name = |s: &str| Name::from(s);
        let names = |v: &[String]| v.iter().map(|s| name(s)).collect::<Vec<_>>();
        let signals =
            [Signal::Conflict, Signal::Minerals, Signal::ForeignInvolvement, Signal::Context, Signal::Actor];
        Names {
            entry: kb.entries.iter().map(|e| name(&e.id)).collect(),
            actor: kb
                .entries
                .iter()
                .map(|e| e.actor.as_ref().map(|a| (name(&a.name), names(&a.ops))))
                .collect(),
            metal: kb.entries.iter().map(|e| (e.metal.as_deref().map(name), names(&e.tags))).collect(),
            alias: kb.aliases.iter().map(|a| name(&a.text)).collect(),
            category: kb.rules.categories.iter().map(|c| name(&c.name)).collect(),
            co_rule: kb.rules.co_rules.iter().map(|r| name(&r.id)).collect(),
            signal_rule: SCORED.map(|s| Name::from(format!("signal.{}", s.as_str()))),
            signal: signals.map(|s| name(s.as_str())),
            kind: ["country", "armed_group", "organisation", "bloc", "place"].map(name),
            saturation: name("saturation"),
            company_note: name("in a company name: counts less"),
            ruleset: Ruleset { version: name(&kb.rules.version), hash: name(&kb.hash) },
        }
    }

    pub(crate) fn signal(&self, signal: Signal) -> &Name {
        &self.signal[signal as usize]
    }

    /// The evidence category of an actor mention: its kind, or `place`.
    pub(crate) fn kind(&self, kind: ActorKind, place: bool) -> &Name {
        let i = match kind {
            _ if place => 4,
            ActorKind::Country | ActorKind::Person => 0,
            ActorKind::ArmedGroup => 1,
            ActorKind::Organisation => 2,
            ActorKind::Bloc => 3,
        };
        &self.kind[i]
    }
}
