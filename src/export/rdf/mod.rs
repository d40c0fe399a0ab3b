//! RDF exports: a [`KnowledgeGraph`] in, N-Triples, Turtle, N-Quads, TriG,
//! RDF/XML or JSON-LD out.
//!
//! The graph is first turned into quads ([`dataset`]), then handed to the
//! oxigraph family's serialisers, so no string reaches the output without the
//! escaping of its syntax. The same quads feed the SPARQL store
//! ([`crate::query`]), so what a query sees is exactly what the export holds.
//!
//! # Shape
//!
//! * Entities: `{namespace}id/<node id>`, typed with their ontology class
//!   and, when that is a subclass, with their core class too (so
//!   `?x a seeds:Organization` finds ministries without a reasoner);
//!   `rdfs:label` per language, `skos:altLabel` for other names,
//!   `owl:sameAs` Wikidata, `seeds:date` (or `seeds:startDate` and
//!   `seeds:endDate`) typed by precision.
//! * Articles: `{namespace}id/doc/<file name>`, a `schema:NewsArticle`.
//! * Facts: the direct triple `<s> seeds:<relation> <o>` (asserted facts
//!   only), plus a statement node `{namespace}id/fact/<s>__<relation>__<o>`
//!   (`__<modality>` appended when not asserted) carrying modality, date,
//!   confidence, claimants, weight and one evidence node per passage.
//!   Statement nodes rather than RDF-star: every SPARQL 1.1 tool reads them.
//! * Named graphs (N-Quads, TriG, the SPARQL store): a fact's triples live in
//!   the graph of each article that supports it, so
//!   `GRAPH ?article { ?s seeds:attacked ?o }` answers "who says so"; what no
//!   single article asserts (types, labels, article metadata) lives in the
//!   default graph. Triple formats hold the union, each triple once.
//!
//! Every IRI is derived from ids, never from a counter, so it is the same in
//! every run and across corpora that share the entity.

mod iri;
mod owl;
pub mod vocab;

pub use iri::Segment;
pub use owl::{ontology_triples, write_ontology_turtle};

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Write;

use oxrdf::{Literal, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxrdfio::{JsonLdProfileSet, RdfFormat, RdfSerializer};

use super::{ExportError, Format};
use crate::date::{DateSpan, PartialDate};
use crate::graph::{Evidence, KnowledgeGraph, Modality};
use crate::ontology::{Ontology, Schema};

/// The prefixes Turtle, TriG and RDF/XML output declare, in order.
pub fn prefixes(schema: &Schema) -> Vec<(&'static str, String)> {
    vec![
        ("seeds", schema.term_iri("")),
        ("id", schema.resource_iri("")),
        ("fact", schema.resource_iri("fact/")),
        ("doc", schema.resource_iri("doc/")),
        ("ev", schema.resource_iri("evidence/")),
        ("rdf", vocab::RDF.into()),
        ("rdfs", vocab::RDFS.into()),
        ("owl", vocab::OWL.into()),
        ("xsd", vocab::XSD.into()),
        ("prov", vocab::PROV.into()),
        ("schema", vocab::SCHEMA.into()),
        ("skos", vocab::SKOS.into()),
        ("wd", vocab::WD.into()),
    ]
}

/// The RDF syntax of an export format; `None` for the non-RDF formats.
pub fn rdf_format(format: Format) -> Option<RdfFormat> {
    Some(match format {
        Format::NTriples => RdfFormat::NTriples,
        Format::Turtle => RdfFormat::Turtle,
        Format::NQuads => RdfFormat::NQuads,
        Format::TriG => RdfFormat::TriG,
        Format::RdfXml => RdfFormat::RdfXml,
        Format::JsonLd => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        _ => return None,
    })
}

/// Writes `graph` in an RDF `format`. Dataset formats (N-Quads, TriG) keep
/// one named graph per article; the others get the union of all graphs.
pub fn write(
    format: Format,
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let rdf = rdf_format(format)
        .ok_or_else(|| ExportError::Format(format!("{format} is not an RDF format")))?;
    let quads = dataset(graph, &ontology.schema)?;
    let mut serializer = RdfSerializer::from_format(rdf);
    if !matches!(rdf, RdfFormat::NTriples | RdfFormat::NQuads) {
        for (name, iri) in prefixes(&ontology.schema) {
            serializer = serializer
                .with_prefix(name, iri)
                .map_err(|e| ExportError::Format(format!("prefix `{name}`: {e}")))?;
        }
    }
    let mut w = serializer.for_writer(out);
    if rdf.supports_datasets() && !matches!(rdf, RdfFormat::JsonLd { .. }) {
        for q in &quads {
            w.serialize_quad(q)?;
        }
    } else {
        for t in union_triples(&quads) {
            w.serialize_triple(&t)?;
        }
    }
    w.finish()?;
    Ok(())
}

/// The triples of all graphs, each once, grouped by subject (subjects in
/// order of first appearance) so that Turtle can use `;`.
pub fn union_triples(quads: &[Quad]) -> Vec<Triple> {
    let mut seen = HashSet::new();
    let mut by_subject: Vec<(NamedOrBlankNode, Vec<Triple>)> = Vec::new();
    let mut index: HashMap<NamedOrBlankNode, usize> = HashMap::new();
    for q in quads {
        let t = Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone());
        if !seen.insert(t.clone()) {
            continue;
        }
        let i = *index.entry(t.subject.clone()).or_insert_with(|| {
            by_subject.push((t.subject.clone(), Vec::new()));
            by_subject.len() - 1
        });
        by_subject[i].1.push(t);
    }
    by_subject.into_iter().flat_map(|(_, ts)| ts).collect()
}

