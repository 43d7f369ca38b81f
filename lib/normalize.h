/* Normalizer: turns the bytes of one token into its lookup key.  The
 * lexicon compiler and the scanner both call mt_normalize (the scanner
 * through mt_normalize_token), so terms and text meet in exactly the same
 * form (docs/design.md, "Keys"). */
#ifndef MT_NORMALIZE_H
#define MT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/unorm2.h>

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
int mt_normalize_token(const mt_norm *n, const miltag_allocator *a, mt_norm_scratch *sc,
                       const char *s, size_t len, size_t avail, mt_charset cs, mt_buf *out);

void mt_norm_scratch_free(const miltag_allocator *a, mt_norm_scratch *sc);

/* Apostrophe-like characters that normalize to U+0027. */
int mt_is_apostrophe(uint32_t c);

#endif
