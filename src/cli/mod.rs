//! Command-line interface: clap types and the wiring of the library stages.
//! Nothing here is part of the library; the library never sees these types.

mod extract_cmd;
mod query_cmd;
mod serve_cmd;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use seeds::corpus::{self, CorpusError};
use seeds::export::{self, Format};
use seeds::graph::{GraphBuilder, KnowledgeGraph};
use seeds::ontology::{Ontology, OntologyError};

/// Turns news articles into a knowledge graph of who did what to whom, with
/// the evidence, and exports it for Gephi, scripts and SPARQL tools.
#[derive(Debug, Parser)]
#[command(name = "seeds", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the knowledge graph of a corpus and export or query it.
    #[command(subcommand)]
    Graph(GraphCommand),
    /// Show what seeds finds in one text: entities, facts, spans, evidence
    /// and the rule or cue behind each.
    Extract(ExtractArgs),
    /// Work with the ontology.
    #[command(subcommand)]
    Ontology(OntologyCommand),
}

#[derive(Debug, Subcommand)]
enum GraphCommand {
    /// Export the graph of a corpus.
    #[command(after_long_help = formats_help())]
    Export(ExportArgs),
    /// Run a SPARQL 1.1 query on the graph of a corpus, in memory.
    #[command(after_long_help = query_cmd::QUERY_HELP)]
    Query(query_cmd::QueryArgs),
    /// Serve the graph of a corpus over the SPARQL 1.1 Protocol, read-only.
    #[command(after_long_help = serve_cmd::SERVE_HELP)]
    Serve(serve_cmd::ServeArgs),
}

#[derive(Debug, Subcommand)]
enum OntologyCommand {
    /// Write the ontology (classes and relations) as RDFS/OWL Turtle.
    Export {
        /// Where to write; `-` for standard output.
        #[arg(short, long, default_value = "-")]
        output: PathBuf,
        /// Ontology folder to read instead of the bundled one.
        #[arg(long, value_name = "DIR")]
        ontology: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Graphml,
    Gexf,
    Json,
    Graphology,
    Ntriples,
    Turtle,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
    Dot,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Graphml => Format::GraphMl,
            FormatArg::Gexf => Format::Gexf,
            FormatArg::Json => Format::Json,
            FormatArg::Graphology => Format::Graphology,
            FormatArg::Ntriples => Format::NTriples,
            FormatArg::Turtle => Format::Turtle,
            FormatArg::Nquads => Format::NQuads,
            FormatArg::Trig => Format::TriG,
            FormatArg::Rdfxml => Format::RdfXml,
            FormatArg::Jsonld => Format::JsonLd,
            FormatArg::Dot => Format::Dot,
            FormatArg::Csv => Format::Csv,
        }
    }
}

fn formats_help() -> String {
    let mut s = String::from("Formats:\n");
    for f in Format::ALL {
        s.push_str(&format!(
            "  {:<11} .{:<16} {}\n",
            f.name(),
            f.extension(),
            f.description()
        ));
    }
    s.push_str("\nWithout --format, the format is inferred from --output's extension; without either, graphml.");
    s
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// Output format (see below). Inferred from --output's extension when absent.
    #[arg(short, long, value_enum)]
    format: Option<FormatArg>,
    /// Where to write; `-` for standard output. Default: exports/graph.<ext>.
    /// For csv, `X.csv` writes `X.nodes.csv` and `X.edges.csv` (not to `-`).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Folder of articles (.txt, .md) to read.
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    corpus: PathBuf,
    /// Ontology folder to read instead of the bundled one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
    /// Skip unusable article files (with a warning) instead of stopping.
    #[arg(long)]
    keep_going: bool,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    /// The text to read; `-` for standard input.
    file: PathBuf,
    /// Print JSON for machines instead of a report for people.
    #[arg(long)]
    json: bool,
    /// Ontology folder to read instead of the bundled one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
}

/// An error that is the user's input's fault (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct InputError(String);

/// Ends the program with this exit code and no message (an ASK answered
/// `false` exits 1: it is an answer, not an error).
#[derive(Debug, thiserror::Error)]
#[error("exit {0}")]
struct QuietExit(u8);

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(QuietExit(code)) = e.downcast_ref::<QuietExit>() {
                return ExitCode::from(*code);
            }
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("seeds: error: {e:#}");
            ExitCode::from(exit_code(&e))
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<export::ExportError>().is_some_and(|x| {
                matches!(x, export::ExportError::Io(io) if io.kind() == io::ErrorKind::BrokenPipe)
            })
    })
}

