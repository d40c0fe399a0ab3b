//! Mention recognition: gazetteer names (longest match), demonyms,
//! institutions of a state, titles with the people they name, references
//! ("la partie azerbaïdjanaise", "les deux pays", "le président russe"),
//! events and agreements described with a date, the metonymy of capitals,
//! and subject pronouns ("Il a accusé…") standing for their antecedents.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::dates::DateMention;
use super::doc::{DocCtx, PatMatch, SlotSpan};
use super::lexindex::{name_key, name_skeleton, name_view, CaseRule, PatOwner};
use super::normalize::fold;
use super::tokenize::{TokKind, Token};
use super::{ExtractedEntity, Fact, MentionEvidence};
use crate::date::DateSpan;
use crate::graph::CoreClass;
use crate::ontology::{Entity, RoleSpell};

mod pronouns;

/// What produced a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MKind {
    Name,
    Institution,
    Person,
    StateRef,
    Collective,
    Event,
    Demonym,
    /// A subject pronoun standing for its antecedent ("Il a accusé…").
    Pronoun,
}

/// A mention of an entity: tokens `[first, last)`.
#[derive(Debug, Clone)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub sent: usize,
    /// The entity id in its current sense.
    pub ent: String,
    pub core: CoreClass,
    /// For a capital or seat of power: (place id, id of what it stands
    /// for: a state, or an international body for its seat, "Bruxelles" for
    /// the EU). `ent` is one of the two; the relation pass may switch it.
    pub senses: Option<(String, String)>,
    pub kind: MKind,
    pub rule: String,
    /// Inside a larger mention ("Azerbaïdjan" in "ministère de la Défense
    /// de l'Azerbaïdjan"): evidence for the entity, never an argument.
    pub nested: bool,
    /// A bare demonym: becomes an entity only when a fact uses it.
    pub weak: bool,
    /// A role title that is not itself an entity (kept for argument skipping).
    pub title: bool,
    /// A capital after a locative ("à Bakou", "in Yerevan"): only the place.
    pub locative: bool,
    /// A capital that acts or is spoken of as an actor ("Bakou a prévenu",
    /// "les avertissements de Bakou"): the state in any slot that takes one.
    pub acting: bool,
}

impl Mention {
    /// The state a capital or seat of power stands for; none when it
    /// stands for an international body, which fills no state's place.
    pub fn sense_state(&self, ctx: &DocCtx<'_>) -> Option<&String> {
        self.senses
            .as_ref()
            .map(|(_, s)| s)
            .filter(|s| ctx.entity_core(s) == Some(CoreClass::State))
    }

    /// A state named as land ("le territoire arménien", "Armenia's
    /// territory"): a place only for relations whose schema allows it.
    pub fn is_land(&self) -> bool {
        self.rule == "demonym:territory" || self.rule.ends_with("; territory")
    }
}

/// Entities of a document, by id.
#[derive(Debug, Default)]
pub struct Registry {
    pub map: BTreeMap<String, ExtractedEntity>,
}

impl Registry {
    pub fn ensure(&mut self, e: ExtractedEntity) {
        self.map.entry(e.id.clone()).or_insert(e);
    }
}

/// A mention of a person over `[first, last)`; `title` marks the words of a
/// title that introduce them (skipped between arguments, never one).
fn person_mention_at(
    ctx: &DocCtx<'_>,
    first: usize,
    last: usize,
    ent: impl Into<String>,
    rule: impl Into<String>,
    title: bool,
) -> Mention {
    Mention {
        first,
        last,
        sent: ctx.sent_of[first],
        ent: ent.into(),
        core: CoreClass::Person,
        senses: None,
        kind: MKind::Person,
        rule: rule.into(),
        nested: false,
        weak: false,
        title,
        locative: false,
        acting: false,
    }
}

/// A name that opens a clause and is followed by a word that is neither
/// punctuation nor a preposition or conjunction: most likely the subject
/// of the verb after it ("Whether Washington follows up", "Moscou la
/// protège").
fn subject_position(ctx: &DocCtx<'_>, m: &Mention) -> bool {
    let lex = &ctx.ont.lexicon;
    let lang = ctx.lang;
    let mut k = m.first;
    while k > 0 && lex.is_determiner(lang, ctx.norm(k - 1)) {
        k -= 1;
    }
    let opens = k == 0
        || ctx.sent_of[k - 1] != ctx.sent_of[k]
        || ctx.toks[k - 1].kind == TokKind::Punct
        || lex.is_subordinator(lang, ctx.norm(k - 1))
        || lex.is_coordination(lang, ctx.norm(k - 1));
    let next = ctx.toks.get(m.last);
    let verb_like = next.is_some_and(|t| {
        t.is_word()
            && !t.upper
            && ctx.sent_of[m.last] == m.sent
            && !lex.is_locative(lang, &t.norm)
            && !lex.is_actor_preposition(lang, &t.norm)
            && !lex.is_agent(lang, &t.norm)
            && !lex.is_coordination(lang, &t.norm)
            && !lex.is_subordinator(lang, &t.norm)
            && !matches!(t.norm.as_str(), "de" | "d'" | "du" | "des" | "of" | "'s")
    });
    opens && verb_like
}

/// Per sentence: at least `min_words` words of `min_chars` letters or more,
/// and six in ten of them `capital` (a headline in title case or a line in
/// capitals).
fn mostly_capitalised(
    ctx: &DocCtx<'_>,
    min_chars: usize,
    min_words: usize,
    capital: impl Fn(&Token) -> bool,
) -> Vec<bool> {
    ctx.sents
        .iter()
        .map(|s| {
            let words: Vec<&Token> = ctx.toks[s.first..s.last]
                .iter()
                .filter(|t| t.kind == TokKind::Word && t.norm.chars().count() >= min_chars)
                .collect();
            words.len() >= min_words
                && words.iter().filter(|t| capital(t)).count() * 10 >= words.len() * 6
        })
        .collect()
}

/// Sentences written in title case, as headlines are: most of their words
/// of four letters or more are capitalised.
pub(crate) fn headline_sentences(ctx: &DocCtx<'_>) -> Vec<bool> {
    mostly_capitalised(ctx, 4, 4, |t| t.upper)
}

/// True when the word before `first` coordinates it with what precedes
/// ("et Bakou", "and Baku", ", Bakou").
fn k_coord(ctx: &DocCtx<'_>, first: usize) -> bool {
    first >= 2 && matches!(ctx.norm(first - 1), "et" | "and" | ",")
}

/// The record of an entity the text introduces and the gazetteer does not
/// know: no Wikidata id, no labels by language.
fn created_entity(
    id: &str,
    label: String,
    class: &str,
    core: CoreClass,
    aliases: BTreeSet<String>,
    date: Option<DateSpan>,
) -> ExtractedEntity {
    ExtractedEntity {
        id: id.to_string(),
        label,
        labels: BTreeMap::new(),
        class: class.to_string(),
        core,
        wikidata: None,
        aliases,
        date,
        mentions: Vec::new(),
    }
}

/// Builds the entity record of a gazetteer entry.
pub fn gazetteer_entity(e: &Entity) -> ExtractedEntity {
    let mut aliases: BTreeSet<String> = e.names.iter().map(|(_, n)| n.clone()).collect();
    aliases.extend(e.label.values().cloned());
    ExtractedEntity {
        id: e.id.clone(),
        label: e.display_label().to_string(),
        labels: e.label.clone(),
        class: e.class.clone(),
        core: e.core,
        wikidata: e.wikidata.clone(),
        aliases,
        date: e.date,
        mentions: Vec::new(),
    }
}

pub(crate) fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('_') && !s.is_empty() {
            s.push('_');
        }
    }
    s.trim_end_matches('_').to_string()
}

pub struct MentionPass<'c, 'a> {
    pub ctx: &'c DocCtx<'a>,
    pub mentions: Vec<Mention>,
    pub reg: Registry,
    pub facts: Vec<Fact>,
    pub dates: &'c [DateMention],
    /// Token covered by a mention (index into `mentions`), for quick lookups.
    covered: Vec<Option<usize>>,
    /// States of the capitals in the text's dateline ("EREVAN/BAKOU —").
    dateline_states: BTreeSet<String>,
    /// Subject pronouns that stand for nothing the text names ("il y a",
    /// "It is", or no antecedent that fits): no other actor is the subject
    /// of their verb.
    pub unresolved_pronouns: BTreeSet<usize>,
}

impl<'c, 'a> MentionPass<'c, 'a> {
    pub fn new(ctx: &'c DocCtx<'a>, dates: &'c [DateMention]) -> Self {
        MentionPass {
            ctx,
            mentions: Vec::new(),
            reg: Registry::default(),
            facts: Vec::new(),
            dates,
            covered: vec![None; ctx.toks.len()],
            dateline_states: BTreeSet::new(),
            unresolved_pronouns: BTreeSet::new(),
        }
    }

