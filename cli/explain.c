#include "explain.h"

#include "miltag_inspect.h"

#include <stdlib.h>
#include <string.h>

#include "wbuf.h"

/* Write s[0, n) for a person at a terminal: control characters (C0, DEL,
 * C1) and each byte of an ill-formed UTF-8 sequence as \xNN, so that
 * hostile text can neither cut the line short (a NUL) nor drive the
 * terminal (ESC sequences); line breaks and tabs stay where keep_breaks,
 * else they are \n and \t (a tag's text on its one line). */
static void put_visible(FILE *out, const char *s, size_t n, int keep_breaks) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F) {
      fputc((int)c, out);
      i++;
    } else if (c == '\n' || c == '\t') {
      if (keep_breaks) fputc((int)c, out);
      else fputs(c == '\n' ? "\\n" : "\\t", out);
      i++;
    } else {
      size_t k = c >= 0x80 ? utf8_seq(u + i, n - i) : 0;
      if (k == 2 && c == 0xC2 && u[i + 1] < 0xA0) {
        /* a C1 control (U+0080 to U+009F): well formed, but a control */
        fprintf(out, "\\x%02x\\x%02x", c, u[i + 1]);
        i += 2;
      } else if (k) {
        fwrite(u + i, 1, k, out);
        i += k;
      } else {
        fprintf(out, "\\x%02x", c);
        i++;
      }
    }
  }
}

static void gap_name(unsigned gap, char *out, size_t cap) {
  static const struct { unsigned bit; const char *name; } names[] = {
    {MILTAG_GAP_NONE, "none"}, {MILTAG_GAP_SPACE, "space"}, {MILTAG_GAP_DASH, "dash"},
    {MILTAG_GAP_QUOTE, "quote"}, {MILTAG_GAP_PUNCT, "punct"}, {MILTAG_GAP_BREAK, "break"},
  };
  out[0] = 0;
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    if (!(gap & names[i].bit)) continue;
    if (out[0]) strncat(out, "+", cap - strlen(out) - 1);
    strncat(out, names[i].name, cap - strlen(out) - 1);
  }
}

typedef struct tok_ctx {
  FILE *out;
  const char *text;
  int n;
} tok_ctx;

/* Print s[0..n) padded to width characters (not bytes: Cyrillic is two). */
static void padded(FILE *out, const char *s, size_t n, size_t width) {
  fwrite(s, 1, n, out);
  size_t chars = 0;
  for (size_t i = 0; i < n; i++) chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  for (; chars < width; chars++) fputc(' ', out);
}

static int on_token(const miltag_token *t, void *ctx) {
  tok_ctx *c = ctx;
  char gap[64];
  gap_name(t->gap, gap, sizeof gap);
  fprintf(c->out, "  %3d  %5zu-%-5zu %-12s ", c->n++, t->start, t->end, gap);
  padded(c->out, c->text + t->start, t->end - t->start, 20);
  fputs(" key ", c->out);
  padded(c->out, t->key, t->key_len, 20);
  fprintf(c->out, " %s\n", t->known ? "in the lexicon" : "-");
  return 0;
}

/* The candidates of one span (they come span by span, rows in rank
 * order), printed when the next span starts. */
typedef struct span_rows {
  miltag_candidate *c;
  size_t n, cap;
  unsigned char *done;    /* printed already */
  size_t cap_done;
  uint32_t *ents;         /* scratch: the entries of the tag */
  size_t cap_ents;
  int oom;
} span_rows;

/* The tags miltag_scan reports (for what a tag has beyond its rows: the
 * count of a casualty tag). */
typedef struct tag_list {
  miltag_tag *t;
  size_t n, cap;
  int oom;
} tag_list;