/// The graph as quads: default graph first, then one named graph per
/// article in id order; within a graph, in the order the graph iterates,
/// each quad once.
pub fn dataset(graph: &KnowledgeGraph, schema: &Schema) -> Result<Vec<Quad>, ExportError> {
    let mint = Mint::new(schema)?;
    let mut q = Quads::default();
    let v = &mint.v;

    for src in graph.sources() {
        let d = mint.doc(&src.id)?;
        q.add(None, &d, &v.rdf_type, v.news_article.clone());
        q.add(
            None,
            &d,
            &v.identifier,
            Literal::new_simple_literal(&src.id),
        );
        if let Some(title) = &src.title {
            q.add(None, &d, &v.name, Literal::new_simple_literal(title));
        }
        if let Some(url) = &src.url {
            let o: Term = match NamedNode::new(url.trim()) {
                Ok(iri) => iri.into(),
                Err(_) => Literal::new_simple_literal(url).into(),
            };
            q.add(None, &d, &v.url, o);
        }
        if let Some(p) = &src.publisher {
            q.add(None, &d, &v.publisher, Literal::new_simple_literal(p));
        }
        if let Some(date) = &src.date {
            q.add(None, &d, &v.date_published, date_literal_str(date));
        }
        q.add(
            None,
            &d,
            &v.in_language,
            Literal::new_simple_literal(&src.lang),
        );
    }

    for n in graph.nodes() {
        let r = mint.resource(&n.id)?;
        q.add(None, &r, &v.rdf_type, mint.term(&n.class)?);
        if n.class != n.core.as_str() {
            q.add(None, &r, &v.rdf_type, mint.term(n.core.as_str())?);
        }
        for (lang, label) in &n.labels {
            q.add(None, &r, &v.label, lang_literal(label, lang));
        }
        if !n.labels.values().any(|l| l == &n.label) {
            q.add(None, &r, &v.label, Literal::new_simple_literal(&n.label));
        }
        for alias in &n.aliases {
            if alias != &n.label && !n.labels.values().any(|l| l == alias) {
                q.add(None, &r, &v.alt_label, Literal::new_simple_literal(alias));
            }
        }
        if let Some(qid) = n.wikidata.as_deref().filter(|q| is_wikidata_id(q)) {
            q.add(None, &r, &v.same_as, iri(format!("{}{qid}", vocab::WD))?);
        }
        if let Some(span) = n.date {
            add_span(&mut q, None, &r, v, span);
        }
        let docs: BTreeSet<&str> = n.provenance.iter().map(|e| e.doc.as_str()).collect();
        for doc in docs {
            q.add(Some(doc), &r, &v.derived_from, mint.doc(doc)?);
        }
    }

    let mut fact_iris: HashSet<NamedNode> = HashSet::new();
    for e in graph.edges() {
        let s = mint.resource(&e.source.id)?;
        let o = mint.resource(&e.target.id)?;
        let p = mint.term(&e.edge.relation)?;
        let mut key = format!("{}__{}__{}", e.source.id, e.edge.relation, e.target.id);
        if e.edge.modality != Modality::Asserted {
            key = format!("{key}__{}", e.edge.modality.as_str());
        }
        let fact = unique(&mut fact_iris, |n| mint.fact(&key, n))?;
        let docs = e.edge.documents();
        let graphs: Vec<Option<&str>> = if docs.is_empty() {
            vec![None]
        } else {
            docs.iter().map(|d| Some(*d)).collect()
        };
        for &g in &graphs {
            if e.edge.modality == Modality::Asserted {
                q.add(g, &s, &p, o.clone());
            }
            q.add(g, &fact, &v.rdf_type, v.statement.clone());
            q.add(g, &fact, &v.subject, s.clone());
            q.add(g, &fact, &v.predicate, p.clone());
            q.add(g, &fact, &v.object, o.clone());
            q.add(
                g,
                &fact,
                &v.modality,
                Literal::new_simple_literal(e.edge.modality.as_str()),
            );
            if let Some(date) = e.edge.date() {
                add_date_str(&mut q, g, &fact, v, date);
            }
            if let Some(c) = decimal(e.edge.confidence()) {
                q.add(g, &fact, &v.confidence, c);
            }
            for who in e.edge.claimants() {
                q.add(g, &fact, &v.attributed_to, mint.resource(who)?);
            }
            q.add(g, &fact, &v.weight, integer(e.edge.weight()));
            for doc in &docs {
                q.add(g, &fact, &v.derived_from, mint.doc(doc)?);
            }
        }
        let mut evidence_iris = HashSet::new();
        for ev in &e.edge.evidence {
            let ev_key = format!(
                "{}__{}__{}_{}",
                Segment(&key),
                Segment(&ev.doc),
                ev.start,
                ev.end
            );
            let node = unique(&mut evidence_iris, |n| mint.evidence(&ev_key, n))?;
            add_evidence(&mut q, &mint, &fact, &node, ev)?;
        }
    }

    let mut out = Vec::new();
    for (g, (triples, _)) in q.graphs {
        let name = match g {
            None => oxrdf::GraphName::DefaultGraph,
            Some(doc) => mint.doc(&doc)?.into(),
        };
        out.extend(
            triples
                .into_iter()
                .map(|t| Quad::new(t.subject, t.predicate, t.object, name.clone())),
        );
    }
    Ok(out)
}

