/* Shared checks of the fuzz targets: a tag's offsets must lie inside the
 * input and on character boundaries (the maximal-subpart rule of UTF-8
 * decoding, which ICU applies too). */
#ifndef MILTAG_FUZZ_COMMON_H
#define MILTAG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "miltag.h"
#include "miltag_inspect.h"

#define FUZZ_CHECK(cond) \
  do {                   \
    if (!(cond)) abort(); \
  } while (0)

/* Length of the UTF-8 unit (well-formed character or maximal ill-formed
 * subpart) at s[0..n). */
static inline size_t fuzz_unit(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 1;
  size_t i = 1;
  for (; i <= need; i++) {
    if (i >= n) return i;
    unsigned b = s[i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return i;
  }
  return i;
}

/* Mark in out[0..n] every offset that is a unit boundary. */
static inline void fuzz_boundaries(const unsigned char *s, size_t n, unsigned char *out) {
  memset(out, 0, n + 1);
  size_t i = 0;
  while (i < n) {
    out[i] = 1;
    i += fuzz_unit(s + i, n - i);
  }
  out[n] = 1;
}

#endif
