//! Language knowledge: grammar words (`lexicon.toml`), institution kinds
//! (`institutions.toml`), role titles (`roles.toml`) and relation cues
//! (`cues.toml`), compiled into [`Pattern`]s the extractor matches.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::{parse_toml, OntologyError, Schema, SourceFile};
use crate::corpus::Lang;
use crate::extract::normalize::{fold, stem};
use crate::graph::CoreClass;

/// A word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PatTok {
    /// A word after case and accent folding (`ministere`).
    Word(String),
    /// A word known by its stem (`bombard*` in the data, or the first word of
    /// a verb cue), with irregular forms listed after `|`.
    Stem { stem: String, forms: Vec<String> },
    /// `de`, `d'`, `du`, `des`, `of`, with an optional article after it.
    De,
    /// A demonym of a state in any gender and number (`{adj}`).
    Adj,
    /// A state, or a capital or seat of power standing for it (`{state}`).
    State,
    /// An organisation (`{org}`).
    Org,
}

/// A compiled pattern with the text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pattern {
    pub toks: Vec<PatTok>,
    pub source: String,
    /// Up to three words may stand between the verb and the rest of the
    /// phrase ("asked Russia for help", "a repris le contrôle total de").
    pub gaps: bool,
    /// The first word is a verb: a noun sharing its stem ("reporters",
    /// "déclaration") does not match it.
    pub verb: bool,
}

impl Pattern {
    /// True when the pattern names the state it refers to.
    pub fn has_state_slot(&self) -> bool {
        self.toks
            .iter()
            .any(|t| matches!(t, PatTok::Adj | PatTok::State))
    }

    pub fn has_slot(&self) -> bool {
        self.toks
            .iter()
            .any(|t| matches!(t, PatTok::Adj | PatTok::State | PatTok::Org))
    }
}

/// Splits a pattern's text into words the way the tokenizer splits text:
/// elided articles (`l'`, `d'`) stand alone, hyphens separate words.
pub fn pattern_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in text.split_whitespace() {
        // "l'{state}": the article, then the slot.
        let (chunk, slot) = match chunk.find('{') {
            Some(i) if i > 0 => (&chunk[..i], Some(&chunk[i..])),
            _ => (chunk, None),
        };
        // Slots, stems (`bombard*`), alternatives (`dire|dit`) and a lone
        // elided article (`l'`) stay whole.
        let elided = chunk.ends_with('\'') || chunk.ends_with('\u{2019}');
        // "co-chair|co-chaired": the shared hyphenated prefix is words of
        // its own, as the tokenizer splits it; the alternatives follow.
        if chunk.contains('|') && chunk.contains('-') {
            let alts: Vec<&str> = chunk.split('|').collect();
            let prefix = |a: &str| a.rfind('-').map(|i| a[..i].to_string());
            if let Some(p) =
                prefix(alts[0]).filter(|p| alts.iter().all(|a| prefix(a).as_ref() == Some(p)))
            {
                words.extend(p.split('-').filter(|w| !w.is_empty()).map(str::to_string));
                let rest: Vec<&str> = alts.iter().map(|a| &a[p.len() + 1..]).collect();
                words.push(rest.join("|"));
                words.extend(slot.map(str::to_string));
                continue;
            }
        }
        if chunk.starts_with('{') || chunk.ends_with('*') || chunk.contains('|') || elided {
            words.push(chunk.replace('\u{2019}', "'"));
            words.extend(slot.map(str::to_string));
            continue;
        }
        // A possessive written alone ("{state} 's"), as the tokenizer
        // splits it after a word.
        if matches!(chunk, "'s" | "\u{2019}s") {
            words.push("'s".into());
            words.extend(slot.map(str::to_string));
            continue;
        }
        // Everything else is split exactly as the tokenizer splits text.
        for t in crate::extract::tokenize::tokenize(chunk, 0) {
            let w = &chunk[t.start..t.end];
            if w != "-" {
                words.push(w.replace('\u{2019}', "'"));
            }
        }
        words.extend(slot.map(str::to_string));
    }
    words
}

/// Compiles a pattern: `{adj}`, `{state}`, `{org}` are slots, `de` stands for
/// every form of the preposition, a word ending in `*` is matched by its
/// stem, and `a|b` lists alternative forms of a stemmed word.
pub fn compile_pattern(text: &str, lang: Lang, first_is_verb: bool) -> Result<Pattern, String> {
    let words = pattern_words(text);
    if words.is_empty() {
        return Err("empty pattern".into());
    }
    let mut toks = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let tok = match w.as_str() {
            "{adj}" => PatTok::Adj,
            "{state}" => PatTok::State,
            "{org}" => PatTok::Org,
            s if s.starts_with('{') => {
                return Err(format!(
                    "unknown slot `{s}`; expected {{adj}}, {{state}} or {{org}}"
                ))
            }
            s => {
                let folded = fold(s);
                if matches!(folded.as_str(), "de" | "d'" | "du" | "des")
                    || (lang == Lang::En && folded == "of")
                {
                    PatTok::De
                } else if (i == 0 && first_is_verb) || s.ends_with('*') || s.contains('|') {
                    let mut alts = s.trim_end_matches('*').split('|');
                    let lemma = alts.next().unwrap_or_default();
                    PatTok::Stem {
                        stem: stem(&lemma.to_lowercase(), lang),
                        forms: alts.flat_map(|a| agreeing_forms(a, lang)).collect(),
                    }
                } else {
                    PatTok::Word(folded)
                }
            }
        };
        toks.push(tok);
    }
    Ok(Pattern {
        gaps: first_is_verb && toks.len() > 1,
        verb: first_is_verb,
        toks,
        source: text.to_string(),
    })
}

