//! The finished index: series, points, alerts, and their CSV form.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::report::Level;

use super::aggregate::{Aggregator, Cell, FIXED, WORLD};
use super::date::{days_in_month, Date};
use super::{IndexError, Period};

/// Rules and terms listed as drivers per point.
const TOP_RULES: usize = 5;
const TOP_TERMS: usize = 8;

/// How [`Aggregator::finish`] turns sums into an index and alerts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The periods whose mean share is 100 (default: every period).
    pub base: Option<BaseRange>,
    /// Previous periods the z-score compares with (default 8).
    pub window: usize,
    /// The fewest previous periods for a z-score (default 3).
    pub min_history: usize,
    /// A point is an alert when its z-score is at least this (default 2.0)...
    pub z_threshold: f64,
    /// ...or when its share exceeds the trailing mean by at least this
    /// (a fraction: 0.05 = 5 percentage points; default: not used)...
    pub jump: Option<f64>,
    /// ...and it has at least this many articles at or above the level
    /// (default 3), so one story cannot make an alert.
    pub min_flagged: u64,
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis { base: None, window: 8, min_history: 3, z_threshold: 2.0, jump: None, min_flagged: 3 }
    }
}

impl Analysis {
    /// The default analysis with a base range.
    pub fn with_base(mut self, base: Option<BaseRange>) -> Self {
        self.base = base;
        self
    }

    /// The default analysis with another z threshold.
    pub fn with_z(mut self, z: f64) -> Self {
        self.z_threshold = z;
        self
    }
}

/// A range of dates: the periods that start in it form the base of the
/// index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseRange {
    /// First day (inclusive), or open.
    pub from: Option<Date>,
    /// Last day (inclusive), or open.
    pub to: Option<Date>,
}

impl BaseRange {
    /// Reads `FROM..TO`, each side a year (`1987`), a month (`1987-02`), a
    /// date in any format of [`Date::parse`], or empty (open). `FROM` is
    /// the first day of its year or month, `TO` the last.
    ///
    /// # Errors
    ///
    /// [`IndexError::Option`] naming the bad side.
    ///
    /// # Example
    ///
    /// ```
    /// use georisk::index::BaseRange;
    /// let base = BaseRange::parse("1987-02..1987-03").unwrap();
    /// assert_eq!(base.from.unwrap().to_string(), "1987-02-01");
    /// assert_eq!(base.to.unwrap().to_string(), "1987-03-31");
    /// assert!(BaseRange::parse("1987-13..").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<BaseRange, IndexError> {
        let Some((from, to)) = s.split_once("..") else {
            return Err(IndexError::Option(format!(
                "base range '{s}' must be FROM..TO (e.g. 1987-02..1987-03)"
            )));
        };
        let side = |text: &str, end: bool| -> Result<Option<Date>, IndexError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let bad = |why: String| IndexError::Option(format!("base range '{s}': '{text}': {why}"));
            let b = text.as_bytes();
            if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
                let year: i32 = text.parse().map_err(|_| bad("not a year".into()))?;
                let (m, d) = if end { (12, 31) } else { (1, 1) };
                return Date::from_ymd(year, m, d).map(Some).ok_or_else(|| bad("year out of range".into()));
            }
            if b.len() == 7 && b[4] == b'-' {
                let year: i32 = text[..4].parse().map_err(|_| bad("not YYYY-MM".into()))?;
                let month: u32 = text[5..].parse().map_err(|_| bad("not YYYY-MM".into()))?;
                // The last day from the month itself: going through the next
                // month refused `..9999-12`.
                let day = if end { days_in_month(year, month) } else { 1 };
                return Date::from_ymd(year, month, day)
                    .map(Some)
                    .ok_or_else(|| bad("month out of range".into()));
            }
            Date::parse(text).map(Some).map_err(|e| bad(e.to_string()))
        };
        let range = BaseRange { from: side(from, false)?, to: side(to, true)? };
        if let (Some(f), Some(t)) = (range.from, range.to) {
            if f > t {
                return Err(IndexError::Option(format!("base range '{s}' ends before it starts")));
            }
        }
        Ok(range)
    }

    fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }
}

impl std::fmt::Display for BaseRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let side = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        write!(f, "{}..{}", side(self.from), side(self.to))
    }
}

