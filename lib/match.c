#include "match.h"
#include "invariant.h"

#include <stddef.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "count.h"
#include "evidence.h"
#include "gap.h"
#include "hint.h"
#include "prefilter.h"
#include "sort.h"
#include "utf8.h"

int mt_scanner_init(miltag_scanner *s, const miltag_lexicon *lex) {
  MT_ASSERT(s->lex == NULL && s->idc == NULL); /* zeroed by the caller */
  s->lex = lex;
  s->img = &lex->img;
  s->hit_stop = MT_EV_HIT_STOP;
  s->a = lex->alloc;
  atomic_init(&s->busy, 0);
  _Static_assert(sizeof(mt_idc_set) == 64 && sizeof(mt_idc_lset) == 64, "a set is a cache line");
  s->idc = (mt_idc_set *)(((uintptr_t)(s + 1) + 63) & ~(uintptr_t)63);
  s->idcl = (mt_idc_lset *)(s->idc + MT_IDC_SETS);
  MT_ASSERT((const char *)(s->idcl + MT_IDC_LSETS) <= (const char *)s + MT_SCANNER_BYTES);
  /* name_step's shortcut holds when the {Name} node ends no term, and
   * neither a name nor a further word of a quoted one follows it, nor
   * starts a term as a word */
  const mt_img_header *h = s->img->h;
  for (uint32_t k = 0; k < h->n_name_follow; k++) {
    uint32_t b = (uint32_t)((s->img->name_follow[k] * 0x9E3779B1u) >> 20);
    s->name_bloom[b >> 6] |= 1ull << (b & 63);
  }
  s->name_node = mt_image_name_node(s->img);
  s->name_start = h->name_token != MT_NONE && s->name_node != MT_NONE
                      ? s->img->nodes[s->name_node].count
                      : 0;
  s->name_fast = s->name_node != MT_NONE && !MT_NODE_COUNT(&s->img->nodes[s->name_node]) &&
                 !mt_image_name_follows(s->img, h->name_token) &&
                 (h->word_token == MT_NONE || (!mt_image_name_follows(s->img, h->word_token) &&
                                               s->img->root[h->word_token] == MT_NONE));
  /* all_end's shortcut: which slots' tokens follow the {Name} node? */
  s->name_slot_bits = 0;
  if (s->name_node != MT_NONE) {
    const uint32_t slots[4] = {h->num_token, h->num2_token, h->name_token, h->word_token};
    for (int k = 0; k < 4; k++)
      if (slots[k] != MT_NONE && mt_image_name_follows(s->img, slots[k]))
        s->name_slot_bits |= mt_image_slot_bit(h, slots[k]);
  }
  s->name_slots = s->name_slot_bits != 0;
  /* plain_ends's shortcut: may a further word of a quoted name follow
   * the {Name} node? (the lexicon's answer, asked once) */
  s->name_word = s->name_node != MT_NONE && h->word_token != MT_NONE &&
                 mt_image_name_follows(s->img, h->word_token);
  /* all_end's shortcut: the ids that token_ids gives only while a match
   * is alive (a further word of a quoted name) start nothing */
  s->ends_fast = h->word_token == MT_NONE || s->img->root[h->word_token] == MT_NONE;
  /* key_step keeps a match aside at a node of none of these bits (all of
   * them, an inner node's among them, where all_end may not end one) */
  s->pend_stop = s->ends_fast ? MT_NODE_SLOTS : ~0u;
  return mt_tok_open(&s->tok);
}

void mt_scanner_fini(miltag_scanner *s) {
  const miltag_allocator *a = &s->a;
  mt_tok_close(&s->tok);
  mt_norm_scratch_free(a, &s->ns);
  mt_buf_free(a, &s->key);
  mt_free(a, s->toks);
  mt_free(a, s->act);
  mt_free(a, s->nxt);
  mt_free(a, s->cands);
  mt_free(a, s->hits);
  mt_free(a, s->picks);
  mt_free(a, s->ents);
  mt_free(a, s->rows);
  mt_free(a, s->more);
  mt_free(a, s->eset);
  mt_buf_free(a, &s->count_key);
  mt_ev_scratch_free(a, &s->ev);
  mt_free(a, s->icands);
  mt_gram_scratch_free(a, &s->gram);
  mt_free(a, s->sel);
}

/* ------------------------------------------------------------ stepping */

/* The live states that the shortcuts write without a test of room:
 * start_step's four at most (a key, two number slots, a {Name}), one of
 * key_step and name_step.  Where start_step keeps its key's match aside
 * it leaves three live at most ({num}, {num2}, {Name}), and pend_take
 * adds that one back: four again (its assert nact < FAST_STATES before
 * it adds).  run reserves them in both arrays (step trades the two) once
 * a scan. */
#define FAST_STATES 4u

#ifdef MILTAG_ASSERTS
_Static_assert(sizeof ((miltag_scanner *)0)->pend_live / sizeof(mt_state) == FAST_STATES,
               "pend_live holds the live states of one token's start");
/* step's live states after token i, s->act[0..n), the match kept aside
 * among them: pend_take checks against them where it puts that match
 * back (scanner.h: pend_live). */
static void pend_live_note(miltag_scanner *s, uint32_t i, size_t n) {
  MT_ASSERT(n >= 1 && n <= FAST_STATES);
  memcpy(s->pend_live, s->act, n * sizeof *s->act);
  s->pend_nlive = n;
  s->pend_live_at = i + 1;
}
#endif

static int push_state(miltag_scanner *s, size_t *n, mt_state st) {
  MT_ASSERT(st.node != 0 && st.node < s->img->h->n_nodes && st.start < s->ntoks);
  MT_ASSERT(st.num_at <= MT_MAX_TERM_TOKENS && st.name_at <= MT_MAX_TERM_TOKENS);
  if (*n >= s->cap_nxt &&
      mt_reserve(&s->a, (void **)&s->nxt, &s->cap_nxt, *n + 1, sizeof(mt_state)))
    return MILTAG_E_NOMEM;
  s->nxt[(*n)++] = st;
  return 0;
}

