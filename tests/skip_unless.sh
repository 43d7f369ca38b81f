#!/bin/sh
# usage: skip_unless.sh PATH... -- COMMAND [ARG]...
# Run COMMAND if every PATH exists; otherwise say which is missing and
# exit 77, which ctest reports as skipped (SKIP_RETURN_CODE 77): a test
# that needs data from outside the project never passes without it.
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  if [ ! -e "$1" ]; then
    echo "skipped: $1 not found" >&2
    exit 77
  fi
  shift
done
[ "$1" = "--" ] && shift
exec "$@"
