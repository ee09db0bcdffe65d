#!/usr/bin/env bash
# Time and peak memory of groundwork-cli on the three hostile inputs of the input limits
# (a billion-laughs alias bomb, 100,000 levels of nesting, a 20 MiB file). Run after scripts/build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
out = sys.argv[1]
head = "groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
bomb = head + "lol0: &l0 [" + ", ".join(["lol"] * 10) + "]\n"
for level in range(1, 10):
    bomb += f"lol{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]\n"
open(f"{out}/billion-laughs.yaml", "w").write(bomb + "workloads: *l9\n")
open(f"{out}/deep-nesting.yaml", "w").write(head + "workloads: " + "[" * 100000 + "]" * 100000 + "\n")
with open(f"{out}/twenty-mib.yaml", "w") as f:
    line = "# padding padding padding padding padding padding padding padding padding\n"
    f.write(head + line * (20 * 1024 * 1024 // len(line) + 1))
PY
for name in billion-laughs deep-nesting twenty-mib; do
    /usr/bin/time -f "$name: %e s, %M KiB peak RSS, exit %x" build/bin/groundwork-cli validate -q "$work/$name.yaml" || true
done