/* The MT_NODE_* bits that a candidate at node adds to s->cand_bits:
 * MT_NODE_GRAM only if the class word gives the grammar work. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t gram_bits(miltag_scanner *s, uint32_t node, uint32_t bits) {
  return mt_gram_node_works(&s->gram, s->img, node) ? bits : bits & ~MT_NODE_GRAM;
}

/* Add candidate index k to s->picks. */
static int push_pick(miltag_scanner *s, size_t k) {
  MT_ASSERT(k < s->ncands && mt_ev_judged(s->img, &s->cands[k]) &&
            (!s->npicks || s->picks[s->npicks - 1] < k));
  if (s->npicks >= s->cap_picks &&
      mt_reserve(&s->a, (void **)&s->picks, &s->cap_picks, s->npicks + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  s->picks[s->npicks++] = (uint32_t)k;
  return 0;
}

/* s->picks again, of the candidates as they lie now. */
static int find_picks(miltag_scanner *s) {
  s->npicks = 0;
  for (size_t k = 0; k < s->ncands; k++)
    if (mt_ev_judged(s->img, &s->cands[k]) && push_pick(s, k)) return MILTAG_E_NOMEM;
  return 0;
}

/* Keep the candidate that token i alone makes at node c (no slot taken)
 * as a hit, if it may be one (none of s->hit_stop in the node's flags
 * `count`): 1 if kept, 0 if not, or MILTAG_E_NOMEM. */
static inline int push_hit(miltag_scanner *s, uint32_t i, uint32_t c, uint32_t count) {
  MT_ASSERT(s->hit_stop == (s->mode == MT_SCAN_CANDIDATES ? ~0u : MT_EV_HIT_STOP));
  if (count & s->hit_stop) return 0;
  MT_ASSERT(!s->nhits || s->hits[s->nhits - 1].tok <= i);
  if (MT_UNLIKELY(s->nhits >= s->cap_hits) &&
      mt_reserve(&s->a, (void **)&s->hits, &s->cap_hits, s->nhits + 1, sizeof(mt_ev_hit)))
    return MILTAG_E_NOMEM;
  s->hits[s->nhits++] = (mt_ev_hit){i, c};
  return 1;
}

static inline int push_cand(miltag_scanner *s, const mt_state *st, uint32_t end, mt_cand_kind kind) {
  MT_ASSERT(st->start <= end && end < s->ntoks && st->node < s->img->h->n_nodes);
  if (kind == MT_CAND_MATCH && st->start == end && !st->num_at && !st->name_at) {
    int rc = push_hit(s, end, st->node, s->img->nodes[st->node].count);
    if (rc) return rc > 0 ? 0 : rc;
  }
  if (s->ncands >= s->cap_cands &&
      mt_reserve(&s->a, (void **)&s->cands, &s->cap_cands, s->ncands + 1, sizeof(mt_cand)))
    return MILTAG_E_NOMEM;
  s->cands[s->ncands++] = (mt_cand){st->start, end, st->node, MILTAG_REJECT, (uint8_t)kind,
                                    MT_TAGGED_NO, st->num_at, st->name_at};
  const mt_img_node *nd = &s->img->nodes[st->node];
  uint32_t bits = nd->count;
  /* the node's rows, which the evidence reads when the window is
   * settled: one link fewer of the chain node -> row -> entry to wait
   * for then */
  __builtin_prefetch(&s->img->matches[nd->first]);
  /* (the window's first class word that may give the grammar work) */
  if (bits & ~s->cand_bits & MT_NODE_GRAM) bits = gram_bits(s, st->node, bits);
  s->cand_bits |= bits;
  /* (mt_ev_judged, by the bits at hand) */
  MT_ASSERT((((bits & MT_NODE_TAGGABLE) || kind != MT_CAND_MATCH) != 0) ==
            (mt_ev_judged(s->img, &s->cands[s->ncands - 1]) != 0));
  if (((bits & MT_NODE_TAGGABLE) || kind != MT_CAND_MATCH) && push_pick(s, s->ncands - 1))
    return MILTAG_E_NOMEM;
  return 0;
}

/* push_cand of the candidate that token i alone makes at node c (nd),
 * no slot taken, as key_step finds it: most are context words (the, of,
 * in; nine of ten candidates of English prose), whose node has neither
 * of the bits of s->cand_bits that settle reads (MT_NODE_TAGGABLE,
 * MT_NODE_GRAM): for them a hit (push_hit: most), or the candidate's
 * store and the prefetch of its rows (the evidence reads them) alone. */
static inline int push_key_cand(miltag_scanner *s, uint32_t i, uint32_t c, const mt_img_node *nd) {
  MT_ASSERT(i < s->ntoks && &s->img->nodes[c] == nd && MT_NODE_COUNT(nd));
  uint32_t bits = nd->count;
  if (MT_UNLIKELY(bits & (MT_NODE_TAGGABLE | MT_NODE_GRAM))) {
    const mt_state st = {i, c, 0, 0};
    return push_cand(s, &st, i, MT_CAND_MATCH);
  }
  int rc = push_hit(s, i, c, bits);
  if (rc) return rc > 0 ? 0 : rc;
  if (MT_UNLIKELY(s->ncands >= s->cap_cands) &&
      mt_reserve(&s->a, (void **)&s->cands, &s->cap_cands, s->ncands + 1, sizeof(mt_cand)))
    return MILTAG_E_NOMEM;
  s->cands[s->ncands++] =
      (mt_cand){i, i, c, MILTAG_REJECT, (uint8_t)MT_CAND_MATCH, MT_TAGGED_NO, 0, 0};
  __builtin_prefetch(&s->img->matches[nd->first]);
  return 0;
}

/* The state that follows st over token i by the edge of token id `id` to
 * node `child`: a slot's token records where the slot was taken. */
static mt_state follow(const miltag_scanner *s, const mt_state *st, uint32_t i, uint32_t id,
                       uint32_t child) {
  const mt_img_header *h = s->img->h;
  mt_state n = *st;
  uint8_t pos = (uint8_t)(i - st->start + 1);
  n.node = child;
  if (!n.num_at && (id == h->num_token || id == h->num2_token)) n.num_at = pos;
  if (!n.name_at && id == h->name_token) n.name_at = pos;
  return n;
}

/* The closing mark after the token before token i, the newest (the
 * token before's qclose): the mark that token i leads with, which run
 * has just given it, read from the token at hand. */
static inline unsigned qclose_before(const miltag_scanner *s, uint32_t i) {
  MT_ASSERT(i < s->ntoks && (i ? s->toks[i].lead_quote : 0) == (i ? s->toks[i - 1].qclose : 0));
  return i ? s->toks[i].lead_quote : 0;
}

/* qclose_before where a match is alive at token i, t (run's token, in a
 * register: no load of s->toks): a live match began before it, so i > 0. */
static inline unsigned qclose_live(const miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(s->nact && i > 0 && t == &s->toks[i] && t->lead_quote == qclose_before(s, i));
  (void)s, (void)i;
  return t->lead_quote;
}

/* A token stands for its own key and, if it is a number, for the number
 * slots of patterns; a word, for the words of a quoted {name}: the first
 * right after an opening quotation mark, the others only inside the
 * quotation (not after a word that a closing mark follows, and not after
 * a quotation mark that does not open one: «Ахмат» сказал «всё» is one
 * name).  prev_qclose: the closing mark after the token before t. */
static size_t token_ids(const miltag_scanner *s, const mt_stok *t, unsigned prev_qclose,
                        uint32_t ids[5]) {
  size_t n = 0;
  const mt_img_header *h = s->img->h;
  if (t->id != MT_NONE) ids[n++] = t->id;
  if (t->flags & MT_TOK_DIGITS) {
    if (h->num_token != MT_NONE) ids[n++] = h->num_token;
    if (h->num2_token != MT_NONE && t->end - t->start >= 2) ids[n++] = h->num2_token;
  }
  if (t->flags & MT_TOK_LETTERS) {
    /* a name starts with a capital; whether it must be quoted is the
     * row's ({name} or {Name}: the evidence module checks) */
    if (h->name_token != MT_NONE && (t->flags & MT_TOK_CAP)) ids[n++] = h->name_token;
    if (h->word_token != MT_NONE && s->nact && !prev_qclose &&
        (!(t->gap & MILTAG_GAP_QUOTE) || (t->flags & MT_TOK_QOPEN)))
      ids[n++] = h->word_token;
  }
  MT_ASSERT(n <= 5); /* the callers' ids[5] */
  return n;
}

/* May token follow the {Name} node?  A bit of s->name_bloom first: most
 * tokens are turned away without the binary search. */
static inline int name_follows(const miltag_scanner *s, uint32_t token) {
  uint32_t b = (uint32_t)((token * 0x9E3779B1u) >> 20);
  return ((s->name_bloom[b >> 6] >> (b & 63)) & 1) && mt_image_name_follows(s->img, token);
}

/* Can any live partial match go on over token t? */
static int any_continues(const miltag_scanner *s, const mt_stok *t) {
  uint32_t ids[5], kinds[2];
  unsigned pq = s->ntoks ? s->toks[s->ntoks - 1].qclose : 0;
  size_t nids = token_ids(s, t, pq, ids), nk = mt_gap_text_kinds(t->gap, t->gapsig, kinds);
  for (size_t k = 0; k < s->nact; k++)
    for (size_t d = 0; d < nids; d++) {
      if (!mt_image_edge_maybe(s->img, s->act[k].node, ids[d])) continue;
      for (size_t g = 0; g < nk; g++)
        if (mt_image_edge(s->img, s->act[k].node, ids[d], kinds[g]) != MT_NONE) return 1;
    }
  return 0;
}

/* Advance every live partial match over token i and start new ones. */
static int step(miltag_scanner *s, uint32_t i) {
  MT_ASSERT(i + 1 == s->ntoks); /* the newest token */
  const mt_image *img = s->img;
  const mt_stok *t = &s->toks[i];
  uint32_t ids[5], kinds[2];
  size_t nids = token_ids(s, t, qclose_before(s, i), ids);
  size_t n = 0;
  int rc;
  if (nids) {
    size_t nk = mt_gap_text_kinds(t->gap, t->gapsig, kinds);
    for (size_t k = 0; k < s->nact; k++) {
      const mt_state *st = &s->act[k];
      if (i - st->start >= MT_MAX_TERM_TOKENS) continue;
      for (size_t d = 0; d < nids; d++) {
        /* a {Name} (every capitalized word) goes on only by a few words;
         * elsewhere no probe where the node has no slot bit or the filter
         * no bit of the pair */
        if (st->node == s->name_node ? !name_follows(s, ids[d])
                                     : !mt_image_edge_maybe(img, st->node, ids[d]))
          continue;
        for (size_t g = 0; g < nk; g++) {
          uint32_t c = mt_image_edge(img, st->node, ids[d], kinds[g]);
          if (c != MT_NONE && (rc = push_state(s, &n, follow(s, st, i, ids[d], c)))) return rc;
        }
      }
    }
    /* where a match may start is the evidence module's to say */
    mt_start starts = mt_ev_start(t);
    const mt_state root = {i, 0, 0, 0};
    if (starts == MT_START_YES) {
      for (size_t d = 0; d < nids; d++) {
        uint32_t c = img->root[ids[d]];
        if (c != MT_NONE && (rc = push_state(s, &n, follow(s, &root, i, ids[d], c)))) return rc;
      }
    } else if (starts == MT_START_DESIGNATION && s->mode == MT_SCAN_CANDIDATES) {
      /* shown, not matched: the rows this number alone would have */
      for (size_t d = 0; d < nids; d++) {
        uint32_t c = img->root[ids[d]];
        mt_state alone = {i, c, 0, 0};
        if (c != MT_NONE && MT_NODE_COUNT(&img->nodes[c]) &&
            (rc = push_cand(s, &alone, i, MT_CAND_DESIGNATION)))
          return rc;
      }
    }
    /* record complete matches; keep only states that can still grow */
    size_t live = 0;
    for (size_t k = 0; k < n; k++) {
      const mt_img_node *nd = &img->nodes[s->nxt[k].node];
      if (MT_NODE_COUNT(nd) && (rc = push_cand(s, &s->nxt[k], i, MT_CAND_MATCH))) return rc;
      if (nd->count & MT_NODE_INNER) s->nxt[live++] = s->nxt[k];
    }
    n = live;
    /* States are in order of start (those that go on, in the order they
     * were, then the new ones).  Past the cap the oldest partial matches
     * are dropped, and the scan says so (MILTAG_INCOMPLETE). */
    if (n > MT_MAX_STATES) {
      memmove(s->nxt, s->nxt + (n - MT_MAX_STATES), MT_MAX_STATES * sizeof(mt_state));
      n = MT_MAX_STATES;
      s->incomplete = 1;
    }
  }
  mt_state *tmp = s->act;
  size_t tcap = s->cap_act;
  s->act = s->nxt;
  s->cap_act = s->cap_nxt;
  s->nxt = tmp;
  s->cap_nxt = tcap;
  s->nact = n;
  return 0;
}

/* step for token i when it can take no edge and start nothing but a
 * {Name}: no key, no digits, and every live match is at the {Name} node
 * (a capitalized word before it; s->name_fast: the edges from there take
 * neither a name nor a word slot, and the node ends no term).  Each
 * capitalized word of English prose is such a token or follows one: this
 * is what step would do, without its ids and probes. */
static int name_only(const miltag_scanner *s, const mt_stok *t) {
  if (!s->name_fast || t->id != MT_NONE || (t->flags & MT_TOK_DIGITS)) return 0;
  for (size_t k = 0; k < s->nact; k++)
    if (s->act[k].node != s->name_node) return 0;
  return 1;
}

static int name_step(miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(t == &s->toks[i]); /* (run's, in a register) */
  MT_ASSERT(i + 1 == s->ntoks && name_only(s, t));
  /* the live ones die (no id of t follows the node); a capitalized word
   * starts a {Name} where a match may start, kept if the node goes on */
  int starts = (t->flags & MT_TOK_LETTERS) && (t->flags & MT_TOK_CAP) &&
               mt_ev_start(t) == MT_START_YES && (s->name_start & MT_NODE_INNER);
  /* (name_start: the {Name} node's bits, which name_fast says there is) */
  MT_ASSERT(s->name_start == s->img->nodes[s->name_node].count);
#ifdef MILTAG_ASSERTS
  /* the long way, checked against the shortcut */
  int rc = step(s, i);
  if (rc) return rc;
  MT_ASSERT(s->nact == (size_t)starts);
  MT_ASSERT(!starts || (s->act[0].start == i && s->act[0].node == s->name_node &&
                        s->act[0].num_at == 0 && s->act[0].name_at == 1));
  return 0;
#else
  MT_ASSERT(s->cap_act >= FAST_STATES);
  if (starts) s->act[0] = (mt_state){i, s->name_node, 0, 1};
  s->nact = (size_t)starts;
  return 0;
#endif
}

/* Does every live match end before token i (the newest), so that step
 * over it would only start matches?  A match goes on only by an edge of
 * one of the token's ids from its node: none where the {Name} node does
 * not list the id (name_follows, as step tells it), nor where the node
 * has no bit of the slots the token takes (MT_NODE_SLOT_*: exact) and the
 * image's edge filter no bit of its key's pair (the, in, a and the next
 * word: most of them).  A match that has reached the longest term dies
 * anyway.  False only says: maybe not. */
static int all_end(const miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(t == &s->toks[i]); /* (run's, in a register) */
  if (!s->ends_fast) return 0;
  /* one live match, at the {Name} node: what a capitalized word that is
   * no key leaves (name_step; most live matches of English prose).  Where
   * no slot's token follows that node (name_slots), only a key that the
   * node lists goes on from it: the test of the loop below for it alone,
   * without the slots of the token (a match that has reached the longest
   * term is asked about too: "maybe not" is always safe) */
  if (s->nact == 1 && s->act[0].node == s->name_node && !s->name_slots)
    return t->id == MT_NONE || !name_follows(s, t->id);
  const mt_img_node *nodes = s->img->nodes;
  /* token_ids's ids as the key and the MT_NODE_SLOT_* bits of the slots
   * the token takes (the bit of a slot the image lacks is on no node, nor
   * in s->name_slot_bits), spelled out (a match is alive) so that the
   * compiler makes no call here, on the way of most keys and capitalized
   * words */
  uint32_t slots = 0;
  if (t->flags & MT_TOK_DIGITS)
    slots |= t->end - t->start >= 2 ? MT_NODE_SLOT_NUM | MT_NODE_SLOT_NUM2 : MT_NODE_SLOT_NUM;
  if (t->flags & MT_TOK_LETTERS) {
    if (t->flags & MT_TOK_CAP) slots |= MT_NODE_SLOT_NAME;
    if (!qclose_live(s, i, t) && (!(t->gap & MILTAG_GAP_QUOTE) || (t->flags & MT_TOK_QOPEN)))
      slots |= MT_NODE_SLOT_WORD;
  }
#ifdef MILTAG_ASSERTS
  {
    const mt_img_header *h = s->img->h;
    uint32_t ids[5], ids2[5];
    size_t nids = 0;
    uint32_t have = slots & (mt_image_slot_bit(h, h->num_token) | mt_image_slot_bit(h, h->num2_token) |
                             mt_image_slot_bit(h, h->name_token) | mt_image_slot_bit(h, h->word_token));
    if (t->id != MT_NONE) ids[nids++] = t->id;
    if (have & MT_NODE_SLOT_NUM) ids[nids++] = h->num_token;
    if (have & MT_NODE_SLOT_NUM2) ids[nids++] = h->num2_token;
    if (have & MT_NODE_SLOT_NAME) ids[nids++] = h->name_token;
    if (have & MT_NODE_SLOT_WORD) ids[nids++] = h->word_token;
    MT_ASSERT(s->nact && nids == token_ids(s, t, i ? s->toks[i - 1].qclose : 0, ids2) &&
              !memcmp(ids, ids2, nids * sizeof *ids));
  }
#endif
  MT_ASSERT(s->nact && i + 1 == s->ntoks);
  for (size_t k = 0; k < s->nact; k++) {
    const mt_state *st = &s->act[k];
    if (i - st->start >= MT_MAX_TERM_TOKENS) continue;
    if (st->node == s->name_node) {
      if ((slots & s->name_slot_bits) || (t->id != MT_NONE && name_follows(s, t->id))) return 0;
      continue;
    }
    if ((nodes[st->node].count & slots) ||
        (t->id != MT_NONE && mt_image_key_edge_maybe(s->img, st->node, t->id)))
      return 0;
  }
  return 1;
}

#ifdef MILTAG_ASSERTS
/* all_end the long way: a probe of every edge, as step makes them. */
static int all_end_plain(const miltag_scanner *s, uint32_t i) {
  const mt_stok *t = &s->toks[i];
  uint32_t ids[5], kinds[2];
  size_t nids = token_ids(s, t, qclose_before(s, i), ids);
  size_t nk = mt_gap_text_kinds(t->gap, t->gapsig, kinds);
  for (size_t k = 0; k < s->nact; k++) {
    if (i - s->act[k].start >= MT_MAX_TERM_TOKENS) continue;
    for (size_t d = 0; d < nids; d++) {
      if (s->act[k].node == s->name_node && !name_follows(s, ids[d])) continue;
      for (size_t g = 0; g < nk; g++)
        if (mt_image_edge(s->img, s->act[k].node, ids[d], kinds[g]) != MT_NONE) return 0;
    }
  }
  return 1;
}
#endif

/* all_end for token i (the newest) when it is no key, no number and not
 * capitalized (a plain word): of ids, token_ids can give it only a
 * further word of a quoted name, and where it gives none, no live match
 * goes on.  Then the word is one where none is alive, which starts
 * nothing (ends_fast; no id of its own): step would only end them all.
 * Most words after the, in, a of English prose. */
static inline int plain_ends(const miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(t == &s->toks[i]); /* (run's, in a register) */
  MT_ASSERT(i + 1 == s->ntoks && s->nact && t->id == MT_NONE &&
            !(t->flags & (MT_TOK_DIGITS | MT_TOK_CAP)));
  if (!s->ends_fast) return 0;
  /* (the lone live {Name} match of all_end: no further word of a quoted
   * name follows it, the only id the loop below asks it about) */
  if (s->nact == 1 && s->act[0].node == s->name_node && !s->name_word) return 1;
  uint32_t w = s->img->h->word_token;
  if (w == MT_NONE || !(t->flags & MT_TOK_LETTERS) || qclose_live(s, i, t) ||
      ((t->gap & MILTAG_GAP_QUOTE) && !(t->flags & MT_TOK_QOPEN)))
    return 1;
  for (size_t k = 0; k < s->nact; k++) {
    const mt_state *st = &s->act[k];
    if (i - st->start >= MT_MAX_TERM_TOKENS) continue;
    MT_ASSERT(st->node != s->name_node || s->name_word == name_follows(s, w));
    if (st->node == s->name_node ? s->name_word
                                 : (s->img->nodes[st->node].count & MT_NODE_SLOT_WORD) != 0)
      return 0;
  }
  return 1;
}

/* step for token i when no match is alive and the token is a key and
 * nothing else (no digits, no capital: no slot takes it): the one id
 * can only start a match (the, of, в: context words, most keys of
 * running text). */
#ifdef MILTAG_ASSERTS /* (run tests what it says by the way, and asserts it) */
static int key_only(const miltag_scanner *s, const mt_stok *t) {
  return !s->nact && t->id != MT_NONE && !(t->flags & (MT_TOK_DIGITS | MT_TOK_CAP));
}
#endif

static int key_step(miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(t == &s->toks[i]); /* (run's, in a register) */
  const mt_image *img = s->img;
  MT_ASSERT(i + 1 == s->ntoks && key_only(s, t));
  /* (mt_ev_start of a token of no digits: a gap before it) */
  MT_ASSERT((mt_ev_start(t) == MT_START_YES) == (t->gap != MILTAG_GAP_NONE));
  uint32_t c = t->gap != MILTAG_GAP_NONE ? img->root[t->id] : MT_NONE;
  const mt_img_node *nd = c != MT_NONE ? &img->nodes[c] : NULL;
#ifdef MILTAG_ASSERTS
  /* the long way, checked against the shortcut (which these builds do not
   * take: push_key_cand is the release path's) */
  (void)push_key_cand;
  size_t ncands = s->ncands, nhits = s->nhits;
  int rc = step(s, i);
  if (rc) return rc;
  MT_ASSERT(s->ncands + s->nhits == ncands + nhits + (nd && MT_NODE_COUNT(nd)));
  MT_ASSERT(s->ncands == ncands || (s->cands[ncands].start == i && s->cands[ncands].end == i &&
                                    s->cands[ncands].node == c));
  MT_ASSERT(s->nhits == nhits || (s->hits[nhits].tok == i && s->hits[nhits].node == c));
  MT_ASSERT(s->nact == (size_t)(nd && (nd->count & MT_NODE_INNER)));
  MT_ASSERT(!s->nact || (s->act[0].start == i && s->act[0].node == c && !s->act[0].num_at &&
                         !s->act[0].name_at));
  /* (kept aside as the release path keeps it, so that these builds check
   * pend_take too) */
  if (s->nact && !(nd->count & s->pend_stop)) {
    pend_live_note(s, i, s->nact);
    s->pend_next = i + 1;
    s->pend_node = c;
    s->nact = 0;
  }
  return 0;
#else
  if (c == MT_NONE) return 0; /* (nd, tested by its node: one test) */
  const mt_state st = {i, c, 0, 0};
  /* (a key that ends a term: four in five) */
  if (MT_LIKELY(MT_NODE_COUNT(nd)) && push_key_cand(s, i, c, nd)) return MILTAG_E_NOMEM;
  if (nd->count & MT_NODE_INNER) {
    MT_ASSERT(s->cap_act >= FAST_STATES);
    MT_ASSERT(c != s->name_node); /* (the root's edge of a key, not of the {Name} slot) */
    if (!(nd->count & s->pend_stop)) {
      /* (kept aside: pend_take makes it live if a key follows) */
      s->pend_next = i + 1;
      s->pend_node = c;
      return 0;
    }
    s->act[0] = st;
    s->nact = 1;
  }
  return 0;
#endif
}

/* step for token i when no match is alive: it can only start matches,
 * by its key, as a number by the {num} slots and, capitalized, as a
 * {Name} (The, New, Bank: a capitalized key, as sentences start; 2024,
 * 155: one English token in 30).  The states and candidates are step's,
 * in step's order.  Not for a number when candidates are inspected: a
 * number after a dash there shows the rows of its designation (step). */
#ifdef MILTAG_ASSERTS /* (as key_only) */
static int start_only(const miltag_scanner *s, const mt_stok *t) {
  return !s->nact && (!(t->flags & MT_TOK_DIGITS) || s->mode == MT_SCAN_TAGS);
}
#endif

/* start_step's candidate and state of one id: st, reached from the root
 * over token i; the state goes to s->act[*nl] if the node goes on. */
static inline int start_at(miltag_scanner *s, uint32_t i, const mt_state *st, size_t *nl) {
  const mt_img_node *nd = &s->img->nodes[st->node];
  if (MT_NODE_COUNT(nd) && push_cand(s, st, i, MT_CAND_MATCH)) return MILTAG_E_NOMEM;
  if (nd->count & MT_NODE_INNER) s->act[(*nl)++] = *st;
  return 0;
}

static int start_step(miltag_scanner *s, uint32_t i, const mt_stok *t) {
  MT_ASSERT(t == &s->toks[i]); /* (run's, in a register) */
  const mt_image *img = s->img;
  MT_ASSERT(i + 1 == s->ntoks && start_only(s, t));
  /* token_ids's ids, spelled out (no match alive: its key, the number
   * slots and a {Name}), each taken as it is found, so that no id goes
   * through an array of the stack and the {Name}'s node and state are
   * the scanner's (name_node; a {Name} takes no number slot), not found
   * again from the root (The, New, Bank: a capitalized key, as sentences
   * start; the candidates in the order of the ids and the states as step
   * has them) */
  const mt_img_header *h = img->h;
  const mt_state root = {i, 0, 0, 0};
#ifdef MILTAG_ASSERTS
  const size_t ncands = s->ncands, npicks = s->npicks, nhits = s->nhits;
  const uint32_t cand_bits = s->cand_bits;
  uint32_t ids[5], ids2[5];
  size_t nids = 0;
#define START_ID(x) (ids[nids++] = (x))
#else
#define START_ID(x) ((void)0)
#endif
  MT_ASSERT(s->cap_act >= FAST_STATES);
  size_t nl = 0;
  /* The key's match, where it goes on at a node of no slot bit (The: The
   * Hague; 1945: a year's terms), is kept aside as key_step keeps it
   * (kept: its node), before the {Name} and the number slots' matches
   * that stay live: pend_take puts it back before them, in step's order,
   * if a key comes next, and a plain word after it ends them all. */
  uint32_t kept = MT_NONE;
  if (mt_ev_start(t) == MT_START_YES) {
    uint32_t c;
    if (t->id != MT_NONE) {
      START_ID(t->id);
      if ((c = img->root[t->id]) != MT_NONE) {
        const mt_state st = follow(s, &root, i, t->id, c);
        const uint32_t bits = img->nodes[c].count;
        if ((bits & ~MT_NODE_FLAGS) && push_cand(s, &st, i, MT_CAND_MATCH)) return MILTAG_E_NOMEM;
        if (bits & MT_NODE_INNER) {
          if (!(bits & s->pend_stop) && !st.num_at && !st.name_at) kept = c;
          else s->act[nl++] = st;
        }
      }
    }
    if (MT_UNLIKELY(t->flags & MT_TOK_DIGITS)) {
      uint32_t num[2] = {h->num_token, t->end - t->start >= 2 ? h->num2_token : MT_NONE};
      for (int k = 0; k < 2; k++) {
        if (num[k] == MT_NONE) continue;
        START_ID(num[k]);
        if ((c = img->root[num[k]]) != MT_NONE) {
          const mt_state st = follow(s, &root, i, num[k], c);
          if (start_at(s, i, &st, &nl)) return MILTAG_E_NOMEM;
        }
      }
    }
    if ((t->flags & MT_TOK_LETTERS) && (t->flags & MT_TOK_CAP)) {
      if (h->name_token != MT_NONE) START_ID(h->name_token);
      MT_ASSERT(s->name_start == (h->name_token != MT_NONE && s->name_node != MT_NONE
                                      ? img->nodes[s->name_node].count
                                      : 0));
      MT_ASSERT(s->name_node == (h->name_token < h->n_tokens ? img->root[h->name_token] : MT_NONE));
      /* (name_start: the node's bits, or none where no {Name} starts) */
      uint32_t bits = s->name_start;
      if (bits) {
        const mt_state st = {i, s->name_node, 0, 1};
        MT_ASSERT(follow(s, &root, i, h->name_token, st.node).num_at == 0 &&
                  follow(s, &root, i, h->name_token, st.node).name_at == 1);
        if ((bits & ~MT_NODE_FLAGS) && push_cand(s, &st, i, MT_CAND_MATCH)) return MILTAG_E_NOMEM;
        if (bits & MT_NODE_INNER) s->act[nl++] = st;
      }
    }
  }
#undef START_ID
#ifdef MILTAG_ASSERTS
  MT_ASSERT(nids == (mt_ev_start(t) == MT_START_YES ? token_ids(s, t, 0, ids2) : 0) &&
            !memcmp(ids, ids2, nids * sizeof *ids));
#endif
  s->nact = nl;
#ifdef MILTAG_ASSERTS
  {
    /* the long way, from the same start, checked against the shortcut's
     * candidates (four at most: one an id) and states (the key's kept
     * aside first) */
    mt_cand got[4];
    mt_state live[4];
    mt_ev_hit hit[4];
    size_t nc = s->ncands - ncands, nh = s->nhits - nhits, nk = kept != MT_NONE;
    MT_ASSERT(nids <= 4 && nc <= 4 && nl + nk <= 4 && nh <= 4);
    /* (s->cands is NULL until a first candidate: no memcpy from it) */
    if (nc) memcpy(got, s->cands + ncands, nc * sizeof *got);
    if (nh) memcpy(hit, s->hits + nhits, nh * sizeof *hit);
    if (nk) live[0] = (mt_state){i, kept, 0, 0};
    if (nl) memcpy(live + nk, s->act, nl * sizeof *live);
    nl += nk;
    s->ncands = ncands;
    s->nhits = nhits;
    s->npicks = npicks;
    s->cand_bits = cand_bits;
    s->nact = 0;
    int rc = step(s, i);
    if (rc) return rc;
    MT_ASSERT(s->ncands == ncands + nc && s->nhits == nhits + nh && s->nact == nl);
    for (size_t k = 0; k < nh; k++)
      MT_ASSERT(!memcmp(&s->hits[nhits + k], &hit[k], sizeof *hit));
    for (size_t k = 0; k < nc; k++) {
      const mt_cand *x = &s->cands[ncands + k];
      MT_ASSERT(x->start == got[k].start && x->end == got[k].end && x->node == got[k].node &&
                x->kind == got[k].kind && x->num_at == got[k].num_at && x->name_at == got[k].name_at);
    }
    for (size_t k = 0; k < nl; k++)
      MT_ASSERT(s->act[k].start == live[k].start && s->act[k].node == live[k].node &&
                s->act[k].num_at == live[k].num_at && s->act[k].name_at == live[k].name_at);
    /* (step's states, for pend_take to check the order it puts them
     * back in; then the shortcut's again: the kept one aside) */
    if (nk) pend_live_note(s, i, nl);
    if (nk) memmove(s->act, s->act + 1, (nl - 1) * sizeof *s->act);
    s->nact = nl - nk;
  }
#endif
  if (kept != MT_NONE) {
    s->pend_next = i + 1;
    s->pend_node = kept;
  }
  return 0;
}

/* ------------------------------------------------------------ settling */

/* Candidates by start, then longest first, trie matches before phrases;
 * (start, end, kind, node) is unique. */
static int cmp_cand(const void *xp, const void *yp, const void *ctx) {
  const mt_cand *x = xp, *y = yp;
  (void)ctx;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1;
  if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
  if (x->node != y->node) return x->node < y->node ? -1 : 1;
  return 0;
}

/* Rows by rank (a permutation of the rows: a total order). */
static int cmp_rank(const void *xp, const void *yp, const void *ctx) {
  const mt_image *img = ctx;
  uint32_t x = img->rows[*(const uint32_t *)xp].rank, y = img->rows[*(const uint32_t *)yp].rank;
  return x < y ? -1 : x > y;
}

/* Entries are collected once each, in order.  A span of many entries (one
 * term under thousands of ids) looks them up in a hash set, so that
 * emitting it stays linear; a few are compared directly. */
#define ESET_FROM 16

static uint32_t eset_slot(uint32_t ent, size_t mask) {
  return (uint32_t)((ent * 0x9E3779B1u) & mask);
}

static int collect_entries(miltag_scanner *s, size_t nrows, size_t *out) {
  const mt_image *img = s->img;
  size_t n = 0, mask = 0;
  if (nrows > ESET_FROM) {
    size_t want = 32;
    while (want < 2 * nrows) want *= 2;
    if (mt_reserve(&s->a, (void **)&s->eset, &s->cap_eset, want, sizeof(uint32_t)))
      return MILTAG_E_NOMEM;
    mask = want - 1;
    memset(s->eset, 0xFF, want * sizeof(uint32_t)); /* MT_NONE: empty */
  }
  for (size_t i = 0; i < nrows; i++) {
    uint32_t row = s->rows[i];
    if (mt_ev_is_stop_row(img, row)) continue;
    uint32_t ent = img->rows[row].entry;
    if (mask) {
      uint32_t h = eset_slot(ent, mask);
      while (s->eset[h] != MT_NONE && s->eset[h] != ent) h = (h + 1) & (uint32_t)mask;
      if (s->eset[h] == ent) continue;
      s->eset[h] = ent;
    } else {
      size_t k = 0;
      while (k < n && s->ents[k] != ent) k++;
      if (k < n) continue;
    }
    if (mt_reserve(&s->a, (void **)&s->ents, &s->cap_ents, n + 1, sizeof(uint32_t)))
      return MILTAG_E_NOMEM;
    s->ents[n++] = ent;
  }
  *out = n;
  return 0;
}

/* Does node list row among its matches? */
static int node_has_row(const mt_image *img, uint32_t node, uint32_t row) {
  const mt_img_node *nd = &img->nodes[node];
  for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++)
    if (img->matches[nd->first + m] == row) return 1;
  return 0;
}

/* The value of ASCII digits, or MILTAG_NO_NUMBER past 64 bits. */
static uint64_t number_value(const char *d, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned digit = (unsigned)(d[i] - '0');
    if (v > (UINT64_MAX - 1 - digit) / 10) return MILTAG_NO_NUMBER;
    v = v * 10 + digit;
  }
  return v;
}

