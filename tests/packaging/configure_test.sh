#!/bin/sh
# A plain configure needs ICU and a C compiler, nothing else: with the Check
# framework hidden from pkg-config, `cmake -S . -B build` succeeds without
# tests, and the library and the CLI build and tag.  Asking for the tests
# without Check fails at configure time, naming what is missing.
# usage: configure_test.sh SOURCE_DIR [CC]
set -eu
src=$1
cc=${2:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# pkg-config sees icu-uc and nothing else (no check.pc)
icu_pc=$(pkg-config --variable=pcfiledir icu-uc)/icu-uc.pc
mkdir "$tmp/pc"
ln -s "$icu_pc" "$tmp/pc/icu-uc.pc"
export PKG_CONFIG_LIBDIR="$tmp/pc" PKG_CONFIG_PATH=""
if pkg-config --exists check; then
  echo "could not hide Check from pkg-config"; exit 1
fi

cmake -S "$src" -B "$tmp/b" -DCMAKE_C_COMPILER="$cc" >"$tmp/configure.log" 2>&1 ||
  { cat "$tmp/configure.log"; echo "plain configure failed without Check"; exit 1; }
grep -q "Check framework was not found: no tests" "$tmp/configure.log" ||
  { cat "$tmp/configure.log"; echo "configure did not say the tests are off"; exit 1; }
ntests=$(cd "$tmp/b" && ctest -N | sed -n 's/^Total Tests: //p')
[ "${ntests:-0}" -eq 0 ] || { echo "a build without Check has $ntests tests"; exit 1; }
cmake --build "$tmp/b" -j"$(nproc)" >"$tmp/build.log" 2>&1 ||
  { tail -40 "$tmp/build.log"; echo "build without Check failed"; exit 1; }
for t in libmiltag.so.0 libmiltag.a miltag; do
  test -e "$tmp/b/$t" || { echo "$t was not built"; exit 1; }
done
# no test or benchmark program was built
for t in test_api miltag-linearity miltag-wbcheck; do
  if find "$tmp/b" -name "$t" -type f | grep -q .; then echo "$t was built without being asked for"; exit 1; fi
done
echo 'Kharkiv' | "$tmp/b/miltag" | grep -q '"id":"place.kharkiv"' || { echo "the CLI does not tag"; exit 1; }

if cmake -S "$src" -B "$tmp/b2" -DCMAKE_C_COMPILER="$cc" -DMILTAG_BUILD_TESTS=ON >"$tmp/on.log" 2>&1; then
  echo "MILTAG_BUILD_TESTS=ON without Check configured"; exit 1
fi
grep -q "check" "$tmp/on.log" || { cat "$tmp/on.log"; echo "the error does not name Check"; exit 1; }
echo "configure test passed"
