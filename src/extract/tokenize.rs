//! Tokens and sentences with byte offsets into the document.
//!
//! French elision stays with its article (`l'`, `d'`, `qu'`), English
//! possessives stand alone (`'s`), hyphens are their own tokens (so
//! "Haut-Karabakh" and "Haut Karabakh" fold alike and "arméno-russe" splits
//! into its parts), and both ’ and ' are apostrophes.

use super::normalize::fold;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

/// A token: its byte span in the document and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Lowercase, accent-free, with ' for every apostrophe.
    pub norm: String,
    /// True when the token starts with a capital letter.
    pub upper: bool,
    /// True when every letter is a capital (and there are at least two).
    pub all_caps: bool,
    /// True when white space separates it from the previous token.
    pub space_before: bool,
    /// True when a line break separates it from the previous token.
    pub newline_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokKind::Punct && self.norm == p
    }
}

const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Splits `text[from..]` into tokens; offsets are relative to `text`.
pub fn tokenize(text: &str, from: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let bytes_len = text.len();
    let mut chars = text[from..]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .peekable();
    let mut gap_has_space = false;
    let mut gap_has_newline = false;
    let push = |tokens: &mut Vec<Token>,
                start: usize,
                end: usize,
                kind: TokKind,
                sp: &mut bool,
                nl: &mut bool| {
        let raw = &text[start..end];
        let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
        tokens.push(Token {
            start,
            end,
            kind,
            norm: fold(raw),
            upper: raw.chars().next().is_some_and(|c| c.is_uppercase()),
            all_caps: letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()),
            space_before: *sp,
            newline_before: *nl,
        });
        *sp = false;
        *nl = false;
    };
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            gap_has_space = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                gap_has_newline = true;
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let numeric = c.is_numeric();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || unicode_normalization::char::is_combining_mark(d) {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                // A decimal comma or point inside a number: "4,9", "4.9".
                if numeric && (d == ',' || d == '.') {
                    let after = text[j + 1..].chars().next();
                    if after.is_some_and(|a| a.is_ascii_digit()) {
                        end = j + 1;
                        chars.next();
                        continue;
                    }
                }
                if is_apostrophe(d) {
                    let word = fold(&text[i..end]);
                    let after = text[j + d.len_utf8()..].chars().next();
                    let after_letter = after.is_some_and(|a| a.is_alphabetic());
                    if ELISIONS.contains(&word.as_str()) && after_letter {
                        // "l'" + rest: the article keeps its apostrophe.
                        end = j + d.len_utf8();
                        chars.next();
                        break;
                    }
                    let after2 = text[j + d.len_utf8()..].chars().nth(1);
                    if matches!(after, Some('s') | Some('S'))
                        && !after2.is_some_and(|a| a.is_alphabetic())
                    {
                        break; // English possessive: "'s" is its own token.
                    }
                    if after_letter {
                        // "aujourd'hui", "O'Brien": one word.
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                }
                break;
            }
            let kind = if text[i..end]
                .chars()
                .all(|c| c.is_numeric() || c == ',' || c == '.')
            {
                TokKind::Number
            } else {
                TokKind::Word
            };
            push(
                &mut tokens,
                i,
                end,
                kind,
                &mut gap_has_space,
                &mut gap_has_newline,
            );
            continue;
        }
        if is_apostrophe(c) {
            // "'s" after a word.
            let next = text[i + c.len_utf8()..].chars().next();
            let next2 = text[i + c.len_utf8()..].chars().nth(1);
            if matches!(next, Some('s') | Some('S'))
                && !next2.is_some_and(|a| a.is_alphabetic())
                && tokens.last().is_some_and(|t: &Token| t.end == i)
            {
                let end = (i + c.len_utf8() + 1).min(bytes_len);
                chars.next();
                push(
                    &mut tokens,
                    i,
                    end,
                    TokKind::Word,
                    &mut gap_has_space,
                    &mut gap_has_newline,
                );
                continue;
            }
        }
        // Three dots are one ellipsis.
        if c == '.' && text[i..].starts_with("...") {
            chars.next();
            chars.next();
            push(
                &mut tokens,
                i,
                i + 3,
                TokKind::Punct,
                &mut gap_has_space,
                &mut gap_has_newline,
            );
            continue;
        }
        let end = i + c.len_utf8();
        push(
            &mut tokens,
            i,
            end,
            TokKind::Punct,
            &mut gap_has_space,
            &mut gap_has_newline,
        );
    }
    tokens
}

