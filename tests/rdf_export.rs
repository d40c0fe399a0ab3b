//! The RDF exporters, on a hand-built graph: every syntax parses back to the
//! same triples, named graphs follow the articles, output is byte-identical
//! across runs, and hostile strings survive.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use oxrdfio::RdfParser;
use seeds::export::{self, Format};
use seeds::graph::{CoreClass, Modality};
use seeds::ontology::Ontology;

const RDF_FORMATS: [Format; 6] = [
    Format::NTriples,
    Format::Turtle,
    Format::NQuads,
    Format::TriG,
    Format::RdfXml,
    Format::JsonLd,
];

fn export(format: Format, graph: &seeds::graph::KnowledgeGraph) -> Vec<u8> {
    let ontology = Ontology::bundled().unwrap();
    let mut out = Vec::new();
    export::write(format, graph, &ontology, &mut out).unwrap_or_else(|e| panic!("{format}: {e}"));
    out
}

/// Quads as N-Quads lines (graph `""` for the default graph).
fn parse(format: Format, bytes: &[u8]) -> BTreeSet<(String, String)> {
    let rdf = export::rdf::rdf_format(format).unwrap();
    RdfParser::from_format(rdf)
        .for_slice(bytes)
        .map(|q| {
            let q = q.unwrap_or_else(|e| panic!("{format} does not parse back: {e}"));
            let triple = format!("{} {} {}", q.subject, q.predicate, q.object);
            let graph = match q.graph_name {
                oxrdf::GraphName::DefaultGraph => String::new(),
                g => g.to_string(),
            };
            (triple, graph)
        })
        .collect()
}

fn triples(quads: &BTreeSet<(String, String)>) -> BTreeSet<String> {
    quads.iter().map(|(t, _)| t.clone()).collect()
}

const NS: &str = "https://w3id.org/seeds/";

#[test]
fn every_rdf_format_parses_back_to_the_same_triples() {
    let g = common::fixture_graph();
    let reference = triples(&parse(Format::NTriples, &export(Format::NTriples, &g)));
    assert!(reference.len() > 300, "{}", reference.len());
    for f in RDF_FORMATS {
        let got = triples(&parse(f, &export(f, &g)));
        assert_eq!(got, reference, "{f} differs from N-Triples");
    }
    let nq = parse(Format::NQuads, &export(Format::NQuads, &g));
    let trig = parse(Format::TriG, &export(Format::TriG, &g));
    assert_eq!(nq, trig);
}

#[test]
fn exports_are_byte_identical_across_runs() {
    for f in RDF_FORMATS {
        assert_eq!(
            export(f, &common::fixture_graph()),
            export(f, &common::fixture_graph()),
            "{f}"
        );
    }
}

#[test]
fn facts_live_in_the_named_graph_of_each_supporting_article() {
    let g = common::fixture_graph();
    let quads = parse(Format::NQuads, &export(Format::NQuads, &g));
    let direct = format!("<{NS}id/azerbaijan> <{NS}ontology#attacked> <{NS}id/stepanakert>");
    let graphs: BTreeSet<&str> = quads
        .iter()
        .filter(|(t, _)| *t == direct)
        .map(|(_, g)| g.as_str())
        .collect();
    assert_eq!(
        graphs,
        BTreeSet::from([
            format!("<{NS}id/doc/c.txt>").as_str(),
            format!("<{NS}id/doc/e.txt>").as_str()
        ])
    );
    // Labels and types belong to no article.
    let label =
        format!("<{NS}id/russia> <http://www.w3.org/2000/01/rdf-schema#label> \"Russie\"@fr");
    assert!(quads.contains(&(label, String::new())));
    // Every named graph is an article of the graph.
    let named: BTreeSet<&str> = quads
        .iter()
        .map(|(_, g)| g.as_str())
        .filter(|g| !g.is_empty())
        .collect();
    let expected: BTreeSet<String> = common::fact_documents(&g)
        .into_iter()
        .map(|d| format!("<{NS}id/doc/{d}>"))
        .collect();
    assert_eq!(named, expected.iter().map(String::as_str).collect());
}

