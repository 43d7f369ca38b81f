/* Invariants.  MT_ASSERT(cond) states what the code around it relies on
 * (the preconditions the comments give, the bounds of an index): checked
 * in Debug, sanitizer and fuzzing builds, where the build defines
 * MILTAG_ASSERTS, and compiled out otherwise, where cond is not evaluated.
 * A failure is a bug in the library, never bad input (input errors are
 * statuses): it names the file, line and condition on standard error and
 * aborts. */
#ifndef MT_INVARIANT_H
#define MT_INVARIANT_H

#if defined(MILTAG_ASSERTS)
#if defined(__GNUC__)
__attribute__((noreturn, cold))
#endif
void mt_assert_fail(const char *cond, const char *file, int line);
#define MT_ASSERT(cond) ((cond) ? (void)0 : mt_assert_fail(#cond, __FILE__, __LINE__))
#else
#define MT_ASSERT(cond) ((void)0)
#endif

#endif
