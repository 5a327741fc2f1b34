//! Corpus analytics: a country risk index over time, with spikes, alerts,
//! duplicate collapsing and charts.
//!
//! Analysts watch how risk moves per country over time. This module turns
//! a stream of scored articles into series in the style of the GPR index
//! (Caldara & Iacoviello 2022: the share of articles about adverse
//! geopolitical events, normalised so a base period averages 100) and of
//! BlackRock's BGRI (a z-score against recent history), with the drivers
//! and articles behind every point.
//!
//! * [`Date::parse`] reads RFC 3339, RFC 2822, `2025-03-12`, `Mar 12, 2025`,
//!   Unix seconds and Reuters' `26-FEB-1987 15:01:01.79` (with jiff).
//! * An [`Aggregator`] (made by an [`IndexBuilder`]) takes one article at
//!   a time: its id, date, [`RiskReport`](crate::RiskReport) and text
//!   [`fingerprint`]. Memory is bounded by the number of (series, period)
//!   cells and the duplicate window, not by the number of articles.
//!   Aggregators of shards [`merge`](Aggregator::merge) into the
//!   aggregator of the whole.
//! * [`Aggregator::finish`] computes the [`IndexReport`]: per period and
//!   series (`WORLD` and each focus country) the article count, the share
//!   at or above a level, mean scores, the index, the z-score, drivers, top
//!   articles, and the [`Alert`]s.
//! * [`IndexReport::to_csv`], serde JSON, and [`svg_chart`] write it out.
//!
//! # Example
//!
//! ```
//! use georisk::index::{Analysis, Date, IndexBuilder, Period};
//!
//! let scorer = georisk::Scorer::default();
//! let mut agg = IndexBuilder::new().period(Period::Month).build();
//! let texts = [
//!     ("a1", "2025-01-10", "Rebels seize coltan mines\n\nM23 rebels seized the coltan mines of Rubaya in North Kivu after heavy fighting."),
//!     ("a2", "2025-02-11", "Gold prices steady\n\nGold rose 0.2% in London trading."),
//! ];
//! for (id, date, text) in texts {
//!     let article = georisk::Article::parse(text).unwrap();
//!     let report = scorer.score(&article);
//!     agg.add(id, Date::parse(date).ok(), &report, georisk::index::fingerprint(&article));
//! }
//! let index = agg.finish(&Analysis::default()).unwrap();
//! let world = index.series("WORLD").unwrap();
//! assert_eq!(world.points.len(), 2);
//! assert_eq!(world.points[0].count, 1);
//! assert_eq!(world.points[0].share, 1.0); // the rebels story is elevated or above
//! assert_eq!(world.points[1].share, 0.0);
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::report::Level;

mod aggregate;
mod chart;
mod date;
mod dedup;
mod series;

pub use aggregate::{check_report, Added, Aggregator, IndexBuilder, WORLD};
pub use chart::{svg_chart, ChartOptions};
pub use date::{Date, DateError};
pub use dedup::{fingerprint, hamming, simhash, DedupWindow};
pub use series::{
    Alert, Analysis, BaseRange, Drivers, DuplicateExample, IndexReport, PeriodInfo, Point, Series, Stats,
    TopArticle,
};

/// The length of the periods an index is computed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Period {
    /// Calendar days (UTC).
    Day,
    /// ISO 8601 weeks, Monday to Sunday, labelled `1987-W09`.
    Week,
    /// Calendar months, labelled `1987-03`.
    #[default]
    Month,
}

impl Period {
    /// The number of the period containing `date` (consecutive periods have
    /// consecutive numbers).
    pub fn key(self, date: Date) -> i64 {
        match self {
            Period::Day => date.days(),
            // 1970-01-05 (day 4) is a Monday.
            Period::Week => (date.days() - 4).div_euclid(7),
            Period::Month => i64::from(date.year()) * 12 + i64::from(date.month()) - 1,
        }
    }

    /// The first day of period `key`, if in the supported years.
    pub fn start(self, key: i64) -> Option<Date> {
        match self {
            Period::Day => Date::from_days(key),
            Period::Week => Date::from_days(key * 7 + 4),
            Period::Month => {
                Date::from_ymd(i32::try_from(key.div_euclid(12)).ok()?, key.rem_euclid(12) as u32 + 1, 1)
            }
        }
    }

    /// The label of period `key`: `1987-03-12`, `1987-W11` or `1987-03`.
    pub fn label(self, key: i64) -> String {
        let Some(start) = self.start(key) else { return format!("period {key}") };
        match self {
            Period::Day => start.to_string(),
            Period::Week => {
                let (year, week) = start.iso_week();
                format!("{year:04}-W{week:02}")
            }
            Period::Month => format!("{:04}-{:02}", start.year(), start.month()),
        }
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Period {
    type Err = IndexError;

    fn from_str(s: &str) -> Result<Period, IndexError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "day" | "daily" => Ok(Period::Day),
            "week" | "weekly" => Ok(Period::Week),
            "month" | "monthly" => Ok(Period::Month),
            _ => Err(IndexError::Option(format!("unknown period '{s}' (expected day, week or month)"))),
        }
    }
}

/// Reads a level name: `low`, `guarded`, `elevated`, `high` or `severe`.
///
/// # Errors
///
/// [`IndexError::Option`] for any other name.
pub fn parse_level(s: &str) -> Result<Level, IndexError> {
    s.parse().map_err(|e: crate::error::ParseNameError| IndexError::Option(e.to_string()))
}

/// Errors of the index: bad options, incompatible aggregators, a base
/// period outside the data.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    /// An option value could not be read.
    #[error("{0}")]
    Option(String),
    /// Aggregators built with different settings cannot be merged.
    #[error("cannot merge aggregators built with different settings ({0})")]
    Mismatch(&'static str),
    /// A report read from a file has a number out of range.
    #[error("field '{field}': {value} is not a number in {range}")]
    BadReport {
        /// The field, as a path into the report (`rules[2].contribution`).
        field: String,
        /// The value found.
        value: f64,
        /// The allowed range.
        range: &'static str,
    },
    /// The base range contains no period of the corpus.
    #[error("the base range {base} contains no period of the corpus (periods run from {first} to {last})")]
    EmptyBase {
        /// The base range asked for.
        base: String,
        /// The first period of the corpus.
        first: String,
        /// The last period of the corpus.
        last: String,
    },
}
