#!/bin/sh
# Build the libFuzzer targets with clang, ASan and UBSan, and run each for
# SECONDS (default 60) from the seed corpora in fuzz/corpus/, on inputs of
# up to 256 KB (long enough for the hostile shapes of docs/robustness.md:
# runs of connectors, combining marks, one long token).
#
#   fuzz/run.sh [SECONDS] [TARGET...]     targets: scan lexicon image json
#
# A crash stops the run with a non-zero status and leaves the input in
# build-fuzz/crash-TARGET-*; turn it into a regression test (tests/).
set -eu
secs=${1:-60}
[ $# -gt 0 ] && shift
cd "$(dirname "$0")/.."
CC=clang cmake -S . -B build-fuzz -DMILTAG_FUZZ=ON -DMILTAG_SANITIZE=ON \
  -DMILTAG_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
targets=${*:-scan lexicon image json}
for t in $targets; do
  work=build-fuzz/corpus-$t
  mkdir -p "$work"
  case $t in
    scan|json) cp fuzz/corpus/scan/* "$work"/ ;;
    lexicon) cp fuzz/corpus/lexicon/* "$work"/ ;;
    image)
      for f in fuzz/corpus/lexicon/*.tsv; do
        build-fuzz/miltag-mkimage "$work/$(basename "$f" .tsv).img" "$f" 2>/dev/null || true
      done ;;
  esac
  echo "fuzz: $t for ${secs}s" >&2
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "build-fuzz/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="build-fuzz/crash-$t-" "$work" \
    2>"build-fuzz/fuzz-$t.log" || { tail -60 "build-fuzz/fuzz-$t.log" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|cov:" "build-fuzz/fuzz-$t.log" | tail -2 >&2
done
