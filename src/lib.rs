/*!
georisk scores news articles for geopolitical risk (armed conflict, minerals
and foreign-power involvement) and explains every point of the score with
evidence an analyst can audit.

# Overview

* **Input**: an [`Article`] parsed from plain text, from the aggregator
  layout (category lines, a tags line, author, title, summary, body,
  `Original Source:`), or from JSON.
* **Knowledge**: lexicons and rules in `data/`, human-editable text files
  embedded in the binary and compiled once into a single Aho-Corasick
  automaton (see `data/README.md` for the format).
* **Output**: a [`RiskReport`]: an overall `score` (0-100) and [`Level`],
  three signals (`conflict`, `minerals`, `foreign_involvement`) with their
  categories, the [`Actor`]s and their roles (focus country, foreign powers
  and how they are involved, armed groups), the rules that fired with
  contributions that add up to the score, and evidence as byte spans into
  the original text.

# Example: score a text

```
let report = georisk::score_text(
    "Rebels seize coltan mines in eastern Congo\n\n\
     M23 rebels, whom UN experts accuse Rwanda of backing, captured the \
     coltan mining town of Rubaya in North Kivu after heavy fighting with \
     the Congolese army.",
);
assert!(report.score >= 60.0, "{}", report.score);
let sum: f64 = report.rules.iter().map(|r| r.contribution).sum();
assert!((sum - report.score).abs() < 0.02);

let rwanda = report.actor("RWA").expect("Rwanda is found");
assert_eq!(rwanda.role, georisk::Role::Foreign);
assert!(rwanda.relations.iter().any(|r| r.kind == georisk::RelationType::Proxy && r.alleged));
```

# Example: compile once, score many

```
# fn main() -> Result<(), Box<dyn std::error::Error>> {
let scorer = georisk::Scorer::default(); // shared, compiled on first use
let article = georisk::Article::from_json(
    r#"{"id": "a1", "title": "Gold prices steady", "body": "Gold rose 0.2% in London trading."}"#,
)?;
let report = scorer.score(&article);
assert_eq!(report.id.as_deref(), Some("a1"));
assert_eq!(report.level, georisk::Level::Low);
println!("{}", serde_json::to_string_pretty(&report)?);
# Ok(()) }
```

# Example: your own knowledge

```
# fn main() -> Result<(), georisk::Error> {
let scorer = georisk::Scorer::builder()
    .lexicon("local.lex", "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid | cattle raids\n")?
    .build()?;
assert!(scorer.score_text("Cattle raids in Jonglei").signals.conflict.score > 0.0);
# Ok(()) }
```

# The scoring model

Matching is whole-word, Unicode case- and accent-insensitive (except
entries marked exact, such as `US`), hyphen/space-insensitive, and
leftmost-longest within each signal. Each signal's raw points are the sum
over lexicon entries of `weight × field weight`, the k-th repeat of an
entry counting `decay^k`, divided by a length factor; dampening categories
(ceasefire, "price war") subtract up to a cap; the 0-100 signal score is
`100 × (1 − e^(−raw/scale))`. The overall score is the weighted sum of the
signals plus co-occurrence rules (conflict and minerals in one sentence; an
armed group seizing a mineral area; a foreign power backing an armed group),
compressed above a knee by an explicit `saturation` contribution. Every
number is in `data/scoring.rules`.

# Errors and panics

Building a scorer from bad files returns a [`BuildError`] naming the file,
line and problem; parsing a bad article returns an [`ArticleError`].
Scoring never fails and never panics.
*/

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![forbid(unsafe_code)]

mod actors;
mod article;
mod assemble;
mod batch;
mod error;
mod first_words;
mod frames;
mod gpr;
pub mod index;
mod knowledge;
mod lexicon;
mod line;
mod matcher;
mod name;
mod probe;
mod relations;
mod report;
mod rules;
mod scan;
mod scorer;
mod source;
mod text;

pub use crate::article::{Article, ArticleBuilder, Field, MAX_ARTICLE_BYTES};
pub use crate::batch::ScoreIter;
pub use crate::error::{ArticleError, BuildError, BuildErrorKind, Error, ParseNameError};
pub use crate::gpr::{GprCategoryHit, GprEvidence, GprMode, GprReport};
pub use crate::line::json_line;
pub use crate::name::Name;
pub use crate::report::{
    Actor, ActorKind, CategoryScore, Detail, Evidence, Frame, Level, Link, Metal, Relation, RelationType,
    RiskReport, Role, RuleContribution, Ruleset, SignalScore, Signals,
};
pub use crate::scorer::{score_text, Scorer, ScorerBuilder};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}

    #[test]
    fn oibits() {
        assert_send_sync::<Scorer>();
        assert_send_sync::<ScorerBuilder>();
        assert_send_sync::<RiskReport>();
        assert_send_sync::<Error>();
        assert_send_sync::<Article<'static>>();
    }

    #[test]
    fn embedded_knowledge_compiles() {
        let scorer = ScorerBuilder::new().build().expect("embedded files compile");
        assert!(scorer.pattern_count() > 1000);
    }
}
