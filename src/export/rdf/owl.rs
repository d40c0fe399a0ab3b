//! The ontology as RDFS/OWL: `schema.toml` in, triples or Turtle out.
//!
//! Each class is an `owl:Class` under its parent; each relation an
//! `owl:ObjectProperty` whose domain and range are one class or the
//! `owl:unionOf` the core classes it allows; plus the statement vocabulary
//! of [`super::vocab`]. `ontology/seeds.ttl` is this output for the
//! repository's ontology; the namespace's IRIs dereference to it.

use std::io::Write;

use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use oxrdfio::{RdfFormat, RdfSerializer};

use super::vocab::{self, End, Kind};
use super::{iri, Segment};
use crate::export::ExportError;
use crate::graph::CoreClass;
use crate::ontology::Schema;

const TITLE_EN: &str = "seeds ontology";
const COMMENT_EN: &str = "Who did what to whom in the news of the Armenia–Azerbaijan conflict: states, organisations, people, places, agreements and events, the relations between them, and statements that carry the evidence behind each fact. Generated from ontology/schema.toml by `seeds ontology export`.";

struct Out {
    triples: Vec<Triple>,
}

impl Out {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: &str, o: impl Into<Term>) {
        self.triples
            .push(Triple::new(s, NamedNode::new_unchecked(p), o));
    }
}

fn w3(ns: &str, local: &str) -> String {
    format!("{ns}{local}")
}

fn lang(value: &str, tag: &str) -> Literal {
    Literal::new_language_tagged_literal(value, tag)
        .unwrap_or_else(|_| Literal::new_simple_literal(value))
}

/// The ontology's triples, in a fixed order: the ontology header, classes
/// and relations by name, then the statement vocabulary.
pub fn ontology_triples(schema: &Schema) -> Result<Vec<Triple>, ExportError> {
    for name in schema
        .classes
        .iter()
        .map(|c| &c.name)
        .chain(schema.relations.iter().map(|r| &r.name))
    {
        if vocab::is_reserved(name) {
            return Err(ExportError::Format(format!(
                "the ontology declares `{name}`, a name seeds keeps for its statement vocabulary; rename it"
            )));
        }
    }
    let term = |name: &str| iri(schema.term_iri(&Segment(name).to_string()));
    let rdf_type = w3(vocab::RDF, "type");
    let label = w3(vocab::RDFS, "label");
    let comment = w3(vocab::RDFS, "comment");
    let defined_by = w3(vocab::RDFS, "isDefinedBy");
    let ontology = iri(schema.ontology_iri())?;
    let owl = |local: &str| NamedNode::new_unchecked(w3(vocab::OWL, local));

    let mut out = Out {
        triples: Vec::new(),
    };
    out.add(ontology.clone(), &rdf_type, owl("Ontology"));
    out.add(ontology.clone(), &label, lang(TITLE_EN, "en"));
    out.add(ontology.clone(), &comment, lang(COMMENT_EN, "en"));

    for c in &schema.classes {
        let s = term(&c.name)?;
        out.add(s.clone(), &rdf_type, owl("Class"));
        if let Some(parent) = &c.parent {
            out.add(s.clone(), &w3(vocab::RDFS, "subClassOf"), term(parent)?);
        }
        for (tag, text) in &c.label {
            out.add(s.clone(), &label, lang(text, tag));
        }
        for (tag, text) in &c.comment {
            out.add(s.clone(), &comment, lang(text, tag));
        }
        out.add(s, &defined_by, ontology.clone());
    }

    for r in &schema.relations {
        let s = term(&r.name)?;
        out.add(s.clone(), &rdf_type, owl("ObjectProperty"));
        if r.symmetric {
            out.add(s.clone(), &rdf_type, owl("SymmetricProperty"));
        }
        let mut pending = Vec::new();
        for (which, classes) in [("domain", &r.domain), ("range", &r.range)] {
            let o = class_or_union(&mut pending, &r.name, which, classes, &term)?;
            out.add(s.clone(), &w3(vocab::RDFS, which), o);
        }
        for (tag, text) in &r.label {
            out.add(s.clone(), &label, lang(text, tag));
        }
        for (tag, text) in &r.comment {
            out.add(s.clone(), &comment, lang(text, tag));
        }
        out.add(s, &defined_by, ontology.clone());
        out.triples.extend(pending);
    }

    for t in vocab::TERMS {
        let s = term(t.name)?;
        let kind = match t.kind {
            Kind::Class => "Class",
            Kind::ObjectProperty => "ObjectProperty",
            Kind::DatatypeProperty => "DatatypeProperty",
        };
        out.add(s.clone(), &rdf_type, owl(kind));
        for (which, end) in [("domain", t.domain), ("range", t.range)] {
            let o = match end {
                None => continue,
                Some(End::Seeds(name)) => term(name)?,
                Some(End::Iri(i)) => iri(i.to_string())?,
            };
            out.add(s.clone(), &w3(vocab::RDFS, which), o);
        }
        out.add(s.clone(), &label, lang(t.label_en, "en"));
        out.add(s.clone(), &label, lang(t.label_fr, "fr"));
        out.add(s.clone(), &comment, lang(t.comment_en, "en"));
        out.add(s, &defined_by, ontology.clone());
    }
    Ok(out.triples)
}

