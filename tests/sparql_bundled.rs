//! The competency questions of `tests/sparql/*.rq`, asked of the bundled
//! corpus with the real binary: the answers must be the committed
//! `*.bundled.tsv` files (regenerated with `tests/regenerate-exports.sh`
//! whenever the extractor or the ontology changes, and reviewed in the diff).
//! The answers of `tests/sparql_competency.rs` come from a hand-built graph;
//! these come from the articles themselves.

use std::path::Path;
use std::process::Command;

#[test]
fn competency_questions_answer_as_committed_over_the_bundled_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut queries: Vec<_> = std::fs::read_dir(root.join("tests/sparql"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    assert!(!queries.is_empty());
    let mut stale = Vec::new();
    for q in &queries {
        let out = Command::new(env!("CARGO_BIN_EXE_seeds"))
            .current_dir(root)
            .args([
                "graph",
                "query",
                "--corpus",
                "corpus",
                "--results",
                "tsv",
                "--file",
            ])
            .arg(q)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            q.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let expected_path = q.with_extension("bundled.tsv");
        let expected = std::fs::read(&expected_path).unwrap_or_default();
        if out.stdout != expected {
            stale.push(expected_path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "answers differ from {stale:?}; run tests/regenerate-exports.sh and review the diff"
    );
}

#[test]
fn the_csto_question_names_the_six_member_states_of_the_bundled_articles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let answer =
        std::fs::read_to_string(root.join("tests/sparql/csto_members.bundled.tsv")).unwrap();
    for state in [
        "armenia",
        "russia",
        "belarus",
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
    ] {
        assert!(
            answer.contains(&format!("/id/{state}>")),
            "{state} missing from the CSTO members:\n{answer}"
        );
    }
}
