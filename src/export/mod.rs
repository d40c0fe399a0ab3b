//! The export stage: a [`KnowledgeGraph`] in, a file in one of the formats
//! analysts' tools read out.
//!
//! Each format lives in its own module and writes through a `Write`; nothing
//! reaches the output without the escaping helper of its syntax
//! ([`escape`]). Output is deterministic: nodes and edges in id order.

pub mod escape;
pub mod json;
pub mod rdf;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::graph::KnowledgeGraph;
use crate::ontology::Ontology;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    GraphMl,
    Gexf,
    Json,
    Graphology,
    NTriples,
    Turtle,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
    Dot,
    Csv,
}

impl Format {
    pub const ALL: [Format; 12] = [
        Format::GraphMl,
        Format::Gexf,
        Format::Json,
        Format::Graphology,
        Format::NTriples,
        Format::Turtle,
        Format::NQuads,
        Format::TriG,
        Format::RdfXml,
        Format::JsonLd,
        Format::Dot,
        Format::Csv,
    ];

    /// The `--format` name.
    pub fn name(self) -> &'static str {
        match self {
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
            Format::Json => "json",
            Format::Graphology => "graphology",
            Format::NTriples => "ntriples",
            Format::Turtle => "turtle",
            Format::NQuads => "nquads",
            Format::TriG => "trig",
            Format::RdfXml => "rdfxml",
            Format::JsonLd => "jsonld",
            Format::Dot => "dot",
            Format::Csv => "csv",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The file extension of the default output (`exports/graph.<ext>`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
            Format::Json => "json",
            Format::Graphology => "graphology.json",
            Format::NTriples => "nt",
            Format::Turtle => "ttl",
            Format::NQuads => "nq",
            Format::TriG => "trig",
            Format::RdfXml => "rdf",
            Format::JsonLd => "jsonld",
            Format::Dot => "dot",
            Format::Csv => "csv",
        }
    }

    /// Infers the format from an output path's extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".graphology.json") {
            return Some(Format::Graphology);
        }
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "graphml" => Format::GraphMl,
            "gexf" => Format::Gexf,
            "json" => Format::Json,
            "nt" => Format::NTriples,
            "ttl" => Format::Turtle,
            "nq" => Format::NQuads,
            "trig" => Format::TriG,
            "rdf" | "owl" => Format::RdfXml,
            "jsonld" => Format::JsonLd,
            "dot" | "gv" => Format::Dot,
            "csv" => Format::Csv,
            _ => return None,
        })
    }

    /// The IANA media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::GraphMl => "application/graphml+xml",
            Format::Gexf => "application/gexf+xml",
            Format::Json | Format::Graphology => "application/json",
            Format::NTriples => "application/n-triples",
            Format::Turtle => "text/turtle",
            Format::NQuads => "application/n-quads",
            Format::TriG => "application/trig",
            Format::RdfXml => "application/rdf+xml",
            Format::JsonLd => "application/ld+json",
            Format::Dot => "text/vnd.graphviz",
            Format::Csv => "text/csv",
        }
    }

    /// One line for `--help`.
    pub fn description(self) -> &'static str {
        match self {
            Format::GraphMl => {
                "GraphML for Gephi, networkx, igraph: typed keys, labels, classes, colours, weights"
            }
            Format::Gexf => "GEXF 1.3 for Gephi's timeline: dynamic, with viz colours and sizes",
            Format::Json => {
                "node-link JSON (nodes, edges) for scripts; networkx.node_link_graph loads it"
            }
            Format::Graphology => "graphology JSON for Gephi Lite and sigma.js (Graph.from)",
            Format::NTriples => "RDF N-Triples: one triple a line",
            Format::Turtle => "RDF Turtle with prefixes, for SPARQL tools",
            Format::NQuads => "RDF N-Quads: one named graph per source article",
            Format::TriG => "RDF TriG: one named graph per source article",
            Format::RdfXml => "RDF/XML",
            Format::JsonLd => "JSON-LD",
            Format::Dot => "Graphviz DOT",
            Format::Csv => {
                "two CSV files, nodes and edges, for Gephi's spreadsheet import and Neo4j LOAD CSV"
            }
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An export failure.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("{path}: {source}")]
    File {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{0}")]
    Format(String),
}

/// Writes `graph` in `format` to `out`.
pub fn write(
    format: Format,
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        Format::Json => json::write(graph, out),
        Format::NTriples
        | Format::Turtle
        | Format::NQuads
        | Format::TriG
        | Format::RdfXml
        | Format::JsonLd => rdf::write(format, graph, ontology, out),
        other => Err(ExportError::Format(format!(
            "the {other} exporter is not available in this build"
        ))),
    }?;
    let _ = ontology;
    Ok(())
}

/// Writes a file atomically: into a temporary file beside it, then renamed
/// over the target, so a failed export never leaves a half-written file and
/// never destroys the previous one.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|source| ExportError::File {
        path: dir.clone(),
        source,
    })?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create(&tmp).map_err(|source| ExportError::File {
            path: tmp.clone(),
            source,
        })?;
        let mut w = io::BufWriter::new(file);
        fill(&mut w)?;
        w.flush()?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path).map_err(|source| ExportError::File {
            path: path.to_path_buf(),
            source,
        })
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes the ontology's classes and relations as RDFS/OWL Turtle.
pub fn ontology_turtle(ontology: &Ontology, out: &mut dyn Write) -> Result<(), ExportError> {
    rdf::write_ontology_turtle(&ontology.schema, out)
}
