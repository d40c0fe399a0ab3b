//! The query stage: a [`KnowledgeGraph`] and its [`Ontology`] in, SPARQL 1.1
//! answers out.
//!
//! [`QueryEngine`] loads the quads of the RDF export ([`crate::export::rdf`])
//! into an in-memory oxigraph store: one named graph per article, as in the
//! N-Quads export, and a default graph holding the **union of all of them,
//! each triple once**, plus the ontology, so class and property labels
//! resolve. So `?s seeds:attacked ?o` works without `GRAPH`, while
//! `GRAPH ?article { ... }` ranges over the articles that support a fact.
//!
//! The union is materialised rather than asked of oxigraph
//! (`set_default_graph_as_union`) because oxigraph's union is a bag: a fact
//! supported by three articles would match three times and every `COUNT`
//! would count articles instead of facts. The engine is read-only: it never
//! runs an update.
//!
//! ```
//! use seeds::graph::KnowledgeGraph;
//! use seeds::ontology::Ontology;
//! use seeds::query::{Answer, Limits, QueryEngine};
//!
//! let ontology = Ontology::bundled().unwrap();
//! let engine = QueryEngine::new(&KnowledgeGraph::new(), &ontology).unwrap();
//! let answer = engine
//!     .run("ASK { seeds:State a owl:Class }", &Limits::default())
//!     .unwrap();
//! assert!(matches!(answer, Answer::Boolean(true)));
//! ```

pub mod examples;

