//! A small knowledge graph built by hand, so that the RDF and SPARQL tests
//! check the exporters and the query engine, not the extractor.
//!
//! Five made-up articles (`a.txt` ... `e.txt`): CSTO membership, the
//! declaration of 10 November 2020, events in Karabakh, and claims of the
//! Azerbaijani Ministry of Defence. One conditional and one future fact
//! check that only asserted facts get a direct triple.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use seeds::date::DateSpan;
use seeds::graph::{CoreClass, Evidence, KnowledgeGraph, Modality, Node, Source};

pub fn node(id: &str, class: &str, core: CoreClass, en: &str, fr: &str) -> Node {
    let mut labels = BTreeMap::new();
    labels.insert("en".to_string(), en.to_string());
    labels.insert("fr".to_string(), fr.to_string());
    Node {
        id: id.into(),
        label: en.into(),
        labels,
        class: class.into(),
        core,
        wikidata: None,
        aliases: [en.to_string(), fr.to_string()].into_iter().collect(),
        date: None,
        provenance: Vec::new(),
    }
}

pub fn ev(doc: &str, start: usize, sentence: &str) -> Evidence {
    Evidence {
        doc: doc.into(),
        start,
        end: start + sentence.len(),
        sentence: sentence.into(),
        rule: "test:hand-built".into(),
        attributed_to: None,
        date: None,
        confidence: 0.9,
    }
}

fn source(id: &str, title: &str, date: &str) -> Source {
    Source {
        id: id.into(),
        title: Some(title.into()),
        date: Some(date.into()),
        publisher: Some("Test Gazette".into()),
        url: Some(format!("https://news.example.org/{id}")),
        lang: "fr".into(),
    }
}

