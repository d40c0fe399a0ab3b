//! Competency questions: every `tests/sparql/<name>.rq` is run on the
//! hand-built graph of `tests/common` and its answer compared, as data, with
//! `tests/sparql/<name>.expected.tsv` (W3C TSV results). Rows are compared in
//! order when the query has ORDER BY, as a set otherwise.
//!
//! After a deliberate change, regenerate the expected answers with
//!
//!     SEEDS_BLESS=1 cargo test --test sparql_competency
//!
//! and review the diff.

mod common;

use std::path::{Path, PathBuf};

use seeds::ontology::Ontology;
use seeds::query::{write_results, Limits, QueryEngine, ResultsFormat};

fn queries() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("tests/sparql")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    v.sort();
    v
}

fn rows(tsv: &str, ordered: bool) -> (String, Vec<String>) {
    let mut lines = tsv.lines();
    let header = lines.next().unwrap_or_default().to_string();
    let mut rows: Vec<String> = lines.map(str::to_string).collect();
    if !ordered {
        rows.sort();
    }
    (header, rows)
}

fn answer(engine: &QueryEngine, path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let answer = engine
        .run(&text, &Limits::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    write_results(&answer, ResultsFormat::Tsv, &[], &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn competency_questions_have_their_expected_answers() {
    let ontology = Ontology::bundled().unwrap();
    let engine = QueryEngine::new(&common::fixture_graph(), &ontology).unwrap();
    let bless = std::env::var_os("SEEDS_BLESS").is_some();
    let qs = queries();
    assert!(qs.len() >= 5, "{qs:?}");
    let mut failures = Vec::new();
    for q in qs {
        let got = answer(&engine, &q);
        let expected_path = q.with_extension("expected.tsv");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} is missing; run SEEDS_BLESS=1 cargo test --test sparql_competency",
                expected_path.display()
            )
        });
        let ordered = std::fs::read_to_string(&q).unwrap().contains("ORDER BY");
        if rows(&got, ordered) != rows(&expected, ordered) {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                q.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_answer_is_non_empty() {
    // An empty expected answer would pass against a broken exporter.
    for q in queries() {
        let expected =
            std::fs::read_to_string(q.with_extension("expected.tsv")).unwrap_or_default();
        assert!(
            expected.lines().count() > 1,
            "{} expects no rows",
            q.display()
        );
    }
}
