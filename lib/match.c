#include "match.h"

#include <string.h>

#include "count.h"
#include "lexicon.h"
#include "sort.h"

int mt_scanner_init(miltag_scanner *s, const miltag_lexicon *lex) {
  memset(s, 0, sizeof *s);
  s->lex = lex;
  s->img = &lex->img;
  s->a = lex->alloc;
  atomic_init(&s->busy, 0);
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
  mt_free(a, s->ents);
  mt_free(a, s->rows);
  mt_free(a, s->eset);
  mt_buf_free(a, &s->attrs);
  mt_buf_free(a, &s->count_key);
}

/* ------------------------------------------------------------ stepping */

static int push_state(miltag_scanner *s, size_t *n, uint32_t start, uint32_t node) {
  if (*n >= s->cap_nxt &&
      mt_reserve(&s->a, (void **)&s->nxt, &s->cap_nxt, *n + 1, sizeof(mt_state)))
    return MILTAG_E_NOMEM;
  s->nxt[*n].start = start;
  s->nxt[*n].node = node;
  (*n)++;
  return 0;
}

static int push_cand(miltag_scanner *s, uint32_t start, uint32_t end, uint32_t node) {
  if (s->ncands >= s->cap_cands &&
      mt_reserve(&s->a, (void **)&s->cands, &s->cap_cands, s->ncands + 1, sizeof(mt_cand)))
    return MILTAG_E_NOMEM;
  s->cands[s->ncands++] = (mt_cand){start, end, node, 0};
  return 0;
}

/* The gap kinds of term edges that a text gap can stand for. */
static size_t gap_kinds(const mt_stok *t, uint32_t kinds[2]) {
  if (t->gap & MILTAG_GAP_PUNCT) { kinds[0] = t->gapsig; return 1; }
  if (t->gap & (MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE | MILTAG_GAP_BREAK)) { kinds[0] = MT_GAPK_SOFT; return 1; }
  kinds[0] = MT_GAPK_JOINED;
  kinds[1] = MT_GAPK_SOFT;
  return 2;
}

/* A token stands for its own key and, if it is a number, for the number
 * slots of patterns. */
static size_t token_ids(const miltag_scanner *s, const mt_stok *t, uint32_t ids[5]) {
  size_t n = 0;
  const mt_img_header *h = s->img->h;
  if (t->id != MT_NONE) ids[n++] = t->id;
  if (t->flags & MT_TOK_DIGITS) {
    if (h->num_token != MT_NONE) ids[n++] = h->num_token;
    if (h->num2_token != MT_NONE && t->end - t->start >= 2) ids[n++] = h->num2_token;
  }
  if (t->flags & MT_TOK_LETTERS) {
    /* a quoted name starts with a capital right after its opening quote */
    if (h->name_token != MT_NONE && (t->flags & (MT_TOK_CAP | MT_TOK_QOPEN)) == (MT_TOK_CAP | MT_TOK_QOPEN))
      ids[n++] = h->name_token;
    if (h->word_token != MT_NONE && s->nact) ids[n++] = h->word_token;
  }
  return n;
}

/* Can any live partial match go on over token t? */
static int any_continues(const miltag_scanner *s, const mt_stok *t) {
  uint32_t ids[5], kinds[2];
  size_t nids = token_ids(s, t, ids), nk = gap_kinds(t, kinds);
  for (size_t k = 0; k < s->nact; k++)
    for (size_t d = 0; d < nids; d++)
      for (size_t g = 0; g < nk; g++)
        if (mt_image_edge(s->img, s->act[k].node, ids[d], kinds[g]) != MT_NONE) return 1;
  return 0;
}

