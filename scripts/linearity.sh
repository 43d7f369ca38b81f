#!/bin/sh
# Linear time on adversarial text and lexicons (docs/robustness.md).
#   scripts/linearity.sh [N]           CPU time of N and 10*N tokens
#   scripts/linearity.sh --instructions [N]
#                                      instruction counts under callgrind
#                                      (exact and repeatable; N default 100000)
# Every ratio must be at most 11.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh build
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DMILTAG_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target miltag-linearity >/dev/null
tool=./build-release/miltag-linearity
if [ "${1:-}" != "--instructions" ]; then
  exec "$tool" "${1:-1000000}"
fi
n=${2:-100000}
names="repeated prefix 'груз'|repeated prefix 'Postoyalye'|repeated code 'груз 200'|prefix soup, all overlaps|invalid UTF-8|random bytes|compile of N/10 entries sharing an 8-word prefix"
count() { # instructions of the measured call only
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
    --toggle-collect=miltag_scan --toggle-collect=miltag_lexicon_compile \
    "$tool" --one "$1" "$2" >/dev/null 2>&1
  awk '/^summary:/ {print $2}' "$out"
  rm -f "$out"
}
echo "Instructions (callgrind), N = $n tokens:"
echo
echo "| input | instructions N | instructions 10N | ratio |"
echo "|---|---:|---:|---:|"
ok=1
k=0
echo "$names" | tr '|' '\n' | while read -r name; do
  a=$(count "$k" "$n")
  b=$(count "$k" $((n * 10)))
  r=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')
  echo "| $name | $a | $b | $r |"
  awk -v r="$r" 'BEGIN {exit !(r > 11)}' && echo "NOT LINEAR" && exit 1
  k=$((k + 1))
done
echo
echo "linear: every ratio is at most 11"
