/* Hostile text: malformed UTF-8, NUL bytes, CR/CRLF, byte-order marks,
 * a 100 MB line, millions of repeated lexicon prefixes.  Every case has a
 * defined result: valid offsets on character boundaries, the tags a
 * person would expect around the junk, and memory that does not grow with
 * the input (the scanner keeps a window of at most MT_WINDOW_TOKENS). */
#include <sys/resource.h>

#include "testutil.h"

static miltag_lexicon *lex;

static void setup(void) {
  lex = compile_or_fail(HEADER
      "Kharkiv\tplace\tplace.kharkiv\t\ten\t\t\t\n"
      "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n"
      "груз 200\tcasualty\tcasualty.200\t\tru\tm -\t\t\n"
      "Postoyalye Dvory\tplace\tplace.pd\t\ten\t\t\t\n"
      "a a a a a a a a b\tslang\tx.long\t\t\t\t\t\n");
}

static void teardown(void) { miltag_lexicon_free(lex); }

START_TEST(malformed_utf8) {
  static const struct { const char *text; size_t unused; const char *want; } cases[] = {
    /* overlong '/' */
    {"Kharkiv\xC0\xAFKursk", 14, "Kharkiv:place:place.kharkiv|Kursk:place:place.kursk"},
    {"Kharkiv \xE0\x80\xAF Kursk", 16, "Kharkiv:place:place.kharkiv|Kursk:place:place.kursk"},
    /* a surrogate */
    {"Kharkiv \xED\xA0\x80 Kursk", 16, "Kharkiv:place:place.kharkiv|Kursk:place:place.kursk"},
    /* truncated sequences, stray continuation bytes */
    {"Kharkiv \xE2\x82 Kursk \xF0\x9F", 17, "Kharkiv:place:place.kharkiv|Kursk:place:place.kursk"},
    {"\x80\x80Kharkiv\xBF Kursk\x80", 17, "Kharkiv:place:place.kharkiv|Kursk:place:place.kursk"},
    /* junk inside a word breaks it */
    {"Khar\xFFkiv", 8, ""},
    /* above U+10FFFF */
    {"Kursk \xF4\x90\x80\x80", 10, "Kursk:place:place.kursk"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t len = strlen(cases[i].text);
    char *copy = malloc(len + 1);
    memcpy(copy, cases[i].text, len);
    copy[len] = 0;
    ck_assert_str_eq(tag_string(lex, copy, 0), cases[i].want);
    free(copy);
  }
}
END_TEST

typedef struct spans {
  size_t n, start[16], end[16];
} spans;

static int collect(const miltag_tag *t, void *ctx) {
  spans *s = ctx;
  if (s->n < 16) { s->start[s->n] = t->start; s->end[s->n] = t->end; }
  s->n++;
  return 0;
}

static spans scan_bytes(const char *text, size_t len) {
  spans out = {0};
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_scan(s, text, len, 0, collect, &out), MILTAG_OK);
  miltag_scanner_free(s);
  return out;
}

START_TEST(nul_bytes_cr_crlf_bom) {
  static const char nul[] = "Kharkiv\0Kursk\0\0груз\0" "200";
  spans s = scan_bytes(nul, sizeof nul - 1);
  ck_assert_uint_eq(s.n, 2); /* a NUL separates words and breaks phrases */
  ck_assert_uint_eq(s.start[1], 8);
  static const char cr[] = "Kharkiv\r\nKursk\rгруз\r\n200";
  s = scan_bytes(cr, sizeof cr - 1);
  ck_assert_uint_eq(s.n, 3); /* a single line break is white space */
  static const char para[] = "груз\n\n200";
  s = scan_bytes(para, sizeof para - 1);
  ck_assert_uint_eq(s.n, 0); /* a blank line ends the phrase */
  static const char bom[] = "\xEF\xBB\xBFKharkiv \xEF\xBB\xBFKursk";
  s = scan_bytes(bom, sizeof bom - 1);
  ck_assert_uint_eq(s.n, 2);
  ck_assert_uint_eq(s.start[0], 3);
  ck_assert_uint_eq(s.end[0], 10);
}
END_TEST

static long max_rss_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define BIG_MB 10
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define BIG_MB 10
#endif
#endif
#ifndef BIG_MB
#define BIG_MB 100
#endif

static int count_only(const miltag_tag *t, void *ctx) {
  (void)t;
  (*(size_t *)ctx)++;
  return 0;
}

START_TEST(one_huge_line) {
  /* BIG_MB megabytes without a single line break or sentence end */
  static const char unit[] = "Kharkiv, груз 200 и ничего, Kursk; ";
  size_t ul = sizeof unit - 1, reps = (size_t)BIG_MB * 1000000 / ul, len = reps * ul;
  char *text = malloc(len);
  ck_assert_ptr_nonnull(text);
  for (size_t i = 0; i < reps; i++) memcpy(text + i * ul, unit, ul);
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  /* warm up the scanner's buffers, then measure what the big scan adds */
  size_t n = 0;
  ck_assert_int_eq(miltag_scan(s, text, ul * 1000, 0, count_only, &n), MILTAG_OK);
  long before = max_rss_kb();
  n = 0;
  ck_assert_int_eq(miltag_scan(s, text, len, 0, count_only, &n), MILTAG_OK);
  ck_assert_uint_eq(n, reps * 3);
  long grown = max_rss_kb() - before;
  ck_assert_msg(grown < 20 * 1024, "scanner memory grew by %ld KB on a %d MB line", grown, BIG_MB);
  miltag_scanner_free(s);
  free(text);
}
END_TEST

START_TEST(repeated_prefixes) {
  /* prefixes of lexicon terms, over and over: no tags, no blow-up */
  static const char *units[] = {"груз ", "Postoyalye ", "a a a a a a a ", "a "};
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    size_t ul = strlen(units[u]), reps = 1000000, len = reps * ul;
    char *text = malloc(len + 2);
    for (size_t i = 0; i < reps; i++) memcpy(text + i * ul, units[u], ul);
    size_t n = 0;
    miltag_scanner *s;
    ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
    ck_assert_int_eq(miltag_scan(s, text, len, MILTAG_SCAN_OVERLAPS, count_only, &n), MILTAG_OK);
    ck_assert_uint_eq(n, 0);
    /* ... and the one long term still matches at the very end */
    memcpy(text + len - 2, "b ", 2);
    n = 0;
    ck_assert_int_eq(miltag_scan(s, text, len, 0, count_only, &n), MILTAG_OK);
    ck_assert_uint_eq(n, u >= 2 ? 1 : 0);
    miltag_scanner_free(s);
    free(text);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("hostile");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 600);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, malformed_utf8);
  tcase_add_test(tc, nul_bytes_cr_crlf_bom);
  tcase_add_test(tc, one_huge_line);
  tcase_add_test(tc, repeated_prefixes);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