pub fn fixture_graph() -> KnowledgeGraph {
    use CoreClass::*;
    let mut g = KnowledgeGraph::new();
    g.add_source(source("a.txt", "L'OTSC et ses membres", "2022-11-23"));
    g.add_source(source(
        "b.txt",
        "La déclaration du 10 novembre",
        "2020-11-10",
    ));
    g.add_source(source(
        "c.txt",
        "Bombardements sur Stepanakert",
        "2020-10-04",
    ));
    g.add_source(source("d.txt", "Un an après la guerre", "2021-11-10"));
    g.add_source(source(
        "e.txt",
        "Le ministère de la Défense accuse",
        "2023-09-19",
    ));

    let mut nodes = vec![
        node("armenia", "State", State, "Armenia", "Arménie"),
        node("russia", "State", State, "Russia", "Russie"),
        node("belarus", "State", State, "Belarus", "Biélorussie"),
        node("kazakhstan", "State", State, "Kazakhstan", "Kazakhstan"),
        node("kyrgyzstan", "State", State, "Kyrgyzstan", "Kirghizistan"),
        node("tajikistan", "State", State, "Tajikistan", "Tadjikistan"),
        node("azerbaijan", "State", State, "Azerbaijan", "Azerbaïdjan"),
        node(
            "csto",
            "InternationalOrganization",
            Organization,
            "Collective Security Treaty Organization",
            "Organisation du traité de sécurité collective",
        ),
        node(
            "azerbaijan_mod",
            "Ministry",
            Organization,
            "Ministry of Defence of Azerbaijan",
            "ministère de la Défense de l'Azerbaïdjan",
        ),
        node(
            "armenia_armed_forces",
            "ArmedForces",
            Organization,
            "Armed Forces of Armenia",
            "forces armées arméniennes",
        ),
        node(
            "trilateral_statement_2020",
            "Declaration",
            Agreement,
            "Trilateral statement of 10 November 2020",
            "déclaration trilatérale du 10 novembre 2020",
        ),
        node("karabakh", "Region", Place, "Karabakh", "Karabakh"),
        node("stepanakert", "City", Place, "Stepanakert", "Stepanakert"),
        node(
            "lachin_corridor",
            "Corridor",
            Place,
            "Lachin corridor",
            "corridor de Latchine",
        ),
        node(
            "war_2020",
            "War",
            Event,
            "Second Nagorno-Karabakh War",
            "guerre de 2020 au Haut-Karabakh",
        ),
        node(
            "blockade_2022",
            "Blockade",
            Event,
            "Blockade of the Lachin corridor",
            "blocus du corridor de Latchine",
        ),
        node(
            "offensive_2023",
            "MilitaryOperation",
            Event,
            "Azerbaijani offensive of September 2023",
            "offensive azerbaïdjanaise de septembre 2023",
        ),
        node(
            "yerevan_summit",
            "Summit",
            Event,
            "Yerevan summit",
            "sommet d'Erevan",
        ),
    ];
    let wikidata = [
        ("armenia", "Q399"),
        ("azerbaijan", "Q227"),
        ("russia", "Q159"),
    ];
    let dates = [
        ("trilateral_statement_2020", "2020-11-10"),
        ("war_2020", "2020-09-27/2020-11-10"),
        ("blockade_2022", "2022-12"),
        ("offensive_2023", "2023-09-19/2023-09-20"),
        ("yerevan_summit", "2022"),
    ];
    for n in &mut nodes {
        if let Some((_, q)) = wikidata.iter().find(|(id, _)| *id == n.id) {
            n.wikidata = Some(q.to_string());
        }
        if let Some((_, d)) = dates.iter().find(|(id, _)| *id == n.id) {
            n.date = Some(d.parse::<DateSpan>().unwrap());
        }
        if n.id == "csto" {
            n.aliases.insert("OTSC".into());
            n.aliases.insert("CSTO".into());
        }
    }
    for mut n in nodes {
        // Every node is mentioned somewhere, so that it has provenance.
        n.provenance.push(ev("a.txt", 0, "Mention."));
        g.upsert_node(n);
    }

    let csto = "L'Arménie, la Russie, la Biélorussie, le Kazakhstan, le Kirghizistan et le Tadjikistan sont membres de l'OTSC.";
    for s in [
        "armenia",
        "russia",
        "belarus",
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
    ] {
        g.add_fact(
            s,
            "member_of",
            "csto",
            Modality::Asserted,
            ev("a.txt", 10, csto),
        )
        .unwrap();
    }
    g.add_fact(
        "azerbaijan",
        "member_of",
        "csto",
        Modality::Conditional,
        ev(
            "a.txt",
            200,
            "Si l'Azerbaïdjan rejoignait l'OTSC, l'alliance changerait.",
        ),
    )
    .unwrap();
    g.add_fact(
        "armenia",
        "withdrew_from",
        "csto",
        Modality::Future,
        ev("d.txt", 300, "L'Arménie quittera l'OTSC, a annoncé Erevan."),
    )
    .unwrap();

    let decl = "L'Arménie, l'Azerbaïdjan et la Russie ont signé le 10 novembre 2020 une déclaration trilatérale.";
    for (s, doc) in [
        ("armenia", "b.txt"),
        ("azerbaijan", "b.txt"),
        ("russia", "b.txt"),
        ("armenia", "d.txt"),
    ] {
        let mut e = ev(doc, 40, decl);
        e.date = Some("2020-11-10".into());
        g.add_fact(
            s,
            "party_to",
            "trilateral_statement_2020",
            Modality::Asserted,
            e,
        )
        .unwrap();
    }
    g.add_fact(
        "russia",
        "mediated",
        "trilateral_statement_2020",
        Modality::Asserted,
        ev("b.txt", 400, "La Russie a servi de médiateur."),
    )
    .unwrap();

    let places = [
        ("war_2020", "karabakh", "c.txt"),
        ("blockade_2022", "lachin_corridor", "d.txt"),
        ("offensive_2023", "stepanakert", "e.txt"),
        ("yerevan_summit", "armenia", "d.txt"),
    ];
    for (event, place, doc) in places {
        g.add_fact(
            event,
            "took_place_in",
            place,
            Modality::Asserted,
            ev(doc, 500, "L'événement a eu lieu ici."),
        )
        .unwrap();
    }
    for (part, whole) in [("stepanakert", "karabakh"), ("lachin_corridor", "karabakh")] {
        g.add_fact(
            part,
            "part_of",
            whole,
            Modality::Asserted,
            ev(
                "c.txt",
                600,
                "Stepanakert et le corridor de Latchine sont au Karabakh.",
            ),
        )
        .unwrap();
    }

    // Claims of the Azerbaijani Ministry of Defence.
    let mut claim = ev(
        "e.txt",
        700,
        "Selon le ministère de la Défense de l'Azerbaïdjan, les forces armées arméniennes ont bombardé des positions azerbaïdjanaises.",
    );
    claim.attributed_to = Some("azerbaijan_mod".into());
    claim.date = Some("2023-09-19".into());
    g.add_fact(
        "armenia_armed_forces",
        "attacked",
        "azerbaijan",
        Modality::Asserted,
        claim,
    )
    .unwrap();
    let mut claim = ev(
        "e.txt",
        900,
        "Le ministère de la Défense de l'Azerbaïdjan a annoncé des « mesures antiterroristes ».",
    );
    claim.attributed_to = Some("azerbaijan_mod".into());
    g.add_fact(
        "azerbaijan",
        "carried_out",
        "offensive_2023",
        Modality::Asserted,
        claim,
    )
    .unwrap();
    // A claim by somebody else, which the MoD question must not return.
    let mut claim = ev(
        "e.txt",
        1100,
        "Erevan accuse Bakou d'avoir bombardé Stepanakert.",
    );
    claim.attributed_to = Some("armenia".into());
    g.add_fact(
        "azerbaijan",
        "attacked",
        "stepanakert",
        Modality::Asserted,
        claim,
    )
    .unwrap();
    // The same fact, stated by another article in its own voice.
    g.add_fact(
        "azerbaijan",
        "attacked",
        "stepanakert",
        Modality::Asserted,
        ev(
            "c.txt",
            50,
            "L'armée azerbaïdjanaise a bombardé Stepanakert.",
        ),
    )
    .unwrap();
    g
}

/// Documents that support at least one fact, sorted.
pub fn fact_documents(g: &KnowledgeGraph) -> BTreeSet<String> {
    g.edges()
        .iter()
        .flat_map(|e| e.edge.documents())
        .map(str::to_string)
        .collect()
}
