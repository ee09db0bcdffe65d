#!/bin/sh
# Writes v1-fintech.groundwork: a project of schema version 1 with history, for the migration tests
# (tst_projectfile::migratesAVersion1Project). It was made once, with a groundwork-cli built from main at
# 2f495ba (the last schema-1 commit), and is kept as it was written: later builds write a newer schema,
# so running this again with them would not make a version-1 file.
#
#   tests/data/store/make-v1-fixture.sh SCHEMA1_BUILD/bin/groundwork-cli tests/data/store/v1-fintech.groundwork
#
# What it holds: examples/fintech.yaml as snapshot "q1" (with its advice), then fintech-v2's model (a
# system field and a data store changed) as the current model and snapshot "q2", the decision log of
# fintech's pins, and three diagram positions. The CLI cannot save a model into an existing project or
# place diagram nodes (the app does both), so those two steps write the rows the app would write with
# sqlite3: the model row comes from a project the same CLI converted.
set -eu
cli=$1
out=$2
src=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rm -f "$out"
"$cli" convert "$src/examples/fintech.yaml" "$out"
"$cli" snapshot "$out" q1 --note "before the availability review"
"$cli" convert "$src/tests/data/diff/fintech-v2.yaml" "$tmp/v2.groundwork"
sqlite3 "$out" "ATTACH '$tmp/v2.groundwork' AS v2;
UPDATE model SET data = (SELECT data FROM v2.model), saved_at = (SELECT saved_at FROM v2.model);
INSERT INTO positions (element, x, y) VALUES ('ledger', 120.5, 40), ('payments-api', -30, 210.25),
                                             ('card-events', 400, 0);"
"$cli" snapshot "$out" q2 --note "after the availability review"
test "$(sqlite3 "$out" 'PRAGMA user_version')" = 1
