#include "normalize.h"
#include "invariant.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "utf8.h"

int mt_norm_init(mt_norm *n) {
  UErrorCode st = U_ZERO_ERROR;
  n->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
  if (U_FAILURE(st)) return MILTAG_E_ICU;
  n->nfc = unorm2_getNFCInstance(&st);
  if (U_FAILURE(st)) return MILTAG_E_ICU;
  return 0;
}

int mt_is_apostrophe(uint32_t c) {
  /* ' ’ ʼ ‘ ` ´ ′ ʹ: every way people type the Ukrainian apostrophe and the
   * English one. */
  return c == 0x27 || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x60 ||
         c == 0xB4 || c == 0x2032 || c == 0x02B9;
}

static int is_dash(uint32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 ||
         c == 0xFE63 || c == 0xFF0D || c == 0x2E3A || c == 0x2E3B;
}

static int is_ignorable(uint32_t c) {
  /* soft hyphen, zero-width space/joiners, word joiner, BOM; and the stress
   * marks (acute and grave) that dictionaries put on Russian vowels. */
  return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
         c == 0x0300 || c == 0x0301 || c == 0x0340 || c == 0x0341;
}

/* Per-code-point mapping of the fast path: returns 1 and sets *out (0 =
 * drop the character) when the character is handled without ICU, 0 when
 * the slow path is needed. */
static int norm_fast(uint32_t c, uint32_t *out) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c += 32;
    else if (c == '`') c = '\'';
    *out = c;
    return 1;
  }
  if (c >= 0x0400 && c <= 0x045F) {
    if (c < 0x0410) c += 0x50;
    else if (c < 0x0430) c += 0x20;
    /* ё → е; the grave-accented е and и are stressed vowels, not letters */
    if (c == 0x0451 || c == 0x0450) c = 0x0435;
    else if (c == 0x045D) c = 0x0438;
    *out = c;
    return 1;
  }
  if (c == 0x0490 || c == 0x0491) { *out = 0x0491; return 1; }
  if (mt_is_apostrophe(c)) { *out = '\''; return 1; }
  if (is_dash(c)) { *out = '-'; return 1; }
  if (is_ignorable(c)) { *out = 0; return 1; }
  return 0;
}

/* Look-alike letters, by script, after case folding.  Cyrillic words typed
 * with Latin letters (and the reverse) are common in Telegram dumps, some
 * of it deliberate, to dodge keyword filters. */
static const struct { uint32_t lat, cyr; } confusables[] = {
  {'a', 0x0430}, {'b', 0x0432}, {'c', 0x0441}, {'e', 0x0435}, {'h', 0x043D},
  {'i', 0x0456}, {'j', 0x0458}, {'k', 0x043A}, {'m', 0x043C}, {'o', 0x043E},
  {'p', 0x0440}, {'s', 0x0455}, {'t', 0x0442}, {'x', 0x0445}, {'y', 0x0443},
};

static uint32_t lat_to_cyr(uint32_t c) {
  for (size_t i = 0; i < sizeof confusables / sizeof *confusables; i++)
    if (confusables[i].lat == c) return confusables[i].cyr;
  return 0;
}

static uint32_t cyr_to_lat(uint32_t c) {
  for (size_t i = 0; i < sizeof confusables / sizeof *confusables; i++)
    if (confusables[i].cyr == c) return confusables[i].lat;
  return 0;
}

static int is_latin_letter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7);
}

static int is_cyrillic_letter(uint32_t c) {
  return c >= 0x0430 && c <= 0x052F;
}

/* Greek letters that stand in for Cyrillic ones, after case folding: σ
 * for о (Збpσйниx Сил, Xσpσшi нσвини), ο α ε ρ χ τ κ ι μ η β υ for their
 * twins (Η Μ Β look like Н М В). */
static const struct { uint32_t greek, cyr; } greek_twins[] = {
  {0x03B1, 0x0430}, {0x03B2, 0x0432}, {0x03B5, 0x0435}, {0x03B7, 0x043D}, {0x03B9, 0x0456},
  {0x03BA, 0x043A}, {0x03BC, 0x043C}, {0x03BF, 0x043E}, {0x03C1, 0x0440}, {0x03C2, 0x043E},
  {0x03C3, 0x043E}, {0x03C4, 0x0442}, {0x03C5, 0x0443}, {0x03C7, 0x0445},
};