/// A sentence: a range of tokens and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "st", "ste", "mr", "mrs", "ms", "gen", "col", "lt",
    "sgt", "capt", "prof", "etc", "cf", "no", "vol", "p", "jr", "sr", "av", "env", "vs",
];

/// Splits tokens into sentences: at `.`, `!`, `?`, `…` before a capital, a
/// digit or a quote (not after an abbreviation or an initial), and at every
/// line break (headlines and datelines have no final stop).
pub fn split_sentences(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let close = |out: &mut Vec<Sentence>, first: usize, last: usize| {
        if last > first {
            out.push(Sentence {
                first,
                last,
                start: tokens[first].start,
                end: tokens[last - 1].end,
            });
        }
    };
    for i in 0..tokens.len() {
        if i > first && tokens[i].newline_before {
            close(&mut out, first, i);
            first = i;
        }
        let t = &tokens[i];
        let is_end = t.kind == TokKind::Punct
            && matches!(t.norm.as_str(), "." | "!" | "?" | "..." | "\u{2026}");
        if !is_end {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut j = i + 1;
        while j < tokens.len()
            && !tokens[j].newline_before
            && tokens[j].kind == TokKind::Punct
            && matches!(
                tokens[j].norm.as_str(),
                "\"" | "\u{bb}" | "\u{201d}" | ")" | "]" | "'"
            )
        {
            j += 1;
        }
        let Some(next) = tokens.get(j) else { continue };
        if next.newline_before {
            continue; // closed by the line break
        }
        if t.norm == "." && i > 0 {
            let prev = &tokens[i - 1];
            let initial = prev.is_word()
                && prev.end - prev.start <= 2
                && prev.upper
                && prev.norm.chars().count() == 1;
            if prev.end == t.start && (ABBREVIATIONS.contains(&prev.norm.as_str()) || initial) {
                continue;
            }
        }
        let starts = next.upper
            || next.kind == TokKind::Number
            || matches!(
                next.norm.as_str(),
                "\"" | "\u{ab}" | "\u{201c}" | "(" | "-" | "\u{2014}"
            );
        if starts && next.space_before {
            close(&mut out, first, j);
            first = j;
        }
    }
    close(&mut out, first, tokens.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text, 0).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn elision_keeps_the_article_with_its_apostrophe() {
        assert_eq!(
            norms("l’Arménie et d'Erevan"),
            ["l'", "armenie", "et", "d'", "erevan"]
        );
        assert_eq!(norms("qu'au"), ["qu'", "au"]);
        assert_eq!(norms("aujourd'hui"), ["aujourd'hui"]);
    }

    #[test]
    fn possessive_and_hyphens_are_tokens() {
        assert_eq!(norms("Russia's army"), ["russia", "'s", "army"]);
        assert_eq!(norms("Haut-Karabakh"), ["haut", "-", "karabakh"]);
        assert_eq!(norms("arméno-russe"), ["armeno", "-", "russe"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "À Bakou, l’armée.";
        for t in tokenize(text, 0) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        let toks = tokenize(text, 0);
        assert_eq!(&text[toks[1].start..toks[1].end], "Bakou");
    }

    #[test]
    fn sentences_split_at_stops_and_lines_not_abbreviations() {
        let text = "M. Poutine a parlé. Le président russe\nest parti. Il a dit 4,9 fois.";
        let toks = tokenize(text, 0);
        let s = split_sentences(&toks);
        let got: Vec<&str> = s.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "M. Poutine a parlé.",
                "Le président russe",
                "est parti.",
                "Il a dit 4,9 fois."
            ]
        );
    }
}
