/* The command's jsonl writer (cli/wbuf.c, cli/output.c): the fast paths
 * that write numbers, JSON strings and attribute objects in place must
 * write exactly what the plain definitions below write, byte for byte, on
 * every short string over the bytes that matter and on random longer
 * ones (ASCII runs, Cyrillic pairs, ill-formed and cut sequences, U+2028,
 * control characters, quotes, backslashes, attribute delimiters). */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <limits.h>
#include <stdint.h>

#include "output.h"
#include "wbuf.h"

/* ------------------------------------------------- the plain definitions */

/* The length of the well-formed UTF-8 sequence at s[0, n), or 0. */
static size_t ref_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) need = 2, lo = c == 0xE0 ? 0xA0 : lo, hi = c == 0xED ? 0x9F : hi;
  else if (c >= 0xF0 && c <= 0xF4) need = 3, lo = c == 0xF0 ? 0x90 : lo, hi = c == 0xF4 ? 0x8F : hi;
  else return 0;
  if (n < need + 1 || s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i <= need; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return need + 1;
}

/* The inside of a JSON string for s[0, n), one byte or sequence at a
 * time: \" \\ \n \r \t, \u00XX for other control bytes and DEL, \ufffd
 * for each byte of an ill-formed sequence, \u2028 and \u2029 escaped. */
static void ref_body(wbuf *w, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c == '"') wb_lit(w, "\\\"");
    else if (c == '\\') wb_lit(w, "\\\\");
    else if (c == '\n') wb_lit(w, "\\n");
    else if (c == '\r') wb_lit(w, "\\r");
    else if (c == '\t') wb_lit(w, "\\t");
    else if (c < 0x20 || c == 0x7F) wb_printf(w, "\\u%04x", c);
    if (c < 0x80) {
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') wb_putc(w, (char)c);
      i++;
      continue;
    }
    size_t k = ref_seq(u + i, n - i);
    if (k == 0) {
      wb_lit(w, "\\ufffd");
      i++;
    } else if (k == 3 && c == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xA8) {
      wb_lit(w, "\\u2028");
      i += 3;
    } else if (k == 3 && c == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xA9) {
      wb_lit(w, "\\u2029");
      i += 3;
    } else {
      wb_put(w, u + i, k);
      i += k;
    }
  }
}

/* An attribute string as a JSON object, key by key: "k=v;k2" gives
 * {"k":"v","k2":""}; in a value, a backslash takes the next byte as it is
 * and splits the value into runs escaped each on its own (a lone one at
 * the very end is kept); lat, lon and pop are numbers when their value is
 * a JSON number with no backslash. */
static void ref_attrs(wbuf *w, const char *a) {
  wb_putc(w, '{');
  const char *p = a;
  while (*p) {
    if (p != a) wb_putc(w, ',');
    const char *k = p;
    while (*p && *p != '=' && *p != ';') p++;
    size_t kl = (size_t)(p - k);
    wb_putc(w, '"');
    ref_body(w, k, kl);
    wb_lit(w, "\":");
    if (*p != '=') {
      wb_lit(w, "\"\"");
    } else {
      const char *v = ++p;
      size_t vl = strcspn(v, ";\\");
      int numeric = kl == 3 && (!memcmp(k, "lat", 3) || !memcmp(k, "lon", 3) || !memcmp(k, "pop", 3));
      if (numeric && v[vl] != '\\' && is_json_number(v, vl)) {
        wb_put(w, v, vl);
        p = v + vl;
      } else {
        wb_putc(w, '"');
        const char *run = v;
        while (*p && *p != ';') {
          if (*p != '\\') {
            p++;
            continue;
          }
          ref_body(w, run, (size_t)(p - run));
          if (!p[1]) { /* a lone backslash at the very end */
            run = p++;
            break;
          }
          run = p + 1; /* the escaped byte starts the next run */
          p += 2;
        }
        ref_body(w, run, (size_t)(p - run));
        wb_putc(w, '"');
      }
    }
    if (*p == ';') p++;
  }
  wb_putc(w, '}');
}

