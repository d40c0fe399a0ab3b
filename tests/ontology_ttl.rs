//! `ontology/seeds.ttl` is generated from `ontology/schema.toml`; this test
//! fails when the two disagree. Regenerate with:
//!
//!     cargo run -- ontology export -o ontology/seeds.ttl

use seeds::export::ontology_turtle;
use seeds::ontology::Ontology;

#[test]
fn ontology_seeds_ttl_is_up_to_date() {
    let ontology = Ontology::load_dir(std::path::Path::new("ontology")).unwrap();
    let mut generated = Vec::new();
    ontology_turtle(&ontology, &mut generated).unwrap();
    let committed = std::fs::read("ontology/seeds.ttl").unwrap_or_default();
    assert!(
        committed == generated,
        "ontology/seeds.ttl is stale; regenerate it with `cargo run -- ontology export -o ontology/seeds.ttl` and review the diff"
    );
}

#[test]
fn the_ontology_turtle_parses_and_declares_every_class_and_relation() {
    let ontology = Ontology::bundled().unwrap();
    let mut ttl = Vec::new();
    ontology_turtle(&ontology, &mut ttl).unwrap();
    let triples: Vec<oxrdf::Triple> = oxttl::TurtleParser::new()
        .for_slice(&ttl)
        .collect::<Result<_, _>>()
        .unwrap();
    let declared = |iri: &str, kind: &str| {
        triples.iter().any(|t| {
            t.subject.to_string() == format!("<{iri}>")
                && t.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                && t.object.to_string() == format!("<http://www.w3.org/2002/07/owl#{kind}>")
        })
    };
    for c in &ontology.schema.classes {
        assert!(
            declared(&ontology.schema.term_iri(&c.name), "Class"),
            "{}",
            c.name
        );
    }
    for r in &ontology.schema.relations {
        let iri = ontology.schema.term_iri(&r.name);
        assert!(declared(&iri, "ObjectProperty"), "{}", r.name);
        assert_eq!(
            declared(&iri, "SymmetricProperty"),
            r.symmetric,
            "{}",
            r.name
        );
    }
    for term in ["Statement", "Evidence"] {
        assert!(declared(&ontology.schema.term_iri(term), "Class"));
    }
    for term in [
        "subject",
        "predicate",
        "object",
        "evidence",
        "attributedTo",
        "document",
    ] {
        assert!(
            declared(&ontology.schema.term_iri(term), "ObjectProperty"),
            "{term}"
        );
    }
    for term in [
        "modality",
        "date",
        "confidence",
        "weight",
        "sentence",
        "start",
        "end",
        "rule",
    ] {
        assert!(
            declared(&ontology.schema.term_iri(term), "DatatypeProperty"),
            "{term}"
        );
    }
}