/* Add row to the scratch list of rows. */
static int push_row(miltag_scanner *s, size_t *n, uint32_t row) {
  if (*n >= s->cap_rows &&
      mt_reserve(&s->a, (void **)&s->rows, &s->cap_rows, *n + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  s->rows[(*n)++] = row;
  return 0;
}

/* Place readings of one span in the order the evidence module links them
 * (mt_ev_link: a river's words, a region or country named in the
 * sentence), each preference in rank order: rows[0..n) are in rank order;
 * a stable counting sort by preference.  Countries named anywhere in the
 * sentence count only when the likeliest reading is not a big place. */
#define LINK_PREFS 6
static int link_order(miltag_scanner *s, const mt_ev *ev, const mt_cand *c, size_t k,
                      uint32_t *rows, size_t n) {
  const mt_image *img = s->img;
  if (n < 2 || img->entries[img->rows[rows[0]].entry].category != MILTAG_PLACE) return 0;
  int countries = MT_PLACE_TIER_OF(img->entries[img->rows[rows[0]].entry].place) != 1;
  if (mt_reserve(&s->a, (void **)&s->eset, &s->cap_eset, 2 * n, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  uint32_t *pref = s->eset, *out = s->eset + n;
  size_t count[LINK_PREFS + 1] = {0};
  /* is a river among the readings (mt_ev_link: a riverside word says
   * nothing otherwise) */
  int water = 0;
  for (size_t i = 0; i < n && !water; i++)
    water = MT_PLACE_KIND_OF(img->entries[img->rows[rows[i]].entry].place) == MT_KIND_WATER;
  for (size_t i = 0; i < n; i++) {
    /* the candidate of the span whose node holds the row (a phrase of
     * the grammar holds none) */
    const mt_cand *pc = &c[0];
    for (size_t g = 1; g < k && (pc->kind != MT_CAND_MATCH || !node_has_row(img, pc->node, rows[i])); g++)
      pc = &c[g];
    pref[i] = mt_ev_link(ev, rows[i], pc, countries, water);
    MT_ASSERT(pref[i] < LINK_PREFS);
    count[pref[i] + 1]++;
  }
  if (count[1] == n) return 0; /* all alike: rank order stands */
  for (size_t p = 1; p <= LINK_PREFS; p++) count[p] += count[p - 1];
  for (size_t i = 0; i < n; i++) out[count[pref[i]]++] = rows[i];
  memcpy(rows, out, n * sizeof(uint32_t));
  return 0;
}

/* Move to the front of rows[0..*n) the first place row, of the readings
 * or else of s->more[0..nmore) (then added), that mt_ev_in_own_region
 * finds in its region; the others keep their order. */
static int town_first(miltag_scanner *s, const mt_ev *ev, const mt_cand *c, size_t k, size_t *n,
                      size_t nmore) {
  const mt_image *img = s->img;
  for (size_t pass = 0; pass < 2; pass++) {
    const uint32_t *from = pass ? s->more : s->rows;
    size_t m = pass ? nmore : *n;
    for (size_t i = 0; i < m; i++) {
      const mt_cand *pc = &c[0];
      for (size_t g = 1; g < k && (pc->kind != MT_CAND_MATCH || !node_has_row(img, pc->node, from[i])); g++)
        pc = &c[g];
      if (pc->kind != MT_CAND_MATCH || !mt_ev_in_own_region(ev, from[i], pc)) continue;
      uint32_t row = from[i];
      if (pass) {
        int rc = push_row(s, n, row);
        if (rc) return rc;
        i = *n - 1;
      }
      memmove(s->rows + 1, s->rows, i * sizeof(uint32_t));
      s->rows[0] = row;
      return 0;
    }
  }
  return 0;
}

/* Where a tag of tokens [start, end] ends: after the closing quotation
 * marks of the quotes opened inside it ("ЧВК «Вагнер»", «Бригада „Азов“»),
 * when a closing mark follows its last token; never further. */
static size_t closing_end(const miltag_scanner *s, uint32_t start, uint32_t end) {
  size_t b = s->toks[end].end;
  if (!s->toks[end].qclose) return b;
  unsigned opened = 0;
  for (uint32_t i = start + 1; i <= end; i++) {
    const mt_stok *t = &s->toks[i];
    if (!(t->flags & MT_TOK_QOPEN)) continue;
    const unsigned char *p = (const unsigned char *)s->text + s->toks[i - 1].end;
    const unsigned char *e = (const unsigned char *)s->text + t->start;
    while (p < e) {
      uint32_t c;
      p += mt_utf8_decode(p, (size_t)(e - p), &c);
      if (mt_tok_is_quote(c)) opened++;
    }
  }
  for (unsigned q = 0; q < opened && b < s->text_len; q++) {
    uint32_t c;
    size_t n = mt_utf8_decode((const unsigned char *)s->text + b, s->text_len - b, &c);
    if (!mt_tok_is_quote(c)) break;
    b += n;
  }
  return b;
}

/* Add entry ent to the tag's entries s->ents[0..*n) unless it is there. */
static int add_entry(miltag_scanner *s, uint32_t ent, size_t *n) {
  for (size_t k = 0; k < *n; k++)
    if (s->ents[k] == ent) return 0;
  if (mt_reserve(&s->a, (void **)&s->ents, &s->cap_ents, *n + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  s->ents[(*n)++] = ent;
  return 0;
}

/* Emit the group of candidates c[0..k) that share one span: every row of
 * them that the evidence module accepts (or, for an ambiguous tag, finds
 * lacking only evidence), in rank order and linked, and the entries of
 * a phrase of the grammar after them; the first is the tag's reading.
 * The place rows of the span that lack only evidence follow as further
 * candidates (the 73 other villages called Андріївка), never as the
 * reading.  When inspecting, mark the group instead. */
/* mt_ev_row on the evidence of the window being settled (s->vgen), which
 * stays as it is while its candidates are judged and their tags emitted:
 * the verdicts that settle finds are emit's again. */
static miltag_verdict row_verdict(miltag_scanner *s, const mt_ev *ev, uint32_t row,
                                  const mt_cand *c, miltag_reason *why) {
  struct mt_verdict_memo *m =
      &s->vmemo[(row * 0x9E3779B1u + c->start * 31u + c->end) >> 26 & 63];
  if (m->gen == s->vgen && m->row == row && m->start == c->start && m->end == c->end &&
      m->num_at == c->num_at && m->name_at == c->name_at) {
    *why = (miltag_reason)m->why;
    MT_ASSERT(mt_ev_row(ev, row, c, &(miltag_reason){0}) == (miltag_verdict)m->verdict);
    return (miltag_verdict)m->verdict;
  }
  miltag_verdict v = mt_ev_row(ev, row, c, why);
  *m = (struct mt_verdict_memo){s->vgen, row, c->start, c->end, c->num_at, c->name_at,
                                (uint8_t)v, (uint8_t)*why};
  return v;
}

/* mt_ev_cand by row_verdict (checked against it under asserts). */
static miltag_verdict cand_verdict(miltag_scanner *s, const mt_ev *ev, const mt_cand *c) {
  const mt_image *img = s->img;
  if (c->kind != MT_CAND_MATCH) return mt_ev_cand(ev, c);
  miltag_verdict best = MILTAG_REJECT;
  if ((img->nodes[c->node].count & MT_NODE_TAGGABLE) && !mt_ev_ends_inside_word(ev->w, c)) {
    const mt_img_node *nd = &img->nodes[c->node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      if (mt_ev_is_context_row(img, row)) continue;
      miltag_reason why;
      miltag_verdict v = row_verdict(s, ev, row, c, &why);
      if (v == MILTAG_ACCEPT) {
        best = v;
        break;
      }
      if (v == MILTAG_NEEDS_EVIDENCE) best = v;
    }
  }
  MT_ASSERT(best == mt_ev_cand(ev, c));
  return best;
}

static int emit(miltag_scanner *s, mt_cand *c, size_t k, const mt_ev *ev, int amb) {
  const mt_image *img = s->img;
  size_t nrows = 0, nmore = 0;
  const mt_phrase *ph = NULL;
  int rc;
  MT_ASSERT(k >= 1 && c[k - 1].start == c[0].start && c[k - 1].end == c[0].end);
  /* the readings into s->rows, the place rows that lack evidence into
   * s->more */
  /* (MT_UNLIKELY below: the ways of few tags, out of the way of the
   * common one, a place of one reading; lib/hint.h) */
  for (size_t g = 0; g < k; g++) {
    if (MT_UNLIKELY(c[g].kind == MT_CAND_PHRASE)) {
      miltag_reason why;
      miltag_verdict ok = mt_ev_phrase(ev, &ev->w->phr[c[g].node], &why);
      if (!ph && (ok == MILTAG_ACCEPT || (amb && ok == MILTAG_NEEDS_EVIDENCE))) ph = &ev->w->phr[c[g].node];
      continue;
    }
    const mt_img_node *nd = &img->nodes[c[g].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      if (mt_ev_is_context_row(img, row)) continue;
      miltag_reason why;
      miltag_verdict ok = row_verdict(s, ev, row, &c[g], &why);
      if (ok == MILTAG_ACCEPT || (amb && ok == MILTAG_NEEDS_EVIDENCE)) {
        if ((rc = push_row(s, &nrows, row))) return rc;
      } else if (MT_UNLIKELY(ok == MILTAG_NEEDS_EVIDENCE) && !amb &&
                 img->entries[img->rows[row].entry].category == MILTAG_PLACE) {
        if (nmore >= s->cap_more &&
            mt_reserve(&s->a, (void **)&s->more, &s->cap_more, nmore + 1, sizeof(uint32_t)))
          return MILTAG_E_NOMEM;
        s->more[nmore++] = row;
      }
    }
  }
  /* by rank: a node's rows are in rank order already (the compiler sorts
   * them), so only a span of several nodes has work to do; then linked */
  mt_sort(s->rows, nrows, sizeof(uint32_t), cmp_rank, img);
  /* a town in its own region named right after it is the town, not the
   * unit of its name (Азов Ростовской области): it leads the span, from
   * the readings or from those that lack evidence */
  if (MT_UNLIKELY(nrows && img->entries[img->rows[s->rows[0]].entry].category != MILTAG_PLACE &&
                  ev->nregions)) {
    if ((rc = town_first(s, ev, c, k, &nrows, nmore))) return rc;
  }
  if ((rc = link_order(s, ev, c, k, s->rows, nrows))) return rc;
  /* a stop phrase wins the span and says nothing */
  if (nrows && mt_ev_is_stop_row(img, s->rows[0])) return 0;
  if (!nrows && !ph) return 0;
  if (MT_UNLIKELY(nrows && nmore)) {
    mt_sort(s->more, nmore, sizeof(uint32_t), cmp_rank, img);
    if ((rc = link_order(s, ev, c, k, s->more, nmore))) return rc;
    for (size_t i = 0; i < nmore; i++)
      if ((rc = push_row(s, &nrows, s->more[i]))) return rc;
  }
  if (MT_UNLIKELY(s->mode == MT_SCAN_CANDIDATES)) {
    for (size_t g = 0; g < k; g++) c[g].tagged = amb ? MT_TAGGED_AMBIGUOUS : MT_TAGGED_SURE;
    return 0;
  }
  size_t nents = 0;
  if (nrows && (rc = collect_entries(s, nrows, &nents))) return rc;
  if (MT_UNLIKELY(ph != NULL)) {
    if ((rc = add_entry(s, ph->entry, &nents))) return rc;
    for (int a = 0; a < 4 && ph->alt[a] != MT_NONE; a++)
      if ((rc = add_entry(s, ph->alt[a], &nents))) return rc;
  }
  uint32_t primary_row = nrows ? s->rows[0] : ph->anchor_row;
  const mt_stok *a = &s->toks[c[0].start];
  miltag_tag tag;
  tag.start = a->start;
  tag.end = ph ? ph->byte_end : closing_end(s, c[0].start, c[0].end);
  const mt_img_row *r = &img->rows[primary_row];
  const mt_img_entry *e = &img->entries[s->ents[0]];
  /* an abbreviation written with its final period (U.S.) takes the
   * text's period along, as annotators mark it */
  if (MT_UNLIKELY(r->flags & MT_TRAIT_DOT) && tag.end < s->text_len && s->text[tag.end] == '.') tag.end++;
  tag.category = e->category;
  tag.id = mt_img_str(img, e->id);
  tag.label = mt_img_str(img, e->label);
  tag.attrs = mt_img_str(img, e->attrs);
  /* what the row's slots took: the path to the candidate's node says */
  const mt_cand *pc = &c[0];
  for (size_t g = 1; g < k && (pc->kind != MT_CAND_MATCH || !node_has_row(img, pc->node, primary_row)); g++)
    pc = &c[g];
  tag.number = tag.name = (miltag_capture){0, 0};
  tag.number_value = MILTAG_NO_NUMBER;
  if (MT_UNLIKELY(nrows && (r->flags & MT_TRAIT_SLOT)) && pc->kind == MT_CAND_MATCH && pc->num_at) {
    const mt_stok *t = &s->toks[pc->start + pc->num_at - 1];
    MT_ASSERT(t->flags & MT_TOK_DIGITS);
    tag.number = (miltag_capture){t->start, t->end};
    tag.number_value = number_value(s->text + t->start, t->end - t->start);
  } else if (MT_UNLIKELY(ph != NULL)) {
    /* the phrase's number: its digits, or the value of ordinal words */
    if (ph->num_tok != MT_NONE) {
      const mt_stok *t = &s->toks[ph->num_tok];
      tag.number = (miltag_capture){t->start, t->end};
    }
    tag.number_value = ph->value;
  }
  if (MT_UNLIKELY(nrows && (r->flags & MT_TRAIT_NAME)) && pc->kind == MT_CAND_MATCH && pc->name_at) {
    tag.name = (miltag_capture){s->toks[pc->start + pc->name_at - 1].start, s->toks[pc->end].end};
    /* a `slot` row's tag is its name alone (в поселке Порожек: Порожек),
     * as the conventions mark a settlement; the candidate keeps the
     * generic word for selection, so that a match of the same words
     * competes over the whole phrase */
    if (r->flags & MT_TRAIT_SLOTSPAN) {
      MT_ASSERT(pc->start == c[0].start && pc->end == c[0].end && pc->name_at > 1);
      tag.start = tag.name.start;
      tag.end = tag.name.end;
    }
  } else if (ph && ph->name_first != MT_NONE)
    tag.name = (miltag_capture){s->toks[ph->name_first].start, s->toks[ph->name_last].end};
  /* a tag whose entry says its number or name itself (a listed formation
   * a phrase links to: number=47) reports no capture of it, so that the
   * attributes shown never give a key twice; number_value stays */
  const char *av;
  size_t al;
  if (MT_UNLIKELY(tag.number.end > tag.number.start) && miltag_attr_get(tag.attrs, "number", &av, &al))
    tag.number = (miltag_capture){0, 0};
  if (MT_UNLIKELY(tag.name.end > tag.name.start) && miltag_attr_get(tag.attrs, "name", &av, &al))
    tag.name = (miltag_capture){0, 0};
  tag.lang = mt_img_str(img, r->lang);
  tag.entry = s->ents[0];
  tag.row = primary_row;
  tag.flags = amb ? MILTAG_TAG_AMBIGUOUS : 0;
  tag.n_candidates = nents;
  tag.candidates = s->ents;
  if ((rc = mt_count_tag(s, c[0].start, c[0].end, &tag))) return rc;
  MT_ASSERT(tag.start < tag.end && tag.end <= s->text_len && nents >= 1);
  MT_ASSERT(!nrows || s->ents[0] == img->rows[primary_row].entry);
  if (s->cb(&tag, s->cb_ctx)) return MILTAG_STOPPED;
  return 0;
}

/* Inspection: report every row of the window's candidates ic[0..n) (as
 * found, before selection) with its verdict; kept[0..nk) are those that
 * took part in selection, marked with what became of them.  Both are
 * sorted by cmp_cand here.  A phrase of the grammar is reported once,
 * with the row of its type word and the entry it tags as. */
static int report(miltag_scanner *s, const mt_ev *ev, mt_cand *ic, size_t n, const mt_cand *kept,
                  size_t nk) {
  const mt_image *img = s->img;
  MT_ASSERT(nk <= n);
  mt_sort(ic, n, sizeof(mt_cand), cmp_cand, NULL);
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    const mt_cand *c = &ic[i];
    while (j < nk && cmp_cand(&kept[j], c, NULL) < 0) j++;
    mt_tagged tagged = j < nk && cmp_cand(&kept[j], c, NULL) == 0 ? kept[j].tagged : MT_TAGGED_NO;
    miltag_candidate out;
    out.start = s->toks[c->start].start;
    out.end = s->toks[c->end].end;
    if (c->kind == MT_CAND_PHRASE) {
      const mt_phrase *ph = &ev->w->phr[c->node];
      out.row = ph->anchor_row;
      out.entry = ph->entry;
      out.category = img->entries[out.entry].category;
      out.verdict = mt_ev_inspect(ev, out.row, c, &out.reason);
      out.evidence = mt_ev_evidence(ev, out.row, c);
      out.tagged = (tagged == MT_TAGGED_SURE && out.verdict == MILTAG_ACCEPT) ||
                   (tagged == MT_TAGGED_AMBIGUOUS && out.verdict != MILTAG_REJECT);
      if (s->ccb(&out, s->cb_ctx)) return MILTAG_STOPPED;
      continue;
    }
    const mt_img_node *nd = &img->nodes[c->node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      out.row = row;
      out.entry = img->rows[row].entry;
      out.category = img->entries[out.entry].category;
      out.verdict = mt_ev_inspect(ev, row, c, &out.reason);
      out.evidence = mt_ev_evidence(ev, row, c);
      /* what emit() takes as the tag's readings */
      int reading = !mt_ev_is_context_row(img, row) && !mt_ev_is_stop_row(img, row) &&
                    c->kind == MT_CAND_MATCH;
      /* a place that lacks only evidence is a further candidate of a tag */
      int further = out.verdict == MILTAG_NEEDS_EVIDENCE && out.category == MILTAG_PLACE;
      out.tagged = reading &&
                   ((tagged == MT_TAGGED_SURE && (out.verdict == MILTAG_ACCEPT || further)) ||
                    (tagged == MT_TAGGED_AMBIGUOUS && out.verdict != MILTAG_REJECT));
      if (s->ccb(&out, s->cb_ctx)) return MILTAG_STOPPED;
    }
  }
  return 0;
}

/* Select and emit the sure tags among the taggable candidates sel[0..n)
 * of the window being settled, sorted by cmp_cand, none judged yet: in
 * start order, the longest first, each span whose start lies past the
 * last tag is judged and emitted with its candidates that the evidence
 * module accepts (what settle's judging of every candidate, then its
 * selection, would emit: a span that starts inside a tag is never one). */
#ifdef MILTAG_ASSERTS
/* The emitted candidates, as a digest: h and candidate c mixed. */
static uint64_t sel_mix(uint64_t h, const mt_cand *c) {
  uint64_t v = ((uint64_t)c->start << 32 | c->end) ^ ((uint64_t)c->node << 24) ^
               ((uint64_t)c->kind << 16 | (uint64_t)c->num_at << 8 | c->name_at);
  return (h ^ v) * 0x100000001B3ull + (h >> 29);
}

/* What settle's full way would emit from sel[0..n) (every candidate
 * judged first, the accepted ones then selected: its step 3 with sure
 * tags only), as sel_mix's digest of the groups of candidates passed to
 * emit, each closed by a mix of a zero candidate.  Verdicts depend on the
 * window's evidence alone (row_verdict's memo says so too), so judging
 * every candidate before any is emitted finds those lazy_select finds. */
static uint64_t full_select_digest(miltag_scanner *s, const mt_ev *ev, const mt_cand *sel, size_t n) {
  const mt_cand zero = {0};
  uint64_t h = 0xCBF29CE484222325ull;
  size_t last_end = s->last_end;
  /* (judged all, the inner ones too: what the full way pays for) */
  for (size_t g = 0; g < n; g++) (void)cand_verdict(s, ev, &sel[g]);
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && sel[j].start == sel[i].start && sel[j].end == sel[i].end) j++;
    size_t start = s->toks[sel[i].start].start, end = s->toks[sel[i].end].end;
    int any_sure = 0;
    for (size_t g = i; g < j; g++) any_sure |= cand_verdict(s, ev, &sel[g]) == MILTAG_ACCEPT;
    if (any_sure && start >= last_end) {
      for (size_t g = i; g < j; g++)
        if (cand_verdict(s, ev, &sel[g]) == MILTAG_ACCEPT) h = sel_mix(h, &sel[g]);
      h = sel_mix(h, &zero);
      last_end = end;
    }
    i = j;
  }
  return h;
}
#endif

static int lazy_select(miltag_scanner *s, const mt_ev *ev, mt_cand *sel, size_t n) {
  int rc = 0;
#ifdef MILTAG_ASSERTS
  /* (checked against the full way, as settle's other shortcuts are) */
  const mt_cand zero = {0};
  uint64_t want = full_select_digest(s, ev, sel, n), got = 0xCBF29CE484222325ull;
#endif
  for (size_t i = 0; i < n && !rc;) {
    size_t j = i + 1;
    while (j < n && sel[j].start == sel[i].start && sel[j].end == sel[i].end) j++;
    size_t start = s->toks[sel[i].start].start, end = s->toks[sel[i].end].end;
    if (start >= s->last_end) {
      /* the accepted candidates of the span, in order, to its front */
      size_t k = 0;
      for (size_t g = i; g < j; g++) {
        if (cand_verdict(s, ev, &sel[g]) != MILTAG_ACCEPT) continue;
        sel[i + k] = sel[g];
        sel[i + k].verdict = MILTAG_ACCEPT;
        k++;
      }
#ifdef MILTAG_ASSERTS
      for (size_t g = i; g < i + k; g++) got = sel_mix(got, &sel[g]);
      if (k) got = sel_mix(got, &zero);
#endif
      if (k && !(rc = emit(s, sel + i, k, ev, 0))) s->last_end = end;
    }
    i = j;
  }
#ifdef MILTAG_ASSERTS
  MT_ASSERT(rc || got == want);
#endif
  return rc;
}

/* Settle candidates c[0..n) (all final), which lie in one window, with
 * the phrases the grammar finds around them.  next_gap is the gap after
 * the last token; the tokens from carry_from on are kept as the
 * look-behind of what follows (mt_ev_carry); SIZE_MAX: nothing follows
 * (the text's last window), so a window with nothing to tag needs not
 * even its words' roles. */
static int settle(miltag_scanner *s, size_t n, unsigned next_gap, size_t carry_from) {
  int rc;
  MT_ASSERT(n <= s->ncands && s->ntoks > 0);
  mt_window w = {s->img, s->text, s->text_len, s->toks, s->ntoks, next_gap, NULL, 0, s->hits, s->nhits};
  int inspect = s->mode == MT_SCAN_CANDIDATES;
  /* 0. The formation grammar: its phrases become candidates after the
   * window's (dropped again at the end: only the final ones are made).
   * It works only on windows that hold a class word. */
  size_t base = s->ncands;
  size_t nph = 0;
  /* (no class word that gives the grammar work: no phrase, and nothing
   * for it to say) */
  if (s->cand_bits & MT_NODE_GRAM) {
    if ((rc = mt_gram_run(&s->gram, &s->a, &w, s->cands, s->ncands, n))) return rc;
    if (s->gram.incomplete) s->incomplete = 1;
    nph = s->gram.nph;
  }
  mt_ev ev;
  /* the candidates judged: s->picks below n (the final ones) */
  size_t np = 0;
  while (np < s->npicks && s->picks[np] < n) np++;
#ifdef MILTAG_ASSERTS
  {
    size_t nj = 0;
    for (size_t k = 0; k < n; k++) nj += mt_ev_judged(s->img, &s->cands[k]) != 0;
    MT_ASSERT(nj == np);
  }
#endif
  /* (mt_ev_taggable: a match among them) */
  int taggable = 0;
  if (s->cand_bits & MT_NODE_TAGGABLE)
    for (size_t k = 0; k < np && !taggable; k++) taggable = s->cands[s->picks[k]].kind == MT_CAND_MATCH;
  MT_ASSERT(!(s->cand_bits & MT_NODE_TAGGABLE) || taggable == mt_ev_taggable(s->img, s->cands, n));
  /* a window of context words alone (most sentences of general prose)
   * and no phrase: their roles only, for the next window's look-behind */
  if (!inspect && !nph && !taggable)
    return carry_from == SIZE_MAX ? 0
                                  : mt_ev_words(&ev, &w, s->cands, s->ncands, carry_from, &s->ev, &s->a);
  if (nph) {
    if (mt_reserve(&s->a, (void **)&s->cands, &s->cap_cands, base + nph, sizeof(mt_cand)))
      return MILTAG_E_NOMEM;
    for (size_t k = 0; k < nph; k++)
      s->cands[base + k] = (mt_cand){s->gram.ph[k].start, s->gram.ph[k].end, (uint32_t)k, MILTAG_REJECT,
                                     MT_CAND_PHRASE, MT_TAGGED_NO, 0, 0};
    w.phr = s->gram.ph;
    w.nphr = nph;
  }
  mt_cand *c = s->cands;
  /* 1. Evidence in the window: found once, from every match in it.  The
   * candidates it judges are s->picks (of every candidate, final or not)
   * and the phrases after them, written past the end of s->picks only
   * for this call: settle's own picks stay below n. */
  if (nph && mt_reserve(&s->a, (void **)&s->picks, &s->cap_picks, s->npicks + nph, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  for (size_t k = 0; k < nph; k++) s->picks[s->npicks + k] = (uint32_t)(base + k);
  rc = mt_ev_begin(&ev, &w, c, base + nph, s->picks, s->npicks + nph, &s->ev, &s->a);
  if (!rc && inspect) {
    if (mt_reserve(&s->a, (void **)&s->icands, &s->cap_icands, n + nph, sizeof(mt_cand)))
      rc = MILTAG_E_NOMEM;
    else {
      memcpy(s->icands, c, n * sizeof(mt_cand));
      memcpy(s->icands + n, c + base, nph * sizeof(mt_cand));
    }
  }
  /* 2. Keep the candidates the evidence module accepts (or finds lacking
   * only evidence, when ambiguous ones are asked for). */
  if (++s->vgen == 0) { /* (no verdict of another window holds) */
    memset(s->vmemo, 0, sizeof s->vmemo);
    s->vgen = 1;
  }
  size_t kept = 0;
  if (!rc && mt_reserve(&s->a, (void **)&s->sel, &s->cap_sel, n + nph, sizeof(mt_cand)))
    rc = MILTAG_E_NOMEM;
  /* Only sure tags that overlap nothing are asked for (the common scan):
   * a candidate is judged when selection reaches it (lazy_select), so
   * that one inside a longer tag is never judged. */
  int lazy = !inspect && !(s->flags & (MILTAG_SCAN_AMBIGUOUS | MILTAG_SCAN_OVERLAPS));
#ifdef MILTAG_ASSERTS
  /* (a node of context rows alone, most candidates: mt_ev_cand's REJECT
   * without the call) */
  for (size_t x = 0; x < n; x++)
    MT_ASSERT(mt_ev_judged(s->img, &c[x]) || mt_ev_cand(&ev, &c[x]) == MILTAG_REJECT);
#endif
  for (size_t x = 0; x < np + nph && !rc; x++) {
    const mt_cand *ci = x < np ? &c[s->picks[x]] : &c[base + (x - np)];
    MT_ASSERT(mt_ev_judged(s->img, ci));
    if (lazy) {
      s->sel[kept] = *ci;
      s->sel[kept].tagged = MT_TAGGED_NO;
      kept++;
      continue;
    }
    miltag_verdict v = cand_verdict(s, &ev, ci);
    if (v == MILTAG_REJECT || (v == MILTAG_NEEDS_EVIDENCE && !(s->flags & MILTAG_SCAN_AMBIGUOUS)))
      continue;
    s->sel[kept] = *ci;
    s->sel[kept].verdict = (uint8_t)v;
    s->sel[kept].tagged = MT_TAGGED_NO;
    kept++;
  }
  mt_cand *sel = s->sel;
  if (!rc) mt_sort(sel, kept, sizeof(mt_cand), cmp_cand, NULL);
  if (lazy) {
    if (!rc) rc = lazy_select(s, &ev, sel, kept);
    s->ncands = base;
    return rc;
  }
  /* 3. Select and emit, in start order. */
  for (size_t i = 0; i < kept && !rc;) {
    size_t j = i + 1;
    while (j < kept && sel[j].start == sel[i].start && sel[j].end == sel[i].end) j++;
    size_t start = s->toks[sel[i].start].start, end = s->toks[sel[i].end].end;
    /* unambiguous readings of a span win over ambiguous ones */
    int any_sure = 0;
    for (size_t g = i; g < j; g++) any_sure |= sel[g].verdict == MILTAG_ACCEPT;
    if (s->flags & MILTAG_SCAN_OVERLAPS) {
      rc = emit(s, sel + i, j - i, &ev, !any_sure);
    } else if (any_sure && start >= s->last_end) {
      if (!(rc = emit(s, sel + i, j - i, &ev, 0))) s->last_end = end;
    } else if (!any_sure && start >= s->last_end_amb && start >= s->last_end) {
      /* Ambiguous candidates are selected among themselves, after the
       * unambiguous ones, so that asking for them never changes the
       * unambiguous tags: they must not overlap a later sure tag. */
      int blocked = 0;
      /* sorted by start: stop at the first candidate past this one */
      for (size_t q = j; q < kept && !blocked && s->toks[sel[q].start].start < end; q++)
        if (sel[q].verdict == MILTAG_ACCEPT) blocked = 1;
      if (!blocked && !(rc = emit(s, sel + i, j - i, &ev, 1))) s->last_end_amb = end;
    }
    i = j;
  }
  if (!rc && inspect) rc = report(s, &ev, s->icands, n + nph, sel, kept);
  s->ncands = base;
  return rc;
}

/* Settle everything in the window (no partial match is alive).  last:
 * the text ends with it (no look-behind to keep). */
static int flush_all(miltag_scanner *s, unsigned next_gap, int last) {
  int judged = s->ncands != 0 || s->nhits != 0;
  if (last) {
    /* Nothing for settle to judge (no pick, no class word that gives the
     * grammar work, not the candidates mode: the context words of most
     * lines of English prose) and no look-behind to keep: settle would
     * return at once, so its call and the cache lines of its code are
     * spared. */
    int work = s->npicks || (s->cand_bits & MT_NODE_GRAM) || s->mode == MT_SCAN_CANDIDATES;
#ifdef MILTAG_ASSERTS
    int call = judged; /* (all the same, asserted to do nothing) */
#else
    int call = judged && work;
#endif
    int rc = 0;
    if (call) {
      /* the closing mark after the last token (its qclose), which only
       * settle's evidence reads, from the tokenizer's last gap */
      s->toks[s->ntoks - 1].qclose = (uint16_t)mt_tok_tail_quote(&s->tok);
      rc = settle(s, s->ncands, next_gap, SIZE_MAX);
      MT_ASSERT(work || rc == 0);
    }
    s->ncands = s->ntoks = s->nact = s->npicks = s->nhits = 0;
    s->cand_bits = 0;
    return rc;
  }
  int rc = judged ? settle(s, s->ncands, next_gap, s->ntoks > 2 ? s->ntoks - 2 : 0) : 0;
  /* the last words stay visible to the rules of the next sentence (an
   * initial: В. Путин) */
  mt_ev_carry(&s->ev, s->toks, s->ntoks, judged && !rc);
  s->ncands = s->npicks = s->nhits = 0;
  s->cand_bits = 0;
  s->ntoks = 0;
  s->nact = 0;
  return rc;
}

/* A stable partition: both groups keep the scanner's order (by end),
 * which the grammar's first-found rules (typed_name, numbered_name) and
 * the next window read; a partition by swaps moved a kept candidate
 * behind later ones whenever a final one came after it. */
size_t mt_cands_split(mt_cand *c, size_t n, uint32_t keep, mt_cand *rest) {
  size_t nf = 0, nr = 0;
  for (size_t i = 0; i < n; i++) {
    if (c[i].start < keep) c[nf++] = c[i]; /* (nf <= i) */
    else rest[nr++] = c[i];
  }
  if (nr) memcpy(c + nf, rest, nr * sizeof *c);
  MT_ASSERT(nf + nr == n);
  return nf;
}

/* The window is full but partial matches are alive: settle the matches
 * that start before the oldest live one and drop the tokens before it. */
static int flush_partial_once(miltag_scanner *s, unsigned next_gap) {
  uint32_t keep = (uint32_t)s->ntoks;
  for (size_t k = 0; k < s->nact; k++)
    if (s->act[k].start < keep) keep = s->act[k].start;
  MT_ASSERT(keep <= s->ntoks);
  /* candidates are ordered by end; the final ones (start < keep) first */
  if (mt_reserve(&s->a, (void **)&s->sel, &s->cap_sel, s->ncands, sizeof(mt_cand)))
    return MILTAG_E_NOMEM;
  size_t nf = mt_cands_split(s->cands, s->ncands, keep, s->sel);
  size_t all = s->ncands;
  /* (the hits before keep are final too: settled, as the candidates) */
  size_t nhf = 0;
  for (size_t i = 0; i < s->nhits; i++) nhf += s->hits[i].tok < keep;
  int rc = find_picks(s);
  if (!rc && (nf || nhf)) rc = settle(s, nf, next_gap, keep > 2 ? keep - 2 : 0);
  if (rc) return rc;
  /* keep the rest, re-based */
  size_t w = 0;
  for (size_t i = nf; i < all; i++) {
    mt_cand t = s->cands[i];
    t.start -= keep;
    t.end -= keep;
    s->cands[w++] = t;
  }
  s->ncands = w;
  w = 0;
  for (size_t i = 0; i < s->nhits; i++)
    if (s->hits[i].tok >= keep) {
      s->hits[w] = s->hits[i];
      s->hits[w++].tok -= keep;
    }
  s->nhits = w;
  if ((rc = find_picks(s))) return rc;
  mt_ev_carry(&s->ev, s->toks, keep, nf || nhf);
  memmove(s->toks, s->toks + keep, (s->ntoks - keep) * sizeof(mt_stok));
  s->ntoks -= keep;
  for (size_t k = 0; k < s->nact; k++) s->act[k].start -= keep;
  return 0;
}

static int flush_partial(miltag_scanner *s, unsigned next_gap) {
  for (;;) {
    int rc = flush_partial_once(s, next_gap);
    if (rc || s->ncands + s->nhits < MT_MAX_CANDS / 2 || !s->nact) return rc;
    /* Too many matches still wait for the oldest partial ones: drop those
     * (the states of the oldest start, which come first), so that the
     * next round can settle more. */
    uint32_t oldest = s->act[0].start;
    size_t k = 0;
    while (k < s->nact && s->act[k].start == oldest) k++;
    memmove(s->act, s->act + k, (s->nact - k) * sizeof(mt_state));
    s->nact -= k;
    s->incomplete = 1;
  }
}

/* ------------------------------------------------------------ scanning */

/* The word cache (scanner.h): the id of a word of 1-8 bytes, w its bytes
 * with zeros after them, or -1 if it is not there.  A hit trades places
 * with way 0 (almost as good as keeping the ways in the order of their
 * use: simulated on English with 2048 sets, 92.8% hits against 93.3%),
 * without a branch on the way it was found in, which the processor
 * cannot predict. */
static inline int64_t idc_get(mt_idc_set *set, uint64_t w) {
  /* most hits are in way 0 (the word last seen in its set: 80% of the
   * English words of a MiB, 89% of the Russian): no compare of the others
   * and no trade of places then */
  if (MT_LIKELY(set->w[0] == w)) return set->id[0];
  unsigned m = 0;
#if defined(__SSE2__)
  /* ways 0-3 two at a time: a way is equal where both of its halves are */
  _Static_assert(MT_IDC_WAYS == 5, "four ways by SSE2, the fifth alone");
  __m128i x = _mm_set1_epi64x((long long)w);
  __m128i c0 = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)set->w), x);
  __m128i c1 = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)set->w + 1), x);
  c0 = _mm_and_si128(c0, _mm_shuffle_epi32(c0, _MM_SHUFFLE(2, 3, 0, 1)));
  c1 = _mm_and_si128(c1, _mm_shuffle_epi32(c1, _MM_SHUFFLE(2, 3, 0, 1)));
  m = (unsigned)_mm_movemask_pd(_mm_castsi128_pd(c0)) |
      (unsigned)_mm_movemask_pd(_mm_castsi128_pd(c1)) << 2 | (unsigned)(set->w[4] == w) << 4;
