//! Named things (`gazetteer/*.toml`): states, organisations, people with
//! their offices, places, agreements, events, media.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::{parse_toml, Lexicon, OntologyError, Schema, SourceFile};
use crate::corpus::Lang;
use crate::date::{DateSpan, PartialDate};
use crate::graph::CoreClass;

/// An office held by a person, with its dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSpell {
    /// A role id of `roles.toml` (`president`, `spokesperson`...).
    pub title: String,
    /// The state or organisation served (an entity id).
    pub of: String,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

impl RoleSpell {
    /// True when the office was held on `date` (an open end is "still").
    pub fn held_on(&self, date: PartialDate) -> bool {
        let after_start = self.start.is_none_or(|s| s.first_day() <= date.last_day());
        let before_end = self.end.is_none_or(|e| date.first_day() <= e.last_day());
        after_start && before_end
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub class: String,
    pub core: CoreClass,
    /// Canonical names by language code.
    pub label: BTreeMap<String, String>,
    /// Every name with its language: labels first, then aliases.
    pub names: Vec<(Lang, String)>,
    pub wikidata: Option<String>,
    /// Demonyms in every gender and number, with their language.
    pub demonyms: Vec<(Lang, Demonym)>,
    /// Combining forms for compounds ("arméno-russe").
    pub prefixes: Vec<(Lang, String)>,
    pub capital: Option<String>,
    pub part_of: Option<String>,
    /// The state a seat of power or capital stands for, or the
    /// international body a seat of its institutions stands for.
    pub stands_for: Option<String>,
    pub members: Vec<String>,
    pub kind: Option<String>,
    pub date: Option<DateSpan>,
    pub parties: Vec<String>,
    pub place: Option<String>,
    /// For a force or mission: where it is stationed ("102nd base" in
    /// Gyumri, the EU mission in Armenia). A sentence naming both says it is
    /// deployed there.
    pub based_in: Vec<String>,
    pub roles: Vec<RoleSpell>,
    /// For a state, the office that leads it, by period ("the Russian
    /// leader" is whoever then held that office).
    pub leaders: Vec<RoleSpell>,
    /// Where the entry is written.
    pub file: String,
    pub line: usize,
}

impl Entity {
    /// The display label: English first, then French, then the id.
    pub fn display_label(&self) -> &str {
        self.label
            .get("en")
            .or_else(|| self.label.get("fr"))
            .map(String::as_str)
            .unwrap_or(&self.id)
    }

    pub fn label_in(&self, lang: Lang) -> &str {
        self.label
            .get(lang.code())
            .map(String::as_str)
            .unwrap_or_else(|| self.display_label())
    }
}

/// A demonym in its four forms (French) or its single form (English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demonym {
    pub ms: String,
    pub fs: String,
    pub mp: String,
    pub fp: String,
}

impl Demonym {
    /// Derives the feminine and plural forms of a French adjective from its
    /// masculine singular, by the regular rules of French morphology.
    pub fn french(ms: &str) -> Demonym {
        let (fs, mp, fp) = if ms.ends_with('e') {
            (ms.to_string(), format!("{ms}s"), format!("{ms}s"))
        } else if ms.ends_with("ien") || ms.ends_with("en") || ms.ends_with("on") {
            (format!("{ms}ne"), format!("{ms}s"), format!("{ms}nes"))
        } else if ms.ends_with('s') || ms.ends_with('x') {
            let fem = if let Some(stem) = ms.strip_suffix("eux") {
                format!("{stem}euse")
            } else {
                format!("{ms}e")
            };
            (fem.clone(), ms.to_string(), format!("{fem}s"))
        } else if let Some(stem) = ms.strip_suffix("al") {
            (format!("{ms}e"), format!("{stem}aux"), format!("{ms}es"))
        } else if let Some(stem) = ms.strip_suffix('c') {
            // turc -> turque, grec -> grecque is irregular: list it in the data.
            let fem = format!("{stem}que");
            (fem.clone(), format!("{ms}s"), format!("{fem}s"))
        } else {
            (format!("{ms}e"), format!("{ms}s"), format!("{ms}es"))
        };
        Demonym {
            ms: ms.to_string(),
            fs,
            mp,
            fp,
        }
    }

