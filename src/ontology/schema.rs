//! Classes and relations (`schema.toml`).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{parse_toml, OntologyError, SourceFile};
use crate::graph::CoreClass;

/// A class of the ontology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassDef {
    pub name: String,
    /// The direct superclass; `None` for the six core classes.
    pub parent: Option<String>,
    /// The core class it rolls up to.
    pub core: CoreClass,
    pub label: BTreeMap<String, String>,
    pub comment: BTreeMap<String, String>,
}

/// A relation of the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationDef {
    pub name: String,
    /// Core classes allowed at the subject end.
    pub domain: Vec<CoreClass>,
    /// Core classes allowed at the object end.
    pub range: Vec<CoreClass>,
    pub symmetric: bool,
    /// A person at one end needs a person at the other (people meet people;
    /// states and organisations hold talks with each other).
    pub person_with_person: bool,
    /// With no object in its clause, the object is the claimant's state
    /// when the claimant is of another side ("le ministère arménien rapporte
    /// que les forces azerbaïdjanaises mènent des bombardements").
    pub claimant_side_object: bool,
    /// A state's land ("le territoire arménien", "Armenian soil") may stand
    /// at the object end as a place: occupied, not deployed to.
    pub land_object: bool,
    /// Holds between two sides: a person or body never holds it towards
    /// its own state ("Pashinyan supported Armenia" is a misread).
    pub across_sides: bool,
    pub label: BTreeMap<String, String>,
    pub comment: BTreeMap<String, String>,
}

impl RelationDef {
    pub fn allows(&self, subject: CoreClass, object: CoreClass) -> bool {
        self.domain.contains(&subject)
            && self.range.contains(&object)
            && (!self.person_with_person
                || (subject == CoreClass::Person) == (object == CoreClass::Person))
    }
}

