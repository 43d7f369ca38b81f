#!/bin/sh
# Install into a staging prefix and use it as a user would:
#  - a C program compiled with `pkg-config --cflags --libs miltag`, with
#    `pkg-config --static` fully statically (-static), and through
#    find_package(miltag CONFIG), links and tags;
#  - the shared library exports only miltag_ symbols, with a versioned
#    SONAME; the man page and the CLI are installed;
#  - one copy of the built-in lexicon per library: the SQLite extension
#    links the shared library; the CLI either links it too or is one static
#    program that needs no shared library at all (MILTAG_CLI_LINK); no other
#    installed file is over 8 MB (static archives aside);
#  - the prefix can move: the CLI, the extension and pkg-config still work.
# usage: install_test.sh BUILD_DIR SOURCE_DIR [CC]
set -eu
build=$1
src=$2
cc=${3:-cc}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cmake --install "$build" --prefix "$stage/usr" >/dev/null
libdir=$(find "$stage/usr" -name 'libmiltag.so.0' -printf '%h\n' | head -n 1)
[ -n "$libdir" ] || { echo "libmiltag.so.0 not installed"; exit 1; }
rel=${libdir#"$stage/usr/"}
test -f "$stage/usr/include/miltag.h"
test -f "$stage/usr/include/miltag_inspect.h"
test -x "$stage/usr/bin/miltag"
test -f "$stage/usr/share/man/man1/miltag.1"
test -f "$libdir/libmiltag.a"
test -f "$libdir/cmake/miltag/miltagConfig.cmake"

# only miltag_ symbols are exported
bad=$(nm -D --defined-only "$libdir/libmiltag.so.0" | awk '{print $3}' | grep -v '^miltag_' || true)
[ -z "$bad" ] || { echo "exported non-miltag symbols: $bad"; exit 1; }
objdump -p "$libdir/libmiltag.so.0" | grep -q 'SONAME *libmiltag.so.0'

# One lexicon per library: the library holds the image; the extension uses
# it, and so does the CLI unless it is static, and then self-contained (its
# own image and ICU: a one-line run starts without the dynamic loader).
# Files over 8 MB, static archives aside: the library, and a static CLI.
needs() { objdump -p "$1" | awk '$1 == "NEEDED" {print $2}'; }
if [ -z "$(needs "$stage/usr/bin/miltag")" ]; then
  objdump -p "$stage/usr/bin/miltag" | grep -q 'INTERP' &&
    { echo "the static CLI asks for a dynamic loader"; exit 1; }
  maxbig=2
else
  needs "$stage/usr/bin/miltag" | grep -qx 'libmiltag.so.0' ||
    { echo "the CLI does not link libmiltag.so.0"; exit 1; }
  maxbig=1
fi
big=$(find "$stage/usr" -type f -size +8M ! -name '*.a')
nbig=$(printf '%s\n' "$big" | grep -c . || true)
[ "$nbig" -le "$maxbig" ] || { echo "installed files over 8 MB (at most $maxbig allowed):"; echo "$big"; exit 1; }
echo "over 8 MB: ${big#"$stage/"}"
ext=$(find "$stage/usr" -name 'miltag_sqlite.so' | head -n 1)
if [ -n "$ext" ]; then
  needs "$ext" | grep -qx 'libmiltag.so.0' || { echo "the extension does not link libmiltag.so.0"; exit 1; }
fi

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
"$cc" -std=c11 -o "$stage/consumer-pc" "$src/examples/consumer.c" $(pkg-config --cflags --libs miltag) \
  -Wl,-rpath,"$libdir"
expect "$stage/consumer-pc"
# Fully static: every library the link needs comes from pkg-config --static
# (ICU's archives need the C++ runtime, which icu-uc.pc does not name).
# glibc warns that ICU's dlopen needs the shared libc at run time: expected.
# shellcheck disable=SC2046
"$cc" -std=c11 -static -o "$stage/consumer-static" "$src/examples/consumer.c" \
  $(pkg-config --static --cflags --libs miltag) 2>"$stage/static.log" ||
  { cat "$stage/static.log"; echo "static link through pkg-config --static failed"; exit 1; }
if objdump -p "$stage/consumer-static" | grep -q NEEDED; then
  echo "consumer-static is not static:"; objdump -p "$stage/consumer-static" | grep NEEDED; exit 1
fi
expect "$stage/consumer-static"

cmake -S "$src/examples/consumer" -B "$stage/cb" -DCMAKE_PREFIX_PATH="$stage/usr" \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_RPATH="$libdir" >/dev/null
cmake --build "$stage/cb" >/dev/null
expect "$stage/cb/consumer"
expect "$stage/cb/consumer_static"
"$stage/usr/bin/miltag" --version | grep -q '^miltag '

# Relocated: no path of the install is built in.
mv "$stage/usr" "$stage/moved"
m="$stage/moved"
echo 'Kharkiv' | env -u LD_LIBRARY_PATH "$m/bin/miltag" | grep -q '"id":"place.kharkiv"' ||
  { echo "the moved CLI does not tag"; exit 1; }
export PKG_CONFIG_PATH="$m/$rel/pkgconfig"
# shellcheck disable=SC2046
"$cc" -std=c11 -o "$stage/consumer-moved" "$src/examples/consumer.c" $(pkg-config --cflags --libs miltag) \
  -Wl,-rpath,"$m/$rel"
expect "$stage/consumer-moved"
if [ -n "$ext" ] && command -v sqlite3 >/dev/null 2>&1; then
  out=$(sqlite3 :memory: ".load $m/$rel/miltag/miltag_sqlite" "SELECT miltag_tags('near Kharkiv');")
  echo "$out" | grep -q 'place.kharkiv' || { echo "the moved SQLite extension: $out"; exit 1; }
fi
echo "install test passed"
