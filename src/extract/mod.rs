//! The extraction stage: one [`Document`] in, an [`Extraction`] out.
//!
//! tokenize → sentences → mentions (gazetteer names, institutions, titles and
//! people, references, events, dates, subject pronouns) → facts (relation
//! cues with their arguments, role and membership facts carried by the
//! mentions) → attribution and modality. Each document is processed on its own, in time
//! linear in its length.

pub mod dates;
mod doc;
mod lexindex;
mod mentions;
pub mod normalize;
mod relations;
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

impl Fact {
    /// An asserted fact read from tokens `[first, last)` of a document,
    /// with no date or claimant of its own.
    pub(crate) fn structural(
        ctx: &doc::DocCtx<'_>,
        (subject, relation, object): (String, &str, String),
        (first, last): (usize, usize),
        rule: &str,
        confidence: f64,
    ) -> Fact {
        Fact {
            subject,
            relation: relation.to_string(),
            object,
            modality: Modality::Asserted,
            start: ctx.toks[first].start,
            end: ctx.toks[last - 1].end,
            sentence: ctx.sent_of[first],
            rule: rule.to_string(),
            attributed_to: None,
            date: None,
            confidence,
        }
    }
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

/// The ontology compiled for extraction. Build it once, then extract any
/// number of documents with it.
#[derive(Debug)]
pub struct Extractor<'o> {
    ontology: &'o Ontology,
    index: lexindex::LexIndex,
}

impl<'o> Extractor<'o> {
    pub fn new(ontology: &'o Ontology) -> Self {
        Extractor {
            ontology,
            index: lexindex::LexIndex::new(ontology),
        }
    }

    /// Extracts entities and facts from one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
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
        // Dates first: events and facts are dated from them.
        let mut resolver = dates::DateResolver::new(&self.ontology.dates, doc.lang, doc.date);
        let mut date_mentions = Vec::new();
        for s in &sentences {
            date_mentions.extend(resolver.find(&doc.text[s.start..s.end], s.start));
        }
        let ctx = doc::DocCtx::new(
            &doc.text,
            doc.lang,
            tokens,
            sentences,
            self.ontology,
            &self.index,
            doc.date,
        );
        let mut pass = mentions::MentionPass::new(&ctx, &date_mentions);
        pass.run();
        let rel_facts = {
            let mut rel = relations::RelationPass::new(&pass);
            rel.run();
            rel.facts
        };
        let mut facts = std::mem::take(&mut pass.facts);
        facts.extend(rel_facts);
        pass.register(&facts);
        // Facts only link entities the document names.
        facts.retain(|f| {
            pass.reg.map.contains_key(&f.subject) && pass.reg.map.contains_key(&f.object)
        });
        facts.sort_by(|a, b| {
            (a.start, a.end, &a.subject, &a.relation, &a.object).cmp(&(
                b.start,
                b.end,
                &b.subject,
                &b.relation,
                &b.object,
            ))
        });
        // An entity a fact names without a mention of its own ("le président
        // azerbaïdjanais Ilham Aliev" names Azerbaijan inside the title) is
        // evidenced by the fact's words.
        for f in &facts {
            for id in [&f.subject, &f.object] {
                if let Some(e) = pass.reg.map.get_mut(id) {
                    if e.mentions.is_empty() {
                        e.mentions.push(MentionEvidence {
                            start: f.start,
                            end: f.end,
                            text: doc.text[f.start..f.end].to_string(),
                            sentence: f.sentence,
                            rule: format!("argument of {}", f.rule),
                        });
                    }
                }
            }
        }
        let entities: Vec<ExtractedEntity> = std::mem::take(&mut pass.reg.map)
            .into_values()
            .filter(|e| !e.mentions.is_empty())
            .collect();
        let known: BTreeSet<String> = entities.iter().map(|e| e.id.clone()).collect();
        facts.retain(|f| known.contains(&f.subject) && known.contains(&f.object));
        for f in &mut facts {
            if f.attributed_to.as_ref().is_some_and(|a| !known.contains(a)) {
                f.attributed_to = None;
            }
        }
        Extraction {
            doc: doc.id.clone(),
            lang: doc.lang,
            sentences: sentence_texts,
            entities,
            facts,
        }
    }
}

/// Extracts entities and facts from one document (compiles the ontology
/// first: use an [`Extractor`] for more than one document).
pub fn extract(doc: &Document, ontology: &Ontology) -> Extraction {
    Extractor::new(ontology).extract(doc)
}
