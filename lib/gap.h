/* Separators ("gaps"): how two tokens may be joined.  The one home of the
 * separator rule of docs/lexicon.md ("How a term is matched"): the
 * tokenizer describes the gap before each token (MILTAG_GAP_* bits and a
 * signature of its punctuation); the compiler stores how a term joins two
 * of its tokens as the gap kind of a trie edge (mt_gap_term_kind); the
 * matcher asks which edge kinds a gap of the text satisfies
 * (mt_gap_text_kinds).
 *
 *   the term has               edge kind      the text may have
 *   nothing (200х)             JOINED         nothing, or dashes only
 *   space, hyphen, quotes      SOFT           the above, spaces, quotes
 *   other punctuation (в/ч)    signature      that punctuation exactly
 *                                             (spaces, dashes, quotes free)
 */
#ifndef MT_GAP_H
#define MT_GAP_H

#include <stddef.h>
#include <stdint.h>

#include "invariant.h"
#include "miltag_inspect.h"

/* Gap kinds of trie edges.  Any value from MT_GAPK_SIG_MIN up is a
 * punctuation signature: the tokenizer never gives a smaller one. */
typedef enum mt_gap_kind {
  MT_GAPK_JOINED = 0,    /* nothing between the two tokens in the term */
  MT_GAPK_SOFT = 1,      /* spaces, hyphens or quotes in the term */
  MT_GAPK_SIG_MIN = 2
} mt_gap_kind;

/* A punctuation signature as a gap kind: at least MT_GAPK_SIG_MIN. */
static inline uint32_t mt_gap_signature(uint32_t hash) {
  return hash < MT_GAPK_SIG_MIN ? hash + MT_GAPK_SIG_MIN : hash;
}

/* The edge kind of a term's gap (bits: MILTAG_GAP_*, sig its signature). */
static inline uint32_t mt_gap_term_kind(unsigned bits, uint32_t sig) {
  MT_ASSERT(!(bits & MILTAG_GAP_PUNCT) || sig >= MT_GAPK_SIG_MIN);
  if (bits & MILTAG_GAP_PUNCT) return sig;
  if (bits == MILTAG_GAP_NONE) return MT_GAPK_JOINED;
  return MT_GAPK_SOFT;
}

/* The edge kinds a gap of the text satisfies, into kinds[0..2); returns
 * how many (1 or 2). */
static inline size_t mt_gap_text_kinds(unsigned bits, uint32_t sig, uint32_t kinds[2]) {
  MT_ASSERT(bits != 0 && (!(bits & MILTAG_GAP_PUNCT) || sig >= MT_GAPK_SIG_MIN));
  if (bits & MILTAG_GAP_PUNCT) {
    kinds[0] = sig;
    return 1;
  }
  if (bits & (MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE | MILTAG_GAP_BREAK)) {
    kinds[0] = MT_GAPK_SOFT;
    return 1;
  }
  kinds[0] = MT_GAPK_JOINED; /* nothing, or dashes only */
  kinds[1] = MT_GAPK_SOFT;
  return 2;
}

#endif
