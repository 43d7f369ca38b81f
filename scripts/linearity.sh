#!/bin/sh
# Linear time on adversarial text and lexicons (docs/robustness.md): tag
# N and 10*N tokens of hostile input, compile M and 10*M entries; every
# ratio must be at most 11.  Usage: scripts/linearity.sh [N]
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh build
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DMILTAG_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target miltag-linearity >/dev/null
./build-release/miltag-linearity "${1:-1000000}"
