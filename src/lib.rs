//! seeds turns news articles into a knowledge graph of who did what to whom,
//! with the evidence, and exports it for the tools analysts already use.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! ```text
//! corpus → extract (tokens, mentions, facts) → graph → export
//!                 ↑
//!             ontology (classes, relations, gazetteer, cues: data files)
//! ```
//!
//! ```
//! use seeds::{corpus::Document, ontology::Ontology, graph::build_graph};
//!
//! let ontology = Ontology::bundled().unwrap();
//! let doc = Document::from_text("a.txt", "L'Arménie a demandé l'aide de la Russie.").unwrap();
//! let graph = build_graph(&[doc], &ontology);
//! assert!(graph.node("armenia").is_some());
//! ```

pub mod corpus;
pub mod date;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ontology;
pub mod query;
