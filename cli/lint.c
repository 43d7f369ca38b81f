/* `miltag lexicon check FILE...`: lint a lexicon.
 *
 * Errors (a malformed row) stop the check with FILE:LINE:COLUMN.  Then it
 * reports, one finding a line, FILE:LINE: kind: message:
 *   duplicate   a row repeats another row of its id (same normalized term)
 *   never       a row can never match (its term normalizes to nothing, or
 *               tagging its own term yields nothing at all)
 *   conflict    one term under several ids (a note: a tag lists them all,
 *               right for dozens of Andriivkas, wrong for a typo in an id)
 *   shadowed    a row that loses its own span to a stop phrase (`not`) or to
 *               another row's reading, so it is never the tag it defines
 * and finally counts per category.  Exit status: 0 when there is nothing
 * but notes, 1 on findings or errors.  Only the public API is used: each row's term is tagged with
 * the compiled lexicon itself, which shows exactly what a user would get. */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct finding_ctx {
  unsigned long duplicates, empties, other;
} finding_ctx;

static int on_warning(const miltag_error *w, void *ctx) {
  finding_ctx *f = ctx;
  const char *kind = w->status == MILTAG_E_DUPLICATE ? "duplicate" : w->status == MILTAG_E_EMPTY ? "never" : "warning";
  if (w->status == MILTAG_E_DUPLICATE) f->duplicates++;
  else if (w->status == MILTAG_E_EMPTY) f->empties++;
  else f->other++;
  /* message is "FILE:LINE:COL: what"; print FILE:LINE: kind: what */
  printf("%s:%lu: %s: %s\n", w->file, w->line, kind, w->what);
  return 0;
}

static int is_pattern(const char *term) {
  return strchr(term, '{') || strchr(term, '[') || (strchr(term, '(') && strchr(term, '|'));
}

typedef struct self_scan {
  size_t start, end;        /* the row's own term in the text: its first
                               token's start, its last token's end... */
  size_t end_max;           /* ...up to the term's end (a closing quote or
                               a final period may join the tag) */
  uint32_t row;             /* the row whose term is tagged */
  int full_span;            /* a tag covers exactly the term */
  int own_listed;           /* the row's entry is among its candidates */
  uint32_t entry;
  uint32_t winner_row;      /* the reading of that tag */
  size_t ncand;
  uint32_t cands[64];
} self_scan;

static int on_self_tag(const miltag_tag *t, void *ctx) {
  self_scan *s = ctx;
  if (t->start != s->start || t->end < s->end || t->end > s->end_max) return 0;
  if (!s->full_span || t->row == s->row) s->winner_row = t->row;
  s->full_span = 1;
  for (size_t i = 0; i < t->n_candidates; i++) s->own_listed |= t->candidates[i] == s->entry;
  for (size_t i = 0; i < t->n_candidates && s->ncand < 64; i++) {
    int seen = 0;
    for (size_t k = 0; k < s->ncand; k++) seen |= s->cands[k] == t->candidates[i];
    if (!seen) s->cands[s->ncand++] = t->candidates[i];
  }
  return 0;
}

/* The row's normalized key sequence ("k1 k2 ..."), as the scanner sees it. */
typedef struct keys_ctx {
  char buf[4200];
  size_t len, n;
  size_t first, last;  /* where the term's first token starts, its last ends */
} keys_ctx;

static int on_key(const miltag_token *t, void *ctx) {
  keys_ctx *k = ctx;
  if (!k->n) k->first = t->start;
  k->last = t->end;
  if (k->len + t->key_len + 2 < sizeof k->buf) {
    if (k->n++) k->buf[k->len++] = ' ';
    memcpy(k->buf + k->len, t->key, t->key_len);
    k->len += t->key_len;
    k->buf[k->len] = 0;
  }
  return 0;
}

static size_t term_keys(miltag_scanner *scan, const char *term, keys_ctx *k) {
  k->len = k->n = 0;
  k->buf[0] = 0;
  miltag_tokens(scan, term, strlen(term), on_key, k);
  return k->n;
}

/* The first `not` row (outside patterns) whose term has the same keys. */
static int stop_row_for(const miltag_lexicon *lex, miltag_scanner *scan, const char *keys,
                        miltag_row *out) {
  uint32_t nrows = miltag_lexicon_row_count(lex);
  keys_ctx k;
  for (uint32_t r = 0; r < nrows; r++) {
    miltag_lexicon_row(lex, r, out);
    if (!strstr(out->flags, "not") || is_pattern(out->term)) continue;
    term_keys(scan, out->term, &k);
    if (strcmp(k.buf, keys) == 0) return 1;
  }
  return 0;
}

