/* Normalizer: turns the bytes of one token into its lookup key.  The
 * lexicon compiler and the scanner both call mt_normalize (the scanner
 * through mt_normalize_token), so terms and text meet in exactly the same
 * form (docs/design.md, "Keys"). */
#ifndef MT_NORMALIZE_H
#define MT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unicode/unorm2.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "alloc.h"

typedef struct mt_norm {
  const UNormalizer2 *nfkc_cf; /* ICU singletons: shared, immutable */
  const UNormalizer2 *nfc;
} mt_norm;

/* Per-thread scratch space for the slow (ICU) path. */
typedef struct mt_norm_scratch {
  UChar *u16a, *u16b;
  size_t cap_a, cap_b;   /* in UChars */
  uint32_t *cps;
  size_t cap_cps;        /* in code points */
} mt_norm_scratch;

/* Returns 0 or MILTAG_E_ICU. */
int mt_norm_init(mt_norm *n);

/* What one token may cost.  A token of more than MT_KEY_MAX_CHARS code
 * points, or with more than MT_KEY_MAX_MARKS combining marks (characters
 * of canonical combining class > 0), is never a lexicon key: the
 * normalizers below give it the empty key and return MT_NO_KEY without
 * looking further.  ICU reorders a run of combining marks in quadratic
 * time and NFKC makes up to 18 characters of one (U+FDFA), so without the
 * bound one hostile token would cost time and memory out of proportion to
 * the text.  The bound is on the token as written (invisible characters
 * count), and the compiler refuses a term word beyond it, so both sides
 * agree. */
#define MT_KEY_MAX_CHARS MILTAG_TOKEN_MAX_CHARS
#define MT_KEY_MAX_MARKS MILTAG_TOKEN_MAX_MARKS
#define MT_NO_KEY 1

/* Normalize s[0..len) as one token; the key replaces the contents of out
 * (NUL-terminated).  Returns 0, MT_NO_KEY (out is "": a token past the
 * bounds above), MILTAG_E_NOMEM or MILTAG_E_ICU. */
int mt_normalize(const mt_norm *n, const miltag_allocator *a, mt_norm_scratch *sc,
                 const char *s, size_t len, mt_buf *out);

/* Bytes every normalizer below leaves allocated after a key (its NUL
 * included), so that the scanner can hash it with mt_hash_padded. */
#define MT_KEY_PAD 16

/* What the tokenizer found out about a token's characters while cutting
 * it: the one interface between its fast paths and the normalizer's. */
typedef enum mt_charset {
  MT_CHARSET_ANY = 0,       /* nothing known: the general path */
  MT_CHARSET_ASCII = 1,     /* only ASCII letters and digits */
  MT_CHARSET_CYRILLIC = 2   /* only basic Cyrillic letters, U+0400-U+045F
                               (two bytes each: an even length) */
} mt_charset;

/* mt_normalize for one token of text whose characters are cs: the same
 * key, by the shortest way cs allows (ASCII: eight bytes at a time;
 * Cyrillic: by table).  avail (>= len) is how many bytes of s may be read:
 * the text after the token, which saves a byte loop at the end of an
 * ASCII token.  Returns what mt_normalize returns. */
int mt_normalize_token_any(const mt_norm *n, const miltag_allocator *a, mt_norm_scratch *sc,
                           const char *s, size_t len, size_t avail, mt_charset cs, mt_buf *out);
static inline uint64_t mt_fold8(uint64_t x);
static inline int mt_normalize_token(const mt_norm *n, const miltag_allocator *a,
                                     mt_norm_scratch *sc, const char *s, size_t len,
                                     size_t avail, mt_charset cs, mt_buf *out) {
  /* Most keys looked up are short ASCII words: folded here, in the
   * caller, as normalize_ascii folds them (eight bytes at once, reading on
   * into the text; the bytes past the key lie in MT_KEY_PAD). */
  if (cs == MT_CHARSET_ASCII && len <= 8 && avail >= 8 && out->cap >= len + MT_KEY_PAD) {
    uint64_t x;
    memcpy(&x, s, 8);
    x = mt_fold8(x);
    memcpy(out->data, &x, 8);
    out->data[len] = '\0';
    out->len = len;
    return 0;
  }
  return mt_normalize_token_any(n, a, sc, s, len, avail, cs, out);
}

/* Eight ASCII letters or digits folded at once: bit 7 of each byte of
 * `capital` is set where the byte is A-Z (no carry crosses a byte: a byte
 * is at most 7F before the additions), and folding sets bit 5 there.
 * Bytes at or above 0x80 (past the token) are left as they are. */
static inline uint64_t mt_fold8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F * ones;
  uint64_t h = x & low7;
  uint64_t ge_a = h + (0x80 - 'A') * ones, gt_z = h + (0x80 - 'Z' - 1) * ones;
  uint64_t capital = ge_a & ~gt_z & ~x & (0x80 * ones);
  return x | (capital >> 2);
}

/* The key of each basic Cyrillic letter (normalize.c), by the low bit of
 * its lead byte and the low six bits of its trail byte. */
extern const unsigned char mt_cyr_fold[96][2];

/* The keys of n <= 4 basic Cyrillic letters at u, in memory order, zero
 * after them. */
static inline uint64_t mt_cyr_key8(const unsigned char *u, size_t n) {
  uint64_t x = 0;
  for (size_t i = 0; i < n; i++) {
    uint16_t v;
    memcpy(&v, mt_cyr_fold[((u[2 * i] & 1u) << 6) | (u[2 * i + 1] & 0x3Fu)], 2);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x |= (uint64_t)v << (48 - 16 * i);
#else
    x |= (uint64_t)v << (16 * i);
#endif
  }
  return x;
}

