/* Lexicon loader and compiler errors: every malformed row is refused with
 * FILE:LINE:COLUMN and nothing is loaded partially. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

static miltag_error err;

static int compile(const char *tsv) {
  miltag_lexicon *lex = NULL;
  int rc = miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", NULL, &lex, &err);
  if (rc == MILTAG_OK) ck_assert_ptr_nonnull(lex);
  else ck_assert_ptr_null(lex);
  miltag_lexicon_free(lex);
  return rc;
}

#define EXPECT_ERROR(tsv, want_status, msg)                      \
  do {                                                      \
    ck_assert_int_eq(compile(tsv), want_status);            \
    ck_assert_int_eq(err.status, want_status);              \
    ck_assert_str_eq(err.message, msg);                     \
  } while (0)

START_TEST(good_file_variants) {
  ck_assert_int_eq(compile(HEADER "Kyiv\tplace\tplace.kyiv\tKyiv\ten\t\t\tlat=50.45\n"), MILTAG_OK);
  /* BOM, CRLF, comments, blank lines, fewer columns */
  ck_assert_int_eq(compile("\xEF\xBB\xBF# comment\r\n\r\nterm\tcategory\tid\r\n# more\r\n"
                           "Kyiv\tplace\tplace.kyiv\r\n   \r\n"), MILTAG_OK);
  /* columns in any order */
  ck_assert_int_eq(compile("id\tterm\tcategory\nplace.kyiv\tKyiv\tplace\n"), MILTAG_OK);
  /* header only */
  ck_assert_int_eq(compile("term\tcategory\tid\n"), MILTAG_OK);
  ck_assert_int_eq(err.status, MILTAG_OK);
  ck_assert_str_eq(err.message, "");
}
END_TEST

START_TEST(bad_category) {
  EXPECT_ERROR(HEADER "Kyiv\tcity\tplace.kyiv\t\t\t\t\t\n", MILTAG_E_SYNTAX,
               "t.tsv:2:6: unknown category 'city' (expected casualty, unit, place, slang or context)");
  ck_assert_uint_eq(err.line, 2);
  ck_assert_uint_eq(err.column, 6);
  ck_assert_str_eq(err.file, "t.tsv");
  ck_assert_str_eq(err.what, "unknown category 'city' (expected casualty, unit, place, slang or context)");
}
END_TEST

START_TEST(columns_count_characters) {
  /* column numbers count characters, not bytes */
  EXPECT_ERROR(HEADER "Київ\tмісто\tplace.kyiv\t\t\t\t\t\n", MILTAG_E_SYNTAX,
               "t.tsv:2:6: unknown category 'місто' (expected casualty, unit, place, slang or context)");
}
END_TEST

START_TEST(header_errors) {
  EXPECT_ERROR("", MILTAG_E_SYNTAX, "t.tsv:1: no header row (expected at least: term, category, id)");
  EXPECT_ERROR("term\tcategory\n", MILTAG_E_SYNTAX, "t.tsv:1: header lacks the required column 'id'");
  EXPECT_ERROR("term\tkind\tid\n", MILTAG_E_SYNTAX,
               "t.tsv:1:6: unknown column 'kind' in header (expected term, category, id, label, "
               "lang, inflect, flags, attrs)");
  EXPECT_ERROR("term\tcategory\tid\tterm\n", MILTAG_E_SYNTAX, "t.tsv:1:18: column 'term' named twice");
}
END_TEST

START_TEST(field_count) {
  EXPECT_ERROR(HEADER "Kyiv\tplace\tplace.kyiv\n", MILTAG_E_SYNTAX, "t.tsv:2:22: expected 8 fields, found 3");
  EXPECT_ERROR("term\tcategory\tid\nKyiv\tplace\tplace.kyiv\textra\n", MILTAG_E_SYNTAX,
               "t.tsv:2:23: too many fields: the header names 3 columns");
}
END_TEST

