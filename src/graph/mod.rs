//! The graph stage: facts from many articles in, one [`KnowledgeGraph`] out.
//!
//! One node per real-world entity (merged across articles by id), one edge per
//! (subject, relation, object), each carrying every piece of evidence that
//! supports it: document, byte span, sentence, the rule that fired, and, where
//! the text gives them, a date and who claimed it. Iteration is always in id
//! order, so every exporter writes the same bytes for the same input.

mod build;

pub use build::{build_graph, GraphBuilder};

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use serde::Serialize;

use crate::date::DateSpan;

/// The six classes every export names in its `type` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum CoreClass {
    State,
    Organization,
    Person,
    Place,
    Agreement,
    Event,
}

impl CoreClass {
    pub const ALL: [CoreClass; 6] = [
        CoreClass::State,
        CoreClass::Organization,
        CoreClass::Person,
        CoreClass::Place,
        CoreClass::Agreement,
        CoreClass::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CoreClass::State => "State",
            CoreClass::Organization => "Organization",
            CoreClass::Person => "Person",
            CoreClass::Place => "Place",
            CoreClass::Agreement => "Agreement",
            CoreClass::Event => "Event",
        }
    }

    pub fn parse(name: &str) -> Option<CoreClass> {
        CoreClass::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// States, organisations and people: who can act, claim and be attacked.
    pub fn is_actor(self) -> bool {
        matches!(
            self,
            CoreClass::State | CoreClass::Organization | CoreClass::Person
        )
    }
}

/// Where a node or an edge was seen: one piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The document id (its file name).
    pub doc: String,
    /// Byte span, in the document file, of the words that gave the node or
    /// fact (a mention, or the cue with its arguments).
    pub start: usize,
    pub end: usize,
    /// The sentence the span lies in, as written.
    pub sentence: String,
    /// The rule, cue or data entry that produced it (`cue:attacked:bombarder`,
    /// `gazetteer`, `apposition:title`...): what to fix when it is wrong.
    pub rule: String,
    /// Who asserts it, when the text reports somebody's claim (a node id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub confidence: f64,
}

/// An entity of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable id, `[a-z0-9_]+`: the gazetteer id, or one derived from the
    /// entity's kind and name for entities found only in text.
    pub id: String,
    /// The display label (the English canonical name when there is one).
    pub label: String,
    /// Canonical names by language code (`en`, `fr`).
    pub labels: BTreeMap<String, String>,
    /// The ontology class (`Ministry`, `City`...), a subclass of `core`.
    pub class: String,
    pub core: CoreClass,
    pub wikidata: Option<String>,
    /// Every name the entity goes by: canonical names, known spellings and
    /// the surface forms seen in the corpus.
    pub aliases: BTreeSet<String>,
    /// For agreements and events: when.
    pub date: Option<DateSpan>,
    /// Mentions, in document order.
    pub provenance: Vec<Evidence>,
}

impl Node {
    /// How many distinct documents mention the node.
    pub fn document_count(&self) -> usize {
        self.provenance
            .iter()
            .map(|e| e.doc.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Whether a fact is asserted or only announced, planned or hypothetical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Future,
    Conditional,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Conditional => "conditional",
        }
    }
}

/// A fact: (source, relation, target) with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// A relation name of the ontology (`attacked`, `party_to`...).
    pub relation: String,
    pub modality: Modality,
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// How many distinct documents support the fact.
    pub fn weight(&self) -> usize {
        self.documents().len()
    }

    pub fn documents(&self) -> BTreeSet<&str> {
        self.evidence.iter().map(|e| e.doc.as_str()).collect()
    }

    /// The date of the fact: the first one its evidence gives.
    pub fn date(&self) -> Option<&str> {
        self.evidence.iter().find_map(|e| e.date.as_deref())
    }

    /// Who asserts the fact: the claimant of the first attributed evidence.
    /// `None` when at least one source states it in its own voice and none
    /// attributes it.
    pub fn attributed_to(&self) -> Option<&str> {
        self.evidence
            .iter()
            .find_map(|e| e.attributed_to.as_deref())
    }

    /// Every claimant, sorted.
    pub fn claimants(&self) -> BTreeSet<&str> {
        self.evidence
            .iter()
            .filter_map(|e| e.attributed_to.as_deref())
            .collect()
    }

    /// Combined confidence of independent pieces of evidence (noisy-or).
    pub fn confidence(&self) -> f64 {
        let miss: f64 = self
            .evidence
            .iter()
            .map(|e| 1.0 - e.confidence.clamp(0.0, 1.0))
            .product();
        ((1.0 - miss) * 1000.0).round() / 1000.0
    }
}

