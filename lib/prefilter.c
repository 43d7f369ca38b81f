#include "prefilter.h"

#include <string.h>

#include "normalize.h"

uint32_t mt_pf_words(size_t n_keys) {
  if (!n_keys) return 0;
  uint64_t want = ((uint64_t)n_keys * MT_PF_BITS_PER_KEY + 63) / 64;
  uint32_t w = 1;
  while (w < want && w < MT_PF_MAX_WORDS) w *= 2;
  return w;
}

void mt_pf_key_ends(const char *key, size_t len, uint64_t *head, uint64_t *tail) {
  uint64_t h = 0, t = 0;
  memcpy(&h, key, len < 8 ? len : 8);
  if (len) h |= MT_PF_CASE & mt_first_bytes(~0ull, len < 8 ? len : 8);
  if (len > 8) {
    memcpy(&t, key + len - 8, 8);
    t |= MT_PF_CASE;
  }
  *head = h;
  *tail = t;
}

int mt_pf_pass_key(const uint64_t *table, uint32_t words, const char *key, size_t len) {
  if (!words) return 1;
  uint64_t h, t;
  mt_pf_key_ends(key, len, &h, &t);
  return mt_pf_test(table, words, mt_pf_hash(h, t, len));
}

void mt_pf_add(uint64_t *table, uint32_t words, const char *key, size_t len) {
  uint64_t h, t;
  mt_pf_key_ends(key, len, &h, &t);
  uint64_t x = mt_pf_hash(h, t, len);
  table[(x >> 32) & (words - 1)] |= (1ull << (x & 63)) | (1ull << ((x >> 6) & 63));
}
