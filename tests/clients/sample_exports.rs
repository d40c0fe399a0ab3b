//! Writes a small hand-built graph in every format to a folder, for checking
//! the exporters against the real client tools (`tests/clients/run.sh`) with
//! data in every field: dates at each precision, a claim, parallel relations
//! between the same two nodes, a future fact, and hostile text (markup
//! characters, a control character, right-to-left script, emoji).
//!
//! ```sh
//! cargo run --example sample_exports -- OUT_DIR [ONTOLOGY_DIR]
//! ```
//!
//! Without ONTOLOGY_DIR the bundled ontology is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use seeds::export::{self, Format};
use seeds::graph::{CoreClass, Evidence, KnowledgeGraph, Modality, Node};
use seeds::ontology::Ontology;

fn ev(doc: &str, start: usize, sentence: &str) -> Evidence {
    Evidence {
        doc: doc.into(),
        start,
        end: start + 10,
        sentence: sentence.into(),
        rule: "sample".into(),
        attributed_to: None,
        date: None,
        confidence: 0.7,
    }
}

fn node(id: &str, label: &str, class: &str, core: CoreClass, mentions: usize) -> Node {
    Node {
        id: id.into(),
        label: label.into(),
        labels: BTreeMap::from([("en".to_string(), label.to_string())]),
        class: class.into(),
        core,
        wikidata: None,
        aliases: BTreeSet::from([label.to_string()]),
        date: None,
        provenance: (0..mentions)
            .map(|i| {
                ev(
                    &format!("doc{}.txt", i % 3),
                    i * 100,
                    &format!("{label} is named here."),
                )
            })
            .collect(),
    }
}

fn sample() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut arm = node("armenia", "Armenia", "State", CoreClass::State, 6);
    arm.wikidata = Some("Q399".into());
    arm.aliases.insert("Հայաստան".into());
    g.upsert_node(arm);
    let mut aze = node("azerbaijan", "Azerbaijan", "State", CoreClass::State, 5);
    aze.wikidata = Some("Q227".into());
    aze.aliases.insert("Azərbaycan".into());
    g.upsert_node(aze);
    g.upsert_node(node("russia", "Russia", "State", CoreClass::State, 2));
    g.upsert_node(node(
        "nikol_pashinyan",
        "Nikol Pashinyan",
        "Person",
        CoreClass::Person,
        3,
    ));
    g.upsert_node(node(
        "csto",
        "CSTO <\"Collective\" Security & Treaty 'Org'>",
        "InternationalOrganization",
        CoreClass::Organization,
        1,
    ));
    g.upsert_node(node(
        "stepanakert",
        "Stepanakert \u{1} نام 🏳️",
        "City",
        CoreClass::Place,
        2,
    ));
    let mut cf = node(
        "ceasefire_2020",
        "2020 ceasefire statement",
        "Ceasefire",
        CoreClass::Agreement,
        2,
    );
    cf.date = Some("2020-11-10".parse().unwrap());
    g.upsert_node(cf);
    let mut op = node(
        "offensive_2023",
        "September 2023 offensive",
        "MilitaryOperation",
        CoreClass::Event,
        4,
    );
    op.date = Some("2023-09".parse().unwrap());
    g.upsert_node(op);
    let mut war = node("war_2020", "2020 war", "War", CoreClass::Event, 3);
    war.date = Some("2020-09-27/2020-11-10".parse().unwrap());
    g.upsert_node(war);

    let asserted = Modality::Asserted;
    for s in ["armenia", "azerbaijan", "russia"] {
        let mut e = ev("doc0.txt", 10, "The leaders signed the statement.");
        e.date = Some("2020-11-10".into());
        g.add_fact(s, "party_to", "ceasefire_2020", asserted, e);
    }
    g.add_fact(
        "azerbaijan",
        "carried_out",
        "offensive_2023",
        asserted,
        ev("doc1.txt", 20, "Azerbaijan launched the offensive."),
    );
    g.add_fact(
        "azerbaijan",
        "carried_out",
        "offensive_2023",
        asserted,
        ev("doc2.txt", 25, "The offensive was Baku's."),
    );
    let mut claim = ev(
        "doc1.txt",
        30,
        "Baku says Armenian forces shelled its positions.",
    );
    claim.attributed_to = Some("azerbaijan".into());
    claim.date = Some("2023".into());
    g.add_fact("armenia", "attacked", "azerbaijan", asserted, claim);
    g.add_fact(
        "armenia",
        "accused",
        "azerbaijan",
        asserted,
        ev(
            "doc2.txt",
            40,
            "Yerevan accused Baku of a \"provocation\" & more.",
        ),
    );
    g.add_fact(
        "armenia",
        "met_with",
        "azerbaijan",
        Modality::Future,
        ev("doc0.txt", 50, "The ministers will meet."),
    );
    g.add_fact(
        "nikol_pashinyan",
        "leader_of",
        "armenia",
        asserted,
        ev("doc0.txt", 60, "Prime Minister Nikol Pashinyan said…"),
    );
    g.add_fact(
        "armenia",
        "member_of",
        "csto",
        asserted,
        ev("doc1.txt", 70, "Armenia is in the CSTO."),
    );
    g.add_fact(
        "offensive_2023",
        "took_place_in",
        "stepanakert",
        asserted,
        ev("doc1.txt", 80, "Shelling in Stepanakert \u{1b}[31m."),
    );
    g.add_fact(
        "armenia",
        "party_to",
        "war_2020",
        asserted,
        ev("doc2.txt", 90, "The 2020 war."),
    );
    g
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let out: PathBuf = args
        .next()
        .ok_or("usage: sample_exports OUT_DIR [ONTOLOGY_DIR]")?
        .into();
    let ontology = match args.next() {
        Some(dir) => Ontology::load_dir(&PathBuf::from(dir))?,
        None => Ontology::bundled()?,
    };
    let graph = sample();
    for format in [
        Format::Json,
        Format::GraphMl,
        Format::Gexf,
        Format::Graphology,
        Format::Dot,
        Format::Csv,
    ] {
        let path = out.join(format!("graph.{}", format.extension()));
        for p in export::write_to_path(format, &graph, &ontology, &path)? {
            eprintln!("wrote {}", p.display());
        }
    }
    Ok(())
}