    fn entity(&self, id: &str) -> Option<&'a Entity> {
        self.ctx
            .ix
            .entity_index
            .get(id)
            .map(|&i| &self.ctx.ont.gazetteer.entities()[i])
    }

    fn free(&self, first: usize, last: usize) -> bool {
        (first..last).all(|i| self.covered[i].is_none())
    }

    fn cover(&mut self, m: Mention) -> usize {
        let ix = self.mentions.len();
        for i in m.first..m.last {
            if let Some(prev) = self.covered[i] {
                let p = &mut self.mentions[prev];
                p.nested = true;
                // "troupes russes" inside "troupes russes de maintien de la
                // paix" is no mention of the Russian army: a body inside a
                // longer body's name is only a word of that name.
                if p.core == m.core && p.core == CoreClass::Organization {
                    p.weak = true;
                }
            }
            self.covered[i] = Some(ix);
        }
        self.mentions.push(m);
        ix
    }

    /// A mention at tokens `[first, last)`, if one starts there.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.covered
            .get(i)
            .copied()
            .flatten()
            .map(|m| &self.mentions[m])
    }

    #[allow(clippy::too_many_arguments)]
    fn fact(
        &mut self,
        s: &str,
        r: &str,
        o: &str,
        first: usize,
        last: usize,
        rule: String,
        conf: f64,
    ) {
        if s == o {
            return;
        }
        self.facts.push(Fact::structural(
            self.ctx,
            (s.to_string(), r, o.to_string()),
            (first, last),
            &rule,
            conf,
        ));
    }

    pub fn run(&mut self) {
        self.gazetteer_names();
        self.people_by_skeleton();
        self.fill_state_slots();
        self.institutions();
        self.named_bodies_of_states();
        self.stationed_bodies();
        self.body_references();
        self.fill_org_slots();
        self.titles_and_people();
        self.state_references();
        self.given_names_before_known_surnames();
        self.given_name_people();
        self.honorific_names();
        self.surnames();
        self.settlements();
        self.events();
        self.back_references();
        self.collective_references();
        self.head_references();
        self.people_references();
        self.demonyms();
        self.metonymy();
        self.territories();
        self.stationed_forces_by_state();
        self.index_mentions();
        self.pronouns();
    }

    /// Sorts the mentions in text order and points each token again at the
    /// outermost mention over it.
    fn index_mentions(&mut self) {
        self.mentions
            .sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
        self.covered = vec![None; self.ctx.toks.len()];
        for (ix, m) in self.mentions.iter().enumerate() {
            if m.nested {
                continue;
            }
            for c in &mut self.covered[m.first..m.last] {
                c.get_or_insert(ix);
            }
        }
    }

    /// Gazetteer names, longest match first, with their case rules.
    fn gazetteer_names(&mut self) {
        let ctx = self.ctx;
        let mut hay = String::from(" ");
        let mut at_byte: HashMap<usize, usize> = HashMap::new();
        let mut view: Vec<usize> = Vec::new();
        let words = ctx.toks.iter().enumerate().map(|(i, t)| {
            if ctx.is_hyphen(i) {
                "-"
            } else {
                t.norm.as_str()
            }
        });
        for (i, w) in name_view(words) {
            at_byte.insert(hay.len() - 1, view.len());
            view.push(i);
            hay.push_str(&w);
            hay.push(' ');
        }
        at_byte.insert(hay.len() - 1, view.len());
        let shouting = mostly_capitalised(ctx, 2, 3, |t| t.all_caps);
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        let mut datelines: Vec<usize> = Vec::new();
        for (s, e, entries) in ctx.ix.find_names(&hay) {
            let (Some(&vs), Some(&ve)) = (at_byte.get(&s), at_byte.get(&(e - 1))) else {
                continue;
            };
            if ve <= vs {
                continue;
            }
            let (first, last) = (view[vs], view[ve - 1] + 1);
            if ctx.sent_of[first] != ctx.sent_of[last - 1] {
                continue;
            }
            let ok = entries.iter().find(|n| match n.case {
                CaseRule::Any => true,
                CaseRule::Capital => ctx.toks[first].upper,
                // In a headline written in capitals, "UN RETRAIT" is no UN.
                CaseRule::AllCaps => {
                    !shouting[ctx.sent_of[first]]
                        && ctx.toks[first..last]
                            .iter()
                            .filter(|t| t.kind == TokKind::Word)
                            .all(|t| t.all_caps || t.norm.chars().count() == 1)
                }
            });
            // A dateline ("Paris / La Gazette") says where the text was
            // written, not what it is about.
            let dateline = first == ctx.sents[ctx.sent_of[first]].first
                && ctx
                    .toks
                    .get(last)
                    .is_some_and(|t| matches!(t.norm.as_str(), "/" | "\u{2014}" | "|"));
            if let Some(n) = ok {
                if dateline {
                    if ctx.sent_of[first] == 0 {
                        datelines.push(n.entity);
                    }
                } else {
                    cands.push((first, last, n.entity));
                }
            }
        }
        self.dateline_states = datelines
            .iter()
            .filter_map(|&e| ctx.ont.gazetteer.entities()[e].stands_for.clone())
            .filter(|s| ctx.entity_core(s) == Some(CoreClass::State))
            .collect();
        cands.sort_by_key(|&(f, l, e)| (f, std::cmp::Reverse(l), e));
        let mut next_free = 0;
        let mut named_events = Vec::new();
        for &(first, last, ent) in &cands {
            if first < next_free {
                continue;
            }
            next_free = last;
            let e = &ctx.ont.gazetteer.entities()[ent];
            if matches!(e.core, CoreClass::Event | CoreClass::Agreement) {
                named_events.push((first, last));
            }
            self.cover(self.name_mention(first, last, ent, false));
        }
        // Places and people inside an event's name are mentioned too: "le blocus du
        // corridor de Latchine", "la guerre en Ukraine".
        for (ef, el) in named_events {
            let mut free_from = ef;
            for &(first, last, ent) in &cands {
                let e = &ctx.ont.gazetteer.entities()[ent];
                let inside = first >= free_from && last <= el && (first, last) != (ef, el);
                if inside
                    && matches!(
                        e.core,
                        CoreClass::Place | CoreClass::State | CoreClass::Person
                    )
                {
                    self.mentions
                        .push(self.name_mention(first, last, ent, true));
                    free_from = last;
                }
            }
        }
    }

    /// Capitalised words that spell a known person's name another way
    /// ("Hikmet Hadjiev" for Hikmet Hajiyev, "Djeïhoun Baïramov").
    fn people_by_skeleton(&mut self) {
        let ctx = self.ctx;
        let mut i = 0;
        while i < ctx.toks.len() {
            if self.covered[i].is_some() || !ctx.toks[i].upper || ctx.toks[i].kind != TokKind::Word
            {
                i += 1;
                continue;
            }
            let Some(end) = self.name_run(i, 1) else {
                i += 1;
                continue;
            };
            let mut found = None;
            for last in (i + 1..=end).rev() {
                let key = name_skeleton(ctx.surface(i, last));
                if key.len() < 5 {
                    continue;
                }
                if let Some(&g) = ctx.ix.person_skeletons.get(&key) {
                    found = Some((last, g));
                    break;
                }
            }
            match found {
                Some((last, g)) => {
                    let mut m = self.name_mention(i, last, g, false);
                    m.rule = format!("{} by spelling", m.rule);
                    self.cover(m);
                    i = last;
                }
                None => i = end.max(i + 1),
            }
        }
    }

    fn name_mention(&self, first: usize, last: usize, ent: usize, nested: bool) -> Mention {
        let ctx = self.ctx;
        let e = &ctx.ont.gazetteer.entities()[ent];
        Mention {
            first,
            last,
            sent: ctx.sent_of[first],
            ent: e.id.clone(),
            core: e.core,
            senses: e.stands_for.clone().map(|s| (e.id.clone(), s)),
            kind: MKind::Name,
            rule: format!("gazetteer ({}:{})", e.file, e.line),
            nested,
            weak: false,
            title: false,
            locative: false,
            acting: false,
        }
    }

    fn fill_state_slots(&mut self) {
        let mut state_at = vec![None; self.ctx.toks.len()];
        for m in &self.mentions {
            let state = match (&m.senses, m.core) {
                (Some(_), _) => m.sense_state(self.ctx).cloned(),
                (None, CoreClass::State) => Some(m.ent.clone()),
                _ => None,
            };
            if let Some(id) = state {
                state_at[m.first] = Some(SlotSpan { last: m.last, id });
            }
        }
        *self.ctx.state_at.borrow_mut() = state_at;
    }

    fn fill_org_slots(&mut self) {
        let mut org_at = vec![None; self.ctx.toks.len()];
        for m in &self.mentions {
            if m.core == CoreClass::Organization && !m.nested {
                org_at[m.first] = Some(SlotSpan {
                    last: m.last,
                    id: m.ent.clone(),
                });
            }
        }
        *self.ctx.org_at.borrow_mut() = org_at;
    }

    /// A body the gazetteer knows, named with its state ("ministère
    /// azerbaïdjanais de la Défense", "Conseil de sécurité arménien"): the
    /// name itself says it is part of that state. So does a sentence that
    /// names the body and, elsewhere, its state or capital ("À Washington,
    /// le département d'État…").
    fn named_bodies_of_states(&mut self) {
        let ctx = self.ctx;
        let mut found = Vec::new();
        for m in &self.mentions {
            if m.kind != MKind::Name || m.core != CoreClass::Organization || m.nested {
                continue;
            }
            let Some(e) = self.entity(&m.ent) else {
                continue;
            };
            let Some(state) = e.part_of.clone() else {
                continue;
            };
            if !matches!(
                ctx.entity_core(&state),
                Some(CoreClass::State | CoreClass::Organization)
            ) {
                continue;
            }
            let Some(&si) = ctx.ix.entity_index.get(&state) else {
                continue;
            };
            let st = &ctx.ont.gazetteer.entities()[si];
            let surface = format!(" {} ", name_key(ctx.surface(m.first, m.last)).trim());
            let capital_names = st
                .capital
                .as_deref()
                .and_then(|c| self.entity(c))
                .map(|c| c.names.clone())
                .unwrap_or_default();
            let of_state = ctx.entity_core(&state) == Some(CoreClass::State);
            let named = (m.first..m.last).any(|k| ctx.adj_at[k].contains(&si))
                || st
                    .names
                    .iter()
                    .chain(capital_names.iter())
                    .any(|(_, n)| surface.contains(&name_key(n)));
            // The state (or its capital, or the larger body) named elsewhere
            // in the sentence.
            let in_sentence = !named
                && self.mentions.iter().any(|o| {
                    o.sent == m.sent
                        && !o.nested
                        && (o.last <= m.first || o.first >= m.last)
                        && (o.ent == state
                            || of_state && o.senses.as_ref().is_some_and(|(_, s)| *s == state))
                });
            if named || in_sentence {
                found.push((m.ent.clone(), state, m.first, m.last, named));
            }
        }
        for (org, state, first, last, named) in found {
            if let Some(e) = self.entity(&state) {
                self.reg.ensure(gazetteer_entity(e));
            }
            let (rule, confidence) = if named {
                ("name:part_of", 0.9)
            } else {
                ("gazetteer:part_of, state named in the sentence", 0.8)
            };
            self.fact(
                &org,
                "part_of",
                &state,
                first,
                last,
                rule.into(),
                confidence,
            );
        }
    }

    /// A force or mission the gazetteer knows to be stationed somewhere,
    /// named in a sentence with that place: "the 102nd military base in
    /// Gyumri", "la mission de l'UE en Arménie" are deployed there.
    fn stationed_bodies(&mut self) {
        let mut found = Vec::new();
        for m in &self.mentions {
            if m.kind != MKind::Name || m.core != CoreClass::Organization || m.nested {
                continue;
            }
            let Some(e) = self.entity(&m.ent) else {
                continue;
            };
            for place in &e.based_in {
                let named = self.mentions.iter().any(|o| {
                    o.sent == m.sent
                        && !o.nested
                        && (o.last <= m.first || o.first >= m.last)
                        && (o.ent == *place || o.senses.as_ref().is_some_and(|(p, _)| p == place))
                });
                if named {
                    found.push((m.ent.clone(), place.clone(), m.first, m.last));
                }
            }
        }
        for (body, place, first, last) in found {
            if let Some(e) = self.entity(&place) {
                self.reg.ensure(gazetteer_entity(e));
            }
            self.fact(
                &body,
                "deployed_to",
                &place,
                first,
                last,
                "gazetteer:based_in, place named in the sentence".into(),
                0.7,
            );
        }
    }

    /// "Russian troops", "les militaires russes" in a text that names a force
    /// the state keeps stationed abroad (a peacekeeping contingent, a base):
    /// the generic name stands for that force, not for the whole army. The
    /// force whose station the sentence names wins; otherwise the only one
    /// the text names, the one named last before, or the first named after.
    fn stationed_forces_by_state(&mut self) {
        let ctx = self.ctx;
        let state_of = |id: &str| ctx.ont.gazetteer.state_above(id).map(str::to_string);
        // Stationed forces the text names: (mention index, state).
        let stationed: Vec<(usize, String)> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.weak && m.core == CoreClass::Organization)
            .filter_map(|(i, m)| {
                let e = self.entity(&m.ent)?;
                if e.based_in.is_empty() || !ctx.ont.schema.is_a(&e.class, "ArmedForces") {
                    return None;
                }
                Some((i, state_of(&m.ent)?))
            })
            .collect();
        if stationed.is_empty() {
            return;
        }
        let mut rewrites = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.weak || m.core != CoreClass::Organization {
                continue;
            }
            let Some(e) = self.entity(&m.ent) else {
                continue;
            };
            if e.kind.as_deref() != Some("armed_forces") || !e.based_in.is_empty() {
                continue;
            }
            let Some(state) = e.part_of.as_deref() else {
                continue;
            };
            let own: Vec<&Mention> = stationed
                .iter()
                .filter(|(_, s)| s == state)
                .map(|(j, _)| &self.mentions[*j])
                .collect();
            let ids: BTreeSet<&str> = own.iter().map(|o| o.ent.as_str()).collect();
            let station_named = |id: &str| {
                self.entity(id).is_some_and(|b| {
                    self.mentions.iter().any(|o| {
                        o.sent == m.sent
                            && (o.ent.as_str() != id)
                            && (b.based_in.contains(&o.ent)
                                || o.senses
                                    .as_ref()
                                    .is_some_and(|(p, _)| b.based_in.contains(p)))
                    })
                })
            };
            let here: Vec<&str> = ids.iter().copied().filter(|id| station_named(id)).collect();
            let chosen = if here.len() == 1 {
                Some(here[0])
            } else if ids.len() == 1 {
                ids.first().copied()
            } else {
                own.iter()
                    .filter(|o| o.last <= m.first)
                    .max_by_key(|o| o.last)
                    .or_else(|| {
                        own.iter()
                            .filter(|o| o.first >= m.last)
                            .min_by_key(|o| o.first)
                    })
                    .map(|o| o.ent.as_str())
            };
            if let Some(id) = chosen {
                rewrites.push((i, id.to_string()));
            }
        }
        for (i, id) in rewrites {
            let (old, a, b) = {
                let m = &self.mentions[i];
                (
                    m.ent.clone(),
                    ctx.toks[m.first].start,
                    ctx.toks[m.last - 1].end,
                )
            };
            // The army's own "part of its state", read off this name, goes
            // with it.
            self.facts.retain(|f| {
                !(f.subject == old && f.relation == "part_of" && a <= f.start && f.end <= b)
            });
            let m = &mut self.mentions[i];
            m.rule = format!("{}; the force the text names as stationed abroad", m.rule);
            m.ent = id;
        }
    }

    /// State bodies named with their state: "ministère arménien de la Défense".
    fn institutions(&mut self) {
        let ctx = self.ctx;
        let matches = ctx.scan(|p| matches!(ctx.ix.patterns[p].owner, PatOwner::Institution(_)));
        // Last body of each kind, for "le ministère" without a state.
        let mut last_of_kind: HashMap<String, String> = HashMap::new();
        for m in matches {
            let PatOwner::Institution(k) = ctx.ix.patterns[m.pattern].owner else {
                continue;
            };
            let inst = &ctx.ont.lexicon.institutions[k];
            // A longer gazetteer name over the same words wins.
            let overlapping_longer = (m.first..m.last).any(|i| {
                self.covered[i].is_some_and(|x| {
                    let o = &self.mentions[x];
                    o.core != CoreClass::State
                        && o.senses.is_none()
                        && o.core != CoreClass::Place
                        && (o.last - o.first) >= (m.last - m.first)
                })
            });
            if overlapping_longer {
                continue;
            }
            // "À Bakou, le ministère de la Défense…": a sentence that opens
            // on a capital or state names the state of a body without one.
            // "BAKU — … according to the Ministry of Defence": a body named
            // for the first time with no state is the dateline's.
            let state = m
                .slots
                .state
                .clone()
                .or_else(|| self.relative_owner_state(m.first))
                .or_else(|| self.possessive_owner_state(m.first))
                .or_else(|| self.opening_place_state(m.first))
                .or_else(|| {
                    if last_of_kind.contains_key(&inst.kind) {
                        None
                    } else {
                        self.dateline_state()
                    }
                });
            let id = match &state {
                Some(s) => match ctx.ont.gazetteer.institution_of(&inst.kind, s) {
                    Some(e) => {
                        self.reg.ensure(gazetteer_entity(e));
                        e.id.clone()
                    }
                    None => {
                        let id = format!("{}_{}", inst.kind, s);
                        let ent = self.institution_entity(&id, k, s);
                        self.reg.ensure(ent);
                        id
                    }
                },
                None => match last_of_kind.get(&inst.kind) {
                    Some(id) => id.clone(),
                    None => continue,
                },
            };
            last_of_kind.insert(inst.kind.clone(), id.clone());
            let rule = format!(
                "institution:{} `{}`",
                inst.kind, ctx.ix.patterns[m.pattern].pattern.source
            );
            let first = m.first;
            let last = m.last;
            self.cover(Mention {
                first,
                last,
                sent: ctx.sent_of[first],
                ent: id.clone(),
                core: CoreClass::Organization,
                senses: None,
                kind: MKind::Institution,
                rule: rule.clone(),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
            if let Some(s) = state {
                self.reg
                    .ensure(gazetteer_entity(self.entity(&s).expect("state")));
                self.fact(&id, "part_of", &s, first, last, rule, 0.9);
            }
        }
    }

    /// The state of a one-city dateline ("BAKU —", "MOSCOU, 12 mai (Agence)
    /// —"): the capital in capitals at the very start of the text.
    fn dateline_state(&self) -> Option<String> {
        let ctx = self.ctx;
        let first = ctx.sents.first()?;
        let mut states = self.dateline_states.clone();
        for x in self
            .mentions
            .iter()
            .filter(|x| x.sent == 0 && x.first < first.first + 4)
        {
            let all_caps = ctx.toks[x.first..x.last]
                .iter()
                .all(|t| t.kind != TokKind::Word || t.all_caps);
            match (x.sense_state(ctx), all_caps) {
                (Some(state), true) => {
                    states.insert(state.clone());
                }
                _ => return None,
            }
        }
        let mut it = states.into_iter();
        match (it.next(), it.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// The state before "…, dont les" / "…, whose" when a body named
    /// without its state starts at `at`: "la Russie, dont les
    /// gardes-frontières", "Russia, whose border guards".
    fn relative_owner_state(&self, at: usize) -> Option<String> {
        let ctx = self.ctx;
        let s = ctx.sents[ctx.sent_of[at]];
        let mut k = at;
        if k > s.first && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k - 1)) {
            k -= 1;
        }
        let pronoun = (k.saturating_sub(2).max(s.first)..k).find(|&r| {
            ctx.matches_at(r, |p| ctx.ix.patterns[p].owner == PatOwner::RelativeOwner)
                .iter()
                .any(|pm| pm.last == k)
        })?;
        if pronoun < s.first + 2 || !ctx.toks[pronoun - 1].is_punct(",") {
            return None;
        }
        let x = self.covered[pronoun - 2].map(|i| &self.mentions[i])?;
        if x.last != pronoun - 1 {
            return None;
        }
        match (&x.senses, x.core) {
            (Some(_), _) => x.sense_state(ctx).cloned(),
            (None, CoreClass::State) => Some(x.ent.clone()),
            _ => None,
        }
    }

    /// The state a possessive before a body refers to: "la Russie conserve
    /// ses soldats de la paix", "Russia keeps its peacekeepers": the last
    /// state named before it in the sentence (a body of a state belongs to
    /// no international organisation named in between).
    fn possessive_owner_state(&self, at: usize) -> Option<String> {
        let ctx = self.ctx;
        if at == 0
            || !ctx
                .ont
                .lexicon
                .is_role_possessive(ctx.lang, ctx.norm(at - 1))
        {
            return None;
        }
        let sent = ctx.sent_of[at];
        self.mentions
            .iter()
            .filter(|x| x.sent == sent && !x.nested && !x.locative && x.last < at)
            .filter_map(|x| match (&x.senses, x.core) {
                (Some(_), _) => x.sense_state(ctx).map(|s| (x.last, s.clone())),
                (None, CoreClass::State) => Some((x.last, x.ent.clone())),
                _ => None,
            })
            .max_by_key(|(last, _)| *last)
            .map(|(_, s)| s)
    }

    /// The state of "À Bakou, …" / "In Moscow, …" opening the sentence of
    /// token `at`.
    fn opening_place_state(&self, at: usize) -> Option<String> {
        let ctx = self.ctx;
        let s = ctx.sents[ctx.sent_of[at]];
        let mut k = s.first;
        if !ctx.ont.lexicon.is_locative(ctx.lang, ctx.norm(k)) {
            return None;
        }
        k += 1;
        if matches!(ctx.norm(k), "le" | "la" | "l'" | "les" | "the") {
            k += 1;
        }
        let span = ctx.state_at.borrow()[k].clone()?;
        (span.last < at && ctx.toks.get(span.last).is_some_and(|t| t.is_punct(",")))
            .then_some(span.id)
    }

    fn institution_entity(&self, id: &str, k: usize, state: &str) -> ExtractedEntity {
        let ctx = self.ctx;
        let inst = &ctx.ont.lexicon.institutions[k];
        let st = self.entity(state).expect("state");
        let class = ctx.ont.schema.class(&inst.class).expect("checked class");
        let fr_dem = st
            .demonyms
            .iter()
            .find(|(l, _)| *l == crate::corpus::Lang::Fr);
        let en_dem = st
            .demonyms
            .iter()
            .find(|(l, _)| *l == crate::corpus::Lang::En);
        let mut labels = BTreeMap::new();
        for (lang, tpl) in &inst.label {
            let filled = fill_template(
                tpl,
                |tag| match (lang.as_str(), tag) {
                    ("fr", Some(t)) => fr_dem.map(|(_, d)| d.form(t).to_string()),
                    ("en", _) | (_, None) => {
                        if tag.is_none() && tpl.contains("{state}") {
                            None
                        } else {
                            en_dem.map(|(_, d)| d.ms.clone())
                        }
                    }
                    _ => None,
                },
                st.label_in(if lang == "fr" {
                    crate::corpus::Lang::Fr
                } else {
                    crate::corpus::Lang::En
                }),
            );
            labels.insert(lang.clone(), filled);
        }
        let label = labels
            .get("en")
            .cloned()
            .unwrap_or_else(|| format!("{} ({})", inst.kind, st.display_label()));
        let aliases = labels.values().cloned().collect();
        ExtractedEntity {
            id: id.to_string(),
            label,
            labels,
            class: class.name.clone(),
            core: class.core,
            wikidata: None,
            aliases,
            date: None,
            mentions: Vec::new(),
        }
    }

    /// "la partie azerbaïdjanaise", "les autorités arméniennes".
    fn state_references(&mut self) {
        let ctx = self.ctx;
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::StateRef) {
            let Some(state) = m.slots.state.clone() else {
                continue;
            };
            if !self.free(m.first, m.last) {
                continue;
            }
            let core = ctx.entity_core(&state).unwrap_or(CoreClass::State);
            self.cover(Mention {
                first: m.first,
                last: m.last,
                sent: ctx.sent_of[m.first],
                ent: state,
                core,
                senses: None,
                kind: MKind::StateRef,
                rule: format!("reference `{}`", ctx.ix.patterns[m.pattern].pattern.source),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
        }
    }

    /// A run of capitalised words that can be a person's name, starting at
    /// `i`: returns its end.
    fn name_run(&self, i: usize, min_words: usize) -> Option<usize> {
        let ctx = self.ctx;
        let end = ctx.sentence_end(i.min(ctx.toks.len().saturating_sub(1)));
        let mut j = i;
        let mut words = 0;
        while j < end && words < 5 {
            let t = &ctx.toks[j];
            if self.covered[j].is_some() {
                break;
            }
            if t.kind == TokKind::Word
                && t.upper
                && !t.norm.ends_with('\'')
                && t.norm.chars().count() > 1
            {
                if ctx.ont.lexicon.is_determiner(ctx.lang, &t.norm) && words == 0 {
                    return None;
                }
                words += 1;
                j += 1;
            } else if words > 0
                && (ctx.is_hyphen(j)
                    && ctx
                        .toks
                        .get(j + 1)
                        .is_some_and(|n| n.upper && !n.space_before)
                    || ctx.ont.lexicon.name_particles.contains(&t.norm)
                        && ctx
                            .toks
                            .get(j + 1)
                            .is_some_and(|n| n.upper && n.kind == TokKind::Word))
            {
                j += 1;
            } else {
                break;
            }
        }
        (words >= min_words).then_some(j)
    }

    /// The words of a name run `[first, end)`, each with the particles
    /// before it and the parts hyphens join to it: "Jean-Yves", "Le Drian",
    /// "von der Leyen", "Al-Assad".
    fn name_units(&self, first: usize, end: usize) -> Vec<(usize, usize)> {
        let ctx = self.ctx;
        let particle = |k: usize| ctx.ont.lexicon.name_particles.contains(ctx.norm(k));
        let mut units = Vec::new();
        let mut k = first;
        while k < end {
            let start = k;
            while k + 1 < end && particle(k) && !ctx.is_hyphen(k + 1) {
                k += 1;
            }
            k += 1;
            while k + 1 < end && ctx.is_hyphen(k) {
                k += 2;
            }
            units.push((start, k.min(end)));
        }
        units
    }

    /// A given name before a surname the gazetteer knows alone ("Aliyev",
    /// "Lavrov") names someone else when none of the known person's names
    /// has a given name with its initial: "Ramiz Aliyev" is not Ilham
    /// Aliyev, while "Nicol Pashinyan" stays Nikol Pashinyan.
    fn given_names_before_known_surnames(&mut self) {
        let ctx = self.ctx;
        let names = &ctx.ont.given_names;
        for i in 0..ctx.toks.len().saturating_sub(1) {
            let t = &ctx.toks[i];
            // "Recep Tayyip Erdoğan": a given name inside a longer name is
            // not where the name starts.
            let starts_name = i == 0
                || !(ctx.toks[i - 1].upper
                    && ctx.toks[i - 1].kind == TokKind::Word
                    && ctx.sent_of[i - 1] == ctx.sent_of[i]);
            if self.covered[i].is_some()
                || t.kind != TokKind::Word
                || !t.upper
                || t.all_caps
                || !starts_name
                || ctx.is_hyphen(i.saturating_sub(1))
                || names.line(&t.norm).is_none()
            {
                continue;
            }
            let Some(ix) = self.covered[i + 1] else {
                continue;
            };
            let m = &self.mentions[ix];
            if m.first != i + 1
                || m.kind != MKind::Name
                || m.core != CoreClass::Person
                || m.nested
                || self.name_units(m.first, m.last).len() != 1
            {
                continue;
            }
            let Some(known) = self.entity(&m.ent) else {
                continue;
            };
            let initial = |w: &str| fold(w).chars().next();
            let known_initials: BTreeSet<char> = known
                .names
                .iter()
                .flat_map(|(_, n)| {
                    let words: Vec<&str> = n.split_whitespace().collect();
                    let given = words.len().saturating_sub(1);
                    words[..given]
                        .iter()
                        .filter_map(|w| initial(w))
                        .collect::<Vec<_>>()
                })
                .collect();
            if known_initials.is_empty()
                || initial(&t.norm).is_some_and(|c| known_initials.contains(&c))
            {
                continue;
            }
            let last = m.last;
            let Some(id) = self.unknown_person(i, last) else {
                continue;
            };
            let line = names.line(&t.norm).unwrap_or(0);
            let m = &mut self.mentions[ix];
            m.first = i;
            m.ent = id;
            m.kind = MKind::Person;
            m.senses = None;
            m.rule = format!(
                "name:given_name ({}:{line}) before a known surname",
                names.file
            );
            self.covered[i] = Some(ix);
        }
    }

    /// People the gazetteer does not know, named without a title: a given
    /// name of `given_names.toml` and one or two capitalised words after it
    /// ("a soldier, Artyom Poghosyan, was killed", "l'opposant Avetik
    /// Chalabian"). A word another mention, a date or a demonym covers ends
    /// the name. No person is read in a place's or a body's name ("rue
    /// Vazgen Sargsian", "Heydar Aliyev Center"), in a name that runs into a
    /// known person's ("Vladimir Vladimirovich Putin"), or from a sentence's
    /// first word that the text also writes in lower case.
    fn given_name_people(&mut self) {
        let ctx = self.ctx;
        let names = &ctx.ont.given_names;
        let lowercase: BTreeSet<&str> = ctx
            .toks
            .iter()
            .filter(|t| t.kind == TokKind::Word && !t.upper)
            .map(|t| t.norm.as_str())
            .collect();
        // A headline in capitals or title case capitalises the words after a
        // name too ("Armen Grigoryan Meets Envoy"): there a name has one
        // word after the given name.
        let headline = headline_sentences(ctx);
        let in_date = |k: usize| {
            let t = &ctx.toks[k];
            self.dates
                .iter()
                .any(|d| d.start <= t.start && t.end <= d.end)
        };
        let mut i = 0;
        while i < ctx.toks.len() {
            let t = &ctx.toks[i];
            let candidate = self.covered[i].is_none()
                && t.kind == TokKind::Word
                && t.upper
                && !(t.all_caps && t.norm.chars().count() <= 3)
                // "Saint-Jean": the second part of a compound.
                && !(i > 0 && ctx.is_hyphen(i - 1));
            let Some(end) = candidate.then(|| self.name_run(i, 2)).flatten() else {
                i += 1;
                continue;
            };
            let units = self.name_units(i, end);
            let given = fold(ctx.surface(units[0].0, units[0].1));
            let Some(line) = names.line(&given).or_else(|| names.line(ctx.norm(i))) else {
                i += 1;
                continue;
            };
            let sent = ctx.sents[ctx.sent_of[i]];
            let opens_sentence = (sent.first..i).all(|k| ctx.toks[k].kind != TokKind::Word);
            let eponym_before = i > sent.first && names.is_eponym_word(ctx.norm(i - 1));
            if eponym_before || (opens_sentence && lowercase.contains(ctx.norm(i))) {
                i += 1;
                continue;
            }
            let mut kept = 0;
            let mut eponym_after = false;
            for &(a, b) in &units[1..] {
                if (a..b).any(|k| names.is_eponym_word(ctx.norm(k))) {
                    eponym_after = true;
                    break;
                }
                if (a..b).any(|k| !ctx.adj_at[k].is_empty() || in_date(k)) {
                    break;
                }
                kept += 1;
            }
            // The run stops at a known person: the words before belong to
            // their name.
            let into_person = kept == units.len() - 1
                && self
                    .mention_at(end)
                    .is_some_and(|m| m.core == CoreClass::Person && m.first == end);
            if eponym_after || kept == 0 || into_person {
                i = end;
                continue;
            }
            // Three words or more after a given name are a list or a
            // headline more often than one person's name.
            if kept > 2 || (kept == 2 && headline[ctx.sent_of[i]]) {
                kept = 1;
            }
            let last = units[kept].1;
            let rule = format!("name:given_name ({}:{line})", names.file);
            self.person_mention(i, last, &rule);
            i = last;
        }
    }

    /// "le village de Sotk", "the town of Jermuk": a capitalised name the
    /// gazetteer does not know, right after a settlement noun and "de"/"of",
    /// is a place; the same words elsewhere in the article name it too.
    fn settlements(&mut self) {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let capital = |k: usize| {
            ctx.toks
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Word && t.upper && !t.all_caps)
        };
        let mut found: Vec<(Vec<String>, String, String)> = Vec::new();
        for s in &ctx.sents {
            for n in s.first..s.last.saturating_sub(2) {
                let Some(st) = lex.settlements.iter().find(|st| {
                    st.nouns
                        .get(&ctx.lang)
                        .is_some_and(|w| w.contains(ctx.norm(n)))
                }) else {
                    continue;
                };
                if !matches!(ctx.norm(n + 1), "de" | "d'" | "of") {
                    continue;
                }
                // "les villages de Zabukh et de Sus": a plural noun names each
                // member of a list.
                let plural = ctx.norm(n).ends_with('s');
                let mut first = n + 2;
                loop {
                    // Up to three capitalised words, hyphens between them.
                    let mut last = first;
                    let mut words = 0;
                    while last < s.last && words < 3 {
                        if capital(last) {
                            words += 1;
                            last += 1;
                        } else if ctx.toks[last].is_punct("-")
                            && last > first
                            && capital(last + 1)
                            && ctx.toks[last].start == ctx.toks[last - 1].end
                        {
                            last += 1;
                        } else {
                            break;
                        }
                    }
                    if words == 0 {
                        break;
                    }
                    // A given name and a surname are no place name; a given
                    // name alone may be one ("le village de Movses").
                    let person =
                        last - first >= 2 && ctx.ont.given_names.line(ctx.norm(first)).is_some();
                    if self.free(first, last) && !person {
                        let name = ctx.surface(first, last).to_string();
                        let id = format!("place_{}", slug(&name));
                        if id != "place_" {
                            let norms: Vec<String> =
                                (first..last).map(|k| ctx.norm(k).to_string()).collect();
                            if !found.iter().any(|(_, i, _)| *i == id) {
                                found.push((norms, id.clone(), st.class.clone()));
                            }
                            self.reg.ensure(created_entity(
                                &id,
                                name.clone(),
                                &st.class,
                                CoreClass::Place,
                                BTreeSet::from([name]),
                                None,
                            ));
                        }
                    }
                    let mut k = last;
                    if !plural || !matches!(ctx.norm(k), "et" | "and" | ",") {
                        break;
                    }
                    k += 1;
                    if matches!(ctx.norm(k), "de" | "d'" | "of") {
                        k += 1;
                    }
                    if !capital(k) {
                        break;
                    }
                    first = k;
                }
            }
        }
        // Every occurrence of each name, the first included.
        for (norms, id, class) in found {
            let len = norms.len();
            for i in 0..ctx.toks.len().saturating_sub(len - 1) {
                let same = (0..len).all(|k| {
                    ctx.norm(i + k) == norms[k] && capital(i + k) || ctx.toks[i + k].is_punct("-")
                });
                let bounded = !capital(i + len) && (i == 0 || !capital(i - 1));
                if !same || !bounded || !self.free(i, i + len) {
                    continue;
                }
                self.cover(Mention {
                    first: i,
                    last: i + len,
                    sent: ctx.sent_of[i],
                    ent: id.clone(),
                    core: CoreClass::Place,
                    senses: None,
                    kind: MKind::Name,
                    rule: format!("place:settlement ({class})"),
                    nested: false,
                    weak: false,
                    title: false,
                    locative: false,
                    acting: false,
                });
            }
        }
    }

    /// Registers the person the gazetteer does not know named by tokens
    /// `[first, last)`: `person_<name>`, with no Wikidata id.
    fn unknown_person(&mut self, first: usize, last: usize) -> Option<String> {
        let name = self.ctx.surface(first, last).to_string();
        let id = format!("person_{}", slug(&name));
        if id == "person_" {
            return None;
        }
        self.reg.ensure(created_entity(
            &id,
            name.clone(),
            "Person",
            CoreClass::Person,
            BTreeSet::from([name]),
            None,
        ));
        Some(id)
    }

    fn person_mention(&mut self, first: usize, last: usize, rule: &str) -> Option<String> {
        let id = self.unknown_person(first, last)?;
        self.cover(person_mention_at(
            self.ctx,
            first,
            last,
            id.clone(),
            rule,
            false,
        ));
        Some(id)
    }

    /// A capitalised run that is itself a title or opens on a demonym
    /// ("French President", "Russian Deputy Prime Minister") names no one.
    fn is_title_run(&self, first: usize, last: usize) -> bool {
        let ctx = self.ctx;
        let role = |p: usize| matches!(ctx.ix.patterns[p].owner, PatOwner::Role(_));
        !ctx.adj_at[first].is_empty() || (first..last).any(|k| !ctx.matches_at(k, role).is_empty())
    }

    /// The person whose mention starts (or ends) at a token, if any.
    fn person_starting(&self, i: usize) -> Option<(usize, usize, String)> {
        let m = self.mention_at(i)?;
        (m.core == CoreClass::Person && m.first == i).then(|| (m.first, m.last, m.ent.clone()))
    }

    fn person_ending(&self, last: usize) -> Option<(usize, usize, String)> {
        let m = self.mention_at(last.checked_sub(1)?)?;
        (m.core == CoreClass::Person && m.last == last).then(|| (m.first, m.last, m.ent.clone()))
    }

    /// Titles ("le président russe", "le porte-parole du ministère…") and
    /// the people they introduce, before or after them.
    fn titles_and_people(&mut self) {
        let ctx = self.ctx;
        let titles = ctx.scan(|p| matches!(ctx.ix.patterns[p].owner, PatOwner::Role(_)));
        let mut resolved: Vec<(PatMatch, usize, Option<String>)> = Vec::new();
        for (ti, m) in titles.iter().enumerate() {
            let PatOwner::Role(r) = ctx.ix.patterns[m.pattern].owner else {
                continue;
            };
            // "conseiller du président azerbaïdjanais": the office serves the
            // state of the title it is attached to.
            let mut target = m.slots.org.clone().or_else(|| m.slots.state.clone());
            if target.is_none() {
                if let Some(next) = titles.get(ti + 1) {
                    let gap = ctx.surface(m.last, next.first);
                    if matches!(
                        fold(gap.trim()).as_str(),
                        "du" | "de" | "de la" | "des" | "of the" | "to the"
                    ) {
                        target = next.slots.org.clone().or_else(|| next.slots.state.clone());
                    }
                }
            }
            // "Defence Ministry spokesman X": the body just before the title.
            // "the ministry's spokesman" too.
            if target.is_none() && m.first > 0 {
                let end = if ctx.norm(m.first - 1) == "'s" {
                    m.first - 1
                } else {
                    m.first
                };
                target = end
                    .checked_sub(1)
                    .and_then(|k| self.mention_at(k))
                    .filter(|o| o.last == end && o.core == CoreClass::Organization)
                    .map(|o| o.ent.clone());
            }
            resolved.push((m.clone(), r, target));
        }
        for (m, r, target) in resolved {
            if self.distributed_title(&m, r, target.as_deref()) {
                continue;
            }
            let role = &ctx.ont.lexicon.roles[r];
            let end = ctx.sentence_end(m.first);
            // The person after the title: "le président russe(,) Vladimir Poutine".
            let mut j = m.last;
            if j < end && ctx.toks[j].is_punct(",") {
                j += 1;
            }
            // A rank is no part of the name: "spokesman Major General X",
            // "porte-parole du ministère, le général X".
            if j + 1 < end
                && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(j))
                && ctx.ont.lexicon.is_honorific(ctx.lang, ctx.norm(j + 1))
            {
                j += 1;
            }
            while j < end && ctx.ont.lexicon.is_honorific(ctx.lang, ctx.norm(j)) {
                j += 1;
                if j < end && ctx.toks[j].is_punct(".") {
                    j += 1;
                }
            }
            let mut person = self.person_starting(j);
            if person.is_none() && j < end && self.covered[j].is_none() {
                if let Some(e) = self.name_run(j, 2).filter(|&e| !self.is_title_run(j, e)) {
                    let rule = format!("apposition:title:{}", role.id);
                    if let Some(id) = self.person_mention(j, e, &rule) {
                        person = Some((j, e, id));
                    }
                }
            }
            // Or before it: "Wang Yi, ministre chinois…", "X, un conseiller du…".
            if person.is_none() {
                let mut k = m.first;
                while k > 0 && ctx.ont.lexicon.is_determiner(ctx.lang, ctx.norm(k - 1)) {
                    k -= 1;
                }
                if k > 0 && ctx.toks[k - 1].is_punct(",") {
                    person = self.person_ending(k - 1);
                    if person.is_none() {
                        // An unknown name just before the comma.
                        let mut s = k - 1;
                        while s > 0
                            && ctx.toks[s - 1].upper
                            && ctx.toks[s - 1].kind == TokKind::Word
                            && self.covered[s - 1].is_none()
                        {
                            s -= 1;
                        }
                        if s < k - 1 && ctx.sent_of[s] == ctx.sent_of[m.first] {
                            if let Some(e) = self.name_run(s, 2) {
                                if e == k - 1 && !self.is_title_run(s, e) {
                                    let rule = format!("apposition:title:{}", role.id);
                                    if let Some(id) = self.person_mention(s, e, &rule) {
                                        person = Some((s, e, id));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let rule = format!(
                "title:{} `{}`",
                role.id, ctx.ix.patterns[m.pattern].pattern.source
            );
            match person {
                Some((pf, pl, pid)) => {
                    // The title's words are not arguments of their own
                    // ("le président russe Vladimir Poutine" is Putin).
                    if self.free(m.first, m.last) {
                        self.cover(person_mention_at(
                            self.ctx,
                            m.first,
                            m.last,
                            pid.clone(),
                            rule.clone(),
                            true,
                        ));
                    }
                    let target = target.or_else(|| {
                        // A known office holder: the data says what the office
                        // serves. A leader's title fits any office that leads
                        // ("President X" of a separatist head).
                        self.entity(&pid).and_then(|e| {
                            let held = |rs: &&RoleSpell| ctx.pub_date.is_none_or(|d| rs.held_on(d));
                            let leads =
                                |rs: &&RoleSpell| {
                                    role.relation == "leader_of"
                                        && ctx.ont.lexicon.roles.iter().any(|ro| {
                                            ro.id == rs.title && ro.relation == "leader_of"
                                        })
                                };
                            e.roles
                                .iter()
                                .filter(held)
                                .find(|rs| rs.title == role.id)
                                .or_else(|| e.roles.iter().filter(held).find(leads))
                                .map(|rs| rs.of.clone())
                        })
                    });
                    if let Some(t) = target {
                        if let Some(e) = self.entity(&t) {
                            self.reg.ensure(gazetteer_entity(e));
                        }
                        let (a, b) = (m.first.min(pf), m.last.max(pl));
                        self.fact(&pid, &role.relation, &t, a, b, rule.clone(), 0.85);
                    }
                    // "ses homologues arménien Zohrab Mnatsakanian et
                    // azerbaïdjanais Djeyhoun Baïramov": a demonym and a name
                    // coordinated after the first holder share the title.
                    if m.slots.state.is_some() && pf >= m.last {
                        let mut at = pl;
                        while matches!(ctx.norm(at), "et" | "and" | ",") {
                            let Some(state) = self.free_demonym(at + 1, ctx.sent_of[m.first])
                            else {
                                break;
                            };
                            let Some((_, ql, qid)) = self.person_starting(at + 2) else {
                                break;
                            };
                            let words = self.title_mention(at + 1, at + 2, &qid, &rule);
                            self.cover(words);
                            if let Some(e) = self.entity(&state) {
                                self.reg.ensure(gazetteer_entity(e));
                            }
                            self.fact(&qid, &role.relation, &state, at + 1, ql, rule.clone(), 0.85);
                            at = ql;
                        }
                    }
                }
                None => {
                    if !self.free(m.first, m.last) {
                        continue;
                    }
                    // "le chef du gouvernement" with no state: the person the
                    // article last gave that office.
                    let Some(t) = target else {
                        if ctx.norm(m.first.saturating_sub(1)) == "les" {
                            continue;
                        }
                        if let Some(pid) = self.last_holder_of(&role.id, m.first) {
                            self.cover(person_mention_at(
                                self.ctx,
                                m.first,
                                m.last,
                                pid,
                                format!("title:anaphora:{}", role.id),
                                false,
                            ));
                        }
                        continue;
                    };
                    // "le président russe" alone: whoever held the office then;
                    // "the Russian leader" alone: the person last named who
                    // then led that state.
                    let leader = || {
                        (role.relation == "leader_of")
                            .then(|| self.last_leader_of(&t, m.first))
                            .flatten()
                            .and_then(|id| self.entity(&id))
                    };
                    let Some(holder) = ctx
                        .ont
                        .gazetteer
                        .holder(&role.id, &t, ctx.pub_date)
                        .or_else(leader)
                        .or_else(|| {
                            role.leads
                                .then(|| ctx.ont.gazetteer.leader(&t, ctx.pub_date))
                                .flatten()
                        })
                    else {
                        continue;
                    };
                    // Plural titles ("les présidents") name no one person.
                    if ctx.norm(m.first.saturating_sub(1)) == "les" {
                        continue;
                    }
                    self.reg.ensure(gazetteer_entity(holder));
                    if let Some(e) = self.entity(&t) {
                        self.reg.ensure(gazetteer_entity(e));
                    }
                    self.cover(person_mention_at(
                        self.ctx,
                        m.first,
                        m.last,
                        holder.id.clone(),
                        format!("title:holder:{} on the article's date", role.id),
                        false,
                    ));
                    let hid = holder.id.clone();
                    self.fact(&hid, &role.relation, &t, m.first, m.last, rule, 0.8);
                }
            }
        }
        // Known office holders named in a sentence that also names their
        // office: "les présidents de la Russie et de Bakou, Vladimir Poutine
        // et Ilham Aliyev".
        let persons: Vec<(usize, usize, String)> = self
            .mentions
            .iter()
            .filter(|m| m.core == CoreClass::Person && m.kind == MKind::Name)
            .map(|m| (m.first, m.last, m.ent.clone()))
            .collect();
        let title_words: Vec<(usize, usize, usize)> = titles
            .iter()
            .filter_map(|m| match ctx.ix.patterns[m.pattern].owner {
                PatOwner::Role(r) => Some((ctx.sent_of[m.first], r, m.first)),
                _ => None,
            })
            .collect();
        for (pf, pl, pid) in persons {
            let Some(e) = self.entity(&pid) else { continue };
            let sent = ctx.sent_of[pf];
            for &(ts, r, tf) in &title_words {
                if ts != sent {
                    continue;
                }
                let role = &ctx.ont.lexicon.roles[r];
                for rs in &e.roles {
                    if rs.title == role.id && ctx.pub_date.is_none_or(|d| rs.held_on(d)) {
                        let known = self.facts.iter().any(|f| {
                            f.subject == pid && f.object == rs.of && f.relation == role.relation
                        });
                        if !known {
                            if let Some(o) = self.entity(&rs.of) {
                                self.reg.ensure(gazetteer_entity(o));
                            }
                            let (a, b) = (tf.min(pf), pl.max(tf + 1));
                            self.fact(
                                &pid,
                                &role.relation,
                                &rs.of,
                                a,
                                b,
                                format!("title:known-office:{}", role.id),
                                0.75,
                            );
                        }
                    }
                }
            }
        }
    }

    /// A demonym at `k`, in sentence `sent`, that no mention covers yet:
    /// the id of its state.
    fn free_demonym(&self, k: usize, sent: usize) -> Option<String> {
        let ctx = self.ctx;
        if k >= ctx.toks.len() || self.covered[k].is_some() || ctx.sent_of[k] != sent {
            return None;
        }
        let &e = ctx.adj_at[k].first()?;
        let e = &ctx.ont.gazetteer.entities()[e];
        (e.core == CoreClass::State).then(|| e.id.clone())
    }

    /// The words of a title that introduce `person`: skipped between
    /// arguments, never an argument themselves.
    fn title_mention(&self, first: usize, last: usize, person: &str, rule: &str) -> Mention {
        person_mention_at(self.ctx, first, last, person, rule, true)
    }

    /// A title spread over coordinated demonyms ("les présidents russe et
    /// azerbaïdjanais", "his Armenian and Azerbaijani counterparts"): each
    /// demonym names the state of one holder. With as many names after it
    /// ("…, Vladimir Poutine et Ilham Aliev"), the names take the states in
    /// order; with none, a head's title stands for the holders of the office
    /// on the article's date, together. True when the title was read so.
    fn distributed_title(&mut self, m: &PatMatch, r: usize, target: Option<&str>) -> bool {
        let ctx = self.ctx;
        let Some(state) = m.slots.state.as_deref() else {
            return false;
        };
        if target != Some(state) || !self.free(m.first, m.last) {
            return false;
        }
        let sent = ctx.sent_of[m.first];
        let holds = |k: usize| {
            ctx.adj_at[k]
                .iter()
                .any(|&e| ctx.ont.gazetteer.entities()[e].id == state)
        };
        let Some(own) = (m.first..m.last).find(|&k| holds(k)) else {
            return false;
        };
        let joiner = |k: usize| match ctx.norm(k) {
            "," => Some(false),
            n if ctx.ont.lexicon.is_coordination(ctx.lang, n) && n != "," => Some(true),
            _ => None,
        };
        // (token, state) in text order; a list closes on a conjunction.
        let mut before: Vec<(usize, String)> = Vec::new();
        if own == m.first {
            let mut k = m.first;
            let mut conjunctions = Vec::new();
            while k >= 2 {
                let (Some(c), Some(s)) = (joiner(k - 1), self.free_demonym(k - 2, sent)) else {
                    break;
                };
                conjunctions.push(c);
                before.push((k - 2, s));
                k -= 2;
            }
            if conjunctions.first() != Some(&true) {
                before.clear();
            }
            before.reverse();
        }
        let mut after: Vec<(usize, String)> = Vec::new();
        if own + 1 == m.last {
            let mut k = m.last;
            let mut closed = 0;
            while let (Some(c), Some(s)) = (joiner(k), self.free_demonym(k + 1, sent)) {
                after.push((k + 1, s));
                if c {
                    closed = after.len();
                }
                k += 2;
            }
            after.truncate(closed);
        }
        if before.is_empty() && after.is_empty() {
            return false;
        }
        let first = before.first().map_or(m.first, |b| b.0);
        let last = after.last().map_or(m.last, |a| a.0 + 1);
        let states: Vec<String> = before
            .into_iter()
            .map(|b| b.1)
            .chain(std::iter::once(state.to_string()))
            .chain(after.into_iter().map(|a| a.1))
            .collect();
        let role = &ctx.ont.lexicon.roles[r];
        let rule = format!(
            "title:{} `{}`",
            role.id, ctx.ix.patterns[m.pattern].pattern.source
        );
        // The names after the title: "P1, P2 et P3", after a comma or not.
        let mut j = last;
        if ctx.toks.get(j).is_some_and(|t| t.is_punct(",")) {
            j += 1;
        }
        let mut people = Vec::new();
        while let Some((pf, pl, pid)) = self.person_starting(j) {
            people.push((pf, pl, pid));
            if !(joiner(pl).is_some() && self.person_starting(pl + 1).is_some()) {
                break;
            }
            j = pl + 1;
        }
        if people.len() == states.len() {
            if let Some(p) = people.first() {
                let mention = self.title_mention(first, last, &p.2, &rule);
                self.cover(mention);
            }
            for ((_, pl, pid), s) in people.iter().zip(&states) {
                if let Some(e) = self.entity(s) {
                    self.reg.ensure(gazetteer_entity(e));
                }
                self.fact(pid, &role.relation, s, first, *pl, rule.clone(), 0.85);
            }
            return true;
        }
        // Without names, only heads of state and government are taken for
        // the holders: ministers change too often for the article's date to
        // tell who signed or met on an earlier one.
        if !people.is_empty() || role.relation != "leader_of" {
            return false;
        }
        let holders: Vec<&Entity> = states
            .iter()
            .filter_map(|s| ctx.ont.gazetteer.holder(&role.id, s, ctx.pub_date))
            .collect();
        if holders.len() != states.len() {
            return false;
        }
        for (n, (h, s)) in holders.into_iter().zip(&states).enumerate() {
            self.reg.ensure(gazetteer_entity(h));
            if let Some(e) = self.entity(s) {
                self.reg.ensure(gazetteer_entity(e));
            }
            let mut mention = self.title_mention(first, last, &h.id, "");
            mention.title = false;
            mention.rule = format!("title:holder:{} on the article's date", role.id);
            // The holders share the span: one argument of several members.
            if n == 0 {
                self.cover(mention);
            } else {
                self.mentions.push(mention);
            }
            self.fact(&h.id, &role.relation, s, first, last, rule.clone(), 0.8);
        }
        true
    }

    /// The person named last before `before` who holds office `role`: the
    /// last one this article gave that title, else the last one whose
    /// gazetteer offices include it (an article that calls Nikol Pashinyan
    /// "le Premier ministre" means him by "le Premier ministre", not a
    /// president who once held that office too).
    /// The person named last before `before` whom the gazetteer gives a
    /// leading office of `state` on the article's date.
    fn last_leader_of(&self, state: &str, before: usize) -> Option<String> {
        let ctx = self.ctx;
        let leads = |r: &crate::ontology::RoleSpell| {
            r.of == state
                && ctx.pub_date.is_none_or(|d| r.held_on(d))
                && ctx
                    .ont
                    .lexicon
                    .roles
                    .iter()
                    .any(|x| x.id == r.title && x.relation == "leader_of")
        };
        self.mentions
            .iter()
            .filter(|m| m.core == CoreClass::Person && m.last <= before && !m.title)
            .filter(|m| {
                self.entity(&m.ent)
                    .is_some_and(|e| e.roles.iter().any(leads))
            })
            .max_by_key(|m| m.last)
            .map(|m| m.ent.clone())
    }

    fn last_holder_of(&self, role: &str, before: usize) -> Option<String> {
        let ctx = self.ctx;
        let people = || {
            self.mentions
                .iter()
                .filter(|m| m.core == CoreClass::Person && m.last <= before && !m.title)
        };
        let titled = format!("title:{role} ");
        people()
            .filter(|m| {
                self.facts
                    .iter()
                    .any(|f| f.subject == m.ent && f.rule.starts_with(&titled))
            })
            .max_by_key(|m| m.last)
            .or_else(|| {
                people()
                    .filter(|m| {
                        self.entity(&m.ent).is_some_and(|e| {
                            e.roles.iter().any(|r| {
                                r.title == role && ctx.pub_date.is_none_or(|d| r.held_on(d))
                            })
                        })
                    })
                    .max_by_key(|m| m.last)
            })
            .map(|m| m.ent.clone())
    }

    /// "M. Eyvazov", "le colonel Eyvazov".
    fn honorific_names(&mut self) {
        let ctx = self.ctx;
        for i in 0..ctx.toks.len() {
            if !ctx.ont.lexicon.is_honorific(ctx.lang, ctx.norm(i)) {
                continue;
            }
            let mut j = i + 1;
            if ctx.toks.get(j).is_some_and(|t| t.is_punct(".")) {
                j += 1;
            }
            if j >= ctx.toks.len() || ctx.sent_of[j] != ctx.sent_of[i] || self.covered[j].is_some()
            {
                continue;
            }
            // "Lieutenant General X": the next rank introduces the name.
            if ctx.ont.lexicon.is_honorific(ctx.lang, ctx.norm(j)) {
                continue;
            }
            let Some(e) = self.name_run(j, 1) else {
                continue;
            };
            let surface = fold(ctx.surface(j, e));
            // A surname seen before in full ("Anar Eyvazov" then "M. Eyvazov").
            let known =
                self.mentions
                    .iter()
                    .filter(|m| m.core == CoreClass::Person && m.first < j)
                    .find(|m| {
                        let full = fold(ctx.surface(m.first, m.last));
                        full.ends_with(&surface)
                            || self.reg.map.get(&m.ent).is_some_and(|x| {
                                x.aliases.iter().any(|a| fold(a).ends_with(&surface))
                            })
                    })
                    .map(|m| m.ent.clone())
                    .or_else(|| {
                        ctx.ix
                            .surname_names
                            .get(&surface)
                            .map(|&g| ctx.ont.gazetteer.entities()[g].id.clone())
                    });
            match known {
                Some(id) => {
                    if let Some(g) = self.entity(&id) {
                        self.reg.ensure(gazetteer_entity(g));
                    }
                    self.cover(person_mention_at(
                        self.ctx,
                        j,
                        e,
                        id,
                        "honorific+surname",
                        false,
                    ));
                }
                None => {
                    self.person_mention(j, e, "honorific+name");
                }
            }
        }
    }

    /// A surname alone after the full name was given: "Eyvazov a ajouté".
    /// Not after another given name ("Vazgen Sargsian" is someone else), nor
    /// in a place's or a body's name ("Sargsyan Street").
    fn surnames(&mut self) {
        let ctx = self.ctx;
        let names = &ctx.ont.given_names;
        let mut known: HashMap<String, (usize, String)> = HashMap::new();
        for m in &self.mentions {
            if m.core == CoreClass::Person && m.kind == MKind::Person && m.last - m.first >= 2 {
                let last = fold(ctx.surface(m.last - 1, m.last));
                known.entry(last).or_insert((m.first, m.ent.clone()));
            }
        }
        for i in 0..ctx.toks.len() {
            let t = &ctx.toks[i];
            if !t.upper || t.kind != TokKind::Word || self.covered[i].is_some() {
                continue;
            }
            let other_given = i > 0
                && self.covered[i - 1].is_none()
                && ctx.toks[i - 1].upper
                && names.line(ctx.norm(i - 1)).is_some();
            let eponym_after = ctx
                .toks
                .get(i + 1)
                .is_some_and(|n| n.upper && names.is_eponym_word(&n.norm));
            if other_given || eponym_after {
                continue;
            }
            if let Some((first, id)) = known.get(&t.norm) {
                if *first < i {
                    let id = id.clone();
                    self.cover(person_mention_at(self.ctx, i, i + 1, id, "surname", false));
                }
            }
        }
    }

    /// Event and agreement descriptions: a head noun ("offensive", "guerre",
    /// "retrait", "visite"). "cette déclaration" refers back to the last one
    /// of its kind; with a date ("l'offensive de septembre 2023") it resolves
    /// to the gazetteer entry of that kind (or a related kind) whose dates
    /// contain it, else it becomes a new dated event; without one, to the
    /// entry whose dates contain the narrative's date and whose parties the
    /// sentence names.
    fn events(&mut self) {
        let ctx = self.ctx;
        let heads = ctx.scan(|p| matches!(ctx.ix.patterns[p].owner, PatOwner::EventHead(_)));
        // Where every event is named (heads and gazetteer names), to give
        // each date to the nearest one: in "les combats les plus meurtriers
        // depuis la guerre de 2020", 2020 dates the war.
        let event_starts: Vec<usize> = heads
            .iter()
            .map(|h| ctx.toks[h.first].start)
            .chain(
                self.mentions
                    .iter()
                    .filter(|x| matches!(x.core, CoreClass::Event | CoreClass::Agreement))
                    .map(|x| ctx.toks[x.first].start),
            )
            .collect();
        for m in heads.iter().cloned() {
            let PatOwner::EventHead(k) = ctx.ix.patterns[m.pattern].owner else {
                continue;
            };
            if !self.free(m.first, m.last) {
                continue;
            }
            let ek = &ctx.ont.lexicon.event_kinds[k];
            let sent = ctx.sent_of[m.first];
            let s = ctx.sents[sent];
            // An explicit date near the head: "de septembre 2023", "signée le 10 novembre 2020".
            let window_end = (m.last + 10).min(s.last);
            // Before the head, the date may open the sentence ("Vers la fin de
            // l'année 2023, une guerre éclatait").
            let window_start = m.first.saturating_sub(12).max(s.first);
            let explicit = self
                .dates
                .iter()
                .filter(|d| {
                    d.start >= ctx.toks[window_start].start && d.end <= ctx.toks[window_end - 1].end
                })
                .filter(|d| {
                    // "trois jours après la rencontre" dates the clause, not the meeting.
                    let sequence = d.end <= ctx.toks[m.first].start
                        && ctx.toks.iter().any(|t| {
                            t.end == d.end && ctx.ont.lexicon.is_sequence(ctx.lang, &t.norm)
                        });
                    !sequence
                })
                .filter(|d| {
                    let mine = (d.start as i64 - ctx.toks[m.first].start as i64).abs();
                    !event_starts
                        .iter()
                        .any(|&e| (d.start as i64 - e as i64).abs() < mine)
                })
                .min_by_key(|d| (d.start as i64 - ctx.toks[m.first].start as i64).abs());
            // "mardi" dates an event well enough to find it; it creates one
            // only when it stands right by the head ("les pourparlers de
            // mardi", "the talks on Friday"), not when it dates the clause.
            let near = |d: &DateMention| {
                let after = ctx.toks[(m.last + 4).min(ctx.toks.len()) - 1].end;
                let before = ctx.toks[m.first.saturating_sub(4)].start;
                (d.start >= ctx.toks[m.last - 1].end && d.end <= after)
                    || (d.end <= ctx.toks[m.first].start && d.end > before)
            };
            let creatable = explicit.is_some_and(|d| !d.relative || near(d));
            // "vers la fin de l'année 2023", "around mid-September": an
            // approximate date finds an event up to a month away.
            let approximate = explicit.is_some_and(|d| {
                let at = ctx
                    .toks
                    .iter()
                    .position(|t| t.start >= d.start)
                    .unwrap_or(0);
                (at.saturating_sub(2)..at + 1)
                    .any(|k| ctx.ont.lexicon.is_approximation(ctx.lang, ctx.norm(k)))
            });
            let explicit = explicit.map(|d| d.value);
            // A head opening a name in quotes: "une « opération de
            // vengeance »", "a 'retaliation operation'". The quotes name one
            // operation, which the clause's date (or the narrative's) dates.
            // Only military operations carry such names.
            let quoted = (ek.class == "MilitaryOperation")
                .then(|| {
                    (m.first.saturating_sub(3).max(s.first)..m.first)
                        .rev()
                        .take_while(|&k| ctx.toks[k].is_word() || is_open_quote(ctx.norm(k)))
                        .find(|&k| is_open_quote(ctx.norm(k)))
                })
                .flatten()
                .and_then(|open| {
                    (m.last..(m.last + 5).min(s.last))
                        .take_while(|&k| ctx.toks[k].is_word() || is_close_quote(ctx.norm(k)))
                        .find(|&k| is_close_quote(ctx.norm(k)))
                        .map(|close| (open + 1, close))
                });
            let prev = if m.first > 0 {
                ctx.norm(m.first - 1)
            } else {
                ""
            };
            let demonstrative = matches!(
                prev,
                "ce" | "cet" | "cette" | "ces" | "this" | "that" | "these" | "those"
            );
            let definite = demonstrative || matches!(prev, "le" | "la" | "l'" | "les" | "the");
            // A place in the event's description ("the Sochi meeting", "le
            // sommet de Prague") rules out events the ontology places
            // elsewhere.
            let named_places = self.places_in_description(m.first, m.last);
            let placed_here = |id: &str| {
                named_places.is_empty()
                    || ctx
                        .ix
                        .entity_index
                        .get(id)
                        .and_then(|&g| ctx.ont.gazetteer.entities()[g].place.as_ref())
                        .is_none_or(|p| named_places.contains(p))
            };
            // Earlier mentions of the same kind in this document, latest first.
            let same_kind = |e: &ExtractedEntity| {
                e.id.starts_with(&format!("event_{}_", ek.kind))
                    || ctx
                        .ix
                        .entity_index
                        .get(&e.id)
                        .and_then(|&g| ctx.ont.gazetteer.entities()[g].kind.as_deref())
                        == Some(ek.kind.as_str())
            };
            let earlier: Option<String> = self
                .mentions
                .iter()
                .filter(|x| {
                    x.last <= m.first && matches!(x.core, CoreClass::Event | CoreClass::Agreement)
                })
                .filter(|x| {
                    self.reg.map.get(&x.ent).map(&same_kind).unwrap_or_else(|| {
                        self.entity(&x.ent)
                            .is_some_and(|e| e.kind.as_deref() == Some(ek.kind.as_str()))
                    })
                })
                .filter(|x| match explicit {
                    Some(d) => self.date_of(&x.ent).is_some_and(|xd| xd.overlaps(d)),
                    None => true,
                })
                .filter(|x| placed_here(&x.ent))
                .max_by_key(|x| x.last)
                .map(|x| x.ent.clone());
            let sentence_ids = self.sentence_ids(sent);
            // "the three leaders signed a joint statement" on the day the
            // sentence before dated: the leaders were named there.
            let mut context_ids = sentence_ids.clone();
            if let Some(before) = sent.checked_sub(1) {
                context_ids.extend(self.sentence_ids(before));
            }
            let narrative = self
                .dates
                .iter()
                .rfind(|d| d.end <= ctx.toks[m.first].start)
                .map(|d| d.value)
                .or(ctx.pub_date.map(DateSpan::at));
            let kinds = ctx.ont.lexicon.kind_family(&ek.kind);
            let candidates: Vec<&Entity> = ctx
                .ont
                .gazetteer
                .entities()
                .iter()
                .filter(|e| {
                    e.date.is_some() && e.kind.as_deref().is_some_and(|k| kinds.contains(&k))
                })
                .collect();
            let participates = |e: &Entity, ids: &BTreeSet<String>| {
                e.parties
                    .iter()
                    .chain(e.place.iter())
                    .any(|p| ids.contains(p))
            };
            let pick = |when: DateSpan, need_participant: bool| {
                candidates
                    .iter()
                    .filter(|e| e.date.is_some_and(|d| d.overlaps(when.widened(1))))
                    .filter(|e| placed_here(&e.id))
                    .filter(|e| {
                        let ids = if when.start.day.is_some() && when.end.is_none() {
                            &context_ids
                        } else {
                            &sentence_ids
                        };
                        !need_participant || participates(e, ids)
                    })
                    .min_by_key(|e| {
                        // Same kind first, then the exact date, then the tightest dates.
                        let d = e.date.unwrap_or(when);
                        let other_kind = e.kind.as_deref() != Some(ek.kind.as_str());
                        (
                            other_kind,
                            !d.overlaps(when),
                            d.last().to_days() - d.start.to_days(),
                        )
                    })
                    .copied()
            };
            let rule = format!(
                "event:{} `{}`",
                ek.kind, ctx.ix.patterns[m.pattern].pattern.source
            );
            let resolved: Option<(String, CoreClass, &str)> = if let (Some(id), true) =
                (&earlier, definite || explicit.is_some())
            {
                let core = self
                    .reg
                    .map
                    .get(id)
                    .map(|e| e.core)
                    .or_else(|| self.entity(id).map(|e| e.core))
                    .unwrap_or(CoreClass::Event);
                Some((id.clone(), core, "anaphora"))
            } else if let Some(e) = explicit.and_then(|d| {
                pick(d, false).or_else(|| approximate.then(|| pick(d.widened(31), false)).flatten())
            }) {
                self.reg.ensure(gazetteer_entity(e));
                Some((e.id.clone(), e.core, "date"))
            } else if let Some(d) = explicit.filter(|_| creatable) {
                let class = ctx.ont.schema.class(&ek.class).expect("checked class");
                let id = format!("event_{}_{}", ek.kind, slug(&d.to_string()));
                let (dfirst, dlast) = self.description(m.first, m.last);
                let description = ctx.surface(dfirst, dlast);
                let label = format!("{description} ({d})");
                let mut aliases = BTreeSet::new();
                aliases.insert(label.clone());
                aliases.insert(description.to_string());
                self.reg.ensure(created_entity(
                    &id,
                    label,
                    &class.name,
                    class.core,
                    aliases,
                    Some(d),
                ));
                Some((id, class.core, "new"))
            } else if let Some(e) = narrative.and_then(|d| {
                pick(d, true).or_else(|| {
                    // A named place narrows the search enough to look a month
                    // around the narrative's date ("ahead of the Sochi meeting").
                    (!named_places.is_empty())
                        .then(|| pick(d.widened(31), true))
                        .flatten()
                })
            }) {
                self.reg.ensure(gazetteer_entity(e));
                Some((e.id.clone(), e.core, "context"))
            } else if let Some(((start, end), d)) = quoted.zip(explicit.or(narrative)) {
                let class = ctx.ont.schema.class(&ek.class).expect("checked class");
                let name = ctx.surface(start, end);
                let id = format!("event_{}_{}", ek.kind, slug(name));
                self.reg.ensure(created_entity(
                    &id,
                    name.to_string(),
                    &class.name,
                    class.core,
                    BTreeSet::from([name.to_string()]),
                    Some(d),
                ));
                Some((id, class.core, "quoted"))
            } else {
                None
            };
            let Some((id, core, how)) = resolved else {
                continue;
            };
            self.cover(Mention {
                first: m.first,
                last: m.last,
                sent,
                ent: id.clone(),
                core,
                senses: None,
                kind: MKind::Event,
                rule: format!("{rule} ({how})"),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
        }
    }

    /// The span describing an event head with the entities it names:
    /// "sommet de l'OTSC à Minsk", "the CSTO summit in Minsk", "retrait
    /// des forces de maintien de la paix russes". A created event takes it
    /// as its label, so a reader (and a matcher) sees which summit it is.
    fn description(&self, first: usize, last: usize) -> (usize, usize) {
        let ctx = self.ctx;
        let sent = ctx.sents[ctx.sent_of[first]];
        let lex = &ctx.ont.lexicon;
        let mention_at = |i: usize| {
            self.covered
                .get(i)
                .copied()
                .flatten()
                .map(|k| &self.mentions[k])
                .filter(|x| x.first == i)
        };
        let mut start = first;
        // A name just before the head: "the CSTO summit", "the Sochi talks".
        if let Some(k) = first.checked_sub(1).and_then(|i| self.covered[i]) {
            let x = &self.mentions[k];
            if x.last == first && x.first >= sent.first && !x.title {
                start = x.first;
            }
        }
        let mut end = last;
        for _ in 0..3 {
            let mut j = end;
            let prep = ctx.norm(j);
            if j >= sent.last
                || !(lex.is_actor_preposition(ctx.lang, prep) || lex.is_locative(ctx.lang, prep))
            {
                break;
            }
            j += 1;
            if lex.is_determiner(ctx.lang, ctx.norm(j)) {
                j += 1;
            }
            match mention_at(j) {
                Some(x) if x.last <= sent.last && !x.title => end = x.last,
                _ => break,
            }
        }
        (start, end)
    }

    /// Places named in an event head's description: "Sochi" in "the Sochi
    /// meeting" or "le sommet de Sotchi".
    fn places_in_description(&self, first: usize, last: usize) -> BTreeSet<String> {
        let (start, end) = self.description(first, last);
        self.mentions
            .iter()
            .filter(|x| x.first >= start && x.last <= end && (x.last <= first || x.first >= last))
            .filter_map(|x| match (&x.senses, x.core) {
                (Some((place, _)), _) => Some(place.clone()),
                (None, CoreClass::Place) => Some(x.ent.clone()),
                _ => None,
            })
            .collect()
    }

    /// The date of an entity of this document.
    fn date_of(&self, id: &str) -> Option<DateSpan> {
        self.reg
            .map
            .get(id)
            .and_then(|e| e.date)
            .or_else(|| self.entity(id).and_then(|e| e.date))
    }

    /// Ids a sentence names, with what they belong to: the "forces de
    /// maintien de la paix russes" speak for Russia too.
    fn sentence_ids(&self, sent: usize) -> BTreeSet<String> {
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for x in self.mentions.iter().filter(|x| x.sent == sent) {
            ids.insert(x.ent.clone());
            if let Some((p, s)) = &x.senses {
                ids.insert(p.clone());
                ids.insert(s.clone());
            }
        }
        // "Arméniens et Azerbaïdjanais": peoples stand for their states.
        let s = self.ctx.sents[sent];
        for k in s.first..s.last {
            for &st in &self.ctx.adj_at[k] {
                ids.insert(self.ctx.ont.gazetteer.entities()[st].id.clone());
            }
        }
        let owners: Vec<String> = ids
            .iter()
            .filter_map(|id| self.entity(id))
            .flat_map(|e| {
                e.part_of
                    .iter()
                    .cloned()
                    .chain(e.roles.iter().map(|r| r.of.clone()))
            })
            .chain(
                self.facts
                    .iter()
                    .filter(|f| f.relation == "part_of" && ids.contains(&f.subject))
                    .map(|f| f.object.clone()),
            )
            .collect();
        ids.extend(owners);
        ids
    }

    /// "le texte" (the last agreement named), "cette région" (the last
    /// region named).
    fn back_references(&mut self) {
        self.refer_back(|o| matches!(o, PatOwner::AgreementRef | PatOwner::RegionRef));
    }

    /// "le ministère", "the alliance": the last body of those classes named,
    /// in this sentence or an earlier one.
    fn body_references(&mut self) {
        self.refer_back(|o| matches!(o, PatOwner::BodyRef(_)));
    }

    /// Phrases of the owners `which` accepts, each standing for the last
    /// mention before it of the kind its owner names.
    fn refer_back(&mut self, which: fn(PatOwner) -> bool) {
        let ctx = self.ctx;
        let refs = ctx.scan(|p| which(ctx.ix.patterns[p].owner));
        for m in refs {
            if !self.free(m.first, m.last) {
                continue;
            }
            let owner = ctx.ix.patterns[m.pattern].owner;
            // "la région du Karabakh", "le ministère de la Défense" or "le
            // ministère russe" name their own.
            if matches!(ctx.norm(m.last), "de" | "d'" | "du" | "des" | "of")
                || matches!(owner, PatOwner::BodyRef(_))
                    && ctx.adj_at.get(m.last).is_some_and(|a| !a.is_empty())
            {
                continue;
            }
            let class_of = |id: &str| -> Option<String> {
                self.reg
                    .map
                    .get(id)
                    .map(|e| e.class.clone())
                    .or_else(|| self.entity(id).map(|e| e.class.clone()))
            };
            let fits = |x: &Mention| match owner {
                PatOwner::AgreementRef => x.core == CoreClass::Agreement,
                PatOwner::RegionRef => {
                    x.core == CoreClass::Place && class_of(&x.ent).as_deref() == Some("Region")
                }
                PatOwner::BodyRef(r) => {
                    x.core == CoreClass::Organization
                        && class_of(&x.ent)
                            .is_some_and(|c| ctx.ont.lexicon.body_references[r].0.contains(&c))
                }
                _ => false,
            };
            let found = self
                .mentions
                .iter()
                .filter(|x| x.last <= m.first && !x.weak && fits(x))
                .max_by_key(|x| x.last)
                .map(|x| (x.ent.clone(), x.core));
            let Some((ent, core)) = found else { continue };
            // "du ministère": the article's preposition is no part of it.
            let (first, kind) = match owner {
                PatOwner::BodyRef(_) if matches!(ctx.norm(m.first), "du" | "au") => {
                    (m.first + 1, MKind::Institution)
                }
                PatOwner::BodyRef(_) => (m.first, MKind::Institution),
                _ => (m.first, MKind::Event),
            };
            self.cover(Mention {
                first,
                last: m.last,
                sent: ctx.sent_of[m.first],
                ent,
                core,
                senses: None,
                kind,
                rule: format!(
                    "reference `{}` (anaphora)",
                    ctx.ix.patterns[m.pattern].pattern.source
                ),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
        }
    }

    /// "les trois dirigeants", "both leaders": the last people named.
    fn people_references(&mut self) {
        let ctx = self.ctx;
        let refs = ctx.scan(|p| matches!(ctx.ix.patterns[p].owner, PatOwner::PeopleRef(_)));
        for m in refs {
            let PatOwner::PeopleRef(r) = ctx.ix.patterns[m.pattern].owner else {
                continue;
            };
            let (n, relation, _, _) = &ctx.ont.lexicon.people_references[r];
            let n = *n;
            // "les deux présidents": people holding such an office, by the
            // gazetteer on the article's date or by a title in this text.
            let holds = |id: &str| {
                let Some(rel) = relation else { return true };
                let by_title = self
                    .facts
                    .iter()
                    .any(|f| f.subject == id && &f.relation == rel);
                let by_gazetteer = self.entity(id).is_some_and(|e| {
                    e.roles.iter().any(|sp| {
                        ctx.pub_date.is_none_or(|d| sp.held_on(d))
                            && ctx
                                .ont
                                .lexicon
                                .roles
                                .iter()
                                .any(|ro| ro.id == sp.title && &ro.relation == rel)
                    })
                });
                by_title || by_gazetteer
            };
            if !self.free(m.first, m.last) {
                continue;
            }
            let mut people: Vec<(usize, String)> = Vec::new();
            let mut earlier: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|x| x.last <= m.first && x.core == CoreClass::Person && !x.title)
                .filter(|x| holds(&x.ent))
                .collect();
            earlier.sort_by_key(|x| std::cmp::Reverse(x.last));
            for x in earlier {
                if !people.iter().any(|(_, p)| *p == x.ent) {
                    people.push((x.first, x.ent.clone()));
                }
                if people.len() == n {
                    break;
                }
            }
            if people.len() < n {
                continue;
            }
            let people = people.into_iter().map(|(_, p)| p).collect();
            self.push_reference(&m, people, CoreClass::Person);
        }
    }

    /// One mention per entity a reference phrase stands for ("les deux
    /// pays", "the two leaders"), covering the phrase.
    fn push_reference(&mut self, m: &PatMatch, ids: Vec<String>, core: CoreClass) {
        let ctx = self.ctx;
        let rule = format!("reference `{}`", ctx.ix.patterns[m.pattern].pattern.source);
        for ent in ids {
            self.mentions.push(Mention {
                first: m.first,
                last: m.last,
                sent: ctx.sent_of[m.first],
                ent,
                core,
                senses: None,
                kind: MKind::Collective,
                rule: rule.clone(),
                nested: false,
                weak: false,
                title: false,
                locative: false,
                acting: false,
            });
        }
        for i in m.first..m.last {
            self.covered[i] = Some(self.mentions.len() - 1);
        }
    }

    /// "les deux pays", "les deux camps": the two states the article has
    /// named most often before, the later named first among equals. A
    /// mediator or a third state named last ("Moscou a annoncé une trêve.
    /// Les deux camps…") is not one of the two.
    fn collective_references(&mut self) {
        let ctx = self.ctx;
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::CollectiveRef) {
            if !self.free(m.first, m.last) {
                continue;
            }
            // State -> (times named, last position). A state named inside
            // a body's name ("ministère de la Défense de l'Azerbaïdjan")
            // counts as named.
            let mut named: BTreeMap<String, (usize, usize)> = BTreeMap::new();
            for x in &self.mentions {
                if x.first >= m.first {
                    continue;
                }
                let st = match (&x.senses, x.core) {
                    (Some(_), _) => x.sense_state(ctx).cloned(),
                    (None, CoreClass::State) => Some(x.ent.clone()),
                    _ => None,
                };
                if let Some(s) = st {
                    let e = named.entry(s).or_insert((0, 0));
                    e.0 += 1;
                    e.1 = e.1.max(x.first);
                }
            }
            // Two states must have been named; their demonyms then count
            // too ("les forces arméniennes") in ranking them.
            if named.len() < 2 {
                continue;
            }
            for i in 0..m.first {
                if let Some(&g) = ctx.adj_at[i].first() {
                    let e = named
                        .entry(ctx.ont.gazetteer.entities()[g].id.clone())
                        .or_insert((0, 0));
                    e.0 += 1;
                    e.1 = e.1.max(i);
                }
            }
            let mut ranked: Vec<(String, (usize, usize))> = named.into_iter().collect();
            ranked.sort_by_key(|b| std::cmp::Reverse(b.1));
            if ranked.len() < 2 {
                continue;
            }
            let states = ranked.into_iter().take(2).map(|(s, _)| s).collect();
            self.push_reference(&m, states, CoreClass::State);
        }
    }

    /// "their leaders" after "Armenia and Azerbaijan": for each of the
    /// last two states named (in this sentence or the one before), the
    /// person the article makes its leader, the nearest to the phrase; or,
    /// when the article names none, the only leader the gazetteer knows for
    /// it on the article's date.
    fn head_references(&mut self) {
        let ctx = self.ctx;
        let leads = |id: &str, state: &str, facts: &[Fact]| {
            facts
                .iter()
                .any(|f| f.subject == id && f.object == state && f.relation == "leader_of")
                || self.entity(id).is_some_and(|e| {
                    e.roles
                        .iter()
                        .any(|r| r.of == state && self.is_leader_role(r))
                })
        };
        let mut found = Vec::new();
        for m in ctx.scan(|p| ctx.ix.patterns[p].owner == PatOwner::HeadsRef) {
            if !self.free(m.first, m.last) {
                continue;
            }
            let sent = ctx.sent_of[m.first];
            let mut before: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|x| x.last <= m.first && !x.nested && ctx.sent_of[x.first] + 1 >= sent)
                .collect();
            before.sort_by_key(|x| std::cmp::Reverse(x.last));
            let mut states: Vec<String> = Vec::new();
            for x in before {
                if x.core == CoreClass::State && x.senses.is_none() && !states.contains(&x.ent) {
                    states.push(x.ent.clone());
                }
                if states.len() == 2 {
                    break;
                }
            }
            if states.len() < 2 {
                continue;
            }
            let mut heads: Vec<String> = Vec::new();
            for st in &states {
                let named = self
                    .mentions
                    .iter()
                    .filter(|x| x.core == CoreClass::Person && !x.title)
                    .filter(|x| leads(&x.ent, st, &self.facts))
                    .min_by_key(|x| x.first.abs_diff(m.first))
                    .map(|x| x.ent.clone());
                let head = named.or_else(|| {
                    let mut known = ctx.ont.gazetteer.entities().iter().filter(|e| {
                        e.roles
                            .iter()
                            .any(|r| r.of == *st && self.is_leader_role(r))
                    });
                    match (known.next(), known.next()) {
                        (Some(e), None) => Some(e.id.clone()),
                        _ => None,
                    }
                });
                match head {
                    Some(h) if !heads.contains(&h) => heads.push(h),
                    _ => {}
                }
            }
            if heads.len() == 2 {
                found.push((m, heads));
            }
        }
        for (m, heads) in found {
            self.push_reference(&m, heads, CoreClass::Person);
        }
    }

    /// Whether a gazetteer role span is a head's office (a `leader_of`
    /// title) held on the article's date.
    fn is_leader_role(&self, span: &RoleSpell) -> bool {
        let ctx = self.ctx;
        ctx.pub_date.is_none_or(|d| span.held_on(d))
            && ctx
                .ont
                .lexicon
                .roles
                .iter()
                .any(|ro| ro.id == span.title && ro.relation == "leader_of")
    }

    /// "le territoire de l'Arménie", "Armenia's territory": the state named
    /// as land is a place, so it can be occupied, shelled or deployed to.
    fn territories(&mut self) {
        let ctx = self.ctx;
        let lex = &ctx.ont.lexicon;
        let n = ctx.toks.len();
        for m in &mut self.mentions {
            if m.core != CoreClass::State
                || m.senses.is_some()
                || m.nested
                || m.kind == MKind::Demonym
            {
                continue;
            }
            let mut k = m.first;
            if k > 0
                && lex.is_determiner(ctx.lang, ctx.norm(k - 1))
                && !matches!(ctx.norm(k - 1), "de" | "d'" | "du")
            {
                k -= 1;
            }
            let of_before = k > 1
                && matches!(ctx.norm(k - 1), "de" | "d'" | "du" | "of")
                && lex.is_territory_noun(ctx.lang, ctx.norm(k - 2));
            let possessive = m.last + 1 < n
                && ctx.norm(m.last) == "'s"
                && lex.is_territory_noun(ctx.lang, ctx.norm(m.last + 1));
            if of_before || possessive {
                m.core = CoreClass::Place;
                m.rule.push_str("; territory");
            }
        }
    }

    /// Bare demonyms ("positions azerbaïdjanaises") and compounds
    /// ("arméno-russe"): weak mentions of the states.
    fn demonyms(&mut self) {
        let ctx = self.ctx;
        let n = ctx.toks.len();
        let mut i = 0;
        while i < n {
            if self.covered[i].is_some() {
                i += 1;
                continue;
            }
            // Compound: prefix - demonym.
            if i + 2 < n && ctx.is_hyphen(i + 1) && !ctx.adj_at[i + 2].is_empty() {
                if let Some(first_states) = ctx.ix.prefixes.get(&ctx.toks[i].norm) {
                    let a = ctx.ont.gazetteer.entities()[first_states[0]].id.clone();
                    let b = ctx.ont.gazetteer.entities()[ctx.adj_at[i + 2][0]]
                        .id
                        .clone();
                    for s in [a, b] {
                        self.mentions.push(Mention {
                            first: i,
                            last: i + 3,
                            sent: ctx.sent_of[i],
                            ent: s,
                            core: CoreClass::State,
                            senses: None,
                            kind: MKind::Demonym,
                            rule: "demonym:compound".into(),
                            nested: false,
                            weak: true,
                            title: false,
                            locative: false,
                            acting: false,
                        });
                    }
                    i += 3;
                    continue;
                }
            }
            if let Some(&st) = ctx.adj_at[i].first() {
                let t = &ctx.toks[i];
                // Capitalised demonyms in French are nouns for people ("les Arméniens").
                if !(ctx.lang == crate::corpus::Lang::Fr
                    && t.upper
                    && i > 0
                    && !ctx.toks[i].newline_before)
                    || ctx.lang == crate::corpus::Lang::En
                {
                    let e = &ctx.ont.gazetteer.entities()[st];
                    // "le territoire arménien", "Armenian soil": the state's
                    // land, a place (still weak: a name after it is preferred).
                    let lex = &ctx.ont.lexicon;
                    let land = e.core == CoreClass::State
                        && match ctx.lang {
                            crate::corpus::Lang::Fr => {
                                i > 0 && lex.is_territory_noun(ctx.lang, ctx.norm(i - 1))
                            }
                            crate::corpus::Lang::En => {
                                i + 1 < n && lex.is_territory_noun(ctx.lang, ctx.norm(i + 1))
                            }
                        };
                    self.mentions.push(Mention {
                        first: i,
                        last: i + 1,
                        sent: ctx.sent_of[i],
                        ent: e.id.clone(),
                        core: if land { CoreClass::Place } else { e.core },
                        senses: None,
                        kind: MKind::Demonym,
                        rule: if land { "demonym:territory" } else { "demonym" }.into(),
                        nested: false,
                        weak: true,
                        title: false,
                        locative: false,
                        acting: false,
                    });
                }
            }
            i += 1;
        }
    }

    /// A capital or seat of power is the state when it acts or is spoken
    /// of as an actor ("Bakou a prévenu", "les avertissements de Bakou"),
    /// and the place after a locative preposition ("à Bakou", "au Kremlin")
    /// or a place noun ("la ville de Bakou").
    fn metonymy(&mut self) {
        let ctx = self.ctx;
        let reporting_at = |k: usize| {
            !ctx.matches_at(k, |p| ctx.ix.patterns[p].owner == PatOwner::Reporting)
                .is_empty()
        };
        // "la Russie et Bakou", "Erevan et Bakou": a capital coordinated with
        // a state is a state too.
        let state_ends: BTreeSet<usize> = self
            .mentions
            .iter()
            .filter(|x| x.core == CoreClass::State || x.senses.is_some())
            .map(|x| x.last)
            .collect();
        let state_starts: BTreeSet<usize> = self
            .mentions
            .iter()
            .filter(|x| x.core == CoreClass::State || x.senses.is_some())
            .map(|x| x.first)
            .collect();
        // "le sommet de Minsk", "the Sochi summit": a capital naming where
        // an event happened is the place.
        let event_bounds: BTreeSet<(usize, bool)> = self
            .mentions
            .iter()
            .filter(|x| x.kind == MKind::Event)
            .flat_map(|x| [(x.first, true), (x.last, false)])
            .collect();
        for m in self.mentions.iter_mut() {
            let Some((place, state)) = m.senses.clone() else {
                continue;
            };
            let mut after = m.last + 1;
            while matches!(ctx.norm(after), "le" | "la" | "l'" | "les" | "the") {
                after += 1;
            }
            let coordinated = (k_coord(ctx, m.first)
                && state_ends.contains(&(m.first.saturating_sub(1))))
                || (matches!(ctx.norm(m.last), "et" | "and") && state_starts.contains(&after));
            let mut k = m.first;
            while k > 0 && matches!(ctx.norm(k - 1), "le" | "la" | "l'" | "les" | "the") {
                k -= 1;
            }
            let prev = if k > 0 { ctx.norm(k - 1) } else { "" };
            let prev2 = if k > 1 { ctx.norm(k - 2) } else { "" };
            let next = ctx.norm(m.last);
            let lex = &ctx.ont.lexicon;
            let acts = lex.is_auxiliary(ctx.lang, next)
                || lex.is_negation(ctx.lang, next)
                || (m.last < ctx.toks.len() && reporting_at(m.last));
            let names_event = (matches!(prev, "de" | "d'" | "du" | "of")
                && k >= 1
                && event_bounds.contains(&(k - 1, false)))
                || event_bounds.contains(&(m.last, true));
            let spoken_of = !names_event
                && ((prev == "to" && prev2 == "according")
                    || lex.is_actor_preposition(ctx.lang, prev)
                        && !lex.is_place_noun(ctx.lang, prev2));
            let place_core = ctx.entity_core(&place).unwrap_or(CoreClass::Place);
            let stands_core = ctx.entity_core(&state).unwrap_or(CoreClass::State);
            // Elsewhere the state: news speaks of capitals as actors far
            // more often than as places ("la Russie et Bakou uniront…").
            // "reprochant à Moscou": after a verb, "à" says to whom; after a
            // verb of meeting ("se sont rencontrés à Bruxelles"), where.
            let acting_cue = |p: usize| match ctx.ix.patterns[p].owner {
                PatOwner::Cue(c) => !ctx
                    .ont
                    .schema
                    .relation(&ctx.ont.lexicon.cues[c].relation)
                    .is_some_and(|r| r.symmetric),
                PatOwner::Reporting => true,
                _ => false,
            };
            // "turned first to Moscow": a cue that ends on the preposition
            // ("turn to") makes it say to whom, with words between.
            let dative = matches!(prev, "a" | "to")
                && k >= 2
                && (!ctx.matches_at(k - 2, acting_cue).is_empty()
                    || (k.saturating_sub(5)..k - 1)
                        .any(|j| ctx.matches_at(j, acting_cue).iter().any(|x| x.last == k)));
            let place_context = names_event
                || (lex.is_locative(ctx.lang, prev) && !dative)
                || (matches!(prev, "de" | "d'" | "du" | "of")
                    && lex.is_place_noun(ctx.lang, prev2));
            // "à Moscou a réuni…": after a locative, a following verb is not
            // the capital's.
            let acts = acts && !place_context;
            m.locative = place_context && !spoken_of;
            m.acting = acts || spoken_of || coordinated;
            if m.acting || !place_context {
                m.ent = state;
                m.core = stands_core;
                m.rule = format!("{}; metonymy:state", m.rule);
            } else {
                m.ent = place;
                m.core = place_core;
                m.rule = format!("{}; metonymy:place", m.rule);
            }
        }
    }

    /// Records the mentions in the registry (weak ones only when used).
    pub fn register(&mut self, facts: &[Fact]) {
        let ctx = self.ctx;
        let used: BTreeSet<&str> = facts
            .iter()
            .flat_map(|f| {
                [f.subject.as_str(), f.object.as_str()]
                    .into_iter()
                    .chain(f.attributed_to.as_deref())
            })
            .collect();
        // A capital counts in the sense its sentence's facts use it in ("se
        // tourner vers Moscou" is Russia).
        let used_in = |m: &Mention, id: &str| {
            let (a, b) = (ctx.toks[m.first].start, ctx.toks[m.last - 1].end);
            facts.iter().any(|f| {
                f.sentence == m.sent
                    && f.start <= a
                    && b <= f.end
                    && (f.subject == id || f.object == id || f.attributed_to.as_deref() == Some(id))
            })
        };
        let mut mentions = std::mem::take(&mut self.mentions);
        for m in mentions.iter_mut() {
            if let Some((place, state)) = m.senses.as_ref().filter(|_| !m.locative) {
                if m.ent == *place && used_in(m, state) && !used_in(m, place) {
                    m.ent = state.clone();
                    m.core = ctx.entity_core(state).unwrap_or(CoreClass::State);
                    m.rule = format!("{}; used as the state", m.rule);
                } else if m.ent == *state
                    && ((used_in(m, place) && !used_in(m, state))
                        || (!m.acting
                            && !used.contains(state.as_str())
                            && !subject_position(ctx, m)))
                {
                    m.ent = place.clone();
                    m.core = ctx.entity_core(place).unwrap_or(CoreClass::Place);
                    m.rule = format!("{}; used as the place", m.rule);
                }
            }
        }
        self.mentions = mentions;
        for m in &self.mentions {
            if m.weak && !used.contains(m.ent.as_str()) {
                continue;
            }
            if m.title {
                continue;
            }
            if !self.reg.map.contains_key(&m.ent) {
                if let Some(&g) = ctx.ix.entity_index.get(&m.ent) {
                    let e = &ctx.ont.gazetteer.entities()[g];
                    self.reg.ensure(gazetteer_entity(e));
                } else {
                    continue;
                }
            }
            let text = ctx.surface(m.first, m.last).to_string();
            let ent = self.reg.map.get_mut(&m.ent).expect("registered");
            if m.kind == MKind::Name && m.senses.is_none() {
                ent.aliases.insert(text.clone());
            }
            let ev = MentionEvidence {
                start: ctx.toks[m.first].start,
                end: ctx.toks[m.last - 1].end,
                text,
                sentence: m.sent,
                rule: m.rule.clone(),
            };
            if !ent.mentions.contains(&ev) {
                ent.mentions.push(ev);
            }
        }
        for e in self.reg.map.values_mut() {
            e.mentions.sort_by_key(|m| (m.start, m.end));
        }
    }
}

/// Fills `{adj:xx}`, `{adj}` and `{state}` in a label template.
fn fill_template(
    tpl: &str,
    adj: impl Fn(Option<&str>) -> Option<String>,
    state_label: &str,
) -> String {
    let mut out = String::new();
    let mut rest = tpl;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let slot = &rest[open + 1..open + close];
        let value = match slot.split_once(':') {
            Some(("adj", tag)) => adj(Some(tag)),
            _ if slot == "adj" => adj(None),
            _ => None,
        };
        match value {
            Some(v) => out.push_str(&v),
            None => out.push_str(state_label),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quotes that open a name: « , " and “.
fn is_open_quote(norm: &str) -> bool {
    matches!(norm, "«" | "\"" | "“")
}

/// Quotes that close a name: » , " and ”.
fn is_close_quote(norm: &str) -> bool {
    matches!(norm, "»" | "\"" | "”")
}
