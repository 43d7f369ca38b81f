/* Public API: argument checking, error paths, ownership, callbacks that
 * stop or re-enter, results objects, images, builders, threads. */
#include <pthread.h>

#include "testutil.h"

static miltag_lexicon *small(void) {
  return compile_or_fail(HEADER "Kharkiv\tplace\tplace.kharkiv\tKharkiv\ten\t\t\tlat=49.99\n"
                                "Kursk\tplace\tplace.kursk\tKursk\ten\t\t\t\n"
                                "200s\tcasualty\tcasualty.200\tkilled\ten\t\t\tcode=200\n");
}

static int count_cb(const miltag_tag *t, void *ctx) {
  (void)t;
  (*(int *)ctx)++;
  return 0;
}

START_TEST(version_and_strings) {
  ck_assert_str_eq(miltag_version(), MILTAG_VERSION_STRING);
  ck_assert_int_eq(miltag_version_number(), MILTAG_VERSION_NUMBER);
  ck_assert_str_eq(miltag_strerror(MILTAG_OK), "success");
  ck_assert_str_eq(miltag_strerror(MILTAG_E_NOMEM), "out of memory");
  ck_assert_str_eq(miltag_strerror(12345), "unknown error");
  for (int s = MILTAG_E_EMPTY; s <= MILTAG_STOPPED; s++) ck_assert_str_ne(miltag_strerror(s), "unknown error");
  ck_assert_str_eq(miltag_category_name(MILTAG_PLACE), "place");
  ck_assert_ptr_null(miltag_category_name(0));
}
END_TEST

START_TEST(null_arguments) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  miltag_error err;
  int n = 0;
  ck_assert_int_eq(miltag_lexicon_default(NULL, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_lexicon_compile("x", 1, "n", NULL, NULL, &err), MILTAG_E_INVALID);
  miltag_lexicon *none = (miltag_lexicon *)1;
  ck_assert_int_eq(miltag_lexicon_compile(NULL, 5, "n", NULL, &none, NULL), MILTAG_E_INVALID);
  ck_assert_ptr_null(none);
  ck_assert_int_eq(miltag_scanner_new(NULL, &s), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scanner_new(lex, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_scan(NULL, "x", 1, 0, count_cb, &n), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan(s, NULL, 1, 0, count_cb, &n), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan(s, "x", 1, 0, NULL, &n), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_scan(s, "x", 1, 0x100, count_cb, &n), MILTAG_E_INVALID);
  /* zero length is fine, with or without a pointer */
  ck_assert_int_eq(miltag_scan(s, NULL, 0, 0, count_cb, &n), MILTAG_OK);
  ck_assert_int_eq(miltag_scan(s, "Kursk", 0, 0, count_cb, &n), MILTAG_OK);
  ck_assert_int_eq(n, 0);
  ck_assert_int_eq(miltag_results_new(NULL, NULL), MILTAG_E_INVALID);
  ck_assert_uint_eq(miltag_results_count(NULL), 0);
  ck_assert_ptr_null(miltag_results_get(NULL, 0));
  ck_assert_int_eq(miltag_lexicon_get_stats(NULL, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_builder_new(NULL, NULL), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_builder_add_tsv(NULL, "x", 1, "n", &err), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_builder_compile(NULL, &none, &err), MILTAG_E_INVALID);
  ck_assert_ptr_null(none);
  /* freeing NULL is allowed */
  miltag_lexicon_free(NULL);
  miltag_scanner_free(NULL);
  miltag_results_free(NULL);
  miltag_builder_free(NULL);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* Options and stats carry their size, so that later versions can add
 * fields; unknown flags are refused everywhere (issue 14, item 7). */
START_TEST(options_carry_their_size) {
  const char *tsv = HEADER "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n";
  miltag_lexicon *lex = (miltag_lexicon *)1;
  miltag_error err;
  miltag_compile_options o = MILTAG_COMPILE_OPTIONS_INIT;
  ck_assert_uint_eq(o.size, sizeof o);
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &o, &lex, &err), MILTAG_OK);
  miltag_lexicon_free(lex);
  /* a size of 0: not initialized */
  o.size = 0;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &o, &lex, &err), MILTAG_E_INVALID);
  ck_assert_ptr_null(lex);
  ck_assert_ptr_nonnull(strstr(err.what, "MILTAG_COMPILE_OPTIONS_INIT"));
  miltag_builder *b = (miltag_builder *)1;
  ck_assert_int_eq(miltag_builder_new(&o, &b), MILTAG_E_INVALID);
  ck_assert_ptr_null(b);
  /* a newer caller's bigger struct: fine while the fields this library
   * does not know are zero */
  struct { miltag_compile_options o; unsigned long later[2]; } big;
  memset(&big, 0, sizeof big);
  big.o.size = sizeof big;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &big.o, &lex, &err), MILTAG_OK);
  miltag_lexicon_free(lex);
  big.later[1] = 7;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &big.o, &lex, &err), MILTAG_E_INVALID);
  /* unknown compile flags are refused, as unknown scan flags are */
  o = (miltag_compile_options)MILTAG_COMPILE_OPTIONS_INIT;
  o.flags = 0x80;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &o, &lex, &err), MILTAG_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.what, "unknown compile flags"));
  ck_assert_int_eq(miltag_lexicon_compile_file("/nonexistent", &o, &lex, &err), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_builder_new(&o, &b), MILTAG_E_INVALID);
  o.flags = MILTAG_COMPILE_STRICT | MILTAG_COMPILE_NO_INFLECTION;
  ck_assert_int_eq(miltag_builder_new(&o, &b), MILTAG_OK);
  miltag_builder_free(b);
}
END_TEST