/// Metadata of a source article, for exports that describe the sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub lang: String,
}

/// An edge with its two end nodes, as exporters see it.
#[derive(Debug, Clone, Copy)]
pub struct EdgeRef<'g> {
    pub source: &'g Node,
    pub target: &'g Node,
    pub edge: &'g Edge,
}

/// The knowledge graph: a petgraph directed multigraph plus an id index.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<Node, Edge>,
    ids: BTreeMap<String, NodeIndex>,
    facts: BTreeMap<(NodeIndex, String, NodeIndex, Modality), EdgeIndex>,
    sources: BTreeMap<String, Source>,
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        Self::default()
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.ids.values().map(move |&ix| &self.graph[ix])
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.ids.get(id).map(|&ix| &self.graph[ix])
    }

    /// Edges in (source id, relation, target id, modality) order.
    pub fn edges(&self) -> Vec<EdgeRef<'_>> {
        let mut out: Vec<EdgeRef<'_>> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (s, t) = self.graph.edge_endpoints(e)?;
                Some(EdgeRef {
                    source: &self.graph[s],
                    target: &self.graph[t],
                    edge: &self.graph[e],
                })
            })
            .collect();
        out.sort_by(|a, b| {
            (
                a.source.id.as_str(),
                a.edge.relation.as_str(),
                a.target.id.as_str(),
                a.edge.modality,
            )
                .cmp(&(
                    b.source.id.as_str(),
                    b.edge.relation.as_str(),
                    b.target.id.as_str(),
                    b.edge.modality,
                ))
        });
        out
    }

    /// Source articles in id order.
    pub fn sources(&self) -> impl Iterator<Item = &Source> + '_ {
        self.sources.values()
    }

    pub fn add_source(&mut self, source: Source) {
        self.sources.insert(source.id.clone(), source);
    }

    /// Adds a node, or merges it into the node with the same id: aliases,
    /// labels and provenance are united; the first class, label and date win
    /// unless the existing node lacks them.
    pub fn upsert_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&ix) = self.ids.get(&node.id) {
            let existing = &mut self.graph[ix];
            existing.aliases.extend(node.aliases);
            for (lang, label) in node.labels {
                existing.labels.entry(lang).or_insert(label);
            }
            if existing.wikidata.is_none() {
                existing.wikidata = node.wikidata;
            }
            if existing.date.is_none() {
                existing.date = node.date;
            }
            for ev in node.provenance {
                if !existing.provenance.contains(&ev) {
                    existing.provenance.push(ev);
                }
            }
            existing.provenance.sort_by(|a, b| {
                (a.doc.as_str(), a.start, a.end).cmp(&(b.doc.as_str(), b.start, b.end))
            });
            ix
        } else {
            let id = node.id.clone();
            let ix = self.graph.add_node(node);
            self.ids.insert(id, ix);
            ix
        }
    }

    /// Adds a piece of evidence for (source, relation, target); the edge is
    /// created on first sight. Returns `None` when either node is unknown.
    pub fn add_fact(
        &mut self,
        source: &str,
        relation: &str,
        target: &str,
        modality: Modality,
        evidence: Evidence,
    ) -> Option<EdgeIndex> {
        let s = *self.ids.get(source)?;
        let t = *self.ids.get(target)?;
        let key = (s, relation.to_string(), t, modality);
        let e = match self.facts.get(&key) {
            Some(&e) => e,
            None => {
                let e = self.graph.add_edge(
                    s,
                    t,
                    Edge {
                        relation: relation.to_string(),
                        modality,
                        evidence: Vec::new(),
                    },
                );
                self.facts.insert(key, e);
                e
            }
        };
        let edge = &mut self.graph[e];
        if !edge.evidence.contains(&evidence) {
            edge.evidence.push(evidence);
            edge.evidence.sort_by(|a, b| {
                (a.doc.as_str(), a.start, a.end).cmp(&(b.doc.as_str(), b.start, b.end))
            });
        }
        Some(e)
    }
}
