//! The ontology compiled for matching: a name automaton over folded words, a
//! demonym index, and pattern tables keyed by their first word. Built once
//! per ontology, shared by every document.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::normalize::fold;
use crate::corpus::Lang;
use crate::graph::CoreClass;
use crate::ontology::{pattern_words, Ontology, PatTok, Pattern};

/// How the case of a name must look in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case ("forces de maintien de la paix russes").
    Any,
    /// The first word starts with a capital ("Bakou", "Haut-Karabakh").
    Capital,
    /// Every word in capitals (short acronyms: "ONU", "US").
    AllCaps,
}

/// One name of a gazetteer entity.
#[derive(Debug, Clone)]
pub struct NameEntry {
    pub entity: usize,
    pub case: CaseRule,
}

/// A demonym form and what it means.
#[derive(Debug, Clone)]
pub struct DemonymEntry {
    /// Gazetteer index of the state.
    pub entity: usize,
    pub lang: Lang,
}

/// Which table a pattern belongs to, and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PatOwner {
    Institution(usize),
    Role(usize),
    Cue(usize),
    EventHead(usize),
    StateRef,
    CollectiveRef,
    HeadsRef,
    AgreementRef,
    RegionRef,
    Denial,
    /// "les deux dirigeants": the last `n` people named.
    PeopleRef(usize),
    /// "le ministère": the last body of some classes named.
    BodyRef(usize),
    Examples,
    RelativeOf,
    RelativeOwner,
    AgreementRelative,
    Within,
    Reporting,
    AccordingTo,
    Future,
    Conditional,
    ClauseBreak,
    Reciprocal,
    /// What follows a pronoun that stands for nothing ("il y a"): the
    /// pronoun's index.
    Impersonal(usize),
}

/// A pattern with its owner.
#[derive(Debug, Clone)]
pub struct OwnedPattern {
    pub owner: PatOwner,
    pub lang: Lang,
    pub pattern: Pattern,
}

/// Key of a pattern's first word, for lookup at a token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirstKey {
    Word(String),
    Stem(String),
    Adj,
    State,
    Org,
    De,
}

/// The compiled ontology.
pub struct LexIndex {
    names: AhoCorasick,
    /// Per automaton pattern: the entities that have that name.
    name_entries: Vec<Vec<NameEntry>>,
    /// Folded demonym form → states.
    pub demonyms: HashMap<String, Vec<DemonymEntry>>,
    /// Folded prefix form ("armeno") → states.
    pub prefixes: HashMap<String, Vec<usize>>,
    pub patterns: Vec<OwnedPattern>,
    pub by_first: HashMap<(Lang, FirstKey), Vec<usize>>,
    /// Gazetteer index of every entity by id.
    pub entity_index: HashMap<String, usize>,
    /// Person entries' surnames for coreference ("Eyvazov" after "Anar Eyvazov").
    pub surname_names: BTreeMap<String, usize>,
    /// People's names by their transliteration skeleton ("Hadjiev" and
    /// "Hajiyev" share one), for spellings the gazetteer does not list.
    pub person_skeletons: HashMap<String, usize>,
}

/// A name reduced to what survives French, English and German
/// transliterations of Armenian, Azerbaijani and Russian names: "Pachinian"
/// and "Pashinyan", "Aliev" and "Aliyev", "Hadjiev" and "Hajiyev",
/// "Mirzoïan" and "Mirzoyan" give the same skeleton.
pub fn name_skeleton(name: &str) -> String {
    let mut s = fold(name).replace(['-', '\''], " ");
    for (from, to) in [
        ("dzh", "j"),
        ("dj", "j"),
        ("zh", "j"),
        ("tch", "ch"),
        ("sh", "ch"),
        ("kh", "h"),
        ("ou", "u"),
        ("iy", "i"),
        ("y", "i"),
        ("ck", "k"),
        ("q", "k"),
        ("ph", "f"),
        ("w", "v"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if out.ends_with(c) && c != ' ' {
            continue;
        }
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim().to_string()
}

impl std::fmt::Debug for LexIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LexIndex")
            .field("names", &self.name_entries.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

/// The words names are compared on: hyphens dropped, every form of the
/// preposition `de` (d', du, des) written `de`, and an article after `de` or
/// `of` dropped, so "Armée de défense de l'Artsakh", "Armée de défense
/// d'Artsakh" and "armée de défense du Artsakh" compare equal. Returns the
/// kept positions with their words.
pub fn name_view<'w>(words: impl Iterator<Item = &'w str>) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, w) in words.enumerate() {
        if w.is_empty() || w == "-" {
            continue;
        }
        let after_de = out.last().is_some_and(|(_, p)| p == "de" || p == "of");
        if after_de && matches!(w, "l'" | "le" | "la" | "les" | "the") {
            continue;
        }
        let w = match w {
            "d'" | "du" | "des" => "de",
            other => other,
        };
        out.push((i, w.to_string()));
    }
    out
}

