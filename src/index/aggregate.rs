//! The streaming aggregator: one article at a time into per-(series,
//! period) cells of exact (fixed-point) sums, so shards merge exactly.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::report::{ActorKind, Level, RiskReport, Role};

use super::date::Date;
use super::dedup::DedupWindow;
use super::series::DuplicateExample;
use super::{IndexError, Period};

/// The id of the series of all articles.
pub const WORLD: &str = "WORLD";

/// Fixed-point scale of the sums: 10⁻⁶ points. Integer sums make merging
/// shards exact whatever the order.
pub(crate) const FIXED: f64 = 1e6;

/// Examples of duplicates and undated articles kept for the report.
const EXAMPLES: usize = 20;

/// The largest magnitude of a rule's contribution [`check_report`]
/// accepts: far above any real one (a signal gives at most its weight × 100),
/// far below what could overflow the fixed-point sums.
const MAX_CONTRIBUTION: f64 = 1_000.0;

pub(crate) fn fixed(x: f64) -> i128 {
    // Clamped so that no report, checked or not, can overflow a sum: an
    // unchecked 1e308 made `cell.score += score` panic in debug builds.
    if x.is_finite() {
        (x.clamp(-MAX_CONTRIBUTION, MAX_CONTRIBUTION) * FIXED).round() as i128
    } else {
        0
    }
}

/// Checks the numbers of a report that was read rather than scored (a
/// report file of `--from-reports`) before it is
/// [added](Aggregator::add): the overall and signal scores must be in
/// [0, 100], and each rule's contribution finite and at most 1,000 in
/// magnitude.
///
/// # Errors
///
/// [`IndexError::BadReport`] naming the first field at fault and its value.
///
/// # Example
///
/// ```
/// use georisk::index::check_report;
/// let mut report = georisk::score_text("Rebels seized the coltan mines.");
/// assert!(check_report(&report).is_ok());
/// report.score = 500.0;
/// assert_eq!(
///     check_report(&report).unwrap_err().to_string(),
///     "field 'score': 500 is not a number in [0, 100]",
/// );
/// ```
pub fn check_report(report: &RiskReport) -> Result<(), IndexError> {
    let bad = |field: String, value: f64, range: &'static str| IndexError::BadReport { field, value, range };
    let signals = &report.signals;
    let scores = [
        ("score", report.score),
        ("signals.conflict.score", signals.conflict.score),
        ("signals.minerals.score", signals.minerals.score),
        ("signals.foreign_involvement.score", signals.foreign_involvement.score),
    ];
    for (field, value) in scores {
        if !(0.0..=100.0).contains(&value) {
            return Err(bad(field.to_string(), value, "[0, 100]"));
        }
    }
    for (i, rule) in report.rules.iter().enumerate() {
        if !rule.contribution.is_finite() || rule.contribution.abs() > MAX_CONTRIBUTION {
            return Err(bad(format!("rules[{i}].contribution"), rule.contribution, "[-1000, 1000]"));
        }
    }
    Ok(())
}

/// Settings of an [`Aggregator`], fixed while articles are added.
///
/// # Example
///
/// ```
/// use georisk::index::{IndexBuilder, Period};
/// let agg = IndexBuilder::new()
///     .period(Period::Week)
///     .level(georisk::Level::High)
///     .include_foreign(true)
///     .dedup_window(10_000)
///     .build();
/// assert_eq!(agg.counted(), 0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct IndexBuilder {
    period: Period,
    level: Level,
    include_foreign: bool,
    dedup_window: usize,
    dedup_distance: u32,
    top_articles: usize,
}

impl Default for IndexBuilder {
    fn default() -> Self {
        IndexBuilder::new()
    }
}

impl IndexBuilder {
    /// Monthly periods, level `elevated`, focus countries only, a window of
    /// 50,000 fingerprints matching within 3 bits, 5 top articles per cell.
    pub fn new() -> IndexBuilder {
        IndexBuilder {
            period: Period::Month,
            level: Level::Elevated,
            include_foreign: false,
            dedup_window: 50_000,
            dedup_distance: 3,
            top_articles: 5,
        }
    }