use std::fmt;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use oxigraph::model::{GraphName, Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store;
use oxrdfio::{RdfFormat, RdfSerializer};

use crate::export::rdf;
use crate::export::ExportError;
use crate::graph::KnowledgeGraph;
use crate::ontology::Ontology;

/// A query failure.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The query text is not SPARQL 1.1; `line` and `column` are 1-based
    /// (0 when the parser gave no position).
    #[error("SPARQL syntax error at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the query has more than {limit} results; add a LIMIT or narrow it")]
    TooManyResults { limit: usize },
    #[error("the query ran longer than {0:?} and was stopped")]
    Timeout(Duration),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    #[error("cannot build the query store: {0}")]
    Store(String),
    #[error("{0}")]
    Export(#[from] ExportError),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// What a query may use.
#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// Most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) returned;
    /// one more is an error, not a silent cut.
    pub max_results: Option<usize>,
    /// Longest run time; see [`QueryEngine::run_with_timeout`].
    pub timeout: Option<Duration>,
}

/// The answer to a query, fully read, so that a server knows the status
/// code before it writes the body.
#[derive(Debug, PartialEq)]
pub enum Answer {
    Solutions {
        variables: Vec<Variable>,
        rows: Vec<QuerySolution>,
    },
    Boolean(bool),
    Graph(Vec<Triple>),
}

impl Answer {
    /// Solutions or triples in the answer (1 for ASK).
    pub fn len(&self) -> usize {
        match self {
            Answer::Solutions { rows, .. } => rows.len(),
            Answer::Boolean(_) => 1,
            Answer::Graph(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An in-memory, read-only SPARQL store of one graph and its ontology.
#[derive(Clone)]
pub struct QueryEngine {
    store: Store,
    prefixes: Vec<(&'static str, String)>,
    quads: usize,
    /// Query threads started by `run_with_timeout` and not yet finished,
    /// abandoned ones included: a server refuses work above a bound.
    running: Arc<AtomicUsize>,
}

/// Decrements the running count when a query thread ends, however it ends.
struct Running(Arc<AtomicUsize>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl fmt::Debug for QueryEngine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QueryEngine")
            .field("quads", &self.quads)
            .finish()
    }
}

impl QueryEngine {
    /// Loads the graph's quads (named graphs per article), their union and
    /// the ontology (default graph).
    pub fn new(graph: &KnowledgeGraph, ontology: &Ontology) -> Result<Self, QueryError> {
        let store = Store::new().map_err(|e| QueryError::Store(e.to_string()))?;
        let dataset = rdf::dataset(graph, &ontology.schema)?;
        let union = rdf::union_triples(&dataset);
        let mut quads: Vec<_> = dataset
            .into_iter()
            .filter(|q| !q.graph_name.is_default_graph())
            .collect();
        quads.extend(
            union
                .into_iter()
                .chain(rdf::ontology_triples(&ontology.schema)?)
                .map(|t| t.in_graph(GraphName::DefaultGraph)),
        );
        let count = quads.len();
        store
            .extend(quads)
            .map_err(|e| QueryError::Store(e.to_string()))?;
        Ok(QueryEngine {
            store,
            prefixes: rdf::prefixes(&ontology.schema),
            quads: count,
            running: Arc::new(AtomicUsize::new(0)),
        })
    }

    /// Quads loaded: the named graphs' plus the default graph's.
    pub fn quad_count(&self) -> usize {
        self.quads
    }

    /// Query threads still running, including those abandoned after a
    /// timeout and not yet stopped by their cancellation.
    pub fn running(&self) -> usize {
        self.running.load(Ordering::SeqCst)
    }

    /// Named graphs (articles) in the store.
    pub fn graph_count(&self) -> usize {
        self.store.named_graphs().count()
    }

    /// The prefixes every query may use without declaring them (`seeds:`,
    /// `id:`, `rdfs:`, `schema:`...): those of the Turtle export.
    pub fn prefixes(&self) -> &[(&'static str, String)] {
        &self.prefixes
    }

    /// Checks a query's syntax without running it.
    pub fn check(&self, query: &str) -> Result<(), QueryError> {
        self.evaluator()?
            .parse_query(query)
            .map(|_| ())
            .map_err(|e| syntax_error(&e.to_string()))
    }

    fn evaluator(&self) -> Result<SparqlEvaluator, QueryError> {
        let mut ev = SparqlEvaluator::new();
        for (name, iri) in &self.prefixes {
            ev = ev
                .with_prefix(*name, iri.as_str())
                .map_err(|e| QueryError::Store(format!("prefix `{name}`: {e}")))?;
        }
        Ok(ev)
    }

    /// Runs a query to the end in this thread; `limits.timeout` is ignored
    /// (see [`QueryEngine::run_with_timeout`]).
    pub fn run(&self, query: &str, limits: &Limits) -> Result<Answer, QueryError> {
        self.run_cancellable(query, limits.max_results, None)
    }

    fn run_cancellable(
        &self,
        query: &str,
        max_results: Option<usize>,
        cancel: Option<CancellationToken>,
    ) -> Result<Answer, QueryError> {
        let mut ev = self.evaluator()?;
        if let Some(token) = cancel {
            ev = ev.with_cancellation_token(token);
        }
        let prepared = ev
            .parse_query(query)
            .map_err(|e| syntax_error(&e.to_string()))?;
        let eval =
            |e: oxigraph::sparql::QueryEvaluationError| QueryError::Evaluation(e.to_string());
        let over = |n: usize| max_results.is_some_and(|m| n > m);
        let too_many = || QueryError::TooManyResults {
            limit: max_results.unwrap_or(0),
        };
        match prepared.on_store(&self.store).execute().map_err(eval)? {
            QueryResults::Boolean(b) => Ok(Answer::Boolean(b)),
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for s in solutions {
                    rows.push(s.map_err(eval)?);
                    if over(rows.len()) {
                        return Err(too_many());
                    }
                }
                Ok(Answer::Solutions { variables, rows })
            }
            QueryResults::Graph(triples) => {
                let mut out = Vec::new();
                for t in triples {
                    out.push(t.map_err(eval)?);
                    if over(out.len()) {
                        return Err(too_many());
                    }
                }
                Ok(Answer::Graph(out))
            }
        }
    }

    /// Runs a query under `limits.timeout`: the query runs in its own
    /// thread while this one waits; when the time is up the query is
    /// cancelled (oxigraph checks the token as it produces results) and
    /// [`QueryError::Timeout`] is returned at once, without waiting for the
    /// worker to notice. Without a timeout, runs in this thread.
    pub fn run_with_timeout(
        self: &Arc<Self>,
        query: &str,
        limits: &Limits,
    ) -> Result<Answer, QueryError> {
        let Some(timeout) = limits.timeout else {
            return self.run(query, limits);
        };
        // A syntax error needs no thread.
        self.check(query)?;
        let token = CancellationToken::new();
        let (tx, rx) = mpsc::channel();
        let engine = Arc::clone(self);
        let text = query.to_string();
        let max = limits.max_results;
        let worker_token = token.clone();
        self.running.fetch_add(1, Ordering::SeqCst);
        let guard = Running(Arc::clone(&self.running));
        std::thread::Builder::new()
            .name("sparql-query".into())
            .spawn(move || {
                let _guard = guard;
                let _ = tx.send(engine.run_cancellable(&text, max, Some(worker_token)));
            })
            .map_err(QueryError::Io)?;
        match rx.recv_timeout(timeout) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                token.cancel();
                Err(QueryError::Timeout(timeout))
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(QueryError::Evaluation(
                "the query worker stopped without an answer".into(),
            )),
        }
    }
}

/// Turns oxigraph's `error at 3:14: expected ...` into a positioned error.
fn syntax_error(message: &str) -> QueryError {
    let position = message
        .strip_prefix("error at ")
        .and_then(|rest| rest.split_once(": "))
        .and_then(|(pos, msg)| {
            let (l, c) = pos.split_once(':')?;
            Some((l.parse().ok()?, c.parse().ok()?, msg.to_string()))
        });
    match position {
        Some((line, column, message)) => QueryError::Syntax {
            line,
            column,
            message,
        },
        None => QueryError::Syntax {
            line: 0,
            column: 0,
            message: message.to_string(),
        },
    }
}

/// How solutions and booleans are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// Aligned columns for people, with prefixed names.
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl ResultsFormat {
    fn w3c(self) -> Option<QueryResultsFormat> {
        Some(match self {
            ResultsFormat::Table => return None,
            ResultsFormat::Csv => QueryResultsFormat::Csv,
            ResultsFormat::Tsv => QueryResultsFormat::Tsv,
            ResultsFormat::Json => QueryResultsFormat::Json,
            ResultsFormat::Xml => QueryResultsFormat::Xml,
        })
    }

    /// The media type the SPARQL protocol uses for it.
    pub fn media_type(self) -> &'static str {
        match self.w3c() {
            Some(f) => f.media_type(),
            None => "text/plain; charset=utf-8",
        }
    }
}

/// Writes a SELECT or ASK answer in `format`; a graph answer is refused
/// (write it with [`write_graph`]).
pub fn write_results(
    answer: &Answer,
    format: ResultsFormat,
    prefixes: &[(&str, String)],
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    match (answer, format.w3c()) {
        (Answer::Graph(_), _) => Err(QueryError::Evaluation(
            "a CONSTRUCT or DESCRIBE answer is RDF, not a results table".into(),
        )),
        (Answer::Boolean(b), None) => Ok(writeln!(out, "{b}")?),
        (Answer::Boolean(b), Some(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, *b)?;
            Ok(())
        }
        (Answer::Solutions { variables, rows }, None) => {
            write_table(variables, rows, prefixes, out)
        }
        (Answer::Solutions { variables, rows }, Some(f)) => {
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(out, variables.clone())?;
            for row in rows {
                w.serialize(row)?;
            }
            w.finish()?;
            Ok(())
        }
    }
}

/// Writes a CONSTRUCT or DESCRIBE answer in an RDF syntax, with prefixes.
pub fn write_graph(
    triples: &[Triple],
    format: RdfFormat,
    prefixes: &[(&str, String)],
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    let mut s = RdfSerializer::from_format(format);
    for (name, iri) in prefixes {
        s = s
            .with_prefix(*name, iri.as_str())
            .map_err(|e| QueryError::Evaluation(format!("prefix `{name}`: {e}")))?;
    }
    let mut w = s.for_writer(out);
    for t in triples {
        w.serialize_triple(t)?;
    }
    w.finish()?;
    Ok(())
}

/// A term as people read it: IRIs shortened with the prefixes, literals as
/// their value (with `@lang` when tagged), blank nodes as `_:id`.
pub fn display_term(term: &Term, prefixes: &[(&str, String)]) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            prefixes
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns.as_str()) && iri.len() > ns.len())
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::Literal(l) => match l.language() {
            Some(lang) => format!("{}@{lang}", l.value()),
            None => l.value().to_string(),
        },
        other => other.to_string(),
    }
}

