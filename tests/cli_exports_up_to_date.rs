//! The committed `exports/graph.*` are what the binary writes for the bundled
//! `corpus/` today. They are golden files: after a change to the extractor,
//! the ontology or an exporter, regenerate them with
//! `tests/regenerate-exports.sh`, review the diff and commit them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use seeds::export::{csv_paths, Format};

const REGENERATE: &str = "tests/regenerate-exports.sh";

/// The files of one format under `dir`, as `graph export` names them.
fn files(dir: &Path, format: Format) -> Vec<PathBuf> {
    let path = dir.join(format!("graph.{}", format.extension()));
    if format.is_multi_file() {
        let (nodes, edges) = csv_paths(&path);
        vec![nodes, edges]
    } else {
        vec![path]
    }
}

#[test]
fn committed_exports_match_a_fresh_export_of_the_bundled_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = root.join("exports");
    let fresh = tempfile::tempdir().unwrap();

    // One process per format, all at once: each reads the whole corpus.
    let children: Vec<_> = Format::ALL
        .into_iter()
        .map(|format| {
            let child = Command::new(env!("CARGO_BIN_EXE_seeds"))
                .current_dir(root)
                .args(["graph", "export", "--corpus", "corpus"])
                .args(["--format", format.name(), "--output"])
                .arg(fresh.path().join(format!("graph.{}", format.extension())))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            (format, child)
        })
        .collect();
    for (format, child) in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let mut stale = Vec::new();
    for format in Format::ALL {
        for fresh_file in files(fresh.path(), format) {
            let name = fresh_file.file_name().unwrap();
            let committed_file = committed.join(name);
            match fs::read(&committed_file) {
                Ok(bytes) if bytes == fs::read(&fresh_file).unwrap() => {}
                Ok(_) => stale.push(format!("exports/{} differs", name.to_string_lossy())),
                Err(_) => stale.push(format!("exports/{} is missing", name.to_string_lossy())),
            }
        }
    }
    assert!(
        stale.is_empty(),
        "the committed exports are not what the binary writes for corpus/:\n  {}\n\
         Run `{REGENERATE}`, review `git diff exports/` and commit the files.",
        stale.join("\n  ")
    );
}
