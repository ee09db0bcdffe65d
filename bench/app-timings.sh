#!/usr/bin/env bash
# The desktop app's figures for docs/performance.md, under Xvfb: start-up to a painted window with the
# model loaded, scored and its diagram drawn; a priority slider move (re-score and repaint); resident
# memory. On the largest example and on a generated 1,000-element model. Run after scripts/build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/generate_model" 600 300 100 > "$work/generated-1000.yaml"
for model in examples/fintech.yaml "$work/generated-1000.yaml"; do
    for run in 1 2 3; do
        echo -n "$(basename "$model") run $run: "
        xvfb-run -a -s "-screen 0 1280x800x24" "$build/bin/groundwork" --measure "$model" 2>/dev/null
    done
done
