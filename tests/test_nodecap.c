/* The compiler's cap on the rows that end at one node of the trie.  A
 * node keeps its row count in the low bits of a word whose high bits are
 * flags (the lowest, MT_NODE_SLOT_NUM, is bit 22), so 2^22 rows for one
 * term would have run into the flags.  The real cap needs gigabytes of rows; this test is
 * built with the core compiled for a cap of 3 (tests/CMakeLists.txt) and
 * checks that the fourth row is refused with MILTAG_E_LIMIT at its line,
 * not stored into the flags. */
#include "testutil.h"

#include "image.h"

#if MT_NODE_ROWS_MAX != 3
#error "test_nodecap must be built with MT_NODE_ROWS_MAX=3"
#endif

START_TEST(rows_past_the_cap_are_refused_at_their_line) {
  static const char tsv[] = HEADER
      "Kupiansk\tplace\tp.a\t\ten\tnone\t\t\n"
      "Kupiansk\tplace\tp.b\t\ten\tnone\t\t\n"
      "Kupiansk\tplace\tp.c\t\ten\tnone\t\t\n"
      "Kupiansk\tplace\tp.d\t\ten\tnone\t\t\n";
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc = miltag_lexicon_compile(tsv, strlen(tsv), "cap.tsv", NULL, &lex, &err);
  ck_assert_int_eq(rc, MILTAG_E_LIMIT);
  ck_assert_ptr_null(lex);
  ck_assert_int_eq(err.status, MILTAG_E_LIMIT);
  ck_assert_uint_eq(err.line, 5);
  ck_assert_msg(strstr(err.what, "rows") != NULL, "%s", err.message);
}
END_TEST

START_TEST(rows_up_to_the_cap_compile) {
  static const char tsv[] = HEADER
      "Kupiansk\tplace\tp.a\t\ten\tnone\t\t\n"
      "Kupiansk\tplace\tp.b\t\ten\tnone\t\t\n"
      "Kupiansk\tplace\tp.c\t\ten\tnone\t\t\n"
      "Izium\tplace\tp.d\t\ten\tnone\t\t\n";
  miltag_lexicon *lex = compile_or_fail(tsv);
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.rows, 4);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("nodecap");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, rows_past_the_cap_are_refused_at_their_line);
  tcase_add_test(tc, rows_up_to_the_cap_compile);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