/// An irregular form as written, and, for a French past participle in "-é",
/// "-u" or "-i", the forms that agree with a feminine or plural noun:
/// "soutenu" also matches "soutenue", "soutenus", "soutenues".
fn agreeing_forms(form: &str, lang: Lang) -> Vec<String> {
    let base = fold(form);
    let lower = form.to_lowercase();
    let participle = lang == Lang::Fr && ["é", "u", "i"].iter().any(|e| lower.ends_with(e));
    if !participle {
        return vec![base];
    }
    ["", "e", "s", "es"]
        .iter()
        .map(|e| format!("{base}{e}"))
        .collect()
}

/// Words in French and English, as written in the data files.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ByLang {
    #[serde(default)]
    pub fr: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl ByLang {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// A kind of state body recognised with a state ("ministère azerbaïdjanais de
/// la Défense").
#[derive(Debug, Clone)]
pub struct Institution {
    pub kind: String,
    pub class: String,
    /// Label templates by language: `{adj:ms}`, `{adj:fp}`, `{adj}` (English),
    /// `{state}` are filled in with the state's forms.
    pub label: BTreeMap<String, String>,
    pub patterns: Vec<(Lang, Pattern)>,
}

/// An office and the relation its holder has to the body it serves.
#[derive(Debug, Clone)]
pub struct Role {
    pub id: String,
    /// `leader_of` or `official_of`.
    pub relation: String,
    pub patterns: Vec<(Lang, Pattern)>,
    /// The title names whoever leads the state, whatever the office ("the
    /// Russian leader"): see the gazetteer's `[[entity.leader]]`.
    pub leads: bool,
}

/// How a cue signals its relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    Verb,
    Noun,
}

/// One cue of a relation.
#[derive(Debug, Clone)]
pub struct Cue {
    pub relation: String,
    pub lang: Lang,
    pub kind: CueKind,
    pub pattern: Pattern,
    /// Prepositions that introduce the object (`contre`, `à`, `from`).
    pub object_preps: Vec<String>,
    /// True when the grammatical subject is the relation's object.
    pub inverse: bool,
    /// A symmetric verb whose coordinated objects also relate to each other
    /// ("Macron a réuni Pachinian et Aliev": the two met).
    pub gathers: bool,
    /// A visit: a person at one end may have at the other the state he
    /// visits ("la visite de Poutine en Azerbaïdjan").
    pub visits: bool,
    /// The object is only ever after one of `object_preps` ("ont éclaté
    /// entre l'Arménie et l'Azerbaïdjan" names no place).
    pub prep_object: bool,
    /// The noun's "de"/"of" complement is who acts ("le retrait des
    /// troupes"), never the object of the clause's subject.
    pub complement_is_agent: bool,
    /// The verb counts only in its reflexive form, with a coordinated
    /// subject acting on itself ("A et B se sont vus"): "voir" alone says
    /// nothing of a meeting.
    pub reflexive: bool,
    /// A relation placed inside an organisation ("alliée de l'Arménie au
    /// sein de l'OTSC") also gives both parties this relation to it.
    pub within: Option<String>,
    pub line: usize,
    pub file: String,
}

/// A kind of event or agreement and the nouns that name it.
#[derive(Debug, Clone)]
pub struct EventKind {
    pub kind: String,
    /// Kinds of one family stand in for each other when no entry of the
    /// exact kind fits ("la guerre de septembre 2023" is the offensive).
    pub family: Option<String>,
    pub class: String,
    pub heads: Vec<(Lang, Pattern)>,
}

/// All the language knowledge the extractor uses.
/// The grammatical gender of a French noun or name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// A noun that introduces a place by name (`[[settlement]]` in
/// lexicon.toml): "village" in "le village de Sotk".
#[derive(Debug, Clone)]
pub struct Settlement {
    /// Folded nouns by language.
    pub nouns: BTreeMap<Lang, BTreeSet<String>>,
    /// A schema class under Place.
    pub class: String,
}

