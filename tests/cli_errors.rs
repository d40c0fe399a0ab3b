//! Bad input through the real binary: each is exit code 2 with an error that
//! names the file, and the line or byte when there is one. The fixtures are
//! the `tests/fixtures/bad-*` folders; a bad ontology is a copy of the
//! bundled `ontology/` with the files of a `bad-ontology-*` folder laid over
//! it, so that these tests follow the ontology as it grows.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

fn seeds(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn export_corpus(corpus: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "graph",
        "export",
        "--format",
        "json",
        "-o",
        "-",
        "--corpus",
        corpus.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    seeds(&args)
}

/// The one error line; asserts exit code 2 and an empty stdout.
fn input_error(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr:\n{err}");
    assert!(out.stdout.is_empty(), "a failed export wrote to stdout");
    err.lines()
        .find(|l| l.starts_with("seeds: error:"))
        .unwrap_or_else(|| panic!("no `seeds: error:` line in:\n{err}"))
        .to_string()
}

#[test]
fn a_non_utf8_article_names_the_file_and_the_byte_offset() {
    let dir = fixture("bad-not-utf8");
    let err = input_error(&export_corpus(&dir, &[]));
    assert!(
        err.contains(&format!("{}:", dir.join("latin1.txt").display())),
        "{err}"
    );
    // bad-not-utf8/latin1.txt has a Latin-1 `é` at byte 22.
    assert!(err.contains("byte 22"), "{err}");
}

#[test]
fn an_empty_article_names_the_file() {
    let dir = fixture("bad-empty");
    let err = input_error(&export_corpus(&dir, &[]));
    assert!(
        err.contains(&dir.join("empty.txt").display().to_string()),
        "{err}"
    );
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn an_unclosed_front_matter_names_the_file_and_line() {
    let dir = fixture("bad-unclosed-front-matter");
    let err = input_error(&export_corpus(&dir, &[]));
    // Line 5 is the body, read as front matter because `---` never came.
    let at = format!("{}:5:", dir.join("unclosed.txt").display());
    assert!(err.contains(&at), "{err}");
    assert!(err.contains("---"), "{err}");
}

#[test]
fn a_bad_front_matter_date_names_the_line() {
    let dir = fixture("bad-date");
    let err = input_error(&export_corpus(&dir, &[]));
    let at = format!("{}:3:", dir.join("bad_date.txt").display());
    assert!(err.contains(&at), "{err}");
    assert!(err.contains("15/05/2024"), "{err}");
}

#[test]
fn a_corpus_folder_that_does_not_exist_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-corpus");
    let err = input_error(&export_corpus(&missing, &[]));
    assert!(err.contains(&missing.display().to_string()), "{err}");
    assert!(err.contains("no such folder"), "{err}");
}

#[test]
fn a_folder_without_articles_is_an_error_and_lists_what_it_skipped() {
    let dir = fixture("bad-no-articles");
    let out = export_corpus(&dir, &[]);
    let err = input_error(&out);
    assert!(err.contains(&dir.display().to_string()), "{err}");
    assert!(err.contains("no article"), "{err}");
    let all = String::from_utf8_lossy(&out.stderr);
    assert!(
        all.contains("skipping") && all.contains("notes.rst"),
        "{all}"
    );
}

#[test]
fn keep_going_skips_a_bad_article_with_a_warning_and_still_exports() {
    let dir = fixture("bad-mixed");
    // Without --keep-going the bad article stops the export.
    let err = input_error(&export_corpus(&dir, &[]));
    assert!(err.contains("02_latin1.txt"), "{err}");

    let out = export_corpus(&dir, &["--keep-going"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("warning") && l.contains("02_latin1.txt")),
        "{stderr}"
    );
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs: Vec<&str> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["provenance"].as_array().unwrap())
        .map(|p| p["doc"].as_str().unwrap())
        .collect();
    assert!(!docs.is_empty(), "the good article gave no fact");
    assert!(docs.iter().all(|d| *d == "01_good.md"), "{docs:?}");
}

/// A copy of the bundled ontology with the files of `overlay` laid over it.
fn ontology_with(overlay: Option<&Path>) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&root().join("ontology"), dir.path());
    if let Some(overlay) = overlay {
        copy(overlay, dir.path());
    }
    dir
}

fn extract_with_ontology(ontology: &Path) -> Output {
    let article = fixture("good-corpus/01_sommet_bakou.txt");
    seeds(&[
        "extract",
        article.to_str().unwrap(),
        "--json",
        "--ontology",
        ontology.to_str().unwrap(),
    ])
}

#[test]
fn the_bundled_ontology_copied_to_a_folder_loads() {
    let ontology = ontology_with(None);
    let out = extract_with_ontology(ontology.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_gazetteer_entry_with_an_unknown_class_names_file_and_line() {
    let ontology = ontology_with(Some(&fixture("bad-ontology-class")));
    let err = input_error(&extract_with_ontology(ontology.path()));
    // Line 3 of zz_bad_class.toml: the `[[entity]]` that declares it.
    assert!(err.contains("gazetteer/zz_bad_class.toml:3:"), "{err}");
    assert!(err.contains("Starship"), "{err}");
}

#[test]
fn a_toml_syntax_error_in_the_ontology_names_file_and_line() {
    let ontology = ontology_with(Some(&fixture("bad-ontology-toml")));
    let err = input_error(&extract_with_ontology(ontology.path()));
    // Line 3 of zz_broken.toml: `[[entity]`.
    assert!(err.contains("gazetteer/zz_broken.toml:3:"), "{err}");
}

#[test]
fn a_malformed_given_name_names_file_and_line() {
    let ontology = ontology_with(Some(&fixture("bad-ontology-given-name")));
    let err = input_error(&extract_with_ontology(ontology.path()));
    assert!(err.contains("given_names.toml:7:"), "{err}");
    assert!(err.contains("artyom"), "{err}");
}

#[test]
fn a_bad_ontology_fails_graph_export_too() {
    let ontology = ontology_with(Some(&fixture("bad-ontology-class")));
    let err = input_error(&export_corpus(
        &fixture("good-corpus"),
        &["--ontology", ontology.path().to_str().unwrap()],
    ));
    assert!(err.contains("zz_bad_class.toml:3:"), "{err}");
}
