//! Normalisation filters shared by the tokenizer and the data loaders: case
//! and accent folding, apostrophe unification, stemming. Data and text go
//! through the same functions, so a name written once in the ontology matches
//! every way a text may write it.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::corpus::Lang;

/// Lowercases, removes accents, unifies apostrophes and ligatures:
/// `L’Azerbaïdjan` → `l'azerbaidjan`, `Œuvre` → `oeuvre`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{00b4}' => out.push('\''),
            '\u{0153}' | '\u{0152}' => out.push_str("oe"),
            '\u{00e6}' | '\u{00c6}' => out.push_str("ae"),
            '\u{0131}' => out.push('i'), // dotless i (Laçın, Khocalı)
            '\u{0259}' | '\u{018f}' => out.push('a'), // schwa (Cəbrayıl)
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

thread_local! {
    static FR: Stemmer = Stemmer::create(Algorithm::French);
    static EN: Stemmer = Stemmer::create(Algorithm::English);
}

/// The Snowball stem of a word, accent-folded: `bombardé`, `bombardent`,
/// `bombarder` → `bombard`.
pub fn stem(word: &str, lang: Lang) -> String {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let s = match lang {
        Lang::Fr => {
            let lower = fr_irregular_future(&lower).unwrap_or(lower);
            let s = FR.with(|s| s.stem(&lower).into_owned());
            // Snowball leaves the third person plural "-ent" on many verbs
            // ("bombardent"); strip it so every tense shares one stem.
            // Snowball then undoubles a final consonant as it does for the
            // other forms ("surveillent" → "surveil", like "surveiller").
            match s.strip_suffix("ent") {
                Some(base) if lower.ends_with("ent") && base.chars().count() >= 4 => {
                    let doubled = ["enn", "onn", "ett", "ell", "eill"]
                        .iter()
                        .any(|d| base.ends_with(d));
                    if doubled {
                        base[..base.len() - 1].to_string()
                    } else {
                        base.to_string()
                    }
                }
                _ => s,
            }
        }
        Lang::En => EN.with(|s| s.stem(&lower).into_owned()),
    };
    fold(&s)
}

/// The infinitive behind a French future or conditional whose stem the
/// stemmer cannot see: "soutiendrait" (soutenir), "obtiendra" (obtenir),
/// "enverront" (envoyer).
fn fr_irregular_future(word: &str) -> Option<String> {
    const ENDINGS: &[&str] = &[
        "aient", "ais", "ait", "ions", "iez", "ons", "ont", "ez", "as", "ai", "a",
    ];
    const STEMS: &[(&str, &str)] = &[("iendr", "enir"), ("enverr", "envoyer")];
    for ending in ENDINGS {
        let Some(before) = word.strip_suffix(ending) else {
            continue;
        };
        for (future, infinitive) in STEMS {
            if let Some(base) = before.strip_suffix(future) {
                return Some(format!("{base}{infinitive}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_french_futures_share_the_infinitive_stem() {
        let soutenir = stem("soutenir", Lang::Fr);
        for w in [
            "soutiendrait",
            "soutiendra",
            "soutiendront",
            "soutiendraient",
        ] {
            assert_eq!(stem(w, Lang::Fr), soutenir, "{w}");
        }
        assert_eq!(stem("obtiendrait", Lang::Fr), stem("obtenir", Lang::Fr));
        assert_eq!(stem("enverra", Lang::Fr), stem("envoyer", Lang::Fr));
        assert_eq!(stem("viendra", Lang::Fr), stem("venir", Lang::Fr));
    }

    #[test]
    fn folding_removes_case_accents_and_curly_apostrophes() {
        assert_eq!(fold("L’Azerbaïdjan"), "l'azerbaidjan");
        assert_eq!(fold("ÉTATS-UNIS"), "etats-unis");
        assert_eq!(fold("main-d’œuvre"), "main-d'oeuvre");
        assert_eq!(fold("Laçın"), "lacin");
    }

    #[test]
    fn stems_conflate_inflections() {
        for w in ["bombardé", "bombardent", "bombarder", "bombardait"] {
            assert_eq!(stem(w, Lang::Fr), stem("bombarder", Lang::Fr), "{w}");
        }
        assert_eq!(stem("attacked", Lang::En), stem("attack", Lang::En));
        assert_eq!(stem("signée", Lang::Fr), stem("signer", Lang::Fr));
        for (plural, infinitive) in [
            ("surveillent", "surveiller"),
            ("appellent", "appeler"),
            ("rejettent", "rejeter"),
        ] {
            assert_eq!(
                stem(plural, Lang::Fr),
                stem(infinitive, Lang::Fr),
                "{plural}"
            );
        }
    }
}