/* The first n bytes of x in memory order, 1 <= n <= 8.  Little-endian:
 * by a table of the masks, a load in place of a shift by a count
 * computed from n (on the way of every word the scanner looks up). */
static inline uint64_t mt_first_bytes(uint64_t x, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return x & (~0ull << (64 - 8 * n));
#else
  static const uint64_t mask[9] = {0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull,
                                   0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull,
                                   ~0ull};
  return x & mask[n];
#endif
}

#if defined(__SSE2__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MT_CYR_SSE2 1
/* The keys of eight basic Cyrillic letters (16 bytes) at once, by
 * arithmetic instead of eight table loads: a letter (lead, trail) is a 16-bit lane,
 * and u = (lead & 1) << 6 | (trail & 3F) is its offset from U+0400; the
 * key is lower case (U+0400-U+040F +0x50, U+0410-U+042F +0x20), ё ѐ → е
 * and ѝ → и (after lowering: 0x50 0x51 → 0x35, 0x5D → 0x38), encoded
 * again.  Checked against the table for every letter in every lane
 * (tests/test_prefilter.c). */
static inline __m128i mt_cyr_fold16(__m128i x) {
  __m128i u = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(x, _mm_set1_epi16(1)), 6),
                           _mm_and_si128(_mm_srli_epi16(x, 8), _mm_set1_epi16(0x3F)));
  __m128i ge10 = _mm_cmpgt_epi16(u, _mm_set1_epi16(0x0F));
  __m128i ge30 = _mm_cmpgt_epi16(u, _mm_set1_epi16(0x2F));
  __m128i add = _mm_or_si128(_mm_andnot_si128(ge10, _mm_set1_epi16(0x50)),
                             _mm_and_si128(_mm_andnot_si128(ge30, ge10), _mm_set1_epi16(0x20)));
  u = _mm_add_epi16(u, add);
  __m128i yo = _mm_cmpeq_epi16(_mm_and_si128(u, _mm_set1_epi16(0x7E)), _mm_set1_epi16(0x50));
  __m128i i_ = _mm_cmpeq_epi16(u, _mm_set1_epi16(0x5D));
  u = _mm_or_si128(_mm_andnot_si128(_mm_or_si128(yo, i_), u),
                   _mm_or_si128(_mm_and_si128(yo, _mm_set1_epi16(0x35)),
                                _mm_and_si128(i_, _mm_set1_epi16(0x38))));
  return _mm_or_si128(_mm_set1_epi16((short)0x80D0),
                      _mm_or_si128(_mm_and_si128(_mm_srli_epi16(u, 6), _mm_set1_epi16(1)),
                                   _mm_slli_epi16(_mm_and_si128(u, _mm_set1_epi16(0x3F)), 8)));
}

/* mt_cyr_key8 of the four letters at hp and the four at tp. */
static inline void mt_cyr_key8x2(const unsigned char *hp, const unsigned char *tp, uint64_t *head,
                                 uint64_t *tail) {
  uint64_t h, t;
  memcpy(&h, hp, 8);
  memcpy(&t, tp, 8);
  __m128i key = mt_cyr_fold16(_mm_set_epi64x((long long)t, (long long)h));
  uint64_t out[2];
  _mm_storeu_si128((__m128i *)(void *)out, key);
  *head = out[0];
  *tail = out[1];
}
#endif

/* The first and last eight bytes of the key that mt_normalize_token gives
 * a token of charset cs, without building it, with bit 5 set in each of
 * them, as mt_pf_key_ends (prefilter.h) takes them from the key: *head
 * the key's bytes [0, 8) in memory order, zero past its end; *tail its
 * bytes [len - 8, len) when it is longer than eight bytes, else 0.  The
 * key of such a token is as long as the token; an ASCII one is the token
 * with its capitals folded (normalize_ascii), which setting bit 5 does.
 * Only for MT_CHARSET_ASCII and MT_CHARSET_CYRILLIC (other tokens must be
 * normalized first); avail as for mt_normalize_token. */
static inline void mt_key_ends(const char *s, size_t len, size_t avail, mt_charset cs,
                               uint64_t *head, uint64_t *tail) {
  const uint64_t bit5 = 0x2020202020202020ull;
  const unsigned char *u = (const unsigned char *)s;
  uint64_t h = 0, t = 0;
  size_t n = len < 8 ? len : 8;
  if (cs == MT_CHARSET_ASCII) {
    if (avail >= 8) memcpy(&h, u, 8);
    else memcpy(&h, u, n);
    if (len > 8) memcpy(&t, u + len - 8, 8);
  } else {
#ifdef MT_CYR_SSE2
    /* eight bytes from the head may be read (on into the text) */
    if (avail >= 8) {
      mt_cyr_key8x2(u, len > 8 ? u + len - 8 : u, &h, &t);
      if (len <= 8) t = 0;
    } else
#endif
    {
      h = mt_cyr_key8(u, n / 2);
      if (len > 8) t = mt_cyr_key8(u + len - 8, 4);
    }
  }
  *head = mt_first_bytes(h | bit5, n);
  *tail = len > 8 ? t | bit5 : 0;
}

void mt_norm_scratch_free(const miltag_allocator *a, mt_norm_scratch *sc);

/* Apostrophe-like characters that normalize to U+0027. */
int mt_is_apostrophe(uint32_t c);

#endif
