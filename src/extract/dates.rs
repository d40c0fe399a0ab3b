//! Date expressions: the text of a sentence in, [`DateMention`]s out.
//!
//! What counts as a date is data: month and weekday names, number words and
//! the patterns of absolute and relative expressions all come from
//! `ontology/dates.toml` ([`DateLexicon`]). This module knows how to match a
//! pattern against the tokens of a sentence and how to turn the slots it
//! filled (`{day}`, `{month}`, `{year}`, `{n}`...) into a [`DateSpan`].
//!
//! A [`DateResolver`] reads one document in order and keeps two anchors: the
//! publication date, for "hier" and "mardi", and the narrative date (the last
//! date the text mentioned), for "le lendemain" and "un an plus tard".
//!
//! Matching is leftmost-longest over tokens. At each token every pattern is
//! tried; patterns are short and have few optional words, so the work per
//! token is bounded and the time linear in the length of the text.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::normalize::fold;
use super::tokenize::{tokenize, TokKind, Token};
use crate::corpus::Lang;
use crate::date::{days_in_month, DateSpan, PartialDate};
use crate::ontology::{line_of_public, OntologyError};

/// Month names, weekday names and date expressions (`dates.toml`).
#[derive(Debug, Clone, Default)]
pub struct DateLexicon {
    fr: LangData,
    en: LangData,
    /// Plausible years, inclusive.
    years: (i32, i32),
    /// Folded suffixes of ordinal days ("er" in "1er").
    day_suffixes: Vec<String>,
    parts: Vec<PartRange>,
}

/// What one language contributes, folded and tokenized.
#[derive(Debug, Clone, Default)]
struct LangData {
    months: HashMap<String, Name>,
    weekdays: HashMap<String, u8>,
    numbers: HashMap<String, u32>,
    /// Phrases of a part of a period, with the index of the part.
    parts: Vec<(Vec<String>, usize)>,
    not_after: Vec<Vec<String>>,
    not_before: Vec<Vec<String>>,
    /// Words after which a bare year moves the narrative ("En 2016, …").
    narrative_after: Vec<Vec<String>>,
    /// `[[date]]` rules first, then `[[relative]]` ones, in file order.
    rules: Vec<Rule>,
}

#[derive(Debug, Clone, Copy)]
struct Name {
    number: u8,
    /// Written with a final dot in the data: the text may add the dot.
    abbreviation: bool,
}

/// The days of a month, months of a year and years of a decade a part covers.
#[derive(Debug, Clone, Copy)]
struct PartRange {
    days: (u8, u8),
    months: (u8, u8),
    years: (u8, u8),
}

#[derive(Debug, Clone)]
struct Rule {
    steps: Vec<Step>,
    meaning: Meaning,
}

#[derive(Debug, Clone)]
struct Step {
    piece: Piece,
    optional: bool,
    /// Matched but left out of the mention's span.
    context: bool,
}

#[derive(Debug, Clone)]
enum Piece {
    /// One of several word sequences.
    Words(Vec<Vec<String>>),
    Slot(Slot),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Day,
    Day2,
    Month,
    Month2,
    MonthNum,
    MonthNum2,
    Year,
    Year2,
    Weekday,
    Count,
    Decade,
    Decades,
    Part,
}

impl Slot {
    fn named(name: &str) -> Option<Slot> {
        Some(match name {
            "day" => Slot::Day,
            "day2" => Slot::Day2,
            "month" => Slot::Month,
            "month2" => Slot::Month2,
            "mnum" => Slot::MonthNum,
            "mnum2" => Slot::MonthNum2,
            "year" => Slot::Year,
            "year2" => Slot::Year2,
            "weekday" => Slot::Weekday,
            "n" => Slot::Count,
            "decade" => Slot::Decade,
            "decades" => Slot::Decades,
            "part" => Slot::Part,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy)]
enum Meaning {
    /// The slots give the date.
    Absolute,
    Relative(Shift),
}

#[derive(Debug, Clone, Copy)]
struct Shift {
    anchor: Anchor,
    by: Amount,
    precision: Option<Precision>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Publication,
    Narrative,
}

#[derive(Debug, Clone, Copy)]
enum Amount {
    Days(i64),
    Weeks(i64),
    Months(i64),
    Years(i64),
    Weekday(Direction),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    OnOrBefore,
    Before,
    After,
    OnOrAfter,
}

/// From coarse to fine, so `min` is the coarser of two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precision {
    Year,
    Month,
    Week,
    Day,
}

impl Precision {
    fn of(date: PartialDate) -> Precision {
        match (date.month, date.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, _) => Precision::Year,
        }
    }
}