/// A subject pronoun and what it may stand for (`[[pronoun]]` in
/// `lexicon.toml`).
#[derive(Debug, Clone)]
pub struct Pronoun {
    /// Its forms, folded, with their language.
    pub words: Vec<(Lang, String)>,
    /// The gender its antecedent must agree with (French).
    pub gender: Option<Gender>,
    /// Core classes it may stand for, in tiers: an antecedent of an earlier
    /// tier wins over one of a later tier.
    pub refers_to: Vec<Vec<CoreClass>>,
    /// What follows the pronoun when it stands for nothing ("il y a").
    pub impersonal: Vec<(Lang, Pattern)>,
    /// Forms after "selon" or "according to" ("selon lui", "according to
    /// her"), folded, with their language.
    pub after_source: Vec<(Lang, String)>,
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub reporting: Vec<(Lang, Pattern)>,
    pub according_to: Vec<(Lang, Pattern)>,
    pub negation: BTreeMap<Lang, BTreeSet<String>>,
    /// "après", "before": a time before one of these does not date what follows.
    pub sequence: BTreeMap<Lang, BTreeSet<String>>,
    /// "vers", "around": the date that follows is approximate.
    pub approximation: BTreeMap<Lang, BTreeSet<String>>,
    /// "notamment", "including": the names after it are members of a vague
    /// noun phrase before it.
    pub examples: Vec<(Lang, Pattern)>,
    /// "dont", "of which": a relative pronoun standing for a complement.
    pub relative_of: Vec<(Lang, Pattern)>,
    /// "dont", "whose": a relative pronoun for the owner of the noun after it.
    pub relative_owner: Vec<(Lang, Pattern)>,
    /// "par laquelle", "under which": a relative pronoun through which an
    /// agreement's parties act ("une déclaration par laquelle A et B
    /// renoncent à la force").
    pub agreement_relative: Vec<(Lang, Pattern)>,
    /// "au sein de", "in": a relation inside an organisation.
    pub within: Vec<(Lang, Pattern)>,
    pub future: Vec<(Lang, Pattern)>,
    pub conditional: Vec<(Lang, Pattern)>,
    pub coordination: BTreeMap<Lang, BTreeSet<String>>,
    pub auxiliaries: BTreeMap<Lang, BTreeSet<String>>,
    /// Stems of light verbs ("lancer", "offer").
    pub light_verbs: BTreeMap<Lang, BTreeSet<String>>,
    /// Endings of infinitives and gerunds, and the prepositions before
    /// which a cue word with such an ending is a verb ("menace d'attaquer").
    pub nonfinite_endings: BTreeMap<Lang, BTreeSet<String>>,
    pub nonfinite_prepositions: BTreeMap<Lang, BTreeSet<String>>,
    /// Endings of present participles ("tuant", "killing"): after a comma,
    /// such a verb shares the subject of the clause before it.
    pub participle_endings: BTreeMap<Lang, BTreeSet<String>>,
    /// Prepositions after an event that introduce its target.
    pub event_target: BTreeMap<Lang, BTreeSet<String>>,
    /// Stems of words of responding ("riposter", "respond").
    pub response: BTreeMap<Lang, BTreeSet<String>>,
    /// Stems of nouns of hostile acts ("provocation", "shelling").
    pub hostile_acts: BTreeMap<Lang, BTreeSet<String>>,
    /// Prepositions that introduce who carried out a hostile act.
    pub act_owner: BTreeMap<Lang, BTreeSet<String>>,
    /// Conjunctions after which a verb shares the previous clause's subject.
    pub verb_coordination: BTreeMap<Lang, BTreeSet<String>>,
    pub clause_break: Vec<(Lang, Pattern)>,
    pub locative: BTreeMap<Lang, BTreeSet<String>>,
    pub agent: BTreeMap<Lang, BTreeSet<String>>,
    pub determiners: BTreeMap<Lang, BTreeSet<String>>,
    pub place_nouns: BTreeMap<Lang, BTreeSet<String>>,
    /// "territoire", "soil": a state named after (or, in English, before)
    /// one of these is its land, a place.
    pub territory_nouns: BTreeMap<Lang, BTreeSet<String>>,
    /// "its", "son": a possessive before a place noun ("its Nakhchivan
    /// exclave") names the state just mentioned as the owner.
    pub land_possessives: BTreeMap<Lang, BTreeSet<String>>,
    /// "its", "son", "leur": a possessive before a role noun in apposition
    /// ("Armenia, its ally") names the actor named before the apposition as
    /// the one the role is held towards.
    pub role_possessives: BTreeMap<Lang, BTreeSet<String>>,
    /// "loin de", "far from": what follows is where nothing happens.
    pub distant: BTreeMap<Lang, BTreeSet<String>>,
    /// "en" in "tout en soulignant": the present participle after it
    /// shares the subject of the clause's verb.
    pub gerund_markers: BTreeMap<Lang, BTreeSet<String>>,
    /// Adjectives that stand before a noun ("une nouvelle visite", "the
    /// deadly attacks"): between a determiner and a cue word they make it a
    /// noun.
    pub prenominal_adjectives: BTreeMap<Lang, BTreeSet<String>>,
    pub honorifics: BTreeMap<Lang, BTreeSet<String>>,
    pub name_particles: BTreeSet<String>,
    pub reciprocal: Vec<(Lang, Pattern)>,
    pub actor_prepositions: BTreeMap<Lang, BTreeSet<String>>,
    /// Verbs that deny the clause they govern ("démentir", "deny").
    pub denial: Vec<(Lang, Pattern)>,
    pub agreement_references: Vec<(Lang, Pattern)>,
    pub region_references: Vec<(Lang, Pattern)>,
    pub state_references: Vec<(Lang, Pattern)>,
    pub collective_references: Vec<(Lang, Pattern)>,
    /// "their leaders": the heads of the states just named.
    pub head_references: Vec<(Lang, Pattern)>,
    /// "les deux dirigeants": (how many people, pattern).
    /// (count, relation the people must hold an office by, language, pattern).
    pub people_references: Vec<(usize, Option<String>, Lang, Pattern)>,
    /// "le ministère", "the alliance": (the gazetteer classes the last body
    /// named must have, language, pattern).
    pub body_references: Vec<(Vec<String>, Lang, Pattern)>,
    pub pronouns: Vec<Pronoun>,
    /// "le village de X", "the town of X": a settlement noun and the Place
    /// subclass of the unknown place it introduces.
    pub settlements: Vec<Settlement>,
    pub subordinators: BTreeMap<Lang, BTreeSet<String>>,
    /// French words before a noun that make it masculine, feminine.
    pub masculine: BTreeSet<String>,
    pub feminine: BTreeSet<String>,
    pub event_kinds: Vec<EventKind>,
    pub institutions: Vec<Institution>,
    pub roles: Vec<Role>,
    pub cues: Vec<Cue>,
}

/// Irregular verbs by language: the infinitive, then its past participle
/// and the other forms a stemmer cannot bring back to it.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawIrregular {
    #[serde(default)]
    fr: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    en: BTreeMap<String, Vec<String>>,
}