/// One class, or a blank `owl:Class` that is the `owl:unionOf` of several.
/// Blank node labels derive from the relation's name, so the output is the
/// same in every run.
fn class_or_union(
    pending: &mut Vec<Triple>,
    relation: &str,
    which: &str,
    classes: &[CoreClass],
    term: &dyn Fn(&str) -> Result<NamedNode, ExportError>,
) -> Result<Term, ExportError> {
    let mut names: Vec<&str> = Vec::new();
    for c in classes {
        if !names.contains(&c.as_str()) {
            names.push(c.as_str());
        }
    }
    if let [one] = names.as_slice() {
        return Ok(term(one)?.into());
    }
    let bnode = |suffix: String| {
        BlankNode::new(format!("{}_{which}{suffix}", Segment(relation)).replace('%', "_"))
            .map_err(|e| ExportError::Format(format!("blank node for `{relation}`: {e}")))
    };
    let union = bnode(String::new())?;
    let mut add = |s: &BlankNode, p: &str, o: Term| {
        pending.push(Triple::new(s.clone(), NamedNode::new_unchecked(p), o));
    };
    add(
        &union,
        &w3(vocab::RDF, "type"),
        NamedNode::new_unchecked(w3(vocab::OWL, "Class")).into(),
    );
    let nil: Term = NamedNode::new_unchecked(w3(vocab::RDF, "nil")).into();
    let cells: Vec<BlankNode> = (0..names.len())
        .map(|i| bnode(format!("_{}", i + 1)))
        .collect::<Result<_, _>>()?;
    add(&union, &w3(vocab::OWL, "unionOf"), cells[0].clone().into());
    for (i, name) in names.iter().enumerate() {
        add(&cells[i], &w3(vocab::RDF, "first"), term(name)?.into());
        let rest = cells.get(i + 1).map_or(nil.clone(), |c| c.clone().into());
        add(&cells[i], &w3(vocab::RDF, "rest"), rest);
    }
    Ok(union.into())
}

/// Writes the ontology as Turtle with the usual prefixes.
pub fn write_ontology_turtle(schema: &Schema, out: &mut dyn Write) -> Result<(), ExportError> {
    let triples = ontology_triples(schema)?;
    let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
    for (name, ns) in [
        ("seeds", schema.term_iri("")),
        ("rdf", vocab::RDF.into()),
        ("rdfs", vocab::RDFS.into()),
        ("owl", vocab::OWL.into()),
        ("xsd", vocab::XSD.into()),
        ("schema", vocab::SCHEMA.into()),
    ] {
        serializer = serializer
            .with_prefix(name, ns)
            .map_err(|e| ExportError::Format(format!("prefix `{name}`: {e}")))?;
    }
    let mut w = serializer.for_writer(out);
    for t in &triples {
        w.serialize_triple(t)?;
    }
    w.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::Ontology;

    #[test]
    fn actor_ranges_are_unions_of_the_three_actor_classes() {
        let ont = Ontology::bundled().unwrap();
        let triples = ontology_triples(&ont.schema).unwrap();
        let firsts: Vec<String> = triples
            .iter()
            .filter(|t| t.subject.to_string().starts_with("_:allied_with_domain_"))
            .filter(|t| t.predicate.as_str().ends_with("#first"))
            .map(|t| t.object.to_string())
            .collect();
        assert_eq!(firsts.len(), 3, "{firsts:?}");
        assert!(firsts[0].ends_with("ontology#State>"));
    }

    #[test]
    fn a_class_named_like_the_statement_vocabulary_is_refused() {
        let mut ont = Ontology::bundled().unwrap();
        ont.schema.relations[0].name = "subject".into();
        let err = ontology_triples(&ont.schema).unwrap_err();
        assert!(err.to_string().contains("`subject`"), "{err}");
    }
}
