//! The vocabulary seeds adds to the ontology to describe its statements and
//! their evidence, and the namespaces of the standard vocabularies it uses.
//!
//! One list serves both the graph exporters (which use the terms) and the
//! ontology export (which declares them), so the two cannot drift apart.

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SCHEMA: &str = "https://schema.org/";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const WD: &str = "http://www.wikidata.org/entity/";

/// What a vocabulary term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Class,
    ObjectProperty,
    DatatypeProperty,
}

/// The end of a property: a term of the seeds ontology or a full IRI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Seeds(&'static str),
    Iri(&'static str),
}

/// One term of the statement vocabulary.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub name: &'static str,
    pub kind: Kind,
    pub label_en: &'static str,
    pub label_fr: &'static str,
    pub comment_en: &'static str,
    pub domain: Option<End>,
    pub range: Option<End>,
}

const fn term(
    name: &'static str,
    kind: Kind,
    labels: (&'static str, &'static str),
    comment_en: &'static str,
    domain: Option<End>,
    range: Option<End>,
) -> Term {
    Term {
        name,
        kind,
        label_en: labels.0,
        label_fr: labels.1,
        comment_en,
        domain,
        range,
    }
}

const STATEMENT: Option<End> = Some(End::Seeds("Statement"));
const EVIDENCE: Option<End> = Some(End::Seeds("Evidence"));
const XSD_STRING: Option<End> = Some(End::Iri("http://www.w3.org/2001/XMLSchema#string"));
const XSD_INTEGER: Option<End> = Some(End::Iri("http://www.w3.org/2001/XMLSchema#integer"));
const XSD_DECIMAL: Option<End> = Some(End::Iri("http://www.w3.org/2001/XMLSchema#decimal"));

/// The statement vocabulary, in the order the ontology export lists it.
pub const TERMS: &[Term] = &[
    term(
        "Statement",
        Kind::Class,
        ("Statement", "Énoncé"),
        "A fact as seeds read it: subject, relation and object, qualified by modality, date, confidence, claimant and the evidence behind it (like a Wikidata statement). Asserted statements are also given as a direct triple.",
        None,
        None,
    ),
    term(
        "Evidence",
        Kind::Class,
        ("Evidence", "Élément de preuve"),
        "One passage of one article that supports a statement: the sentence, its byte span in the article file and the rule that read it.",
        None,
        None,
    ),
    term(
        "subject",
        Kind::ObjectProperty,
        ("subject", "sujet"),
        "The subject of the statement.",
        STATEMENT,
        None,
    ),
    term(
        "predicate",
        Kind::ObjectProperty,
        ("predicate", "prédicat"),
        "The relation of the statement, a property of this ontology.",
        STATEMENT,
        Some(End::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")),
    ),
    term(
        "object",
        Kind::ObjectProperty,
        ("object", "objet"),
        "The object of the statement.",
        STATEMENT,
        None,
    ),
    term(
        "attributedTo",
        Kind::ObjectProperty,
        ("attributed to", "attribué à"),
        "Who claims it, when the article reports somebody's claim rather than stating it in its own voice.",
        None,
        None,
    ),
    term(
        "evidence",
        Kind::ObjectProperty,
        ("evidence", "preuve"),
        "A passage that supports the statement.",
        STATEMENT,
        EVIDENCE,
    ),
    term(
        "document",
        Kind::ObjectProperty,
        ("document", "document"),
        "The article the passage is in.",
        EVIDENCE,
        Some(End::Iri("https://schema.org/NewsArticle")),
    ),
    term(
        "modality",
        Kind::DatatypeProperty,
        ("modality", "modalité"),
        "`asserted`, `future` (announced or planned) or `conditional` (hypothetical). Only asserted statements have a direct triple.",
        STATEMENT,
        XSD_STRING,
    ),
    term(
        "date",
        Kind::DatatypeProperty,
        ("date", "date"),
        "When, at the precision the text gives: xsd:date, xsd:gYearMonth or xsd:gYear.",
        None,
        None,
    ),
    term(
        "startDate",
        Kind::DatatypeProperty,
        ("start date", "date de début"),
        "First date of an interval, at the precision the text gives.",
        None,
        None,
    ),
    term(
        "endDate",
        Kind::DatatypeProperty,
        ("end date", "date de fin"),
        "Last date of an interval, at the precision the text gives.",
        None,
        None,
    ),
    term(
        "confidence",
        Kind::DatatypeProperty,
        ("confidence", "confiance"),
        "How sure the reading is, from 0 to 1; for a statement, the pieces of evidence combined as independent (noisy-or).",
        None,
        XSD_DECIMAL,
    ),
    term(
        "weight",
        Kind::DatatypeProperty,
        ("weight", "poids"),
        "How many distinct articles support the statement.",
        STATEMENT,
        XSD_INTEGER,
    ),
    term(
        "sentence",
        Kind::DatatypeProperty,
        ("sentence", "phrase"),
        "The sentence of the article the passage lies in, as written.",
        EVIDENCE,
        XSD_STRING,
    ),
    term(
        "start",
        Kind::DatatypeProperty,
        ("start offset", "début"),
        "Byte offset, in the article file, where the passage starts.",
        EVIDENCE,
        XSD_INTEGER,
    ),
    term(
        "end",
        Kind::DatatypeProperty,
        ("end offset", "fin"),
        "Byte offset, in the article file, just after the passage.",
        EVIDENCE,
        XSD_INTEGER,
    ),
    term(
        "rule",
        Kind::DatatypeProperty,
        ("rule", "règle"),
        "The rule, cue or data entry that read the passage: what to fix when the reading is wrong.",
        EVIDENCE,
        XSD_STRING,
    ),
];

/// True when `name` is taken by the statement vocabulary, so that an
/// ontology cannot declare a class or relation that would clash with it.
pub fn is_reserved(name: &str) -> bool {
    TERMS.iter().any(|t| t.name == name)
}