// ---------------------------------------------------------------------------
// Loading

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDates {
    #[serde(default)]
    day_suffixes: Vec<String>,
    #[serde(default)]
    year: RawYear,
    #[serde(default)]
    month: Vec<Spanned<RawName>>,
    #[serde(default)]
    weekday: Vec<Spanned<RawName>>,
    #[serde(default)]
    numbers: RawNumbers,
    #[serde(default)]
    part: Vec<Spanned<RawPart>>,
    #[serde(default)]
    date: Vec<Spanned<RawDate>>,
    #[serde(default)]
    relative: Vec<Spanned<RawRelative>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Words {
    #[serde(default)]
    fr: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
}

impl Words {
    fn of(&self, lang: Lang) -> &[Spanned<String>] {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawYear {
    range: Option<Spanned<[i32; 2]>>,
    #[serde(default)]
    not_after: Words,
    #[serde(default)]
    not_before: Words,
    #[serde(default)]
    narrative_after: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawName {
    number: Spanned<u8>,
    #[serde(default)]
    fr: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    #[serde(default)]
    fr: std::collections::BTreeMap<String, u32>,
    #[serde(default)]
    en: std::collections::BTreeMap<String, u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    #[serde(default)]
    fr: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
    days: Spanned<[u8; 2]>,
    months: Spanned<[u8; 2]>,
    years: Spanned<[u8; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDate {
    #[serde(default)]
    fr: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelative {
    #[serde(default)]
    fr: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
    from: Option<Spanned<String>>,
    days: Option<i64>,
    weeks: Option<i64>,
    months: Option<i64>,
    years: Option<i64>,
    weekday: Option<Spanned<String>>,
    precision: Option<Spanned<String>>,
}

/// Builds errors that name the file and the line of a span.
struct Errors<'t> {
    text: &'t str,
    file: &'t str,
}

impl Errors<'_> {
    fn at(&self, span: Range<usize>, message: impl Into<String>) -> OntologyError {
        OntologyError::new(self.file, line_of_public(self.text, span.start), message)
    }
}

impl DateLexicon {
    /// Parses `dates.toml`; errors name the file and line.
    pub fn parse(text: &str, file: &str) -> Result<DateLexicon, OntologyError> {
        let raw: RawDates = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of_public(text, s.start)).unwrap_or(0);
            OntologyError::new(file, line, e.message().trim().to_string())
        })?;
        let errs = Errors { text, file };
        let years = match &raw.year.range {
            Some(r) => {
                let [a, b] = *r.get_ref();
                if a > b {
                    return Err(errs.at(r.span(), "year.range: the first year is after the last"));
                }
                (a, b)
            }
            None => (1900, 2100),
        };
        let mut parts = Vec::new();
        for p in &raw.part {
            let range = |v: &Spanned<[u8; 2]>, lo: u8, hi: u8, what: &str| {
                let [a, b] = *v.get_ref();
                if a < lo || b > hi || a > b {
                    return Err(errs.at(
                        v.span(),
                        format!("{what} must be [first, last] within {lo}..{hi}"),
                    ));
                }
                Ok((a, b))
            };
            let r = p.get_ref();
            parts.push(PartRange {
                days: range(&r.days, 1, 31, "days")?,
                months: range(&r.months, 1, 12, "months")?,
                years: range(&r.years, 0, 9, "years")?,
            });
        }
        let day_suffixes = raw.day_suffixes.iter().map(|s| fold(s)).collect();
        let mut lex = DateLexicon {
            fr: LangData::default(),
            en: LangData::default(),
            years,
            day_suffixes,
            parts,
        };
        lex.fr = build_lang(&raw, Lang::Fr, &errs)?;
        lex.en = build_lang(&raw, Lang::En, &errs)?;
        Ok(lex)
    }

    fn data(&self, lang: Lang) -> &LangData {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

fn pick<'r>(
    lang: Lang,
    fr: &'r [Spanned<String>],
    en: &'r [Spanned<String>],
) -> &'r [Spanned<String>] {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn build_lang(raw: &RawDates, lang: Lang, errs: &Errors) -> Result<LangData, OntologyError> {
    let mut data = LangData::default();
    let one_word = |s: &Spanned<String>| -> Result<(String, bool), OntologyError> {
        let (body, abbreviation) = match s.get_ref().trim().strip_suffix('.') {
            Some(b) => (b, true),
            None => (s.get_ref().trim(), false),
        };
        match words_of(body).as_slice() {
            [w] => Ok((w.clone(), abbreviation)),
            _ => Err(errs.at(
                s.span(),
                format!("`{}`: a name must be one word", s.get_ref()),
            )),
        }
    };
    for m in &raw.month {
        let r = m.get_ref();
        let number = *r.number.get_ref();
        if !(1..=12).contains(&number) {
            return Err(errs.at(r.number.span(), "month number must be 1 to 12"));
        }
        for name in pick(lang, &r.fr, &r.en) {
            let (word, abbreviation) = one_word(name)?;
            data.months.insert(
                word,
                Name {
                    number,
                    abbreviation,
                },
            );
        }
    }
    for w in &raw.weekday {
        let r = w.get_ref();
        let number = *r.number.get_ref();
        if !(1..=7).contains(&number) {
            return Err(errs.at(
                r.number.span(),
                "weekday number must be 1 (Monday) to 7 (Sunday)",
            ));
        }
        for name in pick(lang, &r.fr, &r.en) {
            let (word, _) = one_word(name)?;
            // Stored as PartialDate::weekday counts: 0 = Monday.
            data.weekdays.insert(word, number - 1);
        }
    }
    let numbers = match lang {
        Lang::Fr => &raw.numbers.fr,
        Lang::En => &raw.numbers.en,
    };
    data.numbers = numbers.iter().map(|(k, v)| (fold(k), *v)).collect();
    for (i, p) in raw.part.iter().enumerate() {
        let r = p.get_ref();
        for phrase in pick(lang, &r.fr, &r.en) {
            let words = words_of(phrase.get_ref());
            if words.is_empty() {
                return Err(errs.at(phrase.span(), "empty part phrase"));
            }
            data.parts.push((words, i));
        }
    }
    // Longest phrase first, so "à la fin" wins over "fin".
    data.parts.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    for w in raw.year.not_after.of(lang) {
        data.not_after.push(words_of(w.get_ref()));
    }
    for w in raw.year.not_before.of(lang) {
        data.not_before.push(words_of(w.get_ref()));
    }
    for w in raw.year.narrative_after.of(lang) {
        data.narrative_after.push(words_of(w.get_ref()));
    }
    data.not_after.retain(|w| !w.is_empty());
    data.not_before.retain(|w| !w.is_empty());
    data.narrative_after.retain(|w| !w.is_empty());

    for d in &raw.date {
        let r = d.get_ref();
        for p in pick(lang, &r.fr, &r.en) {
            let steps =
                parse_pattern(p.get_ref(), Meaning::Absolute).map_err(|m| errs.at(p.span(), m))?;
            data.rules.push(Rule {
                steps,
                meaning: Meaning::Absolute,
            });
        }
    }
    for rel in &raw.relative {
        let r = rel.get_ref();
        let shift = relative_shift(r, rel.span(), errs)?;
        for p in pick(lang, &r.fr, &r.en) {
            let meaning = Meaning::Relative(shift);
            let steps = parse_pattern(p.get_ref(), meaning).map_err(|m| errs.at(p.span(), m))?;
            data.rules.push(Rule { steps, meaning });
        }
    }
    Ok(data)
}

fn relative_shift(
    r: &RawRelative,
    span: Range<usize>,
    errs: &Errors,
) -> Result<Shift, OntologyError> {
    let anchor = match &r.from {
        None => Anchor::Publication,
        Some(f) => match f.get_ref().as_str() {
            "publication" => Anchor::Publication,
            "narrative" => Anchor::Narrative,
            other => {
                return Err(errs.at(
                    f.span(),
                    format!("from = `{other}`: expected `publication` or `narrative`"),
                ))
            }
        },
    };
    let mut amounts = Vec::new();
    if let Some(n) = r.days {
        amounts.push(Amount::Days(n));
    }
    if let Some(n) = r.weeks {
        amounts.push(Amount::Weeks(n));
    }
    if let Some(n) = r.months {
        amounts.push(Amount::Months(n));
    }
    if let Some(n) = r.years {
        amounts.push(Amount::Years(n));
    }
    if let Some(w) = &r.weekday {
        let dir = match w.get_ref().as_str() {
            "on_or_before" => Direction::OnOrBefore,
            "before" => Direction::Before,
            "after" => Direction::After,
            "on_or_after" => Direction::OnOrAfter,
            other => {
                return Err(errs.at(
                    w.span(),
                    format!(
                        "weekday = `{other}`: expected `on_or_before`, `before`, `after` or `on_or_after`"
                    ),
                ))
            }
        };
        amounts.push(Amount::Weekday(dir));
    }
    let [by] = amounts.as_slice() else {
        return Err(errs.at(
            span,
            "a [[relative]] entry needs exactly one of `days`, `weeks`, `months`, `years`, `weekday`",
        ));
    };
    let precision = match &r.precision {
        None => None,
        Some(p) => Some(match p.get_ref().as_str() {
            "day" => Precision::Day,
            "week" => Precision::Week,
            "month" => Precision::Month,
            "year" => Precision::Year,
            other => {
                return Err(errs.at(
                    p.span(),
                    format!("precision = `{other}`: expected `day`, `week`, `month` or `year`"),
                ))
            }
        }),
    };
    Ok(Shift {
        anchor,
        by: *by,
        precision,
    })
}

/// The folded tokens of a data word, split the way texts are split.
fn words_of(s: &str) -> Vec<String> {
    // A leading apostrophe ("'s") only stays with its letters after a word.
    let lead = s.starts_with(['\'', '\u{2019}']);
    let src = if lead { format!("x{s}") } else { s.to_string() };
    let mut words: Vec<String> = tokenize(&src, 0).into_iter().map(|t| t.norm).collect();
    if lead && !words.is_empty() {
        words.remove(0);
    }
    words
}

/// Parses a pattern of the data (see the top of `dates.toml`).
fn parse_pattern(src: &str, meaning: Meaning) -> Result<Vec<Step>, String> {
    let literal = |w: &str| -> Result<Piece, String> {
        let mut alts = Vec::new();
        for alt in w.split('|') {
            let words = words_of(alt);
            if words.is_empty() {
                return Err(format!("`{src}`: `{w}` has an empty word"));
            }
            alts.push(words);
        }
        // Longest alternative first: "après-midi" before "après".
        alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
        Ok(Piece::Words(alts))
    };
    let mut steps = Vec::new();
    let mut chunks = src.split_whitespace();
    while let Some(chunk) = chunks.next() {
        if let Some(rest) = chunk.strip_prefix('[') {
            let mut group = rest.to_string();
            while !group.contains(']') {
                let Some(next) = chunks.next() else {
                    return Err(format!("`{src}`: `[` without `]`"));
                };
                group.push(' ');
                group.push_str(next);
            }
            let (inner, after) = group.split_once(']').unwrap_or((&group, ""));
            let optional = match after {
                "" => false,
                "?" => true,
                _ => return Err(format!("`{src}`: unexpected `{after}` after `]`")),
            };
            let words: Vec<&str> = inner.split_whitespace().collect();
            if words.is_empty() || optional && words.len() > 1 {
                return Err(format!(
                    "`{src}`: `[...]` needs words, and only one word when optional"
                ));
            }
            for w in words {
                steps.push(Step {
                    piece: literal(w)?,
                    optional,
                    context: true,
                });
            }
            continue;
        }
        let (body, optional) = match chunk.strip_suffix('?') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (chunk, false),
        };
        let piece = match body.strip_prefix('{').and_then(|b| b.strip_suffix('}')) {
            Some(name) => Piece::Slot(
                Slot::named(name).ok_or_else(|| format!("`{src}`: unknown slot `{{{name}}}`"))?,
            ),
            None => literal(body)?,
        };
        steps.push(Step {
            piece,
            optional,
            context: false,
        });
    }
    check_pattern(src, &steps, meaning)?;
    Ok(steps)
}

fn check_pattern(src: &str, steps: &[Step], meaning: Meaning) -> Result<(), String> {
    if !steps.iter().any(|s| !s.context && !s.optional) {
        return Err(format!(
            "`{src}`: needs a word or slot that is neither optional nor in [...]"
        ));
    }
    // Context words only at the ends: C* N+ C*.
    let first = steps.iter().position(|s| !s.context).unwrap_or(0);
    let last = steps.iter().rposition(|s| !s.context).unwrap_or(0);
    if steps[first..=last].iter().any(|s| s.context) {
        return Err(format!("`{src}`: [...] words only at the start or the end"));
    }
    let slots: Vec<Slot> = steps
        .iter()
        .filter_map(|s| match s.piece {
            Piece::Slot(slot) => Some(slot),
            Piece::Words(_) => None,
        })
        .collect();
    for (i, s) in slots.iter().enumerate() {
        if slots[..i].contains(s) {
            return Err(format!("`{src}`: a slot appears twice"));
        }
    }
    let has = |s: Slot| slots.contains(&s);
    let month = has(Slot::Month) || has(Slot::MonthNum);
    let month2 = has(Slot::Month2) || has(Slot::MonthNum2);
    match meaning {
        Meaning::Absolute => {
            if has(Slot::Count) {
                return Err(format!("`{src}`: {{n}} only in [[relative]] patterns"));
            }
            if (has(Slot::Day) || has(Slot::Day2)) && !month && !month2 {
                return Err(format!("`{src}`: a {{day}} needs a {{month}} or {{mnum}}"));
            }
            if has(Slot::Day2) && !has(Slot::Day) || month2 && !month && !has(Slot::Year) {
                return Err(format!(
                    "`{src}`: an end ({{day2}}, {{month2}}) needs its start"
                ));
            }
            if has(Slot::Part) && (has(Slot::Day) || has(Slot::Day2)) {
                return Err(format!("`{src}`: a {{part}} of a day makes no sense"));
            }
            let decade = has(Slot::Decade) || has(Slot::Decades);
            if !(month || month2 || has(Slot::Year) || has(Slot::Year2) || decade) {
                return Err(format!(
                    "`{src}`: a [[date]] pattern needs a month, a year or a decade"
                ));
            }
        }
        Meaning::Relative(shift) => {
            if let Some(s) = slots
                .iter()
                .find(|s| !matches!(s, Slot::Count | Slot::Weekday))
            {
                return Err(format!(
                    "`{src}`: {s:?} is not allowed in [[relative]] patterns; only {{n}} and {{weekday}}"
                ));
            }
            let by_weekday = matches!(shift.by, Amount::Weekday(_));
            if has(Slot::Weekday) != by_weekday {
                return Err(format!(
                    "`{src}`: a pattern with {{weekday}} goes with `weekday = ...`, and only such a pattern"
                ));
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Matching

/// What a pattern's slots captured.
#[derive(Debug, Clone, Copy, Default)]
struct Fill {
    day: Option<u8>,
    day2: Option<u8>,
    month: Option<u8>,
    month2: Option<u8>,
    year: Option<i32>,
    year2: Option<i32>,
    /// 0 = Monday.
    weekday: Option<u8>,
    count: Option<i64>,
    decade: Option<i32>,
    part: Option<usize>,
}

/// A successful match: tokens `[first, last)` are the mention, `next` is the
/// token after everything the pattern consumed.
#[derive(Debug, Clone, Copy)]
struct Matched {
    first: usize,
    last: usize,
    next: usize,
    fill: Fill,
}

/// Tokens `[first, last)` of a mention so far.
type TokSpan = Option<(usize, usize)>;

struct Matcher<'a> {
    lex: &'a DateLexicon,
    data: &'a LangData,
    toks: &'a [Token],
}

/// Digits only, at most `max` of them.
fn ascii_number(s: &str, max: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Matcher<'_> {
    fn run(&self, steps: &[Step], at: usize) -> Option<Matched> {
        self.step(steps, at, Fill::default(), None)
            .and_then(|(next, fill, span)| {
                let (mut first, mut last) = span?;
                // Punctuation at the edges ("Tuesday," "10 Nov.") is not the date.
                while first < last && self.toks[first].kind == TokKind::Punct {
                    first += 1;
                }
                while last > first && self.toks[last - 1].kind == TokKind::Punct {
                    last -= 1;
                }
                (first < last).then_some(Matched {
                    first,
                    last,
                    next,
                    fill,
                })
            })
    }

    /// Matches `steps` from token `ti`, trying each optional step with and
    /// then without its word.
    fn step(
        &self,
        steps: &[Step],
        ti: usize,
        fill: Fill,
        span: TokSpan,
    ) -> Option<(usize, Fill, TokSpan)> {
        let Some((step, rest)) = steps.split_first() else {
            return Some((ti, fill, span));
        };
        if let Some((n, filled)) = self.piece(&step.piece, ti, fill) {
            let span2 = if step.context {
                span
            } else {
                Some(match span {
                    Some((a, _)) => (a, ti + n),
                    None => (ti, ti + n),
                })
            };
            if let Some(done) = self.step(rest, ti + n, filled, span2) {
                return Some(done);
            }
        }
        if step.optional {
            return self.step(rest, ti, fill, span);
        }
        None
    }

    /// How many tokens `piece` takes at `ti`, and what it fills.
    fn piece(&self, piece: &Piece, ti: usize, mut fill: Fill) -> Option<(usize, Fill)> {
        let toks = self.toks;
        match piece {
            Piece::Words(alts) => alts
                .iter()
                .find(|words| self.words_at(ti, words))
                .map(|words| (words.len(), fill)),
            Piece::Slot(slot) => {
                let tok = toks.get(ti)?;
                let mut used = 1;
                match slot {
                    Slot::Day | Slot::Day2 => {
                        let d = self.day_value(tok)?;
                        *if *slot == Slot::Day {
                            &mut fill.day
                        } else {
                            &mut fill.day2
                        } = Some(d);
                    }
                    Slot::Month | Slot::Month2 => {
                        let name = self.data.months.get(&tok.norm)?;
                        if name.abbreviation {
                            if toks
                                .get(ti + 1)
                                .is_some_and(|t| t.norm == "." && t.start == tok.end)
                            {
                                used = 2;
                            } else {
                                // Without its dot an abbreviation is a month
                                // only beside a number ("19 sept 2023",
                                // "Sept 19"): "en sept points" is seven.
                                let digits = |t: Option<&Token>| {
                                    t.is_some_and(|t| {
                                        t.norm.chars().next().is_some_and(|c| c.is_ascii_digit())
                                    })
                                };
                                if !digits(toks.get(ti + 1))
                                    && !digits(ti.checked_sub(1).and_then(|p| toks.get(p)))
                                {
                                    return None;
                                }
                            }
                        }
                        *if *slot == Slot::Month {
                            &mut fill.month
                        } else {
                            &mut fill.month2
                        } = Some(name.number);
                    }
                    Slot::MonthNum | Slot::MonthNum2 => {
                        let m = ascii_number(&tok.norm, 2).filter(|m| (1..=12).contains(m))?;
                        *if *slot == Slot::MonthNum {
                            &mut fill.month
                        } else {
                            &mut fill.month2
                        } = Some(m as u8);
                    }
                    Slot::Year | Slot::Year2 => {
                        let y = self.year_value(&tok.norm)?;
                        *if *slot == Slot::Year {
                            &mut fill.year
                        } else {
                            &mut fill.year2
                        } = Some(y);
                    }
                    Slot::Weekday => fill.weekday = Some(*self.data.weekdays.get(&tok.norm)?),
                    Slot::Count => {
                        let n = match ascii_number(&tok.norm, 4) {
                            Some(n) => n,
                            None => *self.data.numbers.get(&tok.norm)?,
                        };
                        fill.count = Some(i64::from(n));
                    }
                    Slot::Decade => {
                        let y = self.year_value(&tok.norm).filter(|y| y % 10 == 0)?;
                        fill.decade = Some(y);
                    }
                    Slot::Decades => {
                        let digits = tok.norm.strip_suffix('s')?;
                        let y = self.year_value(digits).filter(|y| y % 10 == 0)?;
                        fill.decade = Some(y);
                    }
                    Slot::Part => {
                        let (words, part) =
                            self.data.parts.iter().find(|(w, _)| self.words_at(ti, w))?;
                        used = words.len();
                        fill.part = Some(*part);
                    }
                }
                Some((used, fill))
            }
        }
    }

    fn words_at(&self, ti: usize, words: &[String]) -> bool {
        self.toks
            .get(ti..ti + words.len())
            .is_some_and(|toks| toks.iter().zip(words).all(|(t, w)| t.norm == *w))
    }

    /// True when `words` end just before token `ti`.
    fn words_before(&self, ti: usize, words: &[String]) -> bool {
        ti >= words.len() && self.words_at(ti - words.len(), words)
    }

    fn year_value(&self, s: &str) -> Option<i32> {
        let y = ascii_number(s, 4).filter(|_| s.len() == 4)? as i32;
        (self.lex.years.0..=self.lex.years.1)
            .contains(&y)
            .then_some(y)
    }

    /// "19", "1er", "10th".
    fn day_value(&self, tok: &Token) -> Option<u8> {
        let digits = tok.norm.bytes().take_while(u8::is_ascii_digit).count();
        let (num, suffix) = tok.norm.split_at(digits);
        if !suffix.is_empty() && !self.lex.day_suffixes.iter().any(|s| s == suffix) {
            return None;
        }
        let d = ascii_number(num, 2)?;
        (1..=31).contains(&d).then_some(d as u8)
    }

    /// A four-digit number standing alone as a year ("en 1994").
    fn bare_year(&self, ti: usize) -> Option<i32> {
        let tok = &self.toks[ti];
        if tok.kind != TokKind::Number || self.is_quantity(ti, ti + 1) {
            return None;
        }
        self.year_value(&tok.norm)
    }

    /// True when tokens `[first, last)` start or end with a number that its
    /// neighbours make a quantity: "n° 2021", "2000 soldats", "2 000",
    /// "de 1900 à 2000 soldats".
    fn is_quantity(&self, first: usize, last: usize) -> bool {
        let number = |i: usize| self.toks.get(i).is_some_and(|t| t.kind == TokKind::Number);
        let thousands = self.toks.get(last).is_some_and(|t| {
            t.kind == TokKind::Number && t.norm.len() == 3 && ascii_number(&t.norm, 3).is_some()
        });
        (number(first)
            && self
                .data
                .not_after
                .iter()
                .any(|w| self.words_before(first, w)))
            || (last > 0
                && number(last - 1)
                && (thousands || self.data.not_before.iter().any(|w| self.words_at(last, w))))
    }
}

// ---------------------------------------------------------------------------
// Resolving

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span in the text passed to [`DateResolver::find`], shifted by `base`.
    pub start: usize,
    pub end: usize,
    pub value: DateSpan,
    /// True when the value was computed from an anchor ("mardi", "un an plus
    /// tard", or a day whose year the text leaves out).
    pub relative: bool,
}

/// Resolves date expressions of one document, in reading order: relative
/// expressions use the publication date ("mardi") or the last date the text
/// mentioned ("un an plus tard").
///
/// ```
/// use seeds::corpus::Lang;
/// use seeds::extract::dates::{DateLexicon, DateResolver};
///
/// let lexicon = DateLexicon::parse(
///     r#"
///     [numbers]
///     fr = { un = 1, deux = 2 }
///     [[month]]
///     number = 2
///     fr = ["février", "févr."]
///     [[date]]
///     fr = ["{day} {month} {year}"]
///     [[relative]]
///     fr = ["{n} an|ans plus tard"]
///     from = "narrative"
///     years = 1
///     "#,
///     "dates.toml",
/// )?;
/// let mut r = DateResolver::new(&lexicon, Lang::Fr, "2024-05-15".parse().ok());
/// let found = r.find("Le 22 février 2022, puis un an plus tard.", 0);
/// let values: Vec<String> = found.iter().map(|m| m.value.to_string()).collect();
/// assert_eq!(values, ["2022-02-22", "2023"]);
/// # Ok::<(), seeds::ontology::OntologyError>(())
/// ```
#[derive(Debug, Clone)]
pub struct DateResolver<'a> {
    lexicon: &'a DateLexicon,
    lang: Lang,
    publication: Option<PartialDate>,
    narrative: Option<PartialDate>,
}

/// A resolved match: its value, whether it came from an anchor, and where
/// the narrative stands after it.
struct Resolved {
    value: DateSpan,
    relative: bool,
    narrative: PartialDate,
}

impl<'a> DateResolver<'a> {
    pub fn new(lexicon: &'a DateLexicon, lang: Lang, publication: Option<PartialDate>) -> Self {
        DateResolver {
            lexicon,
            lang,
            publication,
            narrative: None,
        }
    }

    /// Finds and resolves the date expressions of `text` (one sentence),
    /// whose first byte is at offset `base` of the document.
    ///
    /// Each date found moves the narrative to its last day, so "le
    /// lendemain" after "du 27 septembre au 10 novembre 2020" is 2020-11-11;
    /// a week ("cette semaine") moves it to the day it was counted from.
    pub fn find(&mut self, text: &str, base: usize) -> Vec<DateMention> {
        let toks = tokenize(text, 0);
        let matcher = Matcher {
            lex: self.lexicon,
            data: self.lexicon.data(self.lang),
            toks: &toks,
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some((m, r)) = self.best_at(&matcher, i) else {
                i += 1;
                continue;
            };
            let Some(r) = r else {
                // A quantity shaped like a date: none of its numbers is a year.
                i = m.last.max(i + 1);
                continue;
            };
            out.push(DateMention {
                start: toks[m.first].start + base,
                end: toks[m.last - 1].end + base,
                value: r.value,
                relative: r.relative,
            });
            self.narrative = Some(r.narrative);
            // Trailing context words may start the next date.
            i = m.last.max(i + 1);
        }
        out
    }

    /// The date the narrative is at: the last date mentioned, or the
    /// publication date.
    pub fn current(&self) -> Option<PartialDate> {
        self.narrative.or(self.publication)
    }

    /// The longest resolvable match at token `i` (the first rule among
    /// equals), or a bare year. A match without a value is a quantity
    /// ("de 1900 à 2000 soldats") whose tokens must not be read again.
    fn best_at(&self, m: &Matcher, i: usize) -> Option<(Matched, Option<Resolved>)> {
        let mut best: Option<(Matched, Resolved)> = None;
        let mut quantity: Option<Matched> = None;
        for rule in &m.data.rules {
            let Some(hit) = m.run(&rule.steps, i) else {
                continue;
            };
            if best.as_ref().is_some_and(|(b, _)| b.next >= hit.next) {
                continue;
            }
            if m.is_quantity(hit.first, hit.last) {
                if quantity.is_none_or(|q| q.last < hit.last) {
                    quantity = Some(hit);
                }
                continue;
            }
            let resolved = match rule.meaning {
                Meaning::Absolute => self.absolute(&hit.fill),
                Meaning::Relative(shift) => self.shifted(shift, &hit.fill),
            };
            if let Some(r) = resolved {
                best = Some((hit, r));
            }
        }
        if let Some((hit, r)) = best {
            return Some((hit, Some(r)));
        }
        if let Some(q) = quantity {
            return Some((q, None));
        }
        let date = PartialDate::year(m.bare_year(i)?);
        let hit = Matched {
            first: i,
            last: i + 1,
            next: i + 1,
            fill: Fill::default(),
        };
        // "En 2016, … En avril, …" moves the story to 2016; "la guerre de
        // 2020" or "their 2020 war" only names a year in the background.
        let sets_narrative = m.data.narrative_after.iter().any(|w| m.words_before(i, w));
        let resolved = Resolved {
            value: DateSpan::at(date),
            relative: false,
            narrative: if sets_narrative {
                date
            } else {
                self.current().unwrap_or(date)
            },
        };
        Some((hit, Some(resolved)))
    }

    /// The year of a month or day the text gives without one: the narrative's
    /// year, or the publication's, moved back a year when that would put the
    /// date after publication (news tells the past). A weekday given with
    /// the day picks the year before when only that one agrees with it;
    /// otherwise the explicit day and month win over the weekday.
    fn guess_year(&self, month: u8, day: Option<u8>, weekday: Option<u8>) -> Option<i32> {
        let mut year = self.current()?.year;
        if let Some(p) = self.publication {
            let after = |y: i32| (y, month, day.unwrap_or(1)) > p.first_day();
            if after(year) {
                year = if after(p.year) { p.year - 1 } else { p.year };
            }
        }
        if let (Some(w), Some(d)) = (weekday, day) {
            let agrees =
                |y: i32| PartialDate::ymd(y, month, d).and_then(|x| x.weekday()) == Some(w);
            if !agrees(year) && agrees(year - 1) {
                return Some(year - 1);
            }
        }
        Some(year)
    }

    fn absolute(&self, f: &Fill) -> Option<Resolved> {
        let done = |value: DateSpan, relative: bool| {
            Some(Resolved {
                value,
                relative,
                narrative: value.last(),
            })
        };
        if let Some(decade) = f.decade {
            let (a, b) = f
                .part
                .and_then(|p| self.lexicon.parts.get(p))
                .map_or((0, 9), |p| p.years);
            return done(
                DateSpan::between(
                    PartialDate::year(decade + i32::from(a)),
                    PartialDate::year(decade + i32::from(b)),
                ),
                false,
            );
        }
        let m1 = f.month.or(f.month2);
        // A range without a year guesses it from its end, which the start
        // may precede across new year ("du 27 décembre au 3 janvier").
        let (y1, guessed) = match f.year.or(f.year2) {
            Some(y) => (y, false),
            None if f.day2.is_some() || f.month2.is_some() => {
                let end_month = f.month2.or(f.month)?;
                (self.guess_year(end_month, f.day2, None)?, true)
            }
            None => (self.guess_year(m1?, f.day, f.weekday)?, true),
        };
        let start = make_date(y1, m1, f.day)?;
        if f.day2.is_none() && f.month2.is_none() && f.year2.is_none() {
            let value = match f.part.and_then(|p| self.lexicon.parts.get(p)) {
                Some(part) => part_of(start, part)?,
                None => DateSpan::at(start),
            };
            return done(value, guessed);
        }
        let y2 = f.year2.or(f.year).unwrap_or(y1);
        let end = make_date(y2, f.month2.or(f.month), f.day2)?;
        let mut start = start;
        if start.first_day() > end.first_day() {
            // "du 27 décembre au 3 janvier 2021": the start is in the year before.
            if f.year.is_some() {
                return None;
            }
            start = make_date(y1 - 1, m1, f.day)?;
        }
        done(DateSpan::between(start, end), guessed)
    }

    fn shifted(&self, shift: Shift, f: &Fill) -> Option<Resolved> {
        let anchor = match shift.anchor {
            Anchor::Publication => self.publication?,
            Anchor::Narrative => self.current()?,
        };
        let n = f.count.unwrap_or(1);
        let (date, unit) = match shift.by {
            Amount::Weekday(dir) => {
                let target = i64::from(f.weekday?);
                let today = i64::from(anchor.weekday()?);
                let back = (today - target).rem_euclid(7);
                let ahead = (target - today).rem_euclid(7);
                let delta = match dir {
                    Direction::OnOrBefore => -back,
                    Direction::Before if back == 0 => -7,
                    Direction::Before => -back,
                    Direction::OnOrAfter => ahead,
                    Direction::After if ahead == 0 => 7,
                    Direction::After => ahead,
                };
                (anchor.add_days(delta), Precision::Day)
            }
            Amount::Days(k) => (anchor.add_days(k.checked_mul(n)?), Precision::Day),
            Amount::Weeks(k) => (
                anchor.add_days(k.checked_mul(n)?.checked_mul(7)?),
                Precision::Week,
            ),
            Amount::Months(k) => (add_months(anchor, k.checked_mul(n)?)?, Precision::Month),
            Amount::Years(k) => {
                let y =
                    i32::try_from(i64::from(anchor.year).checked_add(k.checked_mul(n)?)?).ok()?;
                (with_year(anchor, y), Precision::Year)
            }
        };
        let precision = shift.precision.unwrap_or(unit).min(Precision::of(anchor));
        let (value, narrative) = at_precision(date, precision)?;
        Some(Resolved {
            value,
            relative: true,
            narrative,
        })
    }
}

fn make_date(year: i32, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
    match (month, day) {
        (Some(m), Some(d)) => PartialDate::ymd(year, m, d),
        (Some(m), None) => PartialDate::month(year, m),
        (None, None) => Some(PartialDate::year(year)),
        (None, Some(_)) => None,
    }
}

/// The days of a month or the months of a year a part covers.
fn part_of(date: PartialDate, part: &PartRange) -> Option<DateSpan> {
    if date.day.is_some() {
        return Some(DateSpan::at(date));
    }
    let y = date.year;
    Some(match date.month {
        Some(m) => {
            let last = days_in_month(y, m);
            DateSpan::between(
                PartialDate::ymd(y, m, part.days.0.min(last))?,
                PartialDate::ymd(y, m, part.days.1.min(last))?,
            )
        }
        None => DateSpan::between(
            PartialDate::month(y, part.months.0)?,
            PartialDate::month(y, part.months.1)?,
        ),
    })
}

/// Moves a date by whole months, keeping its precision; a day past the end
/// of the new month becomes its last day.
fn add_months(date: PartialDate, months: i64) -> Option<PartialDate> {
    let Some(m) = date.month else {
        return Some(date);
    };
    let index = i64::from(date.year)
        .checked_mul(12)?
        .checked_add(i64::from(m) - 1)?
        .checked_add(months)?;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = (index.rem_euclid(12) + 1) as u8;
    Some(match date.day {
        Some(d) => PartialDate::ymd(year, month, d.min(days_in_month(year, month)))?,
        None => PartialDate::month(year, month)?,
    })
}

fn with_year(date: PartialDate, year: i32) -> PartialDate {
    match (date.month, date.day) {
        (Some(m), Some(d)) => PartialDate::ymd(year, m, d.min(days_in_month(year, m)))
            .unwrap_or(PartialDate::year(year)),
        (Some(m), None) => PartialDate::month(year, m).unwrap_or(PartialDate::year(year)),
        _ => PartialDate::year(year),
    }
}

/// The value at a precision, and the point the narrative moves to.
fn at_precision(date: PartialDate, precision: Precision) -> Option<(DateSpan, PartialDate)> {
    let cut = match precision {
        Precision::Year => PartialDate::year(date.year),
        Precision::Month => match date.month {
            Some(m) => PartialDate::month(date.year, m)?,
            None => date,
        },
        Precision::Week => {
            // Monday to Sunday; the narrative stays on the day itself.
            let monday = date.add_days(-i64::from(date.weekday()?));
            return Some((DateSpan::between(monday, monday.add_days(6)), date));
        }
        Precision::Day => date,
    };
    Some((DateSpan::at(cut), cut))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bundled() -> DateLexicon {
        let text = include_str!("../../ontology/dates.toml");
        DateLexicon::parse(text, "ontology/dates.toml").unwrap_or_else(|e| panic!("{e}"))
    }

    /// (language, publication date, sentences read in order, expected
    /// (surface text, ISO value) pairs over all of them).
    type Row = (
        Lang,
        &'static str,
        &'static [&'static str],
        &'static [(&'static str, &'static str)],
    );

    fn check(rows: &[Row]) {
        let lex = bundled();
        let mut failures = Vec::new();
        for (lang, published, sentences, expected) in rows {
            let mut r = DateResolver::new(&lex, *lang, published.parse().ok());
            let mut got = Vec::new();
            for s in *sentences {
                for m in r.find(s, 0) {
                    got.push((s[m.start..m.end].to_string(), m.value.to_string()));
                }
            }
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{sentences:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    // 2024-05-15 is a Wednesday.
    const PUB: &str = "2024-05-15";

    #[test]
    #[rustfmt::skip]
    fn french_absolute_dates() {
        check(&[
            (Lang::Fr, PUB, &["Le traité fut paraphé le 10 novembre 2020 à minuit."], &[("10 novembre 2020", "2020-11-10")]),
            (Lang::Fr, PUB, &["Le 1er janvier 2024, la règle a changé."], &[("1er janvier 2024", "2024-01-01")]),
            (Lang::Fr, PUB, &["La réunion du 22 février 2022 fut brève."], &[("22 février 2022", "2022-02-22")]),
            (Lang::Fr, PUB, &["Un courrier daté du 22/02/2022 circule."], &[("22/02/2022", "2022-02-22")]),
            (Lang::Fr, PUB, &["La note (2022-02-22) reste secrète."], &[("2022-02-22", "2022-02-22")]),
            (Lang::Fr, PUB, &["Le 10 nov. 2020 au soir, tout bascule."], &[("10 nov. 2020", "2020-11-10")]),
            (Lang::Fr, PUB, &["LE 3 FEVRIER 2021, rien."], &[("3 FEVRIER 2021", "2021-02-03")]),
            (Lang::Fr, PUB, &["Le 10\u{a0}novembre\u{202f}2020, accord."], &[("10\u{a0}novembre\u{202f}2020", "2020-11-10")]),
            (Lang::Fr, PUB, &["En septembre 2023, l'exode a commencé."], &[("septembre 2023", "2023-09")]),
            (Lang::Fr, PUB, &["La trêve signée en 1994 tient depuis 2020, dit-on."], &[("1994", "1994"), ("2020", "2020")]),
            (Lang::Fr, PUB, &["La guerre de 2020 reste dans les mémoires."], &[("2020", "2020")]),
            (Lang::Fr, PUB, &["Mardi 12 mars 2024, le ministre a parlé."], &[("Mardi 12 mars 2024", "2024-03-12")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn french_ranges_parts_and_decades() {
        check(&[
            (Lang::Fr, PUB, &["Les combats des 19 et 20 septembre 2023 ont tout changé."], &[("19 et 20 septembre 2023", "2023-09-19/2023-09-20")]),
            (Lang::Fr, PUB, &["La guerre a duré du 27 septembre au 10 novembre 2020."], &[("du 27 septembre au 10 novembre 2020", "2020-09-27/2020-11-10")]),
            (Lang::Fr, PUB, &["Le premier conflit (1988-1994) a marqué la région."], &[("1988-1994", "1988/1994")]),
            (Lang::Fr, PUB, &["Il a duré de 1988 à 1994, puis de 1991\u{2013}1994 selon d'autres."], &[("de 1988 à 1994", "1988/1994"), ("1991\u{2013}1994", "1991/1994")]),
            (Lang::Fr, PUB, &["À la fin des années 1980, la tension monte."], &[("À la fin des années 1980", "1987/1989")]),
            (Lang::Fr, PUB, &["Dans les années 1990, la région était isolée."], &[("les années 1990", "1990/1999")]),
            (Lang::Fr, PUB, &["À la mi-septembre 2023, puis fin mars."], &[("À la mi-septembre 2023", "2023-09-11/2023-09-20"), ("fin mars", "2023-03-21/2023-03-31")]),
            (Lang::Fr, PUB, &["Du 27 décembre au 3 janvier, la trêve a tenu."], &[("Du 27 décembre au 3 janvier", "2023-12-27/2024-01-03")]),
            (Lang::Fr, PUB, &["Entre le 19 et le 20 septembre 2023, et les 2-3 mai 2021."], &[("Entre le 19 et le 20 septembre 2023", "2023-09-19/2023-09-20"), ("2-3 mai 2021", "2021-05-02/2021-05-03")]),
            (Lang::Fr, PUB, &["Fin septembre 2023, puis mi-2023 et début 2024."], &[("Fin septembre 2023", "2023-09-21/2023-09-30"), ("mi-2023", "2023-05/2023-08"), ("début 2024", "2024-01/2024-03")]),
            // A bare year moves the story only as a time adverbial.
            (Lang::Fr, PUB, &["En 2016, la guerre a éclaté.", "En avril, elle a duré quatre jours."], &[("2016", "2016"), ("avril", "2016-04")]),
            (Lang::En, PUB, &["The worst fighting since their 2020 war.", "On April 6, the talks resumed."], &[("2020", "2020"), ("April 6", "2024-04-06")]),
            (Lang::Fr, PUB, &["Depuis la guerre de 2020, rien.", "Le 6 avril, ils se sont vus."], &[("2020", "2020"), ("6 avril", "2024-04-06")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn french_days_without_a_year_take_it_from_context() {
        check(&[
            // No narrative: the latest year that keeps it before publication.
            (Lang::Fr, PUB, &["Le 19 septembre, l'armée a avancé."], &[("19 septembre", "2023-09-19")]),
            // An abbreviated month needs its dot or a number beside it.
            (Lang::Fr, PUB, &["Une déclaration en sept points, signée le 19 sept 2023."], &[("19 sept 2023", "2023-09-19")]),
            (Lang::En, PUB, &["A plan in ten points, agreed on Sept 19, 2023."], &[("Sept 19, 2023", "2023-09-19")]),
            (Lang::Fr, PUB, &["Le 2 mai, la frontière a fermé."], &[("2 mai", "2024-05-02")]),
            // The narrative's year.
            (Lang::Fr, PUB, &["Le 10 novembre 2020, un accord.", "Le 19 septembre, rien."], &[("10 novembre 2020", "2020-11-10"), ("19 septembre", "2020-09-19")]),
            (Lang::Fr, PUB, &["En 2021, puis en mars, la crise."], &[("2021", "2021"), ("mars", "2021-03")]),
            // The weekday agrees with the day: trust both.
            (Lang::Fr, "2024-04-18", &["Ce mercredi 17 avril, le ministre a parlé."], &[("Ce mercredi 17 avril", "2024-04-17")]),
            // It does not: the explicit day and month win.
            (Lang::Fr, "2024-04-18", &["Ce jeudi 17 avril, le ministre a parlé."], &[("Ce jeudi 17 avril", "2024-04-17")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn french_dates_relative_to_publication() {
        check(&[
            (Lang::Fr, PUB, &["Mardi, le ministre a parlé."], &[("Mardi", "2024-05-14")]),
            (Lang::Fr, PUB, &["Ce mercredi, le ministre parle."], &[("Ce mercredi", "2024-05-15")]),
            (Lang::Fr, PUB, &["Mercredi, il a parlé."], &[("Mercredi", "2024-05-15")]),
            (Lang::Fr, PUB, &["Mercredi dernier, il a parlé."], &[("Mercredi dernier", "2024-05-08")]),
            (Lang::Fr, PUB, &["Il parlera jeudi prochain."], &[("jeudi prochain", "2024-05-16")]),
            (Lang::Fr, PUB, &["Dimanche soir, des tirs."], &[("Dimanche soir", "2024-05-12")]),
            (Lang::Fr, PUB, &["Aujourd\u{2019}hui, hier et avant-hier, pas demain."], &[("Aujourd\u{2019}hui", "2024-05-15"), ("hier", "2024-05-14"), ("avant-hier", "2024-05-13"), ("demain", "2024-05-16")]),
            (Lang::Fr, PUB, &["Ce matin, il a parlé."], &[("Ce matin", "2024-05-15")]),
            (Lang::Fr, PUB, &["Cette semaine, on négocie."], &[("Cette semaine", "2024-05-13/2024-05-19")]),
            (Lang::Fr, PUB, &["Le mois dernier, on a négocié."], &[("Le mois dernier", "2024-04")]),
            (Lang::Fr, PUB, &["L\u{2019}an dernier et l'année dernière."], &[("L\u{2019}an dernier", "2023"), ("l'année dernière", "2023")]),
            (Lang::Fr, PUB, &["Cette année, rien."], &[("Cette année", "2024")]),
            (Lang::Fr, PUB, &["Il y a trois ans, la guerre."], &[("Il y a trois ans", "2021")]),
            (Lang::Fr, PUB, &["Il y a deux semaines, une trêve."], &[("Il y a deux semaines", "2024-04-29/2024-05-05")]),
            (Lang::Fr, PUB, &["Il y a 3 jours, une trêve."], &[("Il y a 3 jours", "2024-05-12")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn french_dates_relative_to_the_narrative() {
        check(&[
            (Lang::Fr, PUB, &["Le 22 février 2022, Moscou reconnaît les républiques.", "Un an plus tard, rien."], &[("22 février 2022", "2022-02-22"), ("Un an plus tard", "2023")]),
            (Lang::Fr, PUB, &["Le 22 février 2022, une annonce.", "Deux mois plus tard, une autre."], &[("22 février 2022", "2022-02-22"), ("Deux mois plus tard", "2022-04")]),
            (Lang::Fr, PUB, &["Le 22 février 2022, une annonce.", "Le même jour, une autre."], &[("22 février 2022", "2022-02-22"), ("Le même jour", "2022-02-22")]),
            (Lang::Fr, PUB, &["Le 22 février 2022, une annonce.", "Le lendemain, une autre.", "Trois jours plus tard, encore."], &[("22 février 2022", "2022-02-22"), ("Le lendemain", "2022-02-23"), ("Trois jours plus tard", "2022-02-26")]),
            (Lang::Fr, PUB, &["Le 22 février 2022, une annonce.", "La veille, une autre."], &[("22 février 2022", "2022-02-22"), ("La veille", "2022-02-21")]),
            (Lang::Fr, PUB, &["Le 9 novembre 2020, un accord.", "Plus tôt dans la journée, un tir."], &[("9 novembre 2020", "2020-11-09"), ("Plus tôt dans la journée", "2020-11-09")]),
            (Lang::Fr, PUB, &["La guerre dure du 27 septembre au 10 novembre 2020.", "Le lendemain, la paix."], &[("du 27 septembre au 10 novembre 2020", "2020-09-27/2020-11-10"), ("Le lendemain", "2020-11-11")]),
            // An impossible day is no date; its month and year still are one.
            (Lang::Fr, PUB, &["Le 31 février 2022, rien."], &[("février 2022", "2022-02")]),
            // Without a date in the text, the narrative is the publication.
            (Lang::Fr, PUB, &["Plus tôt dans la journée, un tir."], &[("Plus tôt dans la journée", "2024-05-15")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn english_absolute_dates_and_ranges() {
        check(&[
            (Lang::En, PUB, &["The deal was signed on November 10, 2020, in Moscow."], &[("November 10, 2020", "2020-11-10")]),
            (Lang::En, PUB, &["It was signed on 10 November 2020."], &[("10 November 2020", "2020-11-10")]),
            (Lang::En, PUB, &["It was signed on 10 Nov. 2020 at night."], &[("10 Nov. 2020", "2020-11-10")]),
            (Lang::En, PUB, &["On Tuesday, March 12th, 2024, he spoke."], &[("Tuesday, March 12th, 2024", "2024-03-12")]),
            (Lang::En, PUB, &["In September 2023, the exodus began."], &[("September 2023", "2023-09")]),
            (Lang::En, PUB, &["The truce agreed in 1994 has held since 2020."], &[("1994", "1994"), ("2020", "2020")]),
            (Lang::En, PUB, &["Fighting between 19 and 20 September 2023 changed all."], &[("between 19 and 20 September 2023", "2023-09-19/2023-09-20")]),
            (Lang::En, PUB, &["The war lasted from 27 September to 10 November 2020."], &[("from 27 September to 10 November 2020", "2020-09-27/2020-11-10")]),
            (Lang::En, PUB, &["The first war (1988-1994) and from 1991 to 1994."], &[("1988-1994", "1988/1994"), ("from 1991 to 1994", "1991/1994")]),
            (Lang::En, PUB, &["In the 1990s, and in the late 1980s."], &[("the 1990s", "1990/1999"), ("the late 1980s", "1987/1989")]),
            (Lang::En, PUB, &["By late September 2023, and in mid-2023."], &[("late September 2023", "2023-09-21/2023-09-30"), ("mid-2023", "2023-05/2023-08")]),
            (Lang::En, PUB, &["On 19 September, the army moved."], &[("19 September", "2023-09-19")]),
            (Lang::En, PUB, &["On the 10th of November 2020 and in May."], &[("the 10th of November 2020", "2020-11-10"), ("May", "2020-05")]),
            (Lang::En, PUB, &["From September 19 to September 20, 2023."], &[("From September 19 to September 20, 2023", "2023-09-19/2023-09-20")]),
            (Lang::En, PUB, &["The note is dated 02/22/2022 and 22/02/2022."], &[("02/22/2022", "2022-02-22"), ("22/02/2022", "2022-02-22")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn english_relative_dates() {
        check(&[
            (Lang::En, PUB, &["On Tuesday, the minister spoke."], &[("Tuesday", "2024-05-14")]),
            (Lang::En, PUB, &["He spoke last Wednesday and will speak next Thursday."], &[("last Wednesday", "2024-05-08"), ("next Thursday", "2024-05-16")]),
            (Lang::En, PUB, &["Today, yesterday, tomorrow and this morning."], &[("Today", "2024-05-15"), ("yesterday", "2024-05-14"), ("tomorrow", "2024-05-16"), ("this morning", "2024-05-15")]),
            (Lang::En, PUB, &["This week, last month, last year and this year."], &[("This week", "2024-05-13/2024-05-19"), ("last month", "2024-04"), ("last year", "2023"), ("this year", "2024")]),
            (Lang::En, PUB, &["Three years ago, two weeks ago, 3 days ago."], &[("Three years ago", "2021"), ("two weeks ago", "2024-04-29/2024-05-05"), ("3 days ago", "2024-05-12")]),
            (Lang::En, PUB, &["On 22 February 2022, Moscow acted.", "A year later, nothing."], &[("22 February 2022", "2022-02-22"), ("A year later", "2023")]),
            (Lang::En, PUB, &["On 22 February 2022, Moscow acted.", "The next day, Kyiv replied.", "Three days later, more."], &[("22 February 2022", "2022-02-22"), ("The next day", "2022-02-23"), ("Three days later", "2022-02-26")]),
            (Lang::En, PUB, &["On 9 November 2020, a deal.", "Earlier in the day, a strike; the same day, a call."], &[("9 November 2020", "2020-11-09"), ("Earlier in the day", "2020-11-09"), ("the same day", "2020-11-09")]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn numbers_that_are_not_dates() {
        check(&[
            (Lang::Fr, PUB, &["Le taux atteint 20 % et 2020 % ailleurs."], &[]),
            (Lang::Fr, PUB, &["On compte 30 000 morts et 30\u{a0}000 Azerbaïdjanais."], &[]),
            (Lang::Fr, PUB, &["La note est de 4.9/5, ou 4,9/5."], &[]),
            (Lang::Fr, PUB, &["La guerre a duré 44 jours."], &[]),
            (Lang::Fr, PUB, &["L'article 4 et la résolution 2020 du texte."], &[]),
            (Lang::Fr, PUB, &["Au total, 2000 soldats et 1994 personnes, n° 2021."], &[]),
            (Lang::Fr, PUB, &["Il y a eu 2 000 blessés, 2020 500 euros."], &[]),
            (Lang::En, PUB, &["Turnout was 20 % and 30,000 dead, rated 4.9/5."], &[]),
            (Lang::En, PUB, &["The war lasted 44 days under Article 4."], &[]),
            (Lang::En, PUB, &["Some 2000 soldiers; officials may sign."], &[]),
            (Lang::Fr, PUB, &["De 1900 à 2000 soldats, et 12 mars 2000 personnes."], &[]),
            (Lang::Fr, PUB, &["Le 1er, puis 19 et 20, puis mars."], &[]),
        ]);
    }

    #[test]
    fn spans_are_shifted_by_base_and_narrative_moves() {
        let lex = bundled();
        let mut r = DateResolver::new(&lex, Lang::Fr, "2024-05-15".parse().ok());
        assert_eq!(
            r.current().map(|d| d.to_string()).as_deref(),
            Some("2024-05-15")
        );
        let text = "Depuis le 19 septembre 2023, et hier.";
        let found = r.find(text, 100);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].start, found[0].end), (110, 127));
        assert!(!found[0].relative && found[1].relative);
        assert_eq!(
            r.current().map(|d| d.to_string()).as_deref(),
            Some("2024-05-14")
        );
        // Without a publication date, anchored expressions wait for a date.
        let mut r = DateResolver::new(&lex, Lang::En, None);
        assert!(r.find("Yesterday and the next day.", 0).is_empty());
        assert_eq!(r.find("In 2020, and a year later.", 0).len(), 2);
    }

    #[test]
    fn a_malformed_entry_is_reported_with_its_line() {
        let cases = [
            ("[[relative]]\nfr = [\"hier\"]\ndayz = -1\n", 3, "dayz"),
            (
                "[[relative]]\nfr = [\"hier\"]\nfrom = \"yesterday\"\ndays = -1\n",
                3,
                "from",
            ),
            ("[[relative]]\nfr = [\"hier\"]\n", 1, "exactly one"),
            (
                "[[date]]\nfr = [\n  \"{day} {month} {year}\",\n  \"{day} {mois}\",\n]\n",
                4,
                "{mois}",
            ),
            ("[[date]]\nen = [\"{weekday}\"]\n", 2, "needs a month"),
            (
                "[[month]]\nnumber = 13\nfr = [\"treizembre\"]\n",
                2,
                "1 to 12",
            ),
            (
                "[[part]]\nfr = [\"fin\"]\ndays = [21, 31]\nmonths = [10, 12]\nyears = [7, 19]\n",
                5,
                "years",
            ),
            (
                "[[relative]]\nen = [\"{n} days ago\"]\nweekday = \"before\"\n",
                2,
                "{weekday}",
            ),
        ];
        for (text, line, needle) in cases {
            let e = DateLexicon::parse(text, "dates.toml").expect_err(text);
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.to_string().contains(needle), "{text}: {e}");
            assert!(e.to_string().starts_with("dates.toml:"), "{e}");
        }
    }

    /// Run with `cargo test --release -- --ignored linear`: a text four
    /// times longer takes about four times as long.
    #[test]
    #[ignore]
    fn linear_time_in_the_text_length() {
        let lex = bundled();
        let unit = "Le 19 et 20 septembre 2023, puis mardi dernier, il y a trois ans, \
                    du 27 septembre au 10 novembre 2020 et 2000 soldats, 30 000 morts. ";
        let time = |n: usize| {
            let text = unit.repeat(n);
            let mut r = DateResolver::new(&lex, Lang::Fr, "2024-05-15".parse().ok());
            let t = std::time::Instant::now();
            let found = r.find(&text, 0).len();
            (t.elapsed().as_secs_f64(), found)
        };
        let (t1, f1) = time(5_000);
        let (t4, f4) = time(20_000);
        assert_eq!(f4, 4 * f1);
        eprintln!("{f1} dates in {t1:.3}s, {f4} in {t4:.3}s");
        assert!(t4 < 8.0 * t1.max(0.001), "{t1} vs {t4}");
    }

    proptest! {
        #[test]
        fn find_never_panics_and_spans_are_char_boundaries(text in ".{0,80}") {
            let lex = bundled();
            let mut r = DateResolver::new(&lex, Lang::Fr, "2024-02-29".parse().ok());
            for m in r.find(&text, 0) {
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }

        #[test]
        fn date_like_word_salad_never_panics(words in prop::collection::vec(prop::sample::select(vec![
            "le", "19", "1er", "et", "20", "septembre", "2023", "du", "au", "-", "/", "mardi",
            "dernier", "prochain", "il", "y", "a", "trois", "ans", "plus", "tard", "fin", "des",
            "années", "1990", "mi", "2100", "1899", "31", "février", "9999", "l'", "an", "0",
            "la", "veille", "\u{a0}", "Nov.", "ce", "99999999999", "jours", "é", "%",
        ]), 0..24), lang in prop::sample::select(vec![Lang::Fr, Lang::En])) {
            let lex = bundled();
            let text = words.join(" ");
            for publication in ["2024-05-15", "1900-01-01", "2100-12-31"] {
                let mut r = DateResolver::new(&lex, lang, publication.parse().ok());
                for m in r.find(&text, 7) {
                    prop_assert!(m.start >= 7 && m.end <= text.len() + 7);
                    prop_assert!(text.is_char_boundary(m.start - 7) && text.is_char_boundary(m.end - 7));
                }
            }
        }
    }
}