/// The automaton key of a name: its [`name_view`] words between spaces.
pub fn name_key(name: &str) -> String {
    let folded: Vec<String> = pattern_words(name).iter().map(|w| fold(w)).collect();
    let mut key = String::from(" ");
    for (_, w) in name_view(folded.iter().map(String::as_str)) {
        key.push_str(&w);
        key.push(' ');
    }
    key
}

fn case_rule(name: &str) -> CaseRule {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
    // Short acronyms collide with words ("US", "UE"): only in capitals. Longer
    // ones are also written with a capital initial ("Tass", "Otan").
    // A later word in capitals marks the name well enough for its first
    // word to be a common noun in lower case ("le groupe de Minsk").
    let inner_capital = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .skip(1)
        .any(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    if caps && letters.len() <= 3 {
        CaseRule::AllCaps
    } else if inner_capital {
        CaseRule::Any
    } else if name.chars().next().is_some_and(|c| c.is_uppercase()) {
        CaseRule::Capital
    } else {
        CaseRule::Any
    }
}

impl LexIndex {
    pub fn new(ont: &Ontology) -> LexIndex {
        let mut keys: Vec<String> = Vec::new();
        let mut key_ix: HashMap<String, usize> = HashMap::new();
        let mut name_entries: Vec<Vec<NameEntry>> = Vec::new();
        let mut demonyms: HashMap<String, Vec<DemonymEntry>> = HashMap::new();
        let mut prefixes: HashMap<String, Vec<usize>> = HashMap::new();
        let mut entity_index = HashMap::new();
        let mut surname_names = BTreeMap::new();
        let mut person_skeletons = HashMap::new();
        for (i, e) in ont.gazetteer.entities().iter().enumerate() {
            entity_index.insert(e.id.clone(), i);
            for (_, name) in &e.names {
                let key = name_key(name);
                if key.trim().is_empty() {
                    continue;
                }
                let ix = *key_ix.entry(key.clone()).or_insert_with(|| {
                    keys.push(key.clone());
                    name_entries.push(Vec::new());
                    keys.len() - 1
                });
                if !name_entries[ix].iter().any(|n| n.entity == i) {
                    name_entries[ix].push(NameEntry {
                        entity: i,
                        case: case_rule(name),
                    });
                }
            }
            if e.core == CoreClass::Person {
                for (_, name) in &e.names {
                    person_skeletons.entry(name_skeleton(name)).or_insert(i);
                }
                if let Some(last) = e
                    .label
                    .values()
                    .next()
                    .and_then(|l| l.split_whitespace().last())
                {
                    surname_names.entry(fold(last)).or_insert(i);
                }
            }
            for (lang, d) in &e.demonyms {
                for form in d.forms() {
                    let list = demonyms.entry(fold(form)).or_default();
                    if !list.iter().any(|x| x.entity == i && x.lang == *lang) {
                        list.push(DemonymEntry {
                            entity: i,
                            lang: *lang,
                        });
                    }
                }
            }
            for (_, p) in &e.prefixes {
                let list = prefixes.entry(fold(p)).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("name automaton");

        let lex = &ont.lexicon;
        let mut patterns = Vec::new();
        let mut push = |owner: PatOwner, list: &[(Lang, Pattern)]| {
            for (lang, p) in list {
                patterns.push(OwnedPattern {
                    owner,
                    lang: *lang,
                    pattern: p.clone(),
                });
            }
        };
        for (i, inst) in lex.institutions.iter().enumerate() {
            push(PatOwner::Institution(i), &inst.patterns);
        }
        for (i, role) in lex.roles.iter().enumerate() {
            push(PatOwner::Role(i), &role.patterns);
        }
        for (i, ek) in lex.event_kinds.iter().enumerate() {
            push(PatOwner::EventHead(i), &ek.heads);
        }
        push(PatOwner::StateRef, &lex.state_references);
        push(PatOwner::AgreementRef, &lex.agreement_references);
        push(PatOwner::RegionRef, &lex.region_references);
        push(PatOwner::Denial, &lex.denial);
        push(PatOwner::CollectiveRef, &lex.collective_references);
        push(PatOwner::HeadsRef, &lex.head_references);
        push(PatOwner::Reporting, &lex.reporting);
        push(PatOwner::AccordingTo, &lex.according_to);
        push(PatOwner::Future, &lex.future);
        push(PatOwner::Conditional, &lex.conditional);
        push(PatOwner::ClauseBreak, &lex.clause_break);
        push(PatOwner::Reciprocal, &lex.reciprocal);
        push(PatOwner::Examples, &lex.examples);
        push(PatOwner::RelativeOf, &lex.relative_of);
        push(PatOwner::RelativeOwner, &lex.relative_owner);
        push(PatOwner::AgreementRelative, &lex.agreement_relative);
        push(PatOwner::Within, &lex.within);
        for (i, p) in lex.pronouns.iter().enumerate() {
            push(PatOwner::Impersonal(i), &p.impersonal);
        }
        for (n, (_, _, lang, p)) in lex.people_references.iter().enumerate() {
            patterns.push(OwnedPattern {
                owner: PatOwner::PeopleRef(n),
                lang: *lang,
                pattern: p.clone(),
            });
        }
        for (n, (_, lang, p)) in lex.body_references.iter().enumerate() {
            patterns.push(OwnedPattern {
                owner: PatOwner::BodyRef(n),
                lang: *lang,
                pattern: p.clone(),
            });
        }
        for (i, cue) in lex.cues.iter().enumerate() {
            patterns.push(OwnedPattern {
                owner: PatOwner::Cue(i),
                lang: cue.lang,
                pattern: cue.pattern.clone(),
            });
        }
        let mut by_first: HashMap<(Lang, FirstKey), Vec<usize>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            let key = match p.pattern.toks.first() {
                Some(PatTok::Word(w)) => FirstKey::Word(w.clone()),
                Some(PatTok::Stem { stem, forms }) => {
                    for f in forms {
                        by_first
                            .entry((p.lang, FirstKey::Word(f.clone())))
                            .or_default()
                            .push(i);
                    }
                    FirstKey::Stem(stem.clone())
                }
                Some(PatTok::Adj) => FirstKey::Adj,
                Some(PatTok::State) => FirstKey::State,
                Some(PatTok::Org) => FirstKey::Org,
                Some(PatTok::De) => FirstKey::De,
                None => continue,
            };
            by_first.entry((p.lang, key)).or_default().push(i);
        }
        LexIndex {
            names,
            name_entries,
            demonyms,
            prefixes,
            patterns,
            by_first,
            entity_index,
            surname_names,
            person_skeletons,
        }
    }

    /// Every occurrence of a gazetteer name in a folded word string (which
    /// starts and ends with a space, words separated by single spaces):
    /// (byte start, byte end, candidates).
    pub fn find_names<'a>(
        &'a self,
        haystack: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a [NameEntry])> + 'a {
        self.names.find_overlapping_iter(haystack).map(move |m| {
            (
                m.start(),
                m.end(),
                self.name_entries[m.pattern().as_usize()].as_slice(),
            )
        })
    }
}
