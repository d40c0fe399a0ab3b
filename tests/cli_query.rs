//! `seeds graph query` through the real binary, on the fixture corpus
//! `tests/fixtures/sparql-corpus`. Answers are parsed (SPARQL JSON results,
//! N-Triples) and compared as data. Most checks ask about what does not
//! depend on extraction quality: the articles, the ontology, the protocol
//! of the command (exit codes, errors, formats).

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const CORPUS: &str = "tests/fixtures/sparql-corpus";

fn seeds(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(["graph", "query", "--corpus", CORPUS])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// The values of one variable in a SPARQL JSON results document.
fn column(out: &Output, var: &str) -> Vec<String> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b[var]["value"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn articles_are_listed_with_their_metadata() {
    let out = seeds(
        &[
            "--results",
            "json",
            "SELECT ?id ?title WHERE { ?a a schema:NewsArticle ; schema:identifier ?id ; schema:name ?title } ORDER BY ?id",
        ],
        None,
    );
    assert_eq!(
        column(&out, "id"),
        ["01_otsc.txt", "02_declaration.txt", "03_defense.txt"]
    );
    assert_eq!(column(&out, "title")[1], "La déclaration du 10 novembre");
}

#[test]
fn ontology_terms_resolve() {
    let out = seeds(
        &[
            "--results",
            "json",
            r#"SELECT ?label WHERE { seeds:Ministry rdfs:subClassOf/rdfs:label ?label FILTER(lang(?label) = "fr") }"#,
        ],
        None,
    );
    assert_eq!(column(&out, "label"), ["Organe de l'État"]);
}

#[test]
fn named_graphs_are_the_articles() {
    let out = seeds(
        &[
            "--results",
            "json",
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
        ],
        None,
    );
    let graphs = column(&out, "g");
    assert!(!graphs.is_empty());
    for g in graphs {
        assert!(g.starts_with("https://w3id.org/seeds/id/doc/"), "{g}");
    }
}

#[test]
fn csto_membership_is_found_in_the_fixture_text() {
    let out = seeds(&["ASK { id:armenia seeds:member_of id:csto }"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "true");
}

#[test]
fn ask_false_exits_1() {
    let out = seeds(
        &["ASK { id:armenia seeds:member_of id:nato_is_not_here }"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "false");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_syntax_error_exits_2_and_shows_where() {
    let out = seeds(&["SELECT ?x WHERE {\n  ?x ?y \n}"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("syntax error at line 3, column "), "{err}");
    assert!(err.contains('^'), "{err}");
}

#[test]
fn queries_come_from_stdin_and_files() {
    let q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }";
    let out = seeds(&["--results", "json", "-"], Some(q));
    assert_eq!(column(&out, "n"), ["3"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.rq");
    std::fs::write(&path, q).unwrap();
    let out = seeds(
        &["--results", "json", "--file", path.to_str().unwrap()],
        None,
    );
    assert_eq!(column(&out, "n"), ["3"]);
}

#[test]
fn construct_results_are_rdf() {
    let out = seeds(
        &[
            "--format",
            "ntriples",
            "CONSTRUCT { ?a schema:identifier ?id } WHERE { ?a schema:identifier ?id }",
        ],
        None,
    );
    assert!(out.status.success());
    let triples: Vec<_> = oxttl::NTriplesParser::new()
        .for_slice(&out.stdout)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(triples.len(), 3);
}

#[test]
fn w3c_result_formats_are_available() {
    let q = "SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id LIMIT 1";
    let csv = seeds(&["--results", "csv", q], None);
    assert_eq!(
        String::from_utf8_lossy(&csv.stdout),
        "id\r\n01_otsc.txt\r\n"
    );
    let tsv = seeds(&["--results", "tsv", q], None);
    assert_eq!(
        String::from_utf8_lossy(&tsv.stdout),
        "?id\n\"01_otsc.txt\"\n"
    );
    let xml = seeds(&["--results", "xml", q], None);
    assert!(String::from_utf8_lossy(&xml.stdout).contains("<literal>01_otsc.txt</literal>"));
    let table = seeds(&[q], None);
    assert!(String::from_utf8_lossy(&table.stdout).contains("01_otsc.txt"));
}

#[test]
fn too_many_results_is_an_error_not_a_cut() {
    let out = seeds(&["--max-results", "2", "SELECT * WHERE { ?s ?p ?o }"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("more than 2 results"));
}

#[test]
fn examples_are_printed() {
    let out = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(["graph", "query", "--examples"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("# members:") && text.contains("SELECT"),
        "{text}"
    );
}

#[test]
fn a_missing_corpus_is_an_input_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(["graph", "query", "--corpus", "tests/no-such-dir", "ASK {}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
