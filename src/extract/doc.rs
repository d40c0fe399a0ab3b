//! Per-document working state shared by the mention and relation passes:
//! tokens with their stems, sentences, and the generic pattern matcher.

use std::cell::RefCell;

use super::lexindex::{FirstKey, LexIndex};
use super::normalize::stem;
use super::tokenize::{Sentence, TokKind, Token};
use crate::corpus::Lang;
use crate::date::PartialDate;
use crate::graph::CoreClass;
use crate::ontology::{Ontology, PatTok, Pattern};

/// What a slot of a pattern matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slots {
    /// The state named by `{adj}` or `{state}` (gazetteer id).
    pub state: Option<String>,
    /// The organisation named by `{org}` (entity id).
    pub org: Option<String>,
}

/// A pattern match: tokens `[first, last)` and the slots it filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatMatch {
    pub pattern: usize,
    pub first: usize,
    pub last: usize,
    pub slots: Slots,
}

/// Where a state or an organisation stands, for `{state}` and `{org}` slots.
#[derive(Debug, Clone)]
pub struct SlotSpan {
    pub last: usize,
    pub id: String,
}

pub struct DocCtx<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub toks: Vec<Token>,
    pub stems: Vec<String>,
    pub sents: Vec<Sentence>,
    /// Sentence index of each token.
    pub sent_of: Vec<usize>,
    pub ont: &'a Ontology,
    pub ix: &'a LexIndex,
    pub pub_date: Option<PartialDate>,
    /// `{state}` slot fillers by first token (filled by the mention pass).
    pub state_at: RefCell<Vec<Option<SlotSpan>>>,
    /// `{org}` slot fillers by first token (filled by the mention pass).
    pub org_at: RefCell<Vec<Option<SlotSpan>>>,
    /// Demonyms by token: the states they name.
    pub adj_at: Vec<Vec<usize>>,
}

const ARTICLES: &[&str] = &["le", "la", "les", "l'", "the"];

impl<'a> DocCtx<'a> {
    pub fn new(
        text: &'a str,
        lang: Lang,
        toks: Vec<Token>,
        sents: Vec<Sentence>,
        ont: &'a Ontology,
        ix: &'a LexIndex,
        pub_date: Option<PartialDate>,
    ) -> Self {
        // Stems come from the words as written: the stemmer needs the
        // accents ("signée" and "signer" share a stem, "signee" does not).
        let stems = toks
            .iter()
            .map(|t| {
                if t.kind == TokKind::Word {
                    stem(&text[t.start..t.end], lang)
                } else {
                    t.norm.clone()
                }
            })
            .collect();
        let mut sent_of = vec![0; toks.len()];
        for (si, s) in sents.iter().enumerate() {
            for x in sent_of.iter_mut().take(s.last).skip(s.first) {
                *x = si;
            }
        }
        let n = toks.len();
        let adj_at = toks
            .iter()
            .map(|t| {
                ix.demonyms
                    .get(&t.norm)
                    .map(|list| {
                        let mut v: Vec<usize> = list.iter().map(|d| d.entity).collect();
                        v.dedup();
                        v
                    })
                    .unwrap_or_default()
            })
            .collect();
        DocCtx {
            text,
            lang,
            toks,
            stems,
            sents,
            sent_of,
            ont,
            ix,
            pub_date,
            state_at: RefCell::new(vec![None; n]),
            org_at: RefCell::new(vec![None; n]),
            adj_at,
        }
    }

