#define _POSIX_C_SOURCE 200809L
#include "wbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void wb_init(wbuf *w, int fd) {
  w->p = NULL;
  w->len = w->cap = 0;
  w->fd = fd;
  w->err = 0;
}

void wb_free(wbuf *w) {
  free(w->p);
  w->p = NULL;
  w->len = w->cap = 0;
}

int wb_grow(wbuf *w, size_t n) {
  if (w->err) return -1;
  if (n > SIZE_MAX / 2 - w->len) {
    w->err = ENOMEM;
    return -1;
  }
  size_t want = w->len + n;
  size_t cap = w->cap ? w->cap : 4096;
  while (cap < want) cap *= 2;
  char *np = realloc(w->p, cap);
  if (!np) {
    w->err = ENOMEM;
    return -1;
  }
  w->p = np;
  w->cap = cap;
  return 0;
}

const char wb_digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

char *fmt_u64_any(char *o, unsigned long long v) {
  if (v < 10) {
    *o = (char)('0' + v);
    return o + 1;
  }
  size_t n;
  if (v < 10000) {
    n = v < 100 ? 2 : v < 1000 ? 3 : 4;
  } else {
    n = 5;
    for (unsigned long long p = 100000; n < WB_U64_MAX && v >= p; p *= 10) n++;
  }
  char *end = o + n, *q = end;
  while (v >= 100) {
    q -= 2;
    memcpy(q, wb_digit_pairs + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10) memcpy(q - 2, wb_digit_pairs + 2 * v, 2);
  else q[-1] = (char)('0' + v);
  return end;
}

char *tsv_esc_any(char *o, const char *s, size_t n) {
  size_t i = 0;
  for (;;) {
    unsigned long long x;
    while (n - i >= 8) {
      memcpy(&x, s + i, 8);
      if (!tsv_plain8(x)) break;
      memcpy(o, &x, 8);
      o += 8;
      i += 8;
    }
    /* the word with a byte to escape (or the tail), a byte at a time */
    size_t stop = n - i >= 8 ? i + 8 : n;
    for (; i < stop; i++) {
      char c = s[i];
      if (c != '\t' && c != '\n' && c != '\r' && c != '\\') {
        *o++ = c;
        continue;
      }
      *o++ = '\\';
      *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    }
    if (i == n) return o;
  }
}

void wb_u64(wbuf *w, unsigned long long v) {
  if (wb_reserve(w, WB_U64_MAX)) return;
  wb_done(w, fmt_u64(wb_at(w), v));
}

void wb_printf(wbuf *w, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    if (!w->err) w->err = EINVAL;
    return;
  }
  if ((size_t)n < sizeof small) {
    wb_put(w, small, (size_t)n);
    return;
  }
  if (wb_reserve(w, (size_t)n + 1)) return;
  va_start(ap, fmt);
  vsnprintf(w->p + w->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  w->len += (size_t)n;
}

static void write_all(wbuf *w, const char *p, size_t n) {
  size_t off = 0;
  while (off < n && !w->err) {
    ssize_t k = write(w->fd, p + off, n - off);
    if (k < 0) {
      if (errno == EINTR) continue;
      w->err = errno;
    } else if (k == 0) {
      w->err = EIO;
    } else {
      off += (size_t)k;
    }
  }
}

int wb_flush(wbuf *w) {
  write_all(w, w->p, w->len);
  w->len = 0;
  return w->err ? -1 : 0;
}

int wb_write(wbuf *w, const char *p, size_t n) {
  if (wb_flush(w)) return -1;
  write_all(w, p, n);
  return w->err ? -1 : 0;
}

size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (n < need + 1) return 0;
  if (s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i <= need; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return need + 1;
}

/* Code points (utf16 0) or UTF-16 units (utf16 1) in s[0, n), each byte of
 * an ill-formed sequence counting as one. */
static size_t count_units(const char *s, size_t n, int utf16) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, units = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
      units++;
      continue;
    }
    size_t k = utf8_seq(u + i, n - i);
    units += utf16 && k == 4 ? 2 : 1;
    i += k ? k : 1;
  }
  return units;
}

size_t utf8_chars(const char *s, size_t n) { return count_units(s, n, 0); }
size_t utf16_units(const char *s, size_t n) { return count_units(s, n, 1); }

static const char hex[] = "0123456789abcdef";

/* What a byte becomes in a JSON string: 0 itself, 'h' it starts a UTF-8
 * sequence (or is a stray byte of one), else the letter after the
 * backslash ('u': \u00XX). */
