/* MT_ASSERT (lib/invariant.h): on in Debug, sanitizer and fuzzing builds,
 * where a broken invariant aborts; compiled out elsewhere, where its
 * condition is not even evaluated.  The build says which it expects
 * (MILTAG_EXPECT_ASSERTS), so that a sanitizer run without them fails. */
#include <signal.h>

#include "testutil.h"

#include "invariant.h"
#include "utf8.h"

START_TEST(asserts_as_the_build_expects) {
#if defined(MILTAG_EXPECT_ASSERTS) && !defined(MILTAG_ASSERTS)
  ck_abort_msg("this build must check the invariants (MILTAG_ASSERTS)");
#endif
#if defined(MILTAG_ASSERTS)
  fprintf(stderr, "invariants are checked in this build\n");
#else
  fprintf(stderr, "invariants are compiled out in this build\n");
#endif
}
END_TEST

#if defined(MILTAG_ASSERTS)
/* a precondition broken on purpose: mt_utf8_decode needs n >= 1 */
START_TEST(a_broken_invariant_aborts) {
  uint32_t cp;
  mt_utf8_decode((const unsigned char *)"x", 0, &cp);
  ck_abort_msg("not reached");
}
END_TEST
#else
static int evaluated;
static int side_effect(void) { return ++evaluated; }

START_TEST(compiled_out_costs_nothing) {
  MT_ASSERT(side_effect() == 0);
  ck_assert_int_eq(evaluated, 0);
}
END_TEST
#endif

int main(void) {
  Suite *s = suite_create("invariant");
  TCase *tc = tcase_create("invariant");
  tcase_add_test(tc, asserts_as_the_build_expects);
#if defined(MILTAG_ASSERTS)
  tcase_add_test_raise_signal(tc, a_broken_invariant_aborts, SIGABRT);
#else
  tcase_add_test(tc, compiled_out_costs_nothing);
#endif
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