    /// The period length.
    pub fn period(mut self, period: Period) -> Self {
        self.period = period;
        self
    }

    /// Articles at or above this level count towards the share.
    pub fn level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// Also put an article in the series of the foreign powers (countries
    /// and blocs with the `foreign` role, and every source of a relation
    /// that is not negated), not only its focus countries.
    pub fn include_foreign(mut self, yes: bool) -> Self {
        self.include_foreign = yes;
        self
    }

    /// How many recent fingerprints to compare new articles with (0: no
    /// duplicate detection).
    pub fn dedup_window(mut self, fingerprints: usize) -> Self {
        self.dedup_window = fingerprints;
        self
    }

    /// The largest Hamming distance (0-3) between the fingerprints of
    /// duplicates.
    pub fn dedup_distance(mut self, bits: u32) -> Self {
        self.dedup_distance = bits.min(3);
        self
    }

    /// How many articles (highest scores) to keep per cell.
    pub fn top_articles(mut self, n: usize) -> Self {
        self.top_articles = n;
        self
    }

    /// The aggregator.
    pub fn build(self) -> Aggregator {
        Aggregator {
            dedup: DedupWindow::new(self.dedup_window, self.dedup_distance),
            config: self,
            cells: BTreeMap::new(),
            names: BTreeMap::new(),
            seen: 0,
            counted: 0,
            undated: 0,
            out_of_range: 0,
            duplicates: 0,
            duplicate_examples: Vec::new(),
            undated_examples: Vec::new(),
        }
    }
}

/// What [`Aggregator::add`] did with an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// Counted in the periods' series.
    Counted,
    /// A near-copy of an earlier article (its id): counted once, as that one.
    Duplicate(String),
    /// No date: counted in [`Stats::undated`](super::Stats::undated) only.
    Undated,
    /// A date whose period starts outside the supported years (the ISO week
    /// of 1000-01-01 starts in 999): counted as undated, in
    /// [`Stats::out_of_range`](super::Stats::out_of_range) too, so that no
    /// series gets a period it cannot label.
    OutOfRange,
}

/// The sums of one series in one period.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Cell {
    pub count: u64,
    pub flagged: u64,
    pub score: i128,
    pub conflict: i128,
    pub minerals: i128,
    pub foreign: i128,
    /// Articles that had a GPR assessment, and of those the threats and acts.
    pub gpr: u64,
    pub gpr_threat: u64,
    pub gpr_act: u64,
    /// Over flagged articles: the summed contribution of each rule...
    pub rules: HashMap<String, i128>,
    /// ...and the number of articles each evidence term appears in.
    pub terms: HashMap<String, u64>,
    /// The highest-scored articles: (score, id), best first.
    pub top: Vec<(i128, String)>,
}

impl Cell {
    fn merge(&mut self, other: Cell, keep: usize) {
        self.count += other.count;
        self.flagged += other.flagged;
        self.score += other.score;
        self.conflict += other.conflict;
        self.minerals += other.minerals;
        self.foreign += other.foreign;
        self.gpr += other.gpr;
        self.gpr_threat += other.gpr_threat;
        self.gpr_act += other.gpr_act;
        for (k, v) in other.rules {
            *self.rules.entry(k).or_default() += v;
        }
        for (k, v) in other.terms {
            *self.terms.entry(k).or_default() += v;
        }
        self.top.extend(other.top);
        self.top.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        self.top.truncate(keep);
    }

    fn push_top(&mut self, score: i128, id: &str, keep: usize) {
        if keep == 0 {
            return;
        }
        if self.top.len() >= keep {
            let last = &self.top[self.top.len() - 1];
            if (score, std::cmp::Reverse(id)) <= (last.0, std::cmp::Reverse(last.1.as_str())) {
                return;
            }
        }
        let at = self
            .top
            .iter()
            .position(|(s, i)| score > *s || (score == *s && id < i.as_str()))
            .unwrap_or(self.top.len());
        self.top.insert(at, (score, id.to_string()));
        self.top.truncate(keep);
    }
}