#else
  for (unsigned k = 0; k < MT_IDC_WAYS; k++) m |= (unsigned)(set->w[k] == w) << k;
#endif
  if (!m) return -1;
  unsigned k = (unsigned)__builtin_ctz(m);
  uint32_t id = set->id[k];
  set->w[k] = set->w[0];
  set->id[k] = set->id[0];
  set->w[0] = w;
  set->id[0] = id;
  return id;
}

/* Put a word of 1-8 bytes in way 0, the others one way down; the one in
 * the last way goes. */
static inline void idc_put(mt_idc_set *set, uint64_t w, uint32_t id) {
#if defined(__SSE2__)
  /* (ways 0-3 moved by three loads and three stores, all loads first: the
   * loop of ways was sixteen scalar instructions a put; GCC calls memmove
   * for the 32 bytes) */
  _Static_assert(MT_IDC_WAYS == 5, "four ways moved by SSE2");
  __m128i w01 = _mm_loadu_si128((const __m128i *)set->w);
  __m128i w23 = _mm_loadu_si128((const __m128i *)set->w + 1);
  __m128i i03 = _mm_loadu_si128((const __m128i *)set->id);
  _mm_storeu_si128((__m128i *)&set->w[1], w01);
  _mm_storeu_si128((__m128i *)&set->w[3], w23);
  _mm_storeu_si128((__m128i *)&set->id[1], i03);
#else
  for (unsigned k = MT_IDC_WAYS - 1; k > 0; k--) set->w[k] = set->w[k - 1], set->id[k] = set->id[k - 1];
#endif
  set->w[0] = w;
  set->id[0] = id;
}

