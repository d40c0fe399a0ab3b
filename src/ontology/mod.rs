//! The ontology stage: the `ontology/` folder in, an [`Ontology`] out.
//!
//! Knowledge about the world is data: classes and relations (`schema.toml`),
//! the gazetteer of named things (`gazetteer/*.toml`), institution kinds and
//! role titles recognised with a state (`institutions.toml`, `roles.toml`),
//! the relation cue lexicon (`cues.toml`), grammar words (`lexicon.toml`),
//! given names (`given_names.toml`) and date words (`dates.toml`). The binary embeds the repository's copy; a user
//! points `--ontology DIR` at their own. Every load error names the file and
//! the line.

mod embedded;
mod gazetteer;
mod given_names;
pub mod lexicon;
mod schema;

pub use gazetteer::{Entity, Gazetteer, RoleSpell};
pub use given_names::GivenNames;
pub use lexicon::{
    compile_pattern, pattern_words, Cue, CueKind, EventKind, Gender, Institution, Lexicon, PatTok,
    Pattern, Pronoun, Role,
};
pub use schema::{ClassDef, RelationDef, Schema};

use std::path::{Path, PathBuf};

use crate::extract::dates::DateLexicon;

/// Everything seeds knows before reading an article.
#[derive(Debug, Clone)]
pub struct Ontology {
    pub schema: Schema,
    pub gazetteer: Gazetteer,
    pub lexicon: Lexicon,
    /// Given names, for people the gazetteer does not know.
    pub given_names: GivenNames,
    pub dates: DateLexicon,
    /// Where it was loaded from (`bundled` or a folder), for messages.
    pub origin: String,
}

/// A load error: which file, which line (1-based; 0 when the whole file is at
/// fault), and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", file.display(), if *line > 0 { format!(":{line}") } else { String::new() })]
pub struct OntologyError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl OntologyError {
    pub fn new(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        OntologyError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

/// One file of an ontology folder: its path relative to the folder and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        line_of(&self.text, offset)
    }
}

pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses TOML into `T`, turning a syntax or shape error into an
/// [`OntologyError`] with the line where it happened.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
) -> Result<T, OntologyError> {
    toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map(|s| file.line_of(s.start)).unwrap_or(0);
        let message = e.message().trim().to_string();
        OntologyError::new(&file.name, line, message)
    })
}

/// The files every ontology folder must have (gazetteer files are any
/// `gazetteer/*.toml`).
pub const REQUIRED_FILES: &[&str] = &[
    "schema.toml",
    "institutions.toml",
    "roles.toml",
    "cues.toml",
    "lexicon.toml",
    "given_names.toml",
    "dates.toml",
];

impl Ontology {
    /// The ontology compiled into the binary (the repository's `ontology/`).
    pub fn bundled() -> Result<Ontology, OntologyError> {
        let files = embedded::FILES
            .iter()
            .map(|(name, text)| SourceFile {
                name: format!("ontology/{name}"),
                text: (*text).to_string(),
            })
            .collect();
        Ontology::from_files(files, "bundled")
    }

