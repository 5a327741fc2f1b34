//! Dates: the formats news corpora use, read with jiff (and a small shim
//! for Reuters-21578's `26-FEB-1987 15:01:01.79`), as UTC calendar dates.

use std::fmt;
use std::str::FromStr;

use jiff::civil;
use jiff::fmt::{rfc2822, strtime};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, Zoned};
use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian, UTC), years 1000 to 9999.
///
/// Serialises as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(civil::Date);

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is empty.
    #[error("empty date")]
    Empty,
    /// The text is in none of the supported formats.
    #[error(
        "unrecognised date format '{0}' (expected RFC 3339, RFC 2822, YYYY-MM-DD, Mar 12, 2025, \
         DD-MON-YYYY or Unix seconds)"
    )]
    Format(String),
    /// The format is recognised but a field is out of range (month 13, 31
    /// February, hour 25, a weekday that is not the date's): the text, and
    /// why.
    #[error("invalid date '{0}': {1}")]
    Range(String, String),
}

const EPOCH: civil::Date = civil::date(1970, 1, 1);

impl Date {
    /// The date, if `month` is 1-12, `day` exists in that month and `year`
    /// is 1000-9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        let (year, month, day) =
            (i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        Date::from_civil(civil::Date::new(year, month, day).ok()?)
    }

    fn from_civil(date: civil::Date) -> Option<Date> {
        (1000..=9999).contains(&date.year()).then_some(Date(date))
    }

    /// The year.
    pub fn year(self) -> i32 {
        i32::from(self.0.year())
    }

    /// The month, 1-12.
    pub fn month(self) -> u32 {
        self.0.month() as u32
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u32 {
        self.0.day() as u32
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        i64::from((self.0 - EPOCH).get_days())
    }

    /// The date `days` days after 1970-01-01, if its year is in range.
    pub fn from_days(days: i64) -> Option<Date> {
        Date::from_civil(EPOCH.checked_add(Span::new().try_days(days).ok()?).ok()?)
    }

    /// ISO weekday: Monday 1 to Sunday 7.
    pub fn weekday(self) -> u32 {
        self.0.weekday().to_monday_one_offset() as u32
    }

    /// The ISO 8601 week: (week-numbering year, week 1-53).
    pub fn iso_week(self) -> (i32, u32) {
        let week = self.0.iso_week_date();
        (i32::from(week.year()), week.week() as u32)
    }

    /// Reads a date in one of the formats of news corpora; times and
    /// offsets are read too and the date is converted to UTC:
    ///
    /// | format | example |
    /// |---|---|
    /// | RFC 3339 / ISO 8601 | `2025-03-12T10:00:00Z`, `2025-03-12T23:30:00-05:00`, `2025-03-12 10:00` |
    /// | with a named zone | `2025-03-12T10:00:00-04:00[America/New_York]`, `2025-03-12T10:00[UTC]` |
    /// | a plain date | `2025-03-12` |
    /// | RFC 2822 | `Wed, 12 Mar 2025 10:00:00 +0000 (UTC)`, `12 Mar 2025 10:00 GMT` |
    /// | written dates | `Mar 12, 2025`, `March 12, 2025`, `12 March 2025` |
    /// | Unix seconds | `1741773600` (at least 6 digits) |
    /// | Reuters-21578 | `26-FEB-1987 15:01:01.79` |
    ///
    /// A time without an offset is taken as UTC; a zone name without an
    /// offset needs the system's time zone database. The weekday of an RFC
    /// 2822 date must be the date's. Stray letters after a Reuters time
    /// (`27-MAR-1987 03:48:23.00F RM`, as in some Reuters-21578 documents)
    /// are ignored.
    ///
    /// # Errors
    ///
    /// [`DateError`] for empty text, an unknown format or a field out of
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use georisk::index::Date;
    /// assert_eq!(Date::parse("26-FEB-1987 15:01:01.79").unwrap().to_string(), "1987-02-26");
    /// assert_eq!(Date::parse("2025-03-12T23:30:00-05:00").unwrap().to_string(), "2025-03-13");
    /// assert_eq!(Date::parse("Mar 12, 2025").unwrap().to_string(), "2025-03-12");
    /// assert!(Date::parse("2025-02-30").is_err());
    /// assert!(Date::parse("Tue, 12 Mar 2025 10:00:00 +0000").is_err(), "12 March 2025 is a Wednesday");
    /// ```
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let s = text.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let b = s.as_bytes();
        let date = if b.len() >= 6 && b.strip_prefix(b"-").unwrap_or(b).iter().all(u8::is_ascii_digit) {
            let seconds = s.parse().map_err(|_| Some("seconds out of range".to_string()));
            seconds.and_then(|n| Timestamp::from_second(n).map_err(|e| Some(e.to_string()))).map(utc_date)
        } else if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-' {
            parse_iso(s)
        } else if b.first().is_some_and(u8::is_ascii_digit) && b.iter().take(3).any(|&c| c == b'-') {
            parse_reuters(s)
        } else {
            parse_written(s)
        };
        let range = |why: String| DateError::Range(clip(s), why);
        match date {
            Ok(date) => Date::from_civil(date).ok_or_else(|| range("year out of range 1000-9999".into())),
            Err(Some(why)) => Err(range(why)),
            Err(None) => Err(DateError::Format(clip(s))),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// At most 40 characters of a bad input, for error messages.
fn clip(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// The days of `month` (1-12) in `year`; 31 for any other month number.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    let first =
        i16::try_from(year).ok().zip(i8::try_from(month).ok()).map(|(y, m)| civil::Date::new(y, m, 1));
    first.and_then(Result::ok).map_or(31, |d| d.days_in_month() as u32)
}

/// The UTC date of an instant.
fn utc_date(ts: Timestamp) -> civil::Date {
    TimeZone::UTC.to_datetime(ts).date()
}

/// `Ok`: the UTC date; `Err(None)`: not this format; `Err(Some(why))`: this
/// format, a bad field.
type Step = Result<civil::Date, Option<String>>;

/// RFC 3339 and its ISO 8601 kin: a date, a time, an offset (`Z`, `+02:00`,
/// or a trailing `UTC`/`GMT`) and a bracketed zone name, each after the
/// other optional.
fn parse_iso(s: &str) -> Step {
    let stripped = ["UTC", "GMT", "utc", "gmt"].iter().find_map(|z| s.strip_suffix(z).map(str::trim_end));
    let (s, utc) = stripped.map_or((s, false), |t| (t, true));
    let (fields, zone) = s.split_once('[').unwrap_or((s, ""));
    // Only date, time and offset characters before a zone name.
    if !fields.bytes().all(|b| b.is_ascii_digit() || b":-+.,Tt Zz".contains(&b)) {
        return Err(None);
    }
    let why = |e: jiff::Error| Some(e.to_string());
    let offset = fields.get(10..).is_some_and(|t| t.contains(['Z', 'z', '+', '-'])) || utc;
    if utc {
        return format!("{s}Z").parse::<Timestamp>().map(utc_date).map_err(why);
    }
    if offset {
        return s.parse::<Timestamp>().map(utc_date).map_err(why);
    }
    if !zone.is_empty() {
        return s.parse::<Zoned>().map(|z| utc_date(z.timestamp())).map_err(why);
    }
    if s.len() == 10 {
        return s.parse::<civil::Date>().map_err(why);
    }
    s.parse::<civil::DateTime>().map(|dt| dt.date()).map_err(why)
}

/// The shim for Reuters-21578: `DD-MON-YYYY[ hh:mm:ss[.ff]]`, stray letters
/// after the time ignored (`00:02:59.13RM`, `03:48:23.00F RM`).
fn parse_reuters(s: &str) -> Step {
    let (date, time) = s.split_once(' ').unwrap_or((s, ""));
    let mut parts = date.splitn(3, '-');
    let (Some(day), Some(month), Some(year)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(None);
    };
    let number = |t: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<i16>().ok())
            .flatten()
    };
    let (Some(day), Some(month), Some(year)) = (number(day, 1..=2), month_number(month), number(year, 4..=4))
    else {
        return Err(None);
    };
    let time = time.trim_start().trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
    if !time.is_empty() {
        time.parse::<civil::Time>().map_err(|_| None::<String>)?;
    }
    civil::Date::new(year, month, day as i8).map_err(|e| Some(e.to_string()))
}