    pub fn surface(&self, first: usize, last: usize) -> &'a str {
        if first >= last || last > self.toks.len() {
            return "";
        }
        &self.text[self.toks[first].start..self.toks[last - 1].end]
    }

    pub fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.norm.as_str()).unwrap_or("")
    }

    pub fn is_hyphen(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.norm == "-" && !t.space_before)
    }

    pub fn sentence_end(&self, i: usize) -> usize {
        self.sents[self.sent_of[i]].last
    }

    pub fn entity_core(&self, id: &str) -> Option<CoreClass> {
        self.ix
            .entity_index
            .get(id)
            .map(|&i| self.ont.gazetteer.entities()[i].core)
    }

    /// Every pattern of this document's language that matches at `i`,
    /// within the sentence.
    pub fn matches_at(&self, i: usize, filter: impl Fn(usize) -> bool) -> Vec<PatMatch> {
        let mut out = Vec::new();
        if i >= self.toks.len() {
            return out;
        }
        let end = self.sentence_end(i);
        let mut keys = vec![
            FirstKey::Word(self.toks[i].norm.clone()),
            FirstKey::Stem(self.stems[i].clone()),
        ];
        if !self.adj_at[i].is_empty() {
            keys.push(FirstKey::Adj);
        }
        if self.state_at.borrow()[i].is_some() {
            keys.push(FirstKey::State);
        }
        if self.org_at.borrow()[i].is_some() {
            keys.push(FirstKey::Org);
        }
        if matches!(self.norm(i), "de" | "d'" | "du" | "des" | "of") {
            keys.push(FirstKey::De);
        }
        let mut seen = Vec::new();
        for key in keys {
            let Some(list) = self.ix.by_first.get(&(self.lang, key)) else {
                continue;
            };
            for &pi in list {
                if seen.contains(&pi) || !filter(pi) {
                    continue;
                }
                seen.push(pi);
                let mut slots = Slots::default();
                if let Some(last) =
                    self.match_pattern(&self.ix.patterns[pi].pattern, 0, i, end, &mut slots)
                {
                    out.push(PatMatch {
                        pattern: pi,
                        first: i,
                        last,
                        slots,
                    });
                }
            }
        }
        out
    }

    /// Matches pattern words `k..` at token `i`; returns the end token.
    fn match_pattern(
        &self,
        p: &Pattern,
        k: usize,
        i: usize,
        end: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        self.match_pattern_gap(p, k, i, end, slots, false)
    }

    fn match_pattern_gap(
        &self,
        p: &Pattern,
        k: usize,
        mut i: usize,
        end: usize,
        slots: &mut Slots,
        in_gap: bool,
    ) -> Option<usize> {
        if k == p.toks.len() {
            return Some(i);
        }
        // Hyphens inside compounds are not words of the pattern.
        while i < end && self.is_hyphen(i) && k > 0 {
            i += 1;
        }
        if i >= end {
            return None;
        }
        if p.gaps && k == 1 && !in_gap {
            // After a verb, a few words may come before the rest of the
            // phrase; up to five when they are all lower-case words ("fired
            // missiles and cluster munitions at").
            return (0..=5)
                .take_while(|skip| i + skip < end)
                .take_while(|&skip| {
                    skip <= 3
                        || self.toks[i..i + skip]
                            .iter()
                            .all(|t| t.kind == TokKind::Word && !t.upper)
                })
                .find_map(|skip| self.match_tok(p, k, i + skip, end, slots));
        }
        self.match_tok(p, k, i, end, slots)
    }

    fn match_tok(
        &self,
        p: &Pattern,
        k: usize,
        i: usize,
        end: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        match &p.toks[k] {
            PatTok::Word(w) => {
                // Plurals match their singular: "ministères de la Défense",
                // "foreign ministers".
                let t = &self.toks[i].norm;
                let plural = t.len() > w.len()
                    && w.len() >= 4
                    && t.starts_with(w.as_str())
                    && matches!(&t[w.len()..], "s" | "x" | "es");
                if t == w || plural {
                    self.match_pattern(p, k + 1, i + 1, end, slots)
                } else {
                    None
                }
            }
            PatTok::Stem { stem, forms } => {
                let t = &self.toks[i];
                // Agent and action nouns share a verb's stem ("reporters",
                // "déclaration", "bombardement"): not verbs.
                let nominal = p.verb
                    && k == 0
                    && [
                        "eur", "eurs", "euse", "euses", "ers", "ors", "ion", "ions", "ment",
                        "ments",
                    ]
                    .iter()
                    .any(|s| t.norm.ends_with(s));
                // A noun's stem does not match a verb form sharing it: "a
                // appelé l'Arménie à…" is no "appel", "attacked" no "attack".
                let verbal = !p.verb && k == 0 && {
                    let raw = self.surface(i, i + 1).to_lowercase();
                    let written = p.source.split(' ').next().unwrap_or("").to_lowercase();
                    let endings: &[&str] = match self.lang {
                        Lang::Fr => &["é", "ée", "és", "ées", "ait", "aient"],
                        Lang::En => &["ed"],
                    };
                    endings
                        .iter()
                        .any(|e| raw.ends_with(e) && !written.ends_with(e))
                };
                let stem_ok = &self.stems[i] == stem && !nominal && !verbal;
                if t.kind == TokKind::Word && (stem_ok || forms.contains(&t.norm)) {
                    self.match_pattern(p, k + 1, i + 1, end, slots)
                } else {
                    None
                }
            }
            PatTok::De => {
                if !matches!(self.norm(i), "de" | "d'" | "du" | "des" | "of") {
                    return None;
                }
                if let Some(r) = self.match_pattern(p, k + 1, i + 1, end, slots) {
                    return Some(r);
                }
                if i + 1 < end
                    && ARTICLES.contains(&self.norm(i + 1))
                    && matches!(self.norm(i), "de" | "of")
                {
                    return self.match_pattern(p, k + 1, i + 2, end, slots);
                }
                None
            }
            PatTok::Adj => {
                let states = &self.adj_at[i];
                if states.is_empty() {
                    return None;
                }
                let saved = slots.state.clone();
                slots.state = Some(self.ont.gazetteer.entities()[states[0]].id.clone());
                let r = self.match_pattern(p, k + 1, i + 1, end, slots);
                if r.is_none() {
                    slots.state = saved;
                }
                r
            }
            PatTok::State => {
                let span = self.slot_span(&self.state_at, i, end)?;
                self.fill_slot(p, k, span, end, slots, |s| &mut s.state)
            }
            PatTok::Org => {
                let span = self.slot_span(&self.org_at, i, end)?;
                self.fill_slot(p, k, span, end, slots, |s| &mut s.org)
            }
        }
    }

    /// The state or organisation starting at `i` (after an optional article).
    fn slot_span(
        &self,
        table: &RefCell<Vec<Option<SlotSpan>>>,
        i: usize,
        end: usize,
    ) -> Option<SlotSpan> {
        let table = table.borrow();
        let mut j = i;
        if ARTICLES.contains(&self.norm(j)) && j + 1 < end && table[j].is_none() {
            j += 1;
        }
        table[j].clone().filter(|span| span.last <= end)
    }

    /// Fills a slot with `span` and matches the rest of the pattern after
    /// it; the slot is restored when the rest does not match.
    fn fill_slot(
        &self,
        p: &Pattern,
        k: usize,
        span: SlotSpan,
        end: usize,
        slots: &mut Slots,
        slot: fn(&mut Slots) -> &mut Option<String>,
    ) -> Option<usize> {
        let saved = slot(slots).replace(span.id);
        let r = self.match_pattern(p, k + 1, span.last, end, slots);
        if r.is_none() {
            *slot(slots) = saved;
        }
        r
    }

    /// Leftmost-longest non-overlapping matches of the patterns `filter`
    /// accepts, over the whole document.
    pub fn scan(&self, filter: impl Fn(usize) -> bool + Copy) -> Vec<PatMatch> {
        let mut out: Vec<PatMatch> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let mut ms = self.matches_at(i, filter);
            ms.sort_by(|a, b| b.last.cmp(&a.last).then(a.pattern.cmp(&b.pattern)));
            if let Some(m) = ms.into_iter().next() {
                i = m.last.max(i + 1);
                out.push(m);
            } else {
                i += 1;
            }
        }
        out
    }
}