static uint32_t greek_to_cyr(uint32_t c) {
  if (c < 0x03B1 || c > 0x03C7) return 0;
  for (size_t i = 0; i < sizeof greek_twins / sizeof *greek_twins; i++)
    if (greek_twins[i].greek == c) return greek_twins[i].cyr;
  return 0;
}

/* A token that mixes Cyrillic and Latin letters is rewritten into the script
 * it must be in: the one that has letters without a look-alike in the other
 * script (or the majority when all letters have look-alikes), provided every
 * letter of the other script has a look-alike.  Greek letters in a Cyrillic
 * word go to their Cyrillic twins first, when every one of them has one.
 * Genuinely mixed tokens stay as they are. */
static void fold_confusables(uint32_t *cps, size_t n) {
  size_t greek = 0, greek_twin = 0, has_cyr = 0;
  for (size_t i = 0; i < n; i++) {
    if (cps[i] >= 0x0370 && cps[i] <= 0x03FF) {
      greek++;
      greek_twin += greek_to_cyr(cps[i]) != 0;
    } else if (is_cyrillic_letter(cps[i])) {
      has_cyr++;
    }
  }
  if (greek && greek == greek_twin && has_cyr)
    for (size_t i = 0; i < n; i++) {
      uint32_t m = greek_to_cyr(cps[i]);
      if (m) cps[i] = m;
    }
  size_t lat = 0, cyr = 0, lat_only = 0, cyr_only = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_latin_letter(cps[i])) { lat++; if (!lat_to_cyr(cps[i])) lat_only++; }
    else if (is_cyrillic_letter(cps[i])) { cyr++; if (!cyr_to_lat(cps[i])) cyr_only++; }
  }
  if (!lat || !cyr) return;
  int to_cyr;
  if (cyr_only && !lat_only) to_cyr = 1;
  else if (lat_only && !cyr_only) to_cyr = 0;
  else if (!lat_only && !cyr_only) to_cyr = cyr >= lat;
  else return;
  for (size_t i = 0; i < n; i++) {
    uint32_t m = to_cyr ? (is_latin_letter(cps[i]) ? lat_to_cyr(cps[i]) : 0)
                        : (is_cyrillic_letter(cps[i]) ? cyr_to_lat(cps[i]) : 0);
    if (m) cps[i] = m;
  }
}

