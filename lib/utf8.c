#include "utf8.h"
#include "invariant.h"

size_t mt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  MT_ASSERT(n >= 1);
  unsigned c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  size_t need;
  uint32_t v;
  unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2; v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;        /* no overlong forms */
    else if (c == 0xED) hi = 0x9F;   /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3; v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;   /* nothing above U+10FFFF */
  } else { *cp = MT_REPLACEMENT; return 1; }
  size_t i = 1;
  for (; i <= need; i++) {
    if (i >= n) { *cp = MT_REPLACEMENT; return i; }
    unsigned b = s[i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
      *cp = MT_REPLACEMENT;
      return i;
    }
    v = (v << 6) | (b & 0x3F);
  }
  *cp = v;
  return i;
}

size_t mt_utf8_encode(uint32_t cp, char *out) {
  MT_ASSERT(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)); /* a scalar value */
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

int mt_utf8_valid(const char *s, size_t n, size_t *bad) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (u[i] < 0x80) { i++; continue; }
    uint32_t cp;
    size_t k = mt_utf8_decode(u + i, n - i, &cp);
    if (cp == MT_REPLACEMENT && !(k == 3 && u[i] == 0xEF && u[i + 1] == 0xBF && u[i + 2] == 0xBD)) {
      if (bad) *bad = i;
      return 0;
    }
    i += k;
  }
  return 1;
}

size_t mt_utf8_count(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, count = 0;
  while (i < n) {
    uint32_t cp;
    i += u[i] < 0x80 ? 1 : mt_utf8_decode(u + i, n - i, &cp);
    count++;
  }
  return count;
}

size_t mt_utf8_prefix(const char *s, size_t max) {
  MT_ASSERT(s != NULL);
  size_t n = 0;
  while (n < max && s[n]) n++;
  if (s[n] == '\0') return n; /* all of it */
  /* cut before the lead byte of a character that would not fit */
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  return n;
}