/// The finished index of a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IndexReport {
    /// The period length.
    pub period: Period,
    /// Articles at or above this level count towards the share.
    pub level: Level,
    /// The analysis settings used.
    pub analysis: Analysis,
    /// The periods with at least one article, in order. Periods without
    /// any article (gaps in the corpus) are left out, not counted as zero.
    pub periods: Vec<PeriodInfo>,
    /// `WORLD` first, then the countries by article count.
    pub series: Vec<Series>,
    /// Alerts, strongest first.
    pub alerts: Vec<Alert>,
    /// Articles seen, counted, undated and collapsed.
    pub stats: Stats,
}

/// One period of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PeriodInfo {
    /// `1987-W11`, `1987-03` or `1987-03-12`.
    pub label: String,
    /// Its first day.
    pub start: Date,
    /// Articles counted in it (the denominator of every share).
    pub articles: u64,
    /// It is in the base range.
    pub base: bool,
}

/// One series: the world or a country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Series {
    /// `WORLD` or the country's ISO alpha-3 code (a bloc's id).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Articles in the series over all periods.
    pub articles: u64,
    /// Of which at or above the level.
    pub flagged: u64,
    /// The mean share over the base periods (what index 100 stands for).
    pub base_share: f64,
    /// One point per period of the corpus, in order.
    pub points: Vec<Point>,
}

/// One series in one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Point {
    /// The period's label.
    pub period: String,
    /// The period's first day.
    pub start: Date,
    /// Articles of the series in the period.
    pub count: u64,
    /// Of which at or above the level.
    pub flagged: u64,
    /// GPR-style share: `flagged` over all articles of the period (for
    /// `WORLD`, over its own count).
    pub share: f64,
    /// Mean overall score of the series' articles (`None` without articles).
    pub mean_score: Option<f64>,
    /// Mean conflict score.
    pub conflict: Option<f64>,
    /// Mean minerals score.
    pub minerals: Option<f64>,
    /// Mean foreign-involvement score.
    pub foreign_involvement: Option<f64>,
    /// In GPR mode: articles with a GPR threat (GPT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpr_threats: Option<u64>,
    /// In GPR mode: articles with a GPR act (GPA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpr_acts: Option<u64>,
    /// `100 × share / base_share` (`None` when the base share is zero).
    pub index: Option<f64>,
    /// `(share − mean) / max(sd, 1 / articles of the period)` over the
    /// previous `window` periods (`None` with fewer than `min_history`).
    pub z: Option<f64>,
    /// The point is an alert.
    pub alert: bool,
    /// What the flagged articles are made of.
    #[serde(default, skip_serializing_if = "Drivers::is_empty")]
    pub drivers: Drivers,
    /// The highest-scored articles of the cell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_articles: Vec<TopArticle>,
}

/// The rules and terms behind a point's flagged articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Drivers {
    /// Rule ids with their summed contribution, largest first.
    pub rules: Vec<(String, f64)>,
    /// Evidence terms with the number of flagged articles they are in.
    pub terms: Vec<(String, u64)>,
}

impl Drivers {
    /// No rule and no term.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.terms.is_empty()
    }
}

/// An article among the highest-scored of a point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopArticle {
    /// Its id.
    pub id: String,
    /// Its overall score.
    pub score: f64,
}

/// A spike: a point whose z-score (or share jump) passed the threshold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Alert {
    /// The series id.
    pub series: String,
    /// The series name.
    pub name: String,
    /// The period's label.
    pub period: String,
    /// The period's first day.
    pub start: Date,
    /// Why: `z 3.1 >= 2.0` or `share +6.0 pp`.
    pub reason: String,
    /// The z-score.
    pub z: Option<f64>,
    /// The share.
    pub share: f64,
    /// The index.
    pub index: Option<f64>,
    /// Articles of the series in the period.
    pub count: u64,
    /// Of which at or above the level.
    pub flagged: u64,
    /// The drivers.
    pub drivers: Drivers,
    /// The highest-scored articles.
    pub top_articles: Vec<TopArticle>,
}

/// What happened to the articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Stats {
    /// Articles added.
    pub articles: u64,
    /// Counted in the series.
    pub counted: u64,
    /// Without a usable date (not in the series).
    pub undated: u64,
    /// Of those, dated in a period that starts outside the years 1000-9999
    /// (the ISO week of 1000-01-01 starts in 999).
    #[serde(default)]
    pub out_of_range: u64,
    /// Near-copies collapsed into an earlier article.
    pub duplicates: u64,
    /// A few of them.
    pub duplicate_examples: Vec<DuplicateExample>,
    /// Ids of a few undated articles.
    pub undated_examples: Vec<String>,
}

