//! Date expressions: finds them in a sentence and resolves them to ISO dates.
//!
//! Placeholder interface; the recognizer is filled in with the date lexicon
//! of `ontology/dates.toml`.

use serde::Deserialize;

use crate::corpus::Lang;
use crate::date::{DateSpan, PartialDate};
use crate::ontology::OntologyError;

/// Month names, weekday names and relative expressions (`dates.toml`).
#[derive(Debug, Clone, Default)]
pub struct DateLexicon {}

#[derive(Deserialize)]
struct RawDates {}

impl DateLexicon {
    /// Parses `dates.toml`; errors name the file and line.
    pub fn parse(text: &str, file: &str) -> Result<DateLexicon, OntologyError> {
        let _: RawDates = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| crate::ontology::line_of_public(text, s.start))
                .unwrap_or(0);
            OntologyError::new(file, line, e.message().trim().to_string())
        })?;
        Ok(DateLexicon {})
    }
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span in the text passed to [`DateResolver::find`], shifted by `base`.
    pub start: usize,
    pub end: usize,
    pub value: DateSpan,
    /// True when the value was computed from an anchor ("mardi", "un an plus tard").
    pub relative: bool,
}

/// Resolves date expressions of one document, in reading order: relative
/// expressions use the publication date ("mardi") or the last date the text
/// mentioned ("un an plus tard").
#[derive(Debug, Clone)]
pub struct DateResolver<'a> {
    #[allow(dead_code)]
    lexicon: &'a DateLexicon,
    #[allow(dead_code)]
    lang: Lang,
    publication: Option<PartialDate>,
    narrative: Option<PartialDate>,
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
    pub fn find(&mut self, _text: &str, _base: usize) -> Vec<DateMention> {
        Vec::new()
    }

    /// The date the narrative is at: the last date mentioned, or the
    /// publication date.
    pub fn current(&self) -> Option<PartialDate> {
        self.narrative.or(self.publication)
    }
}
