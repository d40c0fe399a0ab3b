//! `seeds graph serve`: the SPARQL 1.1 Protocol over HTTP, read-only.
//!
//! Blocking `tiny_http`, no async runtime: a fixed number of worker threads
//! each take one request at a time, so load is bounded by `--workers`. The
//! time limit runs each query in its own thread and answers 503 when the
//! limit passes; the query is then cancelled through oxigraph's
//! cancellation token and its thread ends at the next result it would have
//! produced. A bound on such still-running threads turns away new queries
//! (503) rather than letting abandoned work pile up. The result-size limit
//! counts solutions (or triples) while reading them and answers 413 past it.
//! Updates are never run: the protocol's update forms get 403.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{anyhow, Result};
use oxrdfio::{JsonLdProfileSet, RdfFormat};
use tiny_http::{Header, Method, Request, Response, Server};

use seeds::query::{self, Answer, Limits, QueryEngine, QueryError, ResultsFormat};

use super::query_cmd::{seconds, CorpusArgs};
use super::{build_corpus_graph, load_ontology, InputError};

pub(crate) const SERVE_HELP: &str = "\
Endpoint: http://<bind>/sparql, GET ?query=... or POST (form-encoded
`query=...`, or a body of type application/sparql-query). Results by content
negotiation: application/sparql-results+json (default), +xml, text/csv,
text/tab-separated-values; CONSTRUCT/DESCRIBE as text/turtle (default),
application/n-triples, application/rdf+xml, application/ld+json,
application/n-quads, application/trig.

Status codes: 400 malformed query, 403 update, 405 other methods, 406 no
acceptable format, 413 too many results or too large a request, 503 time
limit passed or server busy. Loopback only unless --bind says otherwise.";

/// Largest request body read (a query, form-encoded or not).
const MAX_BODY: u64 = 1 << 20;

#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on (`host:port`). Other hosts can reach the
    /// endpoint only if you bind a non-loopback address.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
    bind: String,
    /// Longest a query may run, in seconds.
    #[arg(long, value_name = "SECONDS", default_value = "10")]
    timeout: f64,
    /// Most solutions (or triples) a query may return.
    #[arg(long, value_name = "N", default_value = "10000")]
    max_results: usize,
    /// Requests handled at the same time.
    #[arg(long, value_name = "N", default_value = "4", value_parser = clap::value_parser!(u16).range(1..=256))]
    workers: u16,
    #[command(flatten)]
    input: CorpusArgs,
}

struct State {
    engine: Arc<QueryEngine>,
    limits: Limits,
    /// Query threads allowed at once, abandoned ones included.
    max_running: usize,
}

pub(crate) fn run(args: ServeArgs) -> Result<()> {
    let limits = Limits {
        max_results: Some(args.max_results),
        timeout: Some(seconds(args.timeout)?),
    };
    let ontology = load_ontology(args.input.ontology.as_deref())?;
    let (graph, articles) =
        build_corpus_graph(&args.input.corpus, &ontology, args.input.keep_going)?;
    let engine = Arc::new(QueryEngine::new(&graph, &ontology)?);
    let server = Server::http(args.bind.as_str())
        .map_err(|e| InputError(format!("cannot listen on {}: {e}", args.bind)))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| anyhow!("the server has no IP address"))?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "seeds: warning: listening on {addr}, not a loopback address: anyone who can reach it can query the graph"
        );
    }
    eprintln!(
        "seeds: SPARQL endpoint at http://{addr}/sparql (read-only; {} nodes, {} edges, {articles} articles, {} quads; time limit {:?}, at most {} results). Ctrl-C to stop.",
        graph.node_count(),
        graph.edge_count(),
        engine.quad_count(),
        limits.timeout.unwrap_or_default(),
        args.max_results,
    );
    let state = Arc::new(State {
        engine,
        limits,
        max_running: usize::from(args.workers) * 2,
    });
    let server = Arc::new(server);
    let mut handles = Vec::new();
    for i in 0..args.workers {
        let server = Arc::clone(&server);
        let state = Arc::clone(&state);
        handles.push(
            std::thread::Builder::new()
                .name(format!("http-{i}"))
                .spawn(move || worker(&server, &state))?,
        );
    }
    for h in handles {
        let _ = h.join();
    }
    Ok(())
}

fn worker(server: &Server, state: &State) {
    while let Ok(mut request) = server.recv() {
        let started = Instant::now();
        let reply = match read_request(&mut request) {
            Ok(parts) => catch_unwind(AssertUnwindSafe(|| handle(&parts, state)))
                .unwrap_or_else(|_| Reply::text(500, "internal error while answering")),
            Err(reply) => reply,
        };
        eprintln!(
            "seeds: {} {} {} {} ms",
            request.method(),
            path_of(request.url()),
            reply.status,
            started.elapsed().as_millis()
        );
        let _ = request.respond(reply.into_response());
    }
}

