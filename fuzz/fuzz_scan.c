/* Fuzz target: tag arbitrary bytes with the built-in lexicon, in every
 * scan mode, and inspect the tokens and the candidates; the tokenizer's
 * fast ways of finding tokens must agree with one another.  The first input
 * byte picks the flags.  Every tag must be in bounds, on character
 * boundaries, ordered, and non-overlapping unless overlaps were asked
 * for; every candidate too, with a verdict that fits its reason, and its
 * tagged spans must be the tags. */
#include "fuzz_common.h"
#include "tokenize.h"

typedef struct check {
  const unsigned char *text;
  size_t len;
  const unsigned char *bound;
  unsigned flags;
  size_t last_start, last_end, n;
  const miltag_lexicon *lex;
  size_t tag_start, tag_end; /* the last tagged span of the candidates */
} check;

static int on_tag(const miltag_tag *t, void *ctx) {
  check *c = ctx;
  FUZZ_CHECK(t->start < t->end && t->end <= c->len);
  FUZZ_CHECK(c->bound[t->start] && c->bound[t->end]);
  FUZZ_CHECK(t->start >= c->last_start);
  if (!(c->flags & MILTAG_SCAN_OVERLAPS) && c->n) FUZZ_CHECK(t->start >= c->last_end);
  FUZZ_CHECK(t->n_candidates >= 1 && t->candidates[0] == t->entry);
  FUZZ_CHECK(t->entry < miltag_lexicon_entry_count(c->lex));
  FUZZ_CHECK(t->category >= MILTAG_CASUALTY && t->category <= MILTAG_SLANG);
  FUZZ_CHECK(t->id && t->label && t->lang && t->attrs);
  /* a count only on a casualty tag, its number in bounds and outside the
   * code (docs/counts.md) */
  if (t->count == MILTAG_NO_COUNT) {
    FUZZ_CHECK(t->count_min == MILTAG_NO_COUNT && t->count_max == MILTAG_NO_COUNT);
    FUZZ_CHECK(t->count_start == 0 && t->count_end == 0);
  } else {
    FUZZ_CHECK(t->category == MILTAG_CASUALTY);
    FUZZ_CHECK(t->count >= 0 && t->count == t->count_min && t->count_min <= t->count_max);
    FUZZ_CHECK(t->count_start < t->count_end && t->count_end <= c->len);
    FUZZ_CHECK(c->bound[t->count_start] && c->bound[t->count_end]);
    FUZZ_CHECK(t->count_end <= t->start || t->count_start >= t->end);
  }
  /* captures lie inside the tag; a number is digits, its value theirs */
  FUZZ_CHECK(t->number.start <= t->number.end && t->name.start <= t->name.end);
  if (t->number.end > t->number.start) {
    FUZZ_CHECK(t->number.start >= t->start && t->number.end <= t->end);
    uint64_t v = 0;
    int fits = 1;
    for (size_t i = t->number.start; i < t->number.end; i++) {
      FUZZ_CHECK(c->text[i] >= '0' && c->text[i] <= '9');
      if (v > (UINT64_MAX - 1 - (uint64_t)(c->text[i] - '0')) / 10) fits = 0;
      v = v * 10 + (uint64_t)(c->text[i] - '0');
    }
    FUZZ_CHECK(t->number_value == (fits ? v : MILTAG_NO_NUMBER));
  } else if (t->number_value != MILTAG_NO_NUMBER) {
    /* a value without digits captured: a number in words (Третья рота) or
     * one the entry's number= says itself, both only from the formation
     * grammar (miltag.h, miltag_tag.number) */
    FUZZ_CHECK(t->category == MILTAG_UNIT);
  }
  /* a name may be the whole tag: an English quoted name before its type
   * word is tagged alone (the ‘Skelya’ battalion) */
  if (t->name.end > t->name.start)
    FUZZ_CHECK(t->name.start >= t->start && t->name.end <= t->end && c->bound[t->name.start] &&
               c->bound[t->name.end]);
  c->last_start = t->start;
  c->last_end = t->end;
  c->n++;
  return 0;
}

static int on_token(const miltag_token *t, void *ctx) {
  check *c = ctx;
  FUZZ_CHECK(t->start < t->end && t->end <= c->len);
  FUZZ_CHECK(c->bound[t->start] && c->bound[t->end]);
  FUZZ_CHECK(t->start >= c->last_end);
  FUZZ_CHECK(strlen(t->key) == t->key_len);
  c->last_end = t->end;
  return 0;
}