START_TEST(field_contents) {
  EXPECT_ERROR("term\tcategory\tid\n\tplace\tx\n", MILTAG_E_SYNTAX, "t.tsv:2:1: empty term");
  EXPECT_ERROR("term\tcategory\tid\nKyiv\tplace\t\n", MILTAG_E_SYNTAX, "t.tsv:2:12: empty id");
  EXPECT_ERROR("term\tcategory\tid\nKyiv\tplace\tplace kyiv\n", MILTAG_E_SYNTAX,
               "t.tsv:2:17: invalid character in id (allowed: A-Z a-z 0-9 . _ - : /)");
  EXPECT_ERROR("term\tcategory\tid\tlang\nKyiv\tplace\tp\tEnglish\n", MILTAG_E_SYNTAX,
               "t.tsv:2:14: invalid lang (expected a 2- or 3-letter lower-case code)");
  EXPECT_ERROR("term\tcategory\tid\tflags\nKyiv\tplace\tp\tamb,loud\n", MILTAG_E_SYNTAX,
               "t.tsv:2:18: unknown flag (expected amb, ctx, cap, not, quoted, suffix or slot, separated by commas)");
  /* `slot` reports a closing {Name} alone: a term without one has none */
  ck_assert_int_eq(compile("term\tcategory\tid\tflags\nсело {Name}\tplace\tp\tslot\n"), MILTAG_OK);
  EXPECT_ERROR("term\tcategory\tid\tflags\nKyiv\tplace\tp\tslot\n", MILTAG_E_SYNTAX,
               "t.tsv:2:14: flag slot needs a term that ends with a {Name} after its words");
  EXPECT_ERROR("term\tcategory\tid\tflags\n{Name} парк\tplace\tp\tslot\n", MILTAG_E_SYNTAX,
               "t.tsv:2:21: flag slot needs a term that ends with a {Name} after its words");
  EXPECT_ERROR("term\tcategory\tid\tinflect\nKyiv\tplace\tp\tm dative\n", MILTAG_E_SYNTAX,
               "t.tsv:2:16: unknown inflection (expected none, auto, or one of -, auto, m, f, n, pl, "
               "adj, poss, sur, ord per word; nouns take +u, +fv, +o, +e, +i, +soft; pl takes +z, +ov; "
               "adj takes +soft)");
  /* a modifier only where it means something */
  EXPECT_ERROR("term\tcategory\tid\tinflect\nСуми\tplace\tp\tpl+fv\n", MILTAG_E_SYNTAX,
               "t.tsv:2:14: unknown inflection (expected none, auto, or one of -, auto, m, f, n, pl, "
               "adj, poss, sur, ord per word; nouns take +u, +fv, +o, +e, +i, +soft; pl takes +z, +ov; "
               "adj takes +soft)");
}
END_TEST

START_TEST(attrs) {
  ck_assert_int_eq(compile("term\tcategory\tid\tattrs\nKyiv\tplace\tp\ta=1;b=x\\;y;c=\\=\\\\;\n"), MILTAG_OK);
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\tlat\n", MILTAG_E_SYNTAX,
               "t.tsv:2:17: '=' expected after attribute key");
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\tLat=1\n", MILTAG_E_SYNTAX,
               "t.tsv:2:14: attribute key expected (a-z, 0-9, _)");
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\ta=1;a=2\n", MILTAG_E_SYNTAX,
               "t.tsv:2:18: attribute key given twice");
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\ta=x\\n\n", MILTAG_E_SYNTAX,
               "t.tsv:2:17: bad escape in attribute value (use \\; \\= or \\\\)");
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\ta=b=c\n", MILTAG_E_SYNTAX,
               "t.tsv:2:17: '=' in attribute value must be escaped as \\=");
}
END_TEST

START_TEST(bytes) {
  EXPECT_ERROR("term\tcategory\tid\nKy\xFFiv\tplace\tp\n", MILTAG_E_SYNTAX, "t.tsv:2:3: invalid UTF-8");
  EXPECT_ERROR("term\tcategory\tid\nKy\x01iv\tplace\tp\n", MILTAG_E_SYNTAX,
               "t.tsv:2:3: control character in field 'term'");
  EXPECT_ERROR("term\tcategory\tid\tlabel\nKyiv\tplace\tp\tKy\xC2\x85iv\n", MILTAG_E_SYNTAX,
               "t.tsv:2:16: control character in field 'label'");
}
END_TEST