impl RawIrregular {
    fn get(&self, lang: Lang) -> &BTreeMap<String, Vec<String>> {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// Folded forms by the stem of their infinitive. The first form is the
    /// past participle: in French it also agrees ("ouvert", "ouverte",
    /// "ouverts", "ouvertes").
    fn forms_by_stem(&self) -> BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>> {
        let mut out: BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        for lang in LANGS {
            for (infinitive, forms) in self.get(lang) {
                let entry = out
                    .entry(lang)
                    .or_default()
                    .entry(stem(infinitive, lang))
                    .or_default();
                for (i, form) in forms.iter().enumerate() {
                    let base = fold(form);
                    if i == 0 && lang == Lang::Fr {
                        let endings: &[&str] = if base.ends_with('s') {
                            &["e", "es"]
                        } else {
                            &["e", "s", "es"]
                        };
                        entry.extend(endings.iter().map(|e| format!("{base}{e}")));
                    }
                    entry.insert(base);
                }
            }
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    reporting: ByLang,
    according_to: ByLang,
    negation: ByLang,
    sequence: ByLang,
    approximation: ByLang,
    examples: ByLang,
    relative_of: ByLang,
    #[serde(default)]
    relative_owner: ByLang,
    #[serde(default)]
    agreement_relative: ByLang,
    within: ByLang,
    future: ByLang,
    conditional: ByLang,
    coordination: ByLang,
    auxiliaries: ByLang,
    light_verbs: ByLang,
    nonfinite_endings: ByLang,
    nonfinite_prepositions: ByLang,
    participle_endings: ByLang,
    event_target: ByLang,
    #[serde(default)]
    response: ByLang,
    #[serde(default)]
    hostile_acts: ByLang,
    #[serde(default)]
    act_owner: ByLang,
    verb_coordination: ByLang,
    clause_break: ByLang,
    locative: ByLang,
    agent: ByLang,
    determiners: ByLang,
    place_nouns: ByLang,
    territory_nouns: ByLang,
    #[serde(default)]
    land_possessives: ByLang,
    #[serde(default)]
    role_possessives: ByLang,
    #[serde(default)]
    distant: ByLang,
    #[serde(default)]
    gerund_markers: ByLang,
    #[serde(default)]
    prenominal_adjectives: ByLang,
    honorifics: ByLang,
    name_particles: Vec<String>,
    reciprocal: ByLang,
    denial: ByLang,
    actor_prepositions: ByLang,
    agreement_references: ByLang,
    region_references: ByLang,
    state_references: ByLang,
    collective_references: ByLang,
    #[serde(default)]
    head_references: ByLang,
    #[serde(default)]
    event_kind: Vec<Spanned<RawEventKind>>,
    #[serde(default)]
    people_reference: Vec<Spanned<RawPeopleRef>>,
    #[serde(default)]
    body_reference: Vec<Spanned<RawBodyRef>>,
    subordinators: ByLang,
    grammatical_gender: RawGender,
    #[serde(default)]
    irregular_verbs: RawIrregular,
    #[serde(default)]
    pronoun: Vec<Spanned<RawPronoun>>,
    #[serde(default)]
    settlement: Vec<Spanned<RawSettlement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettlement {
    class: String,
    nouns: ByLang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGender {
    masculine: Vec<String>,
    feminine: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPronoun {
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    gender: Option<String>,
    refers_to: Vec<String>,
    #[serde(default)]
    impersonal: ByLang,
    #[serde(default)]
    after_source: ByLang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBodyRef {
    /// Classes of schema.toml the body referred back to may have.
    classes: Vec<String>,
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeopleRef {
    count: usize,
    /// "les deux présidents": only people holding an office of this relation
    /// (`leader_of` or `official_of`) on the article's date.
    #[serde(default)]
    relation: Option<String>,
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventKind {
    kind: String,
    #[serde(default)]
    family: Option<String>,
    class: String,
    heads: ByLang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstitutions {
    institution: Vec<Spanned<RawInstitution>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstitution {
    kind: String,
    class: String,
    label: BTreeMap<String, String>,
    patterns: ByLang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoles {
    role: Vec<Spanned<RawRole>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: String,
    relation: String,
    titles: ByLang,
    #[serde(default)]
    leads: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    cue: Vec<Spanned<RawCue>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCue {
    relation: String,
    #[serde(default)]
    verbs: ByLang,
    #[serde(default)]
    nouns: ByLang,
    #[serde(default)]
    object_preps: ByLang,
    /// The verb's subject is the relation's object ("l'OTSC comprend l'Arménie").
    #[serde(default)]
    inverse: bool,
    /// The verb's coordinated objects relate to each other too ("réunir").
    #[serde(default)]
    gathers: bool,
    /// A person visiting a state relates to the state ("visiter").
    #[serde(default)]
    visits: bool,
    /// The object stands only after an object preposition.
    #[serde(default)]
    prep_object: bool,
    /// The noun's complement is its agent ("le retrait des troupes").
    #[serde(default)]
    complement_is_agent: bool,
    /// The verb counts only as a reflexive with a coordinated subject.
    #[serde(default)]
    reflexive: bool,
    /// Relation both parties get to an organisation the relation is placed in.
    #[serde(default)]
    within: Option<String>,
}

const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

fn stems_set(b: &ByLang) -> BTreeMap<Lang, BTreeSet<String>> {
    LANGS
        .iter()
        .map(|&l| (l, b.get(l).iter().map(|w| stem(w, l)).collect()))
        .collect()
}

fn words_set(b: &ByLang) -> BTreeMap<Lang, BTreeSet<String>> {
    LANGS
        .iter()
        .map(|&l| (l, b.get(l).iter().map(|w| fold(w)).collect()))
        .collect()
}

fn patterns(
    b: &ByLang,
    file: &SourceFile,
    line: usize,
    first_is_verb: bool,
) -> Result<Vec<(Lang, Pattern)>, OntologyError> {
    let mut out = Vec::new();
    for lang in LANGS {
        for text in b.get(lang) {
            for variant in expand_alternatives(text, first_is_verb) {
                let p = compile_pattern(&variant, lang, first_is_verb)
                    .map_err(|e| OntologyError::new(&file.name, line, format!("`{text}`: {e}")))?;
                out.push((lang, p));
            }
        }
    }
    Ok(out)
}

/// Expands `|` alternatives. A one-word alternative is an irregular form of
/// the first word ("dire|dit|disent"); a longer one is a phrase of its own,
/// written as the text shows it ("reprendre le contrôle|repris le contrôle").
/// A verb's reflexive pronoun is optional ("se retirer" also matches
/// "retirer", so "s'est retiré" and "retirer ses troupes" both fire).
pub fn expand_alternatives(text: &str, first_is_verb: bool) -> Vec<String> {
    let mut parts = text.split('|').map(str::trim).filter(|p| !p.is_empty());
    let Some(head) = parts.next() else {
        return Vec::new();
    };
    let mut forms = Vec::new();
    let mut phrases = Vec::new();
    for p in parts {
        if p.split_whitespace().count() == 1 {
            forms.push(p.to_string());
        } else {
            phrases.push(p.to_string());
        }
    }
    let strip_reflexive = |p: &str| -> String {
        if !first_is_verb {
            return p.to_string();
        }
        let lower = p.to_lowercase();
        for pre in ["se ", "s'", "s\u{2019}"] {
            if lower.starts_with(pre) {
                return p[pre.len()..].trim_start().to_string();
            }
        }
        p.to_string()
    };
    let head = strip_reflexive(head);
    let mut words = head.splitn(2, ' ');
    let first = words.next().unwrap_or_default();
    let rest = words.next().map(|r| format!(" {r}")).unwrap_or_default();
    let mut out = vec![if forms.is_empty() {
        head.clone()
    } else {
        format!("{first}|{}{rest}", forms.join("|"))
    }];
    for p in phrases {
        // A literal phrase: its first word is matched as written.
        out.push(strip_reflexive(&p));
    }
    out
}

/// For a simple title ("président"), the ways a text attaches it to a state
/// or body: "président russe", "président de la Russie", "président du
/// Conseil européen".
fn expand_title(text: &str) -> Vec<String> {
    if text.contains('{') {
        return vec![text.to_string()];
    }
    vec![
        format!("{text} {{adj}}"),
        format!("{text} de {{state}}"),
        format!("{text} de {{org}}"),
        text.to_string(),
    ]
}

fn expand_title_en(text: &str) -> Vec<String> {
    if text.contains('{') {
        return vec![text.to_string()];
    }
    vec![
        format!("{{adj}} {text}"),
        format!("{text} of {{state}}"),
        format!("{text} of {{org}}"),
        format!("{{state}} 's {text}"),
        text.to_string(),
    ]
}

/// True when `folded` is one of the words listed for `lang`.
fn in_set(sets: &BTreeMap<Lang, BTreeSet<String>>, lang: Lang, folded: &str) -> bool {
    sets.get(&lang).is_some_and(|s| s.contains(folded))
}

impl Lexicon {
    pub(crate) fn parse(
        lexicon: &SourceFile,
        institutions: &SourceFile,
        roles: &SourceFile,
        cues: &SourceFile,
        schema: &Schema,
    ) -> Result<Lexicon, OntologyError> {
        let raw: RawLexicon = parse_toml(lexicon)?;
        let irregular = raw.irregular_verbs.forms_by_stem();
        let mut lex = Lexicon {
            reporting: patterns(&raw.reporting, lexicon, 0, true)?,
            according_to: patterns(&raw.according_to, lexicon, 0, false)?,
            negation: words_set(&raw.negation),
            sequence: words_set(&raw.sequence),
            approximation: words_set(&raw.approximation),
            future: patterns(&raw.future, lexicon, 0, false)?,
            conditional: patterns(&raw.conditional, lexicon, 0, false)?,
            coordination: words_set(&raw.coordination),
            auxiliaries: words_set(&raw.auxiliaries),
            light_verbs: LANGS
                .iter()
                .map(|&l| {
                    (
                        l,
                        raw.light_verbs.get(l).iter().map(|w| stem(w, l)).collect(),
                    )
                })
                .collect(),
            nonfinite_endings: words_set(&raw.nonfinite_endings),
            nonfinite_prepositions: words_set(&raw.nonfinite_prepositions),
            participle_endings: words_set(&raw.participle_endings),
            event_target: words_set(&raw.event_target),
            response: stems_set(&raw.response),
            hostile_acts: stems_set(&raw.hostile_acts),
            act_owner: words_set(&raw.act_owner),
            verb_coordination: words_set(&raw.verb_coordination),
            clause_break: patterns(&raw.clause_break, lexicon, 0, false)?,
            locative: words_set(&raw.locative),
            agent: words_set(&raw.agent),
            determiners: words_set(&raw.determiners),
            place_nouns: words_set(&raw.place_nouns),
            territory_nouns: words_set(&raw.territory_nouns),
            land_possessives: words_set(&raw.land_possessives),
            role_possessives: words_set(&raw.role_possessives),
            distant: words_set(&raw.distant),
            gerund_markers: words_set(&raw.gerund_markers),
            prenominal_adjectives: words_set(&raw.prenominal_adjectives),
            honorifics: words_set(&raw.honorifics),
            name_particles: raw.name_particles.iter().map(|w| fold(w)).collect(),
            reciprocal: patterns(&raw.reciprocal, lexicon, 0, false)?,
            examples: patterns(&raw.examples, lexicon, 0, false)?,
            relative_of: patterns(&raw.relative_of, lexicon, 0, false)?,
            relative_owner: patterns(&raw.relative_owner, lexicon, 0, false)?,
            agreement_relative: patterns(&raw.agreement_relative, lexicon, 0, false)?,
            within: patterns(&raw.within, lexicon, 0, false)?,
            actor_prepositions: words_set(&raw.actor_prepositions),
            denial: patterns(&raw.denial, lexicon, 0, true)?,
            agreement_references: patterns(&raw.agreement_references, lexicon, 0, false)?,
            region_references: patterns(&raw.region_references, lexicon, 0, false)?,
            state_references: patterns(&raw.state_references, lexicon, 0, false)?,
            collective_references: patterns(&raw.collective_references, lexicon, 0, false)?,
            head_references: patterns(&raw.head_references, lexicon, 0, false)?,
            subordinators: words_set(&raw.subordinators),
            masculine: raw
                .grammatical_gender
                .masculine
                .iter()
                .map(|w| fold(w))
                .collect(),
            feminine: raw
                .grammatical_gender
                .feminine
                .iter()
                .map(|w| fold(w))
                .collect(),
            ..Lexicon::default()
        };
        let class_check = |class: &str, file: &SourceFile, line: usize| {
            if schema.class(class).is_none() {
                Err(OntologyError::new(
                    &file.name,
                    line,
                    format!("class `{class}` is not declared in schema.toml"),
                ))
            } else {
                Ok(())
            }
        };
        for pr in raw.people_reference {
            let line = lexicon.line_of(pr.span().start);
            let pr = pr.into_inner();
            if pr.count < 2 {
                return Err(OntologyError::new(
                    &lexicon.name,
                    line,
                    "people_reference: expected count of 2 or more",
                ));
            }
            let b = ByLang {
                fr: pr.fr,
                en: pr.en,
            };
            if let Some(r) = pr
                .relation
                .as_deref()
                .filter(|r| !matches!(*r, "leader_of" | "official_of"))
            {
                return Err(OntologyError::new(
                    &lexicon.name,
                    line,
                    format!("people_reference: relation `{r}`; expected leader_of or official_of"),
                ));
            }
            for (lang, p) in patterns(&b, lexicon, line, false)? {
                lex.people_references
                    .push((pr.count, pr.relation.clone(), lang, p));
            }
        }
        for br in raw.body_reference {
            let line = lexicon.line_of(br.span().start);
            let br = br.into_inner();
            if br.classes.is_empty() {
                return Err(OntologyError::new(
                    &lexicon.name,
                    line,
                    "body_reference: expected at least one class in `classes`",
                ));
            }
            for c in &br.classes {
                class_check(c, lexicon, line)?;
            }
            let b = ByLang {
                fr: br.fr,
                en: br.en,
            };
            for (lang, p) in patterns(&b, lexicon, line, false)? {
                lex.body_references.push((br.classes.clone(), lang, p));
            }
        }
        for pr in raw.pronoun {
            let line = lexicon.line_of(pr.span().start);
            let pr = pr.into_inner();
            let err =
                |msg: String| OntologyError::new(&lexicon.name, line, format!("pronoun: {msg}"));
            let gender = match pr.gender.as_deref() {
                None => None,
                Some("masculine") => Some(Gender::Masculine),
                Some("feminine") => Some(Gender::Feminine),
                Some(g) => {
                    return Err(err(format!("gender `{g}`; expected masculine or feminine")))
                }
            };
            let mut refers_to = Vec::new();
            for tier in &pr.refers_to {
                let mut classes = Vec::new();
                for name in tier.split('|').map(str::trim) {
                    match CoreClass::parse(name) {
                        Some(c) if c.is_actor() => classes.push(c),
                        _ => {
                            return Err(err(format!(
                                "refers_to `{name}`; expected Person, State or Organization"
                            )))
                        }
                    }
                }
                refers_to.push(classes);
            }
            if refers_to.is_empty() {
                return Err(err("expected at least one class in refers_to".into()));
            }
            let words: Vec<(Lang, String)> = LANGS
                .iter()
                .flat_map(|&l| {
                    let b = ByLang {
                        fr: pr.fr.clone(),
                        en: pr.en.clone(),
                    };
                    b.get(l)
                        .iter()
                        .map(move |w| (l, fold(w)))
                        .collect::<Vec<_>>()
                })
                .collect();
            if words.is_empty() {
                return Err(err("expected fr or en words".into()));
            }
            let after_source = LANGS
                .iter()
                .flat_map(|&l| {
                    pr.after_source
                        .get(l)
                        .iter()
                        .map(move |w| (l, fold(w)))
                        .collect::<Vec<_>>()
                })
                .collect();
            lex.pronouns.push(Pronoun {
                words,
                gender,
                refers_to,
                impersonal: patterns(&pr.impersonal, lexicon, line, false)?,
                after_source,
                file: lexicon.name.clone(),
                line,
            });
        }
        for st in raw.settlement {
            let line = lexicon.line_of(st.span().start);
            let st = st.into_inner();
            class_check(&st.class, lexicon, line)?;
            if schema.class(&st.class).map(|c| c.core) != Some(CoreClass::Place) {
                return Err(OntologyError::new(
                    &lexicon.name,
                    line,
                    format!("settlement: class `{}`; expected a Place class", st.class),
                ));
            }
            lex.settlements.push(Settlement {
                nouns: words_set(&st.nouns),
                class: st.class,
            });
        }
        for ek in raw.event_kind {
            let line = lexicon.line_of(ek.span().start);
            let ek = ek.into_inner();
            class_check(&ek.class, lexicon, line)?;
            lex.event_kinds.push(EventKind {
                heads: patterns(&ek.heads, lexicon, line, false)?,
                kind: ek.kind,
                family: ek.family,
                class: ek.class,
            });
        }

        let raw: RawInstitutions = parse_toml(institutions)?;
        for inst in raw.institution {
            let line = institutions.line_of(inst.span().start);
            let inst = inst.into_inner();
            class_check(&inst.class, institutions, line)?;
            if !inst.label.contains_key("en") || !inst.label.contains_key("fr") {
                return Err(OntologyError::new(
                    &institutions.name,
                    line,
                    format!(
                        "institution `{}`: expected label.en and label.fr",
                        inst.kind
                    ),
                ));
            }
            lex.institutions.push(Institution {
                patterns: patterns(&inst.patterns, institutions, line, false)?,
                kind: inst.kind,
                class: inst.class,
                label: inst.label,
            });
        }

        let raw: RawRoles = parse_toml(roles)?;
        for role in raw.role {
            let line = roles.line_of(role.span().start);
            let role = role.into_inner();
            if !matches!(role.relation.as_str(), "leader_of" | "official_of") {
                return Err(OntologyError::new(
                    &roles.name,
                    line,
                    format!(
                        "role `{}`: relation `{}`; expected leader_of or official_of",
                        role.id, role.relation
                    ),
                ));
            }
            let expanded = ByLang {
                fr: role
                    .titles
                    .fr
                    .iter()
                    .flat_map(|t| expand_title(t))
                    .collect(),
                en: role
                    .titles
                    .en
                    .iter()
                    .flat_map(|t| expand_title_en(t))
                    .collect(),
            };
            lex.roles.push(Role {
                patterns: patterns(&expanded, roles, line, false)?,
                id: role.id,
                relation: role.relation,
                leads: role.leads,
            });
        }

        let raw: RawCues = parse_toml(cues)?;
        for cue in raw.cue {
            let line = cues.line_of(cue.span().start);
            let cue = cue.into_inner();
            if schema.relation(&cue.relation).is_none() {
                return Err(OntologyError::new(
                    &cues.name,
                    line,
                    format!("relation `{}` is not declared in schema.toml", cue.relation),
                ));
            }
            if let Some(w) = cue
                .within
                .as_deref()
                .filter(|w| schema.relation(w).is_none())
            {
                return Err(OntologyError::new(
                    &cues.name,
                    line,
                    format!("within = `{w}`: relation is not declared in schema.toml"),
                ));
            }
            for (kind, list, first_is_verb) in [
                (CueKind::Verb, &cue.verbs, true),
                (CueKind::Noun, &cue.nouns, false),
            ] {
                for (lang, pattern) in patterns(list, cues, line, first_is_verb)? {
                    // Nouns are matched by stem too, so that plurals match.
                    let pattern = if kind == CueKind::Noun {
                        stem_first(pattern, lang)
                    } else {
                        pattern
                    };
                    lex.cues.push(Cue {
                        relation: cue.relation.clone(),
                        lang,
                        kind,
                        pattern,
                        object_preps: cue.object_preps.get(lang).iter().map(|w| fold(w)).collect(),
                        inverse: cue.inverse,
                        gathers: cue.gathers,
                        visits: cue.visits,
                        prep_object: cue.prep_object,
                        complement_is_agent: cue.complement_is_agent,
                        reflexive: cue.reflexive,
                        within: cue.within.clone(),
                        line,
                        file: cues.name.clone(),
                    });
                }
            }
        }
        lex.add_irregular_forms(&irregular);
        Ok(lex)
    }

    /// Gives every verb pattern the irregular forms of its verb ("ouvrir le
    /// feu sur" also matches "ont ouvert le feu sur"), and the stem sets of
    /// verbs the stems of those forms.
    fn add_irregular_forms(
        &mut self,
        irregular: &BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>>,
    ) {
        let extend = |lang: Lang, p: &mut Pattern| {
            if !p.verb {
                return;
            }
            if let Some(PatTok::Stem { stem, forms }) = p.toks.first_mut() {
                if let Some(extra) = irregular.get(&lang).and_then(|m| m.get(stem.as_str())) {
                    for f in extra {
                        if !forms.contains(f) {
                            forms.push(f.clone());
                        }
                    }
                }
            }
        };
        for cue in self.cues.iter_mut() {
            extend(cue.lang, &mut cue.pattern);
        }
        for (lang, p) in self.reporting.iter_mut().chain(self.denial.iter_mut()) {
            extend(*lang, p);
        }
        for sets in [
            &mut self.light_verbs,
            &mut self.response,
            &mut self.hostile_acts,
        ] {
            for (lang, set) in sets.iter_mut() {
                let more: Vec<String> = set
                    .iter()
                    .filter_map(|s| irregular.get(lang).and_then(|m| m.get(s)))
                    .flatten()
                    .map(|f| stem(f, *lang))
                    .collect();
                set.extend(more);
            }
        }
    }

    /// The kinds of the same family as `kind` (itself first).
    pub fn kind_family<'s>(&'s self, kind: &'s str) -> Vec<&'s str> {
        let family = self
            .event_kinds
            .iter()
            .find(|k| k.kind == kind)
            .and_then(|k| k.family.as_deref());
        let mut out = vec![kind];
        if let Some(f) = family {
            for k in &self.event_kinds {
                if k.family.as_deref() == Some(f) && k.kind != kind {
                    out.push(&k.kind);
                }
            }
        }
        out
    }

    pub fn is_negation(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.negation, lang, folded)
    }

    pub fn is_approximation(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.approximation, lang, folded)
    }

    pub fn is_sequence(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.sequence, lang, folded)
    }

    pub fn is_coordination(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.coordination, lang, folded)
    }

    /// How many words of the coordination starting at word `k` ("ainsi
    /// que", "as well as", "et"): 0 when none starts there. `word` gives the
    /// folded word at an index, or `None` past the end.
    pub fn coordination_len<'w>(
        &self,
        lang: Lang,
        k: usize,
        word: impl Fn(usize) -> Option<&'w str>,
    ) -> usize {
        self.coordination
            .get(&lang)
            .into_iter()
            .flatten()
            .filter(|c| {
                c.split_whitespace()
                    .enumerate()
                    .all(|(i, w)| word(k + i) == Some(w))
            })
            .map(|c| c.split_whitespace().count())
            .max()
            .unwrap_or(0)
    }

    pub fn is_auxiliary(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.auxiliaries, lang, folded)
    }

    pub fn is_light_verb_stem(&self, lang: Lang, stem: &str) -> bool {
        self.light_verbs
            .get(&lang)
            .is_some_and(|s| s.contains(stem))
    }

    /// True when `folded`, right after `prev`, is an infinitive or a
    /// gerund governed by the preposition ("d'attaquer", "of shelling").
    pub fn is_nonfinite_after(&self, lang: Lang, prev: &str, folded: &str) -> bool {
        self.nonfinite_prepositions
            .get(&lang)
            .is_some_and(|s| s.contains(prev))
            && self
                .nonfinite_endings
                .get(&lang)
                .is_some_and(|s| s.iter().any(|e| folded.ends_with(e.as_str())))
    }

    /// True when `folded` ends like a present participle ("tuant",
    /// "killing").
    pub fn is_present_participle(&self, lang: Lang, folded: &str) -> bool {
        self.participle_endings.get(&lang).is_some_and(|s| {
            s.iter()
                .any(|e| folded.len() > e.len() + 1 && folded.ends_with(e.as_str()))
        })
    }

    pub fn is_response_stem(&self, lang: Lang, stem: &str) -> bool {
        self.response.get(&lang).is_some_and(|s| s.contains(stem))
    }

    pub fn is_hostile_act_stem(&self, lang: Lang, stem: &str) -> bool {
        self.hostile_acts
            .get(&lang)
            .is_some_and(|s| s.contains(stem))
    }

    pub fn is_act_owner(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.act_owner, lang, folded)
    }

    pub fn is_event_target(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.event_target, lang, folded)
    }

    pub fn is_verb_coordination(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.verb_coordination, lang, folded)
    }

    pub fn is_locative(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.locative, lang, folded)
    }

    pub fn is_actor_preposition(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.actor_prepositions, lang, folded)
    }

    pub fn is_agent(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.agent, lang, folded)
    }

    pub fn is_determiner(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.determiners, lang, folded)
    }