START_TEST(stats_carry_their_size) {
  miltag_lexicon *lex = small();
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.size, sizeof st);
  ck_assert_uint_eq(st.rows, 3);
  ck_assert_uint_eq(st.per_category[MILTAG_PLACE], 2);
  /* an older caller's smaller struct (size, entries, rows): only what it
   * has is written */
  union { miltag_lexicon_stats st; unsigned char b[sizeof(miltag_lexicon_stats)]; } old;
  memset(&old, 0xAB, sizeof old);
  old.st.size = 3 * sizeof(size_t);
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &old.st), MILTAG_OK);
  ck_assert_uint_eq(old.st.entries, 3);
  ck_assert_uint_eq(old.st.rows, 3);
  for (size_t i = 3 * sizeof(size_t); i < sizeof old; i++) ck_assert_uint_eq(old.b[i], 0xAB);
  st.size = 0;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_E_INVALID);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(unknown_scan_flags_everywhere) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, "Kursk", 5, 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  /* refused before anything is scanned or cleared */
  ck_assert_int_eq(miltag_scan_results(s, "Kursk", 5, 0x40, r), MILTAG_E_INVALID);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  const char *docs[] = {"Kursk"};
  size_t lens[] = {5}, ends[1];
  ck_assert_int_eq(miltag_scan_batch(s, 1, docs, lens, 0x40, r, ends, NULL), MILTAG_E_INVALID);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(tag_fields) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  const char *t = "They said “200s” near Kharkiv.";
  ck_assert_int_eq(miltag_scan_results(s, t, strlen(t), 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 2);
  const miltag_tag *a = miltag_results_get(r, 0), *b = miltag_results_get(r, 1);
  ck_assert_int_eq(strncmp(t + a->start, "200s", a->end - a->start), 0);
  ck_assert_uint_eq(a->end - a->start, 4);
  ck_assert_int_eq(a->category, MILTAG_CASUALTY);
  ck_assert_str_eq(a->id, "casualty.200");
  ck_assert_str_eq(a->label, "killed");
  ck_assert_str_eq(a->lang, "en");
  ck_assert_str_eq(a->attrs, "code=200");
  ck_assert_uint_eq(a->n_candidates, 1);
  ck_assert_uint_eq(a->candidates[0], a->entry);
  ck_assert_str_eq(b->id, "place.kharkiv");
  ck_assert_str_eq(b->attrs, "lat=49.99");
  miltag_row row;
  ck_assert_int_eq(miltag_lexicon_row(lex, b->row, &row), MILTAG_OK);
  ck_assert_str_eq(row.term, "Kharkiv");
  ck_assert_uint_eq(row.line, 2);
  /* results are replaced by the next scan */
  ck_assert_int_eq(miltag_scan_results(s, "Kursk", 5, 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  ck_assert_str_eq(miltag_results_get(r, 0)->id, "place.kursk");
  ck_assert_ptr_null(miltag_results_get(r, 1));
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(results_of_another_lexicon) {
  miltag_lexicon *a = small(), *b = small();
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(a, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(b, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, "Kursk", 5, 0, r), MILTAG_E_MISMATCH);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(a);
  miltag_lexicon_free(b);
}
END_TEST

static int stop_after_one(const miltag_tag *t, void *ctx) {
  (void)t;
  (*(int *)ctx)++;
  return 1;
}

START_TEST(callback_stops) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  int n = 0;
  const char *t = "Kursk Kharkiv Kursk";
  ck_assert_int_eq(miltag_scan(s, t, strlen(t), 0, stop_after_one, &n), MILTAG_STOPPED);
  ck_assert_int_eq(n, 1);
  /* the scanner is usable again */
  n = 0;
  ck_assert_int_eq(miltag_scan(s, t, strlen(t), 0, count_cb, &n), MILTAG_OK);
  ck_assert_int_eq(n, 3);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

typedef struct reenter {
  miltag_scanner *same, *other;
  int inner_same, inner_other, inner_tags;
} reenter;

static int reenter_cb(const miltag_tag *t, void *ctx) {
  (void)t;
  reenter *r = ctx;
  r->inner_same = miltag_scan(r->same, "Kursk", 5, 0, count_cb, &r->inner_tags);
  r->inner_other = miltag_scan(r->other, "Kursk", 5, 0, count_cb, &r->inner_tags);
  return 0;
}

START_TEST(callback_reenters) {
  miltag_lexicon *lex = small();
  reenter r = {0};
  ck_assert_int_eq(miltag_scanner_new(lex, &r.same), MILTAG_OK);
  ck_assert_int_eq(miltag_scanner_new(lex, &r.other), MILTAG_OK);
  ck_assert_int_eq(miltag_scan(r.same, "Kharkiv", 7, 0, reenter_cb, &r), MILTAG_OK);
  ck_assert_int_eq(r.inner_same, MILTAG_E_BUSY);  /* the scanner in use is refused */
  ck_assert_int_eq(r.inner_other, MILTAG_OK);     /* another scanner works */
  ck_assert_int_eq(r.inner_tags, 1);
  miltag_scanner_free(r.same);
  miltag_scanner_free(r.other);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(images_roundtrip) {
  miltag_lexicon *lex = small(), *back;
  const void *data;
  size_t size;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &size), MILTAG_OK);
  ck_assert_uint_gt(size, 64);
  ck_assert_int_eq(miltag_lexicon_open_image(data, size, NULL, &back, &err), MILTAG_OK);
  ck_assert_str_eq(tag_string(back, "Kursk and 200s", 0), "Kursk:place:place.kursk|200s:casualty:casualty.200");
  miltag_lexicon_free(back);
  /* any flipped byte is refused, never crashes */
  unsigned char *copy = malloc(size);
  for (size_t i = 0; i < size; i += 7) {
    memcpy(copy, data, size);
    copy[i] ^= 0x5A;
    back = (miltag_lexicon *)1;
    int rc = miltag_lexicon_open_image(copy, size, NULL, &back, &err);
    ck_assert_int_eq(rc, MILTAG_E_IMAGE);
    ck_assert_ptr_null(back);
  }
  ck_assert_int_eq(miltag_lexicon_open_image(data, size - 8, NULL, &back, &err), MILTAG_E_IMAGE);
  ck_assert_int_eq(miltag_lexicon_open_image("MILTAGLX", 8, NULL, &back, &err), MILTAG_E_IMAGE);
  free(copy);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(builder_on_top_of_default) {
  miltag_lexicon *def, *lex;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &def), MILTAG_OK);
  ck_assert_uint_gt(miltag_lexicon_row_count(def), 0);
  miltag_builder *b;
  ck_assert_int_eq(miltag_builder_new(NULL, &b), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_add_lexicon(b, def, &err), MILTAG_OK);
  const char *mine = "term\tcategory\tid\nЗеленый Гай\tplace\tplace.test-village\n";
  ck_assert_int_eq(miltag_builder_add_tsv(b, mine, strlen(mine), "mine.tsv", &err), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_compile(b, &lex, &err), MILTAG_OK);
  ck_assert_uint_eq(miltag_lexicon_row_count(lex), miltag_lexicon_row_count(def) + 1);
  ck_assert_str_eq(tag_string(lex, "Kharkiv и Зеленый Гай", 0),
                   "Kharkiv:place:place.kharkiv|Зеленый Гай:place:place.test-village");
  miltag_builder_free(b);
  miltag_lexicon_free(lex);
  miltag_lexicon_free(def);
}
END_TEST

/* The same lexicon shared by threads, one scanner each. */
typedef struct job {
  const miltag_lexicon *lex;
  int tags;
} job;

static void *worker(void *arg) {
  job *j = arg;
  miltag_scanner *s;
  if (miltag_scanner_new(j->lex, &s)) return NULL;
  const char *t = "Kursk, Kharkiv and 200s. ";
  for (int i = 0; i < 200; i++) miltag_scan(s, t, strlen(t), 0, count_cb, &j->tags);
  miltag_scanner_free(s);
  return NULL;
}

START_TEST(threads_share_a_lexicon) {
  miltag_lexicon *lex = small();
  pthread_t th[4];
  job jobs[4];
  for (int i = 0; i < 4; i++) {
    jobs[i] = (job){lex, 0};
    ck_assert_int_eq(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(th[i], NULL);
    ck_assert_int_eq(jobs[i].tags, 600);
  }
  miltag_lexicon_free(lex);
}
END_TEST

static int token_cb(const miltag_token *t, void *ctx) {
  char *out = ctx;
  char one[64];
  snprintf(one, sizeof one, "%s%s%s", *out ? " " : "", t->key, t->known ? "*" : "");
  strcat(out, one);
  return 0;
}

START_TEST(tokens_inspection) {
  miltag_lexicon *lex = small();
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  char out[256] = "";
  const char *t = "KURSK'S 200s Ёлки";
  ck_assert_int_eq(miltag_tokens(s, t, strlen(t), token_cb, out), MILTAG_OK);
  ck_assert_str_eq(out, "kursk* s* 200* s* елки");
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("api");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, version_and_strings);
  tcase_add_test(tc, null_arguments);
  tcase_add_test(tc, options_carry_their_size);
  tcase_add_test(tc, stats_carry_their_size);
  tcase_add_test(tc, unknown_scan_flags_everywhere);
  tcase_add_test(tc, tag_fields);
  tcase_add_test(tc, results_of_another_lexicon);
  tcase_add_test(tc, callback_stops);
  tcase_add_test(tc, callback_reenters);
  tcase_add_test(tc, images_roundtrip);
  tcase_add_test(tc, builder_on_top_of_default);
  tcase_add_test(tc, threads_share_a_lexicon);
  tcase_add_test(tc, tokens_inspection);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
