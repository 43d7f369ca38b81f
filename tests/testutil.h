/* Helpers shared by the Check suites. */
#ifndef MILTAG_TESTUTIL_H
#define MILTAG_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "miltag.h"
#include "miltag_inspect.h"

#define HEADER "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs\n"

/* Compile a lexicon from TSV text; fails the test on error. */
static inline miltag_lexicon *compile_or_fail(const char *tsv) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc = miltag_lexicon_compile(tsv, strlen(tsv), "test.tsv", NULL, &lex, &err);
  ck_assert_msg(rc == MILTAG_OK, "compile failed: %s", err.message);
  return lex;
}

/* Tag text and render the tags as "start-end:category:id:text|..." so
 * that tests can compare one string. */
static inline char *tag_string(miltag_lexicon *lex, const char *text, unsigned flags) {
  static char out[8192];
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  miltag_results *r;
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), flags, r), MILTAG_OK);
  out[0] = 0;
  for (size_t i = 0; i < miltag_results_count(r); i++) {
    const miltag_tag *t = miltag_results_get(r, i);
    char one[512];
    snprintf(one, sizeof one, "%s%.*s:%s:%s", i ? "|" : "", (int)(t->end - t->start),
             text + t->start, miltag_category_name(t->category), t->id);
    strncat(out, one, sizeof out - strlen(out) - 1);
  }
  miltag_results_free(r);
  miltag_scanner_free(s);
  return out;
}

/* Run a suite; returns the number of failures. */
static inline int run_suite(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed;
}

#endif