START_TEST(conflicts_between_rows) {
  EXPECT_ERROR("term\tcategory\tid\nKyiv\tplace\tp.kyiv\nKiev\tunit\tp.kyiv\n", MILTAG_E_SYNTAX,
               "t.tsv:3:6: id 'p.kyiv' has category place at line 2");
  EXPECT_ERROR("term\tcategory\tid\tlabel\nKyiv\tplace\tp\tKyiv\nKiev\tplace\tp\tKiev\n", MILTAG_E_SYNTAX,
               "t.tsv:3:14: label 'Kiev' differs from 'Kyiv' given for this id");
  EXPECT_ERROR("term\tcategory\tid\tattrs\nKyiv\tplace\tp\tlat=1\nKiev\tplace\tp\tlat=2\n", MILTAG_E_SYNTAX,
               "t.tsv:3:14: attribute 'lat' differs from the one given for this id at line 2");
  /* an empty label or attribute set inherits; distinct keys merge */
  ck_assert_int_eq(compile("term\tcategory\tid\tlabel\tattrs\nKyiv\tplace\tp\tKyiv\tlat=1\n"
                           "Kiev\tplace\tp\t\tlon=2\nКиев\tplace\tp\tKyiv\tlat=1\n"), MILTAG_OK);
}
END_TEST

static int nwarn;
static char last_warning[700];
static int count_warning(const miltag_error *w, void *ctx) {
  (void)ctx;
  nwarn++;
  snprintf(last_warning, sizeof last_warning, "%s", w->message);
  return 0;
}

START_TEST(duplicates_and_empty_terms_are_reported) {
  const char *tsv = "term\tcategory\tid\nKyiv\tplace\tp\nKYIV\tplace\tp\n«»\tplace\tq\n";
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.warn = count_warning;
  miltag_lexicon *lex;
  nwarn = 0;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err), MILTAG_OK);
  ck_assert_int_eq(nwarn, 2);
  ck_assert_str_eq(last_warning, "t.tsv:4:1: term '«»' has no letters or digits: it can never match");
  miltag_lexicon_free(lex);
  opt.flags = MILTAG_COMPILE_STRICT;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err), MILTAG_E_DUPLICATE);
  ck_assert_str_eq(err.message, "t.tsv:3:1: duplicate row: term 'KYIV' with this id is already at line 2");
  ck_assert_ptr_null(lex);
  /* the same term under two ids is not a duplicate (dozens of Andriivkas) */
  nwarn = 0;
  const char *two = "term\tcategory\tid\nAndriivka\tplace\ta1\nAndriivka\tplace\ta2\n";
  opt.flags = 0;
  ck_assert_int_eq(miltag_lexicon_compile(two, strlen(two), "t.tsv", &opt, &lex, &err), MILTAG_OK);
  ck_assert_int_eq(nwarn, 0);
  miltag_lexicon_free(lex);
  /* nor a Russian and a Ukrainian row of one spelling: two words, whose
   * forms differ (коробочке, коробочці); two Russian rows are */
  const char *langs = "term\tcategory\tid\tlang\tinflect\nкоробочка\tslang\ts\tru\tf\n"
                      "коробочка\tslang\ts\tuk\tf\n";
  opt.flags = MILTAG_COMPILE_STRICT;
  ck_assert_int_eq(miltag_lexicon_compile(langs, strlen(langs), "t.tsv", &opt, &lex, &err), MILTAG_OK);
  ck_assert_str_eq(tag_string(lex, "по коробочці і коробочке", 0),
                   "коробочці:slang:s|коробочке:slang:s");
  miltag_lexicon_free(lex);
  const char *same = "term\tcategory\tid\tlang\tinflect\nкоробочка\tslang\ts\tru\tf\n"
                     "Коробочка\tslang\ts\tru\tf\n";
  ck_assert_int_eq(miltag_lexicon_compile(same, strlen(same), "t.tsv", &opt, &lex, &err), MILTAG_E_DUPLICATE);
}
END_TEST

/* A duplicate of a row of another source names that source: "already at
 * line 86878" said nothing of which file (a --extend row repeating a
 * built-in one: the line is data/lexicon.tsv's). */