static int remember(const miltag_tag *t, void *ctx) {
  tag_list *l = ctx;
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 16;
    miltag_tag *nt = realloc(l->t, ncap * sizeof *nt);
    if (!nt) {
      l->oom = 1;
      return 1;
    }
    l->t = nt;
    l->cap = ncap;
  }
  l->t[l->n] = *t;
  l->t[l->n].candidates = NULL; /* valid only during the call */
  l->n++;
  return 0;
}

typedef struct match_ctx {
  FILE *out;
  const miltag_lexicon *lex;
  const char *text;
  span_rows span;
  size_t tags;            /* spans tagged */
  const tag_list *tagged; /* the tags, in order of start */
  size_t next;            /* the first that may still come */
} match_ctx;

/* The tag of the span [start, end), or NULL.  Tags and spans come in
 * order of start: one cursor.  Without --overlaps no two tags share a
 * start; with it several may, and the one of this span is the one that
 * ends where the span does, or else the shortest that reaches past it (a
 * tag may take a closing quotation mark or the period of U.S.). */
static const miltag_tag *tag_of_span(match_ctx *c, size_t start, size_t end) {
  const tag_list *l = c->tagged;
  while (c->next < l->n && l->t[c->next].start < start) c->next++;
  const miltag_tag *best = NULL;
  for (size_t i = c->next; i < l->n && l->t[i].start == start; i++) {
    const miltag_tag *t = &l->t[i];
    if (t->end == end) return t;
    if (t->end > end && (!best || t->end < best->end)) best = t;
  }
  return best;
}

/* The count of the tag that starts at start, with the bytes and text of
 * the number that gave it. */
static void print_count(const miltag_tag *t, const char *text, FILE *out) {
  if (!t || t->count == MILTAG_NO_COUNT) return;
  fprintf(out, "        count %ld", t->count);
  if (t->count_max != t->count_min) fprintf(out, " (range %ld-%ld)", t->count_min, t->count_max);
  fputs(" from \"", out);
  put_visible(out, text + t->count_start, t->count_end - t->count_start, 0);
  fprintf(out, "\" at %zu-%zu, %s the code\n", t->count_start, t->count_end,
          t->count_end <= t->start ? "before" : "after");
}

