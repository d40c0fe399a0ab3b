//! Given names (`given_names.toml`): the first words of people's names, so
//! that a person the gazetteer does not know and no title introduces is still
//! recognised ("a soldier, Artyom Poghosyan"), and the words that make such a
//! name the name of a place or a body instead ("rue", "Airport").

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::{parse_toml, OntologyError, SourceFile};
use crate::extract::normalize::fold;

/// The given names and eponym words of one ontology.
#[derive(Debug, Clone, Default)]
pub struct GivenNames {
    /// Folded name ("sergei", "kassym-jomart") → its line in the file.
    names: BTreeMap<String, usize>,
    /// Folded words that make a name a place's or a body's.
    eponym_words: BTreeSet<String>,
    /// The file the names come from, for provenance.
    pub file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGivenNames {
    eponym_words: Vec<Spanned<String>>,
    #[serde(default)]
    group: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    /// Where the names come from; documentation only.
    #[allow(dead_code)]
    origin: String,
    names: Vec<Spanned<String>>,
}

/// One capitalised word, or capitalised parts joined by hyphens.
fn is_name(text: &str) -> bool {
    text.split('-').all(|part| {
        let mut chars = part.chars();
        chars
            .next()
            .is_some_and(|c| c.is_alphabetic() && c.is_uppercase())
            && chars.all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}')
    })
}

/// One lowercase word.
fn is_lowercase_word(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
}

impl GivenNames {
    pub(crate) fn parse(file: &SourceFile) -> Result<GivenNames, OntologyError> {
        let raw: RawGivenNames = parse_toml(file)?;
        let mut out = GivenNames {
            file: file.name.clone(),
            ..GivenNames::default()
        };
        for word in raw.eponym_words {
            let line = file.line_of(word.span().start);
            let word = word.into_inner();
            if !is_lowercase_word(&word) {
                return Err(OntologyError::new(
                    &file.name,
                    line,
                    format!("eponym word `{word}`: expected one lowercase word"),
                ));
            }
            out.eponym_words.insert(fold(&word));
        }
        for group in raw.group {
            for name in group.names {
                let line = file.line_of(name.span().start);
                let name = name.into_inner();
                if !is_name(&name) {
                    return Err(OntologyError::new(
                        &file.name,
                        line,
                        format!(
                            "given name `{name}`: expected one capitalised word, or capitalised parts joined by hyphens"
                        ),
                    ));
                }
                // The same name may stand in several groups: the first line
                // is the one provenance names.
                out.names.entry(fold(&name)).or_insert(line);
            }
        }
        Ok(out)
    }

    /// The line of a folded given name ("artyom", "jean-yves"), if listed.
    pub fn line(&self, folded: &str) -> Option<usize> {
        self.names.get(folded).copied()
    }

    /// True when a folded word makes a name a place's or a body's ("rue",
    /// "airport").
    pub fn is_eponym_word(&self, folded: &str) -> bool {
        self.eponym_words.contains(folded)
    }

    /// How many distinct given names are listed.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<GivenNames, OntologyError> {
        GivenNames::parse(&SourceFile {
            name: "ontology/given_names.toml".into(),
            text: text.into(),
        })
    }

    #[test]
    fn names_are_folded_and_keep_their_line() {
        let g = parse(
            "eponym_words = [\"rue\", \"aéroport\"]\n\n[[group]]\norigin = \"test\"\nnames = [\n  \"Artyom\",\n  \"Sergueï\", \"Kassym-Jomart\",\n]\n",
        )
        .unwrap();
        assert_eq!(g.line("artyom"), Some(6));
        assert_eq!(g.line("serguei"), Some(7));
        assert_eq!(g.line("kassym-jomart"), Some(7));
        assert_eq!(g.line("poghosyan"), None);
        assert!(g.is_eponym_word("aeroport"));
        assert_eq!(g.len(), 3);
    }

    #[test]
    fn a_lowercase_or_spaced_name_is_reported_with_its_line() {
        for bad in [
            "\"artyom\"",
            "\"Artyom Poghosyan\"",
            "\"\"",
            "\"Jean-\"",
            "\"R2\"",
        ] {
            let text = format!(
                "eponym_words = []\n[[group]]\norigin = \"test\"\nnames = [\n  \"Armen\",\n  {bad},\n]\n"
            );
            let err = parse(&text).unwrap_err();
            assert_eq!(err.line, 6, "{bad}: {err}");
            assert!(err.message.contains("given name"), "{err}");
            assert!(
                err.to_string().starts_with("ontology/given_names.toml:6:"),
                "{err}"
            );
        }
    }

    #[test]
    fn an_eponym_word_must_be_one_lowercase_word() {
        for bad in ["\"grand rue\"", "\"Airport\"", "\"\""] {
            let err = parse(&format!("eponym_words = [\n  \"rue\",\n  {bad},\n]\n")).unwrap_err();
            assert_eq!(err.line, 3, "{bad}: {err}");
            assert!(err.message.contains("eponym word"), "{err}");
        }
    }

    #[test]
    fn unknown_fields_and_missing_lists_are_reported() {
        let err = parse("eponym_words = []\n[[group]]\norigin = \"x\"\nname = [\"Armen\"]\n")
            .unwrap_err();
        assert_eq!(err.line, 4, "{err}");
        let err = parse("[[group]]\norigin = \"x\"\nnames = [\"Armen\"]\n").unwrap_err();
        assert!(err.message.contains("eponym_words"), "{err}");
    }

    #[test]
    fn the_bundled_list_is_broad() {
        let ont = crate::ontology::Ontology::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert!(ont.given_names.len() >= 300, "{}", ont.given_names.len());
        for name in ["artyom", "ilham", "sergei", "serguei", "emmanuel", "kaja"] {
            assert!(ont.given_names.line(name).is_some(), "{name}");
        }
    }
}
