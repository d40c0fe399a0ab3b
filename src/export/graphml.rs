//! GraphML for Gephi, networkx and igraph.
//!
//! Every `<key>` is declared for `node` or `edge` (never `all`, which igraph
//! and Gephi read differently) with a typed `attr.name`; nodes carry their
//! label, core class (`type`), ontology class, Wikidata id, IRI, colour
//! (`r`, `g`, `b`, which Gephi reads as the node colour) and size; edges
//! carry the relation, weight (distinct documents), date, claimant,
//! confidence and the first evidence sentence.
//!
//! Gephi merges parallel edges that share source, target and edge *type*,
//! and takes the type from the `label` XML attribute of `<edge>`: each edge
//! therefore has `label="<relation name>"` as an attribute too, so that
//! "attacked" and "met with" between the same two states stay two edges.
//! Optional values (`wikidata`, `date`, `attributed_to`, `evidence`) are left
//! out when unknown. Keys declare no `<default>`: networkx reads an empty
//! default as the string `"None"`; igraph gives absent strings as `""`.

use std::io::Write;

use super::escape::Xml;
use super::style;
use super::ExportError;
use crate::graph::KnowledgeGraph;
use crate::ontology::Schema;

/// A declared attribute: key id, domain, `attr.name`, `attr.type`.
struct Key {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    ty: &'static str,
}

const fn key(id: &'static str, domain: &'static str, name: &'static str, ty: &'static str) -> Key {
    Key {
        id,
        domain,
        name,
        ty,
    }
}

const KEYS: &[Key] = &[
    key("n_label", "node", "label", "string"),
    key("n_type", "node", "type", "string"),
    key("n_class", "node", "class", "string"),
    key("n_wikidata", "node", "wikidata", "string"),
    key("n_iri", "node", "iri", "string"),
    key("n_r", "node", "r", "int"),
    key("n_g", "node", "g", "int"),
    key("n_b", "node", "b", "int"),
    key("n_size", "node", "size", "double"),
    key("n_aliases", "node", "aliases", "string"),
    key("n_date", "node", "date", "string"),
    key("n_documents", "node", "documents", "int"),
    key("n_evidence", "node", "evidence", "string"),
    key("e_label", "edge", "label", "string"),
    key("e_relation", "edge", "relation", "string"),
    key("e_weight", "edge", "weight", "double"),
    key("e_date", "edge", "date", "string"),
    key("e_attributed_to", "edge", "attributed_to", "string"),
    key("e_confidence", "edge", "confidence", "double"),
    key("e_modality", "edge", "modality", "string"),
    key("e_provenance_count", "edge", "provenance_count", "int"),
    key("e_evidence", "edge", "evidence", "string"),
    key("e_documents", "edge", "documents", "string"),
];

/// Writes `graph` as GraphML.
pub fn write(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for k in KEYS {
        writeln!(
            out,
            r#"  <key id="{}" for="{}" attr.name="{}" attr.type="{}"/>"#,
            k.id, k.domain, k.name, k.ty
        )?;
    }
    writeln!(out, r#"  <graph id="seeds" edgedefault="directed">"#)?;
    for n in graph.nodes() {
        let c = style::color(n.core);
        writeln!(out, r#"    <node id="{}">"#, Xml(&n.id))?;
        data(out, "n_label", &n.label)?;
        data(out, "n_type", n.core.as_str())?;
        data(out, "n_class", &n.class)?;
        if let Some(q) = &n.wikidata {
            data(out, "n_wikidata", q)?;
        }
        data(out, "n_iri", &schema.resource_iri(&n.id))?;
        data(out, "n_r", &c.r.to_string())?;
        data(out, "n_g", &c.g.to_string())?;
        data(out, "n_b", &c.b.to_string())?;
        data(out, "n_size", &style::node_size(n).to_string())?;
        data(out, "n_aliases", &style::aliases(n))?;
        if let Some(d) = n.date {
            data(out, "n_date", &d.to_string())?;
        }
        data(out, "n_documents", &n.document_count().to_string())?;
        if let Some(s) = style::first_sentence(&n.provenance) {
            data(out, "n_evidence", s)?;
        }
        writeln!(out, "    </node>")?;
    }
    for (i, e) in graph.edges().iter().enumerate() {
        let rel = &e.edge.relation;
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}" label="{}">"#,
            Xml(&e.source.id),
            Xml(&e.target.id),
            Xml(rel)
        )?;
        data(out, "e_label", &relation_label(schema, rel))?;
        data(out, "e_relation", rel)?;
        data(out, "e_weight", &(e.edge.weight() as f64).to_string())?;
        if let Some(d) = e.edge.date() {
            data(out, "e_date", d)?;
        }
        if let Some(a) = e.edge.attributed_to() {
            data(out, "e_attributed_to", a)?;
        }
        data(out, "e_confidence", &e.edge.confidence().to_string())?;
        data(out, "e_modality", e.edge.modality.as_str())?;
        data(
            out,
            "e_provenance_count",
            &e.edge.evidence.len().to_string(),
        )?;
        if let Some(s) = style::first_sentence(&e.edge.evidence) {
            data(out, "e_evidence", s)?;
        }
        data(out, "e_documents", &style::documents(e.edge))?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

fn data(out: &mut dyn Write, key: &str, value: &str) -> Result<(), ExportError> {
    writeln!(out, r#"      <data key="{key}">{}</data>"#, Xml(value))?;
    Ok(())
}

/// The English label of a relation (`party to`), or its name when the
/// ontology gives none.
pub(crate) fn relation_label(schema: &Schema, relation: &str) -> String {
    schema
        .relation(relation)
        .and_then(|r| r.label.get("en"))
        .cloned()
        .unwrap_or_else(|| relation.to_string())
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
    fn keys_are_typed_and_never_for_all() {
        let text = export();
        assert!(!text.contains(r#"for="all""#));
        for line in text.lines().filter(|l| l.contains("<key ")) {
            let ty = line.split("attr.type=\"").nth(1).unwrap();
            let ty = &ty[..ty.find('"').unwrap()];
            assert!(
                ["boolean", "int", "long", "float", "double", "string"].contains(&ty),
                "{line}"
            );
            let name = line.split("attr.name=\"").nth(1).unwrap();
            assert!(!name[..name.find('"').unwrap()].contains(' '), "{line}");
        }
    }

    #[test]
    fn parallel_relations_keep_distinct_edge_labels() {
        let text = export();
        assert!(text
            .contains(r#"<edge id="e0" source="armenia" target="azerbaijan" label="attacked">"#));
        assert!(text
            .contains(r#"<edge id="e1" source="armenia" target="azerbaijan" label="met_with">"#));
        assert!(text.contains(r#"<data key="e_modality">future</data>"#));
        assert!(text.contains(r#"<data key="e_attributed_to">azerbaijan</data>"#));
    }

    #[test]
    fn node_data_is_escaped_and_coloured() {
        let text = export();
        assert!(text.contains(r#"<data key="n_label">Ceasefire &lt;2020&gt;</data>"#));
        assert!(text.contains(r#"<data key="n_iri">https://w3id.org/seeds/id/armenia</data>"#));
        assert!(text.contains(r#"<data key="n_r">0</data>"#));
        assert!(text.contains(r#"<data key="n_evidence">First sentence.</data>"#));
    }

    #[test]
    fn same_graph_same_bytes() {
        assert_eq!(export(), export());
    }
}