/* --------------------------------------------------------------- helpers */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng >> 32);
}

static const char *show(const char *s, size_t n) {
  static char bufs[2][4096];
  static int which;
  char *out = bufs[which ^= 1];
  size_t o = 0;
  for (size_t i = 0; i < n && o + 5 < sizeof bufs[0]; i++) o += (size_t)snprintf(out + o, 5, "%02X ", (unsigned char)s[i]);
  out[o] = 0;
  return out;
}

static void same_string(const char *s, size_t n) {
  wbuf a, b;
  wb_init(&a, -1);
  wb_init(&b, -1);
  wb_json_str(&a, s, n);
  wb_putc(&b, '"');
  ref_body(&b, s, n);
  wb_putc(&b, '"');
  ck_assert(!a.err && !b.err);
  ck_assert_msg(a.len == b.len && memcmp(a.p, b.p, a.len) == 0, "json string of %s: %.*s, expected %.*s",
                show(s, n), (int)a.len, a.p, (int)b.len, b.p);
  /* wb_json_body goes 4096 bytes at a time: the same bytes */
  a.len = 0;
  wb_json_body(&a, s, n);
  ck_assert(a.len + 2 == b.len && memcmp(a.p, b.p + 1, a.len) == 0);
  wb_free(&a);
  wb_free(&b);
}

static void same_attrs(const char *attrs) {
  wbuf a, b;
  wb_init(&a, -1);
  wb_init(&b, -1);
  wb_lit(&a, "x"); /* not at the start of the buffer */
  json_attrs(&a, attrs);
  wb_lit(&b, "x");
  ref_attrs(&b, attrs);
  ck_assert(!a.err && !b.err);
  ck_assert_msg(a.len == b.len && memcmp(a.p, b.p, a.len) == 0, "attrs %s: %.*s, expected %.*s",
                show(attrs, strlen(attrs)), (int)a.len, a.p, (int)b.len, b.p);
  wb_free(&a);
  wb_free(&b);
}

/* Bytes that take each path of the escaper. */
static const unsigned char interesting[] = {
    'a', 'Z', ' ', '0', '"', '\\', '\n', '\r', '\t', 0x01, 0x1F, 0x7F, ';', '=', 0x80, 0x9F, 0xA8, 0xBF,
    0xC0, 0xC1, 0xC2, 0xD0, 0xD1, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
#define NINT (sizeof interesting)

/* ----------------------------------------------------------------- tests */

START_TEST(numbers_are_printed_as_printf_does) {
  unsigned long long v[] = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65535, 4294967295ull, 4294967296ull,
                            9999999999999999999ull, 10000000000000000000ull, ULLONG_MAX};
  char want[32];
  for (size_t i = 0; i < sizeof v / sizeof *v + 20000; i++) {
    unsigned long long x = i < sizeof v / sizeof *v ? v[i] : ((unsigned long long)next_rand() << 32 | next_rand()) >> (next_rand() % 64);
    char buf[WB_U64_MAX + 1];
    char *end = fmt_u64(buf, x);
    snprintf(want, sizeof want, "%llu", x);
    ck_assert_int_le(end - buf, WB_U64_MAX);
    ck_assert_msg((size_t)(end - buf) == strlen(want) && memcmp(buf, want, strlen(want)) == 0, "%s", want);
  }
  /* 10^k - 1, 10^k and 10^k + 1 */
  unsigned long long p = 1;
  for (int k = 0; k < 20; k++, p *= 10)
    for (int d = -1; d <= 1; d++) {
      unsigned long long x = p + (unsigned long long)d;
      char buf[WB_U64_MAX + 1];
      char *end = fmt_u64(buf, x);
      snprintf(want, sizeof want, "%llu", x);
      ck_assert_msg((size_t)(end - buf) == strlen(want) && memcmp(buf, want, strlen(want)) == 0, "%s", want);
    }
}
END_TEST

