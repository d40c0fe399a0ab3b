//! Two RFC 4180 tables, nodes and edges, in the column names Gephi's
//! spreadsheet import recognises (`Id`, `Label`, `Source`, `Target`, `Type`,
//! `Weight`) and that Neo4j `LOAD CSV WITH HEADERS` reads by name.
//!
//! Records end in CRLF as RFC 4180 says; fields are quoted only when they
//! must be ([`Csv`](super::escape::Csv)). Multi-valued fields (an edge's
//! documents) are ` | `-separated. `Type` is always `Directed` (Gephi's edge
//! direction); the relation name is in `Relation`, its English label in
//! `Label`. A node's `Documents` is the number of documents naming it, an
//! edge's the ids of the documents supporting it (its `Weight` is their
//! count).
//!
//! Since the format is two files, it is written by [`super::write_to_path`]:
//! `graph.csv` gives `graph.nodes.csv` and `graph.edges.csv`.

use std::io::Write;

use super::escape::Csv;
use super::graphml::relation_label;
use super::style;
use super::ExportError;
use crate::graph::KnowledgeGraph;
use crate::ontology::Schema;

pub const NODE_HEADER: &[&str] = &[
    "Id",
    "Label",
    "Type",
    "Class",
    "Wikidata",
    "IRI",
    "Date",
    "Documents",
];

pub const EDGE_HEADER: &[&str] = &[
    "Source",
    "Target",
    "Type",
    "Label",
    "Relation",
    "Weight",
    "Date",
    "AttributedTo",
    "Confidence",
    "Documents",
];

fn record(out: &mut dyn Write, fields: &[&str]) -> Result<(), ExportError> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write!(out, "{}", Csv(f))?;
    }
    out.write_all(b"\r\n")?;
    Ok(())
}

/// Writes the node table.
pub fn write_nodes(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    record(out, NODE_HEADER)?;
    for n in graph.nodes() {
        let date = n.date.map(|d| d.to_string()).unwrap_or_default();
        record(
            out,
            &[
                &n.id,
                &n.label,
                n.core.as_str(),
                &n.class,
                n.wikidata.as_deref().unwrap_or(""),
                &schema.resource_iri(&n.id),
                &date,
                &n.document_count().to_string(),
            ],
        )?;
    }
    Ok(())
}

/// Writes the edge table.
pub fn write_edges(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    record(out, EDGE_HEADER)?;
    for e in graph.edges() {
        record(
            out,
            &[
                &e.source.id,
                &e.target.id,
                "Directed",
                &relation_label(schema, &e.edge.relation),
                &e.edge.relation,
                &e.edge.weight().to_string(),
                e.edge.date().unwrap_or(""),
                e.edge.attributed_to().unwrap_or(""),
                &e.edge.confidence().to_string(),
                &style::documents(e.edge),
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn tables_have_gephi_headers_and_crlf_records() {
        let (g, s) = (fixture::graph(), fixture::schema());
        let mut nodes = Vec::new();
        write_nodes(&g, &s, &mut nodes).unwrap();
        let nodes = String::from_utf8(nodes).unwrap();
        assert!(nodes.starts_with("Id,Label,Type,Class,Wikidata,IRI,Date,Documents\r\n"));
        assert!(nodes.contains(
            "ceasefire_2020,Ceasefire <2020>,Agreement,Ceasefire,,https://w3id.org/seeds/id/ceasefire_2020,2020-11,1\r\n"
        ));
        let mut edges = Vec::new();
        write_edges(&g, &s, &mut edges).unwrap();
        let edges = String::from_utf8(edges).unwrap();
        assert!(edges.contains(
            "armenia,azerbaijan,Directed,attacked,attacked,1,2023-09,azerbaijan,0.8,b.txt\r\n"
        ));
        assert_eq!(edges.lines().count(), 5);
    }
}