fn add_evidence(
    q: &mut Quads,
    mint: &Mint,
    fact: &NamedNode,
    node: &NamedNode,
    ev: &Evidence,
) -> Result<(), ExportError> {
    let v = &mint.v;
    let g = Some(ev.doc.as_str());
    let doc = mint.doc(&ev.doc)?;
    q.add(g, fact, &v.evidence, node.clone());
    q.add(g, node, &v.rdf_type, v.evidence_class.clone());
    q.add(g, node, &v.document, doc.clone());
    q.add(g, node, &v.quoted_from, doc);
    q.add(
        g,
        node,
        &v.sentence,
        Literal::new_simple_literal(&ev.sentence),
    );
    q.add(g, node, &v.start, integer(ev.start));
    q.add(g, node, &v.end, integer(ev.end));
    q.add(g, node, &v.rule, Literal::new_simple_literal(&ev.rule));
    if let Some(who) = &ev.attributed_to {
        q.add(g, node, &v.attributed_to, mint.resource(who)?);
    }
    if let Some(date) = &ev.date {
        add_date_str(q, g, node, v, date);
    }
    if let Some(c) = decimal(ev.confidence) {
        q.add(g, node, &v.confidence, c);
    }
    Ok(())
}

/// Mints `make(0)`, or `make(2)`, `make(3)`... when an earlier IRI took it:
/// ids joined with `__` could in principle meet, and two facts must never
/// share a node.
fn unique(
    used: &mut HashSet<NamedNode>,
    make: impl Fn(usize) -> Result<NamedNode, ExportError>,
) -> Result<NamedNode, ExportError> {
    let mut n = 0;
    loop {
        let candidate = make(n)?;
        if used.insert(candidate.clone()) {
            return Ok(candidate);
        }
        n = if n == 0 { 2 } else { n + 1 };
    }
}

fn is_wikidata_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('Q' | 'P' | 'L'))
        && s.len() > 1
        && chars.all(|c| c.is_ascii_digit())
}