/* The same for words of 9-16 bytes. */
static inline int64_t idc_get_long(mt_idc_lset *set, uint64_t w0, uint64_t w1, uint32_t len) {
  if (set->w0[0] == w0 && set->w1[0] == w1 && set->len[0] == len) return set->id[0]; /* (way 0) */
  unsigned m = 0;
  for (unsigned k = 0; k < MT_IDC_LWAYS; k++)
    m |= (unsigned)((set->w0[k] == w0) & (set->w1[k] == w1) & (set->len[k] == len)) << k;
  if (!m) return -1;
  unsigned k = (unsigned)__builtin_ctz(m);
  uint32_t id = set->id[k];
  set->w0[k] = set->w0[0];
  set->w1[k] = set->w1[0];
  set->id[k] = set->id[0];
  set->len[k] = set->len[0];
  set->w0[0] = w0;
  set->w1[0] = w1;
  set->id[0] = id;
  set->len[0] = (uint8_t)len;
  return id;
}

static inline void idc_put_long(mt_idc_lset *set, uint64_t w0, uint64_t w1, uint32_t len,
                                uint32_t id) {
  /* (each array moved by one load and one store, as idc_put does) */
  memmove(&set->w0[1], &set->w0[0], (MT_IDC_LWAYS - 1) * sizeof set->w0[0]);
  memmove(&set->w1[1], &set->w1[0], (MT_IDC_LWAYS - 1) * sizeof set->w1[0]);
  memmove(&set->id[1], &set->id[0], (MT_IDC_LWAYS - 1) * sizeof set->id[0]);
  memmove(&set->len[1], &set->len[0], (MT_IDC_LWAYS - 1) * sizeof set->len[0]);
  set->w0[0] = w0;
  set->w1[0] = w1;
  set->id[0] = id;
  set->len[0] = (uint8_t)len;
}

