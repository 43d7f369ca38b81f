/* Branch hints for the per-token loops (match.c's run, the tokenizer's
 * window).  Without a profile GCC guesses which way a branch goes, and
 * lays the blocks it thinks rare far from the ones before them: a common
 * token's way through the loop then touched a dozen cache lines spread
 * over the function's 14 KB, which the evidence module evicts between
 * two lines of text.  MT_LIKELY(c) and MT_UNLIKELY(c) say which way the
 * text makes it go (each with the measured share where it is used), so
 * that the common way falls through and stays in a few lines.  They
 * change no result. */
#ifndef MT_HINT_H
#define MT_HINT_H

#if defined(__GNUC__)
#define MT_LIKELY(c) __builtin_expect(!!(c), 1)
#define MT_UNLIKELY(c) __builtin_expect(!!(c), 0)
#else
#define MT_LIKELY(c) (c)
#define MT_UNLIKELY(c) (c)
#endif

#endif
