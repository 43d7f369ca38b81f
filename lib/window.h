/* The token window: what the matcher keeps of the sentence it is in, and
 * what the evidence module reads to judge the matches found there.  Token
 * and candidate indices are positions in the window (docs/design.md,
 * "Matching"). */
#ifndef MT_WINDOW_H
#define MT_WINDOW_H

#include <stddef.h>
#include <stdint.h>

#include "image.h"
#include "tokenize.h"

/* One token of the window.  The tokenizer writes its fields (up to
 * charset) as the mt_token `tok` straight into the window's array
 * (mt_tok_batch: no copy of it on the way); qclose and id lie in
 * mt_token.zero, which the tokenizer writes as 0 (qclose starts so), and
 * the scanner sets them after (match.c asserts the layout). */
typedef struct mt_stok {
  union {
    mt_token tok;         /* as the tokenizer wrote it */
    struct {
      size_t start, end;  /* bytes */
      uint32_t gapsig;    /* punctuation signature of the gap before it */
      uint16_t gap;       /* MILTAG_GAP_* */
      uint8_t flags;      /* MT_TOK_* */
      uint8_t lead_quote; /* mt_token's (the closing mark of the token before) */
      uint8_t charset;    /* mt_charset: what the normalizer may assume */
      uint16_t qclose;    /* bytes of a closing quotation mark right after */
      uint32_t id;        /* token id of the key, MT_NONE if not in the lexicon */
    };
  };
} mt_stok;

/* What made a candidate. */
typedef enum mt_cand_kind {
  MT_CAND_MATCH = 0,        /* a match of the trie */
  MT_CAND_DESIGNATION = 1,  /* inspection only: the rows of a number that
                               the designation rule keeps from starting a
                               match (reported, never judged or selected) */
  MT_CAND_PHRASE = 2        /* a phrase of the formation grammar: node is
                               its index in the window's phrases */
} mt_cand_kind;

/* A complete match: tokens [start, end] of the window (end inclusive)
 * reach a trie node with rows. */
typedef struct mt_cand {
  uint32_t start, end, node;
  uint8_t verdict;   /* miltag_verdict: the best of its rows (settle) */
  uint8_t kind;      /* mt_cand_kind */
  uint8_t tagged;    /* inspection: MT_TAGGED_* of its span */
  uint8_t num_at;    /* the token its {num} slot took, 1-based from start;
                        0: none (the path through the trie says which) */
  uint8_t name_at;   /* the same for {name} */
} mt_cand;

/* How an inspected candidate's span was selected. */
typedef enum mt_tagged {
  MT_TAGGED_NO = 0,
  MT_TAGGED_SURE = 1,      /* a tag of the rows that were accepted */
  MT_TAGGED_AMBIGUOUS = 2  /* a tag flagged MILTAG_TAG_AMBIGUOUS */
} mt_tagged;

struct mt_phrase;

/* A candidate of one token at a node of context rows alone that nothing
 * but the evidence of its token reads (match.c: push_hit): most of
 * English prose (the, of, in).  The matcher keeps it so, apart from the
 * candidates, in the order of its tokens; begin's first step gives the
 * token its node's roles, as it does for a candidate. */
typedef struct mt_ev_hit {
  uint32_t tok;  /* the token, in the window */
  uint32_t node; /* its trie node: no MT_NODE_TAGGABLE, MT_NODE_GRAM,
                    MT_NODE_SPORT nor MT_NODE_MILITARY */
} mt_ev_hit;

/* A one-token match at a node of flags `count` may be a hit unless
 * count has one of these. */
#define MT_EV_HIT_STOP (MT_NODE_TAGGABLE | MT_NODE_GRAM | MT_NODE_SPORT | MT_NODE_MILITARY)
#define MT_EV_HIT_NODE(count) (!((count) & MT_EV_HIT_STOP))

/* A read-only view of the window for the evidence module. */
typedef struct mt_window {
  const mt_image *img;
  const char *text;      /* the whole text of the scan */
  size_t text_len;
  const mt_stok *toks;
  size_t ntoks;
  unsigned next_gap;     /* MILTAG_GAP_* after the last token */
  const struct mt_phrase *phr; /* the grammar's phrases (MT_CAND_PHRASE) */
  size_t nphr;
  const mt_ev_hit *hits; /* the window's hits, by token */
  size_t nhits;
} mt_window;

#endif
