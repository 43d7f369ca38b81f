/* Allocation failure: make the k-th allocation fail, for every k reached
 * while compiling a lexicon and while tagging, and check that the call
 * returns MILTAG_E_NOMEM, leaks nothing, and leaves the objects usable.
 * Failures are injected through the miltag allocator, which ICU's own
 * allocations do not use, so this never fails an allocation inside ICU:
 * ICU 72 deadlocks or crashes when one fails inside ubrk_open (see
 * docs/robustness.md), and a test of that would test ICU, not miltag. */
#include "testutil.h"

typedef struct failer {
  size_t calls;    /* allocation calls so far */
  size_t fail_at;  /* 0: never fail; k: fail the k-th call */
  long live;       /* blocks not yet freed */
  int failed;      /* a failure was injected */
} failer;

typedef struct hdr {
  size_t size;
  size_t pad;      /* keeps 16-byte alignment for the caller */
} hdr;

static void *f_malloc(size_t n, void *ctx) {
  failer *f = ctx;
  if (f->fail_at && ++f->calls == f->fail_at) { f->failed = 1; return NULL; }
  hdr *h = malloc(sizeof(hdr) + n);
  if (!h) return NULL;
  h->size = n;
  f->live++;
  return h + 1;
}

static void *f_realloc(void *p, size_t n, void *ctx) {
  failer *f = ctx;
  if (!p) return f_malloc(n, ctx);
  if (f->fail_at && ++f->calls == f->fail_at) { f->failed = 1; return NULL; }
  hdr *h = realloc((hdr *)p - 1, sizeof(hdr) + n);
  if (!h) return NULL;
  h->size = n;
  return h + 1;
}

static void f_free(void *p, void *ctx) {
  failer *f = ctx;
  if (!p) return;
  f->live--;
  free((hdr *)p - 1);
}

static const char *tsv =
    "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs\n"
    "Kharkiv\tplace\tplace.kharkiv\tKharkiv\ten\t\t\tlat=49.98\n"
    "Харьков\tplace\tplace.kharkiv\t\tru\t\t\t\n"
    "Курская область\tplace\tplace.kursk-oblast\tKursk Oblast\tru\t\t\t\n"
    "груз 200\tcasualty\tcasualty.200\tkilled\tru\tm -\t\tcode=200\n"
    "{num}(st|nd|rd|th) [Separate] Brigade\tunit\tunit.brigade\t\ten\t\t\ttype=brigade\n"
    "ЧВК «Вагнер»\tunit\tunit.wagner\tWagner\tru\t- -\t\t\n"
    "птичка\tslang\tslang.drone\tdrone\tru\t\tamb\t\n"
    "обстрел\tcontext\tctx\t\tru\t\t\t\n"
    /* a row that adds an attribute key to its id (the key index) */
    "Харків\tplace\tplace.kharkiv\t\tuk\t\t\tpop=1421125\n"
    /* one term under many ids (the set of a tag's entries) */
    "Zorbograd\tplace\tz.1\t\t\t\t\t\n" "Zorbograd\tplace\tz.2\t\t\t\t\t\n" "Zorbograd\tplace\tz.3\t\t\t\t\t\n"
    "Zorbograd\tplace\tz.4\t\t\t\t\t\n" "Zorbograd\tplace\tz.5\t\t\t\t\t\n" "Zorbograd\tplace\tz.6\t\t\t\t\t\n"
    "Zorbograd\tplace\tz.7\t\t\t\t\t\n" "Zorbograd\tplace\tz.8\t\t\t\t\t\n" "Zorbograd\tplace\tz.9\t\t\t\t\t\n"
    "Zorbograd\tplace\tz.10\t\t\t\t\t\n" "Zorbograd\tplace\tz.11\t\t\t\t\t\n" "Zorbograd\tplace\tz.12\t\t\t\t\t\n"
    "Zorbograd\tplace\tz.13\t\t\t\t\t\n" "Zorbograd\tplace\tz.14\t\t\t\t\t\n" "Zorbograd\tplace\tz.15\t\t\t\t\t\n"
    "Zorbograd\tplace\tz.16\t\t\t\t\t\n" "Zorbograd\tplace\tz.17\t\t\t\t\t\n" "Zorbograd\tplace\tz.18\t\t\t\t\t\n";

static const char *text =
    "Под Харьковом и в Курской области: трое груза 200, 47th Separate Brigade, ЧВК «Вагнер». "
    "Обстрел, птички. Kharkiv's 3rd Brigade. Zorbograd.";

START_TEST(compile_fails_cleanly_at_every_allocation) {
  size_t k;
  int succeeded = 0;
  for (k = 1; k < 100000 && !succeeded; k++) {
    failer f = {0, k, 0, 0};
    miltag_allocator a = {f_malloc, f_realloc, f_free, &f};
    miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
    opt.allocator = &a;
    miltag_lexicon *lex = NULL;
    miltag_error err;
    int rc = miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err);
    if (f.failed) {
      ck_assert_msg(rc == MILTAG_E_NOMEM, "allocation %zu: status %d (%s)", k, rc, err.message);
      ck_assert_ptr_null(lex);
      ck_assert_msg(f.live == 0, "allocation %zu failed: %ld blocks leaked", k, f.live);
    } else {
      ck_assert_int_eq(rc, MILTAG_OK);
      f.fail_at = 0;
      ck_assert_str_eq(tag_string(lex, "Харькове", 0), "Харькове:place:place.kharkiv");
      miltag_lexicon_free(lex);
      ck_assert_int_eq(f.live, 0);
      succeeded = 1;
    }
  }
  ck_assert_msg(succeeded, "compilation never succeeded");
  ck_assert_uint_gt(k, 50); /* the loop really covered many sites */
}
END_TEST

