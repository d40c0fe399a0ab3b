//! The corpus stage: a folder of articles in, [`Document`]s out.
//!
//! An article is a UTF-8 plain-text or Markdown file. It may start with a
//! front-matter block of `key: value` lines between two `---` lines (`title`,
//! `date` in ISO 8601, `source`, `url`, `lang`); every key is optional. The
//! body keeps its byte offsets relative to the start of the file, so evidence
//! spans point into the file a user can open.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::date::PartialDate;

/// One article, ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The file name (`000_a0c22b9e541abe87.txt`): the id evidence refers to.
    pub id: String,
    pub title: Option<String>,
    /// Publication date: anchors relative dates ("mardi", "un an plus tard").
    pub date: Option<PartialDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// `fr` or `en`; guessed from the text when the front matter is silent.
    pub lang: Lang,
    /// The whole file as read (front matter included).
    pub text: String,
    /// Byte offset in `text` where the body (after the front matter) starts.
    pub body_start: usize,
}

impl Document {
    /// The article body, without front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Builds a document from text that is already in memory (stdin, tests).
    pub fn from_text(id: &str, text: &str) -> Result<Document, CorpusError> {
        parse_document(id, text.to_string())
    }
}

/// Language of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What can go wrong while reading a corpus.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 at byte {offset}; expected a UTF-8 text or Markdown file")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: the file is empty; expected the text of an article")]
    Empty { path: PathBuf },
    #[error("{path}:{line}: front matter: {message}")]
    FrontMatter {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: no such folder; expected a folder of articles (.txt, .md)")]
    NotFound { path: PathBuf },
    #[error("{path}: not a directory of articles")]
    NotADirectory { path: PathBuf },
    #[error("{path}: no article found (expected .txt or .md files)")]
    NoArticles { path: PathBuf },
}

/// A file of the corpus folder that was not loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// The result of loading a folder: the documents, sorted by file name, and
/// the files that were passed over, each with its reason.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
}

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Lists the article files of a folder, sorted by name, so that the order of
/// the export never depends on the file system. Files with other extensions
/// are reported as skipped rather than silently ignored.
pub fn list_articles(dir: &Path) -> Result<(Vec<PathBuf>, Vec<Skipped>), CorpusError> {
    if !dir.exists() {
        return Err(CorpusError::NotFound {
            path: dir.to_path_buf(),
        });
    }
    if !dir.is_dir() {
        return Err(CorpusError::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let entries = fs::read_dir(dir).map_err(|source| CorpusError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| CorpusError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            skipped.push(Skipped {
                path,
                reason: "a directory (sub-folders are not read)".into(),
            });
            continue;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
            files.push(path);
        } else {
            skipped.push(Skipped {
                path,
                reason: "not a .txt or .md article".into(),
            });
        }
    }
    files.sort();
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, skipped))
}

/// Reads one article file.
pub fn load_file(path: &Path) -> Result<Document, CorpusError> {
    let bytes = fs::read(path).map_err(|source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| CorpusError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    parse_document(&id, text).map_err(|e| match e {
        CorpusError::Empty { .. } => CorpusError::Empty {
            path: path.to_path_buf(),
        },
        CorpusError::FrontMatter { line, message, .. } => CorpusError::FrontMatter {
            path: path.to_path_buf(),
            line,
            message,
        },
        other => other,
    })
}

/// Loads every article of a folder. A file that cannot be used (unreadable,
/// not UTF-8, empty, bad front matter) is an error: the caller decides whether
/// to stop or to go on with [`load_dir_lenient`].
pub fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
    let (files, skipped) = list_articles(dir)?;
    if files.is_empty() {
        return Err(CorpusError::NoArticles {
            path: dir.to_path_buf(),
        });
    }
    let mut documents = Vec::with_capacity(files.len());
    for path in &files {
        documents.push(load_file(path)?);
    }
    Ok(Corpus { documents, skipped })
}

/// Loads every usable article of a folder; files that cannot be used are
/// returned in `skipped` with the error that names them.
pub fn load_dir_lenient(dir: &Path) -> Result<Corpus, CorpusError> {
    let (files, mut skipped) = list_articles(dir)?;
    let mut documents = Vec::with_capacity(files.len());
    for path in &files {
        match load_file(path) {
            Ok(doc) => documents.push(doc),
            Err(e) => skipped.push(Skipped {
                path: path.clone(),
                reason: e.to_string(),
            }),
        }
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Corpus { documents, skipped })
}