START_TEST(duplicate_in_another_source_names_it) {
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.flags = MILTAG_COMPILE_STRICT;
  miltag_builder *b;
  ck_assert_int_eq(miltag_builder_new(&opt, &b), MILTAG_OK);
  const char *a = "term\tcategory\tid\nKharkiv\tplace\tp\nKyiv\tplace\tp.kyiv\n";
  const char *more = "term\tcategory\tid\nLviv\tplace\tp.lviv\nKYIV\tplace\tp.kyiv\n";
  ck_assert_int_eq(miltag_builder_add_tsv(b, a, strlen(a), "a.tsv", &err), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_add_tsv(b, more, strlen(more), "b.tsv", &err), MILTAG_OK);
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_builder_compile(b, &lex, &err), MILTAG_E_DUPLICATE);
  ck_assert_str_eq(err.message, "b.tsv:3:1: duplicate row: term 'KYIV' with this id is already at a.tsv:3");
  ck_assert_ptr_null(lex);
  miltag_builder_free(b);
  /* so do a category and an attribute that differ from another source's */
  const char *ac = "term\tcategory\tid\tattrs\nKharkiv\tplace\tp\tlat=1\n";
  const char *cat = "term\tcategory\tid\tattrs\nXarkiv\tunit\tp\t\n";
  const char *attr = "term\tcategory\tid\tattrs\nXarkiv\tplace\tp\tlat=2\n";
  const char *same = "term\tcategory\tid\tattrs\nKharkiv\tplace\tp\tlat=1\nXarkiv\tplace\tp\tlat=2\n";
  const char *second[] = {cat, attr};
  const char *want[] = {"b.tsv:2:8: id 'p' has category place at a.tsv:2",
                        "b.tsv:2:16: attribute 'lat' differs from the one given for this id at a.tsv:2"};
  for (int k = 0; k < 2; k++) {
    ck_assert_int_eq(miltag_builder_new(NULL, &b), MILTAG_OK);
    ck_assert_int_eq(miltag_builder_add_tsv(b, ac, strlen(ac), "a.tsv", &err), MILTAG_OK);
    ck_assert_int_eq(miltag_builder_add_tsv(b, second[k], strlen(second[k]), "b.tsv", &err), MILTAG_OK);
    ck_assert_int_eq(miltag_builder_compile(b, &lex, &err), MILTAG_E_SYNTAX);
    ck_assert_str_eq(err.message, want[k]);
    miltag_builder_free(b);
  }
  /* in one source, the line as before */
  ck_assert_int_eq(miltag_lexicon_compile(same, strlen(same), "a.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.message, "a.tsv:3:16: attribute 'lat' differs from the one given for this id at line 2");
}
END_TEST

START_TEST(nothing_loaded_partially) {
  miltag_builder *b;
  ck_assert_int_eq(miltag_builder_new(NULL, &b), MILTAG_OK);
  const char *good = "term\tcategory\tid\nKyiv\tplace\tp.kyiv\n";
  const char *bad = "term\tcategory\tid\nKharkiv\tplace\tp.kharkiv\nOdesa\tcity\tp.odesa\n";
  ck_assert_int_eq(miltag_builder_add_tsv(b, good, strlen(good), "good.tsv", &err), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_add_tsv(b, bad, strlen(bad), "bad.tsv", &err), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.file, "bad.tsv");
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_builder_compile(b, &lex, &err), MILTAG_OK);
  ck_assert_uint_eq(miltag_lexicon_row_count(lex), 1); /* Kharkiv was not kept */
  ck_assert_str_eq(tag_string(lex, "Kyiv Kharkiv", 0), "Kyiv:place:p.kyiv");
  miltag_lexicon_free(lex);
  miltag_builder_free(b);
}
END_TEST

START_TEST(files) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_compile_file("/nonexistent/x.tsv", NULL, &lex, &err), MILTAG_E_IO);
  ck_assert_str_eq(err.message, "/nonexistent/x.tsv: cannot open: No such file or directory");
  char path[] = "/tmp/miltag-test-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  FILE *f = fdopen(fd, "w");
  fputs("term\tcategory\tid\nKyiv\tplace\tp\nKiev\tcity\tp\n", f);
  fclose(f);
  ck_assert_int_eq(miltag_lexicon_compile_file(path, NULL, &lex, &err), MILTAG_E_SYNTAX);
  char want[200];
  snprintf(want, sizeof want, "%s:3:6: unknown category 'city' (expected casualty, unit, place, slang or context)", path);
  ck_assert_str_eq(err.message, want);
  remove(path);
}
END_TEST

