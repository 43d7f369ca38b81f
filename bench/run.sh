#!/bin/sh
# miltag's benchmark, the one command: install the tools it compares with
# (scripts/setup.sh bench), build a Release build in build-bench/, measure
# both corpora, print the table.  Options go to bench/run.py (--help);
# --write-doc also updates docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh bench
# Debian's python3 (a dependency of python3-ahocorasick) is the one the
# setup guarantees; run.py itself needs nothing beyond the standard library.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
MILTAG_BENCH_COMMAND="sh bench/run.sh" exec "$py" bench/run.py "$@"