    /// Reads an ontology folder laid out like the repository's `ontology/`.
    pub fn load_dir(dir: &Path) -> Result<Ontology, OntologyError> {
        if !dir.is_dir() {
            return Err(OntologyError::new(
                dir,
                0,
                "not a directory; expected an ontology folder with schema.toml, gazetteer/ and the lexicon files",
            ));
        }
        let mut files = Vec::new();
        let read = |path: PathBuf| -> Result<SourceFile, OntologyError> {
            let bytes = std::fs::read(&path)
                .map_err(|e| OntologyError::new(&path, 0, format!("cannot read: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                OntologyError::new(
                    &path,
                    0,
                    format!(
                        "not valid UTF-8 at byte {}; expected a UTF-8 TOML file",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?;
            Ok(SourceFile {
                name: path.display().to_string().replace('\\', "/"),
                text,
            })
        };
        for name in REQUIRED_FILES {
            let path = dir.join(name);
            if !path.is_file() {
                return Err(OntologyError::new(&path, 0, "missing file"));
            }
            files.push(read(path)?);
        }
        let gdir = dir.join("gazetteer");
        let mut gfiles = Vec::new();
        if gdir.is_dir() {
            let entries = std::fs::read_dir(&gdir)
                .map_err(|e| OntologyError::new(&gdir, 0, format!("cannot read: {e}")))?;
            for entry in entries {
                let entry =
                    entry.map_err(|e| OntologyError::new(&gdir, 0, format!("cannot read: {e}")))?;
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "toml") {
                    gfiles.push(path);
                }
            }
        }
        gfiles.sort();
        for path in gfiles {
            files.push(read(path)?);
        }
        Ontology::from_files(files, &dir.display().to_string())
    }

    /// Builds an ontology from file texts. Names ending in `schema.toml`,
    /// `lexicon.toml`... are dispatched by their file name; files under a
    /// `gazetteer/` folder are gazetteer files.
    pub fn from_files(files: Vec<SourceFile>, origin: &str) -> Result<Ontology, OntologyError> {
        let find = |suffix: &str| -> Result<&SourceFile, OntologyError> {
            files
                .iter()
                .find(|f| {
                    f.name == suffix
                        || f.name.ends_with(&format!("/{suffix}"))
                            && !f.name.contains("/gazetteer/")
                })
                .ok_or_else(|| OntologyError::new(suffix, 0, "missing file"))
        };
        let schema = Schema::parse(find("schema.toml")?)?;
        let gazetteer_files: Vec<&SourceFile> = files
            .iter()
            .filter(|f| f.name.contains("gazetteer/"))
            .collect();
        let lexicon = Lexicon::parse(
            find("lexicon.toml")?,
            find("institutions.toml")?,
            find("roles.toml")?,
            find("cues.toml")?,
            &schema,
        )?;
        let gazetteer = Gazetteer::parse(&gazetteer_files, &schema, &lexicon)?;
        let given_names = GivenNames::parse(find("given_names.toml")?)?;
        let dates_file = find("dates.toml")?;
        let dates = DateLexicon::parse(&dates_file.text, &dates_file.name)?;
        Ok(Ontology {
            schema,
            gazetteer,
            lexicon,
            given_names,
            dates,
            origin: origin.to_string(),
        })
    }
}

/// 1-based line of a byte offset in a text (for loaders outside this module).
pub fn line_of_public(text: &str, offset: usize) -> usize {
    line_of(text, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_ontology_loads() {
        let ont = Ontology::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert!(ont.schema.class("State").is_some());
        assert!(!ont.gazetteer.is_empty());
    }

    /// The bundled files, with the lexicon's text edited by `edit`.
    fn bundled_with_lexicon(edit: impl Fn(&str) -> String) -> Result<Ontology, OntologyError> {
        let files = embedded::FILES
            .iter()
            .map(|(name, text)| SourceFile {
                name: format!("ontology/{name}"),
                text: if *name == "lexicon.toml" {
                    edit(text)
                } else {
                    (*text).to_string()
                },
            })
            .collect();
        Ontology::from_files(files, "test")
    }

    #[test]
    fn a_pronoun_that_refers_to_a_place_names_its_line() {
        let err = bundled_with_lexicon(|t| {
            t.replacen(
                "refers_to = [\"Person\"]",
                "refers_to = [\"Person\", \"Place\"]",
                1,
            )
        })
        .expect_err("a pronoun that stands for a place is refused");
        let msg = err.to_string();
        assert!(msg.contains("lexicon.toml:"), "{msg}");
        assert!(msg.contains("refers_to `Place`"), "{msg}");
    }

    #[test]
    fn a_settlement_of_a_class_that_is_no_place_names_its_line() {
        let err =
            bundled_with_lexicon(|t| t.replacen("class = \"Village\"", "class = \"State\"", 1))
                .expect_err("a settlement noun must introduce a place");
        let msg = err.to_string();
        assert!(msg.contains("lexicon.toml:"), "{msg}");
        assert!(msg.contains("expected a Place class"), "{msg}");
    }

    #[test]
    fn a_pronoun_with_an_unknown_gender_names_its_line() {
        let err =
            bundled_with_lexicon(|t| t.replacen("gender = \"feminine\"", "gender = \"neuter\"", 1))
                .expect_err("an unknown gender is refused");
        assert!(err.to_string().contains("gender `neuter`"), "{err}");
    }

    #[test]
    fn line_numbers_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }
}