    /// An English demonym: one adjective form; the plural noun takes -s.
    pub fn english(adj: &str) -> Demonym {
        let plural = if adj.ends_with('s') || adj.ends_with("sh") || adj.ends_with("ese") {
            adj.to_string()
        } else {
            format!("{adj}s")
        };
        Demonym {
            ms: adj.to_string(),
            fs: adj.to_string(),
            mp: plural.clone(),
            fp: plural,
        }
    }

    pub fn forms(&self) -> [&str; 4] {
        [&self.ms, &self.fs, &self.mp, &self.fp]
    }

    /// The form for a template tag (`ms`, `fs`, `mp`, `fp`).
    pub fn form(&self, tag: &str) -> &str {
        match tag {
            "fs" => &self.fs,
            "mp" => &self.mp,
            "fp" => &self.fp,
            _ => &self.ms,
        }
    }
}

/// The gazetteer: entries in file order, indexed by id.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    entity: Vec<Spanned<RawEntity>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawByLang {
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: String,
    class: String,
    label: BTreeMap<String, String>,
    #[serde(default)]
    aliases: RawByLang,
    #[serde(default)]
    wikidata: Option<String>,
    #[serde(default)]
    demonym: RawByLang,
    #[serde(default)]
    prefix: RawByLang,
    #[serde(default)]
    capital: Option<String>,
    #[serde(default)]
    part_of: Option<String>,
    #[serde(default)]
    stands_for: Option<String>,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    parties: Vec<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    based_in: Vec<String>,
    #[serde(default)]
    role: Vec<RawRole>,
    #[serde(default)]
    leader: Vec<RawLeader>,
}

