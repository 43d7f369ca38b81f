/* Normalizer: terms and text must meet in the same key. */
#include "testutil.h"

static const char *norm(const char *s) {
  static char out[256];
  size_t n;
  ck_assert_int_eq(miltag_normalize(s, strlen(s), out, sizeof out, &n), MILTAG_OK);
  ck_assert_uint_lt(n, sizeof out);
  return out;
}

START_TEST(case_folding) {
  ck_assert_str_eq(norm("KHARKIV"), "kharkiv");
  ck_assert_str_eq(norm("Харьков"), "харьков");
  ck_assert_str_eq(norm("ХАРКІВ"), "харків");
  ck_assert_str_eq(norm("ҐАНОК"), "ґанок");
  ck_assert_str_eq(norm("Straße"), "strasse"); /* full case folding */
}
END_TEST

START_TEST(yo_becomes_ye) {
  ck_assert_str_eq(norm("трёхсотый"), "трехсотый");
  ck_assert_str_eq(norm("ТРЁХСОТЫЙ"), "трехсотый");
  /* е + combining diaeresis composes to ё first */
  ck_assert_str_eq(norm("тре\xCC\x88хсотый"), "трехсотый");
}
END_TEST

START_TEST(apostrophes_unified) {
  const char *want = "куп'янськ";
  ck_assert_str_eq(norm("Куп'янськ"), want);
  ck_assert_str_eq(norm("Куп’янськ"), want);
  ck_assert_str_eq(norm("Купʼянськ"), want);
  ck_assert_str_eq(norm("Куп‘янськ"), want);
  ck_assert_str_eq(norm("Куп`янськ"), want);
}
END_TEST

START_TEST(dashes_unified) {
  ck_assert_str_eq(norm("a‐b"), "a-b");  /* U+2010 */
  ck_assert_str_eq(norm("a–b"), "a-b");  /* en dash */
  ck_assert_str_eq(norm("a—b"), "a-b");  /* em dash */
  ck_assert_str_eq(norm("a−b"), "a-b");  /* minus sign */
  ck_assert_str_eq(norm("a－b"), "a-b"); /* fullwidth */
}
END_TEST

START_TEST(ignorables_removed) {
  ck_assert_str_eq(norm("Ха\xC2\xADрьков"), "харьков");      /* soft hyphen */
  ck_assert_str_eq(norm("Ха\xE2\x80\x8Bрьков"), "харьков");  /* zero-width space */
  ck_assert_str_eq(norm("Ха\xE2\x80\x8Dрьков"), "харьков");  /* zero-width joiner */
  ck_assert_str_eq(norm("\xEF\xBB\xBFKursk"), "kursk");      /* BOM */
}
END_TEST

START_TEST(stress_marks_removed) {
  ck_assert_str_eq(norm("две\xCC\x81сти"), "двести");  /* acute */
  ck_assert_str_eq(norm("две\xCC\x80сти"), "двести");  /* grave, composes to ѐ */
  ck_assert_str_eq(norm("dvésti"), "dvesti");          /* precomposed Latin */
}
END_TEST

START_TEST(breve_kept) {
  /* й is и + breve: combining marks are not removed wholesale */
  ck_assert_str_eq(norm("Кривой"), "кривой");
  ck_assert_str_eq(norm("Кривии\xCC\x86"), "кривий"); /* decomposed й */
  ck_assert_str_eq(norm("Кривий"), "кривий");
  /* ї (і + diaeresis) is a letter of its own in Ukrainian */
  ck_assert_str_eq(norm("Миколаі\xCC\x88в"), "миколаїв");
}
END_TEST

START_TEST(nfkc) {
  ck_assert_str_eq(norm("ＫＵＲＳＫ"), "kursk"); /* fullwidth */
  ck_assert_str_eq(norm("²⁰⁰"), "200");        /* superscripts */
}
END_TEST

START_TEST(homoglyphs) {
  /* Cyrillic words typed with Latin look-alikes, and the reverse */
  ck_assert_str_eq(norm("двoхcoтих"), "двохсотих");
  ck_assert_str_eq(norm("Нoвoмaйoрcькoмy"), "новомайорському");
  ck_assert_str_eq(norm("Maємo"), "маємо");
  ck_assert_str_eq(norm("Khаrkiv"), "kharkiv"); /* Cyrillic а */
  /* genuinely mixed tokens stay as they are */
  ck_assert_str_eq(norm("iPhoneы"), "iphoneы");
  /* pure tokens are never touched */
  ck_assert_str_eq(norm("coca"), "coca");
  ck_assert_str_eq(norm("сокол"), "сокол");
}
END_TEST

