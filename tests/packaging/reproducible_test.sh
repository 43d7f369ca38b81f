#!/bin/sh
# Reproducible builds: the same sources, copied to two directories of
# different names and depths, built in two build directories (one inside
# its tree, one outside), give byte-identical shared and static libraries.
# RelWithDebInfo, so that any path in the debug information would show.
# usage: reproducible_test.sh SOURCE_DIR [CC [EMBED]]   (EMBED: MILTAG_EMBED)
set -eu
src=$(cd "$1" && pwd)
cc=${2:-cc}
embed=${3:-AUTO}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The tree as it is (tracked and new files, not the ignored build
# directories), copied twice.
copy() {
  mkdir -p "$1"
  if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z --cached --others --exclude-standard |
       xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh |
       tar --null -T - -cf -) | tar -xf - -C "$1"
  else
    (cd "$src" && tar --exclude='./build*' --exclude=./.git -cf - .) | tar -xf - -C "$1"
  fi
}
copy "$tmp/one/miltag"
copy "$tmp/a-second-copy/deeper/src"

build() { # SOURCE BUILD
  cmake -S "$1" -B "$2" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMILTAG_BUILD_TESTS=OFF -DMILTAG_SQLITE=OFF -DMILTAG_EMBED="$embed" >"$2.log" 2>&1 ||
    { cat "$2.log"; exit 1; }
  cmake --build "$2" -j"$(nproc)" --target miltag miltag_static >>"$2.log" 2>&1 ||
    { tail -40 "$2.log"; exit 1; }
}
build "$tmp/one/miltag" "$tmp/one/miltag/build"
build "$tmp/a-second-copy/deeper/src" "$tmp/b2"

status=0
for f in libmiltag.so.0.1.0 libmiltag.a; do
  a="$tmp/one/miltag/build/$f"
  b="$tmp/b2/$f"
  if cmp -s "$a" "$b"; then
    echo "$f: identical ($(wc -c <"$a") bytes, $cc, embedded with $embed)"
  else
    status=1
    echo "$f: the two builds differ"
    cmp -l "$a" "$b" | head -5
    for p in "$tmp/one" "$tmp/a-second-copy" "$tmp/b2"; do
      if grep -q -a -F "$p" "$a" "$b"; then echo "  a build path is inside: $p"; fi
    done
  fi
done
exit $status
