//! Dates: a small parser for the formats news corpora use, and the
//! calendar arithmetic behind days, ISO weeks and months.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian, UTC), years 1000 to 9999.
///
/// Serialises as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is empty.
    #[error("empty date")]
    Empty,
    /// The text is in none of the supported formats.
    #[error("unrecognised date format '{0}' (expected RFC 3339, RFC 2822, YYYY-MM-DD or DD-MON-YYYY)")]
    Format(String),
    /// The format is recognised but a field is out of range (month 13, 31 February, hour 25).
    #[error("invalid date '{0}': {1}")]
    Range(String, &'static str),
}

impl Date {
    /// The date, if `month` is 1-12, `day` exists in that month and `year`
    /// is 1000-9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    /// The date `days` days after 1970-01-01, if its year is in range.
    pub fn from_days(days: i64) -> Option<Date> {
        let (y, m, d) = civil_from_days(days);
        let y = i32::try_from(y).ok()?;
        Date::from_ymd(y, m as u32, d as u32)
    }

    /// ISO weekday: Monday 1 to Sunday 7.
    pub fn weekday(self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32 + 1
    }

    /// The ISO 8601 week: (week-numbering year, week 1-53).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.days() - i64::from(self.weekday()) + 4;
        let (year, _, _) = civil_from_days(thursday);
        let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
        (year as i32, week as u32)
    }

    /// Reads a date in one of the formats of news corpora; times and
    /// offsets are read too and the date is converted to UTC:
    ///
    /// | format | example |
    /// |---|---|
    /// | RFC 3339 / ISO 8601 | `2025-03-12T10:00:00Z`, `2025-03-12T23:30:00-05:00`, `2025-03-12 10:00` |
    /// | a plain date | `2025-03-12` |
    /// | RFC 2822 | `Wed, 12 Mar 2025 10:00:00 +0000`, `12 Mar 2025 10:00 GMT` |
    /// | Reuters-21578 | `26-FEB-1987 15:01:01.79` |
    ///
    /// A time without an offset is taken as UTC. Stray letters after a
    /// Reuters time (`27-MAR-1987 03:48:23.00F RM`, as in some Reuters-21578
    /// documents) are ignored.
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
    /// assert!(Date::parse("2025-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let s = text.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let mut c = Cursor { s: s.as_bytes(), i: 0 };
        let parsed = if c.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            parse_rfc2822(&mut c)
        } else if s.len() >= 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' {
            parse_rfc3339(&mut c)
        } else if s.bytes().take(3).any(|b| b == b'-') {
            parse_reuters(&mut c)
        } else {
            parse_rfc2822(&mut c)
        };
        match parsed {
            Ok(p) if c.i == c.s.len() => p.resolve(s),
            Ok(_) | Err(None) => Err(DateError::Format(clip(s))),
            Err(Some(why)) => Err(DateError::Range(clip(s), why)),
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
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The days of `month` (1-12) in `year`; 31 for any other month number.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Fields read, before range checks.
struct Parts {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    /// Offset east of UTC, in minutes.
    offset: i64,
}

impl Parts {
    fn resolve(&self, s: &str) -> Result<Date, DateError> {
        let range = |why| DateError::Range(clip(s), why);
        if !(1000..=9999).contains(&self.year) {
            return Err(range("year out of range 1000-9999"));
        }
        if !(1..=12).contains(&self.month) {
            return Err(range("month out of range"));
        }
        if self.day < 1 || self.day > i64::from(days_in_month(self.year as i32, self.month as u32)) {
            return Err(range("no such day in that month"));
        }
        if self.hour > 24
            || self.minute > 59
            || self.second > 60
            || (self.hour == 24 && self.minute + self.second > 0)
        {
            return Err(range("time out of range"));
        }
        if self.offset.abs() >= 24 * 60 {
            return Err(range("offset out of range"));
        }
        let minutes = days_from_civil(self.year, self.month, self.day) * 1440 + self.hour * 60 + self.minute
            - self.offset;
        Date::from_days(minutes.div_euclid(1440)).ok_or_else(|| range("year out of range 1000-9999"))
    }
}

/// `Err(None)`: not this format; `Err(Some(why))`: this format, a bad field.
type Step<T> = Result<T, Option<&'static str>>;

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.i += usize::from(hit);
        hit
    }

    fn spaces(&mut self) -> usize {
        let start = self.i;
        while self.peek().is_some_and(|b| b == b' ' || b == b'\t') {
            self.i += 1;
        }
        self.i - start
    }

    /// Between `min` and `max` ASCII digits.
    fn digits(&mut self, min: usize, max: usize) -> Step<i64> {
        let start = self.i;
        let mut n = 0i64;
        while self.i - start < max {
            match self.peek() {
                Some(b) if b.is_ascii_digit() => {
                    n = n * 10 + i64::from(b - b'0');
                    self.i += 1;
                }
                _ => break,
            }
        }
        if self.i - start < min {
            return Err(None);
        }
        Ok(n)
    }

    fn word(&mut self) -> &str {
        let start = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i]).unwrap_or("")
    }

    fn month_name(&mut self) -> Step<i64> {
        let word = self.word().to_ascii_lowercase();
        if word.len() < 3 {
            return Err(None);
        }
        MONTHS.iter().position(|m| word.starts_with(m)).map(|i| i as i64 + 1).ok_or(None)
    }

    /// `hh:mm[:ss[.fraction]]`.
    fn time(&mut self) -> Step<(i64, i64, i64)> {
        let hour = self.digits(1, 2)?;
        if !self.eat(b':') {
            return Err(None);
        }
        let minute = self.digits(2, 2)?;
        let mut second = 0;
        if self.eat(b':') {
            second = self.digits(2, 2)?;
            if self.eat(b'.') || self.eat(b',') {
                self.digits(1, 12)?;
            }
        }
        Ok((hour, minute, second))
    }

    /// `±hh:mm`, `±hhmm` or `±hh`, in minutes east of UTC.
    fn numeric_offset(&mut self) -> Step<Option<i64>> {
        let sign = match self.peek() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => return Ok(None),
        };
        self.i += 1;
        let hours = self.digits(2, 2)?;
        self.eat(b':');
        let minutes = if self.peek().is_some_and(|b| b.is_ascii_digit()) { self.digits(2, 2)? } else { 0 };
        if minutes > 59 {
            return Err(Some("offset out of range"));
        }
        Ok(Some(sign * (hours * 60 + minutes)))
    }
}