/// What `handle` needs of a request, read before answering.
struct Parts {
    method: Method,
    url: String,
    content_type: Option<String>,
    accept: Option<String>,
    body: Vec<u8>,
}

fn read_request(request: &mut Request) -> Result<Parts, Reply> {
    let header = |name: &'static str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.equiv(name))
            .map(|h| h.value.as_str().to_string())
    };
    let content_type = header("Content-Type");
    let accept = header("Accept");
    let mut body = Vec::new();
    if *request.method() == Method::Post {
        request
            .as_reader()
            .take(MAX_BODY + 1)
            .read_to_end(&mut body)
            .map_err(|e| Reply::text(400, &format!("cannot read the request body: {e}")))?;
        if body.len() as u64 > MAX_BODY {
            return Err(Reply::text(
                413,
                &format!("the request body is larger than {MAX_BODY} bytes"),
            ));
        }
    }
    Ok(Parts {
        method: request.method().clone(),
        url: request.url().to_string(),
        content_type,
        accept,
        body,
    })
}

fn path_of(url: &str) -> &str {
    url.split_once('?').map_or(url, |(p, _)| p)
}

fn handle(parts: &Parts, state: &State) -> Reply {
    let (path, query_string) = parts.url.split_once('?').unwrap_or((&parts.url, ""));
    match path {
        "/" => {
            return Reply::text(
                200,
                "seeds SPARQL endpoint: send queries to /sparql (SPARQL 1.1 Protocol, read-only)",
            )
        }
        "/sparql" => {}
        _ => return Reply::text(404, "not found; the SPARQL endpoint is /sparql"),
    }
    let mut params: Vec<(String, String)> = form_urlencoded::parse(query_string.as_bytes())
        .into_owned()
        .collect();
    let query = match parts.method {
        Method::Get => take(&params, "query"),
        Method::Post => {
            let media = parts
                .content_type
                .as_deref()
                .and_then(|c| c.split(';').next())
                .map(|c| c.trim().to_ascii_lowercase())
                .unwrap_or_default();
            match media.as_str() {
                "application/x-www-form-urlencoded" => {
                    params.extend(form_urlencoded::parse(&parts.body).into_owned());
                    take(&params, "query")
                }
                "application/sparql-query" => match String::from_utf8(parts.body.clone()) {
                    Ok(q) => Some(q),
                    Err(_) => return Reply::text(400, "the query is not valid UTF-8"),
                },
                "application/sparql-update" => return refuse_update(),
                _ => {
                    return Reply::text(
                        415,
                        "POST a query as application/x-www-form-urlencoded (query=...) or application/sparql-query",
                    )
                }
            }
        }
        _ => {
            let mut r = Reply::text(405, "only GET and POST are allowed");
            r.headers.push(("Allow", "GET, POST".into()));
            return r;
        }
    };
    if take(&params, "update").is_some() {
        return refuse_update();
    }
    if take(&params, "default-graph-uri").is_some() || take(&params, "named-graph-uri").is_some() {
        return Reply::text(
            400,
            "default-graph-uri and named-graph-uri are not supported; use FROM and FROM NAMED in the query",
        );
    }
    let Some(query) = query else {
        return Reply::text(
            400,
            "missing `query` parameter; see https://www.w3.org/TR/sparql11-protocol/",
        );
    };
    if state.engine.running() >= state.max_running {
        return busy("the server is busy with other queries; try again shortly");
    }
    match state.engine.run_with_timeout(&query, &state.limits) {
        Ok(answer) => respond(&answer, parts.accept.as_deref(), state),
        Err(e @ QueryError::Syntax { .. }) => Reply::text(400, &e.to_string()),
        Err(e @ QueryError::TooManyResults { .. }) => Reply::text(413, &e.to_string()),
        Err(e @ QueryError::Timeout(_)) => busy(&e.to_string()),
        Err(e) => Reply::text(500, &e.to_string()),
    }
}