static const char byte_esc[256] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 't', 'n', 'u', 'u', 'r', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'u',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
    'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h', 'h',
};

/* Whether the 8 bytes of x (little-endian) are four well-formed two-byte
 * sequences (Cyrillic): leads 0xC2..0xDF, each followed by 0x80..0xBF. */
static inline int pairs8(uint64_t x) {
  const uint64_t shape = 0xC0E0C0E0C0E0C0E0ull, want = 0x80C080C080C080C0ull;
  const uint64_t lead5 = 0x001E001E001E001Eull, carry = 0x0080008000800080ull;
  /* 0xC0 and 0xC1 (overlong) are the leads with none of the bits 0x1E */
  return (x & shape) == want && (((x & lead5) + 0x007F007F007F007Full) & carry) == carry;
}

/* Escape u[0, n) into o, which has room for 6 bytes per input byte (and a
 * last sequence that runs past n, up to avail).  Returns the bytes written;
 * *used gets the input bytes taken (n, or a little more). */
static size_t json_chunk(char *o, const unsigned char *u, size_t n, size_t avail, size_t *used) {
  char *start = o;
  size_t i = 0;
  uint64_t v;
  while (i < n) {
    unsigned c = u[i];
    char x = byte_esc[c];
    if (!x) {
      /* plain ASCII runs (English, keys, numbers) eight bytes at a time */
      while (i + 8 <= n && (memcpy(&v, u + i, 8), json_plain8(v))) {
        memcpy(o, &v, 8);
        o += 8;
        i += 8;
      }
      if (i + 8 > n && n >= 8 && i < n && (memcpy(&v, u + n - 8, 8), json_plain8(v))) {
        /* the last 8 bytes are plain: those before i went out as they
         * are, so the tail is copied over them */
        memcpy(o - (i - (n - 8)), &v, 8);
        o += n - i;
        i = n;
        break;
      }
      while (i < n && !byte_esc[u[i]]) *o++ = (char)u[i++];
      continue;
    }
    if (x != 'h') {
      *o++ = '\\';
      *o++ = x;
      if (x == 'u') {
        *o++ = '0';
        *o++ = '0';
        *o++ = hex[c >> 4];
        *o++ = hex[c & 15];
      }
      i++;
      continue;
    }
    /* two-byte sequences (Cyrillic), as utf8_seq would take them */
    if (c >= 0xC2 && c <= 0xDF && i + 1 < avail && (u[i + 1] & 0xC0) == 0x80) {
      while (i + 8 <= n && (memcpy(&v, u + i, 8), pairs8(v))) {
        memcpy(o, &v, 8);
        o += 8;
        i += 8;
      }
      if (i + 1 < avail && u[i] >= 0xC2 && u[i] <= 0xDF && (u[i + 1] & 0xC0) == 0x80) {
        o[0] = (char)u[i];
        o[1] = (char)u[i + 1];
        o += 2;
        i += 2;
      }
      continue;
    }
    /* a sequence may run past the chunk, into the rest of the text */
    size_t k = utf8_seq(u + i, avail - i);
    if (k == 0) {
      memcpy(o, "\\ufffd", 6);
      o += 6;
      i++;
    } else if (k == 3 && c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
      /* valid JSON, but not valid JavaScript inside a string */
      memcpy(o, u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
      o += 6;
      i += 3;
    } else {
      memcpy(o, u + i, k);
      o += k;
      i += k;
    }
  }
  *used = i;
  return (size_t)(o - start);
}

char *json_esc_any(char *o, const char *s, size_t n) {
  size_t used;
  return o + json_chunk(o, (const unsigned char *)s, n, n, &used);
}

void wb_json_body(wbuf *w, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    size_t chunk = n - i < 4096 ? n - i : 4096;
    /* 6 bytes out per byte in; a last sequence may take 3 more bytes in */
    if (wb_reserve(w, 6 * (chunk + 3))) return;
    size_t used;
    w->len += json_chunk(w->p + w->len, u + i, chunk, n - i, &used);
    i += used;
  }
}

void wb_json_str(wbuf *w, const char *s, size_t n) {
  if (n <= 4096) { /* most strings: one reservation */
    if (wb_reserve(w, 6 * n + 2)) return;
    char *o = wb_at(w);
    *o++ = '"';
    o = json_esc(o, s, n);
    *o++ = '"';
    wb_done(w, o);
    return;
  }
  wb_putc(w, '"');
  wb_json_body(w, s, n);
  wb_putc(w, '"');
}