/* Cache a word's id, in its set of the short or the long words (if any);
 * a word that is there already (in way 0: MILTAG_ASSERTS builds look up
 * the words they find) is not put twice. */
static inline void idc_store(mt_idc_set *set, mt_idc_lset *lset, uint64_t w0, uint64_t w1,
                             size_t len, uint32_t id, int there) {
  if (there) return;
  if (set) idc_put(set, w0, id);
  else if (lset) idc_put_long(lset, w0, w1, (uint32_t)len, id);
}

/* Has w a zero byte among its first len (1-8) bytes, in memory order?
 * A short word is cached as its bytes with zeros after them, so a word
 * with a zero byte of its own would share its way with a shorter one. */
static inline int idc_zero_in(uint64_t w, size_t len) {
  const uint64_t ones = 0x0101010101010101ull;
  uint64_t x = w | ~mt_first_bytes(~0ull, len); /* the bytes past the word: FF */
  return ((x - ones) & ~x & (ones << 7)) != 0;
}

/* The n bytes at p (n < 8) with zeros after them: the text's end. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t load_short(const char *p, size_t n) {
  MT_ASSERT(n >= 1 && n < 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* two loads that overlap, not a call of memcpy: every line's last
   * word or two come here (a line's end is within eight bytes) */
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
    return (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
  }
  const unsigned char *b = (const unsigned char *)p;
  return (uint64_t)b[0] | (uint64_t)b[n / 2] << (8 * (n / 2)) | (uint64_t)b[n - 1] << (8 * (n - 1));
