#!/usr/bin/env python3
"""Loads a folder of seeds exports with the Python clients and checks them.

    python3 tests/clients/check_exports.py EXPORTS_DIR [--min-nodes N]

EXPORTS_DIR holds graph.json, graph.graphml, graph.graphology.json,
graph.nodes.csv and graph.edges.csv (as `seeds graph export` writes them).
The node-link JSON is the reference: every other file must give the same
node and edge counts. A missing client (networkx, igraph) is a failure, not
a skip. Prints one line of counts per client; exits 1 on the first failure.
"""

import argparse
import csv
import json
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx  # noqa: E402  (a missing client must fail loudly)
import igraph as ig

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
PY_TYPES = {
    "boolean": (bool,),
    "int": (int,),
    "long": (int,),
    "float": (float,),
    "double": (float,),
    "string": (str,),
}
# Attributes every node / edge must carry; the others are optional
# (wikidata, date, attributed_to, evidence).
REQUIRED = {
    "node": {"label", "type", "class", "iri", "r", "g", "b", "size", "aliases", "documents"},
    "edge": {"label", "relation", "weight", "confidence", "modality", "provenance_count", "documents"},
}


def fail(msg):
    print(f"check_exports: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def expect(cond, msg):
    if not cond:
        fail(msg)


def graphml_keys(path):
    """(domain, attr.name) -> attr.type, straight from the file."""
    keys = {}
    for k in ET.parse(path).getroot().iter(f"{GRAPHML_NS}key"):
        domain = k.get("for")
        expect(domain in ("node", "edge"), f"{path}: key {k.get('id')} is for={domain!r}")
        name, ty = k.get("attr.name"), k.get("attr.type")
        expect(name and " " not in name, f"{path}: key {k.get('id')} has attr.name {name!r}")
        expect(ty in PY_TYPES, f"{path}: key {name} has attr.type {ty!r}")
        keys[(domain, name)] = ty
    return keys


def check_networkx_graphml(path, keys, n_nodes, n_edges):
    g = nx.read_graphml(path)
    expect(g.is_directed(), "networkx: GraphML graph is not directed")
    expect(g.number_of_nodes() == n_nodes, f"networkx: {g.number_of_nodes()} nodes, JSON has {n_nodes}")
    expect(g.number_of_edges() == n_edges, f"networkx: {g.number_of_edges()} edges, JSON has {n_edges}")
    seen = {"node": set(), "edge": set()}
    items = [("node", n, d) for n, d in g.nodes(data=True)]
    # read_graphml gives a MultiDiGraph only when the file has parallel edges.
    if g.is_multigraph():
        items += [("edge", (u, v, k), d) for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        items += [("edge", (u, v), d) for u, v, d in g.edges(data=True)]
    for domain, ident, data in items:
        missing = REQUIRED[domain] - data.keys()
        expect(not missing, f"networkx: {domain} {ident} lacks {sorted(missing)}")
        for name, value in data.items():
            ty = keys.get((domain, name))
            expect(ty is not None, f"networkx: {domain} {ident} has undeclared {name!r}")
            expect(
                isinstance(value, PY_TYPES[ty]) and not isinstance(value, bool) or ty == "boolean",
                f"networkx: {domain} {ident}: {name}={value!r} is not {ty}",
            )
            seen[domain].add(name)
    # Every declared attribute is used somewhere (when there is anything).
    for (domain, name) in keys:
        if items and any(d == domain for d, _, _ in items):
            expect(name in seen[domain] or name not in REQUIRED[domain],
                   f"networkx: declared {domain} attribute {name!r} never present")
    # Parallel relations between the same two nodes stay distinct.
    rels = [(u, v, d["relation"], d["modality"]) for u, v, d in g.edges(data=True)]
    expect(len(rels) == len(set(rels)), "networkx: duplicate (source, target, relation, modality)")
    print(f"networkx {nx.__version__} read_graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def check_igraph_graphml(path, keys, n_nodes, n_edges):
    g = ig.Graph.Read_GraphML(str(path))
    expect(g.is_directed(), "igraph: GraphML graph is not directed")
    expect(g.vcount() == n_nodes, f"igraph: {g.vcount()} vertices, JSON has {n_nodes}")
    expect(g.ecount() == n_edges, f"igraph: {g.ecount()} edges, JSON has {n_edges}")
    for domain, seq, count in (("node", g.vs, g.vcount()), ("edge", g.es, g.ecount())):
        if count == 0:
            continue
        attrs = set(seq.attributes())
        for (d, name), ty in keys.items():
            if d != domain:
                continue
            expect(name in attrs, f"igraph: declared {domain} attribute {name!r} missing")
            for value in seq[name]:
                if ty == "string":
                    expect(isinstance(value, str), f"igraph: {domain} {name}={value!r} is not a string")
                elif ty == "boolean":
                    expect(isinstance(value, bool), f"igraph: {domain} {name}={value!r} is not boolean")
                else:
                    # igraph keeps numbers as floats; an absent one is NaN.
                    expect(isinstance(value, (int, float)), f"igraph: {domain} {name}={value!r} is not numeric")
                    if name in REQUIRED[domain]:
                        expect(not math.isnan(value), f"igraph: {domain} {name} is NaN")
    print(f"igraph {ig.__version__} Read_GraphML: {g.vcount()} vertices, {g.ecount()} edges")


def node_link(data):
    try:
        return nx.node_link_graph(data, edges="edges")
    except TypeError:  # networkx < 3.4 has no `edges` parameter
        return nx.node_link_graph({**data, "links": data["edges"]})


def check_csv(nodes_path, edges_path, n_nodes, n_edges):
    with open(nodes_path, newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        edges = list(reader)
        header = reader.fieldnames
    expect(len(nodes) == n_nodes, f"csv: {len(nodes)} node rows, JSON has {n_nodes}")
    expect(len(edges) == n_edges, f"csv: {len(edges)} edge rows, JSON has {n_edges}")
    expect(header[:3] == ["Source", "Target", "Type"], f"csv: edge header {header}")
    ids = {r["Id"] for r in nodes}
    for e in edges:
        expect(e["Source"] in ids and e["Target"] in ids, f"csv: edge {e} names an unknown node")
        expect(e["Type"] == "Directed", f"csv: edge type {e['Type']!r}")
    print(f"csv (python csv module): {len(nodes)} nodes, {len(edges)} edges")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--min-nodes", type=int, default=0)
    args = ap.parse_args()
    d = args.dir

    data = json.loads((d / "graph.json").read_text(encoding="utf-8"))
    n_nodes, n_edges = len(data["nodes"]), len(data["edges"])
    expect(n_nodes >= args.min_nodes, f"JSON has {n_nodes} nodes, expected at least {args.min_nodes}")
    g = node_link(data)
    expect(g.is_multigraph() and g.is_directed(), "node_link_graph: not a directed multigraph")
    expect(g.number_of_nodes() == n_nodes and g.number_of_edges() == n_edges,
           f"node_link_graph: {g.number_of_nodes()}/{g.number_of_edges()} vs {n_nodes}/{n_edges}")
    print(f"networkx node_link_graph (graph.json): {n_nodes} nodes, {n_edges} edges")

    graphml = d / "graph.graphml"
    keys = graphml_keys(graphml)
    check_networkx_graphml(graphml, keys, n_nodes, n_edges)
    check_igraph_graphml(graphml, keys, n_nodes, n_edges)

    gl = json.loads((d / "graph.graphology.json").read_text(encoding="utf-8"))
    expect(len(gl["nodes"]) == n_nodes and len(gl["edges"]) == n_edges, "graphology JSON counts differ")
    for n in gl["nodes"]:
        a = n["attributes"]
        expect(isinstance(a["x"], (int, float)) and isinstance(a["y"], (int, float)),
               f"graphology JSON: node {n['key']} has no position")
    check_csv(d / "graph.nodes.csv", d / "graph.edges.csv", n_nodes, n_edges)


if __name__ == "__main__":
    main()