fn parse_document(id: &str, text: String) -> Result<Document, CorpusError> {
    let path = PathBuf::from(id);
    if text.trim().is_empty() {
        return Err(CorpusError::Empty { path });
    }
    let mut doc = Document {
        id: id.to_string(),
        title: None,
        date: None,
        source: None,
        url: None,
        lang: Lang::Fr,
        text: String::new(),
        body_start: 0,
    };
    let mut explicit_lang = None;
    // A UTF-8 byte-order mark is not part of the text.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let first_line_end = rest.find('\n').unwrap_or(rest.len());
    if rest[..first_line_end].trim_end() == "---" {
        let mut offset = bom + first_line_end + 1;
        let mut line_no = 1;
        let mut closed = false;
        while offset <= text.len() {
            let line_end = text[offset..]
                .find('\n')
                .map(|i| offset + i)
                .unwrap_or(text.len());
            line_no += 1;
            let line = text[offset..line_end].trim_end_matches('\r');
            let next = (line_end + 1).min(text.len());
            if line.trim() == "---" {
                doc.body_start = next;
                closed = true;
                break;
            }
            if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                let Some((key, value)) = line.split_once(':') else {
                    return Err(CorpusError::FrontMatter {
                        path,
                        line: line_no,
                        // Usually body text after a front matter whose closing
                        // `---` was forgotten.
                        message: format!(
                            "expected `key: value` or the `---` that closes the front matter, found `{}`",
                            line.trim()
                        ),
                    });
                };
                let value = unquote(value.trim());
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" => doc.title = Some(value.to_string()),
                    "source" | "publisher" => doc.source = Some(value.to_string()),
                    "url" | "link" => doc.url = Some(value.to_string()),
                    "date" | "published" if !value.is_empty() => {
                        doc.date = Some(value.parse::<PartialDate>().map_err(|e| {
                            CorpusError::FrontMatter {
                                path: path.clone(),
                                line: line_no,
                                message: format!(
                                    "date `{value}`: {e}; expected ISO 8601 such as 2024-05-15"
                                ),
                            }
                        })?);
                    }
                    "lang" | "language" => {
                        explicit_lang = Some(Lang::from_code(value).ok_or_else(|| {
                            CorpusError::FrontMatter {
                                path: path.clone(),
                                line: line_no,
                                message: format!("lang `{value}`: expected `fr` or `en`"),
                            }
                        })?);
                    }
                    // Unknown keys are kept out of the graph but are not errors:
                    // users carry their own metadata.
                    _ => {}
                }
            }
            if line_end >= text.len() {
                break;
            }
            offset = line_end + 1;
        }
        if !closed {
            return Err(CorpusError::FrontMatter {
                path,
                line: 1,
                message: "the front matter opened with `---` is never closed by a `---` line"
                    .into(),
            });
        }
    } else {
        doc.body_start = bom;
    }
    doc.text = text;
    if doc.body().trim().is_empty() {
        return Err(CorpusError::Empty { path });
    }
    doc.lang = explicit_lang.unwrap_or_else(|| guess_lang(doc.body()));
    Ok(doc)
}

fn unquote(value: &str) -> &str {
    let v = value.trim();
    if v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')))
    {
        &v[1..v.len() - 1]
    } else {
        v
    }
}

/// Guesses French or English from the share of very common function words.
pub fn guess_lang(text: &str) -> Lang {
    const FR: &[&str] = &[
        "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "avec", "qui", "sur",
        "pas", "au", "aux", "a", "ont", "été",
    ];
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "by", "has",
        "have", "were", "from", "said",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let w = word.to_lowercase();
        if FR.contains(&w.as_str()) {
            fr += 1;
        }
        if EN.contains(&w.as_str()) {
            en += 1;
        }
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_body_offsets_kept() {
        let text = "---\ntitle: Un titre\ndate: 2024-05-15\nlang: fr\n---\nLe corps.\n";
        let doc = Document::from_text("a.txt", text).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Un titre"));
        assert_eq!(doc.date.unwrap().to_string(), "2024-05-15");
        assert_eq!(doc.body(), "Le corps.\n");
        assert_eq!(&doc.text[doc.body_start..doc.body_start + 2], "Le");
    }

    #[test]
    fn unclosed_front_matter_is_an_error_naming_the_line() {
        let err = Document::from_text("a.txt", "---\ntitle: x\n").unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
    }

    #[test]
    fn bad_front_matter_date_names_the_line() {
        let err = Document::from_text("a.txt", "---\ntitle: x\ndate: hier\n---\nbody").unwrap_err();
        assert!(err.to_string().starts_with("a.txt:3:"), "{err}");
    }

    #[test]
    fn empty_text_is_an_error() {
        assert!(matches!(
            Document::from_text("a.txt", " \n "),
            Err(CorpusError::Empty { .. })
        ));
        assert!(matches!(
            Document::from_text("a.txt", "---\ntitle: x\n---\n"),
            Err(CorpusError::Empty { .. })
        ));
    }

    #[test]
    fn language_is_guessed_without_front_matter() {
        let en =
            Document::from_text("e.txt", "The minister said that the army was ready.").unwrap();
        assert_eq!(en.lang, Lang::En);
        let fr = Document::from_text("f.txt", "Le ministre a dit que l'armée est prête.").unwrap();
        assert_eq!(fr.lang, Lang::Fr);
    }
}