#else
  uint64_t w = 0;
  memcpy(&w, p, n);
  return w;
#endif
}

/* The first eight bytes at p, of which n are text (n >= 1): one load but
 * at the text's end (then zeros past it).  The copy of fewer bytes is a
 * call, so that no word of lookup's goes through memory. */
static inline uint64_t load_upto8(const char *p, size_t n) {
  uint64_t w;
  if (__builtin_expect(n >= 8, 1)) memcpy(&w, p, 8);
  else w = load_short(p, n);
  return w;
}

/* The id of token t (of the scan's text).  The prefilter turns away most
 * tokens that are no key before their key is built (prefilter.h); with
 * want_key the key is built into s->key all the same.  A token's id
 * depends on its bytes alone (mt_normalize reads nothing else), so the
 * word cache takes the tokens of every charset: plain words, and the
 * numbers with separators, U.S, don't and the like that the
 * normalizer's general way would fold again at each of them. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* (into run's loop, where want_key is 0) */
#endif
static inline int lookup(miltag_scanner *s, mt_stok *st, int want_key, const char *text,
                         size_t text_len, mt_idc_set *idc, size_t idc_len, int pf) {
  const mt_stok *t = st; /* (its bytes, charset: as the tokenizer gave them) */
  const char *p = text + t->start;
  size_t len = t->end - t->start;
  mt_idc_set *set = NULL;
  mt_idc_lset *lset = NULL;
  uint64_t w0 = 0, w1 = 0;
  int64_t cached = -1; /* only MILTAG_ASSERTS builds look up a cached word */
  /* (idc_len is 0 without a prefilter: then no cache either, and the
   * word that the cache takes tests one bound, not the prefilter too) */
  MT_ASSERT(pf || !idc_len);
  if (MT_LIKELY(!want_key)) {
    /* first the cache, by the word's bytes: most words of running text
     * are among the few thousand most frequent, keys or not (hits: 93%
     * of English tokens) */
    if (MT_LIKELY(len - 1 < idc_len)) { /* len - 1 < 16 once the cache is on */
      int64_t id = -1;
      w0 = load_upto8(p, text_len - t->start);
      if (len <= 8) {
        w0 = mt_first_bytes(w0, len);
        /* plain letters and digits have no zero byte; another token may */
        if (MT_LIKELY(t->charset != MT_CHARSET_ANY || !idc_zero_in(w0, len))) {
          MT_ASSERT(w0 != 0);
          set = &idc[(w0 * 0x9E3779B97F4A7C15ull) >> (64 - MT_IDC_BITS)];
          id = idc_get(set, w0);
        }
      } else {
        memcpy(&w1, p + len - 8, 8);
        uint64_t x = (w0 ^ (w1 * 0x9E3779B97F4A7C15ull) ^ len) * 0xBF58476D1CE4E5B9ull;
        lset = &s->idcl[x >> (64 - MT_IDC_LBITS)];
        id = idc_get_long(lset, w0, w1, (uint32_t)len);
      }
      if (MT_LIKELY(id >= 0)) {
#ifndef MILTAG_ASSERTS
        st->id = (uint32_t)id;
        return 0;
#else
        cached = id; /* checked against the lookup below, in way 0 already */
#endif
      }
    }
    /* (the image's pointer loaded here, past the cache: a local from the
     * top was a load and a store to the stack at every token) */
    const mt_image *img = s->img;
    if (pf && t->charset != MT_CHARSET_ANY) {
      uint64_t head, tail;
      mt_key_ends(p, len, text_len - t->start, t->charset, &head, &tail);
      if (!mt_pf_test(img->prefilter, img->h->prefilter_words, mt_pf_hash(head, tail, len))) {
        st->id = MT_NONE;
#ifdef MILTAG_ASSERTS
        MT_ASSERT(cached < 0 || cached == MT_NONE);
#endif
        idc_store(set, lset, w0, w1, len, MT_NONE, cached >= 0);
        return 0;
      }
    }
  }
  int rc = mt_normalize_token(&s->lex->norm, &s->a, &s->ns, p, len, text_len - t->start,
                              t->charset, &s->key);
  if (rc < 0) return rc; /* MT_NO_KEY: past the bounds of a key, the empty key */
  /* mt_image_lookup_padded reads MT_KEY_PAD bytes past the key */
  MT_ASSERT(s->key.cap >= s->key.len + MT_KEY_PAD);
  const mt_image *img = s->img;
  if (!s->key.len ||
      (img->prefilter && t->charset == MT_CHARSET_ANY &&
       !mt_pf_pass_key(img->prefilter, img->h->prefilter_words, s->key.data, s->key.len)))
    st->id = MT_NONE;
  else
    st->id = mt_image_lookup_padded(img, s->key.data, s->key.len);
#ifdef MILTAG_ASSERTS
  MT_ASSERT(cached < 0 || cached == st->id);
#endif
  idc_store(set, lset, w0, w1, len, st->id, cached >= 0);
  return 0;
}

/* Does the last token end a grammar word written with its period (2-я
 * гв. мотострелковая, імені, им. Арсена Павлова)?  Then the period that
 * follows it ends no sentence. */
static int dot_word_before(const miltag_scanner *s) {
  uint32_t last = (uint32_t)s->ntoks - 1;
  for (size_t k = s->ncands; k-- > 0 && s->cands[k].end == last;)
    if (s->cands[k].kind == MT_CAND_MATCH && mt_gram_dot_word(s->img, s->cands[k].node)) return 1;
  return 0;
}

/* mt_stok lays its fields as mt_token does, and its own in mt_token's
 * padding (window.h), so that the tokenizer writes the window's tokens */
_Static_assert(sizeof(mt_stok) == sizeof(mt_token) && offsetof(mt_stok, tok) == 0 &&
                   offsetof(mt_stok, start) == offsetof(mt_token, start) &&
                   offsetof(mt_stok, end) == offsetof(mt_token, end) &&
                   offsetof(mt_stok, gapsig) == offsetof(mt_token, gapsig) &&
                   offsetof(mt_stok, gap) == offsetof(mt_token, gap) &&
                   offsetof(mt_stok, flags) == offsetof(mt_token, flags) &&
                   offsetof(mt_stok, lead_quote) == offsetof(mt_token, lead_quote) &&
                   offsetof(mt_stok, charset) == offsetof(mt_token, charset) &&
                   offsetof(mt_stok, qclose) >= offsetof(mt_token, zero) &&
                   offsetof(mt_stok, qclose) + sizeof(((mt_stok *)0)->qclose) <=
                       offsetof(mt_token, zero) + sizeof(((mt_token *)0)->zero) &&
                   sizeof(((mt_stok *)0)->gap) == sizeof(((mt_token *)0)->gap) &&
                   sizeof(((mt_stok *)0)->flags) == sizeof(((mt_token *)0)->flags),
               "mt_stok is mt_token with its own fields in the padding");

/* A token's gap, flags and lead_quote in one word (gap in the low 16
 * bits, flags in the next 8, lead_quote in the top 8), read by one load
 * where the fields lie so: run's test of every token for the rare ones
 * is one test of it. */
#define STOK_GFL_FLAGS(x) (((x) >> 16) & 0xFFu)
#define STOK_GFL_FLAG(f) ((uint32_t)(f) << 16) /* (flags f where gfl has them) */
#define STOK_GFL_QUOTE 0xFF000000u
static inline uint32_t stok_gfl(const mt_stok *t) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  _Static_assert(offsetof(mt_stok, flags) == offsetof(mt_stok, gap) + 2 &&
                     offsetof(mt_stok, lead_quote) == offsetof(mt_stok, gap) + 3,
                 "gap, flags and lead_quote make one word");
  uint32_t x;
  memcpy(&x, &t->gap, sizeof x);
  return x;
#else
  return (uint32_t)t->gap | (uint32_t)t->flags << 16 | (uint32_t)t->lead_quote << 24;
#endif
}

/* The window was settled (in part) while the tokenizer's batch waited
 * after it, at s->toks[from..*ahead): move the batch down to the
 * window's new end. */
static void ahead_down(miltag_scanner *s, size_t from, size_t *ahead) {
  MT_ASSERT(s->ntoks <= from && from < *ahead && *ahead <= s->cap_toks);
  memmove(s->toks + s->ntoks, s->toks + from, (*ahead - from) * sizeof(mt_stok));
  *ahead -= from - s->ntoks;
}

/* Settle the window before the newest token of the tokenizer's batch
 * (s->toks[s->ntoks..*ahead)), whose gap is gap: all of it (partial: 0),
 * or as much as the live partial matches allow; then the batch moves
 * down to the window's new end, where the token is s->toks[s->ntoks]. */
static inline int flush_before(miltag_scanner *s, unsigned gap, size_t *ahead, int partial) {
  size_t from = s->ntoks;
  s->pend_next = 0; /* (taken or ended: run's pend_take came first) */
  int rc = partial ? flush_partial(s, gap) : flush_all(s, gap, 0);
  if (!rc) ahead_down(s, from, ahead);
  return rc;
}

/* The match kept aside by key_step or start_step (scanner.h: pend_next)
 * becomes live if token i, the newest, is the token right after it and a
 * key that the edge filter lets through: where it is not, no edge of the
 * match's node takes the token (the node has no slot bit, a token that
 * is no key has no other id, and ends_fast: a further word of a quoted
 * name, the id only a live match gives, starts nothing), and the match
 * ends as step would end it. */
static inline void pend_take(miltag_scanner *s, uint32_t i, const mt_stok *t) {
  if (MT_UNLIKELY(s->pend_next == i) && i) {
    /* (key_step's leaves none live; start_step's, the {Name} and number
     * slots' of the same token, which come after it in step's order) */
    MT_ASSERT(s->nact < FAST_STATES && s->cap_act >= FAST_STATES);
#ifdef MILTAG_ASSERTS
    for (size_t k = 0; k < s->nact; k++) MT_ASSERT(s->act[k].start == i - 1);
#endif
    /* (all_end's test of a live match at a node of no slot bit: a key
     * whose pair with the node the edge filter lacks ends it too) */
    if (t->id != MT_NONE && mt_image_key_edge_maybe(s->img, s->pend_node, t->id)) {
      if (s->nact) memmove(s->act + 1, s->act, s->nact * sizeof *s->act);
      s->act[0] = (mt_state){i - 1, s->pend_node, 0, 0};
      s->nact++;
#ifdef MILTAG_ASSERTS
      /* the live states as step has them after token i - 1: the same
       * states in the same order (the kept match first, as its id comes
       * first) */
      MT_ASSERT(s->pend_live_at == i && s->nact == s->pend_nlive);
      for (size_t k = 0; k < s->nact; k++)
        MT_ASSERT(s->act[k].start == s->pend_live[k].start && s->act[k].node == s->pend_live[k].node &&
                  s->act[k].num_at == s->pend_live[k].num_at &&
                  s->act[k].name_at == s->pend_live[k].name_at);
#endif
    }
    s->pend_next = 0;
#ifdef MILTAG_ASSERTS
    s->pend_live_at = 0; /* (used up: no later match may check against them) */
#endif
  }
}

