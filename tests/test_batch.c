/* miltag_scan_batch: many documents in one call give exactly the tags of
 * one miltag_scan_results per document, with the document boundaries in
 * ends[]; arguments and failures are reported as the header says. */
#include "testutil.h"

static miltag_lexicon *small(void) {
  return compile_or_fail(HEADER "Kharkiv\tplace\tplace.kharkiv\tKharkiv\ten\t\t\tlat=49.99\n"
                                "Kursk\tplace\tplace.kursk\tKursk\ten\t\t\t\n"
                                "Andriivka\tplace\tplace.a1\t\ten\t\t\t\n"
                                "Andriivka\tplace\tplace.a2\t\ten\t\t\t\n"
                                "{num} brigade\tunit\tunit.brigade\t\ten\t\t\ttype=brigade\n");
}

/* One tag as a string, everything a caller can see of it. */
static void describe(const miltag_tag *t, char *out, size_t cap) {
  int n = snprintf(out, cap, "%zu-%zu %d %s %s %s [%s] e%u r%u f%u n%zu-%zu=%llu m%zu-%zu c",
                   t->start, t->end, t->category, t->id, t->label, t->lang, t->attrs, t->entry,
                   t->row, t->flags, t->number.start, t->number.end,
                   (unsigned long long)t->number_value, t->name.start, t->name.end);
  for (size_t i = 0; i < t->n_candidates && n > 0 && (size_t)n < cap; i++)
    n += snprintf(out + n, cap - (size_t)n, " %u", t->candidates[i]);
}

START_TEST(batch_equals_one_scan_per_document) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  miltag_results *one, *all;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &one), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &all), MILTAG_OK);
  const char *docs[] = {"Kharkiv and Kursk", "", NULL, "nothing here",
                        "Andriivka, the 155 brigade and the 36 brigade near Kharkiv", "Kursk"};
  size_t lens[6];
  for (int i = 0; i < 6; i++) lens[i] = docs[i] ? strlen(docs[i]) : 0;
  size_t ends[6];
  for (unsigned flags = 0; flags < 4; flags++) {
    ck_assert_int_eq(miltag_scan_batch(s, 6, docs, lens, flags, all, ends, NULL), MILTAG_OK);
    size_t k = 0;
    for (int i = 0; i < 6; i++) {
      ck_assert_int_eq(miltag_scan_results(s, docs[i], lens[i], flags, one), MILTAG_OK);
      ck_assert_uint_eq(ends[i] - k, miltag_results_count(one));
      for (size_t j = 0; j < miltag_results_count(one); j++, k++) {
        char a[512], b[512];
        describe(miltag_results_get(one, j), a, sizeof a);
        describe(miltag_results_get(all, k), b, sizeof b);
        ck_assert_str_eq(a, b);
      }
    }
    ck_assert_uint_eq(k, miltag_results_count(all));
  }
  /* the numbered brigade's number: offsets into its own document */
  ck_assert_int_eq(miltag_scan_batch(s, 6, docs, lens, 0, all, ends, NULL), MILTAG_OK);
  int numbered = 0;
  for (int i = 0; i < 6; i++)
    for (size_t k = i ? ends[i - 1] : 0; k < ends[i]; k++) {
      const miltag_tag *t = miltag_results_get(all, k);
      if (t->number_value == 36 && memcmp(docs[i] + t->number.start, "36", 2) == 0) numbered++;
    }
  ck_assert_int_eq(numbered, 1);
  /* an empty batch empties the results */
  ck_assert_int_eq(miltag_scan_batch(s, 0, NULL, NULL, 0, all, NULL, NULL), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(all), 0);
  miltag_results_free(one);
  miltag_results_free(all);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(batch_arguments) {
  miltag_lexicon *lex = small(), *other = small();
  miltag_scanner *s;
  miltag_results *r, *r_other;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(other, &r_other), MILTAG_OK);
  const char *docs[] = {"Kursk", NULL};
  size_t lens[] = {5, 3}, ends[2] = {7, 7};
  ck_assert_int_eq(miltag_scan_batch(NULL, 1, docs, lens, 0, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, lens, 0, NULL, ends, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan_batch(s, 1, NULL, lens, 0, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, NULL, 0, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, lens, 0, r, NULL, NULL), MILTAG_E_INVALID);
  /* a NULL text with a length is refused before anything is scanned */
  ck_assert_int_eq(miltag_scan_batch(s, 2, docs, lens, 0, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_uint_eq(ends[0], 7);
  /* so are unknown flags, as everywhere (issue 14, item 7) */
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, lens, 0x100, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_uint_eq(ends[0], 7);
  /* a refused call writes nothing: neither ends[] nor statuses[] (the
   * header says so since the audit of session 25; it read as if ends[]
   * became (size_t)-1 after any error) */
  int statuses[2] = {9, 9};
  ck_assert_int_eq(miltag_scan_batch(s, 2, docs, lens, 0, r, ends, statuses), MILTAG_E_INVALID);
  ck_assert_int_eq(statuses[0], 9);
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, lens, 0, r_other, ends, statuses), MILTAG_E_MISMATCH);
  ck_assert_uint_eq(ends[0], 7);
  ck_assert_int_eq(statuses[0], 9);
  miltag_results_free(r_other);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(other);
  miltag_lexicon_free(lex);
}
END_TEST

