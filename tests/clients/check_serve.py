#!/usr/bin/env python3
# Needs: python3 (3.8+), pip package SPARQLWrapper. Nothing else; plain
# urllib checks the status codes.
#
# Starts `seeds graph serve` on a free loopback port over a fixture corpus,
# queries it as a SPARQL client would (SPARQLWrapper, GET and POST), checks
# the protocol's error statuses (400 malformed, 403 update, 405 method,
# 413 too many results, 503 time limit) and that the server still answers
# afterwards, then stops it. Exits 0 when every check passes.
#
# Usage: tests/clients/check_serve.py [--seeds target/debug/seeds]
#                                     [--corpus tests/fixtures/sparql-corpus]

import argparse
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

try:
    from SPARQLWrapper import JSON, POST, GET, SPARQLWrapper
except ImportError:
    sys.exit("check_serve.py: SPARQLWrapper is missing (pip install SPARQLWrapper)")

FAILURES = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))
    if not ok:
        FAILURES.append(name)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url, method="GET", data=None, headers=None, timeout=30):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="target/debug/seeds")
    ap.add_argument("--corpus", default="tests/fixtures/sparql-corpus")
    args = ap.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    endpoint = base + "/sparql"
    server = subprocess.Popen(
        [args.seeds, "graph", "serve", "--corpus", args.corpus,
         "--bind", f"127.0.0.1:{port}", "--timeout", "1", "--max-results", "20"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ready = threading.Event()
    log = []

    def read_log():
        for line in server.stderr:
            log.append(line)
            if "SPARQL endpoint at" in line:
                ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        if not ready.wait(120):
            sys.exit("check_serve.py: the server did not start:\n" + "".join(log))
        check("startup line names the endpoint", any(endpoint in l for l in log), "".join(log))

        # A real client, GET and POST.
        for method in (GET, POST):
            sw = SPARQLWrapper(endpoint)
            sw.setMethod(method)
            sw.setReturnFormat(JSON)
            sw.setQuery("PREFIX schema: <https://schema.org/> "
                        "SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id")
            rows = sw.query().convert()["results"]["bindings"]
            ids = [r["id"]["value"] for r in rows]
            check(f"SPARQLWrapper {method} select", ids == ["01_otsc.txt", "02_declaration.txt", "03_defense.txt"], ids)

        sw = SPARQLWrapper(endpoint)
        sw.setReturnFormat(JSON)
        sw.setQuery("ASK { ?s a <https://w3id.org/seeds/ontology#State> }")
        check("SPARQLWrapper ask", sw.query().convert().get("boolean") is True)

        q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        status, ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": q}),
                                   headers={"Accept": "application/sparql-results+json"})
        graphs = [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] if status == 200 else []
        check("named graphs per article", status == 200 and len(graphs) >= 1
              and all("/id/doc/" in g for g in graphs), (status, body[:200]))

        status, ctype, body = http(endpoint, "POST", q.encode(),
                                   {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        check("POST application/sparql-query, CSV", status == 200 and ctype.startswith("text/csv")
              and body.splitlines()[0] == b"g", (status, ctype, body[:200]))

        status, ctype, body = http(endpoint + "?" + urllib.parse.urlencode(
            {"query": "CONSTRUCT { ?a a ?t } WHERE { ?a a ?t } LIMIT 3"}), headers={"Accept": "text/turtle"})
        check("CONSTRUCT as Turtle", status == 200 and ctype.startswith("text/turtle"), (status, ctype))

        status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}))
        check("malformed query gives 400", status == 400, (status, body))
        check("the 400 says where", b"line 1" in body, body)

        status, _, _ = http(endpoint, "POST", urllib.parse.urlencode(
            {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"})
        check("form update gives 403", status == 403, status)
        status, _, _ = http(endpoint, "POST", b"CLEAR ALL", {"Content-Type": "application/sparql-update"})
        check("sparql-update body gives 403", status == 403, status)
        status, _, _ = http(endpoint + "?" + urllib.parse.urlencode({"update": "CLEAR ALL"}))
        check("GET update gives 403", status == 403, status)
        status, _, _ = http(endpoint + "?" + urllib.parse.urlencode({"query": "CLEAR ALL"}))
        check("an update sent as a query gives 400", status == 400, status)
        status, _, _ = http(endpoint, "DELETE")
        check("DELETE gives 405", status == 405, status)
        status, _, _ = http(base + "/nothing-here")
        check("unknown path gives 404", status == 404, status)
        status, _, _ = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"}),
                            headers={"Accept": "image/png"})
        check("no acceptable format gives 406", status == 406, status)

        status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
        check("too many results gives 413", status == 413, (status, body[:200]))

        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        started = time.monotonic()
        status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": slow}))
        elapsed = time.monotonic() - started
        check("time limit gives 503", status == 503, (status, body[:200]))
        check("time limit answers promptly", elapsed < 10, elapsed)

        time.sleep(0.5)
        status, _, _ = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"}))
        check("the server still answers", status == 200, status)
        check("the server is still running", server.poll() is None, server.poll())
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)

    if FAILURES:
        print(f"check_serve.py: {len(FAILURES)} check(s) failed", file=sys.stderr)
        return 1
    print("check_serve.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