START_TEST(every_short_string_is_escaped_as_defined) {
  unsigned char s[4];
  for (size_t a = 0; a < NINT; a++) {
    s[0] = interesting[a];
    same_string((char *)s, 1);
    for (size_t b = 0; b < NINT; b++) {
      s[1] = interesting[b];
      same_string((char *)s, 2);
      for (size_t c = 0; c < NINT; c++) {
        s[2] = interesting[c];
        same_string((char *)s, 3);
      }
    }
  }
  same_string("", 0);
}
END_TEST

/* Random strings made of runs: plain ASCII (the 8-byte path and its
 * tail), Cyrillic (the pair path), 3- and 4-byte characters, and any of
 * the interesting bytes. */
static size_t random_text(char *s, size_t cap) {
  size_t n = 0, want = next_rand() % (cap < 64 ? cap : next_rand() % 2 ? 24 : cap);
  while (n < want) {
    const char *piece;
    switch (next_rand() % 6) {
      case 0: piece = "The quick brown fox"; break;
      case 1: piece = "\xD0\x98\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB8"; break; /* Италии */
      case 2: piece = "\xE2\x80\xA8\xE2\x80\x94\xF0\x9F\x98\x80"; break;
      case 3: piece = "lat=1.5;pop=12"; break;
      default: piece = NULL;
    }
    size_t k = piece ? (size_t)(next_rand() % (strlen(piece) + 1)) : 1 + next_rand() % 3;
    for (size_t i = 0; i < k && n < want; i++)
      s[n++] = piece ? piece[next_rand() % 4 ? i : next_rand() % strlen(piece)]
                     : (char)interesting[next_rand() % NINT];
  }
  return n;
}

START_TEST(random_strings_are_escaped_as_defined) {
  static char s[10000];
  for (int round = 0; round < 20000; round++) {
    size_t n = random_text(s, round % 100 == 0 ? sizeof s : 80);
    same_string(s, n);
  }
}
END_TEST

/* A tsv cell, one byte at a time: tab, line feed, carriage return and
 * backslash as \t \n \r \\, every other byte as it is. */
static void same_tsv(const char *s, size_t n) {
  static char got[2 * 10000 + 16], want[2 * 10000 + 16];
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\t' || c == '\n' || c == '\r' || c == '\\') {
      want[k++] = '\\';
      want[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    } else {
      want[k++] = c;
    }
  }
  ck_assert(n <= 10000);
  size_t g = (size_t)(tsv_esc(got, s, n) - got);
  ck_assert_msg(g == k && memcmp(got, want, k) == 0, "tsv cell of %s", show(s, n));
}

START_TEST(tsv_cells_are_escaped_as_defined) {
  /* every string of up to three of the interesting bytes, each at the
   * start, middle and end of a plain run (the 4-to-16 byte and the
   * 8-byte paths) */
  static const char pad[] = "abcdefghijklmnopqrstuvwxyz";
  char s[64];
  for (size_t a = 0; a < NINT; a++)
    for (size_t b = 0; b < NINT; b++)
      for (size_t c = 0; c < NINT; c++)
        for (size_t before = 0; before <= 21; before += 7)
          for (size_t after = 0; after <= 13; after += 13) {
            memcpy(s, pad, before);
            s[before] = (char)interesting[a];
            s[before + 1] = (char)interesting[b];
            s[before + 2] = (char)interesting[c];
            memcpy(s + before + 3, pad, after);
            for (size_t n = before; n <= before + 3 + after; n++) same_tsv(s, n);
          }
  static char r[10000];
  for (int round = 0; round < 20000; round++) {
    size_t n = random_text(r, round % 100 == 0 ? sizeof r : 80);
    same_tsv(r, n);
  }
}
END_TEST