/* Greek letters typed for Cyrillic ones (σ for о), with Latin ones too
 * (dev2: Збpσйниx Сил Укpaїни, “бaвσвнy”); Greek words stay Greek. */
START_TEST(greek_homoglyphs) {
  ck_assert_str_eq(norm("Збpσйниx"), "збройних");
  ck_assert_str_eq(norm("Укpaїни"), "україни");
  ck_assert_str_eq(norm("бaвσвнy"), "бавовну");
  ck_assert_str_eq(norm("Xσpσшi"), "хороші");
  ck_assert_str_eq(norm("нσвини"), "новини");
  ck_assert_str_eq(norm("ΑΡΜΙЯ"), "армія"); /* capitals: Α Ρ Μ Ι */
  ck_assert_str_eq(norm("Σοφία"), "σοφια");
  ck_assert_str_eq(norm("Αθήνα"), "αθηνα");
  /* a Greek letter without a Cyrillic twin keeps the word as it is */
  ck_assert_str_eq(norm("бλα"), "бλα");
}
END_TEST

START_TEST(invalid_utf8) {
  char out[64];
  size_t n;
  ck_assert_int_eq(miltag_normalize("a\xFF" "b", 3, out, sizeof out, &n), MILTAG_OK);
  ck_assert_str_eq(out, "a\xEF\xBF\xBD" "b");
  ck_assert_int_eq(miltag_normalize(NULL, 0, out, sizeof out, &n), MILTAG_OK);
  ck_assert_str_eq(out, "");
  ck_assert_int_eq(miltag_normalize(NULL, 3, out, sizeof out, &n), MILTAG_E_INVALID);
}
END_TEST

START_TEST(truncation_never_splits_characters) {
  char out[4];
  size_t n;
  ck_assert_int_eq(miltag_normalize("Харьков", strlen("Харьков"), out, sizeof out, &n), MILTAG_OK);
  ck_assert_uint_eq(n, strlen("харьков"));
  ck_assert_str_eq(out, "х"); /* 3 bytes would split а: 2 bytes kept */
}
END_TEST

/* A string of n copies of unit. */
static char *repeat(const char *head, const char *unit, size_t n, size_t *len) {
  size_t hl = strlen(head), ul = strlen(unit);
  char *s = malloc(hl + n * ul + 1);
  memcpy(s, head, hl);
  for (size_t i = 0; i < n; i++) memcpy(s + hl + i * ul, unit, ul);
  *len = hl + n * ul;
  s[*len] = '\0';
  return s;
}

static int normalize_status(const char *head, const char *unit, size_t n, size_t *key_len) {
  size_t len;
  char *s = repeat(head, unit, n, &len);
  char out[8192];
  int rc = miltag_normalize(s, len, out, sizeof out, key_len);
  if (rc == MILTAG_E_LIMIT) ck_assert_msg(out[0] == '\0' && *key_len == 0, "no key past a bound");
  free(s);
  return rc;
}

/* One token costs in proportion to its length: past MILTAG_TOKEN_MAX_CHARS
 * code points or MILTAG_TOKEN_MAX_MARKS combining marks it has no key
 * (issue 18: alternating marks made ICU's reordering quadratic, 100k pairs
 * 19 s; NFKC made 18 characters of each U+FDFA, 47x the input). */
