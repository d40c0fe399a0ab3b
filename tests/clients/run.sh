#!/usr/bin/env bash
# Checks every non-RDF export with the real client tools.
#
# Needs (install before running; a missing one fails the run):
#   apt:  libxml2-utils graphviz       (xmllint, dot)
#   pip:  networkx igraph              (python3 >= 3.9; igraph is the python-igraph package)
#   npm:  `npm ci` in tests/clients    (graphology, graphology-graphml,
#         graphology-gexf, @xmldom/xmldom, pinned by package-lock.json; Node >= 18)
#   cargo (builds the release binary and the sample_exports example)
#
# Two export sets are checked:
#   corpus/  the bundled corpus exported by the release binary, one file per
#            format (json, graphml, gexf, graphology, dot, csv);
#   sample/  a hand-built graph with data in every field and hostile text
#            (tests/clients/sample_exports.rs), so the checks see real attributes
#            even while extraction finds little.
# GEXF_RNG=PATH names gexf.rng of the GEXF 1.3 schema (default
# ../shared/schemas/gexf-1.3/gexf.rng, relative to the repository root). Set SEEDS_ONTOLOGY=DIR to use an ontology folder instead of the bundled one
# (a copy of ontology/ you edited).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

for tool in xmllint dot python3 node cargo; do
    command -v "$tool" >/dev/null || { echo "run.sh: FAIL: $tool is not installed" >&2; exit 1; }
done
[ -d tests/clients/node_modules ] || { echo "run.sh: FAIL: run 'npm ci' in tests/clients first" >&2; exit 1; }

gexf_rng="${GEXF_RNG:-$root/../shared/schemas/gexf-1.3/gexf.rng}"
[ -f "$gexf_rng" ] || { echo "run.sh: FAIL: GEXF 1.3 RelaxNG schema not found at $gexf_rng (set GEXF_RNG)" >&2; exit 1; }

ont_args=()
[ -n "${SEEDS_ONTOLOGY:-}" ] && ont_args=(--ontology "$SEEDS_ONTOLOGY")

cargo build --release --quiet --bin seeds --example sample_exports
seeds="$root/target/release/seeds"

mkdir -p "$out/corpus" "$out/sample"
for f in json graphml gexf graphology dot csv; do
    ext=$f
    [ "$f" = graphology ] && ext=graphology.json
    "$seeds" graph export --corpus corpus ${ont_args[@]+"${ont_args[@]}"} --format "$f" --output "$out/corpus/graph.$ext"
done
"$root/target/release/examples/sample_exports" "$out/sample" ${SEEDS_ONTOLOGY:+"$SEEDS_ONTOLOGY"}

# Same input, same bytes.
"$seeds" graph export --corpus corpus ${ont_args[@]+"${ont_args[@]}"} --format gexf --output "$out/again.gexf"
cmp "$out/corpus/graph.gexf" "$out/again.gexf"

for set in corpus sample; do
    echo "== $set"
    xmllint --noout "$out/$set/graph.graphml"
    echo "xmllint: graph.graphml well-formed"
    xmllint --noout --relaxng "$gexf_rng" "$out/$set/graph.gexf"
    min=0
    [ "$set" = sample ] && min=1
    python3 tests/clients/check_exports.py "$out/$set" --min-nodes "$min"
    node tests/clients/check_graphology.mjs "$out/$set" --min-nodes "$min"
    dot -Tsvg "$out/$set/graph.dot" >/dev/null
    echo "graphviz: graph.dot renders"
done
echo "run.sh: all client checks passed"