/* The allocator fails from the Nth allocation on: the batch reports
 * MILTAG_E_NOMEM, the documents before the failing one are complete, and
 * the rest of ends[] says which failed. */
static int budget;
static void *limited_malloc(size_t n, void *ctx) { return budget-- > 0 ? malloc(n) : NULL; }
static void *limited_realloc(void *p, size_t n, void *ctx) {
  return budget-- > 0 ? realloc(p, n) : NULL;
}
static void plain_free(void *p, void *ctx) { free(p); }

START_TEST(batch_out_of_memory) {
  static const miltag_allocator limited = {limited_malloc, limited_realloc, plain_free, NULL};
  miltag_lexicon *base = small(), *lex;
  const void *img;
  size_t size;
  ck_assert_int_eq(miltag_lexicon_image(base, &img, &size), MILTAG_OK);
  budget = 1 << 30;
  ck_assert_int_eq(miltag_lexicon_open_image(img, size, &limited, &lex, NULL), MILTAG_OK);
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  enum { N = 64 };
  const char *docs[N];
  size_t lens[N], ends[N];
  int statuses[N];
  for (int i = 0; i < N; i++) {
    docs[i] = "Kharkiv Kursk Kharkiv Kursk Kharkiv Kursk Kharkiv Kursk the 36 brigade";
    lens[i] = strlen(docs[i]);
  }
  int failures = 0;
  for (int allowed = 0; allowed < 200; allowed++) {
    miltag_results_free(r);
    budget = 1 << 30;
    ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
    budget = allowed;
    int rc = miltag_scan_batch(s, N, docs, lens, 0, r, ends, statuses);
    budget = 1 << 30;
    if (rc == MILTAG_OK) {
      ck_assert_uint_eq(ends[N - 1], miltag_results_count(r));
      continue;
    }
    failures++;
    ck_assert_int_eq(rc, MILTAG_E_NOMEM);
    int k = 0;
    while (k < N && ends[k] != SIZE_MAX) {
      ck_assert_uint_eq(ends[k], (size_t)(k + 1) * 9);
      k++;
    }
    ck_assert_int_lt(k, N);
    for (int i = 0; i < k; i++) ck_assert_int_eq(statuses[i], MILTAG_OK);
    for (int i = k; i < N; i++) {
      ck_assert_uint_eq(ends[i], SIZE_MAX);
      ck_assert_int_eq(statuses[i], MILTAG_E_NOMEM);
    }
    /* the complete documents' tags are intact */
    for (size_t t = 0; k > 0 && t < ends[k - 1]; t++)
      ck_assert_ptr_nonnull(miltag_results_get(r, t)->id);
  }
  ck_assert_int_gt(failures, 0);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  miltag_lexicon_free(base);
}
END_TEST

/* A document past the scanner's caps (64 rows of ten "(11|{num})" and six
 * more numbers, on twenty "11": tests/test_hostile.c) is tagged as far as
 * it goes and flagged MILTAG_INCOMPLETE in statuses[]; the batch goes on,
 * and returns MILTAG_INCOMPLETE. */
START_TEST(batch_reports_incomplete_documents) {
  static char tsv[65536];
  size_t len = (size_t)snprintf(tsv, sizeof tsv, "term\tcategory\tid\nKursk\tplace\tplace.kursk\n");
  for (int j = 0; j < 64; j++) {
    for (int g = 0; g < 10; g++) len += (size_t)snprintf(tsv + len, sizeof tsv - len, "(11|{num}) ");
    for (int b = 0; b < 6; b++)
      len += (size_t)snprintf(tsv + len, sizeof tsv - len, "%s%s", (j >> b) & 1 ? "11" : "{num}",
                              b < 5 ? " " : "");
    len += (size_t)snprintf(tsv + len, sizeof tsv - len, "\tunit\tu.%d\n", j);
  }
  miltag_lexicon *lex;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, len, "ov.tsv", NULL, &lex, &err), MILTAG_OK);
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  char run[256] = "";
  for (int i = 0; i < 20; i++) strcat(run, i ? " 11" : "11");
  const char *docs[] = {"Kursk", run, "Kursk and Kursk"};
  size_t lens[] = {5, strlen(run), 15}, ends[3];
  int statuses[3];
  ck_assert_int_eq(miltag_scan_batch(s, 3, docs, lens, 0, r, ends, statuses), MILTAG_INCOMPLETE);
  ck_assert_int_eq(statuses[0], MILTAG_OK);
  ck_assert_int_eq(statuses[1], MILTAG_INCOMPLETE);
  ck_assert_int_eq(statuses[2], MILTAG_OK);
  ck_assert_uint_eq(ends[0], 1);
  ck_assert_uint_eq(ends[2] - ends[1], 2);
  ck_assert_uint_eq(ends[2], miltag_results_count(r));
  /* without the long run: complete */
  const char *ok_docs[] = {"Kursk", "Kursk and Kursk"};
  size_t ok_lens[] = {5, 15};
  ck_assert_int_eq(miltag_scan_batch(s, 2, ok_docs, ok_lens, 0, r, ends, statuses), MILTAG_OK);
  ck_assert_int_eq(statuses[0] | statuses[1], MILTAG_OK);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("batch");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, batch_equals_one_scan_per_document);
  tcase_add_test(tc, batch_arguments);
  tcase_add_test(tc, batch_out_of_memory);
  tcase_add_test(tc, batch_reports_incomplete_documents);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
