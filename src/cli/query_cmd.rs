//! `seeds graph query`: builds the graph of a corpus and runs one SPARQL
//! query on it in memory.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::ValueEnum;

use seeds::export::{rdf, Format};
use seeds::query::{self, examples::EXAMPLES, Answer, Limits, QueryEngine, QueryError};

use super::{build_corpus_graph, load_ontology, InputError, QuietExit};

pub(crate) const QUERY_HELP: &str = "\
The graph is loaded with one named graph per article (GRAPH ?article { ... })
and the ontology; a query without FROM sees the union of all graphs. The
prefixes of the Turtle export (seeds:, id:, fact:, doc:, ev:, rdf:, rdfs:,
owl:, xsd:, prov:, schema:, skos:, wd:) are predeclared.

ASK exits 0 when true and 1 when false. A syntax error exits 2 and shows
where. `seeds graph query --examples` lists worked examples.";

/// Where the graph comes from: shared by `graph query` and `graph serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct CorpusArgs {
    /// Folder of articles (.txt, .md) to read.
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    /// Ontology folder to read instead of the bundled one.
    #[arg(long, value_name = "DIR")]
    pub ontology: Option<PathBuf>,
    /// Skip unusable article files (with a warning) instead of stopping.
    #[arg(long)]
    pub keep_going: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ResultsArg {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GraphFormatArg {
    Ntriples,
    Turtle,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, clap::Args)]
pub(crate) struct QueryArgs {
    /// The SPARQL query; `-` to read it from standard input.
    #[arg(value_name = "QUERY", required_unless_present_any = ["file", "examples"], conflicts_with = "file")]
    query: Option<String>,
    /// Read the query from a file (`.rq`).
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// Print worked example queries and exit.
    #[arg(long, conflicts_with_all = ["query", "file"])]
    examples: bool,
    /// How to write SELECT and ASK results: a table for people, or a W3C
    /// results format.
    #[arg(long, value_enum, default_value = "table")]
    results: ResultsArg,
    /// RDF syntax for CONSTRUCT and DESCRIBE results.
    #[arg(long, value_enum, default_value = "turtle")]
    format: GraphFormatArg,
    /// Stop the query after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<f64>,
    /// Fail when the query has more results than this.
    #[arg(long, value_name = "N")]
    max_results: Option<usize>,
    #[command(flatten)]
    input: CorpusArgs,
}

pub(crate) fn run(args: QueryArgs) -> Result<()> {
    if args.examples {
        return print_examples();
    }
    let text = read_query(&args)?;
    let ontology = load_ontology(args.input.ontology.as_deref())?;
    let (graph, _) = build_corpus_graph(&args.input.corpus, &ontology, args.input.keep_going)?;
    let engine = std::sync::Arc::new(QueryEngine::new(&graph, &ontology)?);
    let limits = Limits {
        max_results: args.max_results,
        timeout: args.timeout.map(seconds).transpose()?,
    };
    let answer = match engine.run_with_timeout(&text, &limits) {
        Ok(a) => a,
        Err(QueryError::Syntax {
            line,
            column,
            message,
        }) => {
            return Err(InputError(syntax_report(&text, line, column, &message)).into());
        }
        Err(e) => return Err(e.into()),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match &answer {
        Answer::Graph(triples) => {
            let format = graph_format(args.format);
            let rdf = rdf::rdf_format(format).context("not an RDF format")?;
            query::write_graph(triples, rdf, engine.prefixes(), &mut out)?;
        }
        _ => query::write_results(
            &answer,
            results_format(args.results),
            engine.prefixes(),
            &mut out,
        )?,
    }
    out.flush()?;
    if let Answer::Boolean(false) = answer {
        return Err(QuietExit(1).into());
    }
    Ok(())
}

pub(crate) fn seconds(s: f64) -> Result<Duration> {
    Duration::try_from_secs_f64(s)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| InputError(format!("`{s}` is not a positive number of seconds")).into())
}

fn read_query(args: &QueryArgs) -> Result<String> {
    let text = match (&args.query, &args.file) {
        (_, Some(path)) => std::fs::read_to_string(path)
            .map_err(|e| InputError(format!("{}: cannot read the query: {e}", path.display())))?,
        (Some(q), None) if q == "-" => {
            let mut s = String::new();
            io::stdin().read_to_string(&mut s).map_err(|e| {
                InputError(format!("cannot read the query from standard input: {e}"))
            })?;
            s
        }
        (Some(q), None) => q.clone(),
        (None, None) => return Err(InputError("give a query, --file PATH or -".into()).into()),
    };
    if text.trim().is_empty() {
        return Err(InputError("the query is empty".into()).into());
    }
    Ok(text)
}

/// The error message, then the offending line with a caret under the column.
pub(crate) fn syntax_report(text: &str, line: usize, column: usize, message: &str) -> String {
    let mut out = format!("SPARQL syntax error at line {line}, column {column}: {message}");
    if let Some(src) = line.checked_sub(1).and_then(|i| text.lines().nth(i)) {
        let pad: String = src
            .chars()
            .take(column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("\n  {src}\n  {pad}^"));
    }
    out
}

fn print_examples() -> Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    writeln!(
        out,
        "# Worked examples. Run one with: seeds graph query --file example.rq\n# (or paste it as the argument). Prefixes are predeclared.\n"
    )?;
    for ex in EXAMPLES {
        writeln!(out, "# {}: {}\n{}\n", ex.name, ex.question, ex.query)?;
    }
    out.flush()?;
    Ok(())
}

fn results_format(r: ResultsArg) -> query::ResultsFormat {
    match r {
        ResultsArg::Table => query::ResultsFormat::Table,
        ResultsArg::Csv => query::ResultsFormat::Csv,
        ResultsArg::Tsv => query::ResultsFormat::Tsv,
        ResultsArg::Json => query::ResultsFormat::Json,
        ResultsArg::Xml => query::ResultsFormat::Xml,
    }
}

fn graph_format(f: GraphFormatArg) -> Format {
    match f {
        GraphFormatArg::Ntriples => Format::NTriples,
        GraphFormatArg::Turtle => Format::Turtle,
        GraphFormatArg::Nquads => Format::NQuads,
        GraphFormatArg::Trig => Format::TriG,
        GraphFormatArg::Rdfxml => Format::RdfXml,
        GraphFormatArg::Jsonld => Format::JsonLd,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_points_at_the_column() {
        let r = syntax_report("SELECT ?x\nWHERE { ?x ?y }}", 2, 16, "unexpected `}`");
        assert!(r.ends_with("  WHERE { ?x ?y }}\n                 ^"), "{r}");
    }
}
