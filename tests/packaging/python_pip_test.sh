#!/bin/sh
# pip install, as a Python user does it, offline: a fresh virtual
# environment made with PYTHON (Debian's /usr/bin/python3), then
#   pip install SOURCE/bindings/python     and, in another one,
#   pip install SOURCE                     (the top-level pyproject.toml)
# Each builds the C library with CMake and bundles it in the wheel.  Then,
# from outside the source tree and with no MILTAG_* or PYTHONPATH in the
# environment, `import miltag` must load the bundled library and tag, and
# the binding's whole test suite must pass against the installed package.
# usage: python_pip_test.sh SOURCE_DIR PYTHON [CC] [CLI]
# Exit status 77 (skipped) when PYTHON cannot make virtual environments.
set -eu
src=$(cd "$1" && pwd)
py=$2
cc=${3:-cc}
cli=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$py" -m venv "$tmp/probe" >/dev/null 2>&1; then
  echo "$py cannot create a virtual environment with pip (Debian: python3-venv); skipped"
  exit 77
fi

# A clean environment: what a user's shell has, nothing of ours.
clean() {
  env -i PATH="/usr/local/bin:/usr/bin:/bin" HOME="$tmp/home" LANG=C.UTF-8 "$@"
}
mkdir -p "$tmp/home" "$tmp/elsewhere"

check() { # VENV: import and tag from outside the tree
  out=$(cd "$tmp/elsewhere" && clean "$1/bin/python" -c '
import json, miltag, os, sys
t = miltag.Tagger()
spans = t.tag("Бойцы ЧВК «Вагнер» под Бахмутом, груз 200")
print(json.dumps([[s.start, s.end, s.id] for s in spans]))
print(miltag.library_path)
print(os.path.dirname(miltag.__file__))
print(os.path.exists(os.path.join(os.path.dirname(miltag.__file__), "py.typed")))
')
  echo "$out" | sed -n 1p | grep -q '"place.bakhmut"' || { echo "no tags from $1: $out"; exit 1; }
  echo "$out" | sed -n 1p | grep -q '"casualty.200"' || { echo "no tags from $1: $out"; exit 1; }
  lib=$(echo "$out" | sed -n 2p)
  pkg=$(echo "$out" | sed -n 3p)
  case $lib in "$1"/*) ;; *) echo "the package loaded $lib, not its own library"; exit 1 ;; esac
  case $pkg in "$1"/*) ;; *) echo "imported $pkg, not the installed package"; exit 1 ;; esac
  [ "$(echo "$out" | sed -n 4p)" = True ] || { echo "py.typed is not installed"; exit 1; }
}

install() { # VENV SOURCE
  "$py" -m venv "$1"
  # CC picks the compiler CMake builds the library with; nothing else is set.
  if ! clean CC="$cc" "$1/bin/python" -m pip install --disable-pip-version-check "$2" \
       >"$1.log" 2>&1; then
    cat "$1.log"; echo "pip install $2 failed"; exit 1
  fi
}

install "$tmp/venv" "$src/bindings/python"
check "$tmp/venv"
# The binding's own tests, against the installed package and its library.
if [ -n "$cli" ]; then
  (cd "$tmp/elsewhere" && clean MILTAG_TEST_INSTALLED=1 MILTAG_CLI="$cli" \
     MILTAG_SHARED="${MILTAG_SHARED:-$src/../shared}" PYTHONDONTWRITEBYTECODE=1 \
     "$tmp/venv/bin/python" -m unittest discover -s "$src/bindings/python/tests" \
     -p test_miltag.py) >"$tmp/unittest.log" 2>&1 ||
    { cat "$tmp/unittest.log"; echo "the binding's tests failed against the installed package"; exit 1; }
  tail -3 "$tmp/unittest.log"
fi

install "$tmp/venv-top" "$src"
check "$tmp/venv-top"
echo "pip test passed ($("$tmp/venv/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
