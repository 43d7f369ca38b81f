#include "explain.h"

#include <stdlib.h>
#include <string.h>

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

typedef struct span {
  size_t start, end;
} span;

typedef struct tag_list {
  span *s;
  size_t n, cap;
  int oom;
} tag_list;

static int remember(const miltag_tag *t, void *ctx) {
  tag_list *l = ctx;
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 16;
    span *ns = realloc(l->s, ncap * sizeof *ns);
    if (!ns) { l->oom = 1; return 1; }
    l->s = ns;
    l->cap = ncap;
  }
  l->s[l->n++] = (span){t->start, t->end};
  return 0;
}

typedef struct match_ctx {
  FILE *out;
  const miltag_lexicon *lex;
  const char *text;
  const tag_list *selected;
  size_t next;            /* first selected tag that may still be chosen */
} match_ctx;

static int on_match(const miltag_tag *t, void *ctx) {
  match_ctx *c = ctx;
  /* matches come in order of start, and so do the selected tags (which
   * never share a start): one cursor, not a search per match */
  const tag_list *sel = c->selected;
  while (c->next < sel->n && sel->s[c->next].start < t->start) c->next++;
  int chosen = c->next < sel->n && sel->s[c->next].start == t->start && sel->s[c->next].end == t->end;
  miltag_row row;
  miltag_lexicon_row(c->lex, t->row, &row);
  fprintf(c->out, "  %s %5zu-%-5zu %-9s %-28s \"%.*s\"\n", chosen ? "TAG " : "    ", t->start, t->end,
          miltag_category_name(t->category), t->id, (int)(t->end - t->start), c->text + t->start);
  fprintf(c->out, "        row %s:%lu: term '%s'", row.source, row.line, row.term);
  if (*row.lang) fprintf(c->out, ", lang %s", row.lang);
  if (*row.inflect) fprintf(c->out, ", inflect %s", row.inflect);
  if (*row.flags) fprintf(c->out, ", flags %s", row.flags);
  fputc('\n', c->out);
  if (*t->attrs) fprintf(c->out, "        attrs %s\n", t->attrs);
  if (t->count != MILTAG_NO_COUNT) {
    /* which tokens stated it: the number's bytes and text */
    fprintf(c->out, "        count %ld", t->count);
    if (t->count_max != t->count_min) fprintf(c->out, " (range %ld-%ld)", t->count_min, t->count_max);
    fprintf(c->out, " from \"%.*s\" at %zu-%zu, %s the code\n", (int)(t->count_end - t->count_start),
            c->text + t->count_start, t->count_start, t->count_end,
            t->count_end <= t->start ? "before" : "after");
  }
  if (t->n_candidates > 1) {
    fprintf(c->out, "        %zu candidates:", t->n_candidates);
    for (size_t i = 0; i < t->n_candidates && i < 12; i++) {
      miltag_entry e;
      miltag_lexicon_entry(c->lex, t->candidates[i], &e);
      fprintf(c->out, " %s", e.id);
    }
    fprintf(c->out, "%s\n", t->n_candidates > 12 ? " ..." : "");
  }
  if (!chosen)
    fprintf(c->out, "        not tagged: %s\n",
            (t->flags & MILTAG_TAG_AMBIGUOUS) ? "ambiguous, and the sentence has no evidence"
                                              : "a longer or earlier match won this span");
  return 0;
}

int explain_text(FILE *out, const miltag_lexicon *lex, const char *text, size_t len, int color) {
  (void)color;
  miltag_scanner *scan;
  if (miltag_scanner_new(lex, &scan)) {
    fprintf(stderr, "miltag: cannot create a scanner\n");
    return 1;
  }
  fprintf(out, "text: %.*s\n\ntokens (byte offsets, the separator before each, the normalized key):\n",
          (int)len, text);
  tok_ctx tc = {out, text, 0};
  int rc = miltag_tokens(scan, text, len, on_token, &tc);
  tag_list sel = {0};
  if (rc >= 0) rc = miltag_scan(scan, text, len, 0, remember, &sel);
  if (rc >= 0 && !sel.oom) {
    fprintf(out, "\nmatches (TAG: what miltag reports; the others lost or lack evidence):\n");
    match_ctx mc = {out, lex, text, &sel, 0};
    rc = miltag_scan(scan, text, len, MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS, on_match, &mc);
    if (sel.n == 0) fprintf(out, "  (no tag)\n");
  }
  free(sel.s);
  miltag_scanner_free(scan);
  if (rc < 0 || sel.oom) {
    fprintf(stderr, "miltag: %s\n", sel.oom ? "out of memory" : miltag_strerror(rc));
    return 1;
  }
  return 0;
}
