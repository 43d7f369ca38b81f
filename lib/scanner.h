/* The object structs behind the public handles: the shared, immutable
 * lexicon and the per-thread scanner (private: only the library's own
 * files see their fields). */
#ifndef MT_SCANNER_H
#define MT_SCANNER_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "evidence.h"
#include "grammar.h"
#include "image.h"
#include "miltag_inspect.h"
#include "normalize.h"
#include "tokenize.h"
#include "window.h"

/* The shared, immutable lexicon. */
struct miltag_lexicon {
  miltag_allocator alloc;
  void *owned;          /* image bytes we allocated, or NULL (built-in) */
  mt_image img;
  mt_norm norm;
};

/* A live partial match: it started at window token `start` and has reached
 * trie node `node`; num_at and name_at are the tokens (1-based, from start;
 * 0: none) that its {num} and {name} slots took. */
typedef struct mt_state {
  uint32_t start, node;
  uint8_t num_at, name_at;
} mt_state;

/* Tokens kept per window before matches that cannot grow any more are
 * settled; a sentence longer than this is split for the evidence rules. */
#define MT_WINDOW_TOKENS 4096u
/* Live partial matches at one position: the built-in lexicon keeps at
 * most 4 alive on 45 MB of news, so this is a thousand times what a real
 * lexicon needs, and it bounds the work per token.  Past it the oldest
 * are dropped and the scan returns MILTAG_INCOMPLETE. */
#define MT_MAX_STATES 4096u
/* Complete matches waiting in the window for the partial ones that might
 * still beat them (16 tokens' worth at the cap of states).  Past it the
 * matches that can be settled are, and if that is not enough the oldest
 * partial matches are dropped (again MILTAG_INCOMPLETE): a lexicon of many
 * overlapping patterns must not make the window's memory grow with the
 * text. */
#define MT_MAX_CANDS 65536u

/* What a scan reports. */
typedef enum mt_scan_mode {
  MT_SCAN_TAGS = 0,       /* tags, to a miltag_callback (miltag_scan) */
  MT_SCAN_CANDIDATES = 1  /* every candidate with its verdict, to a
                             miltag_candidate_callback (miltag_candidates) */
} mt_scan_mode;

/* The token id of a recently seen word of at most 16 bytes, by its bytes
 * (match.c, lookup): running text repeats a few thousand words (the, of,
 * в, и, said, сказал), and a word's id depends on its bytes alone, so
 * neither the prefilter's hash nor the key need be found again.
 *
 * Two set-associative tables whose sets are one cache line each, so that
 * a probe touches one line (a hit trades places with way 0; a new word
 * goes to way 0 and pushes the others down, the last one out):
 * the first 8 MB of en.txt miss the cache for 4.5% of their words where
 * one direct-mapped table of 8192 slots of 24 bytes missed for 15.9%
 * (ru.txt: 13.8% and 18.7%; words of at most 16 bytes, simulated),
 * and every miss costs the prefilter's probe and often a key's lookup in
 * the image, both out of the core's caches.
 *
 * Words of 1-8 bytes (90% of English words, 57% of Russian): the word is
 * its first eight bytes in memory order with zeros after it, as the words
 * the cache takes (plain ASCII or plain Cyrillic tokens) have no zero
 * byte; 0 is an empty way.  Words of 9-16 bytes, three ways a set: their
 * first and last eight bytes and their length (len 0: empty). */
#define MT_IDC_WAYS 5
typedef struct mt_idc_set {
  uint64_t w[MT_IDC_WAYS];
  uint32_t id[MT_IDC_WAYS];
  uint32_t pad;
} mt_idc_set;

#define MT_IDC_LWAYS 3
typedef struct mt_idc_lset {
  uint64_t w0[MT_IDC_LWAYS], w1[MT_IDC_LWAYS];
  uint32_t id[MT_IDC_LWAYS];
  uint8_t len[MT_IDC_LWAYS];
  uint8_t pad;
} mt_idc_lset;

/* Sets of each table: 256 KB of short words and 128 KB of long ones a
 * scanner, in a core's L2 (2048 sets of short words miss for 7.2% of
 * English words, 4096 for 5.0%; 4096 sets of long ones gain Russian
 * little and take more of the L2 than they save). */
#define MT_IDC_BITS 12
#define MT_IDC_SETS (1u << MT_IDC_BITS)
#define MT_IDC_LBITS 11
#define MT_IDC_LSETS (1u << MT_IDC_LBITS)

/* A new scanner caches no word until its texts come to MT_IDC_AFTER
 * bytes (a text that long turns the cache on before it is scanned).  The
 * tables come zeroed from calloc, which leaves their pages untouched, and
 * a page is faulted in when a word first reaches it, twice over (read,
 * then written): a one-line run of ten words reached twenty of the 96 (a
 * page fault costs 15 us on the machine of docs/performance.md), for
 * hardly a hit, as a short text repeats few words. */
#define MT_IDC_AFTER 1024u

