#!/usr/bin/env bash
# Regenerates the committed exports of the bundled corpus, exports/graph.*,
# one file per format, with the release binary. Run it from anywhere after a
# change to the extractor, the ontology or an exporter, review the diff
# (`git diff --stat exports/`), and commit the files with the change.
# tests/cli_exports_up_to_date.rs fails while they are stale.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cargo build --release --quiet --bin seeds
seeds="$root/target/release/seeds"

for format in graphml gexf json graphology ntriples turtle nquads trig rdfxml jsonld dot csv; do
    "$seeds" graph export --corpus corpus --format "$format"
done

# The competency questions' answers over the bundled corpus
# (tests/sparql_bundled.rs compares them).
for query in tests/sparql/*.rq; do
    "$seeds" graph query --corpus corpus --file "$query" --results tsv > "${query%.rq}.bundled.tsv"
done
