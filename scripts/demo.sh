#!/bin/sh
# The main job: install what is needed, build, and tag the bundled sample
# with the built-in lexicon, printing the tags for people to read.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh build
cmake -S . -B build -DMILTAG_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/miltag --format text examples/intercepts.txt
