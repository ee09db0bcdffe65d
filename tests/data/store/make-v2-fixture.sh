#!/bin/sh
# Writes schema-v2.groundwork: examples/marketplace.yaml as a project of schema version 2 with one
# snapshot ("v2", with its advice), for tst_projectfile::migratesFromEveryEarlierVersion. It was made
# once, with a groundwork-cli built from main at fc20518 (the last schema-2 commit), and is kept as it was
# written: later builds write a newer schema.
#
#   tests/data/store/make-v2-fixture.sh SCHEMA2_BUILD/bin/groundwork-cli tests/data/store/schema-v2.groundwork
set -eu
cli=$1
out=$2
src=$(cd "$(dirname "$0")/../../.." && pwd)
rm -f "$out"
"$cli" convert "$src/examples/marketplace.yaml" "$out"
"$cli" snapshot "$out" v2 --note "written by schema 2"
test "$(sqlite3 "$out" 'PRAGMA user_version')" = 2