/// Aggregates scored articles into series, one article at a time.
///
/// Each dated article that is not a near-copy of a recent one counts in
/// the `WORLD` series and in the series of each of its focus countries
/// (and foreign powers, if asked) for its period. Memory grows with the
/// number of (series, period) cells, not with the number of articles.
#[derive(Clone, Debug)]
pub struct Aggregator {
    pub(crate) config: IndexBuilder,
    /// (period key, series id) → sums.
    pub(crate) cells: BTreeMap<(i64, String), Cell>,
    pub(crate) names: BTreeMap<String, String>,
    dedup: DedupWindow,
    pub(crate) seen: u64,
    pub(crate) counted: u64,
    pub(crate) undated: u64,
    pub(crate) out_of_range: u64,
    pub(crate) duplicates: u64,
    pub(crate) duplicate_examples: Vec<DuplicateExample>,
    pub(crate) undated_examples: Vec<String>,
}

impl Default for Aggregator {
    fn default() -> Self {
        IndexBuilder::new().build()
    }
}

impl Aggregator {
    /// Adds one article: its id (for the top-article lists), its date
    /// (`None` when it had no usable date), its report, and its text
    /// [`fingerprint`](super::fingerprint) (`None`: no duplicate check).
    ///
    /// An article without a date, or whose period starts outside the
    /// supported years, is counted as undated and goes no further; a dated
    /// one is then checked against the recent fingerprints and, if it is
    /// not a near-copy, counted.
    ///
    /// The report is trusted to be one a [`Scorer`](crate::Scorer) made:
    /// check reports read from elsewhere with
    /// [`check_report`](super::check_report) first.
    pub fn add(
        &mut self,
        id: &str,
        date: Option<Date>,
        report: &RiskReport,
        fingerprint: Option<u64>,
    ) -> Added {
        self.seen += 1;
        let key = date.map(|d| self.config.period.key(d));
        let added = match key {
            None => Added::Undated,
            Some(key) if self.config.period.start(key).is_none() => Added::OutOfRange,
            Some(key) => return self.add_dated(id, key, report, fingerprint),
        };
        self.undated += 1;
        self.out_of_range += u64::from(added == Added::OutOfRange);
        if self.undated_examples.len() < EXAMPLES {
            self.undated_examples.push(id.to_string());
        }
        added
    }

    /// Adds an article of period `key` (one with a start date).
    fn add_dated(&mut self, id: &str, key: i64, report: &RiskReport, fingerprint: Option<u64>) -> Added {
        if let Some(fp) = fingerprint {
            if let Some(original) = self.dedup.check(id, fp) {
                let original = original.to_string();
                self.duplicates += 1;
                if self.duplicate_examples.len() < EXAMPLES {
                    self.duplicate_examples
                        .push(DuplicateExample { id: id.to_string(), of: original.clone() });
                }
                return Added::Duplicate(original);
            }
        }
        self.counted += 1;
        let flagged = report.level >= self.config.level;
        let score = fixed(report.score);
        let (rules, terms) = if flagged {
            let mut rules: HashMap<&str, i128> = HashMap::new();
            for rule in &report.rules {
                *rules.entry(rule.id.as_str()).or_default() += fixed(rule.contribution);
            }
            let terms: HashSet<&str> = report
                .evidence
                .iter()
                .filter(|e| {
                    e.signal != "actor"
                        && !matches!(
                            e.category.as_str(),
                            "deescalation" | "figurative" | "negation" | "comparison"
                        )
                })
                .map(|e| e.term.as_str())
                .collect();
            (rules, terms)
        } else {
            Default::default()
        };
        let mut series: Vec<&str> = vec![WORLD];
        for actor in &report.actors {
            let wanted = match actor.role {
                Role::Focus => true,
                Role::Foreign => self.config.include_foreign,
                _ => false,
            };
            if wanted
                && matches!(actor.kind, ActorKind::Country | ActorKind::Bloc)
                && !series.contains(&actor.id.as_str())
            {
                series.push(&actor.id);
                if !self.names.contains_key(actor.id.as_str()) {
                    self.names.insert(actor.id.to_string(), actor.name.to_string());
                }
            }
        }
        // Sources of relations acting abroad, also bodies not named as
        // actors ("the Security Council" acts as UN).
        if self.config.include_foreign {
            for r in report.relations.iter().filter(|r| !r.negated && r.points > 0.0) {
                if !series.contains(&r.source.as_str()) {
                    series.push(&r.source);
                }
            }
        }
        let keep = self.config.top_articles;
        for s in series {
            let cell = self.cells.entry((key, s.to_string())).or_default();
            cell.count += 1;
            cell.score += score;
            cell.conflict += fixed(report.signals.conflict.score);
            cell.minerals += fixed(report.signals.minerals.score);
            cell.foreign += fixed(report.signals.foreign_involvement.score);
            if let Some(gpr) = &report.gpr {
                cell.gpr += 1;
                cell.gpr_threat += u64::from(gpr.threat);
                cell.gpr_act += u64::from(gpr.act);
            }
            if flagged {
                cell.flagged += 1;
                for (rule, points) in &rules {
                    *cell.rules.entry((*rule).to_string()).or_default() += points;
                }
                for term in &terms {
                    *cell.terms.entry((*term).to_string()).or_default() += 1;
                }
            }
            cell.push_top(score, id, keep);
        }
        Added::Counted
    }

