//! `seeds graph export` through the real binary, on the fixture folder
//! `tests/fixtures/good-corpus` (two short articles written for these tests,
//! one French, one English, and a `sources.csv` that is not an article).
//! JSON output is parsed and compared as data; other formats are compared
//! byte for byte with the same export written another way.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use seeds::export::Format;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn good_corpus() -> PathBuf {
    fixture("good-corpus")
}

/// Runs `seeds ARGS` in `cwd`.
fn seeds_in(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seeds"))
        .current_dir(cwd)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Runs `seeds graph export --corpus tests/fixtures/good-corpus ARGS` in `cwd`.
fn export_in(cwd: &Path, args: &[&str]) -> Output {
    let corpus = good_corpus();
    let mut all = vec!["graph", "export", "--corpus", corpus.to_str().unwrap()];
    all.extend_from_slice(args);
    seeds_in(cwd, &all)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}; stderr:\n{}",
        out.status.code(),
        stderr(out)
    );
}

fn ids(items: &Value, key: &str) -> BTreeSet<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn export_writes_the_file_named_by_output_and_says_so_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out/kg.json");
    let out = export_in(dir.path(), &["--output", path.to_str().unwrap()]);
    assert_success(&out);
    assert!(
        out.stdout.is_empty(),
        "nothing goes to stdout with --output"
    );
    assert!(
        stderr(&out).contains(path.to_str().unwrap()),
        "{}",
        stderr(&out)
    );

    let graph: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(graph["directed"], true);
    let nodes = ids(&graph["nodes"], "id");
    for id in ["vladimir_putin", "nikol_pashinyan", "russia", "armenia"] {
        assert!(nodes.contains(id), "no node {id} in {nodes:?}");
    }
    // Every edge stands on evidence from one of the two articles, never from
    // the file that is not an article.
    let articles: BTreeSet<&str> = ["01_sommet_bakou.txt", "02_yerevan_csto.md"].into();
    let edges = graph["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for e in edges {
        let provenance = e["provenance"].as_array().unwrap();
        assert!(!provenance.is_empty(), "edge without evidence: {e}");
        for p in provenance {
            assert!(articles.contains(p["doc"].as_str().unwrap()), "{p}");
        }
    }
}

#[test]
fn a_file_that_is_not_an_article_is_reported_as_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_in(dir.path(), &["-o", "-", "--format", "json"]);
    assert_success(&out);
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.contains("skipping") && l.contains("sources.csv")),
        "{err}"
    );
}

#[test]
fn every_format_is_inferred_from_the_output_extension() {
    let dir = tempfile::tempdir().unwrap();
    for format in Format::ALL {
        let file = dir.path().join(format!("inferred.{}", format.extension()));
        let out = export_in(dir.path(), &["-o", file.to_str().unwrap()]);
        assert_success(&out);
        assert!(
            stderr(&out).contains(&format!("wrote {} ", format.name())),
            "{format}: {}",
            stderr(&out)
        );
        // The same export with an explicit --format gives the same bytes.
        let explicit = dir.path().join(format!("explicit.{}", format.extension()));
        let out = export_in(
            dir.path(),
            &["--format", format.name(), "-o", explicit.to_str().unwrap()],
        );
        assert_success(&out);
        let pairs = if format.is_multi_file() {
            let (a, b) = seeds::export::csv_paths(&file);
            let (c, d) = seeds::export::csv_paths(&explicit);
            vec![(a, c), (b, d)]
        } else {
            vec![(file, explicit)]
        };
        for (inferred, explicit) in pairs {
            let inferred_bytes = fs::read(&inferred)
                .unwrap_or_else(|e| panic!("{format}: {}: {e}", inferred.display()));
            assert!(!inferred_bytes.is_empty(), "{format}: empty export");
            assert_eq!(
                inferred_bytes,
                fs::read(&explicit).unwrap(),
                "{format}: {} differs from {}",
                inferred.display(),
                explicit.display()
            );
        }
    }
}

#[test]
fn an_unknown_output_extension_without_format_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_in(dir.path(), &["-o", "graph.xlsx"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("graph.xlsx"), "{}", stderr(&out));
    assert!(!dir.path().join("graph.xlsx").exists());
}

#[test]
fn dash_output_writes_to_stdout_and_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_in(dir.path(), &["--format", "json", "-o", "-"]);
    assert_success(&out);
    let graph: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(ids(&graph["nodes"], "id").contains("vladimir_putin"));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);

    let file = dir.path().join("g.json");
    assert_success(&export_in(dir.path(), &["-o", file.to_str().unwrap()]));
    assert_eq!(out.stdout, fs::read(&file).unwrap());
}

