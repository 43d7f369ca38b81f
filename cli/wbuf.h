/* The command's output buffer (cli/wbuf.c).
 *
 * Every writer of the command appends to a wbuf instead of a FILE: appends
 * cannot fail one by one; the first failure (ENOMEM while growing, or the
 * errno of a failed write(2)) is kept in err and later appends are
 * dropped.  The caller checks err at document boundaries, where it can
 * roll the document back (len = mark) and report it: nothing is lost
 * silently.  A wbuf with an fd is written out only by wb_flush, never in
 * the middle of a document; one with fd -1 (a batch of --jobs) only grows. */
#ifndef MILTAG_CLI_WBUF_H
#define MILTAG_CLI_WBUF_H

#include <stddef.h>
#include <string.h>

typedef struct wbuf {
  char *p;
  size_t len, cap;
  int fd;  /* where wb_flush writes, or -1 */
  int err; /* 0, or the errno of the first failure */
} wbuf;

void wb_init(wbuf *w, int fd);
void wb_free(wbuf *w);
/* Make room for n more bytes: 0, or -1 with err set. */
int wb_grow(wbuf *w, size_t n);
static inline int wb_reserve(wbuf *w, size_t n) {
  return w->cap - w->len >= n ? 0 : wb_grow(w, n);
}
static inline void wb_put(wbuf *w, const void *s, size_t n) {
  if (n == 0 || wb_reserve(w, n)) return;
  memcpy(w->p + w->len, s, n);
  w->len += n;
}
static inline void wb_putc(wbuf *w, char c) {
  if (wb_reserve(w, 1)) return;
  w->p[w->len++] = c;
}
/* a string literal (only: sizeof gives its length) */
#define wb_lit(w, s) wb_put((w), "" s, sizeof(s) - 1)
static inline void wb_puts(wbuf *w, const char *s) { wb_put(w, s, strlen(s)); }
void wb_u64(wbuf *w, unsigned long long v);

/* Writing in place, for the hot writers (one wb_reserve for a whole tag
 * instead of one per piece): after wb_reserve(w, n) returned 0, up to n
 * bytes may be written from wb_at(w); wb_done(w, end) keeps them. */
static inline char *wb_at(wbuf *w) { return w->p + w->len; }
static inline void wb_done(wbuf *w, char *end) { w->len = (size_t)(end - w->p); }
#define WB_U64_MAX 20 /* digits of the largest unsigned long long */
/* "00" "01" .. "99" */
extern const char wb_digit_pairs[201];
/* fmt_u64 of any value */
char *fmt_u64_any(char *o, unsigned long long v);
/* The decimal digits of v at o (at most WB_U64_MAX); returns their end.
 * Inline up to 9999 (a tag's offsets in a line, most of them). */
static inline char *fmt_u64(char *o, unsigned long long v) {
  if (v >= 10000) return fmt_u64_any(o, v);
  if (v < 10) {
    *o = (char)('0' + v);
    return o + 1;
  }
  if (v < 100) {
    memcpy(o, wb_digit_pairs + 2 * v, 2);
    return o + 2;
  }
  if (v < 1000) {
    *o = (char)('0' + v / 100);
    memcpy(o + 1, wb_digit_pairs + 2 * (v % 100), 2);
    return o + 3;
  }
  memcpy(o, wb_digit_pairs + 2 * (v / 100), 2);
  memcpy(o + 2, wb_digit_pairs + 2 * (v % 100), 2);
  return o + 4;
}
/* A string literal copied to o; evaluates to the end. */
#define put_lit(o, s) ((char *)memcpy((o), "" s, sizeof(s) - 1) + sizeof(s) - 1)
/* wb_json_body's escaping of the whole string s[0, n) at o, which has room
 * for 6 * n bytes; returns the end. */
char *json_esc_any(char *o, const char *s, size_t n);
/* Whether the 8 bytes of x are all written as they are in a JSON string:
 * ASCII from 0x20 to 0x7E, neither '"' nor '\\' (the bit tricks find a
 * byte below 0x20 or equal to one of them once no byte has its high bit
 * set). */
