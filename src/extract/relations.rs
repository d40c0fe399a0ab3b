//! Relations from cue words: each cue of `cues.toml` found in a sentence
//! takes its arguments within the clause (subject before a verb, object
//! after it, agent after `par`/`by` in the passive, `de` complements of a
//! noun), spreads over coordinations ("l'Arménie, l'Azerbaïdjan et la
//! Russie"), and is dropped under negation. Future and conditional cues are
//! marked, not asserted. Reported speech sets who claims the fact.

use std::collections::BTreeSet;

use super::doc::PatMatch;
use super::lexindex::PatOwner;
use super::mentions::{headline_sentences, MKind, Mention, MentionPass};
use super::tokenize::TokKind;
use super::Fact;
use crate::corpus::Lang;
use crate::graph::{CoreClass, Modality};
use crate::ontology::{Cue, CueKind, RelationDef};

/// An argument slot: one mention, or several sharing a span (a collective
/// reference, a compound demonym), or a coordination of them.
#[derive(Debug, Clone)]
struct Arg {
    /// Indices into the pass's mentions.
    members: Vec<usize>,
    first: usize,
    last: usize,
}

struct Clause {
    first: usize,
    last: usize,
}

/// The confidence of a fact read through a pronoun: a little lower, since
/// the antecedent is a reading of its own.
fn via_pronoun_confidence(conf: f64) -> f64 {
    ((conf - 0.1) * 100.0).round() / 100.0
}

const AUX_ETRE: &[&str] = &[
    "est", "sont", "ete", "etait", "etaient", "sera", "seront", "soit", "soient", "fut", "furent",
    "etre", "is", "are", "was", "were", "been", "be", "being",
];

/// Auxiliaries of the active perfect: "a saisi l'OTSC" is active even when
/// a "par" follows further on.
const AUX_AVOIR: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "has", "have", "had",
];

/// True when a word, as written, looks like a past participle: French
/// accents tell "bombardé" from "bombarde".
/// True when a relation's objects are only agreements and events.
fn only_acts(ran: &[CoreClass]) -> bool {
    !ran.is_empty()
        && ran
            .iter()
            .all(|c| matches!(c, CoreClass::Agreement | CoreClass::Event))
}

fn participle_like(raw: &str, lang: Lang) -> bool {
    let w = raw.to_lowercase();
    match lang {
        // The imperfect ("éclatait", "visait") ends like "conduit" but is
        // a finite verb.
        Lang::Fr => {
            !w.ends_with("ait")
                && [
                    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "ise", "ises", "u", "ue", "us",
                    "ues", "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes",
                ]
                .iter()
                .any(|s| w.ends_with(s))
        }
        Lang::En => {
            w.ends_with("ed")
                || w.ends_with("en")
                || matches!(
                    w.as_str(),
                    "held"
                        | "struck"
                        | "sent"
                        | "shot"
                        | "left"
                        | "met"
                        | "told"
                        | "fought"
                        | "brought"
                        | "sought"
                        | "built"
                )
        }
    }
}

pub struct RelationPass<'p, 'c, 'a> {
    pass: &'p MentionPass<'c, 'a>,
    /// Argument mentions in text order.
    args: Vec<usize>,
    breaks: Vec<bool>,
    /// Token spans of titles ("président du Conseil européen", "Foreign
    /// Minister"), matched or not over other mentions.
    titles: Vec<(usize, usize)>,
    pub facts: Vec<Fact>,
    /// (first token, end token, verb token, claimant id) of reported speech.
    reports: Vec<(usize, usize, usize, String)>,
    /// Who speaks in each sentence that lies inside a quotation.
    quote_claimant: Vec<Option<String>>,
    /// Sentences that begin inside a quotation opened before them.
    quote_continues: Vec<bool>,
    /// Mentions that only say who claims the sentence ("selon le ministère"):
    /// never the subject of its facts.
    claimant_only: BTreeSet<usize>,
    /// Patients of passive verbs: a capital there is acted on, so it is the
    /// place where a place may stand ("Stepanakert was shelled").
    patients: BTreeSet<usize>,
    /// The subject of the last verb that gave a fact: (sentence, end token
    /// of the verb, subject), for a participle that goes on with its clause.
    last_verb_subject: Option<(usize, usize, Arg)>,
}

