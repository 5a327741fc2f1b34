//! The risk report: scores, actors, rules and evidence.
//!
//! Field names are a contract read by other tools: see the README's
//! "Report format". Every list is in a deterministic order.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::article::Field;
use crate::gpr::GprReport;
use crate::name::Name;

/// The explainable result of scoring one article.
///
/// `score` is the sum of `rules[].contribution`; each signal's `score` is
/// the sum of its `categories[].points`; every hit behind them is listed
/// in `evidence` (up to a cap per signal) with its byte span.
///
/// As JSON, a [`Detail::Scores`] report leaves out its empty lists, zero
/// signals and a false `truncated` (they read back as such); the other
/// levels write every field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// The derived impls are inherent functions, wrapped below to set `LEAN`.
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct RiskReport {
    /// The article id, if the input had one.
    pub id: Option<String>,
    /// Overall risk, 0 to 100.
    pub score: f64,
    /// The band the score falls in.
    pub level: Level,
    /// The three signals.
    pub signals: Signals,
    /// Actors found, focus first, then foreign powers, armed groups,
    /// organisations and passing mentions.
    #[serde(default, skip_serializing_if = "left_out")]
    pub actors: Vec<Actor>,
    /// Every directed relation found: who acts on whom, how, with the
    /// evidence that places source and target, in order of first evidence.
    /// Each actor's `relations` holds its outgoing ones.
    #[serde(default, skip_serializing_if = "left_out")]
    pub relations: Vec<Relation>,
    /// The rules that contributed to `score`, in order of application.
    #[serde(default, skip_serializing_if = "left_out")]
    pub rules: Vec<RuleContribution>,
    /// The hits behind the signals, by signal then position.
    #[serde(default, skip_serializing_if = "left_out")]
    pub evidence: Vec<Evidence>,
    /// The knowledge that produced this report.
    pub ruleset: Ruleset,
    /// True when the input was cut at [`MAX_ARTICLE_BYTES`](crate::MAX_ARTICLE_BYTES).
    #[serde(default, skip_serializing_if = "left_out")]
    pub truncated: bool,
    /// The GPR-compatible assessment, when the scorer was built with
    /// [`ScorerBuilder::gpr`](crate::ScorerBuilder::gpr).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpr: Option<GprReport>,
    /// How much the report holds; written only when less than
    /// [`Detail::Full`], so that empty evidence reads as left out, not
    /// as none found.
    #[serde(default, skip_serializing_if = "Detail::is_full")]
    pub detail: Detail,
}

thread_local! {
    /// Set while a [`Detail::Scores`] report is serialised.
    static LEAN: Cell<bool> = const { Cell::new(false) };
}

/// Is this field left out of the JSON: empty, zero or false, in a
/// [`Detail::Scores`] report? (It reads back the same.)
fn left_out<T: Default + PartialEq>(field: &T) -> bool {
    LEAN.get() && *field == T::default()
}

impl Serialize for RiskReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let outer = LEAN.replace(self.detail == Detail::Scores);
        let out = RiskReport::serialize(self, s);
        LEAN.set(outer);
        out
    }
}

impl<'de> Deserialize<'de> for RiskReport {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RiskReport, D::Error> {
        RiskReport::deserialize(d)
    }
}

/// How much of a [`RiskReport`] to write: chosen per call with
/// [`Scorer::score_detail`](crate::Scorer::score_detail).
///
/// What a level leaves out is empty and not serialised. Every field a level
/// keeps equals the [`Detail::Full`] report's.
///
/// | level | holds |
/// |---|---|
/// | `scores` | score, level, signals (categories, metals), actors with roles, relations with their cues as spans and [`Link`]s (each actor's own are left out: they are in `relations`), rules without explanations |
/// | `spans` | plus evidence (top-level and per actor) as spans, terms and categories: no copied text |
/// | `full` | plus the matched text and sentence of every piece of evidence, rule explanations |
///
/// On the bundled corpus, `scores` JSON lines are a small fraction of the
/// `full` ones and cost much less to build: the README's Performance
/// section has the figures.
///
/// # Example
///
/// ```
/// use georisk::{Article, Detail, Scorer};
///
/// let article = Article::from_body("M23 rebels seized the coltan mines of Rubaya.");
/// let scorer = Scorer::default();
/// let full = scorer.score(&article);
/// let lean = scorer.score_detail(&article, Detail::Scores);
/// assert_eq!((lean.score, &lean.actors[0].id), (full.score, &full.actors[0].id));
/// assert!(lean.evidence.is_empty() && !full.evidence.is_empty());
///
/// let spans = scorer.score_detail(&article, Detail::Spans);
/// let e = &spans.evidence[0];
/// assert_eq!((e.start, e.end, &e.term), (full.evidence[0].start, full.evidence[0].end, &full.evidence[0].term));
/// assert!(e.text.is_empty()); // recover it: &input[e.start..e.end]
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// Scores, actors, relations and rules: what an index needs.
    Scores,
    /// Plus every piece of evidence as a span, without its text.
    Spans,
    /// Everything, with text and explanations: what an analyst audits.
    #[default]
    Full,
}

