//! graphology's serialization format, which `Graph.from(data)` and
//! `graph.import(data)` read: the input of Gephi Lite and sigma.js.
//!
//! `{"options": {"type": "directed", "multi": true, "allowSelfLoops": true},
//! "attributes": {...}, "nodes": [{"key", "attributes"}], "edges": [{"key",
//! "source", "target", "attributes"}]}`. Nodes carry a colour (`#rrggbb`), a
//! size and `x`/`y` (Gephi Lite and sigma need a position; the layout is a
//! sector per core class, see [`style::positions`]). Unknown values are left
//! out rather than written as `null`.

use std::io::Write;

use serde_json::{json, Map, Value};

use super::graphml::relation_label;
use super::style;
use super::ExportError;
use crate::graph::KnowledgeGraph;
use crate::ontology::Schema;

/// The graph as a graphology serialized graph.
pub fn to_value(graph: &KnowledgeGraph, schema: &Schema) -> Value {
    let nodes: Vec<Value> = graph
        .nodes()
        .zip(style::positions(graph))
        .map(|(n, (x, y))| {
            let mut a = Map::new();
            a.insert("label".into(), json!(n.label));
            a.insert("type".into(), json!(n.core.as_str()));
            a.insert("class".into(), json!(n.class));
            if let Some(q) = &n.wikidata {
                a.insert("wikidata".into(), json!(q));
            }
            a.insert("iri".into(), json!(schema.resource_iri(&n.id)));
            a.insert("color".into(), json!(style::color(n.core).hex()));
            a.insert("size".into(), json!(style::node_size(n)));
            a.insert("x".into(), json!(x));
            a.insert("y".into(), json!(y));
            a.insert("aliases".into(), json!(style::aliases(n)));
            if let Some(d) = n.date {
                a.insert("date".into(), json!(d.to_string()));
            }
            a.insert("documents".into(), json!(n.document_count()));
            if let Some(s) = style::first_sentence(&n.provenance) {
                a.insert("evidence".into(), json!(s));
            }
            json!({ "key": n.id, "attributes": a })
        })
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut a = Map::new();
            a.insert(
                "label".into(),
                json!(relation_label(schema, &e.edge.relation)),
            );
            a.insert("relation".into(), json!(e.edge.relation));
            a.insert("weight".into(), json!(e.edge.weight()));
            a.insert("size".into(), json!(style::edge_thickness(e.edge)));
            a.insert("color".into(), json!(style::EDGE_COLOR.hex()));
            if let Some(d) = e.edge.date() {
                a.insert("date".into(), json!(d));
            }
            if let Some(c) = e.edge.attributed_to() {
                a.insert("attributed_to".into(), json!(c));
            }
            a.insert("confidence".into(), json!(e.edge.confidence()));
            a.insert("modality".into(), json!(e.edge.modality.as_str()));
            a.insert("provenance_count".into(), json!(e.edge.evidence.len()));
            if let Some(s) = style::first_sentence(&e.edge.evidence) {
                a.insert("evidence".into(), json!(s));
            }
            a.insert("documents".into(), json!(style::documents(e.edge)));
            json!({
                "key": format!("e{i}"),
                "source": e.source.id,
                "target": e.target.id,
                "attributes": a,
            })
        })
        .collect();
    json!({
        "options": { "type": "directed", "multi": true, "allowSelfLoops": true },
        "attributes": { "name": "seeds", "namespace": schema.namespace },
        "nodes": nodes,
        "edges": edges,
    })
}

/// Writes the graphology JSON, pretty-printed, with a final newline.
pub fn write(
    graph: &KnowledgeGraph,
    schema: &Schema,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, &to_value(graph, schema))
        .map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn nodes_have_colour_size_and_position() {
        let v = to_value(&fixture::graph(), &fixture::schema());
        assert_eq!(v["options"]["multi"], json!(true));
        let arm = &v["nodes"][0];
        assert_eq!(arm["key"], "armenia");
        assert_eq!(arm["attributes"]["color"], "#0072b2");
        assert!(arm["attributes"]["x"].is_number());
        assert!(arm["attributes"]["y"].is_number());
        assert!(arm["attributes"]["size"].as_f64().unwrap() > 10.0);
        // Unknown values are absent, not null.
        assert!(v["nodes"][2]["attributes"].get("wikidata").is_none());
    }

    #[test]
    fn edges_have_unique_keys() {
        let v = to_value(&fixture::graph(), &fixture::schema());
        let keys: Vec<&str> = v["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, ["e0", "e1", "e2", "e3"]);
        assert_eq!(v["edges"][0]["attributes"]["relation"], "attacked");
    }
}