fn take(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

fn refuse_update() -> Reply {
    Reply::text(
        403,
        "this endpoint is read-only: SPARQL updates are refused",
    )
}

fn busy(message: &str) -> Reply {
    let mut r = Reply::text(503, message);
    r.headers.push(("Retry-After", "5".into()));
    r
}

const RESULT_TYPES: &[(&str, ResultsFormat)] = &[
    ("application/sparql-results+json", ResultsFormat::Json),
    ("application/json", ResultsFormat::Json),
    ("application/sparql-results+xml", ResultsFormat::Xml),
    ("application/xml", ResultsFormat::Xml),
    ("text/xml", ResultsFormat::Xml),
    ("text/csv", ResultsFormat::Csv),
    ("text/tab-separated-values", ResultsFormat::Tsv),
];

fn graph_types() -> Vec<(&'static str, RdfFormat)> {
    vec![
        ("text/turtle", RdfFormat::Turtle),
        ("application/x-turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("text/plain", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
    ]
}

/// Picks the offered media type the `Accept` header ranks highest; ties go
/// to the earlier offer, so the first one is the default. `None` when the
/// client accepts none of them.
fn negotiate<'a>(accept: Option<&str>, offers: &[&'a str]) -> Option<&'a str> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return offers.first().copied();
    };
    let mut ranges: Vec<(String, f32)> = Vec::new();
    for item in accept.split(',') {
        let mut pieces = item.split(';');
        let media = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let mut q = 1.0f32;
        for p in pieces {
            if let Some(v) = p.trim().strip_prefix("q=") {
                q = v.trim().parse().unwrap_or(0.0);
            }
        }
        if !media.is_empty() {
            ranges.push((media, q));
        }
    }
    let quality = |offer: &str| -> f32 {
        let (otype, _) = offer.split_once('/').unwrap_or((offer, ""));
        // The most specific matching range decides.
        let mut best: Option<(u8, f32)> = None;
        for (range, q) in &ranges {
            let specificity = if range == offer {
                3
            } else if range.strip_suffix("/*") == Some(otype) {
                2
            } else if range == "*/*" || range == "*" {
                1
            } else {
                continue;
            };
            if best.is_none_or(|(s, _)| specificity > s) {
                best = Some((specificity, *q));
            }
        }
        best.map_or(0.0, |(_, q)| q)
    };
    let mut chosen: Option<(&'a str, f32)> = None;
    for &offer in offers {
        let q = quality(offer);
        if q > 0.0 && chosen.is_none_or(|(_, best)| q > best) {
            chosen = Some((offer, q));
        }
    }
    chosen.map(|(o, _)| o)
}

fn respond(answer: &Answer, accept: Option<&str>, state: &State) -> Reply {
    let prefixes = state.engine.prefixes();
    let mut body = Vec::new();
    let (media, written) = match answer {
        Answer::Graph(triples) => {
            let types = graph_types();
            let offers: Vec<&str> = types.iter().map(|(m, _)| *m).collect();
            let Some(media) = negotiate(accept, &offers) else {
                return not_acceptable(&offers);
            };
            let format = types
                .iter()
                .find(|(m, _)| *m == media)
                .map(|(_, f)| *f)
                .unwrap_or(RdfFormat::Turtle);
            (
                format.media_type(),
                query::write_graph(triples, format, prefixes, &mut body),
            )
        }
        _ => {
            let offers: Vec<&str> = RESULT_TYPES.iter().map(|(m, _)| *m).collect();
            let Some(media) = negotiate(accept, &offers) else {
                return not_acceptable(&offers);
            };
            let format = RESULT_TYPES
                .iter()
                .find(|(m, _)| *m == media)
                .map(|(_, f)| *f)
                .unwrap_or(ResultsFormat::Json);
            (
                format.media_type(),
                query::write_results(answer, format, prefixes, &mut body),
            )
        }
    };
    match written {
        Ok(()) => Reply {
            status: 200,
            content_type: media.to_string(),
            headers: Vec::new(),
            body,
        },
        Err(e) => Reply::text(500, &e.to_string()),
    }
}

fn not_acceptable(offers: &[&str]) -> Reply {
    Reply::text(
        406,
        &format!(
            "none of the requested media types is available; offered: {}",
            offers.join(", ")
        ),
    )
}

/// A response, built before anything is sent.
struct Reply {
    status: u16,
    content_type: String,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn text(status: u16, message: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            headers: Vec::new(),
            body: format!("{message}\n").into_bytes(),
        }
    }

    fn into_response(self) -> Response<std::io::Cursor<Vec<u8>>> {
        let mut response = Response::from_data(self.body).with_status_code(self.status);
        let mut headers = vec![
            ("Content-Type", self.content_type),
            // Read-only public data: browser-based SPARQL editors may call it.
            ("Access-Control-Allow-Origin", "*".to_string()),
        ];
        headers.extend(self.headers);
        for (name, value) in headers {
            if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(h);
            }
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESULTS: &[&str] = &[
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
    ];

    #[test]
    fn no_accept_header_gets_the_first_offer() {
        assert_eq!(
            negotiate(None, RESULTS),
            Some("application/sparql-results+json")
        );
        assert_eq!(
            negotiate(Some("*/*"), RESULTS),
            Some("application/sparql-results+json")
        );
    }

    #[test]
    fn quality_values_decide() {
        let accept = "application/sparql-results+json;q=0.5, text/csv, */*;q=0.1";
        assert_eq!(negotiate(Some(accept), RESULTS), Some("text/csv"));
        assert_eq!(
            negotiate(Some("application/sparql-results+xml"), RESULTS),
            Some("application/sparql-results+xml")
        );
        assert_eq!(negotiate(Some("text/*;q=0.9, text/csv;q=0"), RESULTS), None);
        assert_eq!(negotiate(Some("image/png"), RESULTS), None);
    }
}
