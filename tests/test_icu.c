/* ICU's own allocations: they do not go through the miltag allocator, and
 * ICU 72 does not survive all of their failures (it deadlocks or crashes
 * in ubrk_open, and loops for ever in its dictionary break engine, when
 * malloc fails: docs/robustness.md).  So the library's injection tests
 * (test_alloc) fail only miltag's allocations, and this suite pins down
 * where ICU allocates at all: once the lexicon and the scanner exist, a
 * scan of text that needs no dictionary (Latin, Cyrillic, Arabic, accents,
 * compatibility characters, combining marks, invalid UTF-8) makes no ICU
 * allocation, so no ICU failure can strike it; a scan of Chinese does,
 * inside ICU's dictionary engine.  ICU's allocator is replaced before ICU
 * is first used (u_setMemoryFunctions), to count. */
#include <unicode/uclean.h>

#include "testutil.h"

static size_t icu_allocs;
static size_t fail_from; /* 0: never; k: fail every allocation from the k-th */

static void *icu_malloc(const void *ctx, size_t n) {
  (void)ctx;
  if (fail_from && ++icu_allocs >= fail_from) return NULL;
  if (!fail_from) icu_allocs++;
  return malloc(n);
}

static void *icu_realloc(const void *ctx, void *p, size_t n) {
  (void)ctx;
  if (fail_from && ++icu_allocs >= fail_from) return NULL;
  if (!fail_from) icu_allocs++;
  return realloc(p, n);
}

static void icu_free(const void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static char got[65536];

static int render(const miltag_tag *t, void *ctx) {
  (void)ctx;
  snprintf(got + strlen(got), sizeof got - strlen(got), "%zu-%zu:%s|", t->start, t->end, t->id);
  return 0;
}

START_TEST(scans_without_dictionary_allocate_nothing_in_icu) {
  miltag_lexicon *lex;
  miltag_scanner *s;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK); /* ICU allocates here */
  static const char text[] =
      "Под Харьковом café Ｋｕｒｓｋ ﷺ «Вагнер» Kharkiv's 200s, x\xCC\x82\xCC\x96y; "
      "ТРЁХСОТЫЕ під Бахмутом \xFF\xC0\xAF Kyiv\xE2\x80\x99s Storm-Z, двoхcoтих ²⁰⁰ "
      "مرحبا بالعالم Ἀθῆναι Kursk";
  got[0] = 0;
  ck_assert_int_eq(miltag_scan(s, text, sizeof text - 1, MILTAG_SCAN_AMBIGUOUS, render, NULL), MILTAG_OK);
  char want[sizeof got];
  strcpy(want, got);
  ck_assert_ptr_nonnull(strstr(want, "place.kharkiv"));
  /* every ICU allocation fails from now on: the same tags, none tried */
  icu_allocs = 0;
  fail_from = 1;
  got[0] = 0;
  ck_assert_int_eq(miltag_scan(s, text, sizeof text - 1, MILTAG_SCAN_AMBIGUOUS, render, NULL), MILTAG_OK);
  ck_assert_str_eq(got, want);
  ck_assert_uint_eq(icu_allocs, 0);
  fail_from = 0;
  /* Chinese goes through ICU's dictionary engine, which allocates */
  static const char chinese[] = "战争哈尔科夫的士兵在哈尔科夫附近 Kharkiv";
  icu_allocs = 0;
  got[0] = 0;
  ck_assert_int_eq(miltag_scan(s, chinese, sizeof chinese - 1, 0, render, NULL), MILTAG_OK);
  ck_assert_uint_gt(icu_allocs, 0);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  UErrorCode st = U_ZERO_ERROR;
  u_setMemoryFunctions(NULL, icu_malloc, icu_realloc, icu_free, &st);
  if (U_FAILURE(st)) {
    fprintf(stderr, "u_setMemoryFunctions: %s\n", u_errorName(st));
    return EXIT_FAILURE;
  }
  Suite *s = suite_create("icu");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, scans_without_dictionary_allocate_nothing_in_icu);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
