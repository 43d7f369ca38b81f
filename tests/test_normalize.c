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
  tcase_add_test(tc, invalid_utf8);
  tcase_add_test(tc, truncation_never_splits_characters);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
