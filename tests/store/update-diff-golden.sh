#!/usr/bin/env bash
# Rewrites the diff golden files (tests/data/golden/diff/) for the pairs in tests/data/diff/pairs.txt with
# the CLI of a build folder (default: build/). Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=tests/data/golden/diff
mkdir -p "$out"
grep -v '^#' tests/data/diff/pairs.txt | while read -r name old new; do
    for format in table markdown json; do
        ext=$format
        [ "$format" = table ] && ext=txt
        [ "$format" = markdown ] && ext=md
        "$build/bin/groundwork-cli" diff "$old" "$new" --format "$format" > "$out/$name.$ext" || [ $? -eq 1 ]
    done
done
echo "golden files written to $out"