static void print_row(match_ctx *c, const miltag_candidate *k, int tag) {
  miltag_row row;
  miltag_entry e;
  miltag_lexicon_row(c->lex, k->row, &row);
  miltag_lexicon_entry(c->lex, k->entry, &e);
  fprintf(c->out, "  %s %5zu-%-5zu %-9s %-28s \"", tag ? "TAG " : "    ", k->start, k->end,
          miltag_category_name(k->category), e.id);
  put_visible(c->out, c->text + k->start, k->end - k->start, 0);
  fputs("\"\n", c->out);
  fprintf(c->out, "        row %s:%lu: term '%s'", row.source, row.line, row.term);
  if (*row.lang) fprintf(c->out, ", lang %s", row.lang);
  if (*row.inflect) fprintf(c->out, ", inflect %s", row.inflect);
  if (*row.flags) fprintf(c->out, ", flags %s", row.flags);
  fputc('\n', c->out);
  if (*e.attrs) fprintf(c->out, "        attrs %s\n", e.attrs);
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

/* Why a row that is not a reading of a tag is not one. */
static void print_why(FILE *out, const miltag_candidate *k) {
  if (k->verdict == MILTAG_ACCEPT && k->reason != MILTAG_REASON_STOP_PHRASE)
    fprintf(out, "        not tagged: a longer or earlier match won this span (accepted: %s)\n",
            miltag_reason_name(k->reason));
  else
    fprintf(out, "        not tagged: %s (%s)\n", miltag_reason_name(k->reason),
            miltag_reason_text(k->reason));
}

/* The evidence found around a span, once per span. */
static void print_evidence(FILE *out, uint64_t bits) {
  if (!bits) return;
  fprintf(out, "        evidence:");
  const char *sep = " ";
  for (int b = 0; b < 64; b++) {
    if (!(bits >> b & 1) || !miltag_evidence_name(b)) continue;
    fprintf(out, "%s%s", sep, miltag_evidence_name(b));
    sep = ", ";
  }
  fputc('\n', out);
}

static int same_why(const miltag_candidate *a, const miltag_candidate *b) {
  return a->verdict == b->verdict && a->reason == b->reason && a->tagged == b->tagged;
}

static void flush_span(match_ctx *c) {
  span_rows *sp = &c->span;
  if (!sp->n) return;
  memset(sp->done, 0, sp->n);
  /* the tag: its first reading (the primary, accepted), why it was
   * accepted, and every entry it may denote */
  size_t first = sp->n;
  /* the scan's primary reading first (the linking of places may prefer a
   * candidate of lower rank: Birmingham and Huntsville in Alabama) */
  const miltag_tag *t = tag_of_span(c, sp->c[0].start, sp->c[0].end);
  for (size_t i = 0; t && i < sp->n && first == sp->n; i++)
    if (sp->c[i].tagged && sp->c[i].entry == t->entry && sp->c[i].row == t->row) first = i;
  for (size_t i = 0; t && i < sp->n && first == sp->n; i++)
    if (sp->c[i].tagged && sp->c[i].entry == t->entry) first = i;
  for (size_t i = 0; i < sp->n && first == sp->n; i++)
    if (sp->c[i].tagged && sp->c[i].verdict == MILTAG_ACCEPT) first = i;
  for (size_t i = 0; i < sp->n && first == sp->n; i++)
    if (sp->c[i].tagged) first = i;
  /* the evidence found around the span, after its first row (context
   * words, which are evidence themselves, go without) */
  int evidence_due = 0;
  for (size_t i = 0; i < sp->n; i++) evidence_due |= sp->c[i].reason != MILTAG_REASON_CONTEXT_WORD;
  if (first < sp->n) {
    c->tags++;
    /* the TAG row gives the tag's bytes, as miltag reports them: they may
     * reach past the match (the period of U.S., a closing quotation
     * mark) */
    miltag_candidate as_tag = sp->c[first];
    if (t && t->end > as_tag.end) as_tag.end = t->end;
    print_row(c, &as_tag, 1);
    if (evidence_due) print_evidence(c->out, sp->c[first].evidence);
    evidence_due = 0;
    if (t && (t->flags & MILTAG_TAG_AMBIGUOUS))
      fprintf(c->out, "        ambiguous (reported with --ambiguous): %s (%s)\n",
              miltag_reason_name(sp->c[first].reason), miltag_reason_text(sp->c[first].reason));
    else
      fprintf(c->out, "        accepted: %s (%s)\n", miltag_reason_name(sp->c[first].reason),
              miltag_reason_text(sp->c[first].reason));
    print_count(t, c->text, c->out);
    size_t ne = 0;
    sp->ents[ne++] = sp->c[first].entry;
    sp->done[first] = 1;
    for (size_t i = 0; i < sp->n; i++)
      if (sp->c[i].tagged && i != first) {
        sp->ents[ne++] = sp->c[i].entry;
        sp->done[i] = 1;
      }
    /* distinct entries, in the order of the tag's candidates (by rank of
     * their first reading): the sorted copy says which were seen */
    uint32_t *sorted = sp->ents + sp->n;
    memcpy(sorted, sp->ents, ne * sizeof *sorted);
    qsort(sorted, ne, sizeof *sorted, cmp_u32);
    size_t distinct = 0;
    for (size_t i = 0; i < ne; i++) distinct += i == 0 || sorted[i] != sorted[i - 1];
    if (distinct > 1) {
      fprintf(c->out, "        %zu candidates:", distinct);
      size_t shown = 0;
      for (size_t i = 0; i < ne && shown < 12; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) seen = sp->ents[j] == sp->ents[i];
        if (seen) continue;
        miltag_entry e;
        miltag_lexicon_entry(c->lex, sp->ents[i], &e);
        fprintf(c->out, " %s", e.id);
        shown++;
      }
      fprintf(c->out, "%s\n", distinct > 12 ? " ..." : "");
    }
  }
  /* the other rows, one block per reason: the first row in full, the
   * others by id */
  for (size_t i = 0; i < sp->n; i++) {
    if (sp->done[i]) continue;
    const miltag_candidate *k = &sp->c[i];
    print_row(c, k, 0);
    if (evidence_due && k->reason != MILTAG_REASON_CONTEXT_WORD) {
      print_evidence(c->out, k->evidence);
      evidence_due = 0;
    }
    print_why(c->out, k);
    sp->done[i] = 1;
    size_t more = 0;
    for (size_t j = i + 1; j < sp->n; j++) more += !sp->done[j] && same_why(k, &sp->c[j]);
    if (more) {
      fprintf(c->out, "        and %zu more rows for the same reason:", more);
      size_t shown = 0;
      for (size_t j = i + 1; j < sp->n; j++) {
        if (sp->done[j] || !same_why(k, &sp->c[j])) continue;
        sp->done[j] = 1;
        if (shown++ < 12) {
          miltag_entry e;
          miltag_lexicon_entry(c->lex, sp->c[j].entry, &e);
          fprintf(c->out, " %s", e.id);
        }
      }
      fprintf(c->out, "%s\n", more > 12 ? " ..." : "");
    }
  }
  sp->n = 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : 16;
  while (ncap < need) ncap *= 2;
  void *np = realloc(*p, ncap * elem);
  if (!np) return 1;
  *p = np;
  *cap = ncap;
  return 0;
}

