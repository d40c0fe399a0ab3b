//! Merging per-document extractions into one graph.

use crate::corpus::Document;
use crate::extract::Extraction;

use super::{Evidence, KnowledgeGraph, Node, Source};

/// Accumulates documents one at a time, so a corpus streams through without
/// holding every extraction in memory.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    graph: KnowledgeGraph,
}

impl GraphBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one document's entities and facts.
    pub fn add(&mut self, doc: &Document, ex: &Extraction) {
        self.graph.add_source(Source {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.map(|d| d.to_string()),
            publisher: doc.source.clone(),
            url: doc.url.clone(),
            lang: doc.lang.code().to_string(),
        });
        let sentence = |i: usize| {
            ex.sentences
                .get(i)
                .map(|s| s.text.clone())
                .unwrap_or_default()
        };
        for ent in &ex.entities {
            let provenance = ent
                .mentions
                .iter()
                .map(|m| Evidence {
                    doc: doc.id.clone(),
                    start: m.start,
                    end: m.end,
                    sentence: sentence(m.sentence),
                    rule: m.rule.clone(),
                    attributed_to: None,
                    date: None,
                    confidence: 1.0,
                })
                .collect();
            self.graph.upsert_node(Node {
                id: ent.id.clone(),
                label: ent.label.clone(),
                labels: ent.labels.clone(),
                class: ent.class.clone(),
                core: ent.core,
                wikidata: ent.wikidata.clone(),
                aliases: ent.aliases.clone(),
                date: ent.date,
                provenance,
            });
        }
        for f in &ex.facts {
            self.graph.add_fact(
                &f.subject,
                &f.relation,
                &f.object,
                f.modality,
                Evidence {
                    doc: doc.id.clone(),
                    start: f.start,
                    end: f.end,
                    sentence: sentence(f.sentence),
                    rule: f.rule.clone(),
                    attributed_to: f.attributed_to.clone(),
                    date: f.date.map(|d| d.to_string()),
                    confidence: f.confidence,
                },
            );
        }
    }

    pub fn finish(self) -> KnowledgeGraph {
        self.graph
    }
}

/// Extracts every document and merges the results.
pub fn build_graph(docs: &[Document], ontology: &crate::ontology::Ontology) -> KnowledgeGraph {
    let mut b = GraphBuilder::new();
    let extractor = crate::extract::Extractor::new(ontology);
    for doc in docs {
        let ex = extractor.extract(doc);
        b.add(doc, &ex);
    }
    b.finish()
}
