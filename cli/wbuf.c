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

void wb_u64(wbuf *w, unsigned long long v) {
  char tmp[24];
  char *e = tmp + sizeof tmp, *s = e;
  do {
    *--s = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  wb_put(w, s, (size_t)(e - s));
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

/* Escape u[0, n) into o, which has room for 6 bytes per input byte (and a
 * last sequence that runs past n, up to avail).  Returns the bytes written;
 * *used gets the input bytes taken (n, or a little more). */
static size_t json_chunk(char *o, const unsigned char *u, size_t n, size_t avail, size_t *used) {
  char *start = o;
  size_t i = 0;
  while (i < n) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      *o++ = (char)c;
      i++;
      continue;
    }
    if (c < 0x80) {
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
          *o++ = 'u';
          *o++ = '0';
          *o++ = '0';
          *o++ = hex[c >> 4];
          *o++ = hex[c & 15];
      }
      i++;
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
  wb_putc(w, '"');
  wb_json_body(w, s, n);
  wb_putc(w, '"');
}
