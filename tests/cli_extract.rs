//! `seeds extract` through the real binary, from a file and from standard
//! input. The JSON is parsed and checked as data, on facts that do not hang
//! on the finer points of extraction: well-known people named in full, and
//! the office their title gives.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SENTENCE: &str = "Le président russe Vladimir Poutine a rencontré le président azerbaïdjanais Ilham Aliev à Bakou.";

fn article() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good-corpus/01_sommet_bakou.txt")
}

fn seeds(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn entity_ids(ex: &Value) -> BTreeSet<String> {
    ex["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn facts(ex: &Value) -> BTreeSet<(String, String, String)> {
    ex["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap().to_string();
            (s("subject"), s("relation"), s("object"))
        })
        .collect()
}

fn assert_leaders_found(ex: &Value) {
    let ids = entity_ids(ex);
    for id in ["vladimir_putin", "ilham_aliyev"] {
        assert!(ids.contains(id), "no entity {id} in {ids:?}");
    }
    let facts = facts(ex);
    assert!(
        facts.contains(&("vladimir_putin".into(), "leader_of".into(), "russia".into())),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|(s, r, _)| s == "ilham_aliyev" && r == "leader_of"),
        "{facts:?}"
    );
}

#[test]
fn extract_from_stdin_finds_the_people_and_their_offices() {
    let ex = json(&seeds(
        &["extract", "-", "--json"],
        Some(SENTENCE.as_bytes()),
    ));
    assert_eq!(ex["lang"], "fr");
    assert_leaders_found(&ex);
}

#[test]
fn extract_from_a_file_finds_the_same_and_names_the_file() {
    let ex = json(&seeds(
        &["extract", article().to_str().unwrap(), "--json"],
        None,
    ));
    assert_eq!(ex["doc"], "01_sommet_bakou.txt");
    assert_leaders_found(&ex);
}

/// Offsets are bytes of the file as it is on disk, front matter included, so
/// that a user can find the evidence with any editor.
#[test]
fn mention_and_sentence_offsets_point_into_the_file() {
    let text = std::fs::read_to_string(article()).unwrap();
    let ex = json(&seeds(
        &["extract", article().to_str().unwrap(), "--json"],
        None,
    ));
    let at = |v: &Value| {
        let (s, e) = (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
        &text[s as usize..e as usize]
    };
    for s in ex["sentences"].as_array().unwrap() {
        assert_eq!(at(s), s["text"].as_str().unwrap());
    }
    let mut mentions = 0;
    for e in ex["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(at(m), m["text"].as_str().unwrap(), "{m}");
            mentions += 1;
        }
    }
    assert!(mentions > 0);
}

#[test]
fn every_fact_names_the_rule_that_read_it() {
    let ex = json(&seeds(
        &["extract", "-", "--json"],
        Some(SENTENCE.as_bytes()),
    ));
    for f in ex["facts"].as_array().unwrap() {
        assert!(!f["rule"].as_str().unwrap().is_empty(), "{f}");
    }
}

#[test]
fn the_report_for_people_lists_entities_and_facts() {
    let out = seeds(&["extract", "-"], Some(SENTENCE.as_bytes()));
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("[vladimir_putin]"), "{report}");
    assert!(report.contains("--leader_of-->"), "{report}");
}

#[test]
fn non_utf8_stdin_is_an_input_error_with_the_byte_offset() {
    let out = seeds(&["extract", "-", "--json"], Some(b"Bakou \xe9t\xe9"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>") && err.contains("byte 6"), "{err}");
}

#[test]
fn empty_stdin_is_an_input_error() {
    let out = seeds(&["extract", "-", "--json"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_verb_of_saying_that_ends_the_text_claims_nothing() {
    for text in ["Russia said", "Nikol Tuesday Assad von Tuesday said"] {
        let out = seeds(&["extract", "-", "--json"], Some(text.as_bytes()));
        assert_eq!(
            out.status.code(),
            Some(0),
            "{text}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_missing_file_is_named() {
    let out = seeds(&["extract", "no-such-article.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-article.txt"), "{err}");
}