static int push_cp(const miltag_allocator *a, mt_norm_scratch *sc, size_t *n, uint32_t c) {
  if (*n >= sc->cap_cps &&
      mt_reserve(a, (void **)&sc->cps, &sc->cap_cps, *n + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  sc->cps[(*n)++] = c;
  return 0;
}

/* Strip a trailing acute or grave from a precomposed letter (é → e), so
 * that stress written either way normalizes alike. */
static uint32_t strip_stress(const mt_norm *nm, uint32_t c) {
  for (int guard = 0; guard < 4; guard++) {
    UChar d[8];
    UErrorCode st = U_ZERO_ERROR;
    int32_t k = unorm2_getRawDecomposition(nm->nfc, (UChar32)c, d, 8, &st);
    if (U_FAILURE(st) || k < 2) return c;
    UChar32 first, last;
    int32_t i = 0;
    U16_NEXT(d, i, k, first);
    if (i >= k) return c;
    int32_t j = k;
    U16_PREV(d, 0, j, last);
    if (j != i || (last != 0x0301 && last != 0x0300)) return c;
    c = (uint32_t)first;
  }
  return c;
}

/* The key of a token past the bounds (MT_KEY_MAX_CHARS, _MARKS): none. */
static int no_key(const miltag_allocator *a, mt_buf *out) {
  if (mt_reserve(a, (void **)&out->data, &out->cap, MT_KEY_PAD, 1)) return MILTAG_E_NOMEM;
  out->len = 0;
  out->data[0] = '\0';
  return MT_NO_KEY;
}

/* More than MT_KEY_MAX_CHARS code points in s[0..len)?  Counted only as far
 * as needed: a byte is at most one code point, four bytes at least one. */
static int too_long(const char *s, size_t len) {
  if (len <= MT_KEY_MAX_CHARS) return 0;
  if (len > 4 * (size_t)MT_KEY_MAX_CHARS) return 1;
  return mt_utf8_count(s, len) > MT_KEY_MAX_CHARS;
}

/* Stress marks are the only characters of the fast mapping with a
 * combining class above 0 (they are dropped). */
static int is_fast_mark(uint32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0340 || c == 0x0341;
}

static int slow_path(const mt_norm *nm, const miltag_allocator *a, mt_norm_scratch *sc,
                     const char *s, size_t len, size_t *ncps) {
  /* 1. UTF-8 → UTF-16 with the fast mapping applied first, so that
   *    characters NFKC would decompose oddly (´ → space + accent) are
   *    already settled.  Combining marks are counted first: past
   *    MT_KEY_MAX_MARKS the token is no key, and ICU never sees it. */
  const unsigned char *u = (const unsigned char *)s;
  size_t marks = 0;
  for (size_t i = 0; i < len;) {
    uint32_t c;
    i += u[i] < 0x80 ? (c = u[i], 1) : mt_utf8_decode(u + i, len - i, &c);
    if (c >= 0x0300 && u_getCombiningClass((UChar32)c) != 0 && ++marks > MT_KEY_MAX_MARKS)
      return MT_NO_KEY;
  }
  size_t need = len + 1;
  if (need > (size_t)INT32_MAX / 2) return MILTAG_E_LIMIT;
  if (mt_reserve(a, (void **)&sc->u16a, &sc->cap_a, need * 2, sizeof(UChar)))
    return MILTAG_E_NOMEM;
  int32_t n16 = 0;
  for (size_t i = 0; i < len;) {
    uint32_t c, m;
    i += mt_utf8_decode(u + i, len - i, &c);
    if (norm_fast(c, &m)) {
      if (!m) continue;
      c = m;
    }
    U16_APPEND_UNSAFE(sc->u16a, n16, c);
  }
  /* 2. NFKC + case folding (+ removal of default ignorables). */
  UErrorCode st = U_ZERO_ERROR;
  int32_t outcap = (int32_t)(sc->cap_b < (size_t)INT32_MAX ? sc->cap_b : INT32_MAX);
  int32_t k = unorm2_normalize(nm->nfkc_cf, sc->u16a, n16, sc->u16b, outcap, &st);
  if (st == U_BUFFER_OVERFLOW_ERROR) {
    if (mt_reserve(a, (void **)&sc->u16b, &sc->cap_b, (size_t)k + 1, sizeof(UChar)))
      return MILTAG_E_NOMEM;
    st = U_ZERO_ERROR;
    k = unorm2_normalize(nm->nfkc_cf, sc->u16a, n16, sc->u16b, (int32_t)sc->cap_b, &st);
  }
  if (U_FAILURE(st)) return st == U_MEMORY_ALLOCATION_ERROR ? MILTAG_E_NOMEM : MILTAG_E_ICU;
  /* 3. Map again: NFKC may have produced characters the fast path folds
   *    (ё from е + diaeresis, dashes from compatibility forms). */
  *ncps = 0;
  for (int32_t i = 0; i < k;) {
    UChar32 c;
    U16_NEXT(sc->u16b, i, k, c);
    uint32_t m;
    if (norm_fast((uint32_t)c, &m)) {
      if (!m) continue;
    } else {
      m = strip_stress(nm, (uint32_t)c);
      if (m != (uint32_t)c && norm_fast(m, &m) && !m) continue;
    }
    if (push_cp(a, sc, ncps, m)) return MILTAG_E_NOMEM;
  }
  return 0;
}

/* The common case, ASCII and basic Cyrillic in one script, straight from
 * bytes to bytes.  Returns 1 when it handled the token, 0 when the general
 * path must (other characters, or Latin and Cyrillic mixed: confusables). */
static int fast_bytes(const unsigned char *u, size_t len, char *o, size_t *olen) {
  int lat = 0, cyr = 0;
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    unsigned b = u[i];
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') { b += 32; lat = 1; }
      else if (b >= 'a' && b <= 'z') lat = 1;
      else if (b == '`') b = '\'';
      o[n++] = (char)b;
      i++;
      continue;
    }
    if ((b == 0xD0 || b == 0xD1) && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
      uint32_t c = ((b & 0x1F) << 6) | (u[i + 1] & 0x3F);
      if (c >= 0x0460) return 0;
      if (c < 0x0410) c += 0x50;
      else if (c < 0x0430) c += 0x20;
      if (c == 0x0451 || c == 0x0450) c = 0x0435;
      else if (c == 0x045D) c = 0x0438;
      o[n++] = (char)(0xC0 | (c >> 6));
      o[n++] = (char)(0x80 | (c & 0x3F));
      cyr = 1;
      i += 2;
      continue;
    }
    return 0;
  }
  if (lat && cyr) return 0;
  *olen = n;
  return 1;
}

