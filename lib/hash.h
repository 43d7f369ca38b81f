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

/* The full 128-bit product of a and b: the low half returned, the high
 * half in *hi.  One instruction where the compiler has a 128-bit type
 * (gcc, clang on 64-bit targets) or an intrinsic (MSVC on x64); elsewhere
 * four 32x32 -> 64 products, which mt_mul128_portable always uses (the
 * tests check that both give the same product). */
static inline uint64_t mt_mul128_portable(uint64_t a, uint64_t b, uint64_t *hi) {
  uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32, b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  /* the middle column cannot overflow: at most 3 * (2^32 - 1) */
  uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
  *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  return (mid << 32) | (p00 & 0xFFFFFFFFu);
}

#if defined(__SIZEOF_INT128__)
static inline uint64_t mt_mul128(uint64_t a, uint64_t b, uint64_t *hi) {
  __extension__ unsigned __int128 m = (unsigned __int128)a * b;
  *hi = (uint64_t)(m >> 64);
  return (uint64_t)m;
}
#elif defined(_MSC_VER) && defined(_M_X64)
#include <intrin.h>
static inline uint64_t mt_mul128(uint64_t a, uint64_t b, uint64_t *hi) {
  return _umul128(a, b, hi);
}
#else
static inline uint64_t mt_mul128(uint64_t a, uint64_t b, uint64_t *hi) {
  return mt_mul128_portable(a, b, hi);
}
#endif

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