/// The month of a name of three letters or more (`FEB`, `March`), if any.
fn month_number(name: &str) -> Option<i8> {
    const MONTHS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let name = name.to_ascii_lowercase();
    let i = MONTHS.iter().position(|m| name.len() >= 3 && name.starts_with(m))?;
    Some(i as i8 + 1)
}

/// RFC 2822 (comments, obsolete zones, two-digit years, weekday checked),
/// then written dates: `Mar 12, 2025`, `12 March 2025`.
fn parse_written(s: &str) -> Step {
    let rfc = match rfc2822::DateTimeParser::new().parse_timestamp(s) {
        Ok(ts) => return Ok(utc_date(ts)),
        Err(e) => e,
    };
    for format in ["%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y"] {
        if let Ok(fields) = strtime::parse(format, s) {
            return fields.to_date().map_err(|e| Some(e.to_string()));
        }
    }
    // A day, a month name and a year, after an optional weekday: this is the
    // format, and a field is wrong.
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let fields =
        words.iter().position(|w| w.bytes().all(|b| b.is_ascii_digit())).map_or(&[][..], |i| &words[i..]);
    match fields {
        [day, month, year, ..]
            if day.len() <= 2 && month_number(month).is_some() && year.parse::<u16>().is_ok() =>
        {
            Err(Some(rfc.to_string()))
        }
        _ => Err(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in (-354_000..2_932_000).step_by(97) {
            let date = Date::from_days(days).unwrap();
            assert_eq!(date.days(), days);
        }
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(Date::from_days(i64::MAX), None);
        assert_eq!((days_in_month(2024, 2), days_in_month(2025, 2), days_in_month(2025, 13)), (29, 28, 31));
    }
}
