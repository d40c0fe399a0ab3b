//! Calendar dates at the precision a text gives them.
//!
//! News gives dates as a day (`2022-02-22`), a month (`2023-09`) or a year
//! (`1994`), and events span intervals (`2023-09-19/2023-09-20`). These types
//! keep that precision, print as ISO 8601, and answer the questions the
//! extractor asks: does an interval contain a date, which weekday is it.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// The first day this date can mean.
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean.
    pub fn last_day(self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or_else(|| days_in_month(self.year, m)),
        )
    }

    /// Days since 1970-01-01 of the first day this date can mean.
    pub fn to_days(self) -> i64 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }

    pub fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate {
            year: y,
            month: Some(m),
            day: Some(d),
        }
    }

    /// Adds days to a full date; a date without a day is returned as is.
    pub fn add_days(self, days: i64) -> PartialDate {
        if self.day.is_none() {
            return self;
        }
        PartialDate::from_days(self.to_days() + days)
    }

    /// 0 = Monday ... 6 = Sunday, for a date known to the day.
    pub fn weekday(self) -> Option<u8> {
        self.day?;
        // 1970-01-01 was a Thursday (3).
        Some(((self.to_days() + 3).rem_euclid(7)) as u8)
    }

    pub fn is_day(self) -> bool {
        self.day.is_some()
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0)).cmp(&(
            other.year,
            other.month.unwrap_or(0),
            other.day.unwrap_or(0),
        ))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", -self.year)?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DateParseError(pub String);

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        // A timestamp keeps only its date part: "2024-05-15T21:11:00+01:00".
        let s = s.split(['T', ' ']).next().unwrap_or(s);
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, what: &str| -> Result<u32, DateParseError> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 4 {
                return Err(DateParseError(format!("`{p}` is not a {what}")));
            }
            p.parse::<u32>()
                .map_err(|_| DateParseError(format!("`{p}` is not a {what}")))
        };
        let bad = || DateParseError(format!("`{s}` is not a valid date"));
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(PartialDate::year(num(y, "year")? as i32)),
            [y, m] if y.len() == 4 => {
                PartialDate::month(num(y, "year")? as i32, num(m, "month")? as u8).ok_or_else(bad)
            }
            [y, m, d] if y.len() == 4 => PartialDate::ymd(
                num(y, "year")? as i32,
                num(m, "month")? as u8,
                num(d, "day")? as u8,
            )
            .ok_or_else(bad),
            _ => Err(DateParseError(format!(
                "`{s}` is not YYYY, YYYY-MM or YYYY-MM-DD"
            ))),
        }
    }
}

/// A date or an interval of dates, as agreements, events and facts carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateSpan {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

impl DateSpan {
    pub fn at(date: PartialDate) -> Self {
        DateSpan {
            start: date,
            end: None,
        }
    }

    pub fn between(start: PartialDate, end: PartialDate) -> Self {
        if start == end {
            return DateSpan::at(start);
        }
        DateSpan {
            start,
            end: Some(end),
        }
    }

    /// The last date of the span.
    pub fn last(self) -> PartialDate {
        self.end.unwrap_or(self.start)
    }

    /// True when the two spans share at least one day.
    pub fn overlaps(self, other: DateSpan) -> bool {
        let (a0, a1) = (self.start.first_day(), self.last().last_day());
        let (b0, b1) = (other.start.first_day(), other.last().last_day());
        a0 <= b1 && b0 <= a1
    }

    /// The span grown by `days` on each side, from its first to its last
    /// possible day: reports of a night signing differ by a day ("9" or "10
    /// novembre"); "vers la fin de 2023" may mean September.
    pub fn widened(self, days: i64) -> Self {
        let day = |(year, month, day): (i32, u8, u8)| PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        };
        DateSpan::between(
            day(self.start.first_day()).add_days(-days),
            day(self.last().last_day()).add_days(days),
        )
    }

    /// True when `date` falls inside this span.
    pub fn contains(self, date: PartialDate) -> bool {
        self.overlaps(DateSpan::at(date))
            && self.start.first_day() <= date.first_day()
            && date.last_day() <= self.last().last_day()
    }
}

impl fmt::Display for DateSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.start)?;
        if let Some(end) = self.end {
            write!(f, "/{end}")?;
        }
        Ok(())
    }
}

impl FromStr for DateSpan {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('/') {
            Some((a, b)) => {
                let start: PartialDate = a.parse()?;
                let end: PartialDate = b.parse()?;
                if end.last_day() < start.first_day() {
                    return Err(DateParseError(format!(
                        "`{s}`: the interval ends before it starts"
                    )));
                }
                Ok(DateSpan::between(start, end))
            }
            None => Ok(DateSpan::at(s.parse()?)),
        }
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's civil-date algorithms: exact over the proleptic Gregorian calendar.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl serde::Serialize for DateSpan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn widening_a_month_reaches_the_days_around_it() {
        let oct = DateSpan::at("2023-10".parse::<PartialDate>().unwrap());
        let w = oct.widened(31);
        assert_eq!(w.to_string(), "2023-08-31/2023-12-01");
        assert!(w.overlaps(DateSpan::at("2023-09-19".parse::<PartialDate>().unwrap())));
    }

    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["1994", "2023-09", "2022-02-22"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        assert_eq!(
            "2023-09-19/2023-09-20"
                .parse::<DateSpan>()
                .unwrap()
                .to_string(),
            "2023-09-19/2023-09-20"
        );
        assert!("2023-02-30".parse::<PartialDate>().is_err());
        assert!("hier".parse::<PartialDate>().is_err());
        assert!("2023-09-20/2023-09-19".parse::<DateSpan>().is_err());
    }

    #[test]
    fn weekdays_and_day_arithmetic() {
        let d: PartialDate = "2024-05-15".parse().unwrap();
        assert_eq!(d.weekday(), Some(2)); // a Wednesday
        assert_eq!(d.add_days(-1).to_string(), "2024-05-14");
        assert_eq!(
            PartialDate::ymd(2024, 3, 1)
                .unwrap()
                .add_days(-1)
                .to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn spans_contain_dates_at_their_precision() {
        let war: DateSpan = "2020-09-27/2020-11-10".parse().unwrap();
        assert!(war.contains("2020-10".parse().unwrap()));
        assert!(war.overlaps(DateSpan::at("2020".parse().unwrap())));
        assert!(!war.contains("2020".parse().unwrap()));
        assert!(!war.overlaps(DateSpan::at("2021-01".parse().unwrap())));
    }
}
