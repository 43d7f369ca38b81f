/* UTF-8 (lib/utf8.c): decoding with the maximal-subpart rule, checked
 * against ICU's own decoder on every sequence of up to three bytes and on
 * random longer ones, so that our offsets and ICU's always agree; encoding,
 * validation, counting and cutting at character boundaries. */
#include "testutil.h"

#include <unicode/utf8.h>

#include "utf8.h"

/* ICU's reading of s[0..n): the code point (U+FFFD for an ill-formed
 * subpart) and its length. */
static size_t icu_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, (int32_t)n, c);
  *cp = c < 0 ? MT_REPLACEMENT : (uint32_t)c;
  return (size_t)i;
}

static void same_as_icu(const unsigned char *s, size_t n) {
  uint32_t a, b;
  size_t ka = mt_utf8_decode(s, n, &a), kb = icu_decode(s, n, &b);
  ck_assert_msg(ka == kb && a == b, "%02X %02X %02X %02X (n=%zu): ours U+%04X/%zu, ICU U+%04X/%zu",
                s[0], n > 1 ? s[1] : 0, n > 2 ? s[2] : 0, n > 3 ? s[3] : 0, n, a, ka, b, kb);
}

START_TEST(decode_agrees_with_icu_on_every_short_sequence) {
  unsigned char s[4];
  for (unsigned x = 0; x < 256; x++) {
    s[0] = (unsigned char)x;
    same_as_icu(s, 1);
    for (unsigned y = 0; y < 256; y++) {
      s[1] = (unsigned char)y;
      same_as_icu(s, 2);
      if (x < 0xE0) continue; /* a third byte changes only longer leads */
      for (unsigned z = 0; z < 256; z++) {
        s[2] = (unsigned char)z;
        same_as_icu(s, 3);
      }
    }
  }
}
END_TEST

START_TEST(decode_agrees_with_icu_on_random_sequences) {
  unsigned char s[4];
  srand(11);
  for (int i = 0; i < 100000; i++) {
    s[0] = (unsigned char)(0xF0 + rand() % 8);
    for (int k = 1; k < 4; k++) s[k] = (unsigned char)(0x70 + rand() % 0x60);
    same_as_icu(s, 4);
    same_as_icu(s, 1 + (size_t)(rand() % 4));
  }
}
END_TEST

START_TEST(encode_round_trips_every_scalar_value) {
  char buf[4];
  for (uint32_t c = 0; c <= 0x10FFFF; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    size_t n = mt_utf8_encode(c, buf);
    ck_assert_uint_eq(n, (size_t)U8_LENGTH(c));
    uint32_t back;
    ck_assert_uint_eq(mt_utf8_decode((const unsigned char *)buf, n, &back), n);
    ck_assert_uint_eq(back, c);
  }
}
END_TEST

START_TEST(validation) {
  size_t bad = 99;
  ck_assert(mt_utf8_valid("Харків 200", strlen("Харків 200"), &bad));
  ck_assert(mt_utf8_valid("", 0, &bad));
  /* U+FFFD written in the text is valid; an ill-formed byte is not */
  ck_assert(mt_utf8_valid("a\xEF\xBF\xBD" "b", 5, &bad));
  ck_assert(!mt_utf8_valid("ab\xFF" "c", 4, &bad));
  ck_assert_uint_eq(bad, 2);
  ck_assert(!mt_utf8_valid("\xED\xA0\x80", 3, &bad)); /* a surrogate */
  ck_assert_uint_eq(bad, 0);
  ck_assert(!mt_utf8_valid("x\xC0\xAF", 3, &bad));    /* overlong */
  ck_assert_uint_eq(bad, 1);
  ck_assert(!mt_utf8_valid("xy\xE2\x82", 4, &bad));   /* cut short */
  ck_assert_uint_eq(bad, 2);
  ck_assert(!mt_utf8_valid("\xF4\x90\x80\x80", 4, NULL)); /* past U+10FFFF */
}
END_TEST

START_TEST(counting) {
  ck_assert_uint_eq(mt_utf8_count("", 0), 0);
  ck_assert_uint_eq(mt_utf8_count("Харків", strlen("Харків")), 6);
  ck_assert_uint_eq(mt_utf8_count("a\xFF\xFF" "b", 4), 4);
  /* an ill-formed subpart is one: E2 82 cut short counts once */
  ck_assert_uint_eq(mt_utf8_count("\xE2\x82", 2), 1);
  ck_assert_uint_eq(mt_utf8_count("\xF0\x9F\x98\x80!", 5), 2);
}
END_TEST

START_TEST(prefixes_cut_whole_characters) {
  const char *s = "Хар";  /* 2 bytes each */
  ck_assert_uint_eq(mt_utf8_prefix(s, 0), 0);
  ck_assert_uint_eq(mt_utf8_prefix(s, 1), 0);
  ck_assert_uint_eq(mt_utf8_prefix(s, 2), 2);
  ck_assert_uint_eq(mt_utf8_prefix(s, 3), 2);
  ck_assert_uint_eq(mt_utf8_prefix(s, 6), 6);
  ck_assert_uint_eq(mt_utf8_prefix(s, 100), 6);
  ck_assert_uint_eq(mt_utf8_prefix("\xF0\x9F\x98\x80x", 3), 0);
  ck_assert_uint_eq(mt_utf8_prefix("\xF0\x9F\x98\x80x", 4), 4);
  char msg[64];
  snprintf(msg, sizeof msg, "%.*s", MT_QUOTE("abc"));
  ck_assert_str_eq(msg, "abc");
}
END_TEST

int main(void) {
  Suite *s = suite_create("utf8");
  TCase *tc = tcase_create("utf8");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, decode_agrees_with_icu_on_every_short_sequence);
  tcase_add_test(tc, decode_agrees_with_icu_on_random_sequences);
  tcase_add_test(tc, encode_round_trips_every_scalar_value);
  tcase_add_test(tc, validation);
  tcase_add_test(tc, counting);
  tcase_add_test(tc, prefixes_cut_whole_characters);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
