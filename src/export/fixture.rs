//! A small hand-built graph and the bundled schema, for
//! the exporters' unit tests.

use std::collections::{BTreeMap, BTreeSet};

use crate::graph::{CoreClass, Evidence, KnowledgeGraph, Modality, Node};
use crate::ontology::{Schema, SourceFile};

pub fn schema() -> Schema {
    Schema::parse(&SourceFile {
        name: "ontology/schema.toml".into(),
        text: include_str!("../../ontology/schema.toml").into(),
    })
    .expect("the test schema loads")
}

pub fn evidence(doc: &str, start: usize, sentence: &str) -> Evidence {
    Evidence {
        doc: doc.into(),
        start,
        end: start + 5,
        sentence: sentence.into(),
        rule: "test".into(),
        attributed_to: None,
        date: None,
        confidence: 0.8,
    }
}

pub fn node(id: &str, label: &str, class: &str, core: CoreClass) -> Node {
    Node {
        id: id.into(),
        label: label.into(),
        labels: BTreeMap::from([("en".to_string(), label.to_string())]),
        class: class.into(),
        core,
        wikidata: None,
        aliases: BTreeSet::from([label.to_string()]),
        date: None,
        provenance: vec![evidence("a.txt", 0, "First sentence.")],
    }
}

/// Armenia and Azerbaijan, a ceasefire of November 2020 both are party to,
/// and an attack attributed to Armenia, with a second relation between the
/// same two states.
pub fn graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut arm = node("armenia", "Armenia", "State", CoreClass::State);
    arm.wikidata = Some("Q399".into());
    arm.aliases.insert("Republic of Armenia".into());
    arm.provenance
        .push(evidence("b.txt", 10, "Armenia & \"friends\"."));
    g.upsert_node(arm);
    let mut aze = node("azerbaijan", "Azerbaijan", "State", CoreClass::State);
    aze.wikidata = Some("Q227".into());
    g.upsert_node(aze);
    let mut cf = node(
        "ceasefire_2020",
        "Ceasefire <2020>",
        "Ceasefire",
        CoreClass::Agreement,
    );
    cf.date = Some("2020-11".parse().unwrap());
    g.upsert_node(cf);
    for s in ["armenia", "azerbaijan"] {
        g.add_fact(
            s,
            "party_to",
            "ceasefire_2020",
            Modality::Asserted,
            evidence("a.txt", 20, "Both signed."),
        );
    }
    let mut claim = evidence("b.txt", 30, "Baku says Yerevan attacked.");
    claim.attributed_to = Some("azerbaijan".into());
    claim.date = Some("2023-09".into());
    g.add_fact(
        "armenia",
        "attacked",
        "azerbaijan",
        Modality::Asserted,
        claim,
    );
    g.add_fact(
        "armenia",
        "met_with",
        "azerbaijan",
        Modality::Future,
        evidence("a.txt", 40, "They will meet."),
    );
    g
}
