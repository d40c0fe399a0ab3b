//! The export stage: a [`KnowledgeGraph`] in, a file in one of the formats
//! analysts' tools read out.
//!
//! Each format lives in its own module and writes through a `Write`; nothing
//! reaches the output without the escaping helper of its syntax
//! ([`escape`]). Output is deterministic: nodes and edges in id order.

pub mod csv;
pub mod dot;
pub mod escape;
pub mod gexf;
pub mod graphml;
pub mod graphology;
pub mod json;
pub mod rdf;
pub mod style;

#[cfg(test)]
mod fixture;

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
            Format::Dot => "Graphviz DOT: coloured by class, dashed for future facts",
            Format::Csv => {
                "two CSV files, X.nodes.csv and X.edges.csv, for Gephi's spreadsheet import and Neo4j LOAD CSV (not to stdout)"
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

impl Format {
    /// True for formats written as more than one file (CSV: nodes and
    /// edges), which only [`write_to_path`] can write.
    pub fn is_multi_file(self) -> bool {
        self == Format::Csv
    }
}

/// Writes `graph` in `format` to `out`.
///
/// CSV is two files and cannot go to one stream: it returns
/// [`ExportError::Format`]; use [`write_to_path`].
pub fn write(
    format: Format,
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let schema = &ontology.schema;
    match format {
        Format::Json => json::write(graph, out),
        Format::GraphMl => graphml::write(graph, schema, out),
        Format::Gexf => gexf::write(graph, schema, out),
        Format::Graphology => graphology::write(graph, schema, out),
        Format::Dot => dot::write(graph, schema, out),
        Format::Csv => Err(ExportError::Format(
            "CSV is two files (nodes and edges) and cannot be written to one stream; give an output path such as exports/graph.csv".into(),
        )),
        Format::NTriples
        | Format::Turtle
        | Format::NQuads
        | Format::TriG
        | Format::RdfXml
        | Format::JsonLd => rdf::write(format, graph, ontology, out),
    }
}

/// The two files of a CSV export: `dir/name.csv` (or `dir/name`) gives
/// `dir/name.nodes.csv` and `dir/name.edges.csv`.
pub fn csv_paths(path: &Path) -> (PathBuf, PathBuf) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "graph".into());
    let stem = match name.len().checked_sub(4) {
        Some(i) if name.is_char_boundary(i) && name[i..].eq_ignore_ascii_case(".csv") => &name[..i],
        _ => name.as_str(),
    };
    (
        path.with_file_name(format!("{stem}.nodes.csv")),
        path.with_file_name(format!("{stem}.edges.csv")),
    )
}

/// Writes `graph` in `format` to a file, atomically, and returns the files
/// written: one for every format but CSV, whose nodes and edges tables
/// ([`csv_paths`]) are both written to temporary files first and renamed
/// into place only when both succeeded.
pub fn write_to_path(
    format: Format,
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    if format == Format::Csv {
        let (nodes_path, edges_path) = csv_paths(path);
        let nodes = Staged::fill(&nodes_path, |w| {
            csv::write_nodes(graph, &ontology.schema, w)
        })?;
        let edges = Staged::fill(&edges_path, |w| {
            csv::write_edges(graph, &ontology.schema, w)
        })?;
        nodes.commit()?;
        edges.commit()?;
        return Ok(vec![nodes_path, edges_path]);
    }
    write_atomically(path, |w| write(format, graph, ontology, w))?;
    Ok(vec![path.to_path_buf()])
}

/// Writes a file atomically: into a temporary file beside it, then renamed
/// over the target, so a failed export never leaves a half-written file and
/// never destroys the previous one.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    Staged::fill(path, fill)?.commit()
}

/// A file written in full to a temporary file beside its target, waiting to
/// be renamed over it. Dropped without [`Staged::commit`], it is removed.
struct Staged {
    tmp: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Staged {
    fn fill(
        path: &Path,
        fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
    ) -> Result<Staged, ExportError> {
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
        let staged = Staged {
            tmp: dir.join(format!(".{file_name}.{}.tmp", std::process::id())),
            path: path.to_path_buf(),
            committed: false,
        };
        let file = std::fs::File::create(&staged.tmp).map_err(|source| ExportError::File {
            path: staged.tmp.clone(),
            source,
        })?;
        let mut w = io::BufWriter::new(file);
        fill(&mut w)?;
        w.flush()?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(staged)
    }

    fn commit(mut self) -> Result<(), ExportError> {
        std::fs::rename(&self.tmp, &self.path).map_err(|source| ExportError::File {
            path: self.path.clone(),
            source,
        })?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes the ontology's classes and relations as RDFS/OWL Turtle.
pub fn ontology_turtle(ontology: &Ontology, out: &mut dyn Write) -> Result<(), ExportError> {
    rdf::write_ontology_turtle(&ontology.schema, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_output_names_two_files_beside_it() {
        let (n, e) = csv_paths(Path::new("exports/graph.csv"));
        assert_eq!(n, Path::new("exports/graph.nodes.csv"));
        assert_eq!(e, Path::new("exports/graph.edges.csv"));
        let (n, _) = csv_paths(Path::new("out/kg"));
        assert_eq!(n, Path::new("out/kg.nodes.csv"));
    }

    #[test]
    fn a_failed_export_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.graphml");
        let err = write_atomically(&path, |_| Err(ExportError::Format("boom".into())));
        assert!(err.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