START_TEST(row_and_entry_access) {
  miltag_lexicon *lex = compile_or_fail(HEADER "Kyiv\tplace\tplace.kyiv\tKyiv\ten\t\t\tlat=50.45;lon=30.52\n"
                                        "Киев\tplace\tplace.kyiv\t\tru\tnone\tamb\t\n");
  ck_assert_uint_eq(miltag_lexicon_entry_count(lex), 1);
  ck_assert_uint_eq(miltag_lexicon_row_count(lex), 2);
  miltag_entry e;
  ck_assert_int_eq(miltag_lexicon_entry(lex, 0, &e), MILTAG_OK);
  ck_assert_str_eq(e.id, "place.kyiv");
  ck_assert_str_eq(e.label, "Kyiv");
  ck_assert_str_eq(e.attrs, "lat=50.45;lon=30.52");
  ck_assert_int_eq(e.category, MILTAG_PLACE);
  ck_assert_int_eq(miltag_lexicon_entry(lex, 1, &e), MILTAG_E_INVALID);
  miltag_row r;
  ck_assert_int_eq(miltag_lexicon_row(lex, 1, &r), MILTAG_OK);
  ck_assert_str_eq(r.term, "Киев");
  ck_assert_str_eq(r.lang, "ru");
  ck_assert_str_eq(r.inflect, "none");
  ck_assert_str_eq(r.flags, "amb");
  ck_assert_str_eq(r.source, "test.tsv");
  ck_assert_uint_eq(r.line, 3);
  const char *v;
  size_t n;
  ck_assert_int_eq(miltag_attr_get(e.attrs, "lon", &v, &n), 1);
  ck_assert_int_eq((int)n, 5);
  ck_assert_int_eq(strncmp(v, "30.52", n), 0);
  ck_assert_int_eq(miltag_attr_get(e.attrs, "lo", &v, &n), 0);
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.rows, 2);
  ck_assert_uint_eq(st.per_category[MILTAG_PLACE], 2);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(limits) {
  /* 33 tokens in one term */
  char tsv[1024] = "term\tcategory\tid\n";
  for (int i = 0; i < 33; i++) strcat(tsv, "w ");
  strcat(tsv, "\tplace\tp\n");
  EXPECT_ERROR(tsv, MILTAG_E_LIMIT, "t.tsv:2:1: term 'w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w' has more than 32 tokens");
  char big[6000];
  strcpy(big, "term\tcategory\tid\n");
  size_t l = strlen(big);
  memset(big + l, 'x', 4100);
  strcpy(big + l + 4100, "\tplace\tp\n");
  EXPECT_ERROR(big, MILTAG_E_LIMIT, "t.tsv:2:1: field 'term' is longer than 4096 bytes");
}
END_TEST

/* Every attribute key is checked against all before it (issue 18: only
 * the first 64 were, so a repeated key past them was kept twice). */
START_TEST(attrs_every_key_checked) {
  char tsv[8192] = "term\tcategory\tid\tattrs\nKyiv\tplace\tp\t";
  for (int i = 0; i < 300; i++) snprintf(tsv + strlen(tsv), sizeof tsv - strlen(tsv), "k%d=1;", i);
  strcat(tsv, "k250=2\n");
  ck_assert_int_eq(compile(tsv), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.what, "attribute key given twice");
  /* the column of the second k250: after "Kyiv\tplace\tp\t" and 300 keys */
  size_t keys = strlen(tsv) - strlen("term\tcategory\tid\tattrs\nKyiv\tplace\tp\t") - strlen("k250=2\n");
  ck_assert_uint_eq(err.column, strlen("Kyiv\tplace\tp\t") + keys + 1);
  tsv[strlen(tsv) - strlen("k250=2\n")] = '\0';
  strcat(tsv, "k300=2\n");
  ck_assert_int_eq(compile(tsv), MILTAG_OK);
}
END_TEST

/* An id with thousands of rows that each add a key: every key kept, in
 * the order given, in linear time (issue 18: the merged string was copied
 * per row, 37 s and 10.5 GB for 50,000 rows); a value ending in an
 * escaped ';' stays whole; a conflict names the row that gave the key. */
