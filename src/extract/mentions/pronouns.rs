//! Subject pronouns ("Il a accusé…", "…, saying it had…", "…qu'elle
//! fournirait…"). A pronoun of `[[pronoun]]` in `lexicon.toml` that opens a
//! clause before its verb becomes a mention of its antecedent: the subject
//! of an earlier clause of its sentence when exactly one fits, else the
//! subject (or speaker) of the previous sentence when that one fits. A
//! pronoun with no such antecedent, or an impersonal one ("il y a", "it
//! is"), stands for nothing, and is kept so that no other actor is taken
//! for the subject of its verb.

use std::collections::{BTreeMap, BTreeSet};

use super::{MKind, Mention, MentionPass};
use crate::extract::lexindex::PatOwner;
use crate::extract::tokenize::TokKind;
use crate::graph::CoreClass;
use crate::ontology::{CueKind, Gender, Pronoun};

/// An actor standing as the subject of a verb.
#[derive(Debug, Clone)]
struct Subject {
    ent: String,
    core: CoreClass,
    /// Known from an article, a title or an honorific before its name, or
    /// from the pronoun that stands for it.
    gender: Option<Gender>,
    /// The subject of a verb of saying.
    speaker: bool,
}

/// What stands as the subject of a verb at some place: an actor, or a noun
/// phrase that is none ("Le texte", "The decree", "les deux pays").
enum Found {
    Actor(Subject),
    Other,
}

/// What the pass knows of the document's clauses.
struct Scope {
    /// Tokens right after a word that opens a clause (`clause_break`).
    clause_ends: BTreeSet<usize>,
    /// Sentences that name their source ("selon X", "according to X").
    sourced: BTreeSet<usize>,
}

/// Where an antecedent was found, for the rule that shows it.
#[derive(Clone, Copy)]
enum Source {
    Clause,
    Gender,
    Previous,
}

impl Source {
    fn describe(self) -> &'static str {
        match self {
            Source::Clause => "the subject of an earlier clause",
            Source::Gender => "the actor of its gender in the sentence",
            Source::Previous => "the subject of the previous sentence",
        }
    }
}