impl<'p, 'c, 'a> RelationPass<'p, 'c, 'a> {
    pub fn new(pass: &'p MentionPass<'c, 'a>) -> Self {
        let ctx = pass.ctx;
        let mut args: Vec<usize> = (0..pass.mentions.len())
            .filter(|&i| {
                let m = &pass.mentions[i];
                // "the Moscow-led alliance": a name in a compound adjective
                // qualifies a noun and is no argument of a verb.
                let compound = ctx.is_hyphen(m.last)
                    && ctx
                        .toks
                        .get(m.last + 1)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.upper && !t.space_before);
                !m.nested && !m.title && !compound
            })
            .collect();
        args.sort_by_key(|&i| (pass.mentions[i].first, pass.mentions[i].last));
        let mut breaks = vec![false; ctx.toks.len()];
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::ClauseBreak) {
            breaks[m.first] = true;
        }
        let titles = ctx
            .scan(|p| matches!(ctx.ix.patterns[p].owner, PatOwner::Role(_)))
            .into_iter()
            .map(|m| (m.first, m.last))
            .collect();
        RelationPass {
            pass,
            args,
            breaks,
            titles,
            facts: Vec::new(),
            reports: Vec::new(),
            quote_claimant: Vec::new(),
            quote_continues: Vec::new(),
            claimant_only: BTreeSet::new(),
            patients: BTreeSet::new(),
            last_verb_subject: None,
        }
    }

    fn m(&self, i: usize) -> &Mention {
        &self.pass.mentions[i]
    }

    fn clause(&self, first: usize, last: usize) -> Clause {
        let ctx = self.pass.ctx;
        let s = ctx.sents[ctx.sent_of[first]];
        let mut a = first;
        while a > s.first && !self.breaks[a] {
            a -= 1;
        }
        let mut b = last;
        while b < s.last && !self.breaks[b] {
            b += 1;
        }
        Clause { first: a, last: b }
    }

    /// Mentions spanning exactly `[first, last)` that can fill a slot of
    /// `cores`, switching a capital to the sense the slot needs.
    fn fit(&self, idx: usize, cores: &[CoreClass]) -> Option<(String, CoreClass)> {
        let m = self.m(idx);
        if let Some((place, state)) = &m.senses {
            // A capital is the place where a place can stand ("a bombardé
            // Stepanakert", "à Bakou"); the state only where an actor must,
            // and never after a locative ("a rencontré Poutine à Bakou").
            // A seat of an international body stands for that body.
            let pc = self.pass.ctx.entity_core(place).unwrap_or(CoreClass::Place);
            let sc = self.pass.ctx.entity_core(state).unwrap_or(CoreClass::State);
            if m.acting && !self.patients.contains(&idx) && cores.contains(&sc) {
                return Some((state.clone(), sc));
            }
            if cores.contains(&pc) {
                return Some((place.clone(), pc));
            }
            if cores.contains(&sc) && !m.locative {
                return Some((state.clone(), sc));
            }
            return None;
        }
        cores.contains(&m.core).then(|| (m.ent.clone(), m.core))
    }

    /// Groups argument mentions that share a span.
    fn arg_at(&self, pos: usize) -> Arg {
        let first = self.m(self.args[pos]).first;
        let last = self.m(self.args[pos]).last;
        let members = self
            .args
            .iter()
            .copied()
            .filter(|&i| self.m(i).first == first && self.m(i).last == last)
            .collect();
        Arg {
            members,
            first,
            last,
        }
    }

    fn fits_any(&self, a: &Arg, cores: &[CoreClass]) -> bool {
        a.members.iter().any(|&i| self.fit(i, cores).is_some())
    }

    /// Nearest argument ending at or before `before`, inside the clause.
    fn left(
        &self,
        before: usize,
        clause: &Clause,
        cores: &[CoreClass],
        skip_weak: bool,
    ) -> Option<Arg> {
        // A bare demonym stands in for its state when it is the nearest
        // candidate and right before the verb ("les drones azerbaïdjanais
        // ont visé"), or when no named actor is there at all.
        let named = self
            .left_where(before, clause, cores, false)
            .map(|a| self.apposition_head(a, clause, cores))
            .filter(|a| !self.unnamed_subject_between(a.last, before));
        // "les observateurs de l'UE en Arménie ont patrouillé": a place
        // after a locative preposition that follows an actor says where that
        // actor is; the actor is the subject.
        let named = named.map(|n| self.located_head(n, clause, cores));
        let weak = self.left_where(before, clause, cores, true);
        match (named, weak) {
            (Some(n), Some(w))
                if w.first > n.last
                    && w.members.iter().any(|&i| self.m(i).weak)
                    && self.closest_is_weak(&w, before) =>
            {
                Some(w)
            }
            (Some(n), _) => Some(n),
            (None, Some(w)) if !skip_weak || self.closest_is_weak(&w, before) => Some(w),
            _ => None,
        }
    }

    /// The actor an argument after a locative preposition locates: "the EU
    /// mission in Armenia", "les soldats russes au Karabakh".
    fn located_head(&self, a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let ctx = self.pass.ctx;
        if a.members.len() != 1
            || a.first < clause.first + 2
            || !ctx.ont.lexicon.is_locative(ctx.lang, ctx.norm(a.first - 1))
        {
            return a;
        }
        match self.left_where(a.first - 1, clause, cores, false) {
            Some(h) if h.last + 1 == a.first => h,
            _ => a,
        }
    }

    /// "Sur instruction du président X, l'armée avait pris…": after the
    /// comma closing a fronted phrase, a noun with its determiner and no
    /// name is the subject, so the name before the comma is not.
    fn unnamed_subject_between(&self, from: usize, before: usize) -> bool {
        let ctx = self.pass.ctx;
        let Some(c) = (from..before).rev().find(|&k| ctx.toks[k].is_punct(",")) else {
            return false;
        };
        let lex = &ctx.ont.lexicon;
        let det = c + 1;
        det + 1 < before
            && lex.is_determiner(ctx.lang, ctx.norm(det))
            && (det + 1..before).all(|k| {
                let t = &ctx.toks[k];
                t.kind == TokKind::Word && !t.upper && self.pass.mention_at(k).is_none()
            })
            && (det + 1..before).any(|k| !lex.is_auxiliary(ctx.lang, ctx.norm(k)))
    }

    /// "Russian peacekeepers commanded by General X have taken up…", "les
    /// soldats commandés par le général X patrouillent": the agent of a
    /// participle after a noun describes that noun, which is the argument.
    fn participial_head(&self, a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let ctx = self.pass.ctx;
        let mut k = a.first;
        while k > clause.first + 2
            && a.first - k < 4
            && (ctx.toks[k - 1].upper
                || ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k - 1))
                || ctx.ont.lexicon.is_honorific(ctx.lang, ctx.norm(k - 1)))
            && !ctx.ont.lexicon.is_agent(ctx.lang, ctx.norm(k - 1))
        {
            k -= 1;
        }
        if k < clause.first + 3
            || !ctx.ont.lexicon.is_agent(ctx.lang, ctx.norm(k - 1))
            || !participle_like(ctx.surface(k - 2, k - 1), ctx.lang)
        {
            return a;
        }
        // The participle stands right after the noun ("commanded"), not
        // after an auxiliary ("were commanded by").
        let aux = ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k - 3));
        if aux {
            return a;
        }
        self.args
            .iter()
            .position(|&i| self.m(i).last == k - 2 && self.m(i).first >= clause.first)
            .map(|pos| self.arg_at(pos))
            .filter(|h| self.fits_any(h, cores))
            .unwrap_or(a)
    }

    /// "Hikmet Hajiev, conseiller du président Ilham Aliev, a rencontré…":
    /// a name inside an apposition between commas describes the head
    /// before it, which is the argument.
    fn apposition_head(&self, a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let ctx = self.pass.ctx;
        // The apposition may go on past the name in lower-case words
        // ("conseiller du président Ilham Aliev pour la politique étrangère,").
        let closes = (a.last..(a.last + 7).min(clause.last)).find(|&k| {
            let t = &ctx.toks[k];
            t.kind != TokKind::Word
                || t.upper
                || ctx.ont.lexicon.is_auxiliary(ctx.lang, &t.norm)
                || self.pass.mention_at(k).is_some()
        });
        if !closes.is_some_and(|k| ctx.toks[k].is_punct(",")) {
            return a;
        }
        let mut k = a.first;
        let mut saw_title = false;
        while k > clause.first {
            let prev = k - 1;
            let n = ctx.norm(prev);
            if self.pass.mention_at(prev).is_some_and(|m| m.title) {
                saw_title = true;
            } else if ctx.ont.lexicon.is_auxiliary(ctx.lang, n) {
                // "X, a accusé l'armée de viser des villages,": a verb
                // before the name makes it an object, not an apposition.
                break;
            } else if !(ctx.ont.lexicon.is_determiner(ctx.lang, n)
                || matches!(n, "de" | "d'" | "du" | "des" | "of" | "-")
                || ctx.toks[prev].kind == TokKind::Word && !ctx.toks[prev].upper)
            {
                break;
            }
            k = prev;
        }
        if k == 0 || !ctx.toks[k - 1].is_punct(",") {
            return a;
        }
        // Between a person's name and its closing comma, lower-case words
        // describe that person even when no title is recognised among them
        // ("X, secretary of Armenia's Security Council, said").
        self.args
            .iter()
            .position(|&i| {
                self.m(i).last == k - 1 && !self.m(i).weak && self.m(i).first >= clause.first
            })
            .filter(|&pos| saw_title || self.m(self.args[pos]).core == CoreClass::Person)
            .map(|pos| self.arg_at(pos))
            .filter(|h| self.fits_any(h, cores))
            .unwrap_or(a)
    }

    /// True when a weak argument stands after every named one before `before`
    /// in its clause (the named ones being claimants or complements).
    fn closest_is_weak(&self, a: &Arg, before: usize) -> bool {
        let ctx = self.pass.ctx;
        (a.last..before).all(|k| {
            let n = ctx.norm(k);
            ctx.ont.lexicon.is_auxiliary(ctx.lang, n) || ctx.ont.lexicon.is_negation(ctx.lang, n)
        })
    }

    fn left_where(
        &self,
        before: usize,
        clause: &Clause,
        cores: &[CoreClass],
        allow_weak: bool,
    ) -> Option<Arg> {
        let mut best: Option<usize> = None;
        for (pos, &i) in self.args.iter().enumerate() {
            let m = self.m(i);
            if m.last <= before
                && m.first >= clause.first
                && (allow_weak || !m.weak)
                && !self.claimant_only.contains(&i)
                && self.fits_any(&self.arg_at(pos), cores)
            {
                best = Some(pos);
            }
        }
        // "Après avoir rencontré Poutine, il a…" with no antecedent for
        // "il": the verb's subject is nobody the text names.
        let best = best.filter(|&p| {
            self.pass
                .unresolved_pronouns
                .range(self.m(self.args[p]).last..before)
                .next()
                .is_none()
        });
        best.map(|p| {
            let a = self.participial_head(self.arg_at(p), clause, cores);
            self.coordinate_left(a, clause, cores)
        })
    }

    /// First argument starting at or after `from`, inside the clause.
    fn right(
        &self,
        from: usize,
        clause: &Clause,
        cores: &[CoreClass],
        stop_at_comma: bool,
    ) -> Option<Arg> {
        // A bare demonym ("son homologue azerbaïdjanais Ilham Aliev") is an
        // argument only when nothing better follows in the clause.
        self.right_where(from, clause, cores, stop_at_comma, false)
            .or_else(|| self.right_where(from, clause, cores, stop_at_comma, true))
    }

    fn right_where(
        &self,
        from: usize,
        clause: &Clause,
        cores: &[CoreClass],
        stop_at_comma: bool,
        allow_weak: bool,
    ) -> Option<Arg> {
        let ctx = self.pass.ctx;
        for (pos, &i) in self.args.iter().enumerate() {
            let m = self.m(i);
            // A pronoun is a subject, never what a verb before it acts on.
            if m.first < from
                || m.last > clause.last
                || (m.weak && !allow_weak)
                || m.kind == MKind::Pronoun
                || self.claimant_only.contains(&i)
            {
                continue;
            }
            // "with his Armenian counterpart, Ararat Mirzoyan": the comma
            // after a title introduces the person it names.
            if stop_at_comma
                && (from..m.first).any(|k| {
                    ctx.toks[k].is_punct(",")
                        && !(m.first == k + 1
                            && self.titles.iter().any(|&(f, l)| l == k && f >= from))
                })
            {
                return None;
            }
            // "loin du Haut-Karabakh", "far from Karabakh".
            if (m.first.saturating_sub(3).max(from)..m.first)
                .any(|k| ctx.ont.lexicon.is_distant(ctx.lang, ctx.norm(k)))
            {
                continue;
            }
            // "Azerbaijan's Ilham Aliyev": the possessor only qualifies the
            // name after it.
            if ctx.norm(m.last) == "'s" && self.args.iter().any(|&j| self.m(j).first == m.last + 1)
            {
                continue;
            }
            // "a reçu le président du Conseil européen, Charles Michel": the
            // body is a word of the title, the person the argument.
            if let Some(q) = self.title_owner(pos).filter(|&q| q > pos) {
                let p = self.arg_at(q);
                if p.last <= clause.last && self.fits_any(&p, cores) {
                    return Some(self.coordinate_right(p, clause, cores));
                }
            }
            let a = self.arg_at(pos);
            if self.fits_any(&a, cores) {
                return Some(self.coordinate_right(a, clause, cores));
            }
        }
        None
    }

    /// The first argument from `from` when it is a subject, a pronoun
    /// standing for its antecedent included ("il n'a pas attaqué Sotk mais
    /// a bombardé Tegh").
    fn right_subject(
        &self,
        from: usize,
        clause: &Clause,
        cores: &[CoreClass],
        stop_at_comma: bool,
    ) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let pronoun = self
            .args
            .iter()
            .position(|&i| {
                let m = self.m(i);
                m.first >= from && m.last <= clause.last && !m.weak
            })
            .filter(|&pos| self.m(self.args[pos]).kind == MKind::Pronoun)
            .map(|pos| self.arg_at(pos))
            .filter(|a| self.fits_any(a, cores))
            .filter(|a| !(stop_at_comma && (from..a.first).any(|k| ctx.toks[k].is_punct(","))));
        pronoun.or_else(|| self.right(from, clause, cores, stop_at_comma))
    }

    /// Troops, a contingent, a base: what a state sends or pulls out
    /// ("withdrew its peacekeepers from Karabakh").
    fn is_force(&self, a: &Arg) -> bool {
        let ctx = self.pass.ctx;
        a.members.iter().any(|&i| {
            let id = &self.m(i).ent;
            let class = self
                .pass
                .reg
                .map
                .get(id)
                .map(|e| e.class.as_str())
                .or_else(|| {
                    ctx.ix
                        .entity_index
                        .get(id)
                        .map(|&g| ctx.ont.gazetteer.entities()[g].class.as_str())
                });
            class.is_some_and(|c| ctx.ont.schema.is_a(c, "ArmedForces"))
        })
    }

    fn is_person(&self, a: &Arg) -> bool {
        a.members
            .iter()
            .any(|&i| self.m(i).core == CoreClass::Person)
    }

    /// Where the words that introduce a person begin: a title before the
    /// name, after a comma or not ("le président du Conseil européen,
    /// Charles Michel"), with the body an English title is prefixed by
    /// ("European Council President Charles Michel").
    fn extent_first(&self, a: &Arg) -> usize {
        let ctx = self.pass.ctx;
        if !self.is_person(a) || a.first == 0 {
            return a.first;
        }
        let end = if ctx.toks[a.first - 1].is_punct(",") {
            a.first - 1
        } else {
            a.first
        };
        let Some(start) = self
            .titles
            .iter()
            .filter(|t| t.1 == end && t.0 < end)
            .map(|t| t.0)
            .min()
            .or_else(|| {
                self.pass
                    .mention_at(a.first - 1)
                    .filter(|m| m.title && m.last == a.first)
                    .map(|m| m.first)
            })
        else {
            return a.first;
        };
        if ctx.lang != Lang::En {
            return start;
        }
        // English puts the body before the title, named or in capitals the
        // gazetteer does not know ("Foreign Ministry spokeswoman").
        let mut start = start;
        let sent = ctx.sent_of[a.first];
        loop {
            if let Some(m) = self
                .args
                .iter()
                .map(|&i| self.m(i))
                .find(|m| m.last == start && !m.weak && m.core != CoreClass::Person)
            {
                start = m.first;
            } else if start > 0
                && ctx.sent_of[start - 1] == sent
                && ctx.toks[start - 1].kind == TokKind::Word
                && ctx.toks[start - 1].upper
                && self.pass.mention_at(start - 1).is_none()
            {
                start -= 1;
            } else {
                return start;
            }
        }
    }

    /// Where an apposition that gives a person's office ends: "Charles
    /// Michel, président du Conseil européen, et …" (the closing comma).
    fn extent_last(&self, a: &Arg) -> usize {
        let ctx = self.pass.ctx;
        let comma = |k: usize| ctx.toks.get(k).is_some_and(|t| t.is_punct(","));
        if !self.is_person(a) {
            // "l'Organisation du traité de sécurité collective (OTSC), …"
            let open = if ctx.toks.get(a.last).is_some_and(|t| t.is_punct(")")) {
                a.last + 1
            } else {
                a.last
            };
            return comma(open)
                .then(|| self.apposition_before_conjunction(open))
                .flatten()
                .unwrap_or(a.last);
        }
        if !comma(a.last) {
            return a.last;
        }
        let mut k = a.last + 1;
        while k < ctx.toks.len() && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k)) {
            k += 1;
        }
        self.titles
            .iter()
            .filter(|t| t.0 == k && ctx.toks.get(t.1).is_some_and(|x| x.is_punct(",")))
            .map(|t| t.1)
            .max()
            .unwrap_or(a.last)
    }

    /// Words of the coordination starting at token `k` (see
    /// [`Lexicon::coordination_len`]).
    fn conjunction_len(&self, k: usize) -> usize {
        let ctx = self.pass.ctx;
        let word = |i: usize| (i < ctx.toks.len()).then(|| ctx.norm(i));
        ctx.ont.lexicon.coordination_len(ctx.lang, k, word)
    }

    /// Whether token `k` is a word after the first of a coordination of
    /// several words starting at or after `from` ("que" in "ainsi que").
    fn in_long_conjunction(&self, from: usize, k: usize) -> bool {
        (from.max(k.saturating_sub(3))..k).any(|j| j + self.conjunction_len(j) > k)
    }

    /// "l'OTSC, l'alliance dominée par Moscou, ainsi que l'ONU": the comma
    /// that closes an apposition opening at the comma `open` with a
    /// determiner, when a conjunction follows it.
    fn apposition_before_conjunction(&self, open: usize) -> Option<usize> {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        if !lex.is_determiner(ctx.lang, ctx.norm(open + 1)) {
            return None;
        }
        let end = ctx.sentence_end(open);
        let close = (open + 2..(open + 12).min(end)).find(|&k| ctx.toks[k].is_punct(","))?;
        let conjunction = ctx.norm(close + 1) != "," && self.conjunction_len(close + 1) > 0;
        (conjunction && !(open + 1..close).any(|k| self.in_verb_cue(k))).then_some(close)
    }

    /// The person whose title holds the argument at `pos` ("Conseil
    /// européen" in "le président du Conseil européen, Charles Michel"),
    /// if any: the argument is then only a word of that title.
    fn title_owner(&self, pos: usize) -> Option<usize> {
        let m = self.m(self.args[pos]);
        if m.core == CoreClass::Person {
            return None;
        }
        let after = (pos + 1..self.args.len())
            .take_while(|&q| self.m(self.args[q]).first <= m.last + 12)
            .find(|&q| {
                let b = self.arg_at(q);
                b.first >= m.last && self.extent_first(&b) <= m.first
            });
        after.or_else(|| {
            (0..pos)
                .rev()
                .take_while(|&q| self.m(self.args[q]).last + 12 >= m.first)
                .find(|&q| {
                    let b = self.arg_at(q);
                    b.last <= m.first && self.extent_last(&b) >= m.last
                })
        })
    }

    /// Tokens between two arguments, not counting the titles of the next
    /// name ("Poutine, le président azerbaïdjanais Ilham Aliev").
    /// Words between two arguments; a title counts for nothing and a
    /// coordination of several words ("as well as") for one.
    fn gap(&self, from: usize, to: usize) -> usize {
        (from..to)
            .filter(|&k| !self.pass.mention_at(k).is_some_and(|m| m.title))
            .filter(|&k| !self.in_long_conjunction(from, k))
            .count()
    }

    /// Words allowed between coordinated arguments: `Some(true)` when a
    /// conjunction joins them, `Some(false)` for commas alone.
    fn joiner(&self, first: usize, last: usize) -> Option<bool> {
        let ctx = self.pass.ctx;
        let mut saw_link = false;
        let mut saw_conjunction = false;
        let mut saw_title = false;
        let mut saw_locative = false;
        for k in first..last {
            let n = ctx.norm(k);
            // "la Russie ainsi que le Kazakhstan", "Russia as well as
            // Kazakhstan".
            let long = self.conjunction_len(k) > 1 || self.in_long_conjunction(0, k);
            if ctx.ont.lexicon.is_coordination(ctx.lang, n) || n == "," || long {
                saw_link = true;
                saw_conjunction |= n != ",";
            } else if ctx.ont.lexicon.is_determiner(ctx.lang, n)
                || ctx.ont.lexicon.is_place_noun(ctx.lang, n)
                || matches!(
                    n,
                    "de" | "d'"
                        | "du"
                        | "des"
                        | "entre"
                        | "of"
                        | "both"
                        | "("
                        | ")"
                        | "puis"
                        | "then"
                        | "avec"
                        | "with"
                        // "to Moscow and to the CSTO": the preposition again.
                        | "to"
                        | "a"
                        | "au"
                        | "aux"
                        | "vers"
                )
            {
                continue;
            } else if ctx.ont.lexicon.is_locative(ctx.lang, n)
                && self.pass.mention_at(last).is_some_and(|m| {
                    m.first == last && (m.core == CoreClass::Place || m.senses.is_some() || m.weak)
                })
            {
                // "along the line of contact and in the Lachin corridor":
                // places after a preposition again, with a conjunction
                // ("Vardenis, près du lac Sevan" says where Vardenis is).
                saw_locative = true;
                continue;
            } else if self.pass.mention_at(k).is_some_and(|m| m.title) {
                // "Poutine, le président azerbaïdjanais Ilham Aliev et …":
                // the title belongs to the next name.
                saw_title = true;
                continue;
            } else if n == "'s"
                || self
                    .pass
                    .mention_at(k)
                    .is_some_and(|m| ctx.norm(m.last) == "'s" && m.last < last)
            {
                // "Aliyev and Armenia's Nikol Pashinyan".
                continue;
            } else {
                return None;
            }
        }
        (saw_link
            && (saw_conjunction || !saw_title || self.list_goes_on(last))
            && (saw_conjunction || !saw_locative))
            .then_some(saw_conjunction)
    }

    /// How the argument at `a` joins the next one: `Some(true)` through a
    /// conjunction, `Some(false)` through commas, `None` when it does not.
    fn link(&self, a: &Arg, b: &Arg, cores: &[CoreClass]) -> Option<bool> {
        // A person's title or apposition lies between the two when they are
        // people: "Macron et le président du Conseil européen, Charles Michel".
        let (from, to) = (self.extent_last(a), self.extent_first(b));
        if from > to || self.gap(from, to) > 4 || !self.fits_any(b, cores) {
            return None;
        }
        // A pronoun opens its own clause: it is listed with nothing.
        if self.via_pronoun(a) || self.via_pronoun(b) {
            return None;
        }
        self.joiner(from, to)
    }

    /// True when the list that goes on from the argument at `pos` closes
    /// with a conjunction ("A, B et C"): commas alone make no list ("…
    /// attacked Armenia, Nikol Pashinyan said", "À l'appel de l'Arménie, la
    /// Russie a…").
    fn list_closes(&self, mut pos: usize, clause: &Clause, cores: &[CoreClass]) -> bool {
        loop {
            let a = self.arg_at(pos);
            let Some(next) = self
                .args
                .iter()
                .position(|&i| self.m(i).first >= a.last && self.m(i).last <= clause.last)
            else {
                return false;
            };
            match self.link(&a, &self.arg_at(next), cores) {
                Some(true) => return true,
                Some(false) => pos = next,
                None => return false,
            }
        }
    }

    /// "Hajiev, conseiller du président Ilham Aliev, a rencontré…" is an
    /// apposition; "Poutine, le président Ilham Aliev et le Premier ministre
    /// Nikol Pachinian" a list: a conjunction follows the second name.
    fn list_goes_on(&self, from: usize) -> bool {
        let ctx = self.pass.ctx;
        let Some(m) = self.pass.mention_at(from) else {
            return false;
        };
        let after = ctx.norm(m.last);
        ctx.ont.lexicon.is_coordination(ctx.lang, after) && after != ","
            || after == ","
                && self
                    .pass
                    .mention_at(m.last + 1)
                    .is_some_and(|x| x.core.is_actor())
    }

    fn coordinate_right(&self, mut a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let mut conjunction = false;
        loop {
            let end = self.extent_last(&a);
            let next = self
                .args
                .iter()
                .position(|&i| self.m(i).first >= end && self.m(i).last <= clause.last);
            let Some(pos) = next else { break };
            let pos = self
                .title_owner(pos)
                .filter(|&q| self.m(self.args[q]).last <= clause.last)
                .unwrap_or(pos);
            let mut b = self.arg_at(pos);
            // "et de la province arménienne de Tavouch": a demonym inside a
            // member's phrase qualifies the name after it.
            if self.m(self.args[pos]).weak {
                if let Some(&j) = self.args.get(pos + 1) {
                    let nm = self.m(j);
                    let ctx = self.pass.ctx;
                    let mut c = self.arg_at(pos + 1);
                    c.first = b.first;
                    if !nm.weak
                        && nm.last <= clause.last
                        && nm.first == b.last + 1
                        && matches!(ctx.norm(b.last), "de" | "d'" | "du" | "of")
                        && self.fits_any(&c, cores)
                    {
                        b = c;
                    }
                }
            }
            if b.last <= a.last {
                break;
            }
            // "l'Organisation du Traité de sécurité collective (OTSC)": the
            // same entity again is no new member.
            let same = b
                .members
                .iter()
                .all(|&x| a.members.iter().any(|&y| self.m(x).ent == self.m(y).ent));
            let repeat = same && b.first <= a.last + 1;
            if !repeat {
                match self.link(&a, &b, cores) {
                    Some(true) => conjunction = true,
                    Some(false) if conjunction || self.list_closes(pos, clause, cores) => {}
                    _ => break,
                }
            }
            if !same {
                a.members.extend(b.members);
            }
            a.last = b.last;
        }
        a
    }

    fn coordinate_left(&self, mut a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let mut conjunction = false;
        loop {
            let start = self.extent_first(&a);
            let prev = self
                .args
                .iter()
                .enumerate()
                .rfind(|(_, &i)| self.m(i).last <= start && self.m(i).first >= clause.first);
            let Some((pos, _)) = prev else { break };
            let pos = self
                .title_owner(pos)
                .filter(|&q| self.m(self.args[q]).first >= clause.first)
                .unwrap_or(pos);
            let b = self.arg_at(pos);
            if b.first >= a.first {
                break;
            }
            // Read from the verb back, a list closes first: "A, B et C ont".
            match self.link(&b, &a, cores) {
                Some(true) => conjunction = true,
                Some(false) if conjunction => {}
                _ => break,
            }
            a.members.extend(b.members);
            a.first = b.first;
        }
        a
    }

    fn negated(&self, m: &PatMatch, clause: &Clause) -> bool {
        let ctx = self.pass.ctx;
        // "Bakou a démenti avoir attaqué…": a denial governs what follows it.
        // Up to a conjunction: "Armenia denies targeting civilians and in
        // turn accuses Azerbaijan" denies the first act only.
        let denied = (m.first.saturating_sub(6).max(clause.first)..m.first).any(|k| {
            !ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Denial)
                .is_empty()
                && !(k + 1..m.first).any(|j| ctx.ont.lexicon.is_coordination(ctx.lang, ctx.norm(j)))
        });
        if denied {
            return true;
        }
        let lo = m.first.saturating_sub(4).max(clause.first);
        let hi = (m.last + 2).min(clause.last);
        let before = (lo..m.first).any(|k| ctx.ont.lexicon.is_negation(ctx.lang, ctx.norm(k)));
        let after = (m.first..hi).any(|k| {
            matches!(
                ctx.norm(k),
                "pas"
                    | "jamais"
                    | "plus"
                    | "guere"
                    | "nullement"
                    | "personne"
                    | "rien"
                    | "aucun"
                    | "aucune"
            )
        });
        match ctx.lang {
            // "ne … pas", "n'ont jamais", "ni X ni Y n'ont répondu".
            Lang::Fr => {
                before
                    && (after
                        || (lo..m.first).any(|k| matches!(ctx.norm(k), "ni" | "jamais" | "pas")))
            }
            Lang::En => before,
        }
    }

    fn modality(&self, m: &PatMatch, clause: &Clause) -> Modality {
        let ctx = self.pass.ctx;
        let lo = m.first.saturating_sub(5).max(clause.first);
        let mut found = Modality::Asserted;
        for k in lo..m.first.max(lo) {
            for pm in ctx.matches_at(k, |p| {
                matches!(
                    ctx.ix.patterns[p].owner,
                    PatOwner::Future | PatOwner::Conditional
                )
            }) {
                if pm.last <= m.first {
                    found = match ctx.ix.patterns[pm.pattern].owner {
                        PatOwner::Conditional => Modality::Conditional,
                        _ => Modality::Future,
                    };
                }
            }
        }
        if found == Modality::Asserted && ctx.lang == Lang::Fr {
            let w = ctx.norm(m.first);
            if w.ends_with("rait") || w.ends_with("raient") {
                found = Modality::Conditional;
            } else if w.ends_with("ront")
                || w.ends_with("rons")
                || (w.ends_with("ra") && w.len() > 4)
            {
                found = Modality::Future;
            }
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        subj: &Arg,
        obj: &Arg,
        m: &PatMatch,
        modality: Modality,
        conf: f64,
        how: &str,
    ) {
        let ctx = self.pass.ctx;
        let (dom, ran) = if cue.inverse {
            (&rel.range, &rel.domain)
        } else {
            (&rel.domain, &rel.range)
        };
        let a = m.first.min(subj.first).min(obj.first);
        let b = m.last.max(subj.last).max(obj.last);
        for &si in &subj.members {
            for &oi in &obj.members {
                let Some((s, sc)) = self.fit(si, dom) else {
                    continue;
                };
                let Some((o, oc)) = self.fit(oi, ran) else {
                    continue;
                };
                if self.m(oi).is_land() && !rel.land_object {
                    continue;
                }
                let (s, sc, o, oc) = if cue.inverse {
                    (o, oc, s, sc)
                } else {
                    (s, sc, o, oc)
                };
                // "la visite de Poutine en Azerbaïdjan": a person visiting
                // a state meets the state that receives him.
                let visit = cue.visits
                    && sc == CoreClass::Person
                    && oc == CoreClass::State
                    && rel.domain.contains(&sc)
                    && rel.range.contains(&oc);
                if s == o || !(rel.allows(sc, oc) || visit) {
                    continue;
                }
                let pronoun = [si, oi].iter().any(|&i| self.m(i).kind == MKind::Pronoun);
                let (how, conf) = if pronoun {
                    (format!("{how}+pronoun"), via_pronoun_confidence(conf))
                } else {
                    (how.to_string(), conf)
                };
                self.facts.push(Fact {
                    subject: s,
                    relation: rel.name.clone(),
                    object: o,
                    modality,
                    start: ctx.toks[a].start,
                    end: ctx.toks[b - 1].end,
                    sentence: ctx.sent_of[m.first],
                    rule: format!(
                        "cue:{}:{} `{}` ({}:{})",
                        rel.name, how, cue.pattern.source, cue.file, cue.line
                    ),
                    attributed_to: None,
                    date: None,
                    confidence: conf,
                });
            }
        }
    }

    /// True when an argument is a pronoun standing for its antecedent.
    fn via_pronoun(&self, a: &Arg) -> bool {
        a.members.iter().any(|&i| self.m(i).kind == MKind::Pronoun)
    }

    fn reciprocal(&self, clause: &Clause) -> bool {
        let ctx = self.pass.ctx;
        (clause.first..clause.last).any(|k| {
            !ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Reciprocal)
                .is_empty()
        })
    }

    pub fn run(&mut self) {
        let ctx = self.pass.ctx;
        self.collect_reports();
        let cue_matches = self.cue_matches();
        for (m, ci) in cue_matches {
            let cue = &ctx.ont.lexicon.cues[ci];
            let Some(rel) = ctx.ont.schema.relation(&cue.relation) else {
                continue;
            };
            let clause = self.clause(m.first, m.last);
            if self.negated(&m, &clause) {
                continue;
            }
            let modality = self.modality(&m, &clause);
            let (dom, ran) = if cue.inverse {
                (rel.range.clone(), rel.domain.clone())
            } else {
                (rel.domain.clone(), rel.range.clone())
            };
            match cue.kind {
                CueKind::Verb => self.verb(cue, rel, &m, &clause, &dom, &ran, modality),
                CueKind::Noun => self.noun(cue, rel, &m, &clause, &dom, &ran, modality),
            }
        }
        self.locations();
        self.places_in_names();
        self.place_containment();
        self.places_where();
        self.most_specific_places();
        self.event_agents();
        self.agreements_between();
        self.joint_statement_authors();
        self.relative_parties();
        self.known_parties();
        self.known_places();
        self.event_targets();
        self.attribution();
        self.claimed_responses();
        self.dates();
        // "Le chef du gouvernement s'appuie sur…": a relation between sides
        // never links a person or body to its own state.
        let own_side: Vec<bool> = self
            .facts
            .iter()
            .map(|f| {
                ctx.ont
                    .schema
                    .relation(&f.relation)
                    .is_some_and(|r| r.across_sides)
                    && f.subject != f.object
                    && ctx.entity_core(&f.object) == Some(CoreClass::State)
                    && self.side_of(&f.subject).as_deref() == Some(f.object.as_str())
            })
            .collect();
        let mut own = own_side.into_iter();
        self.facts.retain(|_| !own.next().unwrap_or(false));
        // One fact per (subject, relation, object) and sentence.
        let mut seen = BTreeSet::new();
        self.facts.retain(|f| {
            seen.insert((
                f.subject.clone(),
                f.relation.clone(),
                f.object.clone(),
                f.sentence,
                f.modality,
            ))
        });
    }

    /// Cue matches of the document's language, one per position: a verb
    /// reading unless a determiner makes the word a noun.
    fn cue_matches(&self) -> Vec<(PatMatch, usize)> {
        let ctx = self.pass.ctx;
        let mut out: Vec<(PatMatch, usize)> = Vec::new();
        let mut i = 0;
        // Where the last verb cue ended: a cue word right after a verb is
        // its object ("mediated talks between A and B").
        let mut verb_end = usize::MAX;
        while i < ctx.toks.len() {
            let ms = ctx.matches_at(i, |p| matches!(ctx.ix.patterns[p].owner, PatOwner::Cue(_)));
            if ms.is_empty() {
                i += 1;
                continue;
            }
            let prev = if i > 0 { ctx.norm(i - 1) } else { "" };
            let nonfinite = ctx.ont
                    .lexicon
                    .is_nonfinite_after(ctx.lang, prev, ctx.norm(i))
                    // "the shelling of Tegh" names an act; "of shelling
                    // Tegh" does it.
                    && !matches!(ctx.norm(i + 1), "de" | "d'" | "du" | "des" | "of");
            // "une nouvelle visite", "the illegal and deadly attacks":
            // adjectives that stand before a noun, back to a determiner.
            let after_adjectives = {
                let lex = &ctx.ont.lexicon;
                let mut k = i;
                let mut adjectives = 0;
                while k > 0 && i - k < 5 {
                    let n = ctx.norm(k - 1);
                    if lex.is_prenominal_adjective(ctx.lang, n) {
                        adjectives += 1;
                    } else if !(n == "," || lex.is_coordination(ctx.lang, n)) || adjectives == 0 {
                        break;
                    }
                    k -= 1;
                }
                adjectives > 0 && k > 0 && lex.is_determiner(ctx.lang, ctx.norm(k - 1))
            };
            let noun_context = !nonfinite
                && (i == verb_end
                || after_adjectives
                || ctx.ont.lexicon.is_determiner(ctx.lang, prev)
                // ", allié traditionnel de Bakou,": an apposition is a noun,
                // but not a participle (", an aide, accused Armenia").
                || matches!(prev, "au" | "aux" | "par" | "of" | "for")
                // "after talks with X": after a preposition of sequence an
                // English word is a noun.
                || (ctx.lang == Lang::En && ctx.ont.lexicon.is_sequence(ctx.lang, prev))
                || (prev == ","
                    && !(ctx.lang == Lang::En && participle_like(ctx.surface(i, i + 1), ctx.lang)))
                // "Armenia's nominal ally".
                || (i > 1
                    && ctx.norm(i - 2) == "'s"
                    && ctx.toks[i - 1].kind == TokKind::Word
                    && !ctx.toks[i - 1].upper
                    && self.pass.mention_at(i - 1).is_none())
                // "Armenian positions", "two attacks".
                || (i > 0
                    && (!ctx.adj_at[i - 1].is_empty() || ctx.toks[i - 1].kind == TokKind::Number)
                    && !self.pass.mention_at(i - 1).is_some_and(|m| !m.weak && m.last == i)));
            let mut best: Vec<(PatMatch, usize)> = ms
                .into_iter()
                .filter_map(|m| match ctx.ix.patterns[m.pattern].owner {
                    PatOwner::Cue(c) => Some((m, c)),
                    _ => None,
                })
                .collect();
            let want = if noun_context {
                CueKind::Noun
            } else {
                CueKind::Verb
            };
            // The reading the context wants wins even when the other reads
            // further: "des tirs de roquettes sur X" is the noun, not "tirer
            // sur".
            if best
                .iter()
                .any(|(_, c)| ctx.ont.lexicon.cues[*c].kind == want)
            {
                best.retain(|(_, c)| ctx.ont.lexicon.cues[*c].kind == want);
            }
            let longest = best.iter().map(|(m, _)| m.last).max().unwrap_or(i + 1);
            best.retain(|(m, _)| m.last == longest);
            // Cue words inside a name ("Organisation du traité…") are part
            // of the name, except symmetric relations named inside an
            // agreement ("déclaration sur … l'alliance entre A et B").
            // A name wholly inside the phrase after its first word, with
            // more than a particle after it, is an argument the phrase wraps
            // ("asked Russia for help"; not "a appelé l'Arménie à").
            let inside_name = (i..longest).any(|k| {
                self.pass
                    .mention_at(k)
                    .filter(|mm| mm.first <= i || mm.last + 2 > longest)
                    // An event's head noun is also the act it names ("le
                    // déploiement de soldats russes le long de la ligne").
                    .is_some_and(|mm| !mm.weak && !matches!(mm.kind, MKind::Demonym | MKind::Event))
            });
            for (m, c) in best {
                let cue = &ctx.ont.lexicon.cues[c];
                if inside_name {
                    let sym = ctx
                        .ont
                        .schema
                        .relation(&cue.relation)
                        .is_some_and(|r| r.symmetric);
                    if !sym {
                        continue;
                    }
                }
                if cue.kind == CueKind::Verb {
                    verb_end = m.last;
                }
                out.push((m, c));
            }
            i = longest.max(i + 1);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn verb(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        ran: &[CoreClass],
        modality: Modality,
    ) {
        let ctx = self.pass.ctx;
        let agent_prep = |k: usize| ctx.ont.lexicon.is_agent(ctx.lang, ctx.norm(k));
        // Passive: "signée le 10 novembre 2020 par l'Arménie", "prises par les forces".
        let by = (m.last..(m.last + 8).min(clause.last)).find(|&k| agent_prep(k));
        // "se sont retirées" is reflexive, not passive.
        let reflexive =
            (m.first.saturating_sub(3)..m.first).any(|k| matches!(ctx.norm(k), "se" | "s'"));
        // "A et B se sont vus": a verb that says something only in its
        // reflexive form relates the members of a coordinated subject, and
        // only when no infinitive follows ("se sont vu refuser").
        if cue.reflexive {
            let next = ctx.norm(m.last);
            let infinitive = ctx
                .toks
                .get(m.last)
                .is_some_and(|t| t.kind == TokKind::Word)
                && ["er", "ir", "re"].iter().any(|e| next.ends_with(e));
            if reflexive && rel.symmetric && !infinitive {
                if let Some(s) = self
                    .left(m.first, clause, dom, true)
                    .filter(|s| s.members.len() >= 2)
                {
                    self.emit_reciprocal_once(cue, rel, &s, m, modality);
                }
            }
            return;
        }
        let aux_before = !reflexive
            && (m.first.saturating_sub(3)..m.first).any(|k| AUX_ETRE.contains(&ctx.norm(k)));
        // "co-chaired": the participle ending is on the last part.
        let mut v = m.first;
        while v + 2 < m.last && ctx.is_hyphen(v + 1) {
            v += 2;
        }
        let participle = participle_like(ctx.surface(v, v + 1), ctx.lang);
        let active_perfect = !aux_before
            && (m.first.saturating_sub(2).max(clause.first)..m.first)
                .any(|k| AUX_AVOIR.contains(&ctx.norm(k)));
        let passive = participle && (by.is_some() || aux_before) && !active_perfect && !cue.inverse;
        if passive {
            // The agent stands right after "par"/"by", named or as a demonym
            // ("par des formations armées arméniennes").
            let agent = by.and_then(|k| {
                self.right_where(k + 1, clause, dom, false, true)
                    .filter(|a| a.first <= k + 4)
            });
            let patient = self.patient_left(m.first, clause, ran);
            match (agent, patient) {
                (Some(s), Some(o)) => {
                    if cue.gathers && !self.is_person(&o) {
                        return;
                    }
                    self.patients.extend(o.members.iter().copied());
                    self.emit(cue, rel, &s, &o, m, modality, 0.75, "passive");
                    self.last_verb_subject = Some((ctx.sent_of[m.first], m.last, s));
                    // "A et B ont été reçus par C", "A and B were received
                    // by C": the guests meet each other as in the active.
                    if cue.gathers && rel.symmetric && o.members.len() >= 2 {
                        self.emit_reciprocal_once(cue, rel, &o, m, modality);
                    }
                }
                // "une mission russe a été stationnée dans la région": with no
                // agent, a patient that can only be the subject is the subject.
                (None, None) => {
                    if let Some(s) = self.left(m.first, clause, dom, true) {
                        if !self.fits_any(&s, ran) {
                            if let Some(o) = self.right(m.last, clause, ran, false) {
                                self.emit(cue, rel, &s, &o, m, modality, 0.65, "passive+subject");
                            }
                        }
                    }
                }
                _ => {}
            }
            return;
        }
        if let Some((s, o)) = self.object_relative(m, clause, dom, ran) {
            self.emit(cue, rel, &s, &o, m, modality, 0.6, "verb+object-relative");
            return;
        }
        if let Some((s, o)) = self.relative_complement(m, clause, dom, ran) {
            self.emit(cue, rel, &s, &o, m, modality, 0.65, "verb+relative");
            return;
        }
        // A participle after a noun is an adjective ("les districts occupés
        // d'Aghdam"): it says something of that noun only when the noun is an
        // actor ("les forces russes stationnées en Azerbaïdjan").
        // "Pachinian a, lui, accusé": an aside between commas does not part
        // the participle from its auxiliary.
        let reach = self.before_aside(m.first, clause.first);
        let aux_near = (reach.saturating_sub(3).max(clause.first)..m.first).any(|k| {
            ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k))
                || matches!(ctx.norm(k), "se" | "s'")
        });
        // "Pachinian a reproché … et accusé Bakou de…": a participle right
        // after "et" shares the auxiliary, and so the subject, of the verb
        // before it.
        if participle
            && !aux_near
            && ctx.lang == Lang::Fr
            && m.first > 0
            && ctx
                .ont
                .lexicon
                .is_verb_coordination(ctx.lang, ctx.norm(m.first - 1))
        {
            let subject = self.auxiliary_subject(m.first, clause, dom);
            if let (Some(s), Some(o)) = (subject, self.right(m.last, clause, ran, false)) {
                self.emit(cue, rel, &s, &o, m, modality, 0.6, "verb+coordinated");
            }
            return;
        }
        if participle && !aux_near && ctx.lang == Lang::Fr {
            // Only adverbs may stand between ("illégalement stationnées").
            let noun = self.left(m.first, clause, dom, true).filter(|s| {
                (s.last..m.first).all(|k| {
                    let n = ctx.norm(k);
                    n.ends_with("ment") || n.ends_with("ly")
                })
            });
            if let (Some(s), Some(o)) = (noun, self.right(m.last, clause, ran, false)) {
                self.emit(cue, rel, &s, &o, m, modality, 0.6, "participle");
            }
            return;
        }
        // A clitic object pronoun before the verb ("de lui demander de
        // l'aide") stands for the last actor named; the subject is before it.
        let clitic = ctx.lang == Lang::Fr
            && (m.first.saturating_sub(3).max(clause.first)..m.first).any(|k| {
                // "a, lui, accusé", "a lui aussi accusé": an emphatic
                // pronoun after the auxiliary is the subject's echo.
                matches!(ctx.norm(k), "lui" | "leur")
                    && !ctx.toks[k - 1].is_punct(",")
                    && (k + 1 == m.first || ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k + 1)))
            });
        if clitic {
            if let Some(o) = self.left(m.first, clause, ran, true) {
                if let Some(s) = self.left(o.first, clause, dom, true) {
                    self.emit(cue, rel, &s, &o, m, modality, 0.65, "verb+clitic");
                }
            }
            return;
        }
        // ", killing a soldier", ", tuant un soldat": a present participle
        // after a comma goes on with the clause before it and shares the
        // subject of its verb, not the nearest name.
        let participial = m.first > 0
            && ctx.toks[m.first - 1].is_punct(",")
            && ctx.ont.lexicon.is_present_participle(ctx.lang, ctx.norm(v));
        let sent = ctx.sent_of[m.first];
        let shared = self
            .last_verb_subject
            .as_ref()
            .filter(|(s, end, a)| {
                participial && *s == sent && *end < m.first && self.fits_any(a, dom)
            })
            .map(|(_, _, a)| a.clone())
            .or_else(|| {
                participial
                    .then(|| self.main_subject_after(clause.first, clause, dom))
                    .flatten()
                    .filter(|a| a.last < m.first)
            });
        // "Erevan saisit l'OTSC et se tourne vers Moscou": a verb right
        // after "et"/"and" shares the subject of the verb before, not its
        // object.
        let coordinated = (clause.first + 1..m.first)
            .rev()
            .take(4)
            .find(|&k| ctx.ont.lexicon.is_verb_coordination(ctx.lang, ctx.norm(k)))
            .and_then(|k| {
                self.shared_subject(
                    m.first,
                    &Clause {
                        first: k,
                        last: clause.last,
                    },
                    dom,
                )
            });
        let subj = shared
            .or(coordinated)
            .or_else(|| self.left(m.first, clause, dom, true))
            .or_else(|| self.shared_subject(m.first, clause, dom))
            // "les combats depuis la guerre de 2020 ont éclaté": for a verb
            // of happening, an event placed in time is not what happened.
            .filter(|s| {
                !cue.prep_object
                    || !(s.first.saturating_sub(2)..s.first)
                        .any(|k| ctx.ont.lexicon.is_sequence(ctx.lang, ctx.norm(k)))
            });
        // An object after an object preposition is preferred ("contre X"),
        // unless a direct object stands before it ("conserve Chouchi,
        // ville du Karabakh"), or a list holds both ("turned to Moscow and
        // to the CSTO").
        let obj_prep = (m.last..clause.last)
            .find(|&k| {
                cue.object_preps.iter().any(|p| p == ctx.norm(k))
                    && k < m.last + if cue.prep_object { 12 } else { 6 }
            })
            // A force as direct object is what moves, not where to or
            // from: "withdrew its peacekeepers from Karabakh".
            .filter(|&k| {
                self.right_where(m.last, clause, ran, false, false)
                    .is_none_or(|d| d.first > k || self.is_force(&d))
            })
            .and_then(|k| {
                self.right(k + 1, clause, ran, false)
                    // "sur la frontière qui sépare l'Arménie": a place
                    // introduced by the preposition stands right after it.
                    .filter(|o| !cue.prep_object || o.first <= k + 5)
            });
        // The object may stand inside the phrase: "asked Russia for help".
        let obj = obj_prep
            .or_else(|| {
                (!cue.prep_object)
                    .then(|| self.right(m.first + 1, clause, ran, false))
                    .flatten()
            })
            .map(|o| self.named_examples(o, clause, ran))
            // "ont négocié près de Washington": for people who meet each
            // other, a capital after a locative says where, not with whom.
            // A person there is whom they meet ("se sont retrouvés face à
            // Poutine").
            .filter(|o| {
                !(rel.symmetric
                    && !self.is_person(o)
                    && subj.as_ref().is_some_and(|s| s.members.len() >= 2)
                    && (o.first.saturating_sub(2)..o.first)
                        .any(|k| ctx.ont.lexicon.is_locative(ctx.lang, ctx.norm(k))))
            })
            // "…, a proposal Yerevan has ignored": a name right before an
            // auxiliary is the subject of a clause of its own.
            // "les actions de l'Azerbaïdjan ont…" keeps the name: it is
            // the complement of the subject's noun.
            .filter(|o| {
                let t = &ctx.toks[o.last.min(ctx.toks.len() - 1)];
                o.last >= clause.last
                    || o.members.len() > 1
                    || !ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(o.last))
                    || t.upper
                    // "à" folds to the auxiliary "a".
                    || ctx.text[t.start..t.end] != *ctx.norm(o.last)
                    || (o.first.saturating_sub(2)..o.first)
                        .any(|k| matches!(ctx.norm(k), "de" | "d'" | "du" | "des" | "of"))
            })
            // "se retrouver à Bruxelles, sous l'égide de Charles Michel": a
            // noun of another relation between the verb and the name takes
            // the name as its own.
            .filter(|o| !self.other_noun_cue_between(rel, m.last, o.first))
            // "A et B se sont entretenus en mars, et les vols entre X et Y
            // ont repris": what follows ", et" is another clause, not whom
            // they met.
            .filter(|o| {
                !(rel.symmetric
                    && subj.as_ref().is_some_and(|s| s.members.len() >= 2)
                    && (m.last..o.first).any(|k| {
                        ctx.toks[k].is_punct(",")
                            && ctx
                                .ont
                                .lexicon
                                .is_verb_coordination(ctx.lang, ctx.norm(k + 1))
                    }))
            });
        // "Armenia and Azerbaijan accused each other", "les deux ministères
        // se reprochent l'escalade": a plural subject acting on itself, with
        // a reciprocal word or, in French, a reflexive clitic and no other
        // actor as object, holds the relation in both directions.
        if !rel.symmetric {
            if let Some(s) = subj.as_ref().filter(|s| s.members.len() >= 2) {
                let clitic_reciprocal = ctx.lang == Lang::Fr
                    && reflexive
                    && obj.is_none()
                    && ran.iter().all(|c| c.is_actor());
                if self.reciprocal(clause) || clitic_reciprocal {
                    let s = s.clone();
                    return self.emit_reciprocal(cue, rel, &s, m, modality);
                }
            }
        }
        // "Aliyev and Pashinyan shook hands": a symmetric relation among
        // the members of a coordinated subject.
        if obj.is_none() && rel.symmetric {
            if let Some(s) = subj.filter(|s| s.members.len() >= 2) {
                self.emit_reciprocal_once(cue, rel, &s, m, modality);
            }
            return;
        }
        // "Le sommet de mardi a réuni Ilham Aliev et Nikol Pachinian": with
        // no actor as subject, the coordinated objects meet each other.
        if subj.is_none() && rel.symmetric {
            if let Some(o) = obj.filter(|o| o.members.len() >= 2) {
                self.emit_reciprocal_once(cue, rel, &o, m, modality);
            }
            return;
        }
        // "…opened fire on Armenian positions, killing two": with no object
        // of its own, the participle goes on with the act before it and
        // names no new target.
        if obj.is_none() && rel.claimant_side_object && !participial {
            if let Some(s) = &subj {
                self.emit_claimant_side(cue, rel, s, m, modality);
            }
            return;
        }
        let (Some(s), Some(o)) = (subj, obj) else {
            return;
        };
        // People gather people: hosting a mission, a consulate or a state
        // ("accueillir une mission de l'UE", "host an Armenian consulate")
        // is no meeting.
        if cue.gathers && !self.is_person(&o) {
            return;
        }
        if self.reciprocal(clause) && s.members.len() >= 2 {
            return self.emit_reciprocal(cue, rel, &s, m, modality);
        }
        self.emit(cue, rel, &s, &o, m, modality, 0.7, "verb");
        self.last_verb_subject = Some((sent, m.last, s.clone()));
        if cue.gathers && rel.symmetric && o.members.len() >= 2 {
            self.emit_reciprocal_once(cue, rel, &o, m, modality);
        }
    }

    /// True when a cue has an object of its own right after it.
    fn object_follows(&self, m: &PatMatch, clause: &Clause, ran: &[CoreClass]) -> bool {
        self.right(m.last, clause, ran, true)
            .is_some_and(|o| o.first <= m.last + 3)
    }

    /// "les districts d'Agdam et de Latchine, qu'elle contrôlait", "the
    /// declaration which the two presidents signed": a verb with no object
    /// of its own, whose subject follows an object relative pronoun, acts
    /// on the name before the pronoun.
    fn object_relative(
        &self,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        ran: &[CoreClass],
    ) -> Option<(Arg, Arg)> {
        let ctx = self.pass.ctx;
        let relative = |k: usize| match ctx.lang {
            Lang::Fr => matches!(ctx.norm(k), "que" | "qu'"),
            Lang::En => matches!(ctx.norm(k), "which" | "whom"),
        };
        let s = ctx.sents[ctx.sent_of[m.first]];
        let q = (m.first.saturating_sub(8).max(s.first + 1)..m.first)
            .rev()
            .find(|&k| relative(k))?;
        if self.object_follows(m, clause, ran) {
            return None;
        }
        let inner = Clause {
            first: q + 1,
            last: clause.last,
        };
        let subj = self.left(m.first, &inner, dom, true)?;
        // The antecedent ends right before the pronoun (or its comma) and
        // is no one spoken to ("a dit à Moscou que…").
        let end = if ctx.toks[q - 1].is_punct(",") {
            q - 1
        } else {
            q
        };
        let pos = self.args.iter().rposition(|&i| self.m(i).last == end)?;
        let first = self.m(self.args[pos]).first;
        if first > 0 && matches!(ctx.norm(first - 1), "à" | "au" | "aux" | "to") {
            return None;
        }
        let outer = Clause {
            first: s.first,
            last: end,
        };
        let said = (s.first..first).any(|k| {
            !ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Reporting)
                .is_empty()
        });
        if said && ctx.lang == Lang::Fr && !ctx.toks[q - 1].is_punct(",") {
            return None;
        }
        let o = self.coordinate_left(self.arg_at(pos), &outer, ran);
        (self.fits_any(&o, ran) && o.members.iter().all(|&i| !subj.members.contains(&i)))
            .then_some((subj, o))
    }

    /// "l'OTSC, l'alliance dirigée par Moscou dont l'Arménie est membre",
    /// "the CSTO, of which Armenia is a member": a cue with nothing after
    /// it, whose subject follows a relative pronoun standing for a
    /// complement, takes the name before the pronoun as its object.
    /// Returns (subject, object).
    fn relative_complement(
        &self,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        ran: &[CoreClass],
    ) -> Option<(Arg, Arg)> {
        let ctx = self.pass.ctx;
        if self.object_follows(m, clause, ran) {
            return None;
        }
        let (r_first, r_last) = (m.first.saturating_sub(8).max(clause.first)..m.first)
            .rev()
            .find_map(|k| {
                ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::RelativeOf)
                    .into_iter()
                    .map(|pm| (k, pm.last))
                    .max_by_key(|&(_, last)| last)
            })?;
        let subj = self
            .left(m.first, clause, dom, true)
            .filter(|s| s.first >= r_last)?;
        // The antecedent: the nearest name before the pronoun that can be
        // the object, past an apposition ("l'OTSC, l'alliance dirigée par
        // Moscou, dont…"), within the sentence.
        let start = ctx.sents[ctx.sent_of[m.first]].first;
        let pos = self
            .args
            .iter()
            .enumerate()
            .filter(|&(_, &i)| {
                let x = self.m(i);
                x.last <= r_first && x.last + 12 >= r_first && x.first >= start && !x.weak
            })
            .filter(|&(p, _)| self.fits_any(&self.arg_at(p), ran))
            .max_by_key(|&(_, &i)| self.m(i).last)
            .map(|(p, _)| p)?;
        let obj = self.arg_at(pos);
        (!obj.members.iter().any(|i| subj.members.contains(i))).then_some((subj, obj))
    }

    /// "L'Azerbaïdjan n'a pas attaqué Sotk mais a bombardé Tegh": a verb
    /// right after a conjunction that opens its clause shares the subject
    /// of the clause before.
    /// The start of an emphatic aside between commas right before `at`
    /// ("a, lui, accusé", "has, in turn, accused"), or `at` itself.
    fn before_aside(&self, at: usize, floor: usize) -> usize {
        let ctx = self.pass.ctx;
        if at < floor + 3 || !ctx.toks[at - 1].is_punct(",") {
            return at;
        }
        let open = (at.saturating_sub(5).max(floor + 1)..at - 1)
            .rev()
            .find(|&k| ctx.toks[k].is_punct(","));
        match open {
            Some(k)
                if (k + 1..at - 1).all(|j| {
                    let t = &ctx.toks[j];
                    t.kind == TokKind::Word
                        && !t.upper
                        && self
                            .pass
                            .mention_at(j)
                            .is_none_or(|x| x.kind == MKind::Pronoun)
                }) =>
            {
                k
            }
            _ => at,
        }
    }

    /// "Pachinian a reproché … et accusé Bakou", "le ministère a réaffirmé
    /// … et assuré que…": the subject of the last auxiliary before a
    /// participle that follows "et" (at `at`) without one of its own.
    fn auxiliary_subject(&self, at: usize, clause: &Clause, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let s = ctx.sents[ctx.sent_of[at]];
        let wide = Clause {
            first: s.first.max(clause.first.saturating_sub(40)),
            last: at - 1,
        };
        (wide.first..wide.last)
            .rev()
            .find(|&j| {
                // Folded, "à" is "a".
                (AUX_AVOIR.contains(&ctx.norm(j)) || AUX_ETRE.contains(&ctx.norm(j)))
                    && !ctx.surface(j, j + 1).eq_ignore_ascii_case("\u{e0}")
                    && ctx.surface(j, j + 1) != "\u{c0}"
            })
            .and_then(|j| self.left(j, &wide, dom, true))
    }

    /// True when the French participle at `at` follows "et"/"mais" with no
    /// auxiliary of its own: it shares the auxiliary before.
    fn coordinated_participle(&self, at: usize, floor: usize) -> bool {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        ctx.lang == Lang::Fr
            && at > floor
            && participle_like(ctx.surface(at, at + 1), ctx.lang)
            && lex.is_verb_coordination(ctx.lang, ctx.norm(at - 1))
            && !(at.saturating_sub(3).max(floor)..at).any(|k| {
                lex.is_auxiliary(ctx.lang, ctx.norm(k)) || matches!(ctx.norm(k), "se" | "s'")
            })
    }

    fn shared_subject(&self, at: usize, clause: &Clause, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        let k = clause.first;
        if k == 0 || !lex.is_verb_coordination(ctx.lang, ctx.norm(k)) {
            return None;
        }
        let only_verb = (k + 1..at).all(|j| {
            let n = ctx.norm(j);
            lex.is_auxiliary(ctx.lang, n)
                || lex.is_negation(ctx.lang, n)
                || matches!(n, "se" | "s'" | "lui" | "leur")
        });
        if !only_verb {
            return None;
        }
        let before = self.clause(k - 1, k);
        self.right_subject(before.first, &before, dom, false)
    }

    /// "des villes azerbaïdjanaises, notamment Gandja, Barda et Tartar":
    /// a vague object (a bare demonym) followed by "notamment"/"including"
    /// and names stands for those names.
    fn named_examples(&self, o: Arg, clause: &Clause, ran: &[CoreClass]) -> Arg {
        let ctx = self.pass.ctx;
        if !o.members.iter().all(|&i| self.m(i).weak) {
            return o;
        }
        let marker = (o.last..(o.last + 8).min(clause.last)).find_map(|k| {
            ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Examples)
                .into_iter()
                .map(|pm| pm.last)
                .max()
        });
        marker
            .and_then(|end| self.right(end, clause, ran, true))
            .filter(|named| {
                marker.is_some_and(|end| named.first <= end + 2)
                    && named.members.iter().all(|&i| !self.m(i).weak)
            })
            .unwrap_or(o)
    }

    /// The state an actor belongs to: itself for a state, else the state
    /// its gazetteer entry, a part_of fact of this text or its office names.
    /// The state an actor belongs to, through its bodies: the state itself,
    /// the state of a ministry, the state of a minister's ministry.
    fn side_of(&self, id: &str) -> Option<String> {
        let gazetteer = &self.pass.ctx.ont.gazetteer;
        self.state_of(id)
            .or_else(|| gazetteer.state_above(id).map(str::to_string))
    }

    fn state_of(&self, id: &str) -> Option<String> {
        let ctx = self.pass.ctx;
        if ctx.entity_core(id) == Some(CoreClass::State) {
            return Some(id.to_string());
        }
        let is_state = |x: &String| ctx.entity_core(x) == Some(CoreClass::State);
        self.pass
            .facts
            .iter()
            .find(|f| f.subject == id && f.relation == "part_of" && is_state(&f.object))
            .map(|f| f.object.clone())
            .or_else(|| {
                let &g = ctx.ix.entity_index.get(id)?;
                let e = &ctx.ont.gazetteer.entities()[g];
                e.part_of
                    .iter()
                    .chain(e.roles.iter().map(|r| &r.of))
                    .find(|x| is_state(x))
                    .cloned()
            })
    }

    /// "le ministère arménien rapporte que les forces azerbaïdjanaises
    /// mènent des bombardements": with no object named, the act is against
    /// the side that reports it.
    fn emit_claimant_side(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        subj: &Arg,
        m: &PatMatch,
        modality: Modality,
    ) {
        let ctx = self.pass.ctx;
        let Some(who) = self
            .reports
            .iter()
            .find(|(a, b, _, _)| {
                ctx.sent_of[*a] == ctx.sent_of[m.first] && m.first >= *a && m.first < *b
            })
            .map(|r| r.3.clone())
        else {
            return;
        };
        let Some(side) = self.state_of(&who) else {
            return;
        };
        for &si in &subj.members {
            let Some((s, sc)) = self.fit(si, &rel.domain) else {
                continue;
            };
            if self.state_of(&s).is_none_or(|st| st == side) || !rel.allows(sc, CoreClass::State) {
                continue;
            }
            let mut f = Fact::structural(
                ctx,
                (s, &rel.name, side.clone()),
                (subj.first.min(m.first), m.last.max(subj.last)),
                &format!(
                    "cue:{}:claimant-side `{}` ({}:{})",
                    rel.name, cue.pattern.source, cue.file, cue.line
                ),
                0.5,
            );
            f.modality = modality;
            self.facts.push(f);
        }
    }

    /// The patient of a passive, before the verb: an actor when one stands
    /// near ("les positions de l'armée X dans les régions de A et B ont été
    /// soumises à des tirs"), else whatever fits.
    fn patient_left(&self, at: usize, clause: &Clause, ran: &[CoreClass]) -> Option<Arg> {
        let actors: Vec<CoreClass> = ran.iter().copied().filter(|c| c.is_actor()).collect();
        if !actors.is_empty() && actors.len() < ran.len() {
            if let Some(a) = self.left(at, clause, &actors, true) {
                if a.last + 15 >= at {
                    return Some(self.complement_head(a, clause, &actors));
                }
            }
        }
        self.left(at, clause, ran, false)
            .map(|a| self.complement_head(a, clause, ran))
    }

    /// "le groupe de Minsk de l'OSCE, coprésidé par…": a participle set off
    /// by a comma speaks of the head of the noun phrase, not of its `de`
    /// complement.
    fn complement_head(&self, a: Arg, clause: &Clause, cores: &[CoreClass]) -> Arg {
        let ctx = self.pass.ctx;
        if !ctx.toks.get(a.last).is_some_and(|t| t.is_punct(",")) {
            return a;
        }
        let mut k = a.first;
        while k > clause.first && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k - 1)) {
            k -= 1;
        }
        if k <= clause.first || !matches!(ctx.norm(k - 1), "de" | "d'" | "du" | "des" | "of") {
            return a;
        }
        self.args
            .iter()
            .position(|&i| {
                let m = self.m(i);
                m.last == k - 1 && !m.weak && m.first >= clause.first
            })
            .map(|pos| self.arg_at(pos))
            .filter(|h| self.fits_any(h, cores))
            .unwrap_or(a)
    }

    fn emit_reciprocal(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        group: &Arg,
        m: &PatMatch,
        modality: Modality,
    ) {
        for &a in &group.members {
            for &b in &group.members {
                if a == b {
                    continue;
                }
                let s = Arg {
                    members: vec![a],
                    first: group.first,
                    last: group.last,
                };
                let o = Arg {
                    members: vec![b],
                    first: group.first,
                    last: group.last,
                };
                self.emit(cue, rel, &s, &o, m, modality, 0.7, "reciprocal");
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn noun(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        ran: &[CoreClass],
        modality: Modality,
    ) {
        let ctx = self.pass.ctx;
        if rel.symmetric && self.symmetric_noun(cue, rel, m, clause, dom, modality) {
            return;
        }
        // A demonym on the noun is its agent: "les frappes russes contre
        // X", "l'agression azerbaïdjano-turque", "Azerbaijani strikes on X".
        // Without an object the act has no patient here; the clause's
        // subject is not its agent.
        let demonym_agent = self.args.iter().position(|&i| {
            let x = self.m(i);
            x.kind == MKind::Demonym
                && (x.first == m.last || (ctx.lang == Lang::En && x.last == m.first))
                && x.first >= clause.first
                && x.last <= clause.last
        });
        if let Some(pos) = demonym_agent {
            let agent = self.arg_at(pos);
            if !self.fits_any(&agent, dom) {
                return;
            }
            let from = agent.last.max(m.last);
            let obj = (from..(from + 4).min(clause.last))
                .find(|&k| cue.object_preps.iter().any(|p| p == ctx.norm(k)))
                .and_then(|k| self.right(k + 1, clause, ran, true))
                .filter(|o| o.first <= from + 6);
            if let Some(o) = obj {
                self.emit(cue, rel, &agent, &o, m, modality, 0.6, "noun+demonym");
            }
            return;
        }
        // Agent after the noun: "le retrait des forces russes du Karabakh",
        // "des bombardements par des unités arméniennes".
        // Not the "de" of "au sein de": that places the relation inside a
        // body ("son alliée au sein de l'OTSC").
        let inside = (m.last..(m.last + 2).min(clause.last)).find_map(|k| {
            ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Within)
                .into_iter()
                .map(|pm| pm.last)
                .max()
        });
        let prep_at = (m.last..(m.last + 3).min(clause.last)).find(|&k| {
            matches!(
                ctx.norm(k),
                "de" | "d'" | "du" | "des" | "of" | "par" | "by"
            ) && inside.is_none_or(|end| k >= end)
        });
        let by_agent = prep_at.is_some_and(|k| ctx.ont.lexicon.is_agent(ctx.lang, ctx.norm(k)));
        let de_object = cue
            .object_preps
            .iter()
            .any(|p| matches!(p.as_str(), "de" | "d'" | "du" | "des" | "of"));
        let de_arg = prep_at.and_then(|k| {
            let a = self.right(k + 1, clause, dom, true)?;
            (a.first <= k + 3).then_some(a)
        });
        let obj_after = |from: usize, this: &Self| {
            let prep = (from..clause.last)
                .find(|&k| cue.object_preps.iter().any(|p| p == ctx.norm(k)) && k < from + 8)
                .and_then(|k| this.right(k + 1, clause, ran, true));
            // Without its preposition a noun's object stands right after it
            // ("la frappe irrespectueuse envers la Russie" has none).
            prep.or_else(|| {
                this.right(from, clause, ran, true)
                    .filter(|o| o.first <= from + 2)
            })
        };
        // "X, principal soutien de Y", "X est un allié de Y", "Armenia,
        // Russia's ally": the noun names X's role towards Y.
        // "la Russie, marraine de la trêve", "Armenia, a signatory of the
        // treaty": a role towards an agreement or event has it as complement.
        let role_arg = if de_arg.is_none() && only_acts(ran) {
            prep_at.and_then(|k| {
                let a = self.right(k + 1, clause, ran, true)?;
                (a.first <= k + 3).then_some(a)
            })
        } else {
            None
        };
        let role_of = de_arg.as_ref().or(role_arg.as_ref());
        if let Some((s, o)) = self.role_noun(m, clause, dom, ran, role_of, by_agent) {
            self.emit(cue, rel, &s, &o, m, modality, 0.6, "noun+role");
            self.within_organisation(cue, m, &s, &o, clause, modality);
            return;
        }
        if let Some(agent) = de_arg {
            if let Some(o) = obj_after(agent.last, self) {
                self.emit(cue, rel, &agent, &o, m, modality, 0.6, "noun");
                return;
            }
            // "À l'appel de l'Arménie, la Russie a…", "At the request of
            // Armenia, Russia sent…": a fronted act's object is the subject
            // of the clause it opens.
            if let Some(o) = self.fronted_subject(agent.last, ran) {
                self.emit(cue, rel, &agent, &o, m, modality, 0.55, "noun+fronted");
                return;
            }
            // "allié de l'Arménie": the complement is the object; the subject
            // is the clause's ("La Russie est un allié…").
            if !by_agent && de_object && self.fits_any(&agent, ran) {
                // An act of someone else's ("Macron a exigé le retrait des
                // troupes") is no act of the subject's.
                let sole_agent = cue.complement_is_agent;
                if let Some(s) = self
                    .left(m.first, clause, dom, true)
                    .filter(|_| !sole_agent)
                {
                    self.emit(cue, rel, &s, &agent, m, modality, 0.6, "noun+complement");
                }
                return;
            }
            // "un accord …, avec la médiation de la Russie": an act on an
            // agreement or event names it before.
            if !ran.iter().any(|c| c.is_actor()) {
                if let Some(o) = self.left(m.first, clause, ran, true) {
                    self.emit(cue, rel, &agent, &o, m, modality, 0.55, "noun+before");
                }
                return;
            }
            // "des pertes à la suite de bombardements par des unités X": the
            // victim is the clause's subject.
            if by_agent {
                if let Some(o) = self.left(m.first, clause, ran, true) {
                    self.emit(cue, rel, &agent, &o, m, modality, 0.55, "noun+agent");
                }
            }
            return;
        }
        // "dont l'Arménie est membre": a noun after the copula.
        let after_copula = (m.first.saturating_sub(3).max(clause.first)..m.first).any(|k| {
            matches!(
                ctx.norm(k),
                "est" | "sont" | "etait" | "etaient" | "is" | "are" | "was" | "were"
            )
        });
        if after_copula {
            if let Some((s, o)) = self.relative_complement(m, clause, dom, ran) {
                self.emit(cue, rel, &s, &o, m, modality, 0.6, "noun+relative");
                return;
            }
        }
        // "L'OTSC est une alliance militaire…": a noun after the copula
        // names what the subject is, not an act between two parties.
        let copula = (m.first.saturating_sub(4).max(clause.first)..m.first).any(|k| {
            matches!(
                ctx.norm(k),
                "est" | "sont" | "etait" | "etaient" | "is" | "are" | "was" | "were"
            )
        }) && (m.first.saturating_sub(3)..m.first)
            .any(|k| matches!(ctx.norm(k), "un" | "une" | "a" | "an"));
        if copula {
            return;
        }
        // Light verb: "l'Arménie a lancé une agression … contre l'Azerbaïdjan".
        let Some(o) = obj_after(m.last, self) else {
            return;
        };
        let subject = self
            .clause_subject(m.first, clause, dom)
            .or_else(|| self.possessor(m.first, clause, dom))
            .or_else(|| self.main_subject_after(o.last, clause, dom))
            .or_else(|| {
                rel.symmetric
                    .then(|| self.sequence_subject(m.first, o.last, dom))
                    .flatten()
            })
            .or_else(|| self.quote_speaker(m.first, dom));
        let Some(s) = subject else { return };
        self.emit(cue, rel, &s, &o, m, modality, 0.55, "noun+subject");
    }

    /// A noun in apposition or after a copula names the role of the actor
    /// it describes towards its complement: "La Turquie, principal soutien
    /// de Bakou", "La Russie est un allié de l'Arménie", "Armenia, Russia's
    /// ally". Returns (subject, object).
    /// Whether a noun cue of a relation other than `rel` lies in
    /// `[from, to)` with the name at `to` as its complement: nothing but
    /// prepositions, determiners, commas, titles and names between them.
    fn other_noun_cue_between(&self, rel: &RelationDef, from: usize, to: usize) -> bool {
        let ctx = self.pass.ctx;
        let filler = |k: usize| {
            let n = ctx.norm(k);
            matches!(n, "de" | "d'" | "du" | "des" | "of" | ",")
                || ctx.ont.lexicon.is_determiner(ctx.lang, n)
                || self.pass.mention_at(k).is_some()
                || self.titles.iter().any(|&(f, l)| f <= k && k < l)
        };
        (from..to).any(|j| {
            ctx.matches_at(j, |p| match ctx.ix.patterns[p].owner {
                PatOwner::Cue(c) => {
                    let cue = &ctx.ont.lexicon.cues[c];
                    cue.kind == CueKind::Noun && cue.relation != rel.name
                }
                _ => false,
            })
            .iter()
            .any(|pm| pm.last <= to && (pm.last..to).all(filler))
        })
    }

    /// Whether token `k` is a word of a verb cue ("appealed to").
    fn in_verb_cue(&self, k: usize) -> bool {
        let ctx = self.pass.ctx;
        (k.saturating_sub(4)..=k).any(|j| {
            ctx.matches_at(j, |p| match ctx.ix.patterns[p].owner {
                PatOwner::Cue(c) => ctx.ont.lexicon.cues[c].kind == CueKind::Verb,
                _ => false,
            })
            .iter()
            .any(|m| m.first <= k && k < m.last)
        })
    }

    fn role_noun(
        &self,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        ran: &[CoreClass],
        de_arg: Option<&Arg>,
        by_agent: bool,
    ) -> Option<(Arg, Arg)> {
        let ctx = self.pass.ctx;
        let mut k = m.first;
        let mut possessor: Option<Arg> = None;
        let mut possessive = false;
        let mut steps = 0;
        while k > clause.first && steps < 5 {
            let prev = k - 1;
            let n = ctx.norm(prev);
            // "Armenia, its ally": the possessive opens the apposition.
            possessive |= possessor.is_none()
                && ctx.ont.lexicon.is_role_possessive(ctx.lang, n)
                && prev > 0
                && ctx.norm(prev - 1) == ",";
            if n == "'s" {
                let a = self
                    .left(prev, clause, ran, true)
                    .filter(|a| a.last == prev)?;
                k = a.first;
                possessor = Some(a);
                steps += 1;
                continue;
            }
            // "which appealed to the signatories of…": the walk back over
            // the role's modifiers stops at a verb.
            let plain_word = ctx.toks[prev].kind == TokKind::Word
                && !ctx.toks[prev].upper
                && self.pass.mention_at(prev).is_none()
                && !self.in_verb_cue(prev);
            if ctx.ont.lexicon.is_determiner(ctx.lang, n)
                || plain_word
                    && !matches!(
                        n,
                        "est"
                            | "sont"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "etait"
                            | "reste"
                            | "remains"
                            | "demeure"
                    )
            {
                k = prev;
                steps += 1;
                continue;
            }
            break;
        }
        let before = if k > clause.first {
            ctx.norm(k - 1)
        } else {
            ""
        };
        let copula = matches!(
            before,
            "est"
                | "sont"
                | "is"
                | "are"
                | "was"
                | "were"
                | "etait"
                | "reste"
                | "remains"
                | "demeure"
        );
        let head = if before == "," || copula {
            self.left(k - 1, clause, dom, true)
                .filter(|h| copula || h.last + 1 == k)?
        } else {
            // "les coprésidents du groupe de Minsk, la France, la Russie et
            // les États-Unis": the holders follow the complement, after a comma.
            let a = de_arg.filter(|_| !by_agent)?;
            let first = self.m(a.members[0]);
            // Past the complement's own complements ("du groupe de Minsk de
            // l'OSCE"), a comma or a dash opens the list.
            let mut e = first.last;
            while matches!(ctx.norm(e), "de" | "d'" | "du" | "des" | "of") {
                let mut n = e + 1;
                while ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(n)) {
                    n += 1;
                }
                match self.pass.mention_at(n) {
                    Some(x) if x.first == n => e = x.last,
                    _ => break,
                }
            }
            if !ctx
                .toks
                .get(e)
                .is_some_and(|t| [",", "—", "–", ":", "("].iter().any(|p| t.is_punct(p)))
            {
                return None;
            }
            let object = Arg {
                members: vec![a.members[0]],
                first: first.first,
                last: first.last,
            };
            let rest = if a.members.len() >= 2 {
                Arg {
                    members: a.members[1..].to_vec(),
                    first: self.m(a.members[1]).first,
                    last: a.last,
                }
            } else {
                self.right(e + 1, clause, dom, true)
                    .filter(|r| r.first <= e + 3 && r.members.len() >= 2)?
            };
            if !self.fits_any(&object, ran) || !self.fits_any(&rest, dom) {
                return None;
            }
            return Some((rest, object));
        };
        // "Russia's commitments to Armenia, its ally": the possessive's
        // owner is the actor named before the apposition.
        if possessor.is_none() && de_arg.is_none() && possessive && before == "," {
            possessor = self
                .left(head.first, clause, ran, true)
                .filter(|p| p.members.iter().all(|x| !head.members.contains(x)));
        }
        // "alliée de l'Azerbaïdjan, et l'Union européenne": the role's
        // complement is one party; what follows the comma is another subject.
        let object = match (possessor, de_arg) {
            (Some(p), _) => p,
            (None, Some(a)) if !by_agent && self.fits_any(a, ran) => Arg {
                members: vec![a.members[0]],
                first: a.first,
                last: self.m(a.members[0]).last,
            },
            _ => return None,
        };
        Some((head, object))
    }

    /// Symmetric relations named by a noun between two parties:
    /// "l'alliance arméno-russe", "l'alliance entre A et B". True when handled.
    fn symmetric_noun(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        m: &PatMatch,
        clause: &Clause,
        dom: &[CoreClass],
        modality: Modality,
    ) -> bool {
        let ctx = self.pass.ctx;
        for k in m.last..(m.last + 3).min(clause.last) {
            let Some(mm) = self.pass.mention_at(k) else {
                continue;
            };
            if mm.rule != "demonym:compound" || mm.first != k {
                continue;
            }
            let Some(pos) = self.args.iter().position(|&i| self.m(i).first == k) else {
                continue;
            };
            let g = self.arg_at(pos);
            if g.members.len() == 2 {
                let s = Arg {
                    members: vec![g.members[0]],
                    first: g.first,
                    last: g.last,
                };
                let o = Arg {
                    members: vec![g.members[1]],
                    first: g.first,
                    last: g.last,
                };
                self.emit(cue, rel, &s, &o, m, modality, 0.7, "noun+compound");
                return true;
            }
        }
        let entre = (m.last..(m.last + 4).min(clause.last))
            .find(|&k| matches!(ctx.norm(k), "entre" | "between"));
        if let Some(k) = entre {
            if let Some(g) = self.right(k + 1, clause, dom, false) {
                if g.members.len() >= 2 {
                    self.emit_reciprocal_once(cue, rel, &g, m, modality);
                    return true;
                }
            }
        }
        false
    }

    /// "Putin's visit to Baku", "Armenia's talks with Turkey": the actor
    /// whose act the noun at `at` names, before "'s" and adjectives only.
    fn possessor(&self, at: usize, clause: &Clause, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let mut k = at;
        while k > clause.first + 1
            && ctx.toks[k - 1].kind == TokKind::Word
            && !ctx.toks[k - 1].upper
            && self.pass.mention_at(k - 1).is_none()
            && ctx.norm(k - 1) != "'s"
            && at - k < 3
        {
            k -= 1;
        }
        if k <= clause.first || ctx.norm(k - 1) != "'s" {
            return None;
        }
        self.left(k - 1, clause, dom, true)
            .filter(|a| a.last == k - 1)
    }

    /// The subject of the clause a noun cue stands in: an actor before it
    /// with an auxiliary or light verb between ("l'Arménie a lancé une…").
    fn clause_subject(&self, at: usize, clause: &Clause, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let s = self.left(at, clause, dom, true)?;
        let verb_between = (s.last..at).any(|k| {
            ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k))
                || ctx.ont.lexicon.is_light_verb_stem(ctx.lang, &ctx.stems[k])
        });
        // "Le ministère affirme que la ville a été visée… et signale des
        // tirs": a completive opens another clause with its own subject.
        let completive = (s.last..at).any(|k| matches!(ctx.norm(k), "que" | "qu'" | "that"));
        (verb_between && !completive).then_some(s)
    }

    /// True when the comma at `comma` closes an apposition to an actor:
    /// "Hikmet Hadjiev, un conseiller du président, a accusé…" (between the
    /// two commas only determiners, prepositions, lower-case words and
    /// names; an actor right before the first comma).
    fn closes_apposition(&self, comma: usize, start: usize) -> bool {
        let ctx = self.pass.ctx;
        let Some(open) = (start..comma).rev().find(|&k| ctx.toks[k].is_punct(",")) else {
            return false;
        };
        let inner_ok = (open + 1..comma).all(|k| {
            let t = &ctx.toks[k];
            t.kind == TokKind::Word && (!t.upper || self.pass.mention_at(k).is_some())
                || t.kind == TokKind::Punct && t.norm == "-"
                || self.pass.mention_at(k).is_some()
        });
        let head = open > start
            && self.args.iter().any(|&i| {
                let x = self.m(i);
                x.last == open && x.core.is_actor() && !x.title && !x.weak
            });
        // No verb of its own: an auxiliary would make it a clause.
        let no_verb =
            !(open + 1..comma).any(|k| ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k)));
        inner_ok && head && no_verb && comma > open + 1
    }

    /// "A inaugurated the mission a day after talks with B", "Speaking
    /// after talks with B, A said": a meeting noun after a word of sequence
    /// reports a meeting of the sentence's subject: the nearest actor before
    /// the sequence word that a verb follows, or, when the phrase opens the
    /// sentence, the first such actor after the object.
    fn sequence_subject(&self, at: usize, obj_last: usize, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        let s = ctx.sents[ctx.sent_of[at]];
        // Back over determiners and lower-case modifiers to the sequence word.
        let mut k = at;
        while k > s.first && at - k < 3 {
            let n = ctx.norm(k - 1);
            if lex.is_sequence(ctx.lang, n) {
                break;
            }
            if ctx.toks[k - 1].kind != TokKind::Word || ctx.toks[k - 1].upper {
                return None;
            }
            k -= 1;
        }
        if k == s.first || !lex.is_sequence(ctx.lang, ctx.norm(k - 1)) {
            return None;
        }
        let seq = k - 1;
        // A subject is an actor followed by a plain lower-case word: its verb.
        let subject_at = |pos: usize| -> Option<Arg> {
            let a = self.arg_at(pos);
            let t = ctx.toks.get(a.last)?;
            let n = ctx.norm(a.last);
            let verb_next = t.kind == TokKind::Word
                && !t.upper
                && !lex.is_determiner(ctx.lang, n)
                && !lex.is_coordination(ctx.lang, n)
                && !lex.is_locative(ctx.lang, n)
                && !lex.is_sequence(ctx.lang, n)
                && !lex.is_agent(ctx.lang, n)
                && !matches!(
                    n,
                    "de" | "d'" | "du" | "des" | "of" | "'s" | "to" | "with" | "avec"
                );
            (verb_next && !self.m(self.args[pos]).weak && self.fits_any(&a, dom)).then_some(a)
        };
        let before = (0..self.args.len())
            .rev()
            .filter(|&p| {
                let x = self.m(self.args[p]);
                x.first >= s.first && x.last <= seq
            })
            .find_map(&subject_at);
        if before.is_some() {
            return before;
        }
        let opens = !(0..self.args.len()).any(|p| {
            let x = self.m(self.args[p]);
            x.first >= s.first && x.last <= seq && x.core.is_actor()
        });
        if !opens {
            return None;
        }
        (0..self.args.len())
            .filter(|&p| {
                let x = self.m(self.args[p]);
                x.first > obj_last && x.last <= s.last
            })
            .find_map(subject_at)
    }

    /// After a leading phrase ("S'exprimant lors d'une réunion avec X, M.
    /// Poutine a souligné…"), the main clause's subject: an actor followed
    /// by an auxiliary.
    fn main_subject_after(&self, from: usize, clause: &Clause, dom: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        // "When the shelling of X began, Yerevan turned to Moscow": the main
        // clause's subject did not act in a subordinate clause before it.
        if self.breaks.get(clause.first).copied().unwrap_or(false)
            && ctx.toks[clause.first].kind == TokKind::Word
            && !ctx
                .ont
                .lexicon
                .is_verb_coordination(ctx.lang, ctx.norm(clause.first))
        {
            return None;
        }
        let s = ctx.sents[ctx.sent_of[from.min(ctx.toks.len() - 1)]];
        let wide = Clause {
            first: clause.first,
            last: s.last,
        };
        let a = self.right_subject(from, &wide, dom, false)?;
        let next = ctx.norm(a.last);
        let aux = ctx.ont.lexicon.is_auxiliary(ctx.lang, next)
            || ctx.ont.lexicon.is_negation(ctx.lang, next);
        // "Speaking at a meeting with X, Putin praised…": right after the
        // comma that closes the leading phrase, a name followed by a plain
        // lower-case word (not a list going on) opens the main clause.
        let after_comma = a.first > 0 && ctx.toks[a.first - 1].is_punct(",");
        let plain_next = ctx.toks.get(a.last).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.upper
                && !ctx.ont.lexicon.is_coordination(ctx.lang, next)
                && !ctx.ont.lexicon.is_determiner(ctx.lang, next)
                && !ctx.ont.lexicon.is_locative(ctx.lang, next)
        });
        (aux || after_comma && plain_next).then_some(a)
    }

    /// The actor that opens the main clause after a fronted phrase ending
    /// at `comma` ("…, la Russie a envoyé").
    fn fronted_subject(&self, comma: usize, cores: &[CoreClass]) -> Option<Arg> {
        let ctx = self.pass.ctx;
        if !ctx.toks.get(comma).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        let s = ctx.sents[ctx.sent_of[comma]];
        let rest = Clause {
            first: comma + 1,
            last: s.last,
        };
        let a = self.right_subject(comma + 1, &rest, cores, true)?;
        (a.first <= comma + 2).then_some(a)
    }

    /// Inside a quotation, an act without an agent ("Il y aura également un
    /// appel au Conseil de sécurité") is the speaker's.
    fn quote_speaker(&self, at: usize, dom: &[CoreClass]) -> Option<Arg> {
        let sent = self.pass.ctx.sent_of[at];
        if !self.quote_continues.get(sent).copied().unwrap_or(false) {
            return None;
        }
        let who = self.quote_claimant.get(sent)?.as_ref()?;
        let pos = self.args.iter().position(|&i| &self.m(i).ent == who)?;
        let a = self.arg_at(pos);
        self.fits_any(&a, dom).then_some(Arg {
            members: vec![self.args[pos]],
            first: a.first,
            last: a.last,
        })
    }

    /// "La Russie, alliée de l'Arménie au sein de l'OTSC", "Armenia,
    /// Russia's ally in the CSTO": a relation placed inside an organisation
    /// makes both parties hold the cue's `within` relation to it.
    fn within_organisation(
        &mut self,
        cue: &Cue,
        m: &PatMatch,
        s: &Arg,
        o: &Arg,
        clause: &Clause,
        modality: Modality,
    ) {
        let ctx = self.pass.ctx;
        let Some(rel) = cue
            .within
            .as_deref()
            .and_then(|r| ctx.ont.schema.relation(r))
        else {
            return;
        };
        let from = m.last.max(o.last);
        let Some(at) = (from..(from + 3).min(clause.last)).find_map(|k| {
            ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Within)
                .into_iter()
                .map(|pm| pm.last)
                .max()
        }) else {
            return;
        };
        let Some(org) = self
            .right(at, clause, &rel.range, true)
            .filter(|g| g.first <= at + 2)
        else {
            return;
        };
        let plain = Cue {
            inverse: false,
            ..cue.clone()
        };
        for party in [s, o] {
            self.emit(&plain, rel, party, &org, m, modality, 0.55, "noun+within");
        }
    }

    fn emit_reciprocal_once(
        &mut self,
        cue: &Cue,
        rel: &RelationDef,
        group: &Arg,
        m: &PatMatch,
        modality: Modality,
    ) {
        for (x, &a) in group.members.iter().enumerate() {
            for &b in &group.members[x + 1..] {
                let s = Arg {
                    members: vec![a],
                    first: group.first,
                    last: group.last,
                };
                let o = Arg {
                    members: vec![b],
                    first: group.first,
                    last: group.last,
                };
                self.emit(cue, rel, &s, &o, m, modality, 0.65, "noun+between");
            }
        }
    }

    /// "… à Moscou", "dans la région du Karabakh": where an event or
    /// agreement of the clause took place.
    fn locations(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("took_place_in") else {
            return;
        };
        let events: Vec<usize> = self
            .args
            .iter()
            .copied()
            .filter(|&i| matches!(self.m(i).core, CoreClass::Event | CoreClass::Agreement))
            // "the trip", "cette déclaration": where it was is said elsewhere.
            .filter(|&i| !self.m(i).rule.contains("(anaphora)"))
            .collect();
        let mut new = Vec::new();
        for e in events {
            let em = self.m(e);
            let clause = self.clause(em.first, em.last);
            // The place: after a locative preposition, possibly through a
            // place noun ("dans la région du Karabakh", "sur le territoire de").
            let mut found = None;
            for &i in &self.args {
                let pm = self.m(i);
                if pm.first < clause.first || pm.last > clause.last || i == e {
                    continue;
                }
                // Close to the event: "mesures antiterroristes sur le
                // territoire de l'Artsakh", "ont signé au Kremlin la déclaration".
                // A place before the event reaches it only across
                // determiners: "signé au Kremlin la déclaration", not
                // "déployés au Karabakh en vertu de l'accord".
                let near = (pm.first >= em.last && pm.first < em.last + 8)
                    || (pm.last <= em.first
                        && pm.last + 5 > em.first
                        && (pm.last..em.first)
                            .all(|k| ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k))));
                if !near {
                    continue;
                }
                let Some((pid, pc)) = self.place_sense(i) else {
                    continue;
                };
                if !rel.range.contains(&pc)
                    || pc == CoreClass::State
                        && pm.senses.is_none()
                        && !self.locative_before(pm.first, true)
                {
                    continue;
                }
                if !self.locative_before(pm.first, false) {
                    continue;
                }
                // The nearest event or agreement before the place, or the one
                // the clause's verb governs.
                let between_event = self.args.iter().any(|&j| {
                    let x = self.m(j);
                    j != e
                        && matches!(x.core, CoreClass::Event | CoreClass::Agreement)
                        && x.first > em.first.min(pm.first)
                        && x.last <= em.first.max(pm.first)
                });
                if between_event {
                    continue;
                }
                found = Some((pid, pm.first, pm.last));
                break;
            }
            if let Some((pid, pf, pl)) = found {
                if pid == em.ent {
                    continue;
                }
                let (a, b) = (em.first.min(pf), em.last.max(pl));
                new.push(Fact::structural(
                    ctx,
                    (em.ent.clone(), &rel.name, pid),
                    (a, b),
                    "location:locative",
                    0.6,
                ));
            }
        }
        self.facts.extend(new);
    }

    /// The argument whose mention starts at token `k`.
    fn arg_starting(&self, k: usize) -> Option<usize> {
        self.args.iter().copied().find(|&i| self.m(i).first == k)
    }

    /// The argument whose mention ends just before token `k`.
    fn arg_ending(&self, k: usize) -> Option<usize> {
        self.args.iter().copied().find(|&i| self.m(i).last == k)
    }

    fn place_sense(&self, i: usize) -> Option<(String, CoreClass)> {
        let m = self.m(i);
        if m.kind == MKind::Pronoun {
            return None;
        }
        if let Some((place, _)) = &m.senses {
            let pc = self.pass.ctx.entity_core(place).unwrap_or(CoreClass::Place);
            return Some((place.clone(), pc));
        }
        match m.core {
            CoreClass::Place => Some((m.ent.clone(), CoreClass::Place)),
            CoreClass::State if !m.weak => Some((m.ent.clone(), CoreClass::State)),
            _ => None,
        }
    }

    /// True when a locative preposition (possibly with a place noun:
    /// "la région de", "le territoire de") stands just before `first`.
    fn locative_before(&self, first: usize, strict: bool) -> bool {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        let mut k = first;
        let mut steps = 0;
        while k > 0 && steps < 6 {
            k -= 1;
            steps += 1;
            let n = ctx.norm(k);
            if lex.is_locative(ctx.lang, n) && !(strict && matches!(n, "vers" | "from" | "to")) {
                return true;
            }
            if lex.is_determiner(ctx.lang, n)
                || lex.is_place_noun(ctx.lang, n)
                || matches!(n, "de" | "d'" | "du" | "des" | "of")
                || ctx.toks[k].kind == TokKind::Punct && n == "-"
            {
                continue;
            }
            // Adjectives of place nouns ("la région azerbaïdjanaise du Karabakh").
            if !ctx.adj_at[k].is_empty() {
                continue;
            }
            return false;
        }
        false
    }

    /// "le blocus du corridor de Latchine": a place named inside an event's
    /// name is where it took place.
    fn places_in_names(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("took_place_in") else {
            return;
        };
        let mut new = Vec::new();
        for &e in &self.args {
            let em = self.m(e);
            if em.core != CoreClass::Event || em.kind != MKind::Name {
                continue;
            }
            for p in &self.pass.mentions {
                if !(p.nested && p.first >= em.first && p.last <= em.last) {
                    continue;
                }
                let prev = if p.first > 0 {
                    ctx.norm(p.first - 1)
                } else {
                    ""
                };
                // "visite d'État de Vladimir Poutine en Azerbaïdjan": a state
                // after a locative is where; a person is who.
                let place = p.core == CoreClass::Place
                    || (p.core == CoreClass::State && ctx.ont.lexicon.is_locative(ctx.lang, prev));
                if place {
                    new.push(Fact::structural(
                        ctx,
                        (em.ent.clone(), &rel.name, p.ent.clone()),
                        (em.first, em.last),
                        "location:in-name",
                        0.7,
                    ));
                } else if p.core == CoreClass::Person {
                    if let Some(agent) = ctx.ont.schema.relation("carried_out") {
                        new.push(Fact::structural(
                            ctx,
                            (p.ent.clone(), &agent.name, em.ent.clone()),
                            (em.first, em.last),
                            "event:agent-in-name",
                            0.7,
                        ));
                    }
                }
            }
        }
        self.facts.extend(new);
    }

    /// The end of the run of at most `max` lower-case words from `from`
    /// ("'s southern", "'s second largest city").
    fn lower_run(&self, from: usize, max: usize) -> usize {
        let ctx = self.pass.ctx;
        let mut k = from;
        while k < from + max
            && ctx
                .toks
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Word && !t.upper)
        {
            k += 1;
        }
        k
    }

    /// Where a place lies, as the text writes it: "Armenia's Syunik
    /// province", "Stepanakert, au Haut-Karabakh", "la région azerbaïdjanaise
    /// du Karabakh", "la province arménienne du Syunik".
    fn place_containment(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("part_of") else {
            return;
        };
        let mut new = Vec::new();
        let container = |i: usize| -> Option<String> {
            let m = self.m(i);
            match (&m.senses, m.core) {
                (Some((p, _)), _) => Some(p.clone()),
                (None, CoreClass::Place | CoreClass::State) if !m.weak => Some(m.ent.clone()),
                _ => None,
            }
        };
        for (pos, &i) in self.args.iter().enumerate() {
            let pm = self.m(i);
            // A state's land ("territoire russe") is no place inside another.
            if pm.weak {
                continue;
            }
            let Some((pid, CoreClass::Place)) = self.place_sense(i) else {
                continue;
            };
            let mut found: Option<(String, usize, usize)> = None;
            // "Armenia's Syunik province", "Armenia's southern Syunik
            // province".
            let mut poss = pm.first;
            while poss > pm.first.saturating_sub(3)
                && poss >= 3
                && ctx.toks[poss - 1].kind == TokKind::Word
                && !ctx.toks[poss - 1].upper
                && ctx.norm(poss - 1) != "'s"
            {
                poss -= 1;
            }
            if poss >= 2 && ctx.norm(poss - 1) == "'s" {
                if let Some(j) = self.arg_ending(poss - 1) {
                    if let Some(c) = container(j) {
                        found = Some((c, self.m(j).first, pm.last));
                    }
                }
            }
            // "Lac Sev (Sev Lich), dans la province du Syunik": an aside in
            // brackets after the name does not part it from its apposition.
            let mut end = pm.last;
            if ctx.toks.get(end).is_some_and(|t| t.is_punct(")")) {
                end += 1;
            } else if ctx.toks.get(end).is_some_and(|t| t.is_punct("(")) {
                if let Some(close) =
                    (end + 1..(end + 8).min(ctx.toks.len())).find(|&k| ctx.toks[k].is_punct(")"))
                {
                    end = close + 1;
                }
            }
            // "Stepanakert, au Haut-Karabakh", "Goris, in Armenia".
            if found.is_none() && ctx.toks.get(end).is_some_and(|t| t.is_punct(",")) {
                // "Kapan, the main town of Armenia's Syunik province": the
                // possessed place, not its owner, contains the first.
                let next = self.args.get(pos + 1).map(|&j| {
                    let nm = self.m(j);
                    let mut k = nm.last;
                    if ctx.norm(k) != "'s" {
                        return (j, None);
                    }
                    k = self.lower_run(k + 1, 3);
                    self.arg_starting(k)
                        .filter(|&x| {
                            self.place_sense(x)
                                .is_some_and(|(_, c)| c == CoreClass::Place)
                        })
                        .map_or((j, None), |x| (x, Some(nm.first)))
                });
                if let Some((j, owner)) = next {
                    let nm = self.m(j);
                    // The complement starts at the owner of a possessive.
                    let head = owner.unwrap_or(nm.first);
                    // An apposition naming a place noun ("la deuxième ville
                    // du", "the main town of") may hold adjectives too.
                    let of = |k: usize| matches!(ctx.norm(k), "de" | "d'" | "du" | "of");
                    // With or without an article: "Gandja, deuxième ville
                    // d'Azerbaïdjan".
                    let described = end + 1 < head
                        && (ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(end + 1))
                            || (end + 1..head)
                                .all(|k| ctx.toks[k].kind == TokKind::Word && !ctx.toks[k].upper))
                        && head < end + 8
                        && (head >= 2 && of(head - 1)
                            || head >= 3
                                && of(head - 2)
                                && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(head - 1)))
                        && (end + 1..head)
                            .any(|k| ctx.ont.lexicon.is_place_noun(ctx.lang, ctx.norm(k)));
                    let gap_ok = (end + 1..nm.first).all(|k| {
                        let n = ctx.norm(k);
                        ctx.ont.lexicon.is_locative(ctx.lang, n)
                            || ctx.ont.lexicon.is_determiner(ctx.lang, n)
                            || ctx.ont.lexicon.is_place_noun(ctx.lang, n)
                            || of(k)
                            || k >= head
                            || described
                                && ctx.toks[k].kind == TokKind::Word
                                && !ctx.toks[k].upper
                    }) && nm.first > end + 1
                        // "Stepanakert, la capitale de l'Artsakh", "Yeraskh,
                        // in Armenia's Ararat province".
                        && (self.locative_before(head, true)
                            || (end + 1..nm.first)
                                .any(|k| ctx.ont.lexicon.is_place_noun(ctx.lang, ctx.norm(k))));
                    // "Berd, en territoire arménien", "Berd, in Armenian
                    // territory": a state's land named by its adjective.
                    let land_noun = |k: usize| ctx.ont.lexicon.is_place_noun(ctx.lang, ctx.norm(k));
                    let noun_after = nm.weak
                        && ctx
                            .toks
                            .get(nm.last)
                            .is_some_and(|t| t.kind == TokKind::Word)
                        && land_noun(nm.last);
                    let last = if noun_after { nm.last + 1 } else { nm.last };
                    let ends = ctx.toks.get(last).is_none_or(|t| t.kind == TokKind::Punct);
                    let land = nm.weak && nm.core == CoreClass::State && noun_after;
                    if gap_ok && ends {
                        if let Some(c) = container(j).or_else(|| land.then(|| nm.ent.clone())) {
                            found = Some((c, pm.first, last));
                        }
                    }
                }
            }
            // "Azerbaijan and its Nakhchivan exclave", "son exclave du
            // Nakhitchevan": a possessive before the place (and its noun)
            // names the state mentioned last before it in the sentence.
            if found.is_none() {
                let lex = &ctx.ont.lexicon;
                let mut k = pm.first;
                while k > pm.first.saturating_sub(4)
                    && k >= 1
                    && ctx.toks[k - 1].kind == TokKind::Word
                    && !ctx.toks[k - 1].upper
                    && !lex.is_land_possessive(ctx.lang, ctx.norm(k - 1))
                    // "its positions in the Lachin district" is no claim to it.
                    && (matches!(ctx.norm(k - 1), "de" | "d'" | "du" | "of")
                        || !lex.is_locative(ctx.lang, ctx.norm(k - 1)))
                {
                    k -= 1;
                }
                let noun_at = |x: usize| lex.is_place_noun(ctx.lang, ctx.norm(x));
                let named = (k..pm.last).any(noun_at)
                    || ctx
                        .toks
                        .get(pm.last)
                        .is_some_and(|t| t.kind == TokKind::Word)
                        && noun_at(pm.last);
                if named && k >= 1 && lex.is_land_possessive(ctx.lang, ctx.norm(k - 1)) {
                    let owner = self.args[..pos].iter().rev().find(|&&j| {
                        let om = self.m(j);
                        om.sent == pm.sent && om.core == CoreClass::State && !om.weak
                    });
                    if let Some(&j) = owner {
                        found = Some((self.m(j).ent.clone(), self.m(j).first, pm.last));
                    }
                }
            }
            // "Ganja, Azerbaijan's second largest city,": the owner of a
            // place noun in apposition contains the place.
            if found.is_none() && ctx.toks.get(end).is_some_and(|t| t.is_punct(",")) {
                if let Some(j) = self.arg_starting(end + 1) {
                    let nm = self.m(j);
                    if ctx.norm(nm.last) == "'s" {
                        let from = nm.last + 1;
                        let k = self.lower_run(from, 4);
                        let noun =
                            (from..k).any(|x| ctx.ont.lexicon.is_place_noun(ctx.lang, ctx.norm(x)));
                        let closed = ctx.toks.get(k).is_none_or(|t| t.kind == TokKind::Punct);
                        if noun && closed {
                            if let Some(c) = container(j) {
                                found = Some((c, pm.first, k));
                            }
                        }
                    }
                }
            }
            // "Berd, en territoire arménien", "Berd, in Armenian territory":
            // a state's land named by its adjective.
            if found.is_none() && ctx.toks.get(end).is_some_and(|t| t.is_punct(",")) {
                let (a, b, c) = (end + 1, end + 2, end + 3);
                let lex = &ctx.ont.lexicon;
                let adj = if lex.is_place_noun(ctx.lang, ctx.norm(b)) {
                    c
                } else {
                    b
                };
                let noun = if adj == c { b } else { c };
                if c < ctx.toks.len()
                    && lex.is_locative(ctx.lang, ctx.norm(a))
                    && lex.is_place_noun(ctx.lang, ctx.norm(noun))
                    && !ctx.adj_at[adj].is_empty()
                    && ctx.toks.get(c + 1).is_none_or(|t| t.kind == TokKind::Punct)
                {
                    let st = &ctx.ont.gazetteer.entities()[ctx.adj_at[adj][0]];
                    found = Some((st.id.clone(), pm.first, c + 1));
                }
            }
            // "the village of Sotk in Gegharkunik province", "Jermuk, dans
            // la province de Vayots Dzor" without the comma: a place right
            // after "in/dans/en/au" is the one that contains it.
            if found.is_none()
                && ctx.sent_of[pm.last.min(ctx.toks.len() - 1)] == pm.sent
                && matches!(ctx.norm(pm.last), "in" | "dans" | "en" | "au")
            {
                if let Some(&j) = self.args.get(pos + 1) {
                    let nm = self.m(j);
                    let gap_ok = (pm.last + 1..nm.first).all(|k| {
                        let n = ctx.norm(k);
                        ctx.ont.lexicon.is_determiner(ctx.lang, n)
                            || ctx.ont.lexicon.is_place_noun(ctx.lang, n)
                            || matches!(n, "de" | "d'" | "du" | "of")
                    }) && nm.first <= pm.last + 4;
                    if gap_ok {
                        if let Some(c) = container(j) {
                            found = Some((c, pm.first, nm.last));
                        }
                    }
                }
            }
            // "la région azerbaïdjanaise du Karabakh".
            if found.is_none() && pm.first >= 3 {
                let de = pm.first - 1;
                let adj = de - 1;
                let noun = adj - 1;
                if matches!(ctx.norm(de), "de" | "d'" | "du")
                    && !ctx.adj_at[adj].is_empty()
                    && ctx.ont.lexicon.is_place_noun(ctx.lang, ctx.norm(noun))
                {
                    let st = &ctx.ont.gazetteer.entities()[ctx.adj_at[adj][0]];
                    found = Some((st.id.clone(), noun, pm.last));
                }
            }
            if let Some((c, a, b)) = found {
                if c != pid {
                    new.push(Fact::structural(
                        ctx,
                        (pid, &rel.name, c),
                        (a, b),
                        "place:within",
                        0.7,
                    ));
                }
            }
        }
        self.facts.extend(new);
    }

    /// "la région du Karabakh, où les forces … ont lancé des mesures": the
    /// events of a clause opened by "où"/"where" took place there.
    fn places_where(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("took_place_in") else {
            return;
        };
        let mut new = Vec::new();
        for (pos, &i) in self.args.iter().enumerate() {
            let pm = self.m(i);
            let Some((pid, pc)) = self.place_sense(i) else {
                continue;
            };
            if pc != CoreClass::Place {
                continue;
            }
            let mut k = pm.last;
            if ctx.toks.get(k).is_some_and(|t| t.is_punct(",")) {
                k += 1;
            }
            if !matches!(ctx.norm(k), "ou" | "where")
                || ctx
                    .toks
                    .get(k)
                    .is_some_and(|t| t.norm == "ou" && !ctx.surface(k, k + 1).contains('ù'))
            {
                continue;
            }
            let s = ctx.sents[pm.sent];
            let clause = self.clause(k + 1, k + 2);
            for &j in &self.args[pos + 1..] {
                let em = self.m(j);
                if em.first >= clause.last.min(s.last) {
                    break;
                }
                if em.core == CoreClass::Event {
                    new.push(Fact::structural(
                        ctx,
                        (em.ent.clone(), &rel.name, pid.clone()),
                        (pm.first, em.last),
                        "location:where",
                        0.6,
                    ));
                }
            }
        }
        self.facts.extend(new);
    }

    /// Of two places an event took place in, where one lies in the other
    /// ("à Bakou" and "en Azerbaïdjan"), the text means the narrower.
    fn most_specific_places(&mut self) {
        let ctx = self.pass.ctx;
        let within = |a: &str, b: &str| {
            let mut cur = a.to_string();
            for _ in 0..8 {
                let Some(e) = ctx
                    .ix
                    .entity_index
                    .get(&cur)
                    .map(|&g| &ctx.ont.gazetteer.entities()[g])
                else {
                    return false;
                };
                match &e.part_of {
                    Some(p) if p == b => return true,
                    Some(p) => cur = p.clone(),
                    None => return false,
                }
            }
            false
        };
        let places: Vec<(String, String)> = self
            .facts
            .iter()
            .filter(|f| f.relation == "took_place_in")
            .map(|f| (f.subject.clone(), f.object.clone()))
            .collect();
        self.facts.retain(|f| {
            f.relation != "took_place_in"
                || !places
                    .iter()
                    .any(|(s, o)| s == &f.subject && o != &f.object && within(o, &f.object))
        });
    }

    /// "la visite du président Poutine", "le retrait des forces russes",
    /// "Russia's offensive": who carried the event out.
    fn event_agents(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("carried_out") else {
            return;
        };
        let actors = [CoreClass::State, CoreClass::Organization, CoreClass::Person];
        let mut new = Vec::new();
        for &e in &self.args {
            let em = self.m(e);
            if em.core != CoreClass::Event {
                continue;
            }
            let clause = self.clause(em.first, em.last);
            let after = (em.last..(em.last + 3).min(clause.last))
                .find(|&k| {
                    matches!(
                        ctx.norm(k),
                        "de" | "d'" | "du" | "des" | "of" | "par" | "by"
                    )
                })
                .and_then(|k| {
                    self.right(k + 1, &clause, &actors, true)
                        .filter(|a| a.first <= k + 3)
                });
            // English possessive: "Russia's withdrawal".
            let before = (em.first >= 2 && ctx.norm(em.first - 1) == "'s")
                .then(|| self.left(em.first - 1, &clause, &actors, true))
                .flatten()
                .filter(|a| a.last + 1 == em.first);
            // "Putin held talks", "l'Arménie a lancé une offensive": the
            // subject of a light verb right before the event.
            let light = (em.first.saturating_sub(4).max(clause.first)..em.first)
                .rev()
                .find(|&k| ctx.ont.lexicon.is_light_verb_stem(ctx.lang, &ctx.stems[k]))
                .and_then(|k| self.left(k, &clause, &actors, true));
            let Some(agent) = after.or(before).or(light) else {
                continue;
            };
            for &a in &agent.members {
                if let Some((id, _)) = self.fit(a, &actors) {
                    let (rule, conf) = if self.m(a).kind == MKind::Pronoun {
                        ("event:agent+pronoun", via_pronoun_confidence(0.6))
                    } else {
                        ("event:agent", 0.6)
                    };
                    new.push(Fact::structural(
                        ctx,
                        (id, &rel.name, em.ent.clone()),
                        (em.first.min(agent.first), em.last.max(agent.last)),
                        rule,
                        conf,
                    ));
                }
            }
        }
        self.facts.extend(new);
    }

    /// For each mention of class `core`, the arguments of `cores` after a
    /// preposition `prep` accepts, within `reach` words of the mention (and
    /// within `near` words of the preposition when given): (mention, id of
    /// the argument, its last token).
    fn complements(
        &self,
        core: CoreClass,
        reach: usize,
        prep: impl Fn(&str) -> bool,
        cores: &[CoreClass],
        near: Option<usize>,
    ) -> Vec<(usize, String, usize)> {
        let ctx = self.pass.ctx;
        let mut out = Vec::new();
        for &e in &self.args {
            let em = self.m(e);
            if em.core != core {
                continue;
            }
            let clause = self.clause(em.first, em.last);
            let Some(k) =
                (em.last..(em.last + reach).min(clause.last)).find(|&k| prep(ctx.norm(k)))
            else {
                continue;
            };
            let Some(g) = self
                .right(k + 1, &clause, cores, near.is_some())
                .filter(|g| near.is_none_or(|n| g.first <= k + n))
            else {
                continue;
            };
            for &x in &g.members {
                if let Some((id, _)) = self.fit(x, cores) {
                    out.push((e, id, g.last));
                }
            }
        }
        out
    }

    /// "l'offensive contre le Haut-Karabakh", "the offensive against
    /// Karabakh": what an event was directed against.
    fn event_targets(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("targeted") else {
            return;
        };
        let lex = &ctx.ont.lexicon;
        let found = self.complements(
            CoreClass::Event,
            2,
            |w| lex.is_event_target(ctx.lang, w),
            &rel.range,
            Some(3),
        );
        for (e, id, last) in found {
            let em = self.m(e);
            let f = Fact::structural(
                ctx,
                (em.ent.clone(), &rel.name, id),
                (em.first, last),
                "event:target",
                0.6,
            );
            self.facts.push(f);
        }
    }

    /// "un accord … entre l'Azerbaïdjan et l'Arménie": the parties.
    fn agreements_between(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("party_to") else {
            return;
        };
        let found = self.complements(
            CoreClass::Agreement,
            3,
            |w| matches!(w, "entre" | "between"),
            &rel.domain,
            None,
        );
        for (e, id, last) in found {
            let em = self.m(e);
            let f = Fact::structural(
                ctx,
                (id, &rel.name, em.ent.clone()),
                (em.first, last),
                "agreement:between",
                0.7,
            );
            self.facts.push(f);
        }
    }

    /// "In a joint statement issued after the talks, A and B said…", "Dans
    /// une déclaration commune, A et B ont affirmé…": the actors who speak
    /// together through a text that opens their sentence are its parties.
    /// One speaker alone may only be reporting it.
    fn joint_statement_authors(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("party_to") else {
            return;
        };
        let mut new = Vec::new();
        for &a in &self.args {
            let am = self.m(a);
            if am.core != CoreClass::Agreement {
                continue;
            }
            let s = ctx.sents[am.sent];
            // "In" / "Dans", then at most a determiner, then the text.
            let Some(prep) = (s.first..am.first).find(|&k| matches!(ctx.norm(k), "in" | "dans"))
            else {
                continue;
            };
            if prep != s.first
                || !(prep + 1..am.first)
                    .all(|k| ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k)))
            {
                continue;
            }
            let Some(comma) = (am.last..s.last).find(|&k| ctx.toks[k].is_punct(",")) else {
                continue;
            };
            let rest = Clause {
                first: comma + 1,
                last: s.last,
            };
            let Some(subject) = self
                .right_subject(comma + 1, &rest, &rel.domain, true)
                .filter(|x| x.first <= comma + 4 && x.members.len() >= 2)
            else {
                continue;
            };
            // The subject speaks: a verb follows it.
            let next = ctx.norm(subject.last);
            let reports = || {
                !ctx.matches_at(subject.last, |p| {
                    ctx.ix.patterns[p].owner == PatOwner::Reporting
                })
                .is_empty()
            };
            if !ctx.ont.lexicon.is_auxiliary(ctx.lang, next) && !reports() {
                continue;
            }
            for &x in &subject.members {
                if let Some((id, _)) = self.fit(x, &rel.domain) {
                    new.push(Fact::structural(
                        ctx,
                        (id, &rel.name, am.ent.clone()),
                        (prep, subject.last),
                        "agreement:joint_statement",
                        0.6,
                    ));
                }
            }
        }
        self.facts.extend(new);
    }

    /// "une déclaration commune par laquelle Bakou et Erevan renoncent à la
    /// force", "a ceasefire, under which the army agreed to lay down its
    /// weapons": the subjects of a relative clause through which an
    /// agreement acts are its parties. The pronoun's antecedent is the
    /// nearest agreement before it, with no event or other agreement
    /// between; a passive clause ("under which troops were deployed") and
    /// one speaker alone reporting ("in which Moscow said") name no party.
    fn relative_parties(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("party_to") else {
            return;
        };
        let lex = &ctx.ont.lexicon;
        let mut new = Vec::new();
        for s in ctx.sents.iter() {
            for k in s.first..s.last {
                let Some(end) = ctx
                    .matches_at(k, |p| {
                        ctx.ix.patterns[p].owner == PatOwner::AgreementRelative
                    })
                    .into_iter()
                    .map(|pm| pm.last)
                    .max()
                else {
                    continue;
                };
                // The antecedent: the last agreement or event before the
                // pronoun, within reach; it must be an agreement.
                let Some(a) = self
                    .args
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let x = self.m(i);
                        x.last <= k
                            && x.first >= s.first
                            && x.last + 12 >= k
                            && matches!(x.core, CoreClass::Agreement | CoreClass::Event)
                    })
                    .max_by_key(|&i| self.m(i).last)
                    .filter(|&i| self.m(i).core == CoreClass::Agreement)
                else {
                    continue;
                };
                let rest = Clause {
                    first: end,
                    last: s.last,
                };
                let Some(subject) = self
                    .right_subject(end, &rest, &rel.domain, true)
                    .filter(|x| x.first <= end + 2)
                else {
                    continue;
                };
                if subject.last >= s.last {
                    continue;
                }
                // A verb follows, in the active voice.
                let next = ctx.norm(subject.last);
                let t = &ctx.toks[subject.last];
                if t.kind != TokKind::Word
                    || t.upper
                    || lex.is_determiner(ctx.lang, next)
                    || (subject.last..(subject.last + 2).min(s.last))
                        .any(|j| AUX_ETRE.contains(&ctx.norm(j)))
                {
                    continue;
                }
                let reports = !ctx
                    .matches_at(subject.last, |p| {
                        ctx.ix.patterns[p].owner == PatOwner::Reporting
                    })
                    .is_empty();
                if reports && subject.members.len() < 2 {
                    continue;
                }
                let am = self.m(a);
                for &x in &subject.members {
                    if let Some((id, _)) = self.fit(x, &rel.domain) {
                        new.push(Fact::structural(
                            ctx,
                            (id, &rel.name, am.ent.clone()),
                            (am.first, subject.last),
                            "agreement:relative_clause",
                            0.6,
                        ));
                    }
                }
            }
        }
        self.facts.extend(new);
    }

    /// An agreement the ontology knows the parties of, in a sentence that
    /// names every one of them: "le traité … qui lie l'Arménie à Moscou"
    /// makes both parties. The fact is the ontology's, so it comes with a
    /// lower confidence and its own rule.
    fn known_parties(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("party_to") else {
            return;
        };
        let mut found: Vec<(String, String, usize, usize)> = Vec::new();
        for &a in &self.args {
            let am = self.m(a);
            if am.core != CoreClass::Agreement {
                continue;
            }
            let Some(&g) = ctx.ix.entity_index.get(&am.ent) else {
                continue;
            };
            let agreement = &ctx.ont.gazetteer.entities()[g];
            if agreement.parties.is_empty() {
                continue;
            }
            let from = ctx.sents[am.sent].first;
            for &i in &self.args {
                let x = self.m(i);
                // A pronoun names no party.
                if x.weak || x.kind == MKind::Pronoun || x.first < from || x.sent > am.sent {
                    continue;
                }
                let Some((id, _)) = self.fit(i, &rel.domain) else {
                    continue;
                };
                if agreement.parties.contains(&id) {
                    let (first, last) = if x.first < am.first {
                        (x.first, am.last)
                    } else {
                        (am.first, x.last.max(am.last))
                    };
                    found.push((id, am.ent.clone(), first, last));
                }
            }
        }
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        // Only when the sentence names every party: a text that lists them
        // speaks of them as the parties; one that names an agreement beside
        // one of them may speak of anything.
        let named = |agreement: &str| found.iter().filter(|f| f.1 == agreement).count();
        let complete: BTreeSet<String> = found
            .iter()
            .filter(|f| {
                ctx.ix
                    .entity_index
                    .get(&f.1)
                    .is_some_and(|&g| ctx.ont.gazetteer.entities()[g].parties.len() <= named(&f.1))
            })
            .map(|f| f.1.clone())
            .collect();
        found.retain(|f| complete.contains(&f.1));
        self.push_known(found, &rel.name, "agreement:known_parties");
    }

    /// Facts the ontology supplies for what a sentence names: (subject,
    /// object, first token, end token), once per pair, at confidence 0.5.
    fn push_known(
        &mut self,
        mut found: Vec<(String, String, usize, usize)>,
        relation: &str,
        rule: &str,
    ) {
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        for (subject, object, first, last) in found {
            let f = Fact::structural(
                self.pass.ctx,
                (subject, relation, object),
                (first, last),
                rule,
                0.5,
            );
            self.facts.push(f);
        }
    }

    /// An event or agreement the ontology knows the place of, named in a
    /// sentence that names that place: "le sommet de Sotchi" took place in
    /// Sochi.
    fn known_places(&mut self) {
        let ctx = self.pass.ctx;
        let Some(rel) = ctx.ont.schema.relation("took_place_in") else {
            return;
        };
        let mut found: Vec<(String, String, usize, usize)> = Vec::new();
        for &a in &self.args {
            let am = self.m(a);
            if !matches!(am.core, CoreClass::Event | CoreClass::Agreement) {
                continue;
            }
            let Some(place) = ctx
                .ix
                .entity_index
                .get(&am.ent)
                .and_then(|&g| ctx.ont.gazetteer.entities()[g].place.clone())
            else {
                continue;
            };
            for &i in &self.args {
                let x = self.m(i);
                if x.sent != am.sent {
                    continue;
                }
                // "à Sotchi", "in Sochi", or right after the event's name
                // ("le sommet de Sotchi"); not "from Karabakh".
                let prev = if x.first > 0 {
                    ctx.norm(x.first - 1)
                } else {
                    ""
                };
                let there = (ctx.ont.lexicon.is_locative(ctx.lang, prev)
                    && !matches!(prev, "from" | "depuis" | "hors"))
                    || (x.first >= 1
                        && am.last == x.first - 1
                        && matches!(prev, "de" | "d'" | "of"))
                    || x.last == am.first;
                if there && self.place_sense(i).is_some_and(|(id, _)| id == place) {
                    let (first, last) = (x.first.min(am.first), x.last.max(am.last));
                    found.push((am.ent.clone(), place.clone(), first, last));
                }
            }
        }
        self.push_known(found, &rel.name, "event:known_place");
    }

    /// Reported speech: "selon X", "X a déclaré que …", "…, a rapporté X",
    /// "annoncée par X : « … »", and quotations that run over several
    /// sentences. Fills `reports` (token ranges with their claimant) and
    /// `quote_claimant` (per sentence).
    fn collect_reports(&mut self) {
        let ctx = self.pass.ctx;
        let actors = [CoreClass::State, CoreClass::Organization, CoreClass::Person];
        let mut reports = Vec::new();
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::AccordingTo) {
            let s = ctx.sents[ctx.sent_of[m.first]];
            // The claimant is the one actor after "selon": what follows its
            // comma is the sentence's own subject.
            // No punctuation between: in "selon lui, l'armée…", an
            // unresolved pronoun is the source, not the army.
            let first_actor = self.args.iter().copied().find(|&i| {
                self.m(i).first >= m.last
                    && self.m(i).first <= m.last + 3
                    && !(m.last..self.m(i).first).any(|k| ctx.toks[k].is_punct(","))
                    && self.fit(i, &actors).is_some()
            });
            if let Some(i) = first_actor {
                if let Some((id, _)) = self.fit(i, &actors) {
                    reports.push((s.first, s.last, usize::MAX, id));
                    self.claimant_only.insert(i);
                }
            }
        }
        let mut trailing_speakers = Vec::new();
        let headline = headline_sentences(ctx);
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::Reporting) {
            // "States" in "the United States" says nothing.
            if self
                .pass
                .mention_at(m.first)
                .is_some_and(|x| !x.title && x.kind != MKind::Event)
            {
                continue;
            }
            // "State" in "Secretary of State Antony Blinken": a capitalised
            // word inside a sentence is a name's, not a verb, except in a
            // headline ("Russia Says…"); after "of" it is a name's anyway.
            let sent = ctx.sent_of[m.first];
            if ctx.toks[m.first].upper
                && m.first > ctx.sents[sent].first
                && ctx.toks[m.first - 1].kind != TokKind::Punct
                && (!headline[sent] || matches!(ctx.norm(m.first - 1), "of" | "de" | "du" | "d'"))
            {
                continue;
            }
            // "la déclaration", "un communiqué": the noun of a verb of
            // saying names a text, not a speaker's act.
            if m.first > 0
                && ctx
                    .ont
                    .lexicon
                    .is_determiner(ctx.lang, ctx.norm(m.first - 1))
            {
                continue;
            }
            let s = ctx.sents[ctx.sent_of[m.first]];
            // "X a indiqué que…, tout en soulignant que…", "X said…,
            // adding that…": a present participle of saying goes on with
            // the claim before it and has its speaker.
            let lex = &ctx.ont.lexicon;
            let gerund = m.first > s.first
                && lex.is_present_participle(ctx.lang, ctx.norm(m.first))
                && (ctx.toks[m.first - 1].is_punct(",")
                    || lex.is_gerund_marker(ctx.lang, ctx.norm(m.first - 1)));
            let earlier = reports
                .iter()
                .rev()
                .find(|r: &&(usize, usize, usize, String)| {
                    r.2 != usize::MAX && r.2 < m.first && ctx.sent_of[r.2] == sent
                })
                .map(|r| r.3.clone());
            if let Some(who) = earlier.filter(|_| gerund) {
                // What it claims is a clause of its own.
                self.breaks[m.first] = true;
                reports.push((m.last, s.last, m.first, who));
                continue;
            }
            let clause = self.clause(m.first, m.last);
            let rest = Clause {
                first: m.last,
                last: s.last,
            };
            // Passive: "une demande annoncée par le Conseil des ministres".
            let by = (m.last..(m.last + 2).min(s.last))
                .find(|&k| ctx.ont.lexicon.is_agent(ctx.lang, ctx.norm(k)));
            let passive = by
                .and_then(|k| self.right(k + 1, &rest, &actors, false))
                .filter(|a| by.is_some_and(|k| a.first <= k + 3));
            // Inverted subject at the end: "…, a déclaré M. Eyvazov".
            // Only titles, names and determiners stand between ("a déclaré
            // le porte-parole"); after "que" the actor is the claim's subject.
            let after = self
                .right(m.last, &rest, &actors, false)
                .filter(|a| a.first <= m.last + 4)
                .filter(|a| {
                    (m.last..a.first).all(|k| {
                        let t = &ctx.toks[k];
                        ctx.ont.lexicon.is_determiner(ctx.lang, &t.norm)
                            || t.upper
                            || t.kind == TokKind::Punct && t.norm == "-"
                            || self.pass.mention_at(k).is_some()
                    })
                });
            // Inverted: "« … », a déclaré X", "…, affirme le ministère": the
            // verb follows a comma or closing quote that ends the claim (not
            // one that ends the subject's apposition: "Peskov, a confirmé").
            let mut k = self.before_aside(m.first, s.first);
            if k < m.first && !ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k - 1)) {
                k = m.first;
            }
            while k > s.first && ctx.ont.lexicon.is_auxiliary(ctx.lang, ctx.norm(k - 1)) {
                k -= 1;
            }
            let quoted_before = k > s.first + 1
                && matches!(ctx.norm(k - 1), "\"" | "\u{bb}" | "\u{201d}" | ",")
                && !self.pass.mention_at(k - 2).is_some_and(|x| {
                    x.last == k - 1
                        && x.core.is_actor()
                        && x.first > 0
                        && ctx.toks[x.first - 1].is_punct(",")
                })
                && !(ctx.norm(k - 1) == "," && self.closes_apposition(k - 1, s.first));
            let before = if self.coordinated_participle(m.first, s.first) {
                self.auxiliary_subject(m.first, &clause, &actors)
            } else {
                self.left(m.first, &clause, &actors, true)
            };
            // "…, Nikol Pashinyan said.": the speaker and verb close the
            // sentence after a comma; the claim is what precedes.
            let closing = (m.last..s.last).all(|k| {
                ctx.toks[k].kind == TokKind::Punct
                    || ctx.toks[k].kind == TokKind::Word && !ctx.toks[k].upper && k < m.last + 3
            });
            // The comma before a trailing speaker ("…, the ministry said").
            let trailing_comma = before.as_ref().and_then(|b| {
                let mut k = b.first;
                while k > s.first && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k - 1)) {
                    k -= 1;
                }
                (closing && k > s.first && ctx.toks[k - 1].is_punct(",")).then_some(k - 1)
            });
            let (claimant, span) = match (passive, after, before.clone()) {
                (Some(p), _, _) => (p, (s.first, s.last)),
                (None, Some(a), _) if quoted_before => (a, (s.first, k - 1)),
                (None, _, Some(b)) if trailing_comma.is_some() => {
                    (b, (s.first, trailing_comma.unwrap_or(m.first)))
                }
                (None, _, Some(b)) => (b, (m.last, s.last)),
                // "Officials said Russian troops…", "He said…": a word
                // before the verb is its unnamed subject; the actor after it
                // is what the claim is about, not a speaker.
                (None, Some(_), None) if k > s.first && ctx.toks[k - 1].kind == TokKind::Word => {
                    continue
                }
                (None, Some(a), None) => (a, (s.first, m.first)),
                (None, None, None) => continue,
            };
            if span.1 <= m.first {
                // A speaker named after the claim is no argument of it, and
                // the claim's clauses end where the speaker's begins.
                trailing_speakers.extend(claimant.members.iter().copied());
                self.breaks[span.1] = true;
            }
            // "Russia said" closing the text: nothing is claimed.
            if span.0 >= span.1 {
                continue;
            }
            if let Some((id, _)) = self.fit(claimant.members[0], &actors) {
                reports.push((span.0, span.1, m.first, id));
            }
        }
        self.claimant_only.extend(trailing_speakers);
        // Quotations over several sentences belong to whoever said them,
        // named where the quotation opens or where it closes.
        let n = ctx.sents.len();
        let mut claimant: Vec<Option<String>> = vec![None; n];
        let mut continues = vec![false; n];
        let mut open: Option<(usize, Option<String>)> = None;
        for (si, s) in ctx.sents.iter().enumerate() {
            let mut opens = 0;
            let mut closes = 0;
            for t in &ctx.toks[s.first..s.last] {
                match t.norm.as_str() {
                    "\u{ab}" | "\u{201c}" => opens += 1,
                    "\u{bb}" | "\u{201d}" => closes += 1,
                    "\"" => {
                        if (opens + if open.is_some() { 1 } else { 0 }) > closes {
                            closes += 1;
                        } else {
                            opens += 1;
                        }
                    }
                    _ => {}
                }
            }
            let here = reports
                .iter()
                .find(|r: &&(usize, usize, usize, String)| ctx.sent_of[r.0] == si)
                .map(|r| r.3.clone());
            match open.take() {
                Some((start, who)) => {
                    continues[si] = true;
                    claimant[si] = who.clone().or_else(|| here.clone());
                    if closes > opens {
                        if let Some(w) = here.or(who) {
                            for c in claimant.iter_mut().take(si + 1).skip(start) {
                                c.get_or_insert_with(|| w.clone());
                            }
                        }
                    } else {
                        open = Some((start, claimant[si].clone()));
                    }
                }
                None => {
                    if opens > closes {
                        claimant[si] = here.clone();
                        open = Some((si, here));
                    }
                }
            }
        }
        for (si, who) in claimant.iter().enumerate() {
            if let Some(w) = who {
                let s = ctx.sents[si];
                if !reports.iter().any(|r| ctx.sent_of[r.0] == si) {
                    reports.push((s.first, s.last, usize::MAX, w.clone()));
                }
            }
        }
        self.reports = reports;
        self.quote_claimant = claimant;
        self.quote_continues = continues;
    }

    /// Sets `attributed_to` on the facts reported speech covers.
    fn attribution(&mut self) {
        let ctx = self.pass.ctx;
        let reports = self.reports.clone();
        // "…et assuré que la Russie soutiendrait l'Arménie": a verb of
        // saying that is the fact's own cue ("soutenir") does not report it.
        let own_cue = |v: usize, relation: &str| {
            v != usize::MAX
                && ctx
                    .matches_at(v, |p| match ctx.ix.patterns[p].owner {
                        PatOwner::Cue(c) => ctx.ont.lexicon.cues[c].relation == relation,
                        _ => false,
                    })
                    .iter()
                    .any(|m| m.first == v)
        };
        for f in &mut self.facts {
            if f.rule.starts_with("title") || f.rule.starts_with("institution") {
                continue;
            }
            let Some(tok) = ctx.toks.iter().position(|t| t.start >= f.start) else {
                continue;
            };
            // "L'armée affirme avoir pris Talich", "Baku said it had taken
            // the village": a fact whose subject is the speaker begins
            // before the claim and ends inside it.
            let end = ctx.toks.iter().rposition(|t| t.end <= f.end).unwrap_or(tok);
            // The speaker may also be what the fact acts on: "Baku said its
            // units had only responded to an attack" (an attack on Baku).
            // "Yerevan accused Baku of…, while Baku said it had responded
            // to an attack": of two claims that cover a fact, the one that
            // opens last is the one that says it.
            let claim = reports
                .iter()
                .filter(|(a, b, v, who)| {
                    let inside = tok >= *a && tok < *b;
                    let spoken = tok < *a
                        && end >= *a
                        && end < *b
                        && (f.subject == *who || f.object == *who);
                    ctx.sent_of[*a] == f.sentence && (inside || spoken) && !own_cue(*v, &f.relation)
                })
                .max_by_key(|(a, _, _, _)| *a);
            if let Some((_, _, _, who)) = claim {
                f.attributed_to = Some(who.clone());
            }
        }
    }

    /// "Bakou affirme avoir riposté à des provocations arméniennes", "Baku
    /// said it responded to an attack by Armenian forces": a speaker who
    /// claims to respond to another side's hostile act accuses that side.
    fn claimed_responses(&mut self) {
        let ctx = self.pass.ctx;
        let lex = &ctx.ont.lexicon;
        let actors = [CoreClass::State, CoreClass::Organization, CoreClass::Person];
        let named = |i: &usize| self.m(*i).kind != MKind::Pronoun;
        let starting = |pos: usize| self.arg_starting(pos).filter(named);
        let ending = |pos: usize| self.arg_ending(pos).filter(named);
        let mut out = Vec::new();
        for (a, b, _, who) in &self.reports {
            for k in *a..*b {
                if !lex.is_response_stem(ctx.lang, &ctx.stems[k]) {
                    continue;
                }
                // The act follows within a few words, with no stop between
                // and no name but its owner's: "riposté à des provocations",
                // "responding to Armenian attacks".
                let Some(h) = (k + 1..(k + 5).min(*b))
                    .take_while(|&j| ctx.toks[j].kind != TokKind::Punct)
                    .find(|&j| lex.is_hostile_act_stem(ctx.lang, &ctx.stems[j]))
                else {
                    continue;
                };
                let before = ending(h);
                let lead = before.map_or(h, |i| self.m(i).first);
                if (k + 1..lead).any(|j| self.pass.mention_at(j).is_some()) {
                    continue;
                }
                // Its owner: "Armenian provocations", "provocations
                // arméniennes", "an attack by / of Armenian forces".
                let mut owner = before.or_else(|| starting(h + 1));
                if owner.is_none() && h + 2 < *b && lex.is_act_owner(ctx.lang, ctx.norm(h + 1)) {
                    let mut j = h + 2;
                    while j + 1 < *b && lex.is_determiner(ctx.lang, ctx.norm(j)) {
                        j += 1;
                    }
                    owner = starting(j);
                }
                let Some((o, _)) = owner.and_then(|i| self.fit(i, &actors)) else {
                    continue;
                };
                if o == *who
                    || self
                        .state_of(&o)
                        .is_some_and(|st| Some(st) == self.state_of(who))
                {
                    continue;
                }
                out.push(Fact::structural(
                    ctx,
                    (who.clone(), "accused", o),
                    (k, h + 1),
                    &format!("claim:response `{}` `{}`", ctx.norm(k), ctx.norm(h)),
                    0.5,
                ));
            }
        }
        self.facts.extend(out);
    }

    /// A date in the fact's clause dates the fact.
    /// A date that belongs to the name of an event or agreement ("the 2020
    /// statement", "l'offensive de septembre 2023") dates only facts about
    /// that event.
    fn dates(&mut self) {
        let ctx = self.pass.ctx;
        // The words around an event's name, up to a comma: "the 2020
        // statement", "la déclaration du 10 novembre 2020".
        let named: Vec<(usize, usize, &str)> = self
            .pass
            .mentions
            .iter()
            .filter(|m| matches!(m.core, CoreClass::Event | CoreClass::Agreement))
            .map(|m| {
                let s = ctx.sents[m.sent];
                let punct = |k: usize| ctx.toks[k].kind == TokKind::Punct;
                let mut a = m.first;
                while a > s.first && m.first - a < 3 && !punct(a - 1) {
                    a -= 1;
                }
                let mut b = m.last;
                while b < s.last && b - m.last < 5 && !punct(b) {
                    b += 1;
                }
                (ctx.toks[a].start, ctx.toks[b - 1].end, m.ent.as_str())
            })
            .collect();
        for f in &mut self.facts {
            let s = ctx.sents[f.sentence];
            let (a, b) = (ctx.toks[s.first].start, ctx.toks[s.last - 1].end);
            let d = self
                .pass
                .dates
                .iter()
                .filter(|d| d.start >= a && d.end <= b)
                .filter(|d| {
                    named.iter().all(|&(x, y, ev)| {
                        !(x <= d.start && d.end <= y) || f.subject == ev || f.object == ev
                    })
                })
                .min_by_key(|d| (d.start as i64 - f.start as i64).abs());
            if let Some(d) = d {
                f.date = Some(d.value);
            }
        }
    }
}
