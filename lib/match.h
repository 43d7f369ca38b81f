/* Matcher: walks the lexicon trie over the scanner's tokens in one
 * left-to-right pass, collects every match of a sentence, applies the
 * evidence rules (ambiguous and capitalized rows), and selects
 * leftmost-longest, non-overlapping tags (docs/design.md). */
#ifndef MT_MATCH_H
#define MT_MATCH_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "image.h"
#include "miltag.h"
#include "normalize.h"
#include "tokenize.h"

/* The shared, immutable lexicon. */
struct miltag_lexicon {
  miltag_allocator alloc;
  void *owned;          /* image bytes we allocated, or NULL (built-in) */
  mt_image img;
  mt_norm norm;
};

typedef struct mt_stok {
  size_t start, end;    /* bytes */
  uint32_t id;          /* token id of the key, MT_NONE if not in the lexicon */
  uint32_t gapsig;
  uint16_t gap, flags;  /* MILTAG_GAP_*, MT_TOK_* */
  uint16_t qclose;      /* bytes of a closing quotation mark right after */
} mt_stok;

typedef struct mt_state {
  uint32_t start, node;
} mt_state;

typedef struct mt_cand {
  uint32_t start, end, node;  /* window token indices (end inclusive) */
  uint32_t amb;               /* 1: only ambiguous rows lacked evidence */
} mt_cand;

/* Tokens kept per window before matches that cannot grow any more are
 * settled; a sentence longer than this is split for the evidence rules. */
#define MT_WINDOW_TOKENS 4096u
/* Live partial matches at one position: the built-in lexicon keeps at
 * most 4 alive on 45 MB of news, so this is a thousand times what a real
 * lexicon needs, and it bounds the work per token.  Past it the oldest
 * are dropped and the scan returns MILTAG_INCOMPLETE. */
#define MT_MAX_STATES 4096u
/* Complete matches waiting in the window for the partial ones that might
 * still beat them (16 tokens' worth at the cap of states).  Past it the matches that can be settled are, and if
 * that is not enough the oldest partial matches are dropped (again
 * MILTAG_INCOMPLETE): a lexicon of many overlapping patterns must not
 * make the window's memory grow with the text. */
#define MT_MAX_CANDS 65536u

struct miltag_scanner {
  const miltag_lexicon *lex;
  const mt_image *img;
  miltag_allocator a;
  atomic_int busy;
  mt_tokenizer tok;
  mt_norm_scratch ns;
  mt_buf key;

  mt_stok *toks;
  size_t ntoks, cap_toks;
  mt_state *act, *nxt;
  size_t nact, cap_act, cap_nxt;
  mt_cand *cands;
  size_t ncands, cap_cands;
  uint32_t *ents;           /* candidate entries of the tag being emitted */
  size_t cap_ents;
  uint32_t *rows;           /* rows passing the filters (scratch) */
  size_t cap_rows;
  uint32_t *eset;           /* hash set of the entries of one tag (scratch) */
  size_t cap_eset;
  mt_buf attrs;             /* attributes of a {num} tag: entry's + number= */
  mt_buf count_key;         /* keys of the tokens around a casualty tag */

  /* per scan */
  const char *text;
  size_t text_len;
  unsigned flags;
  miltag_callback cb;
  void *cb_ctx;
  size_t last_end;          /* byte end of the last selected tag */
  size_t last_end_amb;      /* the same among ambiguous candidates */
  int incomplete;           /* partial matches were dropped at a cap */
};

int mt_scanner_init(miltag_scanner *s, const miltag_lexicon *lex);
void mt_scanner_fini(miltag_scanner *s);

/* Run one scan (the caller holds the busy flag). */
int mt_scan_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                miltag_callback cb, void *ctx);

/* Report every token with its key (miltag_tokens). */
int mt_tokens_run(miltag_scanner *s, const char *text, size_t len,
                  miltag_token_callback cb, void *ctx);

#endif
