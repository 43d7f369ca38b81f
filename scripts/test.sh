#!/bin/sh
# The whole test suite: install what is needed, build, run every test.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh test
cmake -S . -B build -DMILTAG_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