START_TEST(attrs_merge_many_rows) {
  size_t rows = 20000, cap = rows * 48 + 128, len = 0;
  char *tsv = malloc(cap);
  len += (size_t)snprintf(tsv + len, cap - len, "term\tcategory\tid\tattrs\n");
  len += (size_t)snprintf(tsv + len, cap - len, "zorb\tplace\tp.z\tfirst=1\n");
  for (size_t i = 0; i < rows; i++)
    len += (size_t)snprintf(tsv + len, cap - len, "zorb%zu\tplace\tp.z\tk%zu=v%zu\n", i, i, i);
  len += (size_t)snprintf(tsv + len, cap - len, "zorbx\tplace\tp.z\tlast=a\\;\n");
  miltag_lexicon *lex = NULL;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, len, "t.tsv", NULL, &lex, &err), MILTAG_OK);
  miltag_entry e;
  ck_assert_int_eq(miltag_lexicon_entry(lex, 0, &e), MILTAG_OK);
  ck_assert_int_eq(strncmp(e.attrs, "first=1;k0=v0;k1=v1;k2=v2;", 26), 0);
  const char *tail = e.attrs + strlen(e.attrs) - strlen(";k19999=v19999;last=a\\;");
  ck_assert_str_eq(tail, ";k19999=v19999;last=a\\;");
  const char *v;
  size_t n;
  ck_assert_int_eq(miltag_attr_get(e.attrs, "k12345", &v, &n), 1);
  ck_assert_int_eq(strncmp(v, "v12345", n), 0);
  miltag_lexicon_free(lex);
  /* a key given again with another value, thousands of rows later */
  len -= strlen("zorbx\tplace\tp.z\tlast=a\\;\n");
  len += (size_t)snprintf(tsv + len, cap - len, "zorby\tplace\tp.z\tk77=other\n");
  ck_assert_int_eq(miltag_lexicon_compile(tsv, len, "t.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.what, "attribute 'k77' differs from the one given for this id at line 80");
  free(tsv);
}
END_TEST

/* Messages quote terms, labels and names cut at a character boundary,
 * never inside a UTF-8 character (issue 18: "%.200s"). */
static int utf8_ok(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; u[i];) {
    size_t k = u[i] < 0x80 ? 1 : u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : u[i] >= 0xC2 ? 2 : 0;
    if (!k) return 0;
    for (size_t j = 1; j < k; j++)
      if ((u[i + j] & 0xC0) != 0x80) return 0;
    i += k;
  }
  return 1;
}

START_TEST(messages_cut_whole_characters) {
  /* an odd number of ASCII bytes first: byte 200 falls inside a letter */
  char term[700] = "a";
  for (int i = 0; i < 150; i++) strcat(term, "ж");
  char tsv[2048];
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\n%s\tplace\tp\n%s\tplace\tp\n", term, term);
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.warn = count_warning;
  miltag_lexicon *lex;
  nwarn = 0;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err), MILTAG_OK);
  ck_assert_int_eq(nwarn, 1);
  ck_assert_msg(utf8_ok(last_warning), "%s", last_warning);
  ck_assert_ptr_nonnull(strstr(last_warning, "term 'aжж"));
  miltag_lexicon_free(lex);
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\tlabel\nx\tplace\tp\t%s\ny\tplace\tp\tb%s\n", term, term);
  ck_assert_int_eq(compile(tsv), MILTAG_E_SYNTAX);
  ck_assert_msg(utf8_ok(err.message), "%s", err.message);
  snprintf(tsv, sizeof tsv, "term\t%s\tid\n", term);
  ck_assert_int_eq(compile(tsv), MILTAG_E_SYNTAX);
  ck_assert_msg(utf8_ok(err.message), "%s", err.message);
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\nx\t%s\tp\n", term);
  ck_assert_int_eq(compile(tsv), MILTAG_E_SYNTAX);
  ck_assert_msg(utf8_ok(err.message), "%s", err.message);
}
END_TEST

/* A lexicon file is read only if it is a regular file or a pipe, and at
 * most 1 GiB of it (issue 18: /dev/zero was read until memory ran out). */
START_TEST(files_that_are_not_lexicons) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_compile_file("/dev/zero", NULL, &lex, &err), MILTAG_E_IO);
  ck_assert_str_eq(err.message, "/dev/zero: not a regular file");
  ck_assert_int_eq(miltag_lexicon_compile_file("/tmp", NULL, &lex, &err), MILTAG_E_IO);
  ck_assert_str_eq(err.message, "/tmp: not a regular file");
  ck_assert_ptr_null(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, good_file_variants);
  tcase_add_test(tc, bad_category);
  tcase_add_test(tc, columns_count_characters);
  tcase_add_test(tc, header_errors);
  tcase_add_test(tc, field_count);
  tcase_add_test(tc, field_contents);
  tcase_add_test(tc, attrs);
  tcase_add_test(tc, bytes);
  tcase_add_test(tc, conflicts_between_rows);
  tcase_add_test(tc, duplicates_and_empty_terms_are_reported);
  tcase_add_test(tc, duplicate_in_another_source_names_it);
  tcase_add_test(tc, nothing_loaded_partially);
  tcase_add_test(tc, files);
  tcase_add_test(tc, row_and_entry_access);
  tcase_add_test(tc, limits);
  tcase_add_test(tc, attrs_every_key_checked);
  tcase_add_test(tc, attrs_merge_many_rows);
  tcase_add_test(tc, messages_cut_whole_characters);
  tcase_add_test(tc, files_that_are_not_lexicons);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