#[test]
fn only_asserted_facts_get_a_direct_triple() {
    let g = common::fixture_graph();
    let t = triples(&parse(Format::NTriples, &export(Format::NTriples, &g)));
    let member = format!("<{NS}id/azerbaijan> <{NS}ontology#member_of> <{NS}id/csto>");
    assert!(!t.contains(&member), "a conditional fact was asserted");
    let stmt = format!(
        "<{NS}id/fact/azerbaijan__member_of__csto__conditional> <{NS}ontology#modality> \"conditional\""
    );
    assert!(t.contains(&stmt));
    let withdrew = format!("<{NS}id/armenia> <{NS}ontology#withdrew_from> <{NS}id/csto>");
    assert!(!t.contains(&withdrew), "a future fact was asserted");
    let armenia = format!("<{NS}id/armenia> <{NS}ontology#member_of> <{NS}id/csto>");
    assert!(t.contains(&armenia));
}

#[test]
fn nodes_and_statements_carry_their_details() {
    let g = common::fixture_graph();
    let t = triples(&parse(Format::NTriples, &export(Format::NTriples, &g)));
    let has = |s: &str| assert!(t.contains(s), "missing: {s}");
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    has(&format!("<{NS}id/armenia> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q399>"));
    has(&format!("<{NS}id/azerbaijan_mod> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NS}ontology#Ministry>"));
    has(&format!("<{NS}id/azerbaijan_mod> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NS}ontology#Organization>"));
    has(&format!(
        "<{NS}id/csto> <http://www.w3.org/2004/02/skos/core#altLabel> \"OTSC\""
    ));
    has(&format!(
        "<{NS}id/trilateral_statement_2020> <{NS}ontology#date> \"2020-11-10\"^^<{xsd}date>"
    ));
    has(&format!(
        "<{NS}id/blockade_2022> <{NS}ontology#date> \"2022-12\"^^<{xsd}gYearMonth>"
    ));
    has(&format!(
        "<{NS}id/yerevan_summit> <{NS}ontology#date> \"2022\"^^<{xsd}gYear>"
    ));
    has(&format!(
        "<{NS}id/war_2020> <{NS}ontology#startDate> \"2020-09-27\"^^<{xsd}date>"
    ));
    has(&format!(
        "<{NS}id/war_2020> <{NS}ontology#endDate> \"2020-11-10\"^^<{xsd}date>"
    ));
    has(&format!(
        "<{NS}id/doc/b.txt> <https://schema.org/datePublished> \"2020-11-10\"^^<{xsd}date>"
    ));
    has(&format!("<{NS}id/doc/b.txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle>"));
    let fact = format!("<{NS}id/fact/armenia__party_to__trilateral_statement_2020>");
    has(&format!(
        "{fact} <{NS}ontology#weight> \"2\"^^<{xsd}integer>"
    ));
    has(&format!(
        "{fact} <{NS}ontology#confidence> \"0.99\"^^<{xsd}decimal>"
    ));
    has(&format!(
        "{fact} <{NS}ontology#date> \"2020-11-10\"^^<{xsd}date>"
    ));
    has(&format!(
        "{fact} <http://www.w3.org/ns/prov#wasDerivedFrom> <{NS}id/doc/d.txt>"
    ));
    let claim = format!("<{NS}id/fact/armenia_armed_forces__attacked__azerbaijan>");
    has(&format!(
        "{claim} <{NS}ontology#attributedTo> <{NS}id/azerbaijan_mod>"
    ));
    // A plain label only when no tagged label says the same.
    assert!(!t.iter().any(|x| x.starts_with(&format!(
        "<{NS}id/russia> <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\""
    )) && !x.ends_with("@en")));
}

#[test]
fn hostile_strings_survive_every_syntax() {
    let mut g = seeds::graph::KnowledgeGraph::new();
    let mut n = common::node(
        "we ird/<id>#",
        "State",
        CoreClass::State,
        "Quote \" and <tag> & 'apos' \\ back",
        "Ligne\nsuivante\t\u{0}\u{1F600}",
    );
    n.labels
        .insert("not a tag!".into(), "bad language tag".into());
    n.wikidata = Some("Q1 <script>".into());
    g.upsert_node(n);
    g.upsert_node(common::node("b", "NoSuchClass", CoreClass::Place, "B", "B"));
    let mut e = common::ev("dir/file name?.txt", 0, "]]> --> \"}\n{");
    e.date = Some("not a date".into());
    e.confidence = f64::NAN;
    g.add_fact("we ird/<id>#", "attacked", "b", Modality::Asserted, e)
        .unwrap();
    let mut by_format = BTreeMap::new();
    for f in RDF_FORMATS {
        by_format.insert(f, triples(&parse(f, &export(f, &g))));
    }
    let nt = by_format[&Format::NTriples].clone();
    for (f, t) in by_format {
        assert_eq!(t, nt, "{f}");
    }
}