impl MentionPass<'_, '_> {
    /// Subject pronouns become mentions of their antecedents.
    pub(super) fn pronouns(&mut self) {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        if lex.pronouns.is_empty() {
            return;
        }
        let scope = Scope {
            clause_ends: ctx
                .scan(|p| ctx.ix.patterns[p].owner == PatOwner::ClauseBreak)
                .iter()
                .map(|m| m.last)
                .collect(),
            sourced: ctx
                .scan(|p| ctx.ix.patterns[p].owner == PatOwner::AccordingTo)
                .iter()
                .map(|m| ctx.sent_of[m.first])
                .collect(),
        };
        // "Selon elle,", "according to him": the pronoun names the source.
        let after_source: BTreeSet<usize> = ctx
            .scan(|p| ctx.ix.patterns[p].owner == PatOwner::AccordingTo)
            .iter()
            .map(|m| m.last)
            .collect();
        let mut resolved: BTreeMap<usize, (Subject, Source)> = BTreeMap::new();
        for p in 0..ctx.toks.len() {
            if ctx.toks[p].kind != TokKind::Word || self.covered[p].is_some() {
                continue;
            }
            if after_source.contains(&p) {
                if let Some((_, pron)) = lex.source_pronoun(ctx.lang, ctx.norm(p)) {
                    if let Some((s, source)) = self.antecedent(p, pron, &scope, &resolved) {
                        resolved.insert(
                            p,
                            (
                                Subject {
                                    speaker: false,
                                    ..s
                                },
                                source,
                            ),
                        );
                    }
                    continue;
                }
            }
            let Some((pi, pron)) = lex.pronoun(ctx.lang, ctx.norm(p)) else {
                continue;
            };
            if !self.opens_clause(p, &scope) {
                continue;
            }
            if self.impersonal(p, pi) {
                self.unresolved_pronouns.insert(p);
                continue;
            }
            if !self.verb_at(p + 1, false) {
                continue;
            }
            match self.antecedent(p, pron, &scope, &resolved) {
                Some((s, source)) => {
                    let gender = pron.gender.or(s.gender);
                    resolved.insert(
                        p,
                        (
                            Subject {
                                gender,
                                speaker: false,
                                ..s
                            },
                            source,
                        ),
                    );
                }
                None => {
                    self.unresolved_pronouns.insert(p);
                }
            }
        }
        for (p, (s, source)) in resolved {
            let pron = lex
                .pronoun(ctx.lang, ctx.norm(p))
                .or_else(|| lex.source_pronoun(ctx.lang, ctx.norm(p)))
                .map(|(_, x)| x);
            let (file, line) = pron.map(|x| (x.file.as_str(), x.line)).unwrap_or(("", 0));
            self.mentions.push(Mention {
                first: p,
                last: p + 1,
                sent: ctx.sent_of[p],
                ent: s.ent,
                core: s.core,
                senses: None,
                kind: MKind::Pronoun,
                rule: format!(
                    "reference:pronoun `{}`, {} ({file}:{line})",
                    ctx.surface(p, p + 1),
                    source.describe()
                ),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
        }
        self.index_mentions();
    }

    /// True when the pronoun at `p` opens its sentence or a clause: after
    /// punctuation, a conjunction, a subordinator ("qu'il", "that it"), a
    /// word that opens a clause, or a verb of saying ("said it would").
    fn opens_clause(&self, p: usize, scope: &Scope) -> bool {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let s = ctx.sents[ctx.sent_of[p]];
        if p == s.first {
            return true;
        }
        let prev = p - 1;
        let n = ctx.norm(prev);
        if ctx.toks[prev].kind == TokKind::Punct {
            // "a-t-il", "M. il": no clause opens there.
            return !(ctx.is_hyphen(prev) || matches!(n, "-" | "'" | "." | "/"));
        }
        lex.is_subordinator(ctx.lang, n)
            || lex.is_coordination(ctx.lang, n)
            || lex.is_verb_coordination(ctx.lang, n)
            || scope.clause_ends.contains(&p)
            || (prev.saturating_sub(3)..=prev).any(|k| {
                ctx.matches_at(k, |x| ctx.ix.patterns[x].owner == PatOwner::Reporting)
                    .iter()
                    .any(|m| m.last == p)
            })
    }

    /// True when what follows the pronoun makes it impersonal ("il y a",
    /// "il n'est pas certain", "it was").
    fn impersonal(&self, p: usize, pi: usize) -> bool {
        let ctx = self.ctx;
        let mut k = p + 1;
        while k < ctx.toks.len() && matches!(ctx.norm(k), "ne" | "n'") {
            k += 1;
        }
        !ctx.matches_at(k, |x| ctx.ix.patterns[x].owner == PatOwner::Impersonal(pi))
            .is_empty()
    }

    /// True when token `k` can be the verb of a subject just before it, or
    /// what stands between them (an auxiliary, a clitic, an adverb). With
    /// `strict`, only a word that shows it is a verb: an auxiliary, a verb
    /// of saying, a cue verb, a modal, an `-ed` or `-s` form ("the EU
    /// mission" is no "EU" that missions).
    fn verb_at(&self, k: usize, strict: bool) -> bool {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        // A name or a title ("Kremlin spokesman") goes on the noun phrase.
        if t.kind != TokKind::Word
            || t.upper
            || self.mention_at(k).is_some()
            || self.title_end(k).is_some()
        {
            return false;
        }
        let n = t.norm.as_str();
        let known_verb = lex.is_auxiliary(ctx.lang, n)
            || matches!(n, "ne" | "n'" | "se" | "s'" | "never")
            || !ctx
                .matches_at(k, |x| match ctx.ix.patterns[x].owner {
                    PatOwner::Reporting | PatOwner::Future | PatOwner::Conditional => true,
                    PatOwner::Cue(c) => lex.cues[c].kind == CueKind::Verb,
                    _ => false,
                })
                .is_empty();
        if known_verb {
            return true;
        }
        // French object clitics: "il l'a accusé", "il leur a demandé".
        if ctx.lang == crate::corpus::Lang::Fr
            && matches!(n, "l'" | "le" | "la" | "les" | "lui" | "leur" | "y" | "en")
            && ctx
                .toks
                .get(k + 1)
                .is_some_and(|x| x.kind == TokKind::Word && lex.is_auxiliary(ctx.lang, &x.norm))
        {
            return true;
        }
        let function_word = lex.is_determiner(ctx.lang, n)
            || lex.is_locative(ctx.lang, n)
            || lex.is_actor_preposition(ctx.lang, n)
            || lex.is_agent(ctx.lang, n)
            || lex.is_coordination(ctx.lang, n)
            || lex.is_verb_coordination(ctx.lang, n)
            || lex.is_subordinator(ctx.lang, n)
            || lex.is_negation(ctx.lang, n)
            || lex.is_honorific(ctx.lang, n)
            || lex.is_place_noun(ctx.lang, n)
            || !ctx.adj_at[k].is_empty();
        let in_date = self
            .dates
            .iter()
            .any(|d| d.start <= t.start && t.end <= d.end);
        if function_word || in_date {
            return false;
        }
        !strict || (n.len() > 3 && (n.ends_with("ed") || n.ends_with('s')))
    }

    /// The gender the text gives a mention: the article, title or honorific
    /// before it ("le ministère", "le Kremlin", "la porte-parole Maria
    /// Zakharova", "M. Eyvazov"). None without one ("l'Arménie", "Moscou").
    fn mention_gender(&self, x: &Mention) -> Option<Gender> {
        let ctx = self.ctx;
        if ctx.lang != crate::corpus::Lang::Fr {
            return None;
        }
        let mut k = x.first;
        while k > 0 {
            match self.mention_at(k - 1) {
                Some(t) if t.title && t.first < k => k = t.first,
                _ => break,
            }
        }
        if k >= 2 && ctx.toks[k - 1].is_punct(".") {
            k -= 1;
        }
        if k == 0 || ctx.sent_of[k - 1] != x.sent {
            return None;
        }
        ctx.ont.lexicon.gender_of(ctx.norm(k - 1))
    }

    /// The subject of a verb whose noun phrase starts at `k` (before `end`):
    /// a name, a title or a reference, then its verb, possibly after an
    /// apposition between commas ("Nikol Pachinian, le Premier ministre, a
    /// réagi") or a parenthesis.
    fn subject_at(
        &self,
        k: usize,
        end: usize,
        resolved: &BTreeMap<usize, (Subject, Source)>,
    ) -> Option<Found> {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let mut j = k;
        let mut determiner = false;
        let mut title = false;
        while j < end {
            let n = ctx.norm(j);
            if lex.is_determiner(ctx.lang, n) {
                determiner = true;
                j += 1;
            } else if lex.is_honorific(ctx.lang, n)
                || (ctx.toks[j].is_punct(".")
                    && j > k
                    && lex.is_honorific(ctx.lang, ctx.norm(j - 1)))
            {
                j += 1;
            } else if let Some(x) = self.mention_at(j).filter(|x| !x.title && x.first == j) {
                // "Kremlin spokesman Dmitry Peskov": a name before a title
                // qualifies it; "le président russe" alone names its holder.
                match self.title_end(x.last) {
                    Some(t) => {
                        j = t;
                        title = true;
                    }
                    None => break,
                }
            } else if let Some(t) = self.title_end(j) {
                j = t;
                title = true;
            } else if title && matches!(n, "de" | "d'" | "du" | "des" | "of") {
                // The title's complement: "le porte-parole du Kremlin".
                match self
                    .mention_at(j + 1)
                    .filter(|x| !x.title && x.last > j + 1)
                {
                    Some(x) => j = x.last,
                    None => break,
                }
            } else {
                break;
            }
        }
        if j >= end {
            return None;
        }
        // "Le porte-parole du Kremlin, Dmitri Peskov, a réagi": the name in
        // apposition to a title is the subject.
        if title && ctx.toks[j].is_punct(",") {
            let x = self.mention_at(j + 1).filter(|x| x.first == j + 1)?;
            let actor = self.actor(x)?;
            if !ctx.toks.get(x.last).is_some_and(|t| t.is_punct(",")) || x.last + 1 >= end {
                return None;
            }
            return self
                .verb_at(x.last + 1, false)
                .then(|| self.with_speaker(actor, x.last + 1, end));
        }
        let (head, head_last) = if let Some((s, _)) = resolved.get(&j) {
            (Found::Actor(s.clone()), j + 1)
        } else if let Some(x) = self.mention_at(j).filter(|x| x.first >= k) {
            let found = self.actor(x).map_or(Found::Other, Found::Actor);
            (found, x.last)
        } else if determiner && ctx.toks[j].kind == TokKind::Word && !ctx.toks[j].upper {
            (Found::Other, j + 1)
        } else {
            return None;
        };
        let mut a = head_last;
        if ctx.toks.get(a).is_some_and(|t| t.is_punct(",")) {
            a = (a + 1..(a + 16).min(end)).find(|&b| ctx.toks[b].is_punct(","))? + 1;
        } else if ctx.toks.get(a).is_some_and(|t| t.is_punct("(")) {
            a = (a + 1..(a + 8).min(end)).find(|&b| ctx.toks[b].is_punct(")"))? + 1;
        }
        let strict = determiner && ctx.lang == crate::corpus::Lang::En;
        if a >= end || !self.verb_at(a, strict) {
            return None;
        }
        Some(match head {
            Found::Actor(s) => self.with_speaker(s, a, end),
            other => other,
        })
    }

    /// Where a title that starts at `j` ends ("porte-parole du Kremlin",
    /// "Premier ministre arménien"), whether or not it names its holder.
    fn title_end(&self, j: usize) -> Option<usize> {
        let ctx = self.ctx;
        let by_mention = self
            .mention_at(j)
            .filter(|t| t.title && t.last > j)
            .map(|t| t.last);
        let by_pattern = ctx
            .matches_at(j, |x| matches!(ctx.ix.patterns[x].owner, PatOwner::Role(_)))
            .into_iter()
            .map(|m| m.last)
            .max();
        by_mention.max(by_pattern)
    }

    /// A singular actor a mention names, as a subject: not a demonym, a
    /// title, a group ("les deux pays") or a capital named as a place.
    fn actor(&self, x: &Mention) -> Option<Subject> {
        let ok = x.core.is_actor()
            && !x.weak
            && !x.title
            && x.kind != MKind::Collective
            && (x.senses.is_none() || x.core == CoreClass::State);
        ok.then(|| Subject {
            ent: x.ent.clone(),
            core: x.core,
            gender: self.mention_gender(x),
            speaker: false,
        })
    }

    /// The subject whose verb starts at `v`, marked as a speaker when that
    /// verb is one of saying.
    fn with_speaker(&self, mut s: Subject, mut v: usize, end: usize) -> Found {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        while v < end
            && (lex.is_auxiliary(ctx.lang, ctx.norm(v))
                || matches!(ctx.norm(v), "ne" | "n'" | "se" | "s'"))
        {
            v += 1;
        }
        s.speaker = v < end
            && !ctx
                .matches_at(v, |x| ctx.ix.patterns[x].owner == PatOwner::Reporting)
                .is_empty();
        Found::Actor(s)
    }

    /// An inverted speaker at `k`: "…, a déclaré M. Eyvazov", "…," said
    /// Putin.
    fn inverted_speaker(&self, k: usize, end: usize) -> Option<Subject> {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let mut v = k;
        while v < end && lex.is_auxiliary(ctx.lang, ctx.norm(v)) {
            v += 1;
        }
        let verb = ctx
            .matches_at(v, |x| ctx.ix.patterns[x].owner == PatOwner::Reporting)
            .into_iter()
            .map(|m| m.last)
            .max()?;
        let mut j = verb;
        while j < end {
            let n = ctx.norm(j);
            if lex.is_determiner(ctx.lang, n)
                || lex.is_honorific(ctx.lang, n)
                || ctx.toks[j].is_punct(".")
            {
                j += 1;
            } else if self.mention_at(j).is_some_and(|x| !x.title && x.first == j) {
                break;
            } else if let Some(t) = self.title_end(j) {
                j = t;
            } else {
                break;
            }
        }
        let x = self.mention_at(j).filter(|x| x.first == j)?;
        self.actor(x).map(|s| Subject { speaker: true, ..s })
    }

    /// The subjects of tokens `[first, end)` of one sentence, in text order:
    /// at its start (past opening quotes and dashes), after punctuation,
    /// after a subordinator or a word that opens a clause. `main_only`
    /// leaves out subordinate clauses.
    fn subjects(
        &self,
        first: usize,
        end: usize,
        main_only: bool,
        scope: &Scope,
        resolved: &BTreeMap<usize, (Subject, Source)>,
    ) -> Vec<Found> {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let mut out = Vec::new();
        for k in first..end {
            let after_punct = k > first
                && ctx.toks[k - 1].kind == TokKind::Punct
                && !ctx.is_hyphen(k - 1)
                && !matches!(ctx.norm(k - 1), "'" | "." | "/" | "-");
            let subordinate = k > first
                && (lex.is_subordinator(ctx.lang, ctx.norm(k - 1))
                    || scope.clause_ends.contains(&k));
            let opens = k == first || after_punct || (subordinate && !main_only);
            // Quotes and dashes open a clause but are not its subject.
            if !opens || ctx.toks[k].kind == TokKind::Punct {
                continue;
            }
            if after_punct {
                if let Some(s) = self.inverted_speaker(k, end) {
                    out.push(Found::Actor(s));
                    continue;
                }
            }
            if let Some(f) = self.subject_at(k, end, resolved) {
                out.push(f);
            }
        }
        out
    }

    /// The antecedent of the pronoun at `p`, if exactly one fits.
    fn antecedent(
        &self,
        p: usize,
        pron: &Pronoun,
        scope: &Scope,
        resolved: &BTreeMap<usize, (Subject, Source)>,
    ) -> Option<(Subject, Source)> {
        let ctx = self.ctx;
        let si = ctx.sent_of[p];
        let s = ctx.sents[si];
        let here = self.subjects(s.first, p, false, scope, resolved);
        if !here.is_empty() {
            if let Some(x) = self.clause_antecedent(&here, pron) {
                return Some((x, Source::Clause));
            }
            return self.gender_antecedent(&here, pron, p);
        }
        let prev = si.checked_sub(1)?;
        // "selon X, Y a…": the source and the subject both stand out.
        if scope.sourced.contains(&prev) {
            return None;
        }
        let prev = ctx.sents[prev];
        let found = self.subjects(prev.first, prev.last, true, scope, resolved);
        let main = found
            .iter()
            .find(|f| matches!(f, Found::Actor(x) if x.speaker))
            .or(found.first())?;
        let Found::Actor(m) = main else {
            return None;
        };
        if !pron.refers_to.iter().any(|t| t.contains(&m.core)) {
            return None;
        }
        let agrees = match (pron.gender, m.gender) {
            (Some(a), Some(b)) => a == b,
            // A state or a body named without an article ("l'Arménie",
            // "Moscou") may be of either gender: unclear.
            (Some(_), None) => m.core == CoreClass::Person,
            (None, _) => true,
        };
        agrees.then(|| (m.clone(), Source::Previous))
    }

    /// Among the subjects of earlier clauses of the sentence, the one that
    /// fits: the first tier of `refers_to` with a candidate decides, and two
    /// different candidates there make it unclear.
    fn clause_antecedent(&self, here: &[Found], pron: &Pronoun) -> Option<Subject> {
        for tier in &pron.refers_to {
            let mut fits: Vec<&Subject> = Vec::new();
            for f in here {
                let Found::Actor(x) = f else { continue };
                let gender_ok = match (pron.gender, x.gender) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                if tier.contains(&x.core) && gender_ok && !fits.iter().any(|y| y.ent == x.ent) {
                    fits.push(x);
                }
            }
            match fits.len() {
                0 => continue,
                1 => return Some(fits[0].clone()),
                _ => return None,
            }
        }
        None
    }

    /// When every subject before the pronoun has the other gender ("le
    /// ministère … a assuré qu'elle fournirait à Erevan…"), the nearest
    /// actor named before it in the sentence, if the text gives it the
    /// pronoun's gender ("de la Russie"). An actor the pronoun's own clause
    /// names again ("Erevan") is not what the pronoun stands for.
    fn gender_antecedent(
        &self,
        here: &[Found],
        pron: &Pronoun,
        p: usize,
    ) -> Option<(Subject, Source)> {
        let ctx = self.ctx;
        let want = pron.gender?;
        let other_gender = here.iter().any(|f| {
            matches!(f, Found::Actor(x) if x.gender.is_some_and(|g| g != want)
                && pron.refers_to.iter().any(|t| t.contains(&x.core)))
        });
        if !other_gender {
            return None;
        }
        let s = ctx.sents[ctx.sent_of[p]];
        let named_after: BTreeSet<&str> = self
            .mentions
            .iter()
            .filter(|x| x.first > p && x.last <= s.last)
            .map(|x| x.ent.as_str())
            .collect();
        let x = self
            .mentions
            .iter()
            .filter(|x| x.first >= s.first && x.last <= p)
            .filter(|x| !x.nested && !x.weak && !x.title && x.kind != MKind::Collective)
            .filter(|x| x.core.is_actor() && pron.refers_to.iter().any(|t| t.contains(&x.core)))
            .filter(|x| x.senses.is_none() || x.core == CoreClass::State)
            .filter(|x| !named_after.contains(x.ent.as_str()))
            .max_by_key(|x| x.last)?;
        (self.mention_gender(x) == Some(want)).then(|| {
            (
                Subject {
                    ent: x.ent.clone(),
                    core: x.core,
                    gender: Some(want),
                    speaker: false,
                },
                Source::Gender,
            )
        })
    }
}