/* Tag a row's own term (between quotes for `quoted` rows) and judge it. */
static void check_row(const miltag_lexicon *lex, miltag_scanner *scan, uint32_t r,
                      unsigned long counts[3]) {
  miltag_row row;
  miltag_entry own;
  miltag_lexicon_row(lex, r, &row);
  miltag_lexicon_entry(lex, row.entry, &own);
  if (is_pattern(row.term) || strstr(row.flags, "not") || own.category == MILTAG_CONTEXT) return;
  keys_ctx keys;
  if (term_keys(scan, row.term, &keys) == 0) return; /* reported by the compiler */
  char text[4200];
  size_t off = strstr(row.flags, "quoted") ? strlen("«") : 0;
  snprintf(text, sizeof text, off ? "«%s»" : "%s", row.term);
  self_scan s;
  memset(&s, 0, sizeof s);
  s.row = r;
  s.entry = row.entry;
  s.start = off + keys.first;
  s.end = off + keys.last;
  s.end_max = off + strlen(row.term);
  miltag_scan(scan, text, strlen(text), MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS, on_self_tag, &s);
  if (!s.full_span) {
    miltag_row stop;
    if (stop_row_for(lex, scan, keys.buf, &stop)) {
      printf("%s:%lu: shadowed: term '%s' is a stop phrase (%s:%lu), never tagged\n", row.source,
             row.line, row.term, stop.source, stop.line);
      counts[1]++;
    } else {
      printf("%s:%lu: never: term '%s' is never tagged as written (check its flags and its "
             "punctuation)\n", row.source, row.line, row.term);
      counts[0]++;
    }
    return;
  }
  if (!s.own_listed) {
    miltag_row wr;
    miltag_entry we;
    miltag_lexicon_row(lex, s.winner_row, &wr);
    miltag_lexicon_entry(lex, wr.entry, &we);
    printf("%s:%lu: shadowed: term '%s' is tagged as %s (%s:%lu), never as %s\n", row.source,
           row.line, row.term, we.id, wr.source, wr.line, own.id);
    counts[1]++;
    return;
  }
  /* one term, several ids: reported once, by the row that wins the span */
  if (s.ncand > 1 && s.winner_row == r) {
    printf("%s:%lu: conflict: term '%s' has %zu ids:", row.source, row.line, row.term, s.ncand);
    for (size_t k = 0; k < s.ncand && k < 8; k++) {
      miltag_entry e;
      miltag_lexicon_entry(lex, s.cands[k], &e);
      printf(" %s", e.id);
    }
    printf("%s\n", s.ncand > 8 ? " ..." : "");
    counts[2]++;
  }
}

int lint_main(int argc, char **argv) {
  if (argc < 1) {
    fprintf(stderr, "usage: miltag lexicon check FILE...\n");
    return 2;
  }
  finding_ctx fc = {0, 0, 0};
  miltag_compile_options opt = {0};
  opt.warn = on_warning;
  opt.warn_ctx = &fc;
  miltag_builder *b;
  miltag_error err;
  if (miltag_builder_new(&opt, &b)) {
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  for (int i = 0; i < argc; i++) {
    if (miltag_builder_add_file(b, argv[i], &err)) {
      printf("%s\n", err.message);
      miltag_builder_free(b);
      return 1;
    }
  }
  miltag_lexicon *lex;
  int rc = miltag_builder_compile(b, &lex, &err);
  miltag_builder_free(b);
  if (rc) {
    printf("%s\n", err.message);
    return 1;
  }
  miltag_scanner *scan;
  if (miltag_scanner_new(lex, &scan)) {
    fprintf(stderr, "miltag: cannot create a scanner\n");
    miltag_lexicon_free(lex);
    return 1;
  }
  unsigned long counts[3] = {0, 0, 0}; /* never, shadowed, conflict */
  uint32_t nrows = miltag_lexicon_row_count(lex);
  for (uint32_t r = 0; r < nrows; r++) check_row(lex, scan, r, counts);
  miltag_lexicon_stats st;
  miltag_lexicon_get_stats(lex, &st);
  printf("rows %zu: casualty %zu, unit %zu, place %zu, slang %zu, context %zu; ids %zu; forms %zu\n",
         st.rows, st.per_category[MILTAG_CASUALTY], st.per_category[MILTAG_UNIT],
         st.per_category[MILTAG_PLACE], st.per_category[MILTAG_SLANG],
         st.per_category[MILTAG_CONTEXT], st.entries, st.forms);
  printf("findings: %lu duplicate, %lu never, %lu shadowed; %lu terms with several ids\n",
         fc.duplicates, fc.empties + counts[0], counts[1], counts[2]);
  miltag_scanner_free(scan);
  miltag_lexicon_free(lex);
  /* several ids for one term is a note (same-named villages are real) */
  return (fc.duplicates + fc.empties + fc.other + counts[0] + counts[1]) ? 1 : 0;
}