static int on_candidate(const miltag_candidate *k, void *ctx) {
  check *c = ctx;
  FUZZ_CHECK(k->start < k->end && k->end <= c->len);
  FUZZ_CHECK(c->bound[k->start] && c->bound[k->end]);
  FUZZ_CHECK(k->start >= c->last_start);
  FUZZ_CHECK(k->row < miltag_lexicon_row_count(c->lex));
  FUZZ_CHECK(k->entry < miltag_lexicon_entry_count(c->lex));
  FUZZ_CHECK(miltag_reason_name((int)k->reason) != NULL);
  FUZZ_CHECK(miltag_reason_verdict((int)k->reason) == (int)k->verdict);
  FUZZ_CHECK(!k->tagged || k->verdict != MILTAG_REJECT);
  /* a tagged span counts once: its rows come one after another (untagged
   * rows of the span may come between; a nested span with the same end,
   * 2-7 after 0-7 in overlaps mode, is another tag) */
  if (k->tagged && !(c->n && k->start == c->tag_start && k->end == c->tag_end)) {
    c->n++;
    c->tag_start = k->start;
    c->tag_end = k->end;
  }
  c->last_start = k->start;
  return 0;
}

/* The tokenizer's ways of finding plain tokens (its window with vector
 * or portable classification, byte by byte) give the same tokens. */
static void same_tokens_every_way(const unsigned char *text, size_t len) {
  static mt_tokenizer tk[3];
  static int open;
  if (!open) {
    for (int m = 0; m < 3; m++) {
      FUZZ_CHECK(mt_tok_open(&tk[m]) == 0);
      mt_tok_win_mode(&tk[m], m == 0 ? MT_WIN_VECTOR : m == 1 ? MT_WIN_PORTABLE : MT_WIN_OFF);
    }
    open = 1;
  }
  for (int m = 0; m < 3; m++) FUZZ_CHECK(mt_tok_reset(&tk[m], (const char *)text, len) == 0);
  for (;;) {
    mt_token x[3];
    int r[3];
    for (int m = 0; m < 3; m++) r[m] = mt_tok_next(&tk[m], &x[m]);
    FUZZ_CHECK(r[0] == r[1] && r[0] == r[2]);
    if (r[0] != 1) break;
    for (int m = 1; m < 3; m++)
      FUZZ_CHECK(x[m].start == x[0].start && x[m].end == x[0].end && x[m].gap == x[0].gap &&
                 x[m].gapsig == x[0].gapsig && x[m].flags == x[0].flags &&
                 x[m].lead_quote == x[0].lead_quote && x[m].charset == x[0].charset);
  }
  FUZZ_CHECK(mt_tok_tail_quote(&tk[0]) == mt_tok_tail_quote(&tk[2]));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static miltag_lexicon *lex;
  static miltag_scanner *scan;
  if (!lex) {
    FUZZ_CHECK(miltag_lexicon_default(NULL, &lex) == MILTAG_OK);
    FUZZ_CHECK(miltag_scanner_new(lex, &scan) == MILTAG_OK);
  }
  if (size == 0) return 0;
  unsigned flags = data[0] & (MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS);
  const unsigned char *text = data + 1;
  size_t len = size - 1;
  unsigned char *bound = malloc(len + 1);
  FUZZ_CHECK(bound);
  fuzz_boundaries(text, len, bound);
  check c = {text, len, bound, flags, 0, 0, 0, lex, 0, 0};
  FUZZ_CHECK(miltag_scan(scan, (const char *)text, len, flags, on_tag, &c) == MILTAG_OK);
  check k = {text, len, bound, flags, 0, 0, 0, lex, 0, 0};
  FUZZ_CHECK(miltag_candidates(scan, (const char *)text, len, flags, on_candidate, &k) == MILTAG_OK);
  FUZZ_CHECK(k.n == c.n);
  check t = {text, len, bound, 0, 0, 0, 0, lex, 0, 0};
  FUZZ_CHECK(miltag_tokens(scan, (const char *)text, len, on_token, &t) == MILTAG_OK);
  same_tokens_every_way(text, len);
  free(bound);
  return 0;
}