/// An article collapsed as a copy of another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DuplicateExample {
    /// The copy.
    pub id: String,
    /// The earlier article it copies.
    pub of: String,
}

fn mean(sum: i128, n: u64) -> Option<f64> {
    (n > 0).then(|| sum as f64 / FIXED / n as f64)
}

impl Aggregator {
    /// Computes the index, z-scores and alerts from the sums so far.
    ///
    /// # Errors
    ///
    /// [`IndexError::EmptyBase`] when a base range is given and no period
    /// of the corpus starts in it. An empty corpus is not an error: it
    /// gives a report without periods.
    pub fn finish(&self, analysis: &Analysis) -> Result<IndexReport, IndexError> {
        let period = self.period();
        let mut totals: BTreeMap<i64, u64> = BTreeMap::new();
        let mut by_series: BTreeMap<&str, BTreeMap<i64, &Cell>> = BTreeMap::new();
        for ((key, series), cell) in &self.cells {
            if series == WORLD {
                totals.insert(*key, cell.count);
            }
            by_series.entry(series.as_str()).or_default().insert(*key, cell);
        }
        // Keys stay paired with their periods: zipping all keys with the
        // periods that have a start shifted every later point onto another
        // period's label when one had none (`add` now refuses those).
        let (keys, periods): (Vec<i64>, Vec<PeriodInfo>) = totals
            .iter()
            .filter_map(|(k, articles)| {
                let start = period.start(*k)?;
                let base = analysis.base.is_none_or(|b| b.contains(start));
                Some((*k, PeriodInfo { label: period.label(*k), start, articles: *articles, base }))
            })
            .unzip();
        if let (Some(base), Some(first), Some(last)) = (analysis.base, periods.first(), periods.last()) {
            if !periods.iter().any(|p| p.base) {
                return Err(IndexError::EmptyBase {
                    base: base.to_string(),
                    first: first.label.clone(),
                    last: last.label.clone(),
                });
            }
        }
        let empty = Cell::default();
        let mut series: Vec<Series> = Vec::new();
        let mut alerts: Vec<Alert> = Vec::new();
        for (id, cells) in &by_series {
            let mut points: Vec<Point> = Vec::with_capacity(periods.len());
            for (key, info) in keys.iter().zip(&periods) {
                let cell = cells.get(key).copied().unwrap_or(&empty);
                let share = if info.articles > 0 { cell.flagged as f64 / info.articles as f64 } else { 0.0 };
                points.push(Point {
                    period: info.label.clone(),
                    start: info.start,
                    count: cell.count,
                    flagged: cell.flagged,
                    share,
                    mean_score: mean(cell.score, cell.count),
                    conflict: mean(cell.conflict, cell.count),
                    minerals: mean(cell.minerals, cell.count),
                    foreign_involvement: mean(cell.foreign, cell.count),
                    gpr_threats: (cell.gpr > 0).then_some(cell.gpr_threat),
                    gpr_acts: (cell.gpr > 0).then_some(cell.gpr_act),
                    index: None,
                    z: None,
                    alert: false,
                    drivers: drivers(cell),
                    top_articles: cell
                        .top
                        .iter()
                        .map(|(s, id)| TopArticle { id: id.clone(), score: *s as f64 / FIXED })
                        .collect(),
                });
            }
            let base: Vec<f64> =
                points.iter().zip(&periods).filter(|(_, p)| p.base).map(|(pt, _)| pt.share).collect();
            let base_share = if base.is_empty() { 0.0 } else { base.iter().sum::<f64>() / base.len() as f64 };
            for i in 0..points.len() {
                if base_share > 0.0 {
                    points[i].index = Some(100.0 * points[i].share / base_share);
                }
                let history = &points[i.saturating_sub(analysis.window)..i];
                if history.len() >= analysis.min_history.max(2) {
                    let n = history.len() as f64;
                    let m = history.iter().map(|p| p.share).sum::<f64>() / n;
                    let var = history.iter().map(|p| (p.share - m).powi(2)).sum::<f64>() / (n - 1.0);
                    let floor = 1.0 / periods[i].articles.max(1) as f64;
                    let z = (points[i].share - m) / var.sqrt().max(floor);
                    points[i].z = Some(z);
                    let enough = points[i].flagged >= analysis.min_flagged;
                    let reason = if z >= analysis.z_threshold {
                        Some(format!("z {z:.1} >= {}", analysis.z_threshold))
                    } else {
                        analysis
                            .jump
                            .filter(|j| points[i].share - m >= *j)
                            .map(|_| format!("share +{:.1} pp", 100.0 * (points[i].share - m)))
                    };
                    if let (Some(reason), true) = (reason, enough) {
                        points[i].alert = true;
                        let p = &points[i];
                        alerts.push(Alert {
                            series: id.to_string(),
                            name: self.name(id),
                            period: p.period.clone(),
                            start: p.start,
                            reason,
                            z: p.z,
                            share: p.share,
                            index: p.index,
                            count: p.count,
                            flagged: p.flagged,
                            drivers: p.drivers.clone(),
                            top_articles: p.top_articles.clone(),
                        });
                    }
                }
            }
            let articles = points.iter().map(|p| p.count).sum();
            let flagged = points.iter().map(|p| p.flagged).sum();
            series.push(Series {
                id: id.to_string(),
                name: self.name(id),
                articles,
                flagged,
                base_share,
                points,
            });
        }
        series.sort_by(|a, b| {
            (b.id == WORLD)
                .cmp(&(a.id == WORLD))
                .then(b.articles.cmp(&a.articles))
                .then_with(|| a.id.cmp(&b.id))
        });
        alerts.sort_by(|a, b| {
            b.z.unwrap_or(0.0)
                .total_cmp(&a.z.unwrap_or(0.0))
                .then_with(|| a.start.cmp(&b.start))
                .then_with(|| a.series.cmp(&b.series))
        });
        Ok(IndexReport {
            period,
            level: self.level(),
            analysis: analysis.clone(),
            periods,
            series,
            alerts,
            stats: Stats {
                articles: self.seen,
                counted: self.counted,
                undated: self.undated,
                out_of_range: self.out_of_range,
                duplicates: self.duplicates,
                duplicate_examples: self.duplicate_examples.clone(),
                undated_examples: self.undated_examples.clone(),
            },
        })
    }

