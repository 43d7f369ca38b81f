#!/bin/sh
# miltag-embed, both forms (string literals, and --array for compilers that
# cap string literals): the C source it writes compiles with CC and gives
# back every byte of the file, whatever the bytes (all 256 values, quotes,
# backslashes, '?', digits after escapes), also for an empty file.
# usage: embed_test.sh MILTAG_EMBED CC SOURCE_DIR
set -eu
embed=$1
cc=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/img" <<'PY'
import random, sys
rnd = random.Random(7)
data = bytes(range(256)) + b'"\\??=\\0\\1771234"' + bytes(rnd.randrange(256) for _ in range(100000))
open(sys.argv[1], "wb").write(data)
PY
: >"$tmp/empty"
cat >"$tmp/main.c" <<'C'
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "default_image.h"
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "rb");
  static unsigned char want[1 << 20];
  size_t n = fread(want, 1, sizeof want, f), got_n;
  fclose(f);
  const unsigned char *got = mt_default_image(&got_n);
  if (got_n != n || (n && memcmp(got, want, n)) || ((uintptr_t)got % 64)) {
    printf("embedded %zu bytes, file %zu\n", got_n, n);
    return 1;
  }
  return 0;
}
C
for file in img empty; do
  for form in "" --array; do
    "$embed" $form "$tmp/$file" "$tmp/image.c"
    "$cc" -std=c11 -Wall -Werror -Wno-overlength-strings -I"$src/lib" -o "$tmp/check" \
      "$tmp/main.c" "$tmp/image.c" 2>"$tmp/cc.log" || { cat "$tmp/cc.log"; echo "$file $form: does not compile"; exit 1; }
    "$tmp/check" "$tmp/$file" || { echo "$file $form: bytes differ"; exit 1; }
  done
done
echo "embed test passed"