START_TEST(attribute_objects_are_written_as_defined) {
  static const char *const cases[] = {
      "", "type=city", "lat=51.22172;lon=6.77616;pop=620523", "lat=x;lon=-0.5e3;pop=007", "lat=1\\;2",
      "flag", "a;b;", ";;", "k=", "k==v", "name=a\\;b\\=c\\\\d", "note=ab\\", "note=\\", "x=\\\xD0\x98",
      "x=\xD0\\\x98", "q=say \"hi\"", "u=\xE2\x80\xA8;\xE2\x80\xA9=1", "k\x01=\x7F", "lat=1.5\\",
      "name=\xD0\x98\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB0\\;\xD0\x9C", "pop=12;lat=1e5;lon=1.;lat=-;lon=-0"};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) same_attrs(cases[i]);
  /* a lone backslash at the end of a value is kept, once */
  wbuf w;
  wb_init(&w, -1);
  json_attrs(&w, "note=ab\\");
  ck_assert_int_eq((int)w.len, (int)strlen("{\"note\":\"ab\\\\\"}"));
  ck_assert(memcmp(w.p, "{\"note\":\"ab\\\\\"}", w.len) == 0);
  wb_free(&w);
  static char s[3000];
  for (int round = 0; round < 20000; round++) {
    size_t n = random_text(s, round % 100 == 0 ? sizeof s - 1 : 60);
    for (size_t i = 0; i < n; i++) {
      if (!s[i]) s[i] = 'z';
      unsigned r = next_rand() % 16;
      if (r == 0) s[i] = ';';
      else if (r == 1) s[i] = '=';
      else if (r == 2) s[i] = '\\';
    }
    s[n] = 0;
    same_attrs(s);
  }
}
END_TEST

/* An attribute object continued with captures is the object of the
 * joined string ("A;S", or "S" when A is empty): what jsonl writes for a
 * tag with number= or name= from its entry's cached object. */
START_TEST(attribute_objects_are_continued_as_joined) {
  static char a[200], more[200], joined[420];
  for (int round = 0; round < 20000; round++) {
    size_t na = round % 7 == 0 ? 0 : random_text(a, 60), nm = 1 + random_text(more, 40);
    for (size_t i = 0; i < na; i++) {
      if (!a[i]) a[i] = 'z';
      if (next_rand() % 8 == 0) a[i] = "=;\\"[next_rand() % 3];
    }
    a[na] = 0;
    /* A must end where a member does: no ';', no escaping backslash */
    for (;;) {
      size_t bs = 0;
      while (bs < na && a[na - 1 - bs] == '\\') bs++;
      if (na && (a[na - 1] == ';' || bs % 2)) a[--na] = 0;
      else break;
    }
    for (size_t i = 0; i + 1 < nm; i++) {
      if (!more[i]) more[i] = 'y';
      if (next_rand() % 8 == 0) more[i] = "=;\\"[next_rand() % 3];
    }
    memcpy(more, "number=", 7 < nm ? 7 : nm);
    more[nm - 1] = 0;
    if (!more[0]) continue;
    snprintf(joined, sizeof joined, "%s%s%s", a, na ? ";" : "", more);
    wbuf w, want;
    wb_init(&w, -1);
    wb_init(&want, -1);
    json_attrs(&w, a);
    ck_assert(!wb_reserve(&w, 6 * strlen(more) + 16));
    wb_done(&w, json_attrs_continue(wb_at(&w), more));
    json_attrs(&want, joined);
    ck_assert(!w.err && !want.err);
    ck_assert_msg(w.len == want.len && memcmp(w.p, want.p, w.len) == 0, "A %s, S %s: %.*s, expected %.*s",
                  show(a, strlen(a)), show(more, strlen(more)), (int)w.len, w.p, (int)want.len, want.p);
    wb_free(&w);
    wb_free(&want);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("cliwrite");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, numbers_are_printed_as_printf_does);
  tcase_add_test(tc, every_short_string_is_escaped_as_defined);
  tcase_add_test(tc, random_strings_are_escaped_as_defined);
  tcase_add_test(tc, tsv_cells_are_escaped_as_defined);
  tcase_add_test(tc, attribute_objects_are_written_as_defined);
  tcase_add_test(tc, attribute_objects_are_continued_as_joined);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
