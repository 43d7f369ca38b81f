/* What keeps the library portable: the 64x64 -> 128 multiply of the hash
 * (the native one where the compiler has it, four 32-bit products
 * elsewhere: both must agree), and the built-in lexicon embedded in the
 * library (by .incbin or as generated C: either way byte for byte the
 * image that miltag-mkimage wrote, MILTAG_TEST_IMAGE). */
#include <stdint.h>

#include "hash.h"
#include "testutil.h"

static uint64_t next(uint64_t *state) { /* splitmix64 */
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

START_TEST(mul128_agrees) {
  static const uint64_t edge[] = {0, 1, 2, 0xFFFFFFFFull, 0x100000000ull, 0xFFFFFFFFFFFFFFFFull,
                                  0x8000000000000000ull, 0xA0761D6478BD642Full,
                                  0xE7037ED1A0B428DBull, 0x00000001FFFFFFFFull};
  size_t ne = sizeof edge / sizeof edge[0];
  for (size_t i = 0; i < ne; i++)
    for (size_t j = 0; j < ne; j++) {
      uint64_t h1, h2, l1 = mt_mul128(edge[i], edge[j], &h1),
                       l2 = mt_mul128_portable(edge[i], edge[j], &h2);
      ck_assert_uint_eq(l1, l2);
      ck_assert_uint_eq(h1, h2);
    }
  /* known products */
  uint64_t hi, lo = mt_mul128_portable(0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull, &hi);
  ck_assert_uint_eq(hi, 0xFFFFFFFFFFFFFFFEull);
  ck_assert_uint_eq(lo, 1);
  lo = mt_mul128_portable(0x100000000ull, 0x100000000ull, &hi);
  ck_assert_uint_eq(hi, 1);
  ck_assert_uint_eq(lo, 0);
  uint64_t st = 42;
  for (int i = 0; i < 1000000; i++) {
    uint64_t a = next(&st), b = next(&st);
    if (i & 1) a >>= (a & 63);  /* short operands too */
    uint64_t h1, h2, l1 = mt_mul128(a, b, &h1), l2 = mt_mul128_portable(a, b, &h2);
    ck_assert_uint_eq(l1, l2);
    ck_assert_uint_eq(h1, h2);
  }
}
END_TEST

START_TEST(embedded_image_is_the_built_one) {
  FILE *f = fopen(MILTAG_TEST_IMAGE, "rb");
  ck_assert_msg(f != NULL, "cannot open %s", MILTAG_TEST_IMAGE);
  ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
  long size = ftell(f);
  ck_assert_int_gt(size, 0);
  rewind(f);
  unsigned char *want = malloc((size_t)size);
  ck_assert_ptr_nonnull(want);
  ck_assert_uint_eq(fread(want, 1, (size_t)size, f), (size_t)size);
  fclose(f);

  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const void *data;
  size_t n;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &n), MILTAG_OK);
  ck_assert_uint_eq(n, (size_t)size);
  ck_assert_int_eq(memcmp(data, want, n), 0);
  /* mapped in place, aligned as the image format needs */
  ck_assert_uint_eq((uintptr_t)data % 64, 0);
  miltag_lexicon_free(lex);
  free(want);
}
END_TEST

int main(void) {
  Suite *s = suite_create("portable");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, mul128_agrees);
  tcase_add_test(tc, embedded_image_is_the_built_one);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