/// `YYYY-MM-DD[(T| )hh:mm[:ss[.f]][Z|±hh:mm]]`.
fn parse_rfc3339(c: &mut Cursor) -> Step<Parts> {
    let year = c.digits(4, 4)?;
    if !c.eat(b'-') {
        return Err(None);
    }
    let month = c.digits(2, 2)?;
    if !c.eat(b'-') {
        return Err(None);
    }
    let day = c.digits(2, 2)?;
    let mut parts = Parts { year, month, day, hour: 0, minute: 0, second: 0, offset: 0 };
    if c.peek().is_none() {
        return Ok(parts);
    }
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return Err(None);
    }
    (parts.hour, parts.minute, parts.second) = c.time()?;
    c.spaces();
    if c.eat(b'Z') || c.eat(b'z') {
        return Ok(parts);
    }
    if let Some(offset) = c.numeric_offset()? {
        parts.offset = offset;
    } else if c.peek().is_some() {
        let zone = c.word();
        if !matches!(zone, "UTC" | "GMT" | "utc" | "gmt") {
            return Err(None);
        }
    }
    Ok(parts)
}

/// `DD-MON-YYYY[ hh:mm:ss[.ff]]`, as in Reuters-21578.
fn parse_reuters(c: &mut Cursor) -> Step<Parts> {
    let day = c.digits(1, 2)?;
    if !c.eat(b'-') {
        return Err(None);
    }
    let month = c.month_name()?;
    if !c.eat(b'-') {
        return Err(None);
    }
    let year = c.digits(4, 4)?;
    let mut parts = Parts { year, month, day, hour: 0, minute: 0, second: 0, offset: 0 };
    if c.spaces() > 0 && c.peek().is_some() {
        (parts.hour, parts.minute, parts.second) = c.time()?;
        // Some Reuters-21578 dates end in stray letters: `00:02:59.13RM`, `03:48:23.00F RM`.
        while c.peek().is_some_and(|b| b.is_ascii_alphabetic() || b == b' ') {
            c.i += 1;
        }
    }
    Ok(parts)
}

/// `[Wed,] 12 Mar 2025 [10:00[:00]] [+0000|GMT|UT|EST|...]`.
fn parse_rfc2822(c: &mut Cursor) -> Step<Parts> {
    if c.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
        let weekday = c.word().to_ascii_lowercase();
        if !["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().any(|d| weekday.starts_with(d)) {
            return Err(None);
        }
        c.eat(b',');
        c.spaces();
    }
    let day = c.digits(1, 2)?;
    if c.spaces() == 0 {
        return Err(None);
    }
    let month = c.month_name()?;
    if c.spaces() == 0 {
        return Err(None);
    }
    let start = c.i;
    let mut year = c.digits(2, 4)?;
    match c.i - start {
        2 => year += if year < 50 { 2000 } else { 1900 },
        4 => {}
        _ => return Err(None),
    }
    let mut parts = Parts { year, month, day, hour: 0, minute: 0, second: 0, offset: 0 };
    if c.spaces() == 0 || c.peek().is_none() {
        return Ok(parts);
    }
    (parts.hour, parts.minute, parts.second) = c.time()?;
    if c.spaces() == 0 || c.peek().is_none() {
        return Ok(parts);
    }
    if let Some(offset) = c.numeric_offset()? {
        parts.offset = offset;
    } else {
        parts.offset = match c.word().to_ascii_uppercase().as_str() {
            "UT" | "UTC" | "GMT" | "Z" => 0,
            "EDT" => -4 * 60,
            "EST" | "CDT" => -5 * 60,
            "CST" | "MDT" => -6 * 60,
            "MST" | "PDT" => -7 * 60,
            "PST" => -8 * 60,
            _ => return Err(None),
        };
    }
    c.spaces();
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trip() {
        for days in -400_000..400_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().weekday(), 4);
    }
}