/// An `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`, as precise as the date.
pub fn date_literal(d: PartialDate) -> Literal {
    let dt = match (d.month, d.day) {
        (Some(_), Some(_)) => "date",
        (Some(_), None) => "gYearMonth",
        _ => "gYear",
    };
    Literal::new_typed_literal(
        d.to_string(),
        NamedNode::new_unchecked(format!("{}{dt}", vocab::XSD)),
    )
}

/// A date given as text: typed when it parses, a plain literal otherwise
/// (so an odd front-matter date is kept, not lost).
fn date_literal_str(s: &str) -> Literal {
    match s.parse::<PartialDate>() {
        Ok(d) => date_literal(d),
        Err(_) => Literal::new_simple_literal(s),
    }
}

fn add_span(q: &mut Quads, g: Option<&str>, s: &NamedNode, v: &Vocab, span: DateSpan) {
    match span.end {
        None => q.add(g, s, &v.date, date_literal(span.start)),
        Some(end) => {
            q.add(g, s, &v.start_date, date_literal(span.start));
            q.add(g, s, &v.end_date, date_literal(end));
        }
    }
}

fn add_date_str(q: &mut Quads, g: Option<&str>, s: &NamedNode, v: &Vocab, date: &str) {
    match date.parse::<DateSpan>() {
        Ok(span) => add_span(q, g, s, v, span),
        Err(_) => q.add(g, s, &v.date, Literal::new_simple_literal(date)),
    }
}

fn lang_literal(value: &str, lang: &str) -> Literal {
    Literal::new_language_tagged_literal(value, lang)
        .unwrap_or_else(|_| Literal::new_simple_literal(value))
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(
        n.to_string(),
        NamedNode::new_unchecked(format!("{}integer", vocab::XSD)),
    )
}

/// An `xsd:decimal` with at most three decimals and no trailing zeros
/// (`0.9`, `1`); `None` for NaN and infinities, which have no decimal form.
pub fn decimal(x: f64) -> Option<Literal> {
    if !x.is_finite() {
        return None;
    }
    let mut s = format!("{x:.3}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    Some(Literal::new_typed_literal(
        s,
        NamedNode::new_unchecked(format!("{}decimal", vocab::XSD)),
    ))
}

pub(crate) fn iri(s: String) -> Result<NamedNode, ExportError> {
    NamedNode::new(s.as_str())
        .map_err(|e| ExportError::Format(format!("cannot make an IRI of `{s}`: {e}")))
}

/// Quads grouped by graph (`None`: the default graph; `Some(doc id)`), in
/// insertion order, each once.
#[derive(Default)]
struct Quads {
    graphs: BTreeMap<Option<String>, (Vec<Triple>, HashSet<Triple>)>,
}

impl Quads {
    fn add(&mut self, graph: Option<&str>, s: &NamedNode, p: &NamedNode, o: impl Into<Term>) {
        let t = Triple::new(s.clone(), p.clone(), o);
        let (list, seen) = self.graphs.entry(graph.map(str::to_string)).or_default();
        if seen.insert(t.clone()) {
            list.push(t);
        }
    }
}

/// IRIs of the seeds namespace.
struct Mint<'s> {
    schema: &'s Schema,
    v: Vocab,
}

impl<'s> Mint<'s> {
    fn new(schema: &'s Schema) -> Result<Self, ExportError> {
        Ok(Mint {
            schema,
            v: Vocab::new(schema)?,
        })
    }

    fn term(&self, name: &str) -> Result<NamedNode, ExportError> {
        iri(self.schema.term_iri(&Segment(name).to_string()))
    }

    fn resource(&self, id: &str) -> Result<NamedNode, ExportError> {
        iri(self.schema.resource_iri(&Segment(id).to_string()))
    }

    fn doc(&self, doc: &str) -> Result<NamedNode, ExportError> {
        iri(self.schema.resource_iri(&format!("doc/{}", Segment(doc))))
    }

    fn fact(&self, key: &str, n: usize) -> Result<NamedNode, ExportError> {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("__{n}")
        };
        iri(self
            .schema
            .resource_iri(&format!("fact/{}{suffix}", Segment(key))))
    }

    fn evidence(&self, key: &str, n: usize) -> Result<NamedNode, ExportError> {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("__{n}")
        };
        // `key` is already made of segments: encoding it again would turn
        // their `%` into `%25`.
        iri(self.schema.resource_iri(&format!("evidence/{key}{suffix}")))
    }
}

