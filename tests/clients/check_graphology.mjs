// Loads a folder of seeds exports with graphology's readers and checks them.
//
//   node tests/clients/check_graphology.mjs EXPORTS_DIR [--min-nodes N]
//
// graph.graphml with graphology-graphml, graph.gexf with graphology-gexf and
// graph.graphology.json with Graph.from (what Gephi Lite and sigma.js do);
// each must give the node and edge counts of graph.json. Needs the packages
// of package.json (`npm ci` in tests/clients); a missing one fails the run.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const graphology = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");
const { MultiDirectedGraph } = graphology;

function fail(msg) {
  console.error(`check_graphology: FAIL: ${msg}`);
  process.exit(1);
}

function expect(cond, msg) {
  if (!cond) fail(msg);
}

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) fail("usage: check_graphology.mjs EXPORTS_DIR [--min-nodes N]");
const minIdx = args.indexOf("--min-nodes");
const minNodes = minIdx >= 0 ? Number(args[minIdx + 1]) : 0;

const read = (name) => readFileSync(join(dir, name), "utf8");
const reference = JSON.parse(read("graph.json"));
const nNodes = reference.nodes.length;
const nEdges = reference.edges.length;
expect(nNodes >= minNodes, `graph.json has ${nNodes} nodes, expected at least ${minNodes}`);

function checkCounts(what, g) {
  // graphology-gexf guesses the type from the first edge: an edgeless file
  // gives a "mixed" graph whatever its defaultedgetype.
  const type = nEdges === 0 && g.type === "mixed" ? "directed" : g.type;
  expect(type === "directed", `${what}: graph type is ${g.type}`);
  expect(g.order === nNodes, `${what}: ${g.order} nodes, graph.json has ${nNodes}`);
  expect(g.size === nEdges, `${what}: ${g.size} edges, graph.json has ${nEdges}`);
  console.log(`${what}: ${g.order} nodes, ${g.size} edges`);
}

// GraphML: typed attributes come back as numbers.
const fromGraphml = graphml.parse(MultiDirectedGraph, read("graph.graphml"));
checkCounts("graphology-graphml", fromGraphml);
fromGraphml.forEachNode((key, a) => {
  expect(typeof a.label === "string", `graphml node ${key}: label ${a.label}`);
  expect(typeof a.size === "number", `graphml node ${key}: size ${a.size}`);
  expect(typeof a.documents === "number", `graphml node ${key}: documents ${a.documents}`);
});
fromGraphml.forEachEdge((key, a) => {
  expect(typeof a.weight === "number", `graphml edge ${key}: weight ${a.weight}`);
  expect(typeof a.relation === "string", `graphml edge ${key}: relation ${a.relation}`);
});

// GEXF: viz colour and size become `color` and `size`. The generic Graph
// class, so the parser picks the type from the file (and goes multi itself).
const fromGexf = gexf.parse(graphology.Graph, read("graph.gexf"));
checkCounts("graphology-gexf", fromGexf);
fromGexf.forEachNode((key, a) => {
  expect(typeof a.color === "string", `gexf node ${key}: color ${a.color}`);
  expect(typeof a.size === "number", `gexf node ${key}: size ${a.size}`);
  expect(typeof a.x === "number" && typeof a.y === "number", `gexf node ${key}: no position`);
});

// graphology's own serialization, as Gephi Lite imports it.
const fromJson = graphology.Graph.from(JSON.parse(read("graph.graphology.json")));
checkCounts("graphology Graph.from", fromJson);
expect(fromJson.multi, "Graph.from: not a multigraph");
fromJson.forEachNode((key, a) => {
  expect(/^#[0-9a-f]{6}$/.test(a.color), `json node ${key}: color ${a.color}`);
  expect(Number.isFinite(a.x) && Number.isFinite(a.y), `json node ${key}: no position`);
});