    fn name(&self, id: &str) -> String {
        if id == WORLD {
            return "World".to_string();
        }
        self.names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

fn drivers(cell: &Cell) -> Drivers {
    let mut rules: Vec<(String, f64)> =
        cell.rules.iter().filter(|(_, v)| **v > 0).map(|(k, v)| (k.clone(), *v as f64 / FIXED)).collect();
    rules.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rules.truncate(TOP_RULES);
    let mut terms: Vec<(String, u64)> = cell.terms.iter().map(|(k, v)| (k.clone(), *v)).collect();
    terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    terms.truncate(TOP_TERMS);
    Drivers { rules, terms }
}

impl IndexReport {
    /// The series with this id (`WORLD` or an ISO alpha-3 code).
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }

    /// The series as CSV: one row per series and period, with a header.
    ///
    /// Columns: `series,name,period,start,count,flagged,share,mean_score,
    /// conflict,minerals,foreign_involvement,index,z,alert,top_articles,
    /// top_terms` (lists joined with `;`, empty cells for missing values).
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "series,name,period,start,count,flagged,share,mean_score,conflict,minerals,foreign_involvement,index,z,alert,top_articles,top_terms\n",
        );
        let num = |x: Option<f64>| x.map(|x| format!("{x:.4}")).unwrap_or_default();
        for s in &self.series {
            for p in &s.points {
                let top: Vec<&str> = p.top_articles.iter().map(|a| a.id.as_str()).collect();
                let terms: Vec<&str> = p.drivers.terms.iter().map(|(t, _)| t.as_str()).collect();
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{:.6},{},{},{},{},{},{},{},{},{}",
                    csv(&s.id),
                    csv(&s.name),
                    p.period,
                    p.start,
                    p.count,
                    p.flagged,
                    p.share,
                    num(p.mean_score),
                    num(p.conflict),
                    num(p.minerals),
                    num(p.foreign_involvement),
                    num(p.index),
                    num(p.z),
                    p.alert,
                    csv(&top.join(";")),
                    csv(&terms.join(";")),
                );
            }
        }
        out
    }
}

/// A CSV field, quoted when needed (RFC 4180).
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
