#!/bin/sh
# Install the Debian packages miltag needs.  Idempotent: packages already
# installed are skipped, and apt is not touched when nothing is missing.
#
#   scripts/setup.sh build   to build and run miltag
#   scripts/setup.sh test    + what the test suite needs
#   scripts/setup.sh bench   + the tools the benchmark compares against
#   scripts/setup.sh data    + what the lexicon generators read
set -eu

build="build-essential cmake pkg-config libicu-dev"
test="$build check libsubunit-dev python3 valgrind clang libclang-rt-14-dev unicode-data libsqlite3-dev sqlite3 python3-dask python3-distributed"
bench="$build ripgrep libhyperscan-dev python3-ahocorasick hyperfine valgrind"
data="python3 hunspell-ru hunspell-uk wamerican"

case "${1:-build}" in
  build) want=$build ;;
  test) want=$test ;;
  bench) want=$bench ;;
  data) want=$data ;;
  all) want="$test $bench $data" ;;
  *) echo "usage: $0 [build|test|bench|data|all]" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: run as root or install sudo:$missing" >&2; exit 1; }
  sudo="sudo"
fi
echo "setup: installing$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