/// The office leading a state over a period (`[[entity.leader]]`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLeader {
    title: String,
    #[serde(default)]
    start: Option<String>,
    #[serde(default)]
    end: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    title: String,
    of: String,
    #[serde(default)]
    start: Option<String>,
    #[serde(default)]
    end: Option<String>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl Gazetteer {
    pub(crate) fn parse(
        files: &[&SourceFile],
        schema: &Schema,
        lexicon: &Lexicon,
    ) -> Result<Gazetteer, OntologyError> {
        let mut g = Gazetteer::default();
        for file in files {
            let raw: RawFile = parse_toml(file)?;
            for e in raw.entity {
                let line = file.line_of(e.span().start);
                let e = e.into_inner();
                let err = |msg: String| OntologyError::new(&file.name, line, msg);
                if !valid_id(&e.id) {
                    return Err(err(format!(
                        "id `{}`: expected lowercase ASCII letters, digits and `_`",
                        e.id
                    )));
                }
                if let Some(&prev) = g.by_id.get(&e.id) {
                    let p = &g.entities[prev];
                    return Err(err(format!(
                        "id `{}` is already used at {}:{}",
                        e.id, p.file, p.line
                    )));
                }
                let class = schema.class(&e.class).ok_or_else(|| {
                    err(format!(
                        "`{}`: class `{}` is not declared in schema.toml",
                        e.id, e.class
                    ))
                })?;
                if !e.label.contains_key("en") && !e.label.contains_key("fr") {
                    return Err(err(format!("`{}`: expected label.en or label.fr", e.id)));
                }
                if let Some(lang) = e.label.keys().find(|k| *k != "en" && *k != "fr") {
                    return Err(err(format!(
                        "`{}`: label.{lang}: expected label.en and label.fr only",
                        e.id
                    )));
                }
                if let Some(q) = &e.wikidata {
                    let ok = q.len() > 1
                        && q.starts_with('Q')
                        && q[1..].bytes().all(|b| b.is_ascii_digit());
                    if !ok {
                        return Err(err(format!(
                            "`{}`: wikidata `{q}`: expected an item id such as Q399",
                            e.id
                        )));
                    }
                }
                let date = match &e.date {
                    Some(d) => Some(d.parse::<DateSpan>().map_err(|x| {
                        err(format!("`{}`: date: {x}; expected ISO 8601 such as 2020-11-10 or 2023-09-19/2023-09-20", e.id))
                    })?),
                    None => None,
                };
                if let Some(kind) = &e.kind {
                    let known = lexicon.event_kinds.iter().any(|k| &k.kind == kind)
                        || lexicon.institutions.iter().any(|k| &k.kind == kind);
                    if !known {
                        return Err(err(format!(
                            "`{}`: kind `{kind}` is neither an event kind of lexicon.toml nor an institution kind of institutions.toml",
                            e.id
                        )));
                    }
                }
                let spell = |title: &str,
                             of: &str,
                             start: &Option<String>,
                             end: &Option<String>|
                 -> Result<RoleSpell, OntologyError> {
                    if !lexicon.roles.iter().any(|k| k.id == title) {
                        return Err(err(format!(
                            "`{}`: role title `{title}` is not a role of roles.toml",
                            e.id
                        )));
                    }
                    let parse = |d: &Option<String>| -> Result<Option<PartialDate>, OntologyError> {
                        d.as_deref()
                            .filter(|s| !s.is_empty())
                            .map(|s| {
                                s.parse::<PartialDate>()
                                    .map_err(|x| err(format!("`{}`: role date `{s}`: {x}", e.id)))
                            })
                            .transpose()
                    };
                    Ok(RoleSpell {
                        title: title.to_string(),
                        of: of.to_string(),
                        start: parse(start)?,
                        end: parse(end)?,
                    })
                };
                let roles = e
                    .role
                    .iter()
                    .map(|r| spell(&r.title, &r.of, &r.start, &r.end))
                    .collect::<Result<Vec<_>, _>>()?;
                let leaders = e
                    .leader
                    .iter()
                    .map(|r| spell(&r.title, &e.id, &r.start, &r.end))
                    .collect::<Result<Vec<_>, _>>()?;
                let mut names = Vec::new();
                for (code, lang) in [("en", Lang::En), ("fr", Lang::Fr)] {
                    if let Some(l) = e.label.get(code) {
                        names.push((lang, l.clone()));
                    }
                }
                for a in &e.aliases.fr {
                    names.push((Lang::Fr, a.clone()));
                }
                for a in &e.aliases.en {
                    names.push((Lang::En, a.clone()));
                }
                if let Some((_, bad)) = names.iter().find(|(_, n)| n.trim().is_empty()) {
                    return Err(err(format!("`{}`: empty name `{bad}`", e.id)));
                }
                let mut demonyms = Vec::new();
                for d in &e.demonym.fr {
                    demonyms.push((Lang::Fr, Demonym::french(&d.to_lowercase())));
                }
                for d in &e.demonym.en {
                    demonyms.push((Lang::En, Demonym::english(d)));
                }
                let prefixes = e
                    .prefix
                    .fr
                    .iter()
                    .map(|p| (Lang::Fr, p.clone()))
                    .chain(e.prefix.en.iter().map(|p| (Lang::En, p.clone())))
                    .collect();
                g.by_id.insert(e.id.clone(), g.entities.len());
                g.entities.push(Entity {
                    id: e.id,
                    class: e.class,
                    core: class.core,
                    label: e.label,
                    names,
                    wikidata: e.wikidata,
                    demonyms,
                    prefixes,
                    capital: e.capital,
                    part_of: e.part_of,
                    stands_for: e.stands_for,
                    members: e.members,
                    kind: e.kind,
                    date,
                    parties: e.parties,
                    place: e.place,
                    based_in: e.based_in,
                    roles,
                    leaders,
                    file: file.name.clone(),
                    line,
                });
            }
        }
        g.check_references()?;
        // A capital stands for its state unless the data says otherwise.
        let capitals: Vec<(String, String)> = g
            .entities
            .iter()
            .filter_map(|e| Some((e.capital.clone()?, e.id.clone())))
            .collect();
        for (capital, state) in capitals {
            if let Some(&ix) = g.by_id.get(&capital) {
                g.entities[ix].stands_for.get_or_insert(state);
            }
        }
        Ok(g)
    }

    fn check_references(&self) -> Result<(), OntologyError> {
        for e in &self.entities {
            let refs = e
                .capital
                .iter()
                .chain(&e.part_of)
                .chain(&e.stands_for)
                .chain(&e.place)
                .chain(&e.members)
                .chain(&e.based_in)
                .chain(&e.parties)
                .chain(e.roles.iter().map(|r| &r.of));
            for r in refs {
                if !self.by_id.contains_key(r) {
                    return Err(OntologyError::new(
                        &e.file,
                        e.line,
                        format!("`{}` refers to `{r}`, which is no gazetteer id", e.id),
                    ));
                }
            }
            // A capital or seat of power stands for a state; the seat of an
            // international body may stand for that body ("Bruxelles").
            if let Some(s) = &e.stands_for {
                let ok = self.get(s).is_some_and(|x| {
                    x.core == CoreClass::State || x.class == "InternationalOrganization"
                });
                if !ok {
                    return Err(OntologyError::new(
                        &e.file,
                        e.line,
                        format!(
                            "`{}`: stands_for `{s}` must be a State or an InternationalOrganization",
                            e.id
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The state an entry belongs to through its `part_of` chain (the
    /// peacekeeping contingent, the FSB's border directorate: Russia); a
    /// person through the first office held. `None` for a state itself.
    pub fn state_above(&self, id: &str) -> Option<&str> {
        let mut cur = self.get(id)?;
        for _ in 0..8 {
            let parent = cur
                .part_of
                .as_deref()
                .or_else(|| cur.roles.first().map(|r| r.of.as_str()))?;
            let p = self.get(parent)?;
            if p.core == CoreClass::State {
                return Some(&p.id);
            }
            cur = p;
        }
        None
    }

    /// The entity of a given institution kind attached to a state, when the
    /// gazetteer has one ("ministry_of_defence" of "armenia").
    pub fn institution_of(&self, kind: &str, state: &str) -> Option<&Entity> {
        self.entities
            .iter()
            .find(|e| e.kind.as_deref() == Some(kind) && e.part_of.as_deref() == Some(state))
    }

    /// Who held `title` in `of` on `date`. When several entries match, the
    /// one whose term started last wins (a successor named the same day).
    pub fn holder(&self, title: &str, of: &str, date: Option<PartialDate>) -> Option<&Entity> {
        let mut best: Option<(&Entity, Option<PartialDate>)> = None;
        for e in &self.entities {
            for r in &e.roles {
                if r.title != title || r.of != of {
                    continue;
                }
                let ok = match date {
                    Some(d) => r.held_on(d),
                    None => r.end.is_none(),
                };
                if ok && best.is_none_or(|(_, s)| r.start > s) {
                    best = Some((e, r.start));
                }
            }
        }
        best.map(|(e, _)| e)
    }

    /// The person leading a state on a date: the holder of the office its
    /// `[[entity.leader]]` data names for that date.
    pub fn leader(&self, state: &str, date: Option<PartialDate>) -> Option<&Entity> {
        let office = self.get(state)?.leaders.iter().find(|l| match date {
            Some(d) => l.held_on(d),
            None => l.end.is_none(),
        })?;
        self.holder(&office.title, state, date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_demonyms_inflect_regularly() {
        let d = Demonym::french("azerbaïdjanais");
        assert_eq!(
            d.forms(),
            [
                "azerbaïdjanais",
                "azerbaïdjanaise",
                "azerbaïdjanais",
                "azerbaïdjanaises"
            ]
        );
        let d = Demonym::french("arménien");
        assert_eq!(
            d.forms(),
            ["arménien", "arménienne", "arméniens", "arméniennes"]
        );
        let d = Demonym::french("russe");
        assert_eq!(d.forms(), ["russe", "russe", "russes", "russes"]);
        let d = Demonym::french("américain");
        assert_eq!(d.fp, "américaines");
        let d = Demonym::french("turc");
        assert_eq!(d.fs, "turque");
    }

    #[test]
    fn offices_are_held_between_their_dates() {
        let r = RoleSpell {
            title: "president".into(),
            of: "x".into(),
            start: "2012-05-07".parse().ok(),
            end: None,
        };
        assert!(r.held_on("2024-01".parse().unwrap()));
        assert!(!r.held_on("2010".parse().unwrap()));
    }
}