/// The class hierarchy and the relation vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    /// Base of every IRI seeds mints.
    pub namespace: String,
    pub classes: Vec<ClassDef>,
    pub relations: Vec<RelationDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchema {
    namespace: String,
    #[serde(default)]
    class: Vec<Spanned<RawClass>>,
    #[serde(default)]
    relation: Vec<Spanned<RawRelation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClass {
    name: String,
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    label: BTreeMap<String, String>,
    #[serde(default)]
    comment: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    name: String,
    domain: Vec<String>,
    range: Vec<String>,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    person_with_person: bool,
    #[serde(default)]
    claimant_side_object: bool,
    #[serde(default)]
    land_object: bool,
    #[serde(default)]
    across_sides: bool,
    #[serde(default)]
    label: BTreeMap<String, String>,
    #[serde(default)]
    comment: BTreeMap<String, String>,
}

fn check_name(name: &str, file: &SourceFile, line: usize, what: &str) -> Result<(), OntologyError> {
    let ok = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if ok {
        Ok(())
    } else {
        Err(OntologyError::new(
            &file.name,
            line,
            format!("{what} name `{name}`: expected ASCII letters, digits and `_`, starting with a letter"),
        ))
    }
}

impl Schema {
    pub(crate) fn parse(file: &SourceFile) -> Result<Schema, OntologyError> {
        let raw: RawSchema = parse_toml(file)?;
        if !(raw.namespace.starts_with("http://") || raw.namespace.starts_with("https://"))
            || !(raw.namespace.ends_with('/') || raw.namespace.ends_with('#'))
        {
            return Err(OntologyError::new(
                &file.name,
                0,
                format!(
                    "namespace `{}`: expected an http(s) IRI ending in `/` or `#`",
                    raw.namespace
                ),
            ));
        }
        let mut classes: Vec<ClassDef> = Vec::new();
        // Parents may be declared after their children: resolve in passes.
        let mut pending: Vec<(usize, RawClass)> = Vec::new();
        for c in raw.class {
            let line = file.line_of(c.span().start);
            let c = c.into_inner();
            check_name(&c.name, file, line, "class")?;
            if classes.iter().any(|k| k.name == c.name)
                || pending.iter().any(|(_, k)| k.name == c.name)
            {
                return Err(OntologyError::new(
                    &file.name,
                    line,
                    format!("class `{}` is declared twice", c.name),
                ));
            }
            match &c.parent {
                None => {
                    let core = CoreClass::parse(&c.name).ok_or_else(|| {
                        OntologyError::new(
                            &file.name,
                            line,
                            format!(
                                "class `{}` has no parent; only the six core classes (State, Organization, Person, Place, Agreement, Event) may stand alone",
                                c.name
                            ),
                        )
                    })?;
                    classes.push(ClassDef {
                        name: c.name,
                        parent: None,
                        core,
                        label: c.label,
                        comment: c.comment,
                    });
                }
                Some(_) => pending.push((line, c)),
            }
        }
        while !pending.is_empty() {
            let before = pending.len();
            let mut rest = Vec::new();
            for (line, c) in pending {
                let parent = c.parent.clone().unwrap_or_default();
                if let Some(p) = classes.iter().find(|k| k.name == parent) {
                    let core = p.core;
                    classes.push(ClassDef {
                        name: c.name,
                        parent: Some(parent),
                        core,
                        label: c.label,
                        comment: c.comment,
                    });
                } else {
                    rest.push((line, c));
                }
            }
            if rest.len() == before {
                let (line, c) = &rest[0];
                return Err(OntologyError::new(
                    &file.name,
                    *line,
                    format!(
                        "class `{}`: parent `{}` is not a declared class",
                        c.name,
                        c.parent.as_deref().unwrap_or("")
                    ),
                ));
            }
            pending = rest;
        }
        for core in CoreClass::ALL {
            if !classes.iter().any(|c| c.name == core.as_str()) {
                return Err(OntologyError::new(
                    &file.name,
                    0,
                    format!("the core class `{}` is missing", core.as_str()),
                ));
            }
        }
        let mut relations = Vec::new();
        for r in raw.relation {
            let line = file.line_of(r.span().start);
            let r = r.into_inner();
            check_name(&r.name, file, line, "relation")?;
            if relations.iter().any(|k: &RelationDef| k.name == r.name) {
                return Err(OntologyError::new(
                    &file.name,
                    line,
                    format!("relation `{}` is declared twice", r.name),
                ));
            }
            let ends = |names: &[String]| -> Result<Vec<CoreClass>, OntologyError> {
                let mut out = Vec::new();
                for n in names {
                    if n == "actor" {
                        out.extend([CoreClass::State, CoreClass::Organization, CoreClass::Person]);
                    } else if let Some(c) = classes.iter().find(|c| &c.name == n) {
                        out.push(c.core);
                    } else {
                        return Err(OntologyError::new(
                            &file.name,
                            line,
                            format!(
                                "relation `{}`: `{n}` is not a declared class (or `actor`)",
                                r.name
                            ),
                        ));
                    }
                }
                out.sort();
                out.dedup();
                Ok(out)
            };
            relations.push(RelationDef {
                domain: ends(&r.domain)?,
                range: ends(&r.range)?,
                name: r.name,
                symmetric: r.symmetric,
                person_with_person: r.person_with_person,
                claimant_side_object: r.claimant_side_object,
                land_object: r.land_object,
                across_sides: r.across_sides,
                label: r.label,
                comment: r.comment,
            });
        }
        classes.sort_by(|a, b| a.name.cmp(&b.name));
        relations.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Schema {
            namespace: raw.namespace,
            classes,
            relations,
        })
    }

    pub fn class(&self, name: &str) -> Option<&ClassDef> {
        self.classes.iter().find(|c| c.name == name)
    }

    /// Whether `name` is `ancestor` or one of its subclasses.
    pub fn is_a(&self, name: &str, ancestor: &str) -> bool {
        let mut cur = Some(name);
        for _ in 0..=self.classes.len() {
            match cur {
                Some(c) if c == ancestor => return true,
                Some(c) => cur = self.class(c).and_then(|d| d.parent.as_deref()),
                None => return false,
            }
        }
        false
    }

    pub fn relation(&self, name: &str) -> Option<&RelationDef> {
        self.relations.iter().find(|r| r.name == name)
    }

    /// The IRI of the ontology itself (`{namespace}ontology`).
    pub fn ontology_iri(&self) -> String {
        format!("{}ontology", self.namespace)
    }

    /// The IRI of a class or property (`{namespace}ontology#Name`).
    pub fn term_iri(&self, name: &str) -> String {
        format!("{}ontology#{}", self.namespace, name)
    }

    /// The IRI of a graph resource (`{namespace}id/{id}`); ids are
    /// `[a-z0-9_]+` so they need no escaping.
    pub fn resource_iri(&self, id: &str) -> String {
        format!("{}id/{}", self.namespace, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            name: "schema.toml".into(),
            text: text.into(),
        }
    }

    const CORE: &str = r#"namespace = "https://example.org/s/"
[[class]]
name = "State"
[[class]]
name = "Organization"
[[class]]
name = "Person"
[[class]]
name = "Place"
[[class]]
name = "Agreement"
[[class]]
name = "Event"
"#;

    #[test]
    fn subclasses_are_their_ancestors() {
        let text = format!(
            "{CORE}[[class]]\nname = \"ArmedForces\"\nparent = \"Organization\"\n[[class]]\nname = \"PeacekeepingForce\"\nparent = \"ArmedForces\"\n"
        );
        let schema = Schema::parse(&file(&text)).unwrap();
        assert!(schema.is_a("PeacekeepingForce", "ArmedForces"));
        assert!(schema.is_a("PeacekeepingForce", "Organization"));
        assert!(schema.is_a("ArmedForces", "ArmedForces"));
        assert!(!schema.is_a("ArmedForces", "PeacekeepingForce"));
        assert!(!schema.is_a("Unknown", "Organization"));
    }

    #[test]
    fn unknown_parent_names_the_line() {
        let text = format!("{CORE}[[class]]\nname = \"City\"\nparent = \"Plac\"\n");
        let err = Schema::parse(&file(&text)).unwrap_err();
        assert_eq!(err.line, 14, "{err}");
        assert!(err.message.contains("Plac"));
    }

    #[test]
    fn relation_with_unknown_class_is_rejected() {
        let text =
            format!("{CORE}[[relation]]\nname = \"x\"\ndomain = [\"Stat\"]\nrange = [\"actor\"]\n");
        let err = Schema::parse(&file(&text)).unwrap_err();
        assert!(err.to_string().starts_with("schema.toml:14:"), "{err}");
    }

    #[test]
    fn subclasses_roll_up_to_their_core_class() {
        let text = format!(
            "{CORE}[[class]]\nname = \"Capital\"\nparent = \"City\"\n[[class]]\nname = \"City\"\nparent = \"Place\"\n"
        );
        let s = Schema::parse(&file(&text)).unwrap();
        assert_eq!(s.class("Capital").unwrap().core, CoreClass::Place);
    }
}