static size_t count_tags(miltag_results *r, char *out, size_t cap) {
  out[0] = 0;
  for (size_t i = 0; i < miltag_results_count(r); i++) {
    const miltag_tag *t = miltag_results_get(r, i);
    char one[256];
    snprintf(one, sizeof one, "%zu-%zu:%s:%s:%ld|", t->start, t->end, t->id, t->attrs, t->count);
    strncat(out, one, cap - strlen(out) - 1);
  }
  return miltag_results_count(r);
}

START_TEST(scanning_fails_cleanly_at_every_allocation) {
  failer f = {0, 0, 0, 0};
  miltag_allocator a = {f_malloc, f_realloc, f_free, &f};
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.allocator = &a;
  miltag_lexicon *lex;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err), MILTAG_OK);
  long base = f.live;
  char want[4096], got[4096];
  /* the reference result, without failures */
  {
    miltag_scanner *s;
    miltag_results *r;
    ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
    ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
    ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), MILTAG_SCAN_AMBIGUOUS, r), MILTAG_OK);
    ck_assert_uint_ge(count_tags(r, want, sizeof want), 7);
    ck_assert_ptr_nonnull(strstr(want, ":casualty.200:code=200:3|")); /* a count is read too */
    miltag_results_free(r);
    miltag_scanner_free(s);
  }
  ck_assert_int_eq(f.live, base);
  int succeeded = 0;
  for (size_t k = 1; k < 10000 && !succeeded; k++) {
    f.calls = 0;
    f.fail_at = k;
    f.failed = 0;
    miltag_scanner *s = NULL;
    miltag_results *r = NULL;
    int rc = miltag_scanner_new(lex, &s);
    if (rc == MILTAG_OK) rc = miltag_results_new(lex, &r);
    if (rc == MILTAG_OK) rc = miltag_scan_results(s, text, strlen(text), MILTAG_SCAN_AMBIGUOUS, r);
    if (f.failed) {
      ck_assert_msg(rc == MILTAG_E_NOMEM, "allocation %zu: status %d", k, rc);
      /* the objects that exist are still usable once memory is back */
      f.fail_at = 0;
      if (s && r) {
        ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), MILTAG_SCAN_AMBIGUOUS, r), MILTAG_OK);
        count_tags(r, got, sizeof got);
        ck_assert_str_eq(got, want);
      }
    } else {
      ck_assert_int_eq(rc, MILTAG_OK);
      count_tags(r, got, sizeof got);
      ck_assert_str_eq(got, want);
      succeeded = 1;
    }
    miltag_results_free(r);
    miltag_scanner_free(s);
    ck_assert_msg(f.live == base, "allocation %zu: %ld blocks leaked", k, f.live - base);
  }
  ck_assert(succeeded);
  miltag_lexicon_free(lex);
  ck_assert_int_eq(f.live, 0);
}
END_TEST

START_TEST(builder_and_images_fail_cleanly) {
  miltag_lexicon *lex = compile_or_fail(tsv);
  const void *img;
  size_t size;
  ck_assert_int_eq(miltag_lexicon_image(lex, &img, &size), MILTAG_OK);
  int done_open = 0, done_build = 0;
  for (size_t k = 1; k < 100000 && !(done_open && done_build); k++) {
    failer f = {0, k, 0, 0};
    miltag_allocator a = {f_malloc, f_realloc, f_free, &f};
    miltag_error err;
    if (!done_open) {
      miltag_lexicon *back = NULL;
      int rc = miltag_lexicon_open_image(img, size, &a, &back, &err);
      if (f.failed) ck_assert_int_eq(rc, MILTAG_E_NOMEM);
      else { ck_assert_int_eq(rc, MILTAG_OK); done_open = 1; }
      miltag_lexicon_free(back);
      ck_assert_int_eq(f.live, 0);
    }
    if (!done_build) {
      f.calls = 0;
      f.failed = 0;
      miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
      opt.allocator = &a;
      miltag_builder *b = NULL;
      miltag_lexicon *out = NULL;
      int rc = miltag_builder_new(&opt, &b);
      if (rc == MILTAG_OK) rc = miltag_builder_add_lexicon(b, lex, &err);
      if (rc == MILTAG_OK) rc = miltag_builder_add_tsv(b, tsv, strlen(tsv), "again.tsv", &err);
      if (rc == MILTAG_OK) rc = miltag_builder_compile(b, &out, &err);
      if (f.failed) ck_assert_msg(rc == MILTAG_E_NOMEM || rc == MILTAG_OK, "status %d", rc);
      else { ck_assert_int_eq(rc, MILTAG_OK); done_build = 1; }
      miltag_lexicon_free(out);
      miltag_builder_free(b);
      ck_assert_msg(f.live == 0, "allocation %zu: %ld leaked", k, f.live);
    }
  }
  ck_assert(done_open && done_build);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("alloc");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, compile_fails_cleanly_at_every_allocation);
  tcase_add_test(tc, scanning_fails_cleanly_at_every_allocation);
  tcase_add_test(tc, builder_and_images_fail_cleanly);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
