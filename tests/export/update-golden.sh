#!/usr/bin/env bash
# Regenerates the golden export files of every example and export fixture (tests/data/export/) in
# tests/data/golden/export/<name>/ with the groundwork-cli of BUILD_DIR. Review the diff before
# committing: it is what users will get.
#   tests/export/update-golden.sh /work/build
set -euo pipefail
build=${1:?usage: update-golden.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli="$build/bin/groundwork-cli"
for model in "$root"/examples/*.yaml "$root"/tests/data/export/*.yaml; do
    name=$(basename "$model" .yaml)
    out="$root/tests/data/golden/export/$name"
    rm -rf "$out"
    "$cli" export all "$model" -o "$out" >/dev/null
    echo "$name: $(find "$out" -type f | wc -l) files"
done