static inline int json_plain8(unsigned long long x) {
  const unsigned long long ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  unsigned long long q = x ^ (ones * '"'), b = x ^ (ones * '\\'), d = x ^ (ones * 0x7F);
  unsigned long long bad = x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | ((d - ones) & ~d);
  return (bad & high) == 0;
}
/* A string of 4 to 16 bytes (most strings: ids, keys, a tag's text)
 * whose bytes plain8 passes, copied to o in two overlapping loads and
 * stores: the end, or NULL (another length, or a byte to escape: nothing
 * written). */
static inline char *copy_short_plain(char *o, const char *s, size_t n, int (*plain8)(unsigned long long)) {
  if (n >= 4 && n <= 8) {
    unsigned int lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    if (plain8((unsigned long long)lo | (unsigned long long)hi << 32)) {
      memcpy(o, &lo, 4);
      memcpy(o + n - 4, &hi, 4);
      return o + n;
    }
  } else if (n > 8 && n <= 16) {
    unsigned long long lo, hi;
    memcpy(&lo, s, 8);
    memcpy(&hi, s + n - 8, 8);
    if (plain8(lo) && plain8(hi)) {
      memcpy(o, &lo, 8);
      memcpy(o + n - 8, &hi, 8);
      return o + n;
    }
  }
  return NULL;
}
/* json_esc_any, with the short plain ASCII strings most strings are
 * checked and copied by copy_short_plain. */
static inline char *json_esc(char *o, const char *s, size_t n) {
  if (!n || (unsigned char)s[0] < 0x80) { /* not Cyrillic, say */
    char *end = copy_short_plain(o, s, n, json_plain8);
    if (end) return end;
  }
  return json_esc_any(o, s, n);
}
/* Whether none of the 8 bytes of x is escaped in a tsv cell: none below
 * 0x20 (the tab and the line breaks among them) and no '\\'. */
static inline int tsv_plain8(unsigned long long x) {
  const unsigned long long ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  unsigned long long b = x ^ (ones * '\\');
  return ((((x - ones * 0x20) & ~x) | ((b - ones) & ~b)) & high) == 0;
}
/* A tsv cell's escaping of s[0, n) at o (tab, line feed, carriage return
 * and backslash as \t \n \r \\), which has room for 2 * n bytes; returns
 * the end.  Plain runs go 8 bytes at a time. */
char *tsv_esc_any(char *o, const char *s, size_t n);
/* tsv_esc_any, with a plain string of 4 to 16 bytes (a tag's text) by
 * copy_short_plain. */
static inline char *tsv_esc(char *o, const char *s, size_t n) {
  char *end = copy_short_plain(o, s, n, tsv_plain8);
  return end ? end : tsv_esc_any(o, s, n);
}
void wb_printf(wbuf *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Write the buffer to fd and empty it: 0, or -1 with err set (a failed
 * write is not retried; the data is dropped and err tells why). */
int wb_flush(wbuf *w);
/* Flush, then write p[0, n) to fd straight from p: 0, or -1 (err). */
int wb_write(wbuf *w, const char *p, size_t n);

/* A JSON string literal for s[0, n): control characters, DEL, U+2028 and
 * U+2029 escaped, each byte of an ill-formed UTF-8 sequence as \ufffd. */
void wb_json_str(wbuf *w, const char *s, size_t n);
/* The inside of such a literal, without the quotes. */
void wb_json_body(wbuf *w, const char *s, size_t n);

/* Length of the well-formed UTF-8 sequence at s[0, n), or 0 if ill-formed. */
size_t utf8_seq(const unsigned char *s, size_t n);
/* Characters in s[0, n): code points, each byte of an ill-formed sequence
 * counting as one (as Python decodes with errors="surrogateescape"). */
size_t utf8_chars(const char *s, size_t n);
/* UTF-16 code units in s[0, n), on the same terms (JavaScript's length). */
size_t utf16_units(const char *s, size_t n);

#endif
