#!/bin/sh
# miltag as a sub-project (add_subdirectory or FetchContent): the parent
# links miltag::miltag and miltag::miltag_static; miltag adds no tests and
# no install rules to the parent unless asked for (MILTAG_INSTALL=ON).
# usage: subproject_test.sh SOURCE_DIR CC add_subdirectory|FetchContent
set -eu
src=$(cd "$1" && pwd)
cc=$2
how=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake -S "$here/subproject" -B "$tmp/b" -DCMAKE_C_COMPILER="$cc" -DMILTAG_SOURCE_DIR="$src" \
  -DHOW="$how" >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/b" -j"$(nproc)" --target app app_static >"$tmp/build.log" 2>&1 ||
  { tail -40 "$tmp/build.log"; exit 1; }
for app in app app_static; do
  out=$("$tmp/b/$app" "Wagner near Kharkiv: груза 200")
  echo "$out" | grep -q 'place place.kharkiv Kharkiv$' || { echo "$app: $out"; exit 1; }
done

# The parent's tests are its own
tests=$(cd "$tmp/b" && ctest -N | grep 'Test *#' | sed 's/.*: //')
[ "$tests" = "parent_app" ] || { echo "tests in the parent: $tests"; exit 1; }

# Installing the parent installs only the parent's files
cmake --install "$tmp/b" --prefix "$tmp/p" >/dev/null
installed=$(cd "$tmp/p" && find . -type f | sort)
[ "$installed" = "./bin/app" ] || { echo "the parent installed: $installed"; exit 1; }

# ... unless it asks for miltag's
cmake -S "$here/subproject" -B "$tmp/b" -DMILTAG_INSTALL=ON >/dev/null
cmake --build "$tmp/b" -j"$(nproc)" >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log"; exit 1; }
cmake --install "$tmp/b" --prefix "$tmp/p2" >/dev/null
for f in include/miltag.h bin/miltag; do
  test -e "$tmp/p2/$f" || { echo "MILTAG_INSTALL=ON did not install $f"; exit 1; }
done
find "$tmp/p2" -name 'libmiltag.so.0' | grep -q . || { echo "MILTAG_INSTALL=ON: no libmiltag.so.0"; exit 1; }
echo "subproject test ($how) passed"
