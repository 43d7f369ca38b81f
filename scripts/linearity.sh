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
count() { # instructions of the measured call only: $3 is the function
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
    --toggle-collect="$3" "$tool" --one "$1" "$2" >/dev/null 2>&1
  awk '/^summary:/ {print $2}' "$out"
  rm -f "$out"
}
echo "Instructions (callgrind), N = $n units:"
echo
echo "| measure | instructions N | instructions 10N | ratio |"
echo "|---|---:|---:|---:|"
list=$(mktemp)
"$tool" --list >"$list"
k=0
bad=0
while read -r name; do
  # a scan with a lexicon of its own compiles it first: count the scan
  case $name in compile:*) fn=miltag_lexicon_compile ;; *) fn=miltag_scan ;; esac
  a=$(count "$k" "$n" "$fn")
  b=$(count "$k" $((n * 10)) "$fn")
  r=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')
  echo "| $name | $a | $b | $r |"
  if awk -v r="$r" 'BEGIN {exit !(r > 11)}'; then bad=1; fi
  k=$((k + 1))
done <"$list"
rm -f "$list"
echo
if [ "$bad" = 1 ]; then
  echo "NOT LINEAR: a ratio exceeds 11"
  exit 1
fi
echo "linear: every ratio is at most 11"