    /// Adds the sums of another aggregator (a shard of the same corpus):
    /// the result is the aggregator of both shards' articles.
    ///
    /// Duplicates are detected within each shard; a copy in one shard of
    /// an article in another is not seen. To collapse copies across
    /// shards, aggregate the shards' report files (with their
    /// fingerprints) in one pass.
    ///
    /// # Errors
    ///
    /// [`IndexError::Mismatch`] when the two were built with a different
    /// period, level, foreign-power option or number of top articles.
    pub fn merge(&mut self, other: Aggregator) -> Result<(), IndexError> {
        let (a, b) = (&self.config, &other.config);
        if a.period != b.period {
            return Err(IndexError::Mismatch("period"));
        }
        if a.level != b.level {
            return Err(IndexError::Mismatch("level"));
        }
        if a.include_foreign != b.include_foreign {
            return Err(IndexError::Mismatch("foreign powers"));
        }
        if a.top_articles != b.top_articles {
            return Err(IndexError::Mismatch("top articles"));
        }
        let keep = self.config.top_articles;
        for (key, cell) in other.cells {
            self.cells.entry(key).or_default().merge(cell, keep);
        }
        for (id, name) in other.names {
            self.names.entry(id).or_insert(name);
        }
        self.seen += other.seen;
        self.counted += other.counted;
        self.undated += other.undated;
        self.out_of_range += other.out_of_range;
        self.duplicates += other.duplicates;
        let room = EXAMPLES.saturating_sub(self.duplicate_examples.len());
        self.duplicate_examples.extend(other.duplicate_examples.into_iter().take(room));
        let room = EXAMPLES.saturating_sub(self.undated_examples.len());
        self.undated_examples.extend(other.undated_examples.into_iter().take(room));
        Ok(())
    }

    /// The period length.
    pub fn period(&self) -> Period {
        self.config.period
    }

    /// The level at or above which articles count towards the share.
    pub fn level(&self) -> Level {
        self.config.level
    }

    /// Articles added.
    pub fn seen(&self) -> u64 {
        self.seen
    }

    /// Articles counted in the series (dated, not duplicates).
    pub fn counted(&self) -> u64 {
        self.counted
    }

    /// Articles without a usable date.
    pub fn undated(&self) -> u64 {
        self.undated
    }

    /// Of the undated articles, those dated in a period that starts outside
    /// the supported years.
    pub fn out_of_range(&self) -> u64 {
        self.out_of_range
    }

    /// Near-copies collapsed.
    pub fn duplicates(&self) -> u64 {
        self.duplicates
    }

    /// The number of (series, period) cells held: the aggregator's memory
    /// is proportional to it (plus the duplicate window).
    pub fn cells(&self) -> usize {
        self.cells.len()
    }
}