impl Detail {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Detail::Scores => "scores",
            Detail::Spans => "spans",
            Detail::Full => "full",
        }
    }

    fn is_full(&self) -> bool {
        *self == Detail::Full
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Detail {
    type Err = String;

    fn from_str(s: &str) -> Result<Detail, String> {
        [Detail::Scores, Detail::Spans, Detail::Full]
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| format!("unknown detail '{s}': expected scores, spans or full"))
    }
}

/// Risk bands. Thresholds are set in `data/scoring.rules`; by default
/// low < 20 ≤ guarded < 40 ≤ elevated < 60 ≤ high < 80 ≤ severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing of note.
    Low,
    /// Some risk vocabulary, little substance.
    Guarded,
    /// A risk story.
    Elevated,
    /// Armed conflict or a serious crisis.
    High,
    /// Armed conflict with several aggravating factors.
    Severe,
}

impl Level {
    pub(crate) const ALL: [Level; 5] =
        [Level::Low, Level::Guarded, Level::Elevated, Level::High, Level::Severe];

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Guarded => "guarded",
            Level::Elevated => "elevated",
            Level::High => "high",
            Level::Severe => "severe",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The three signals of a report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Signals {
    /// Armed conflict, violence, unrest.
    #[serde(default, skip_serializing_if = "left_out")]
    pub conflict: SignalScore,
    /// Minerals, ores and mining.
    #[serde(default, skip_serializing_if = "left_out")]
    pub minerals: SignalScore,
    /// Foreign powers involved with the focus country.
    #[serde(default, skip_serializing_if = "left_out")]
    pub foreign_involvement: SignalScore,
}

/// One signal's score and what it is made of.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SignalScore {
    /// 0 to 100; the sum of the categories' points.
    pub score: f64,
    /// Points and hit counts per category (negative for dampening ones).
    pub categories: BTreeMap<Name, CategoryScore>,
    /// Number of hits (all of them, also those beyond the evidence cap).
    pub hits: usize,
    /// For minerals: each metal or commodity found, with its regulatory tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metals: Vec<Metal>,
}

/// A category's share of its signal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CategoryScore {
    /// Points of the signal's score (negative for dampening categories).
    pub points: f64,
    /// Hits in this category.
    pub hits: usize,
}

/// A metal or commodity named in the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Metal {
    /// The element or commodity (coltan → `tantalum`).
    pub metal: Name,
    /// Regulatory lists: `3TG`, `USGS-2025`, `EU-CRM`, `EU-strategic`.
    pub tags: Vec<Name>,
    /// The lexicon terms that named it.
    pub terms: Vec<Name>,
    /// Hits.
    pub hits: usize,
}

/// The kind of an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActorKind {
    /// A state.
    Country,
    /// A non-state armed group.
    ArmedGroup,
    /// An international organisation or mission.
    Organisation,
    /// A political-military bloc (EU, NATO) that can act as a foreign power.
    Bloc,
}

/// The role of an actor in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The country the article is about.
    Focus,
    /// A state or bloc involved with the focus country.
    Foreign,
    /// A non-state armed group.
    ArmedGroup,
    /// An organisation.
    Organisation,
    /// Named in passing, as a comparison or a dateline.
    Mentioned,
}

/// An actor found in the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// ISO 3166-1 alpha-3 for countries; the lexicon id otherwise.
    pub id: Name,
    /// Display name.
    pub name: Name,
    /// Kind.
    pub kind: ActorKind,
    /// Main role.
    pub role: Role,
    /// Every role the actor holds, the main one first: a focus country
    /// acting abroad is `["focus", "foreign"]`.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Mentions counted (after resolving ambiguous names).
    pub mentions: usize,
    /// 0 to 1: how sure the role is.
    pub confidence: f64,
    /// How prominent the actor is in the article: each mention counts its
    /// field weight (title 3, summary 2, body 1, tags 0.5), 1.5 times in the
    /// lead, 1.5 times for a place inside a country. A passing body mention
    /// is 1; a headline mention is 3.
    #[serde(default)]
    pub prominence: f64,
    /// The relations this actor is the source of (also for a focus
    /// country acting abroad); none at [`Detail::Scores`], where the
    /// report's `relations` hold them.
    #[serde(default, skip_serializing_if = "left_out")]
    pub relations: Vec<Relation>,
    /// For armed groups: the countries where the group operates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operates_in: Vec<Name>,
    /// The first mentions (none below [`Detail::Spans`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// The types of foreign involvement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum RelationType {
    /// Troops, training, equipment, arms, strikes, security guarantees.
    Military,
    /// Backing or supplying an armed group.
    Proxy,
    /// Minerals deals, mine ownership, investment, corridors.
    Resources,
    /// Sanctions, aid conditions, mediation, negotiations.
    Pressure,
}

