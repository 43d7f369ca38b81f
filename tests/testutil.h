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

/* A malloc'd copy of the lexicon's image (the caller frees it), for tests
 * that damage or change an image and open it again. */
static inline unsigned char *copy_image(const miltag_lexicon *lex, size_t *size) {
  const void *data;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, size), MILTAG_OK);
  unsigned char *c = malloc(*size);
  ck_assert_ptr_nonnull(c);
  memcpy(c, data, *size);
  return c;
}

/* Compile a lexicon from TSV text; fails the test on error. */
static inline miltag_lexicon *compile_or_fail(const char *tsv) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc = miltag_lexicon_compile(tsv, strlen(tsv), "test.tsv", NULL, &lex, &err);
  ck_assert_msg(rc == MILTAG_OK, "compile failed: %s", err.message);
  return lex;
}

/* How render_tags writes one tag into buf (n bytes): returns 0 to leave
 * the tag out. */
typedef int (*tag_render)(const miltag_tag *t, const char *text, char *buf, size_t n);

/* Tag text with scanner s and join what render writes for each tag with
 * "|", so that tests can compare one string.  The string is static: valid
 * until the next call. */
static inline char *render_tags_by(miltag_scanner *s, miltag_lexicon *lex, const char *text,
                                   unsigned flags, tag_render render) {
  static char out[8192];
  miltag_results *r;
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), flags, r), MILTAG_OK);
  out[0] = 0;
  for (size_t i = 0; i < miltag_results_count(r); i++) {
    char one[1024];
    if (!render(miltag_results_get(r, i), text, one, sizeof one)) continue;
    if (out[0]) strncat(out, "|", sizeof out - strlen(out) - 1);
    strncat(out, one, sizeof out - strlen(out) - 1);
  }
  miltag_results_free(r);
  return out;
}

/* render_tags_by with a scanner of its own. */
static inline char *render_tags(miltag_lexicon *lex, const char *text, unsigned flags,
                                tag_render render) {
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  char *out = render_tags_by(s, lex, text, flags, render);
  miltag_scanner_free(s);
  return out;
}

/* A table of cases: each text's tags, rendered by render, are its
 * expected string. */
static inline void expect_rendered(miltag_lexicon *lex, const char *const (*cases)[2], size_t n,
                                   unsigned flags, tag_render render) {
  for (size_t i = 0; i < n; i++) {
    const char *got = render_tags(lex, cases[i][0], flags, render);
    ck_assert_msg(strcmp(got, cases[i][1]) == 0, "%s: got '%s', want '%s'", cases[i][0], got,
                  cases[i][1]);
  }
}

/* The same on the built-in lexicon. */
static inline void expect_builtin(const char *const (*cases)[2], size_t n, tag_render render) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  expect_rendered(lex, cases, n, 0, render);
  miltag_lexicon_free(lex);
}

static inline int render_text_category_id(const miltag_tag *t, const char *text, char *buf, size_t n) {
  snprintf(buf, n, "%.*s:%s:%s", (int)(t->end - t->start), text + t->start,
           miltag_category_name(t->category), t->id);
  return 1;
}

/* Tag text and render the tags as "text:category:id|..." so that tests
 * can compare one string. */
static inline char *tag_string(miltag_lexicon *lex, const char *text, unsigned flags) {
  return render_tags(lex, text, flags, render_text_category_id);
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