fn exit_code(e: &anyhow::Error) -> u8 {
    let input = e
        .chain()
        .any(|c| c.is::<CorpusError>() || c.is::<OntologyError>() || c.is::<InputError>());
    if input {
        2
    } else {
        1
    }
}

pub(crate) fn load_ontology(dir: Option<&Path>) -> Result<Ontology> {
    Ok(match dir {
        Some(d) => Ontology::load_dir(d)?,
        None => Ontology::bundled().context("the bundled ontology is broken")?,
    })
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Graph(GraphCommand::Export(args)) => export_graph(args),
        Command::Graph(GraphCommand::Query(args)) => query_cmd::run(args),
        Command::Graph(GraphCommand::Serve(args)) => serve_cmd::run(args),
        Command::Extract(args) => extract_cmd::run(args),
        Command::Ontology(OntologyCommand::Export { output, ontology }) => {
            let ont = load_ontology(ontology.as_deref())?;
            write_output(&output, |w| seeds::export::ontology_turtle(&ont, w))
        }
    }
}

/// Writes to a file atomically, or to standard output for `-`.
fn write_output(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), export::ExportError>,
) -> Result<()> {
    if path == Path::new("-") {
        let stdout = io::stdout();
        let mut lock = io::BufWriter::new(stdout.lock());
        fill(&mut lock)?;
        lock.flush()?;
    } else {
        export::write_atomically(path, fill)?;
    }
    Ok(())
}

fn export_graph(args: ExportArgs) -> Result<()> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => Format::from(f),
        (None, Some(p)) if p != Path::new("-") => Format::from_path(p).ok_or_else(|| {
            InputError(format!(
                "cannot tell the format from `{}`; give --format (one of: {})",
                p.display(),
                Format::ALL.map(|f| f.name()).join(", ")
            ))
        })?,
        _ => Format::GraphMl,
    };
    if format.is_multi_file() && args.output.as_deref() == Some(Path::new("-")) {
        return Err(InputError(format!(
            "{format} is two files (nodes and edges) and cannot go to standard output; give --output PATH.csv"
        ))
        .into());
    }
    let ontology = load_ontology(args.ontology.as_deref())?;
    let (graph, articles) = build_corpus_graph(&args.corpus, &ontology, args.keep_going)?;
    let output = args
        .output
        .unwrap_or_else(|| PathBuf::from(format!("exports/graph.{}", format.extension())));
    if output == Path::new("-") {
        return write_output(&output, |w| export::write(format, &graph, &ontology, w));
    }
    // Checked before anything is written: the CSV tables are renamed into
    // place one after the other, and a folder in the way of the second would
    // leave the first replaced and the second not.
    let targets = if format.is_multi_file() {
        let (nodes, edges) = export::csv_paths(&output);
        vec![nodes, edges]
    } else {
        vec![output.clone()]
    };
    if let Some(dir) = targets.iter().find(|p| p.is_dir()) {
        return Err(InputError(format!(
            "{}: is a folder; give the path of a file to write",
            dir.display()
        ))
        .into());
    }
    let written = export::write_to_path(format, &graph, &ontology, &output)?;
    eprintln!(
        "seeds: wrote {} ({} nodes, {} edges, {} articles) to {}",
        format,
        graph.node_count(),
        graph.edge_count(),
        articles,
        written
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" and ")
    );
    Ok(())
}

/// Reads every article of a corpus folder, extracts and merges them: the
/// graph, and how many articles went in. Shared by `graph export`, `graph
/// query` and `graph serve`, so they all see the same graph.
pub(crate) fn build_corpus_graph(
    corpus_dir: &Path,
    ontology: &Ontology,
    keep_going: bool,
) -> Result<(KnowledgeGraph, usize)> {
    let (files, skipped) = corpus::list_articles(corpus_dir)?;
    for s in &skipped {
        eprintln!("seeds: note: skipping {}: {}", s.path.display(), s.reason);
    }
    if files.is_empty() {
        return Err(CorpusError::NoArticles {
            path: corpus_dir.to_path_buf(),
        }
        .into());
    }
    let mut builder = GraphBuilder::new();
    let extractor = seeds::extract::Extractor::new(ontology);
    let mut articles = 0;
    for path in &files {
        let doc = match corpus::load_file(path) {
            Ok(doc) => doc,
            Err(e) if keep_going => {
                eprintln!("seeds: warning: skipping {e}");
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let ex = extractor.extract(&doc);
        builder.add(&doc, &ex);
        articles += 1;
    }
    Ok((builder.finish(), articles))
}