int mt_normalize(const mt_norm *nm, const miltag_allocator *a, mt_norm_scratch *sc,
                 const char *s, size_t len, mt_buf *out) {
  if (too_long(s, len)) return no_key(a, out);
  if (mt_reserve(a, (void **)&out->data, &out->cap, len + MT_KEY_PAD, 1)) return MILTAG_E_NOMEM;
  size_t fast_len;
  if (fast_bytes((const unsigned char *)s, len, out->data, &fast_len)) {
    out->len = fast_len;
    out->data[fast_len] = '\0';
    return 0;
  }
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0, marks = 0;
  int slow = 0;
  for (size_t i = 0; i < len;) {
    uint32_t c, m;
    i += u[i] < 0x80 ? (c = u[i], 1) : mt_utf8_decode(u + i, len - i, &c);
    if (!norm_fast(c, &m)) { slow = 1; break; }
    if (!m && is_fast_mark(c) && ++marks > MT_KEY_MAX_MARKS) return no_key(a, out);
    if (m && push_cp(a, sc, &n, m)) return MILTAG_E_NOMEM;
  }
  if (slow) {
    int rc = slow_path(nm, a, sc, s, len, &n);
    if (rc == MT_NO_KEY) return no_key(a, out);
    if (rc) return rc;
  }
  fold_confusables(sc->cps, n);
  out->len = 0;
  if (mt_reserve(a, (void **)&out->data, &out->cap, n * 4 + MT_KEY_PAD, 1)) return MILTAG_E_NOMEM;
  for (size_t i = 0; i < n; i++) out->len += mt_utf8_encode(sc->cps[i], out->data + out->len);
  out->data[out->len] = '\0';
  return 0;
}

/* mt_normalize for a token of ASCII letters and digits only. */
static int normalize_ascii(const miltag_allocator *a, const char *s, size_t len, size_t avail,
                           mt_buf *out) {
  MT_ASSERT(avail >= len);
  if (len > MT_KEY_MAX_CHARS) return no_key(a, out);
  if (mt_reserve(a, (void **)&out->data, &out->cap, len + MT_KEY_PAD, 1)) return MILTAG_E_NOMEM;
  const unsigned char *u = (const unsigned char *)s;
  char *o = out->data;
  size_t i = 0;
  /* whole words of eight, reading past the token into the text when the
   * text goes on (the extra bytes are overwritten or past the key) */
  for (; i < len && avail - i >= 8; i += 8) {
    uint64_t x;
    memcpy(&x, u + i, 8);
    x = mt_fold8(x);
    memcpy(o + i, &x, 8);
  }
  for (; i < len; i++) o[i] = (char)(u[i] | ((unsigned)((unsigned)(u[i] - 'A') < 26u) << 5));
  o[len] = '\0';
  out->len = len;
  return 0;
}

/* The key of each basic Cyrillic letter, indexed by the low bit of its
 * lead byte (D0 or D1) and the low six of its trail byte: fast_bytes's
 * mapping (lower case; ё, ѐ -> е; ѝ -> и) written out, so that a letter
 * costs a load and a store.  tests/test_tokenize.c
 * (cyrillic_tokens_take_the_short_cut) checks every entry against
 * mt_normalize. */
