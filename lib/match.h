/* Matcher: walks the lexicon trie over the scanner's tokens in one
 * left-to-right pass, collects every match of a sentence, has the evidence
 * module judge them (evidence.h), and selects leftmost-longest,
 * non-overlapping tags (docs/design.md).  The structs are in scanner.h. */
#ifndef MT_MATCH_H
#define MT_MATCH_H

#include <stddef.h>

#include "miltag_inspect.h"
#include "scanner.h"

/* Set up s, MT_SCANNER_BYTES that the caller has zeroed (mt_calloc: the
 * word cache's tables follow the struct).  On failure the caller still
 * calls mt_scanner_fini. */
int mt_scanner_init(miltag_scanner *s, const miltag_lexicon *lex);
void mt_scanner_fini(miltag_scanner *s);

/* Run one scan (the caller holds the busy flag). */
int mt_scan_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                miltag_callback cb, void *ctx);

/* Report every candidate with its verdict (miltag_candidates; the caller
 * holds the busy flag). */
int mt_candidates_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                      miltag_candidate_callback cb, void *ctx);

/* Report every token with its key (miltag_tokens). */
int mt_tokens_run(miltag_scanner *s, const char *text, size_t len,
                  miltag_token_callback cb, void *ctx);

/* Split candidates c[0..n) for a partial flush: those that start before
 * token keep (final) first, the others after them, each group in its
 * order; returns how many are final.  rest: scratch room for n
 * candidates. */
size_t mt_cands_split(mt_cand *c, size_t n, uint32_t keep, mt_cand *rest);

#endif
