#!/usr/bin/env bash
# Needs: apt package raptor2-utils (rapper); python3 with pip package rdflib
# (for JSON-LD, which rapper cannot read, and to run the SPARQL 1.1 queries:
# roqet from rasqal-utils lacks property paths).
#
# Checks an exports folder with independent RDF tools:
#   1. rapper parses graph.nt, graph.ttl, graph.rdf, graph.nq, graph.trig
#      and rdflib parses graph.jsonld;
#   2. the triples-only files (N-Triples, Turtle, RDF/XML, JSON-LD) hold the
#      same number of triples, and the distinct triples of the N-Quads and
#      TriG files, graph names dropped, are that many too;
#   3. N-Quads and TriG hold the same number of quads;
#   4. every tests/sparql/*.rq runs with rdflib over the TriG export
#      (default graph = union of the article graphs), and those without
#      GRAPH also over the Turtle export, with the same rows on both.
# A missing tool fails the script.
#
# Make the folder with:
#   for f in ntriples turtle nquads trig rdfxml jsonld; do
#     seeds graph export -f $f --corpus CORPUS -o DIR/graph.<ext>; done
# (ext: nt ttl nq trig rdf jsonld), then: tests/clients/check_rdf.sh DIR

set -euo pipefail

dir=${1:?usage: check_rdf.sh EXPORTS_DIR}
here=$(cd "$(dirname "$0")" && pwd)
queries="$here/../sparql"

command -v rapper >/dev/null || { echo "check_rdf.sh: rapper is missing (apt-get install raptor2-utils)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "check_rdf.sh: python3 is missing" >&2; exit 1; }
python3 -c 'import rdflib' 2>/dev/null || { echo "check_rdf.sh: rdflib is missing (pip install rdflib)" >&2; exit 1; }

for f in graph.nt graph.ttl graph.rdf graph.nq graph.trig graph.jsonld; do
  [[ -s "$dir/$f" ]] || { echo "check_rdf.sh: $dir/$f is missing or empty" >&2; exit 1; }
done

fail=0
count() { # syntax file -> number of statements rapper reads
  rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p'
}
distinct() { # syntax file -> number of distinct triples, graph names dropped
  rapper -q -i "$1" -o ntriples "$2" | LC_ALL=C sort -u | wc -l | tr -d ' '
}

nt=$(count ntriples "$dir/graph.nt")
ttl=$(count turtle "$dir/graph.ttl")
rdfxml=$(count rdfxml "$dir/graph.rdf")
nq=$(count nquads "$dir/graph.nq")
trig=$(count trig "$dir/graph.trig")
nq_distinct=$(distinct nquads "$dir/graph.nq")
trig_distinct=$(distinct trig "$dir/graph.trig")
jsonld=$(python3 -c 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="json-ld"); print(len(g))' "$dir/graph.jsonld")

printf '%-28s %s\n' \
  "N-Triples triples" "$nt" "Turtle triples" "$ttl" "RDF/XML triples" "$rdfxml" \
  "JSON-LD triples (rdflib)" "$jsonld" "N-Quads quads" "$nq" "TriG quads" "$trig" \
  "N-Quads distinct triples" "$nq_distinct" "TriG distinct triples" "$trig_distinct"

[[ -n "$nt" && "$nt" -gt 0 ]] || { echo "FAIL: rapper read no triples from graph.nt" >&2; fail=1; }
for v in "$ttl" "$rdfxml" "$jsonld" "$nq_distinct" "$trig_distinct"; do
  [[ "$v" == "$nt" ]] || { echo "FAIL: triple counts differ ($v vs $nt from N-Triples)" >&2; fail=1; }
done
[[ "$nq" == "$trig" ]] || { echo "FAIL: N-Quads has $nq quads, TriG $trig" >&2; fail=1; }

python3 - "$dir" "$queries" <<'PY' || fail=1
import pathlib, sys
import rdflib

exports, queries = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
ttl = rdflib.Graph()
ttl.parse(exports / "graph.ttl", format="turtle")
ds = rdflib.Dataset(default_union=True)
ds.parse(exports / "graph.trig", format="trig")

def rows(g, text):
    return sorted(tuple(str(v) if v is not None else "" for v in r) for r in g.query(text))

failed = False
for q in sorted(queries.glob("*.rq")):
    text = q.read_text(encoding="utf-8")
    # A GRAPH pattern needs a dataset: such queries run over TriG only.
    uses_graph = "GRAPH" in text
    try:
        on_trig = rows(ds, text)
        on_ttl = on_trig if uses_graph else rows(ttl, text)
    except Exception as e:  # a query rdflib cannot run is a failure
        print(f"FAIL {q.name}: {e}", file=sys.stderr)
        failed = True
        continue
    same = on_ttl == on_trig
    where = "over TriG" if uses_graph else f"over Turtle, {len(on_trig)} over TriG"
    print(f"{'ok  ' if same else 'FAIL'} {q.name}: {len(on_ttl)} rows {where}", flush=True)
    failed |= not same
sys.exit(1 if failed else 0)
PY

if [[ $fail -ne 0 ]]; then
  echo "check_rdf.sh: FAILED" >&2
  exit 1
fi
echo "check_rdf.sh: all checks passed"