#[test]
fn csv_cannot_go_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_in(dir.path(), &["--format", "csv", "-o", "-"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn default_output_is_exports_graph_dot_extension_in_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_in(dir.path(), &[]);
    assert_success(&out);
    let graphml = dir.path().join("exports/graph.graphml");
    assert!(graphml.is_file(), "{}", stderr(&out));
    assert!(stderr(&out).contains("exports/graph.graphml"));

    for format in Format::ALL {
        let out = export_in(dir.path(), &["--format", format.name()]);
        assert_success(&out);
        let expected = if format.is_multi_file() {
            vec!["graph.nodes.csv".to_string(), "graph.edges.csv".to_string()]
        } else {
            vec![format!("graph.{}", format.extension())]
        };
        for name in expected {
            assert!(
                dir.path().join("exports").join(&name).is_file(),
                "{format}: no exports/{name}; stderr:\n{}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn the_same_input_gives_byte_identical_exports() {
    let dir = tempfile::tempdir().unwrap();
    for format in Format::ALL {
        let mut runs = Vec::new();
        for run in ["first", "second"] {
            let path = dir.path().join(format!("{run}.{}", format.extension()));
            assert_success(&export_in(
                dir.path(),
                &["--format", format.name(), "-o", path.to_str().unwrap()],
            ));
            let files = if format.is_multi_file() {
                let (n, e) = seeds::export::csv_paths(&path);
                vec![n, e]
            } else {
                vec![path]
            };
            runs.push(
                files
                    .iter()
                    .map(|f| fs::read(f).unwrap())
                    .collect::<Vec<_>>(),
            );
        }
        assert_eq!(runs[0], runs[1], "{format}: two runs differ");
    }
}

#[test]
fn help_lists_every_export_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = seeds_in(dir.path(), &["graph", "export", "--help"]);
    assert_success(&out);
    let help = String::from_utf8(out.stdout).unwrap();
    for format in Format::ALL {
        assert!(help.contains(format.name()), "--help lacks {format}");
        assert!(
            help.contains(&format!(".{}", format.extension())),
            "--help lacks .{}",
            format.extension()
        );
    }
    assert_success(&seeds_in(dir.path(), &["--help"]));
}

#[test]
fn an_unknown_flag_is_a_usage_error_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = seeds_in(dir.path(), &["graph", "export", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--no-such-flag"), "{}", stderr(&out));
    let out = seeds_in(dir.path(), &["no-such-command"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `seeds graph export -o - | head -c 10`: the reader goes away early, which
/// is not an error. Closing the pipe before seeds writes makes the broken
/// pipe certain, whatever the size of the output.
#[test]
fn a_closed_stdout_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args(["graph", "export", "--format", "turtle", "-o", "-"])
        .arg("--corpus")
        .arg(good_corpus())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_success(&out);
    assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
}

#[test]
fn a_broken_pipe_through_head_exits_0() {
    let corpus = good_corpus();
    let script = format!(
        "set -o pipefail; '{}' graph export --corpus '{}' --format turtle -o - | head -c 10 >/dev/null",
        env!("CARGO_BIN_EXE_seeds"),
        corpus.display()
    );
    let out = Command::new("bash").args(["-c", &script]).output().unwrap();
    assert_success(&out);
}

/// A failed export must never destroy or half-write what was there.
mod atomic_writes {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn an_output_folder_that_is_a_file_is_an_error_and_the_file_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("exports");
        fs::write(&blocker, "not a folder").unwrap();
        let out = export_in(dir.path(), &["-o", "exports/graph.json"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("exports"), "{}", stderr(&out));
        assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a folder");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn an_output_path_that_is_a_folder_is_a_usage_error_and_the_folder_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("graph.json");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("keep.txt"), "mine").unwrap();
        let out = export_in(dir.path(), &["-o", target.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("graph.json"), "{}", stderr(&out));
        assert_eq!(fs::read_to_string(target.join("keep.txt")).unwrap(), "mine");
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }

    #[test]
    fn a_failed_export_leaves_the_previous_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("graph.ttl");
        fs::write(&target, "previous export").unwrap();
        let bad = fixture("bad-mixed");
        let out = seeds_in(
            dir.path(),
            &[
                "graph",
                "export",
                "--corpus",
                bad.to_str().unwrap(),
                "-o",
                target.to_str().unwrap(),
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(fs::read_to_string(&target).unwrap(), "previous export");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_csv_export_leaves_both_previous_tables_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let nodes = dir.path().join("graph.nodes.csv");
        fs::write(&nodes, "previous nodes").unwrap();
        // The edges table cannot be written: its path is a folder.
        fs::create_dir(dir.path().join("graph.edges.csv")).unwrap();
        let out = export_in(dir.path(), &["-o", "graph.csv"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("graph.edges.csv"), "{}", stderr(&out));
        assert_eq!(fs::read_to_string(&nodes).unwrap(), "previous nodes");
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }
}
