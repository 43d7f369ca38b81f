#!/bin/sh
# Install into a staging prefix and use it as a user would:
#  - a C program compiled with `pkg-config --cflags --libs miltag` (and
#    --static), and through find_package(miltag CONFIG), links and tags;
#  - the shared library exports only miltag_ symbols, with a versioned
#    SONAME; the man page, the CLI and the lexicon are installed.
# usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cmake --install "$build" --prefix "$stage/usr" >/dev/null
libdir=$(find "$stage/usr" -name 'libmiltag.so.0' -printf '%h\n' | head -n 1)
[ -n "$libdir" ] || { echo "libmiltag.so.0 not installed"; exit 1; }
test -f "$stage/usr/include/miltag.h"
test -x "$stage/usr/bin/miltag"
test -f "$stage/usr/share/man/man1/miltag.1"
test -f "$stage/usr/share/miltag/lexicon.tsv"
test -f "$libdir/libmiltag.a"
test -f "$libdir/cmake/miltag/miltagConfig.cmake"

# only miltag_ symbols are exported
bad=$(nm -D --defined-only "$libdir/libmiltag.so.0" | awk '{print $3}' | grep -v '^miltag_' || true)
[ -z "$bad" ] || { echo "exported non-miltag symbols: $bad"; exit 1; }
objdump -p "$libdir/libmiltag.so.0" | grep -q 'SONAME *libmiltag.so.0'

text='Wagner near Kharkiv: груза 200'
expect() { # the consumer's output must name these tags
  out=$("$@" "$text")
  echo "$out" | grep -q '^0 6 unit unit.wagner Wagner$' || { echo "bad output from $1: $out"; exit 1; }
  echo "$out" | grep -q 'place place.kharkiv Kharkiv$' || { echo "bad output from $1: $out"; exit 1; }
  echo "$out" | grep -q 'casualty casualty.200 груза 200$' || { echo "bad output from $1: $out"; exit 1; }
}

export PKG_CONFIG_PATH="$libdir/pkgconfig"
pkg-config --exists miltag
# shellcheck disable=SC2046
cc -std=c11 -o "$stage/consumer-pc" "$src/examples/consumer.c" $(pkg-config --cflags --libs miltag) \
  -Wl,-rpath,"$libdir"
expect "$stage/consumer-pc"
# shellcheck disable=SC2046
cc -std=c11 -o "$stage/consumer-pc-static" "$src/examples/consumer.c" \
  $(pkg-config --cflags miltag) "$libdir/libmiltag.a" $(pkg-config --libs --static icu-uc)
expect "$stage/consumer-pc-static"

cmake -S "$src/examples/consumer" -B "$stage/cb" -DCMAKE_PREFIX_PATH="$stage/usr" \
  -DCMAKE_BUILD_RPATH="$libdir" >/dev/null
cmake --build "$stage/cb" >/dev/null
expect "$stage/cb/consumer"
expect "$stage/cb/consumer_static"
"$stage/usr/bin/miltag" --version | grep -q '^miltag '
echo "install test passed"