struct miltag_scanner {
  const miltag_lexicon *lex;
  const mt_image *img;
  miltag_allocator a;
  atomic_int busy;          /* 1 while a call uses the scanner */
  mt_tokenizer tok;
  mt_norm_scratch ns;
  mt_buf key;
  mt_idc_set *idc;          /* MT_IDC_SETS sets, aligned to 64 bytes, in
                               the scanner's allocation after the struct */
  mt_idc_lset *idcl;        /* MT_IDC_LSETS sets, after them */
  size_t idc_len;           /* the longest word cached: 16, or 0 until
                               idc_seen, the bytes of the scanner's texts
                               (capped), comes to MT_IDC_AFTER */
  size_t idc_seen;
  uint32_t name_node;       /* mt_image_name_node */
  int name_fast;            /* the lexicon allows match.c's name_step */
  uint32_t name_start;      /* the {Name} node's count and flags, 0 if
                               there is none (match.c, start_step) */
  int ends_fast;            /* match.c's all_end may end live matches */
  int name_slots;           /* a slot's token ({num}, {Name}, a word of a
                               quoted name) may follow the {Name} node */
  uint32_t name_slot_bits;  /* their MT_NODE_SLOT_* bits */
  int name_word;            /* a further word of a quoted name may follow
                               the {Name} node (match.c, plain_ends) */
  uint64_t name_bloom[64];  /* bits of the tokens that follow it (162 in
                               the built-in lexicon: 4% of the bits) */

  mt_stok *toks;
  size_t ntoks, cap_toks;
  mt_state *act, *nxt;
  size_t nact, cap_act, cap_nxt;
  /* A one-word match of no slot (the, of: a context word that begins
   * longer terms, The Hague) kept aside instead of as a live state
   * (match.c, key_step and start_step): only a key can take an edge from
   * its node (it has no MT_NODE_SLOT_* bit), so it becomes act[0], before
   * the live matches its token started ({Name}, number slots), only when
   * the token right after it is a key, and the plain words after it pass
   * as where it is not alive.  pend_next: the window index of that token
   * (the match's token + 1), 0 for none; pend_node: its node. */
  uint32_t pend_next, pend_node;
  uint32_t pend_stop;       /* the node bits that keep a match from being
                               kept aside (MT_NODE_SLOTS; all where not
                               ends_fast) */
#ifdef MILTAG_ASSERTS
  /* (assert builds: the check of pend_take's order) step's live states
   * after the token of the match kept aside, that match's among them:
   * key_step and start_step write them, and pend_take asserts that act is
   * them, in the same order, where it puts the match back.  pend_live_at:
   * the pend_next they belong to. */
  mt_state pend_live[4];
  size_t pend_nlive;
  uint32_t pend_live_at;
#endif
  mt_cand *cands;
  size_t ncands, cap_cands;
  mt_ev_hit *hits;          /* the candidates kept as hits (push_hit):
                               nine in ten of English; they count towards
                               MT_MAX_CANDS all the same */
  size_t nhits, cap_hits;
  uint32_t hit_stop;        /* the node flags that keep a candidate from
                               being a hit: MT_EV_HIT_STOP, or all of them
                               when candidates are inspected (all reported) */
  uint32_t *picks;          /* the indices of the candidates that settle
                               judges, in order: all but the matches at a
                               node of context rows alone (no
                               MT_NODE_TAGGABLE), most of them */
  size_t npicks, cap_picks;
  uint32_t cand_bits;       /* MT_NODE_* of the window's candidates, or'ed;
                               MT_NODE_GRAM only from a class word that
                               gives the grammar work (mt_gram_node_works);
                               only MT_NODE_GRAM and MT_NODE_TAGGABLE are
                               read, and a node of neither may add none */
  uint32_t *ents;           /* candidate entries of the tag being emitted */
  size_t cap_ents;
  uint32_t *rows;           /* rows passing the filters (scratch) */
  size_t cap_rows;
  uint32_t *more;           /* place rows that lack only evidence (scratch) */
  size_t cap_more;
  uint32_t *eset;           /* hash set of the entries of one tag (scratch) */
  size_t cap_eset;
  mt_buf count_key;         /* keys of the tokens around a casualty tag */
  mt_ev_scratch ev;         /* the evidence module's */
  mt_cand *icands;          /* inspection: a window's candidates as found */
  size_t cap_icands;
  mt_gram_scratch gram;     /* the formation grammar's */
  mt_cand *sel;             /* the candidates a window selects among */
  size_t cap_sel;
  struct mt_verdict_memo {  /* mt_ev_row's verdicts in the window being
                               settled (match.c, row_verdict) */
    uint32_t gen, row, start, end;
    uint8_t num_at, name_at, verdict, why;
  } vmemo[64];
  uint32_t vgen;            /* the settle the memo's entries are of */

  /* per scan */
  const char *text;
  size_t text_len;
  unsigned flags;
  mt_scan_mode mode;
  miltag_callback cb;
  miltag_candidate_callback ccb;
  void *cb_ctx;
  size_t last_end;          /* byte end of the last selected tag */
  size_t last_end_amb;      /* the same among ambiguous candidates */
  int incomplete;           /* partial matches were dropped at a cap */
};

/* A scanner's allocation: the struct, then the word cache's tables.  One
 * block of 420 KB, which calloc takes fresh from the kernel, zeroed
 * without being written: a scan faults in only the pages it reaches (a
 * one-line run a few of the struct's eleven, where the struct alone came
 * from the heap and was zero-filled whole). */
#define MT_SCANNER_BYTES \
  (sizeof(struct miltag_scanner) + 64 + MT_IDC_SETS * sizeof(mt_idc_set) + \
   MT_IDC_LSETS * sizeof(mt_idc_lset))

#endif
