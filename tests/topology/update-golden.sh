#!/usr/bin/env bash
# Rewrites the topology golden files (tests/data/golden/topology/) from the examples with the CLI of a
# build folder (default: build/). Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=tests/data/golden/topology
mkdir -p "$out"
for model in examples/*.yaml; do
    name=$(basename "$model" .yaml)
    for ext in dot mmd puml dsl; do
        "$build/bin/groundwork-cli" render "$model" -o "$out/$name.$ext"
    done
done
echo "golden files written to $out"
# The collapsed overviews (generated models and the examples drawn as overviews) come from the test
# itself, which writes them when GROUNDWORK_UPDATE_GOLDEN is set.
GROUNDWORK_UPDATE_GOLDEN=1 "$build/tests/tst_topology" overviewGolden >/dev/null
echo "overview golden files written to $out/overview"