/* Advance every live partial match over token i and start new ones. */
static int step(miltag_scanner *s, uint32_t i) {
  const mt_image *img = s->img;
  const mt_stok *t = &s->toks[i];
  uint32_t ids[5], kinds[2];
  size_t nids = token_ids(s, t, ids);
  size_t n = 0;
  int rc;
  if (nids) {
    size_t nk = gap_kinds(t, kinds);
    for (size_t k = 0; k < s->nact; k++) {
      const mt_state *st = &s->act[k];
      if (i - st->start >= MT_MAX_TERM_TOKENS) continue;
      for (size_t d = 0; d < nids; d++)
        for (size_t g = 0; g < nk; g++) {
          uint32_t c = mt_image_edge(img, st->node, ids[d], kinds[g]);
          if (c != MT_NONE && (rc = push_state(s, &n, st->start, c))) return rc;
        }
    }
    /* A match starts only where a word starts, and not at a number that a
     * hyphen joins to the word before it: С-300, ФАБ-500 and 767-300s are
     * designations, not codes. */
    int starts = t->gap != MILTAG_GAP_NONE &&
                 !((t->flags & MT_TOK_DIGITS) && t->gap == MILTAG_GAP_DASH);
    if (starts)
      for (size_t d = 0; d < nids; d++) {
        uint32_t c = img->root[ids[d]];
        if (c != MT_NONE && (rc = push_state(s, &n, i, c))) return rc;
      }
    /* record complete matches; keep only states that can still grow */
    size_t live = 0;
    for (size_t k = 0; k < n; k++) {
      const mt_img_node *nd = &img->nodes[s->nxt[k].node];
      if (MT_NODE_COUNT(nd) && (rc = push_cand(s, s->nxt[k].start, i, s->nxt[k].node))) return rc;
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

/* ------------------------------------------------------------ settling */

/* Evidence in a sentence that ambiguous rows need. */
#define EV_ANY 1u    /* military context: a context word, a unit, a casualty
                        code or sure slang */
#define EV_PLACE 2u  /* a sure place: evidence for other places only, or
                        every sentence naming a town would let ambiguous
                        slang fire */

/* Row passes its own conditions?  0 = no, 1 = yes, 2 = only evidence for
 * an ambiguous row is missing. */
static int row_ok(const miltag_scanner *s, uint32_t row, const mt_cand *c, unsigned ev) {
  const mt_img_row *r = &s->img->rows[row];
  const mt_stok *first = &s->toks[c->start];
  if ((r->flags & MT_ROW_CAP) && !(first->flags & MT_TOK_CAP)) return 0;
  int quoted = (first->flags & MT_TOK_QOPEN) && s->toks[c->end].qclose;
  if ((r->flags & MT_ROW_QUOTED) && !quoted) return 0;
  /* a {name} ends with its closing quotation mark */
  if ((r->flags & MT_ROW_NAME) && !s->toks[c->end].qclose) return 0;
  /* A name written in lower case, or an abbreviation not in capitals, is
   * probably an ordinary word ("луковку", "us"): like an ambiguous row it
   * needs evidence, and its case is none. */
  int miscased = ((r->flags & MT_ROW_PROPER) && !(first->flags & MT_TOK_CAP)) ||
                 ((r->flags & MT_ROW_ABBREV) && !(first->flags & MT_TOK_ALLCAPS));
  if ((r->flags & (MT_ROW_AMB | MT_ROW_CTX)) || miscased) {
    int cat = s->img->entries[r->entry].category;
    /* a capital inside a sentence tells a name from a word, except in
     * English, where every name has one, and for names of people too */
    int capital_inside = !miscased && !(r->flags & (MT_ROW_EN | MT_ROW_CTX)) &&
                         (first->flags & MT_TOK_CAP) && !(first->flags & MT_TOK_SENT);
    /* quotation marks around a jargon word flag its special sense
     * ("за «ленточкой»"); around a name they often mark a call sign */
    int has = (ev & EV_ANY) || (cat == MILTAG_PLACE && (ev & EV_PLACE)) || capital_inside ||
              (cat == MILTAG_SLANG && quoted);
    if (!has) return 2;
  }
  return 1;
}

static int is_context_row(const miltag_scanner *s, uint32_t row) {
  return s->img->entries[s->img->rows[row].entry].category == MILTAG_CONTEXT &&
         !(s->img->rows[row].flags & MT_ROW_NOT);
}

static int is_not_row(const miltag_scanner *s, uint32_t row) {
  return (s->img->rows[row].flags & MT_ROW_NOT) != 0;
}

/* Candidates by start, then longest first; (start, end, node) is unique. */
static int cmp_cand(const void *xp, const void *yp, const void *ctx) {
  const mt_cand *x = xp, *y = yp;
  (void)ctx;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1;
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
    if (is_not_row(s, row)) continue;
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

static size_t b_end(const miltag_scanner *s, const mt_cand *c) { return s->toks[c->end].end; }

/* Emit the group of candidates c[0..k) that share one span: every row of
 * them that passes, in rank order; the first is the tag's reading. */
static int emit(miltag_scanner *s, const mt_cand *c, size_t k, unsigned context, int amb) {
  const mt_image *img = s->img;
  size_t nrows = 0;
  int rc;
  for (size_t g = 0; g < k; g++) {
    const mt_img_node *nd = &img->nodes[c[g].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      if (is_context_row(s, row)) continue;
      int ok = row_ok(s, row, &c[g], context);
      if (ok == 1 || (amb && ok == 2)) {
        if (nrows >= s->cap_rows &&
            mt_reserve(&s->a, (void **)&s->rows, &s->cap_rows, nrows + 1, sizeof(uint32_t)))
          return MILTAG_E_NOMEM;
        s->rows[nrows++] = row;
      }
    }
  }
  /* by rank: a node's rows are in rank order already (the compiler sorts
   * them), so only a span of several nodes has work to do */
  mt_sort(s->rows, nrows, sizeof(uint32_t), cmp_rank, img);
  /* a stop phrase wins the span and says nothing */
  if (!nrows || is_not_row(s, s->rows[0])) return 0;
  size_t nents;
  if ((rc = collect_entries(s, nrows, &nents))) return rc;
  uint32_t primary_row = s->rows[0];
  const mt_stok *a = &s->toks[c[0].start], *b = &s->toks[c[0].end];
  miltag_tag tag;
  tag.start = a->start;
  tag.end = b->end;
  /* A quoted name inside the match ("ЧВК «Вагнер»") takes its closing
   * quotation mark along. */
  for (uint32_t i = c[0].start + 1; i <= c[0].end; i++)
    if (s->toks[i].flags & MT_TOK_QOPEN) { tag.end += b->qclose; break; }
  const mt_img_row *r = &img->rows[primary_row];
  const mt_img_entry *e = &img->entries[r->entry];
  /* an abbreviation written with its final period (U.S.) takes the
   * text's period along, as annotators mark it */
  if ((r->flags & MT_ROW_DOT) && tag.end < s->text_len && s->text[tag.end] == '.') tag.end++;
  tag.category = e->category;
  tag.id = mt_img_str(img, e->id);
  tag.label = mt_img_str(img, e->label);
  tag.attrs = mt_img_str(img, e->attrs);
  if (r->flags & MT_ROW_SLOT) {
    /* the number that filled the {num} slot */
    for (uint32_t i = c[0].start; i <= c[0].end; i++) {
      const mt_stok *t = &s->toks[i];
      if (!(t->flags & MT_TOK_DIGITS)) continue;
      s->attrs.len = 0;
      if (mt_buf_append(&s->a, &s->attrs, tag.attrs, strlen(tag.attrs)) ||
          (*tag.attrs && mt_buf_putc(&s->a, &s->attrs, ';')) ||
          mt_buf_append(&s->a, &s->attrs, "number=", 7) ||
          mt_buf_append(&s->a, &s->attrs, s->text + t->start, t->end - t->start))
        return MILTAG_E_NOMEM;
      tag.attrs = s->attrs.data;
      break;
    }
  }
  if (r->flags & MT_ROW_NAME) {
    /* the quoted name: from the token after the opening quote to the end */
    for (uint32_t i = c[0].start + 1; i <= c[0].end; i++) {
      if (!(s->toks[i].flags & MT_TOK_QOPEN)) continue;
      if (tag.attrs != s->attrs.data) {
        s->attrs.len = 0;
        if (mt_buf_append(&s->a, &s->attrs, tag.attrs, strlen(tag.attrs))) return MILTAG_E_NOMEM;
      }
      if ((s->attrs.len && mt_buf_putc(&s->a, &s->attrs, ';')) || mt_buf_append(&s->a, &s->attrs, "name=", 5))
        return MILTAG_E_NOMEM;
      for (size_t at = s->toks[i].start; at < b_end(s, c); at++) {
        char ch = s->text[at];
        if ((ch == ';' || ch == '=' || ch == '\\') && mt_buf_putc(&s->a, &s->attrs, '\\')) return MILTAG_E_NOMEM;
        if (mt_buf_putc(&s->a, &s->attrs, ch)) return MILTAG_E_NOMEM;
      }
      tag.attrs = s->attrs.data;
      break;
    }
  }
  tag.lang = mt_img_str(img, r->lang);
  tag.entry = r->entry;
  tag.row = primary_row;
  tag.flags = amb ? MILTAG_TAG_AMBIGUOUS : 0;
  tag.n_candidates = nents;
  tag.candidates = s->ents;
  if ((rc = mt_count_tag(s, c[0].start, c[0].end, &tag))) return rc;
  if (s->cb(&tag, s->cb_ctx)) return MILTAG_STOPPED;
  return 0;
}

/* Settle candidates c[0..n) (all final), which lie in one window whose
 * evidence flag is context.  next_gap is the gap after the last token. */
static int settle(miltag_scanner *s, size_t n, unsigned next_gap) {
  mt_cand *c = s->cands;
  const mt_image *img = s->img;
  /* 1. Evidence in the window: a context word, or a match that needs none. */
  unsigned context = 0;
  for (size_t i = 0; i < s->ncands && context != (EV_ANY | EV_PLACE); i++) {
    const mt_img_node *nd = &img->nodes[s->cands[i].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      if (is_context_row(s, row)) {
        context |= EV_ANY;
      } else if (!is_not_row(s, row) && row_ok(s, row, &s->cands[i], 0) == 1) {
        context |= img->entries[img->rows[row].entry].category == MILTAG_PLACE ? EV_PLACE : EV_ANY;
      }
    }
  }
  /* 2. Drop matches that end inside a word, classify the rest. */
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned after = c[i].end + 1 < s->ntoks ? s->toks[c[i].end + 1].gap : next_gap;
    if (after == MILTAG_GAP_NONE) continue;
    const mt_img_node *nd = &img->nodes[c[i].node];
    int best = 0;
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      if (is_context_row(s, row)) continue;
      int ok = row_ok(s, row, &c[i], context);
      if (ok == 1) { best = 1; break; }
      if (ok == 2) best = 2;
    }
    if (best == 0 || (best == 2 && !(s->flags & MILTAG_SCAN_AMBIGUOUS))) continue;
    c[kept] = c[i];
    c[kept].amb = best == 2;
    kept++;
  }
  mt_sort(c, kept, sizeof(mt_cand), cmp_cand, NULL);
  /* 3. Select and emit, in start order. */
  int rc;
  for (size_t i = 0; i < kept;) {
    size_t j = i + 1;
    while (j < kept && c[j].start == c[i].start && c[j].end == c[i].end) j++;
    size_t start = s->toks[c[i].start].start, end = s->toks[c[i].end].end;
    if (s->flags & MILTAG_SCAN_OVERLAPS) {
      /* every span; unambiguous readings of a span win over ambiguous ones */
      int any_sure = 0;
      for (size_t g = i; g < j; g++) any_sure |= !c[g].amb;
      if ((rc = emit(s, c + i, j - i, context, !any_sure))) return rc;
    } else {
      int any_sure = 0;
      for (size_t g = i; g < j; g++) any_sure |= !c[g].amb;
      if (any_sure && start >= s->last_end) {
        if ((rc = emit(s, c + i, j - i, context, 0))) return rc;
        s->last_end = end;
      } else if (!any_sure && start >= s->last_end_amb && start >= s->last_end) {
        /* Ambiguous candidates are selected among themselves, after the
         * unambiguous ones, so that asking for them never changes the
         * unambiguous tags: they must not overlap a later sure tag. */
        int blocked = 0;
        /* sorted by start: stop at the first candidate past this one */
        for (size_t q = j; q < kept && !blocked && s->toks[c[q].start].start < end; q++)
          if (!c[q].amb) blocked = 1;
        if (!blocked) {
          if ((rc = emit(s, c + i, j - i, context, 1))) return rc;
          s->last_end_amb = end;
        }
      }
    }
    i = j;
  }
  return 0;
}

/* Settle everything in the window (no partial match is alive). */
static int flush_all(miltag_scanner *s, unsigned next_gap) {
  int rc = s->ncands ? settle(s, s->ncands, next_gap) : 0;
  s->ncands = 0;
  s->ntoks = 0;
  s->nact = 0;
  return rc;
}

/* The window is full but partial matches are alive: settle the matches
 * that start before the oldest live one and drop the tokens before it. */
static int flush_partial_once(miltag_scanner *s, unsigned next_gap) {
  uint32_t keep = (uint32_t)s->ntoks;
  for (size_t k = 0; k < s->nact; k++)
    if (s->act[k].start < keep) keep = s->act[k].start;
  /* candidates are ordered by end; select the final ones (start < keep) */
  size_t nf = 0;
  for (size_t i = 0; i < s->ncands; i++) {
    if (s->cands[i].start < keep) {
      mt_cand t = s->cands[i];
      s->cands[i] = s->cands[nf];
      s->cands[nf++] = t;
    }
  }
  size_t all = s->ncands;
  int rc = nf ? settle(s, nf, next_gap) : 0;
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
  memmove(s->toks, s->toks + keep, (s->ntoks - keep) * sizeof(mt_stok));
  s->ntoks -= keep;
  for (size_t k = 0; k < s->nact; k++) s->act[k].start -= keep;
  return 0;
}

static int flush_partial(miltag_scanner *s, unsigned next_gap) {
  for (;;) {
    int rc = flush_partial_once(s, next_gap);
    if (rc || s->ncands < MT_MAX_CANDS / 2 || !s->nact) return rc;
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

static int lookup(miltag_scanner *s, const char *text, mt_stok *st) {
  const char *tok = text + st->start;
  size_t n = st->end - st->start;
  int rc = (st->flags & MT_TOK_ASCII) ? mt_normalize_ascii(&s->a, tok, n, s->text_len - st->start, &s->key)
           : (st->flags & MT_TOK_CYR) ? mt_normalize_cyrillic(&s->a, tok, n, &s->key)
           : mt_normalize(&s->lex->norm, &s->a, &s->ns, tok, n, &s->key);
  if (rc < 0) return rc; /* MT_NO_KEY: past the bounds of a key, the empty key */
  st->id = s->key.len ? mt_image_lookup_padded(s->img, s->key.data, s->key.len) : MT_NONE;
  return 0;
}

int mt_scan_run(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                miltag_callback cb, void *ctx) {
  s->flags = flags;
  s->text = text;
  s->text_len = len;
  s->cb = cb;
  s->cb_ctx = ctx;
  s->last_end = 0;
  s->last_end_amb = 0;
  s->incomplete = 0;
  s->ntoks = s->nact = s->ncands = 0;
  int rc = mt_tok_reset(&s->tok, text, len);
  if (rc) return rc;
  mt_token t;
  while ((rc = mt_tok_next(&s->tok, &t)) == 1) {
    mt_stok st;
    st.start = t.start;
    st.end = t.end;
    st.gap = (uint16_t)t.gap;
    st.gapsig = t.gapsig;
    st.flags = (uint16_t)t.flags;
    st.qclose = 0;
    int e = lookup(s, text, &st);
    if (e) return e;
    if (s->ntoks) {
      s->toks[s->ntoks - 1].qclose = (uint16_t)t.lead_quote;
      /* A sentence ends here unless a match runs on across it. */
      if ((t.gap & MILTAG_GAP_BREAK) && !any_continues(s, &st)) e = flush_all(s, t.gap);
      else if (s->ntoks >= MT_WINDOW_TOKENS || s->ncands >= MT_MAX_CANDS)
        e = s->nact ? flush_partial(s, t.gap) : flush_all(s, t.gap);
      if (e) return e;
    }
    if (s->ntoks >= s->cap_toks &&
        mt_reserve(&s->a, (void **)&s->toks, &s->cap_toks, s->ntoks + 1, sizeof(mt_stok)))
      return MILTAG_E_NOMEM;
    s->toks[s->ntoks++] = st;
    if ((e = step(s, (uint32_t)(s->ntoks - 1)))) return e;
  }
  if (rc < 0) return rc;
  if (s->ntoks) s->toks[s->ntoks - 1].qclose = (uint16_t)mt_tok_tail_quote(&s->tok);
  rc = flush_all(s, MILTAG_GAP_BREAK);
  return rc == 0 && s->incomplete ? MILTAG_INCOMPLETE : rc;
}

int mt_tokens_run(miltag_scanner *s, const char *text, size_t len,
                  miltag_token_callback cb, void *ctx) {
  /* lookup reads ASCII keys on into the text, up to its end */
  s->text = text;
  s->text_len = len;
  int rc = mt_tok_reset(&s->tok, text, len);
  if (rc) return rc;
  mt_token t;
  while ((rc = mt_tok_next(&s->tok, &t)) == 1) {
    mt_stok st = {t.start, t.end, MT_NONE, t.gapsig, (uint16_t)t.gap, (uint16_t)t.flags, 0};
    if ((rc = lookup(s, text, &st))) return rc;
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