    pub fn is_place_noun(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.place_nouns, lang, folded)
    }

    pub fn is_prenominal_adjective(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.prenominal_adjectives, lang, folded)
    }

    pub fn is_distant(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.distant, lang, folded)
    }

    pub fn is_gerund_marker(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.gerund_markers, lang, folded)
    }

    pub fn is_land_possessive(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.land_possessives, lang, folded)
    }

    pub fn is_role_possessive(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.role_possessives, lang, folded)
    }

    pub fn is_territory_noun(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.territory_nouns, lang, folded)
    }

    pub fn is_subordinator(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.subordinators, lang, folded)
    }

    /// The pronoun `folded` is a form of, with its index.
    /// The pronoun `folded` is a form of after "selon"/"according to".
    pub fn source_pronoun(&self, lang: Lang, folded: &str) -> Option<(usize, &Pronoun)> {
        self.pronouns.iter().enumerate().find(|(_, p)| {
            p.after_source
                .iter()
                .any(|(l, w)| *l == lang && w == folded)
        })
    }

    pub fn pronoun(&self, lang: Lang, folded: &str) -> Option<(usize, &Pronoun)> {
        self.pronouns
            .iter()
            .enumerate()
            .find(|(_, p)| p.words.iter().any(|(l, w)| *l == lang && w == folded))
    }

    /// The gender a French word before a noun gives it.
    pub fn gender_of(&self, folded: &str) -> Option<Gender> {
        if self.masculine.contains(folded) {
            Some(Gender::Masculine)
        } else if self.feminine.contains(folded) {
            Some(Gender::Feminine)
        } else {
            None
        }
    }

    pub fn is_honorific(&self, lang: Lang, folded: &str) -> bool {
        in_set(&self.honorifics, lang, folded)
    }
}