/// The predicates and classes the exporter uses, made once.
struct Vocab {
    rdf_type: NamedNode,
    label: NamedNode,
    alt_label: NamedNode,
    same_as: NamedNode,
    derived_from: NamedNode,
    quoted_from: NamedNode,
    news_article: NamedNode,
    identifier: NamedNode,
    name: NamedNode,
    url: NamedNode,
    publisher: NamedNode,
    date_published: NamedNode,
    in_language: NamedNode,
    statement: NamedNode,
    evidence_class: NamedNode,
    subject: NamedNode,
    predicate: NamedNode,
    object: NamedNode,
    modality: NamedNode,
    date: NamedNode,
    start_date: NamedNode,
    end_date: NamedNode,
    confidence: NamedNode,
    attributed_to: NamedNode,
    weight: NamedNode,
    evidence: NamedNode,
    document: NamedNode,
    sentence: NamedNode,
    start: NamedNode,
    end: NamedNode,
    rule: NamedNode,
}

impl Vocab {
    fn new(schema: &Schema) -> Result<Self, ExportError> {
        let ext = |ns: &str, local: &str| iri(format!("{ns}{local}"));
        let seeds = |local: &str| iri(schema.term_iri(local));
        Ok(Vocab {
            rdf_type: ext(vocab::RDF, "type")?,
            label: ext(vocab::RDFS, "label")?,
            alt_label: ext(vocab::SKOS, "altLabel")?,
            same_as: ext(vocab::OWL, "sameAs")?,
            derived_from: ext(vocab::PROV, "wasDerivedFrom")?,
            quoted_from: ext(vocab::PROV, "wasQuotedFrom")?,
            news_article: ext(vocab::SCHEMA, "NewsArticle")?,
            identifier: ext(vocab::SCHEMA, "identifier")?,
            name: ext(vocab::SCHEMA, "name")?,
            url: ext(vocab::SCHEMA, "url")?,
            publisher: ext(vocab::SCHEMA, "publisher")?,
            date_published: ext(vocab::SCHEMA, "datePublished")?,
            in_language: ext(vocab::SCHEMA, "inLanguage")?,
            statement: seeds("Statement")?,
            evidence_class: seeds("Evidence")?,
            subject: seeds("subject")?,
            predicate: seeds("predicate")?,
            object: seeds("object")?,
            modality: seeds("modality")?,
            date: seeds("date")?,
            start_date: seeds("startDate")?,
            end_date: seeds("endDate")?,
            confidence: seeds("confidence")?,
            attributed_to: seeds("attributedTo")?,
            weight: seeds("weight")?,
            evidence: seeds("evidence")?,
            document: seeds("document")?,
            sentence: seeds("sentence")?,
            start: seeds("start")?,
            end: seeds("end")?,
            rule: seeds("rule")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_typed_by_precision() {
        let lit = |s: &str| date_literal(s.parse().unwrap()).to_string();
        assert_eq!(
            lit("2020-11-10"),
            "\"2020-11-10\"^^<http://www.w3.org/2001/XMLSchema#date>"
        );
        assert_eq!(
            lit("2023-09"),
            "\"2023-09\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"
        );
        assert_eq!(
            lit("1994"),
            "\"1994\"^^<http://www.w3.org/2001/XMLSchema#gYear>"
        );
    }

    #[test]
    fn decimals_have_no_trailing_zeros() {
        let d = |x: f64| decimal(x).map(|l| l.value().to_string());
        assert_eq!(d(0.9).as_deref(), Some("0.9"));
        assert_eq!(d(1.0).as_deref(), Some("1"));
        assert_eq!(d(0.8766).as_deref(), Some("0.877"));
        assert_eq!(d(-0.0001).as_deref(), Some("0"));
        assert_eq!(d(f64::NAN), None);
    }

    #[test]
    fn wikidata_ids_are_checked() {
        assert!(is_wikidata_id("Q399"));
        assert!(!is_wikidata_id("Q"));
        assert!(!is_wikidata_id("Q3 99"));
        assert!(!is_wikidata_id("https://www.wikidata.org/wiki/Q399"));
    }
}
