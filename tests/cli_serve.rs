//! `seeds graph serve` through the real binary, on a free loopback port:
//! raw HTTP/1.1 requests, statuses and bodies checked. The Python client
//! check (`tests/clients/check_serve.py`) covers a real SPARQL client.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seeds"))
        .args([
            "graph",
            "serve",
            "--corpus",
            "tests/fixtures/sparql-corpus",
            "--bind",
            "127.0.0.1:0",
            "--max-results",
            "5",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        if stderr.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("the server stopped before announcing its endpoint");
        }
        if line.contains("SPARQL endpoint at http://") {
            break;
        }
    }
    // Keep draining the log so the server never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_string();
    Server { child, addr }
}

/// Sends one request; returns the status code and the body.
fn request(server: &Server, head: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "{head}\r\nHost: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        server.addr,
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn encode(q: &str) -> String {
    form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

#[test]
fn the_endpoint_answers_and_refuses_what_it_must() {
    let server = start();
    let q = encode("SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id");
    let (status, body) = request(
        &server,
        &format!("GET /sparql?query={q} HTTP/1.1\r\nAccept: application/sparql-results+json"),
        "",
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let ids: Vec<&str> = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"]["value"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["01_otsc.txt", "02_declaration.txt", "03_defense.txt"]);

    let (status, body) = request(
        &server,
        "POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nAccept: text/csv",
        "ASK { id:armenia a seeds:State }",
    );
    assert_eq!((status, body.trim()), (200, "true"));

    let bad = encode("SELECT * WHERE { ?s ?p }");
    let (status, body) = request(&server, &format!("GET /sparql?query={bad} HTTP/1.1"), "");
    assert_eq!(status, 400);
    assert!(body.contains("line 1, column"), "{body}");

    let update = format!(
        "update={}",
        encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    );
    let (status, _) = request(
        &server,
        "POST /sparql HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
        &update,
    );
    assert_eq!(status, 403);

    let all = encode("SELECT * WHERE { ?s ?p ?o }");
    let (status, body) = request(&server, &format!("GET /sparql?query={all} HTTP/1.1"), "");
    assert_eq!(status, 413, "{body}");

    let (status, _) = request(&server, "PUT /sparql HTTP/1.1", "");
    assert_eq!(status, 405);

    // Nothing above took the server down.
    let (status, _) = request(&server, &format!("GET /sparql?query={q} HTTP/1.1"), "");
    assert_eq!(status, 200);
}