START_TEST(token_bounds) {
  size_t n;
  ck_assert_int_eq(normalize_status("", "a", MILTAG_TOKEN_MAX_CHARS, &n), MILTAG_OK);
  ck_assert_uint_eq(n, MILTAG_TOKEN_MAX_CHARS);
  ck_assert_int_eq(normalize_status("", "a", MILTAG_TOKEN_MAX_CHARS + 1, &n), MILTAG_E_LIMIT);
  ck_assert_int_eq(normalize_status("", "ж", MILTAG_TOKEN_MAX_CHARS, &n), MILTAG_OK);
  ck_assert_int_eq(normalize_status("", "ж", MILTAG_TOKEN_MAX_CHARS + 1, &n), MILTAG_E_LIMIT);
  ck_assert_int_eq(normalize_status("", "\xEF\xB7\xBA", MILTAG_TOKEN_MAX_CHARS, &n), MILTAG_OK);
  ck_assert_uint_gt(n, MILTAG_TOKEN_MAX_CHARS * 18);
  ck_assert_int_eq(normalize_status("", "\xEF\xB7\xBA", MILTAG_TOKEN_MAX_CHARS + 1, &n),
                   MILTAG_E_LIMIT);
  /* invisible characters count: the bound is on the token as written */
  ck_assert_int_eq(normalize_status("Kharkiv", "\xC2\xAD", MILTAG_TOKEN_MAX_CHARS, &n),
                   MILTAG_E_LIMIT);
  /* combining marks, alternating classes (230, 220) and stress marks */
  ck_assert_int_eq(normalize_status("a", "\xCC\x82\xCC\x96", MILTAG_TOKEN_MAX_MARKS / 2, &n),
                   MILTAG_OK);
  ck_assert_int_eq(normalize_status("a", "\xCC\x82\xCC\x96", MILTAG_TOKEN_MAX_MARKS / 2 + 1, &n),
                   MILTAG_E_LIMIT);
  ck_assert_int_eq(normalize_status("а", "\xCC\x81", MILTAG_TOKEN_MAX_MARKS, &n), MILTAG_OK);
  ck_assert_str_eq(norm("два\xCC\x81"), "два");
  ck_assert_int_eq(normalize_status("а", "\xCC\x81", MILTAG_TOKEN_MAX_MARKS + 1, &n),
                   MILTAG_E_LIMIT);
  ck_assert_int_eq(normalize_status("", "e\xCC\x81", MILTAG_TOKEN_MAX_MARKS + 1, &n),
                   MILTAG_E_LIMIT);
}
END_TEST

typedef struct key_seen {
  size_t n, empty, known;
} key_seen;

static int on_key(const miltag_token *t, void *ctx) {
  key_seen *k = ctx;
  k->n++;
  k->empty += t->key_len == 0 && t->key[0] == '\0';
  k->known += t->known;
  return 0;
}

/* The scanner and the compiler hold to the same bounds: a token past them
 * is never a key (and never tagged, however it would normalize), and a
 * term with such a word is refused, so nothing that could match is lost. */
START_TEST(scanner_and_compiler_agree_on_bounds) {
  size_t len;
  char *longword = repeat("Kharkiv", "\xC2\xAD", MILTAG_TOKEN_MAX_CHARS, &len);
  char tsv[4096];
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\nKharkiv\tplace\tp.kharkiv\n");
  miltag_lexicon *lex = compile_or_fail(tsv);
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  key_seen k = {0, 0, 0};
  ck_assert_int_eq(miltag_tokens(s, longword, len, on_key, &k), MILTAG_OK);
  ck_assert_uint_eq(k.n, 1);
  ck_assert_uint_eq(k.empty, 1);
  ck_assert_uint_eq(k.known, 0);
  ck_assert_str_eq(tag_string(lex, longword, 0), "");
  ck_assert_str_eq(tag_string(lex, "Khar\xC2\xADkiv", 0), "Khar\xC2\xADkiv:place:p.kharkiv");
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  free(longword);

  char *marks = repeat("груз a", "\xCC\x82\xCC\x96", MILTAG_TOKEN_MAX_MARKS, &len);
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\n%s\tslang\ts.x\n", marks);
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", NULL, &lex, &err), MILTAG_E_LIMIT);
  ck_assert_ptr_null(lex);
  ck_assert_str_eq(err.message, "t.tsv:2:1: a word of the term has more than 256 characters or 32 "
                                "combining marks: text never has such a key");
  free(marks);
}
END_TEST

int main(void) {
  Suite *s = suite_create("normalize");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, case_folding);
  tcase_add_test(tc, yo_becomes_ye);
  tcase_add_test(tc, apostrophes_unified);
  tcase_add_test(tc, dashes_unified);
  tcase_add_test(tc, ignorables_removed);
  tcase_add_test(tc, stress_marks_removed);
  tcase_add_test(tc, breve_kept);
  tcase_add_test(tc, nfkc);
  tcase_add_test(tc, homoglyphs);
  tcase_add_test(tc, greek_homoglyphs);
  tcase_add_test(tc, invalid_utf8);
  tcase_add_test(tc, truncation_never_splits_characters);
  tcase_add_test(tc, token_bounds);
  tcase_add_test(tc, scanner_and_compiler_agree_on_bounds);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
