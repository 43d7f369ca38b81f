/* A fast 64-bit hash for short keys (normalized tokens) and for the
 * image checksum.  Written for this project; quality is checked by the
 * probe-length test in tests/test_match.c. */
#ifndef MT_HASH_H
#define MT_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t mt_hash(const void *data, size_t len, uint64_t seed);

/* mt_hash(data, len, seed), for a buffer with at least 16 readable bytes
 * after data[len): the tail is read whole and masked instead of copied
 * byte by byte, which costs no branch that depends on the length. */
uint64_t mt_hash_padded(const void *data, size_t len, uint64_t seed);

/* Mix three 32-bit words (trie edge keys). */
static inline uint64_t mt_hash3(uint32_t a, uint32_t b, uint32_t c) {
  uint64_t x = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
  x ^= (uint64_t)c * 0xC2B2AE3D27D4EB4Full;
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 32;
  return x;
}

#endif