impl RelationType {
    pub(crate) const ALL: [RelationType; 4] =
        [RelationType::Military, RelationType::Proxy, RelationType::Resources, RelationType::Pressure];

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Military => "military",
            RelationType::Proxy => "proxy",
            RelationType::Resources => "resources",
            RelationType::Pressure => "pressure",
        }
    }
}

/// One directed relation: `source` acts on `target`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Relation {
    /// The acting state (alpha-3), bloc or organisation (id).
    #[serde(default)]
    pub source: Name,
    /// The type of involvement.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// The country (alpha-3) or bloc acted on, or the armed group (id) backed.
    pub target: Name,
    /// Every supporting sentence reports it as an allegation.
    pub alleged: bool,
    /// Every supporting sentence denies or negates it (it then counts zero).
    pub negated: bool,
    /// Involvement points before the signal's scale (type weight x source
    /// tier x conflict and minerals touch x diminishing sum of cues).
    #[serde(default)]
    pub points: f64,
    /// The cue words, with their sentences; each cue's `link` says where
    /// source and target were found.
    pub evidence: Vec<Evidence>,
}

/// How an involvement cue's source and target were found (see
/// [`Evidence::link`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Link {
    /// The source's id.
    pub source: Name,
    /// The source mention's byte span (same offsets as `start`/`end`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_span: Option<[usize; 2]>,
    /// The frame that placed the source.
    pub source_by: Frame,
    /// The target's id.
    pub target: Name,
    /// The target mention's byte span; none when the target is the focus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_span: Option<[usize; 2]>,
    /// The frame that placed the target.
    pub target_by: Frame,
}

/// Where a relation's source or target sits relative to its cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Frame {
    /// Right before the cue: "US troops", "Rwanda's army", "Rwandan-backed".
    Modifier,
    /// The nearest plain mention before the cue in its clause.
    Subject,
    /// After an agent preposition: "backed by Rwanda", "troops from Kenya".
    Agent,
    /// After a target preposition or right after the cue: "sanctions on
    /// Iran", "destroyed an Iranian platform".
    Object,
    /// The subject of a passive whose agent is the source: "Goma was
    /// shelled by Rwandan troops".
    PassiveSubject,
    /// The owner named on an asset: "Congolese mines".
    Owner,
    /// Where events happen, before the cue: "in Gaza, Israeli strikes".
    Scene,
    /// The armed group named in the sentence (proxy relations).
    ArmedGroup,
    /// Not in the cue's clause: the article's focus.
    Focus,
}

impl Frame {
    /// The snake_case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Modifier => "modifier",
            Frame::Subject => "subject",
            Frame::Agent => "agent",
            Frame::Object => "object",
            Frame::PassiveSubject => "passive_subject",
            Frame::Owner => "owner",
            Frame::Scene => "scene",
            Frame::ArmedGroup => "armed_group",
            Frame::Focus => "focus",
        }
    }
}

/// A rule's contribution to the overall score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RuleContribution {
    /// Rule id: `signal.<name>`, a co-occurrence rule id, or `saturation`.
    pub id: Name,
    /// Points added (negative for saturation).
    pub contribution: f64,
    /// Why, in words (only at [`Detail::Full`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

/// A piece of evidence: a term found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The lexicon term, as written in `data/`.
    pub term: Name,
    /// The text matched, `&input[start..end]` (only at [`Detail::Full`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// `conflict`, `minerals`, `foreign_involvement` or `actor`.
    pub signal: Name,
    /// The category within the signal (the actor kind for `actor`).
    pub category: Name,
    /// The field the text is in.
    pub field: Field,
    /// For tags and categories: which item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
    /// Byte offset of the start: into the whole input for text input, into
    /// the field's string for JSON input.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The sentence around the match, cut at 300 bytes (only at
    /// [`Detail::Full`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sentence: String,
    /// For minerals: the metal the term denotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metal: Option<Name>,
    /// For minerals: regulatory tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Name>,
    /// For involvement cues: the actor the cue was attributed to (the
    /// relation's source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Name>,
    /// For involvement cues in a relation: where its source and target are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// Why the hit counts differently (for example inside a company name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Name>,
}

/// Which knowledge produced a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Ruleset {
    /// `@version` of the rules file.
    pub version: Name,
    /// A 64-bit FNV-1a hash of every rules and lexicon file, in hex.
    pub hash: Name,
}

impl RiskReport {
    /// The actor with this id, if found.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The focus countries.
    pub fn focus(&self) -> impl Iterator<Item = &Actor> {
        self.actors.iter().filter(|a| a.role == Role::Focus)
    }
}

impl std::str::FromStr for Level {
    type Err = crate::error::ParseNameError;

    /// Parses a level's name (`low` ... `severe`, ASCII case and surrounding
    /// white space ignored).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("High".parse(), Ok(georisk::Level::High));
    /// assert!("medium".parse::<georisk::Level>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Level, Self::Err> {
        let name = s.trim().to_ascii_lowercase();
        Level::ALL.into_iter().find(|l| l.as_str() == name).ok_or_else(|| {
            crate::error::ParseNameError::new("level", s, "low, guarded, elevated, high or severe")
        })
    }
}