/* One scan; s->mode and the callbacks are set. */
static int run(miltag_scanner *s, const char *text, size_t len, unsigned flags) {
  MT_ASSERT(atomic_load(&s->busy)); /* the caller holds the busy flag */
  s->flags = flags;
  s->text = text;
  s->text_len = len;
  s->last_end = 0;
  s->last_end_amb = 0;
  s->incomplete = 0;
  s->ntoks = s->nact = s->ncands = s->npicks = s->nhits = 0;
  s->pend_next = 0;
#ifdef MILTAG_ASSERTS
  s->pend_live_at = 0;
#endif
  s->cand_bits = 0;
  mt_ev_scratch_reset(&s->ev);
  int rc = mt_tok_reset(&s->tok, text, len);
  if (rc) return rc;
  if ((s->cap_act < FAST_STATES &&
       mt_reserve(&s->a, (void **)&s->act, &s->cap_act, FAST_STATES, sizeof(mt_state))) ||
      (s->cap_nxt < FAST_STATES &&
       mt_reserve(&s->a, (void **)&s->nxt, &s->cap_nxt, FAST_STATES, sizeof(mt_state))))
    return MILTAG_E_NOMEM;
  /* The tokenizer writes a batch of tokens straight into the window's
   * array, after the window: s->toks[s->ntoks..ahead).  Each token joins
   * the window where it lies (the window grows by one), unless the window
   * is settled before it: then the batch moves down to the window's new
   * end (a sentence's end, a few tokens). */
  size_t ahead = 0;
  /* May the window be at one of its caps (MT_WINDOW_TOKENS tokens,
   * MT_MAX_CANDS candidates) before the next token?  Never 0 where it is,
   * and found again only where a cap comes near (a batch, a flush, step),
   * so that a token tests one flag.  Of the candidates: key_step and
   * start_step push four a token at most (FAST_CANDS: a key, two number
   * slots, a {Name}), so a batch of
   * tokens that starts FAST_CANDS * MT_TOK_QUEUE below the cap cannot
   * reach it but by step, which may push any number. */
#define FAST_CANDS 4u
#define NEAR_CAP(s, ahead)                                                                      \
  ((ahead) > MT_WINDOW_TOKENS || (s)->ncands + (s)->nhits + FAST_CANDS * MT_TOK_QUEUE >= MT_MAX_CANDS)
  /* (a token is rare where gfl has a bit of `rare`: every token once
   * the window is near a cap, as a token's gap always has a bit, where
   * there is none MILTAG_GAP_NONE (asserted below), else one after a
   * quotation mark or at a sentence's end) */
#define RARE(near) ((near) ? ~0u : STOK_GFL_QUOTE | MILTAG_GAP_BREAK)
  uint32_t rare = RARE(0);
  /* (what lookup reads of the scanner, in locals: the stores of the loop
   * through its pointers would have it reloaded at each token) */
  mt_idc_set *const idc = s->idc;
  const int pf = s->img->prefilter != NULL;
  const size_t idc_len = pf ? s->idc_len : 0;
  for (;;) {
    if (MT_UNLIKELY(s->ntoks == ahead)) { /* (one token in ten) */
      /* (the text's end, known without a call: most lines' last batch) */
      if (mt_tok_ended(&s->tok)) {
        rc = 0;
        break;
      }
      /* room for a batch (the window stays below MT_WINDOW_TOKENS) */
      if (s->ntoks + MT_TOK_QUEUE > s->cap_toks &&
          mt_reserve(&s->a, (void **)&s->toks, &s->cap_toks, s->ntoks + MT_TOK_QUEUE, sizeof(mt_stok)))
        return MILTAG_E_NOMEM;
      if ((rc = mt_tok_batch(&s->tok, &s->toks[s->ntoks].tok, MT_TOK_QUEUE)) <= 0) break;
      ahead = s->ntoks + (size_t)rc;
      rare = RARE(NEAR_CAP(s, ahead));
    }
    mt_stok *t = &s->toks[s->ntoks];
    /* qclose 0 until the next token says otherwise: the tokenizer wrote
     * it so (mt_token.zero) */
    MT_ASSERT(t->qclose == 0);
    int e = lookup(s, t, 0, text, len, idc, idc_len, pf);
    if (e) return e;
    MT_ASSERT(rare == ~0u || (s->ntoks < MT_WINDOW_TOKENS && s->ncands + s->nhits < MT_MAX_CANDS));
    /* One test for the rare tokens (a quotation mark before one: one
     * English token in 300; a sentence's end within the text: one in
     * 150; a cap near), so that the others pass with one branch. */
    const uint32_t gfl = stok_gfl(t);
    MT_ASSERT((gfl & 0xFFFFu) == t->gap && STOK_GFL_FLAGS(gfl) == t->flags &&
              gfl >> 24 == t->lead_quote);
    MT_ASSERT(t->gap != 0); /* (so gfl & ~0u is never 0) */
    if (MT_UNLIKELY(gfl & rare)) {
      if (t->lead_quote && s->ntoks) s->toks[s->ntoks - 1].qclose = (uint16_t)t->lead_quote;
      /* (a match kept aside is live before the sentence's end is tested) */
      pend_take(s, (uint32_t)s->ntoks, t);
      /* A sentence ends here unless a match runs on across it. */
      if ((t->gap & MILTAG_GAP_BREAK) && s->ntoks && !any_continues(s, t) && !dot_word_before(s)) {
        if ((e = flush_before(s, t->gap, &ahead, 0))) return e;
        t = &s->toks[s->ntoks];
        rare = RARE(NEAR_CAP(s, ahead));
      } else if (rare == ~0u && (s->ntoks >= MT_WINDOW_TOKENS || s->ncands + s->nhits >= MT_MAX_CANDS)) {
        if ((e = flush_before(s, t->gap, &ahead, s->nact != 0))) return e;
        t = &s->toks[s->ntoks];
        rare = RARE(NEAR_CAP(s, ahead));
      }
    }
    s->ntoks++;
    MT_ASSERT(s->ntoks <= MT_WINDOW_TOKENS && s->ntoks <= ahead && ahead <= s->cap_toks);
    /* Most words are no key, and where no match is alive such a word
     * can neither start nor continue one: a word that is no key, no
     * number and no capitalized name has no id in token_ids (the assert
     * keeps the two in step), and step would only find nothing. */
    if (t->id == MT_NONE && !(gfl & STOK_GFL_FLAG(MT_TOK_DIGITS | MT_TOK_CAP))) {
      if (!s->nact) {
#ifdef MILTAG_ASSERTS
        uint32_t ids[5];
        MT_ASSERT(token_ids(s, t, 0, ids) == 0);
#endif
        continue;
      }
      /* A live match that cannot go on over a plain word (after the, in,
       * a): all of them end, and the word starts nothing. */
      if (plain_ends(s, (uint32_t)(s->ntoks - 1), t)) {
#ifdef MILTAG_ASSERTS
        /* the long way, checked against the shortcut */
        size_t ncands = s->ncands;
        MT_ASSERT(all_end_plain(s, (uint32_t)(s->ntoks - 1)));
        if ((e = step(s, (uint32_t)(s->ntoks - 1)))) return e;
        MT_ASSERT(s->nact == 0 && s->ncands == ncands);
#endif
        s->nact = 0;
        continue;
      }
    }
    /* (a plain word ends a match kept aside where it leaves above, with
     * no match live or through plain_ends beside start_step's live ones,
     * without pend_take: it has no id, which no edge takes, and pend_next,
     * left behind the window's end, is cleared by the next flush) */
    pend_take(s, (uint32_t)(s->ntoks - 1), t);
    /* Where every live match ends here, the token is one where none is
     * alive (of ids, only a further word of a quoted name needs one, and
     * it starts nothing: ends_fast): the shortcuts below take it. */
    if (s->nact && all_end(s, (uint32_t)(s->ntoks - 1), t)) {
      MT_ASSERT(all_end_plain(s, (uint32_t)(s->ntoks - 1)));
      s->nact = 0;
    }
    /* key_only, name_only and start_only in turn, spelled out by what
     * they test (asserted), so that each token tests its id, flags and
     * the live matches once: a key of no digits and no capital takes
     * key_step; a capitalized word that is no key, name_step (no match
     * alive, or all at the {Name} node); a number, or a capitalized key,
     * start_step */
    uint32_t i = (uint32_t)(s->ntoks - 1);
    /* (the flags where gfl has them, as above) */
    MT_ASSERT(STOK_GFL_FLAGS(gfl) == t->flags);
    int kind; /* 1 key_step, 2 name_step, 3 start_step, 0 step */
    if (!s->nact) {
      if (t->id != MT_NONE) kind = !(gfl & STOK_GFL_FLAG(MT_TOK_DIGITS | MT_TOK_CAP)) ? 1 : 0;
      else kind = s->name_fast && !(gfl & STOK_GFL_FLAG(MT_TOK_DIGITS)) ? 2 : 0;
      if (!kind && (!(gfl & STOK_GFL_FLAG(MT_TOK_DIGITS)) || s->mode == MT_SCAN_TAGS)) kind = 3;
    } else {
      kind = name_only(s, t) ? 2 : 0;
    }
    MT_ASSERT(kind == (key_only(s, t)    ? 1
                       : name_only(s, t)  ? 2
                       : start_only(s, t) ? 3
                                          : 0));
    /* (t given, not found again from s->toks: the loop stores through s,
     * so the compiler would load s->toks at each shortcut) */
    if (kind == 1) e = key_step(s, i, t);
    else if (kind == 2) e = name_step(s, i, t);
    else if (kind == 3) e = start_step(s, i, t);
    else if (!(e = step(s, i)) && NEAR_CAP(s, ahead)) rare = RARE(1);
    if (e) return e;
    /* (the rest of the batch cannot reach the cap without a flag) */
    MT_ASSERT(rare == ~0u || s->ncands + s->nhits + FAST_CANDS * (ahead - s->ntoks) < MT_MAX_CANDS);
  }
#undef NEAR_CAP
#undef FAST_CANDS
#undef RARE
  if (rc < 0) return rc;
  MT_ASSERT(s->ntoks == ahead);
  rc = flush_all(s, MILTAG_GAP_BREAK, 1);
  return rc == 0 && s->incomplete ? MILTAG_INCOMPLETE : rc;
}

/* The word cache is turned on once the texts of the scanner come to
 * MT_IDC_AFTER bytes, this one's included (scanner.h). */
static void idc_count(miltag_scanner *s, size_t len) {
  if (s->idc_len) return;
  s->idc_seen = len < MT_IDC_AFTER - s->idc_seen ? s->idc_seen + len : MT_IDC_AFTER;
  if (s->idc_seen == MT_IDC_AFTER) s->idc_len = 16;
}

int mt_scan_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                miltag_callback cb, void *ctx) {
  idc_count(s, len);
  s->mode = MT_SCAN_TAGS;
  s->hit_stop = MT_EV_HIT_STOP;
  s->cb = cb;
  s->ccb = NULL;
  s->cb_ctx = ctx;
  return run(s, text, len, flags);
}

int mt_candidates_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                      miltag_candidate_callback cb, void *ctx) {
  idc_count(s, len);
  s->mode = MT_SCAN_CANDIDATES;
  s->hit_stop = ~0u; /* (every candidate is reported) */
  s->cb = NULL;
  s->ccb = cb;
  s->cb_ctx = ctx;
  int rc = run(s, text, len, flags);
  s->mode = MT_SCAN_TAGS;
  s->hit_stop = MT_EV_HIT_STOP;
  return rc;
}

int mt_tokens_run(miltag_scanner *s, const char *text, size_t len,
                  miltag_token_callback cb, void *ctx) {
  MT_ASSERT(atomic_load(&s->busy));
  /* lookup reads ASCII keys on into the text, up to its end */
  s->text = text;
  s->text_len = len;
  int rc = mt_tok_reset(&s->tok, text, len);
  if (rc) return rc;
  mt_token t;
  while ((rc = mt_tok_next(&s->tok, &t)) == 1) {
    mt_stok st = {.start = t.start, .end = t.end, .gapsig = t.gapsig, .gap = (uint16_t)t.gap,
                  .flags = t.flags, .charset = t.charset, .id = MT_NONE};
    if ((rc = lookup(s, &st, 1, s->text, s->text_len, s->idc, s->img->prefilter ? s->idc_len : 0,
                     s->img->prefilter != NULL)))
      return rc;
    miltag_token out;
    out.start = t.start;
    out.end = t.end;
    out.key = s->key.data ? s->key.data : "";
    out.key_len = s->key.len;
    out.gap = t.gap;
    out.known = st.id != MT_NONE;
    if (cb(&out, ctx)) return MILTAG_STOPPED;
  }
  return rc < 0 ? rc : 0;
}
