//! GEXF 1.3 for Gephi's timeline, valid against the GEXF 1.3 RelaxNG schema.
//!
//! The graph is `mode="dynamic"` with `timeformat="date"`: agreements and
//! events with a date, and edges whose evidence gives one, carry `start` and
//! `end`, widened to whole days (`2023-09` runs from `2023-09-01` to
//! `2023-09-30`), so Gephi's timeline can filter them; undated elements have
//! neither and are always visible. Colour, size and a starting position are
//! in the `viz` namespace; everything else is a declared attribute.
//!
//! Gephi reads an edge's type from `kind`: it is the relation name, so
//! different relations between the same two nodes stay distinct.

use std::io::Write;

use super::escape::Xml;
use super::graphml::relation_label;
use super::style;
use super::ExportError;
use crate::graph::KnowledgeGraph;
use crate::ontology::Schema;

/// Node attributes: (id, title, type), in declaration order.
const NODE_ATTRS: &[(&str, &str, &str)] = &[
    ("type", "type", "string"),
    ("class", "class", "string"),
    ("wikidata", "wikidata", "string"),
    ("iri", "iri", "string"),
    ("aliases", "aliases", "string"),
    ("date", "date", "string"),
    ("documents", "documents", "integer"),
    ("evidence", "evidence", "string"),
];

const EDGE_ATTRS: &[(&str, &str, &str)] = &[
    ("relation", "relation", "string"),
    ("date", "date", "string"),
    ("attributed_to", "attributed_to", "string"),
    ("confidence", "confidence", "double"),
    ("modality", "modality", "string"),
    ("provenance_count", "provenance_count", "integer"),
    ("evidence", "evidence", "string"),
    ("documents", "documents", "string"),
];

/// Writes `graph` as GEXF 1.3.
pub fn write(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(
        out,
        "    <creator>seeds {}</creator>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        out,
        "    <description>Knowledge graph extracted from news articles, with evidence</description>"
    )?;
    writeln!(out, "  </meta>")?;
    writeln!(
        out,
        r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#
    )?;
    attributes(out, "node", NODE_ATTRS)?;
    attributes(out, "edge", EDGE_ATTRS)?;

    writeln!(out, r#"    <nodes count="{}">"#, graph.node_count())?;
    for (n, (x, y)) in graph.nodes().zip(style::positions(graph)) {
        write!(
            out,
            r#"      <node id="{}" label="{}""#,
            Xml(&n.id),
            Xml(&n.label)
        )?;
        if let Some(span) = n.date {
            let (start, end) = style::day_bounds(span);
            write!(out, r#" start="{start}" end="{end}""#)?;
        }
        writeln!(out, ">")?;
        writeln!(out, "        <attvalues>")?;
        attvalue(out, "type", n.core.as_str())?;
        attvalue(out, "class", &n.class)?;
        if let Some(q) = &n.wikidata {
            attvalue(out, "wikidata", q)?;
        }
        attvalue(out, "iri", &schema.resource_iri(&n.id))?;
        attvalue(out, "aliases", &style::aliases(n))?;
        if let Some(d) = n.date {
            attvalue(out, "date", &d.to_string())?;
        }
        attvalue(out, "documents", &n.document_count().to_string())?;
        if let Some(s) = style::first_sentence(&n.provenance) {
            attvalue(out, "evidence", s)?;
        }
        writeln!(out, "        </attvalues>")?;
        let c = style::color(n.core);
        writeln!(
            out,
            r#"        <viz:color r="{}" g="{}" b="{}"/>"#,
            c.r, c.g, c.b
        )?;
        writeln!(
            out,
            r#"        <viz:size value="{}"/>"#,
            style::node_size(n)
        )?;
        writeln!(out, r#"        <viz:position x="{x}" y="{y}" z="0"/>"#)?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;

    let edges = graph.edges();
    writeln!(out, r#"    <edges count="{}">"#, edges.len())?;
    for (i, e) in edges.iter().enumerate() {
        let rel = &e.edge.relation;
        write!(
            out,
            r#"      <edge id="e{i}" source="{}" target="{}" label="{}" kind="{}" weight="{}""#,
            Xml(&e.source.id),
            Xml(&e.target.id),
            Xml(&relation_label(schema, rel)),
            Xml(rel),
            e.edge.weight() as f64
        )?;
        if let Some(span) = style::edge_span(e.edge) {
            let (start, end) = style::day_bounds(span);
            write!(out, r#" start="{start}" end="{end}""#)?;
        }
        writeln!(out, ">")?;
        writeln!(out, "        <attvalues>")?;
        attvalue(out, "relation", rel)?;
        if let Some(d) = e.edge.date() {
            attvalue(out, "date", d)?;
        }
        if let Some(a) = e.edge.attributed_to() {
            attvalue(out, "attributed_to", a)?;
        }
        attvalue(out, "confidence", &e.edge.confidence().to_string())?;
        attvalue(out, "modality", e.edge.modality.as_str())?;
        attvalue(out, "provenance_count", &e.edge.evidence.len().to_string())?;
        if let Some(s) = style::first_sentence(&e.edge.evidence) {
            attvalue(out, "evidence", s)?;
        }
        attvalue(out, "documents", &style::documents(e.edge))?;
        writeln!(out, "        </attvalues>")?;
        let c = style::EDGE_COLOR;
        writeln!(
            out,
            r#"        <viz:color r="{}" g="{}" b="{}"/>"#,
            c.r, c.g, c.b
        )?;
        writeln!(
            out,
            r#"        <viz:thickness value="{}"/>"#,
            style::edge_thickness(e.edge)
        )?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")?;
    Ok(())
}

fn attributes(
    out: &mut dyn Write,
    class: &str,
    attrs: &[(&str, &str, &str)],
) -> Result<(), ExportError> {
    writeln!(out, r#"    <attributes class="{class}" mode="static">"#)?;
    for (id, title, ty) in attrs {
        writeln!(
            out,
            r#"      <attribute id="{id}" title="{title}" type="{ty}"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    Ok(())
}

fn attvalue(out: &mut dyn Write, id: &str, value: &str) -> Result<(), ExportError> {
    writeln!(
        out,
        r#"          <attvalue for="{id}" value="{}"/>"#,
        Xml(value)
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    fn export() -> String {
        let mut out = Vec::new();
        write(&fixture::graph(), &fixture::schema(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn dated_agreements_and_edges_span_whole_days() {
        let text = export();
        assert!(text.contains(
            r#"<node id="ceasefire_2020" label="Ceasefire &lt;2020&gt;" start="2020-11-01" end="2020-11-30">"#
        ));
        assert!(text.contains(r#"kind="attacked" weight="1" start="2023-09-01" end="2023-09-30">"#));
        // Undated elements get no interval.
        assert!(text.contains(r#"<node id="armenia" label="Armenia">"#));
    }

    #[test]
    fn one_attribute_block_per_class() {
        let text = export();
        assert_eq!(text.matches(r#"<attributes class="node""#).count(), 1);
        assert_eq!(text.matches(r#"<attributes class="edge""#).count(), 1);
        assert!(text.contains(r#"mode="dynamic" timeformat="date""#));
    }
}