/// Turns the first word of a noun cue into a stem match.
fn stem_first(mut p: Pattern, lang: Lang) -> Pattern {
    if let Some(PatTok::Word(w)) = p.toks.first().cloned() {
        // Stem the word as written: the stemmer needs its accents.
        let written = pattern_words(&p.source).into_iter().next().unwrap_or(w);
        p.toks[0] = PatTok::Stem {
            stem: stem(&written, lang),
            forms: Vec::new(),
        };
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_split_like_text() {
        assert_eq!(
            pattern_words("ministère de la Défense de l'{state}"),
            vec!["ministère", "de", "la", "Défense", "de", "l'", "{state}"]
        );
        assert_eq!(pattern_words("cessez-le-feu"), vec!["cessez", "le", "feu"]);
        assert_eq!(pattern_words("Russia's"), vec!["Russia", "'s"]);
        assert_eq!(
            pattern_words("{state} 's Defence Ministry"),
            vec!["{state}", "'s", "Defence", "Ministry"]
        );
    }

    #[test]
    fn pattern_compiles_slots_and_prepositions() {
        let p = compile_pattern("ministère {adj} de la Défense", Lang::Fr, false).unwrap();
        assert_eq!(p.toks[1], PatTok::Adj);
        assert_eq!(p.toks[2], PatTok::De);
        assert_eq!(p.toks[3], PatTok::Word("la".into()));
        assert!(compile_pattern("{foo}", Lang::Fr, false).is_err());
    }

    #[test]
    fn alternatives_expand_to_forms_and_phrases() {
        assert_eq!(
            expand_alternatives("dire|dit|disent", true),
            ["dire|dit|disent"]
        );
        assert_eq!(
            expand_alternatives("reprendre le contrôle|repris le contrôle|reprend", true),
            ["reprendre|reprend le contrôle", "repris le contrôle"]
        );
        assert_eq!(
            expand_alternatives("se tourner vers|tourné vers", true),
            ["tourner vers", "tourné vers"]
        );
        assert_eq!(expand_alternatives("s'emparer", true), ["emparer"]);
    }

    #[test]
    fn irregular_verb_table_gives_verb_patterns_their_forms() {
        let raw: RawIrregular = toml::from_str(
            "[fr]\n\"ouvrir\" = [\"ouvert\", \"ouvrent\"]\n[en]\n\"strike\" = [\"struck\"]\n",
        )
        .unwrap();
        let table = raw.forms_by_stem();
        let mut lex = Lexicon {
            reporting: vec![
                (
                    Lang::Fr,
                    compile_pattern("ouvrir le feu sur", Lang::Fr, true).unwrap(),
                ),
                (Lang::En, compile_pattern("strike", Lang::En, true).unwrap()),
                // A noun pattern keeps its own forms only.
                (
                    Lang::Fr,
                    compile_pattern("ouvrir", Lang::Fr, false).unwrap(),
                ),
            ],
            ..Lexicon::default()
        };
        lex.add_irregular_forms(&table);
        let forms = |i: usize| match &lex.reporting[i].1.toks[0] {
            PatTok::Stem { forms, .. } => forms.clone(),
            PatTok::Word(_) => Vec::new(),
            other => panic!("{other:?}"),
        };
        for f in ["ouvert", "ouverte", "ouverts", "ouvertes", "ouvrent"] {
            assert!(forms(0).contains(&f.to_string()), "{f}");
        }
        assert_eq!(forms(1), ["struck"]);
        assert!(forms(2).is_empty());
    }

    #[test]
    fn verb_cues_match_by_stem_with_irregular_forms() {
        let p = compile_pattern("reprendre|repris|reprend le contrôle", Lang::Fr, true).unwrap();
        match &p.toks[0] {
            PatTok::Stem { forms, .. } => assert_eq!(forms, &["repris", "reprend"]),
            other => panic!("{other:?}"),
        }
    }
}