const unsigned char mt_cyr_fold[96][2] = {
  {0xD0,0xB5}, {0xD0,0xB5}, {0xD1,0x92}, {0xD1,0x93}, {0xD1,0x94}, {0xD1,0x95}, {0xD1,0x96}, {0xD1,0x97},
  {0xD1,0x98}, {0xD1,0x99}, {0xD1,0x9A}, {0xD1,0x9B}, {0xD1,0x9C}, {0xD0,0xB8}, {0xD1,0x9E}, {0xD1,0x9F},
  {0xD0,0xB0}, {0xD0,0xB1}, {0xD0,0xB2}, {0xD0,0xB3}, {0xD0,0xB4}, {0xD0,0xB5}, {0xD0,0xB6}, {0xD0,0xB7},
  {0xD0,0xB8}, {0xD0,0xB9}, {0xD0,0xBA}, {0xD0,0xBB}, {0xD0,0xBC}, {0xD0,0xBD}, {0xD0,0xBE}, {0xD0,0xBF},
  {0xD1,0x80}, {0xD1,0x81}, {0xD1,0x82}, {0xD1,0x83}, {0xD1,0x84}, {0xD1,0x85}, {0xD1,0x86}, {0xD1,0x87},
  {0xD1,0x88}, {0xD1,0x89}, {0xD1,0x8A}, {0xD1,0x8B}, {0xD1,0x8C}, {0xD1,0x8D}, {0xD1,0x8E}, {0xD1,0x8F},
  {0xD0,0xB0}, {0xD0,0xB1}, {0xD0,0xB2}, {0xD0,0xB3}, {0xD0,0xB4}, {0xD0,0xB5}, {0xD0,0xB6}, {0xD0,0xB7},
  {0xD0,0xB8}, {0xD0,0xB9}, {0xD0,0xBA}, {0xD0,0xBB}, {0xD0,0xBC}, {0xD0,0xBD}, {0xD0,0xBE}, {0xD0,0xBF},
  {0xD1,0x80}, {0xD1,0x81}, {0xD1,0x82}, {0xD1,0x83}, {0xD1,0x84}, {0xD1,0x85}, {0xD1,0x86}, {0xD1,0x87},
  {0xD1,0x88}, {0xD1,0x89}, {0xD1,0x8A}, {0xD1,0x8B}, {0xD1,0x8C}, {0xD1,0x8D}, {0xD1,0x8E}, {0xD1,0x8F},
  {0xD0,0xB5}, {0xD0,0xB5}, {0xD1,0x92}, {0xD1,0x93}, {0xD1,0x94}, {0xD1,0x95}, {0xD1,0x96}, {0xD1,0x97},
  {0xD1,0x98}, {0xD1,0x99}, {0xD1,0x9A}, {0xD1,0x9B}, {0xD1,0x9C}, {0xD0,0xB8}, {0xD1,0x9E}, {0xD1,0x9F},
};

/* mt_normalize for a token of basic Cyrillic letters only; avail as for
 * mt_normalize_token. */
static int normalize_cyrillic(const miltag_allocator *a, const char *s, size_t len, size_t avail,
                              mt_buf *out) {
  MT_ASSERT(len % 2 == 0 && avail >= len); /* two bytes a letter */
  if (len / 2 > MT_KEY_MAX_CHARS) return no_key(a, out);
  if (mt_reserve(a, (void **)&out->data, &out->cap, len + MT_KEY_PAD, 1)) return MILTAG_E_NOMEM;
  const unsigned char *u = (const unsigned char *)s;
  char *o = out->data;
  size_t i = 0;
#ifdef MT_CYR_SSE2
  /* eight letters a step, reading on into the text where it goes on (the
   * bytes past the token fold to something that is overwritten by the
   * NUL or lies past the key: MT_KEY_PAD leaves room for them) */
  for (; i < len && avail - i >= 16; i += 16)
    _mm_storeu_si128((__m128i *)(void *)(o + i),
                     mt_cyr_fold16(_mm_loadu_si128((const __m128i *)(const void *)(u + i))));
#endif
  for (; i + 1 < len; i += 2) {
    const unsigned char *k = mt_cyr_fold[((u[i] & 1u) << 6) | (u[i + 1] & 0x3Fu)];
    o[i] = (char)k[0];
    o[i + 1] = (char)k[1];
  }
  o[len] = '\0';
  out->len = len;
  return 0;
}

int mt_normalize_token_any(const mt_norm *n, const miltag_allocator *a, mt_norm_scratch *sc,
                           const char *s, size_t len, size_t avail, mt_charset cs, mt_buf *out) {
  MT_ASSERT(cs == MT_CHARSET_ANY || cs == MT_CHARSET_ASCII || cs == MT_CHARSET_CYRILLIC);
  switch (cs) {
    case MT_CHARSET_ASCII: return normalize_ascii(a, s, len, avail, out);
    case MT_CHARSET_CYRILLIC: return normalize_cyrillic(a, s, len, avail, out);
    case MT_CHARSET_ANY: break;
  }
  return mt_normalize(n, a, sc, s, len, out);
}

void mt_norm_scratch_free(const miltag_allocator *a, mt_norm_scratch *sc) {
  mt_free(a, sc->u16a);
  mt_free(a, sc->u16b);
  mt_free(a, sc->cps);
  memset(sc, 0, sizeof *sc);
}
