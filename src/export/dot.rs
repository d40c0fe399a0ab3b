//! Graphviz DOT: a `digraph` with one filled node per entity, coloured by
//! core class, and one labelled edge per fact; future and conditional facts
//! are dashed. Every ID and label is quoted and goes through
//! [`Dot`](super::escape::Dot).

use std::io::Write;

use super::escape::Dot;
use super::graphml::relation_label;
use super::style;
use super::ExportError;
use crate::graph::{KnowledgeGraph, Modality};
use crate::ontology::Schema;

/// Writes `graph` as DOT.
pub fn write(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    writeln!(out, "digraph seeds {{")?;
    writeln!(out, "  graph [overlap=false, splines=true];")?;
    writeln!(
        out,
        r#"  node [shape=ellipse, style=filled, fontname="Helvetica"];"#
    )?;
    writeln!(
        out,
        r##"  edge [fontname="Helvetica", fontsize=10, color="{}"];"##,
        style::EDGE_COLOR.hex()
    )?;
    for n in graph.nodes() {
        let tooltip = format!("{} ({})", n.class, schema.resource_iri(&n.id));
        writeln!(
            out,
            r#"  "{}" [label="{}", fillcolor="{}", tooltip="{}"];"#,
            Dot(&n.id),
            Dot(&n.label),
            style::color(n.core).hex(),
            Dot(&tooltip)
        )?;
    }
    for e in graph.edges() {
        let style = match e.edge.modality {
            Modality::Asserted => "solid",
            Modality::Future | Modality::Conditional => "dashed",
        };
        let tooltip = style::first_sentence(&e.edge.evidence).unwrap_or("");
        writeln!(
            out,
            r#"  "{}" -> "{}" [label="{}", penwidth={}, style={style}, tooltip="{}"];"#,
            Dot(&e.source.id),
            Dot(&e.target.id),
            Dot(&relation_label(schema, &e.edge.relation)),
            style::edge_thickness(e.edge),
            Dot(tooltip)
        )?;
    }
    writeln!(out, "}}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn writes_a_coloured_digraph() {
        let mut out = Vec::new();
        write(&fixture::graph(), &fixture::schema(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("digraph seeds {\n"));
        assert!(text.contains(
            r##""armenia" [label="Armenia", fillcolor="#0072b2", tooltip="State (https://w3id.org/seeds/id/armenia)"];"##
        ));
        assert!(text
            .contains(r#""armenia" -> "azerbaijan" [label="met with", penwidth=1, style=dashed"#));
        assert!(text.ends_with("}\n"));
    }
}