static int on_candidate(const miltag_candidate *k, void *ctx) {
  match_ctx *c = ctx;
  span_rows *sp = &c->span;
  if (sp->n && (sp->c[0].start != k->start || sp->c[0].end != k->end)) flush_span(c);
  if (grow((void **)&sp->c, &sp->cap, sp->n + 1, sizeof *sp->c) ||
      grow((void **)&sp->done, &sp->cap_done, sp->n + 1, 1) ||
      grow((void **)&sp->ents, &sp->cap_ents, 2 * (sp->n + 1), sizeof *sp->ents)) {
    sp->oom = 1;
    return 1;
  }
  sp->c[sp->n++] = *k;
  return 0;
}

int explain_text(FILE *out, const miltag_lexicon *lex, const char *text, size_t len,
                 unsigned flags, int color) {
  (void)color;
  miltag_scanner *scan;
  if (miltag_scanner_new(lex, &scan)) {
    fprintf(stderr, "miltag: cannot create a scanner\n");
    return 1;
  }
  fputs("text: ", out);
  put_visible(out, text, len, 1);
  fputs("\n\ntokens (byte offsets, the separator before each, the normalized key):\n", out);
  tok_ctx tc = {out, text, 0};
  int rc = miltag_tokens(scan, text, len, on_token, &tc);
  tag_list tags = {0};
  match_ctx mc = {out, lex, text, {0}, 0, &tags, 0};
  if (rc >= 0) rc = miltag_scan(scan, text, len, flags, remember, &tags);
  if (rc >= 0 && !tags.oom) {
    fprintf(out, "\nmatches (TAG: what miltag reports; every other row says why not):\n");
    rc = miltag_candidates(scan, text, len, flags, on_candidate, &mc);
    if (rc >= 0 && !mc.span.oom) flush_span(&mc);
    if (rc >= 0 && !mc.span.oom && mc.tags == 0) fprintf(out, "  (no tag)\n");
  }
  int oom = mc.span.oom || tags.oom;
  free(tags.t);
  free(mc.span.c);
  free(mc.span.done);
  free(mc.span.ents);
  miltag_scanner_free(scan);
  if (rc < 0 || oom) {
    fprintf(stderr, "miltag: %s\n", oom ? "out of memory" : miltag_strerror(rc));
    return 1;
  }
  return 0;
}
