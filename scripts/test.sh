#!/bin/sh
# The whole test suite: install what is needed, build, and run
#   1. the Check suites, end-to-end and packaging tests (ctest) with gcc,
#      the CLI also under valgrind memcheck;
#   2. the same with clang, the built-in lexicon embedded as generated C
#      instead of by the assembler (without the valgrind runs and the
#      callgrind budget, adversarial_budget: instruction counts of the
#      same code, already held in the gcc build, at twice the time);
#   3. all of them again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   4. the multi-threaded tests under ThreadSanitizer;
#   5. each libFuzzer target for MILTAG_FUZZ_SECONDS seconds (default 60;
#      0 skips fuzzing, for quick local runs).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh test
j=$(nproc)

echo "== build and test (gcc)" >&2
CC=gcc cmake -S . -B build -DMILTAG_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$j"
ctest --test-dir build --output-on-failure -j"$j"

echo "== build and test (clang, lexicon embedded as C)" >&2
CC=clang cmake -S . -B build-clang -DMILTAG_BUILD_TESTS=ON -DMILTAG_EMBED=C >/dev/null
cmake --build build-clang -j"$j" >/dev/null
ctest --test-dir build-clang --output-on-failure -j"$j" -E '_valgrind$|^adversarial_budget$'

echo "== AddressSanitizer + UndefinedBehaviorSanitizer" >&2
CC=clang cmake -S . -B build-asan -DMILTAG_SANITIZE=ON -DMILTAG_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j"$j" >/dev/null
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$j"

echo "== ThreadSanitizer" >&2
CC=clang cmake -S . -B build-tsan -DMILTAG_TSAN=ON -DMILTAG_BUILD_TESTS=ON >/dev/null
cmake --build build-tsan -j"$j" --target test_threads test_api >/dev/null
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan -R '^(threads|api)$' --output-on-failure

secs=${MILTAG_FUZZ_SECONDS:-60}
if [ "$secs" -gt 0 ]; then
  echo "== fuzzing, ${secs}s per target" >&2
  sh fuzz/run.sh "$secs"
fi
echo "== all tests passed" >&2
