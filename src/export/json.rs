//! Node-link JSON: `{"directed", "multigraph", "graph", "nodes", "edges"}`,
//! the shape `networkx.node_link_graph(data)` reads with its defaults
//! (networkx ≥ 3.6). Each edge has a `key` (its relation), so relations
//! between the same two nodes stay distinct in a multigraph.

use std::io::Write;

use serde_json::{json, Map, Value};

use super::ExportError;
use crate::graph::{Evidence, KnowledgeGraph};

fn evidence_json(e: &Evidence) -> Value {
    let mut m = Map::new();
    m.insert("doc".into(), json!(e.doc));
    m.insert("start".into(), json!(e.start));
    m.insert("end".into(), json!(e.end));
    m.insert("sentence".into(), json!(e.sentence));
    m.insert("rule".into(), json!(e.rule));
    if let Some(a) = &e.attributed_to {
        m.insert("attributed_to".into(), json!(a));
    }
    if let Some(d) = &e.date {
        m.insert("date".into(), json!(d));
    }
    m.insert("confidence".into(), json!(e.confidence));
    Value::Object(m)
}

/// The graph as a node-link JSON value.
pub fn to_value(graph: &KnowledgeGraph) -> Value {
    let nodes: Vec<Value> = graph
        .nodes()
        .map(|n| {
            json!({
                "id": n.id,
                "label": n.label,
                "type": n.core.as_str(),
                "class": n.class,
                "wikidata": n.wikidata,
                "labels": n.labels,
                "aliases": n.aliases,
                "date": n.date.map(|d| d.to_string()),
                "documents": n.document_count(),
                "provenance": n.provenance.iter().map(evidence_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .iter()
        .map(|e| {
            let key = if e.edge.modality == crate::graph::Modality::Asserted {
                e.edge.relation.clone()
            } else {
                format!("{}:{}", e.edge.relation, e.edge.modality.as_str())
            };
            json!({
                "source": e.source.id,
                "target": e.target.id,
                "key": key,
                "relation": e.edge.relation,
                "modality": e.edge.modality.as_str(),
                "date": e.edge.date(),
                "attributed_to": e.edge.attributed_to(),
                "claimants": e.edge.claimants(),
                "confidence": e.edge.confidence(),
                "weight": e.edge.weight(),
                "provenance": e.edge.evidence.iter().map(evidence_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let sources: Vec<Value> = graph.sources().map(|s| json!(s)).collect();
    json!({
        "directed": true,
        "multigraph": true,
        "graph": { "name": "seeds", "sources": sources },
        "nodes": nodes,
        "edges": edges,
    })
}

/// Writes the node-link JSON, pretty-printed, with a final newline.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, &to_value(graph)).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}