fn write_table(
    variables: &[Variable],
    rows: &[QuerySolution],
    prefixes: &[(&str, String)],
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    // One line per cell: a sentence with a line break would break the grid.
    let clean = |s: String| s.replace(['\n', '\r', '\t'], " ");
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            variables
                .iter()
                .map(|v| {
                    row.get(v.as_str())
                        .map(|t| clean(display_term(t, prefixes)))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, row: &[String]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < row.len() {
                s.extend(std::iter::repeat_n(' ', w - c.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &header)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for row in &cells {
        line(out, row)?;
    }
    writeln!(
        out,
        "({} result{})",
        cells.len(),
        if cells.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_their_position() {
        match syntax_error("error at 2:7: expected one of \"{\"") {
            QueryError::Syntax {
                line,
                column,
                message,
            } => {
                assert_eq!((line, column), (2, 7));
                assert_eq!(message, "expected one of \"{\"");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_malformed_query_is_a_syntax_error_with_a_position() {
        let ont = Ontology::bundled().unwrap();
        let engine = QueryEngine::new(&KnowledgeGraph::new(), &ont).unwrap();
        let err = engine
            .run("SELECT ?x WHERE {\n  ?x ?y \n", &Limits::default())
            .unwrap_err();
        assert!(matches!(err, QueryError::Syntax { line: 3, .. }), "{err:?}");
    }

    #[test]
    fn results_over_the_limit_are_an_error() {
        let ont = Ontology::bundled().unwrap();
        let engine = QueryEngine::new(&KnowledgeGraph::new(), &ont).unwrap();
        let limits = Limits {
            max_results: Some(3),
            timeout: None,
        };
        let err = engine
            .run("SELECT ?c WHERE { ?c a owl:Class }", &limits)
            .unwrap_err();
        assert!(matches!(err, QueryError::TooManyResults { limit: 3 }));
    }

    #[test]
    fn terms_are_shortened_for_people() {
        let p = vec![("seeds", "https://w3id.org/seeds/ontology#".to_string())];
        let t: Term =
            oxigraph::model::NamedNode::new_unchecked("https://w3id.org/seeds/ontology#State")
                .into();
        assert_eq!(display_term(&t, &p), "seeds:State");
    }
}
