#include "hash.h"

#include <string.h>

static inline uint64_t load64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

/* 64x64 -> 128 multiply folded back: cheap and mixes every input bit. */
static inline uint64_t fold(uint64_t a, uint64_t b) {
  uint64_t hi, lo = mt_mul128(a, b, &hi);
  return lo ^ hi;
}

static const uint64_t k0 = 0xA0761D6478BD642Full, k1 = 0xE7037ED1A0B428DBull;

/* Both hashes: the whole 16-byte blocks of p[0..*len); leaves *p and *len
 * at the tail (under 16 bytes). */
static inline uint64_t blocks(const unsigned char **p, size_t *len, uint64_t seed) {
  uint64_t h = seed ^ (*len * k0);
  while (*len >= 16) {
    h = fold(load64(*p) ^ k1 ^ h, load64(*p + 8) ^ k0);
    *p += 16;
    *len -= 16;
  }
  return h;
}

/* Both hashes: the tail in a and b, and the finish. */
static inline uint64_t finish(uint64_t h, uint64_t a, uint64_t b, size_t len) {
  h = fold(a ^ k1 ^ h, b ^ k0 ^ (uint64_t)len);
  return fold(h ^ k0, k1);
}

uint64_t mt_hash(const void *data, size_t len, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = blocks(&p, &len, seed);
  uint64_t a = 0, b = 0;
  if (len >= 8) {
    a = load64(p);
    memcpy(&b, p + 8, len - 8);
  } else {
    memcpy(&a, p, len);
  }
  return finish(h, a, b, len);
}

uint64_t mt_hash_padded(const void *data, size_t len, uint64_t seed) {
  /* the first n bytes in memory, n = 0..8, as memcpy into a zero word puts them */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  static const uint64_t keep[9] = {0, 0xFFull << 56, 0xFFFFull << 48, 0xFFFFFFull << 40,
                                   0xFFFFFFFFull << 32, 0xFFFFFFFFFFull << 24,
                                   0xFFFFFFFFFFFFull << 16, 0xFFFFFFFFFFFFFFull << 8, ~0ull};
#else
  static const uint64_t keep[9] = {0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull,
                                   0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull,
                                   ~0ull};
#endif
  const unsigned char *p = data;
  uint64_t h = blocks(&p, &len, seed);
  size_t na = len < 8 ? len : 8, nb = len - na;
  return finish(h, load64(p) & keep[na], load64(p + 8) & keep[nb], len);
}
