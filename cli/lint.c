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
 *   place-name  a note: a unit's term is also a place's (Айдар, Сомали),
 *               with the flags that keep the unit from firing on the place
 *   grammar     a note: a listed formation (number=, type=) that a phrase of
 *               the formation grammar with its number and type does not
 *               name (a type the grammar has no words for, a type that is
 *               the noun alone, several formations with one number and type)
 * and finally counts per category.  The composite types of the grammar
 * (unit.pattern.*) are not counted as ids of a term: a phrase the grammar
 * finds lists its type after the formation it names.  Findings go to standard output,
 * errors to standard error.  Exit status: 0 when there is nothing but
 * notes, 1 on findings or errors.  With --extend the files are checked on
 * top of the built-in lexicon: their rows, and the built-in rows whose
 * terms they repeat (which they may shadow).  Only the public API is used:
 * each row's term is tagged with the compiled lexicon itself, which shows
 * exactly what a user would get. */
#define _POSIX_C_SOURCE 200809L
#include "lint.h"
#include "miltag_inspect.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexfile.h"

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

/* What tagging one text yields on a term's span.  Rows with the same term
 * (a village name under hundreds of ids) share one scan: scanning it once
 * a row would cost rows * ids. */
typedef struct self_scan {
  char *text;               /* what is scanned: the term, in quotes for
                               `quoted` rows; NULL: an empty memo slot */
  size_t start, end;        /* the term in the text: its first token's
                               start, its last token's end... */
  size_t end_max;           /* ...up to the term's end (a closing quote or
                               a final period may join the tag) */
  int rc;                   /* miltag_scan's result when it failed */
  int full_span;            /* a tag covers exactly the term */
  int oom;
  uint32_t first_row;       /* the row of the first tag on the span */
  uint32_t *rows;           /* the rows of every tag on the span, sorted */
  size_t nrows, caprows;
  uint32_t *all;            /* every candidate of those tags, sorted */
  size_t nall, capall;
  size_t ncand;             /* the first 64 distinct candidates, in order */
  uint32_t cands[64];
} self_scan;

static int push_u32(uint32_t **v, size_t *n, size_t *cap, uint32_t x) {
  if (*n == *cap) {
    size_t ncap = *cap ? 2 * *cap : 8;
    uint32_t *nv = realloc(*v, ncap * sizeof *nv);
    if (!nv) return -1;
    *v = nv;
    *cap = ncap;
  }
  (*v)[(*n)++] = x;
  return 0;
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a > b) - (a < b);
}

/* Sort v and drop repeats. */
static void sort_unique(uint32_t *v, size_t *n) {
  if (!*n) return;
  qsort(v, *n, sizeof *v, cmp_u32);
  size_t w = 1;
  for (size_t i = 1; i < *n; i++)
    if (v[i] != v[w - 1]) v[w++] = v[i];
  *n = w;
}

static int has_u32(const uint32_t *v, size_t n, uint32_t x) {
  return n && bsearch(&x, v, n, sizeof *v, cmp_u32) != NULL;
}

static int on_self_tag(const miltag_tag *t, void *ctx) {
  self_scan *s = ctx;
  if (t->start != s->start || t->end < s->end || t->end > s->end_max) return 0;
  if (!s->full_span) s->first_row = t->row;
  s->full_span = 1;
  if (push_u32(&s->rows, &s->nrows, &s->caprows, t->row)) s->oom = 1;
  for (size_t i = 0; i < t->n_candidates; i++)
    if (push_u32(&s->all, &s->nall, &s->capall, t->candidates[i])) s->oom = 1;
  for (size_t i = 0; i < t->n_candidates && s->ncand < 64; i++) {
    int seen = 0;
    for (size_t k = 0; k < s->ncand; k++) seen |= s->cands[k] == t->candidates[i];
    if (!seen) s->cands[s->ncand++] = t->candidates[i];
  }
  return s->oom ? 1 : 0;
}

/* The scans made so far, by text and span (open addressing). */
typedef struct self_memo {
  self_scan *slot;
  size_t cap, n;
} self_memo;

static uint64_t memo_hash(const char *text, size_t start, size_t end, size_t end_max) {
  uint64_t h = 0xcbf29ce484222325u;
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) h = (h ^ *p) * 0x100000001b3u;
  h = (h ^ start) * 0x100000001b3u;
  h = (h ^ end) * 0x100000001b3u;
  return (h ^ end_max) * 0x100000001b3u;
}

static self_scan *memo_find(self_scan *slot, size_t cap, const char *text, size_t start,
                            size_t end, size_t end_max) {
  size_t i = memo_hash(text, start, end, end_max) & (cap - 1);
  while (slot[i].text && (slot[i].start != start || slot[i].end != end ||
                          slot[i].end_max != end_max || strcmp(slot[i].text, text) != 0))
    i = (i + 1) & (cap - 1);
  return &slot[i];
}

static void memo_free(self_memo *m) {
  for (size_t i = 0; i < m->cap; i++) {
    free(m->slot[i].text);
    free(m->slot[i].rows);
    free(m->slot[i].all);
  }
  free(m->slot);
}

/* The scan of text on the span [start, end..end_max], made once.  NULL
 * when out of memory; else its rc says whether the scan failed. */
static const self_scan *self_scan_of(self_memo *m, miltag_scanner *scan, const char *text,
                                     size_t start, size_t end, size_t end_max) {
  if (2 * (m->n + 1) > m->cap) {
    size_t ncap = m->cap ? 2 * m->cap : 1024;
    self_scan *ns = calloc(ncap, sizeof *ns);
    if (!ns) return NULL;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slot[i].text)
        *memo_find(ns, ncap, m->slot[i].text, m->slot[i].start, m->slot[i].end,
                   m->slot[i].end_max) = m->slot[i];
    free(m->slot);
    m->slot = ns;
    m->cap = ncap;
  }
  self_scan *s = memo_find(m->slot, m->cap, text, start, end, end_max);
  if (s->text) return s;
  memset(s, 0, sizeof *s);
  s->start = start;
  s->end = end;
  s->end_max = end_max;
  s->rc = miltag_scan(scan, text, strlen(text), MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS,
                      on_self_tag, s);
  if (s->oom || !(s->text = strdup(text))) {
    free(s->rows);
    free(s->all);
    memset(s, 0, sizeof *s);
    return NULL;
  }
  if (s->rc > 0) s->rc = 0; /* only on_self_tag stops a scan, and only when out of memory */
  sort_unique(s->rows, &s->nrows);
  sort_unique(s->all, &s->nall);
  m->n++;
  return s;
}

/* The row's normalized key sequence ("k1 k2 ..."), as the scanner sees it. */
typedef struct keys_ctx {
  char buf[4200];
  size_t len, n;
  int status;          /* miltag_tokens' result when it failed */
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
  int rc = miltag_tokens(scan, term, strlen(term), on_key, k);
  k->status = rc < 0 ? rc : 0;
  return rc < 0 ? 0 : k->n;
}

/* The keys of every `not` row outside patterns, sorted, made once: each
 * row that is never tagged looks its keys up there, so that a lexicon of
 * many such rows is checked in n log n, not in n * rows. */
typedef struct stop_key {
  char *keys;
  uint32_t row;
} stop_key;

typedef struct stop_index {
  stop_key *k;
  size_t n, cap;
  int built, oom;
} stop_index;

static int cmp_stop(const void *x, const void *y) {
  const stop_key *a = x, *b = y;
  int c = strcmp(a->keys, b->keys);
  return c ? c : (a->row > b->row) - (a->row < b->row);
}

static void stop_index_build(stop_index *ix, const miltag_lexicon *lex, miltag_scanner *scan) {
  uint32_t nrows = miltag_lexicon_row_count(lex);
  keys_ctx k;
  miltag_row row;
  ix->built = 1;
  for (uint32_t r = 0; r < nrows; r++) {
    miltag_lexicon_row(lex, r, &row);
    if (!strstr(row.flags, "not") || is_pattern(row.term)) continue;
    term_keys(scan, row.term, &k);
    if (ix->n == ix->cap) {
      size_t ncap = ix->cap ? 2 * ix->cap : 64;
      stop_key *nk = realloc(ix->k, ncap * sizeof *nk);
      if (!nk) {
        ix->oom = 1;
        return;
      }
      ix->k = nk;
      ix->cap = ncap;
    }
    char *copy = malloc(k.len + 1);
    if (!copy) {
      ix->oom = 1;
      return;
    }
    memcpy(copy, k.buf, k.len + 1);
    ix->k[ix->n++] = (stop_key){copy, r};
  }
  qsort(ix->k, ix->n, sizeof *ix->k, cmp_stop);
}

static void stop_index_free(stop_index *ix) {
  for (size_t i = 0; i < ix->n; i++) free(ix->k[i].keys);
  free(ix->k);
}

/* The first `not` row (outside patterns) whose term has the same keys. */
static int stop_row_for(stop_index *ix, const miltag_lexicon *lex, miltag_scanner *scan,
                        const char *keys, miltag_row *out) {
  if (!ix->built) stop_index_build(ix, lex, scan);
  size_t lo = 0, hi = ix->n; /* the first entry with these keys */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(ix->k[mid].keys, keys) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo == ix->n || strcmp(ix->k[lo].keys, keys) != 0) return 0;
  miltag_lexicon_row(lex, ix->k[lo].row, out);
  return 1;
}

/* With --extend: the built-in lexicon's source names, to tell its rows
 * from the user's. */
typedef struct sources {
  const char **name;
  size_t n;
} sources;

static int builtin_sources(sources *out) {
  out->name = NULL;
  out->n = 0;
  miltag_lexicon *def;
  if (miltag_lexicon_default(NULL, &def)) return -1;
  uint32_t nrows = miltag_lexicon_row_count(def);
  int rc = 0;
  const char *last = NULL;
  for (uint32_t r = 0; r < nrows && !rc; r++) {
    miltag_row row;
    miltag_lexicon_row(def, r, &row);
    if (last && strcmp(last, row.source) == 0) continue;
    last = row.source;
    int seen = 0;
    for (size_t k = 0; k < out->n; k++) seen |= strcmp(out->name[k], row.source) == 0;
    if (seen) continue;
    const char **nn = realloc(out->name, (out->n + 1) * sizeof *nn);
    char *copy = strdup(row.source);
    if (!nn || !copy) {
      free(copy);
      if (nn) out->name = nn;
      rc = -1;
      break;
    }
    out->name = nn;
    out->name[out->n++] = copy;
  }
  miltag_lexicon_free(def);
  return rc;
}

static void sources_free(sources *s) {
  for (size_t k = 0; k < s->n; k++) free((char *)s->name[k]);
  free(s->name);
}

static int is_builtin(const sources *s, const char *source) {
  for (size_t k = 0; k < s->n; k++)
    if (strcmp(s->name[k], source) == 0) return 1;
  return 0;
}

/* What the checks need to know of every entry. */
typedef struct entry_facts {
  uint32_t *first_row;   /* its first row, or UINT32_MAX: an entry the
                            grammar made (a composite type, no rows) */
  uint32_t n;
} entry_facts;

/* Whether candidate e of a tag on row entry own's term is an id of the
 * term: the composite types of the grammar are not (a phrase the grammar
 * also finds lists its type after the formation). */
static int is_term_id(const miltag_lexicon *lex, const entry_facts *ef, uint32_t own, uint32_t e) {
  if (e == own) return 1;
  if (ef->first_row[e] == UINT32_MAX) return 0;
  miltag_entry ce;
  miltag_lexicon_entry(lex, e, &ce);
  return strncmp(ce.id, "unit.pattern.", 13) != 0;
}

/* Counts of findings and notes. */
enum { N_NEVER, N_SHADOWED, N_CONFLICT, N_PLACE, N_GRAMMAR, N_COUNTS };

/* Tag a row's own term (between quotes for `quoted` rows) and judge it.
 * builtin (with --extend): the built-in sources, whose conflicts with the
 * user's rows are reported by the user's row.  0, or a scan error. */
static int check_row(const miltag_lexicon *lex, miltag_scanner *scan, self_memo *memo,
                     stop_index *stops, uint32_t r, unsigned long counts[N_COUNTS],
                     const sources *builtin, const entry_facts *ef) {
  miltag_row row;
  miltag_entry own;
  miltag_lexicon_row(lex, r, &row);
  miltag_lexicon_entry(lex, row.entry, &own);
  if (is_pattern(row.term) || strstr(row.flags, "not") || own.category == MILTAG_CONTEXT) return 0;
  keys_ctx keys;
  if (term_keys(scan, row.term, &keys) == 0) return keys.status; /* reported by the compiler */
  char text[4200];
  size_t off = strstr(row.flags, "quoted") ? strlen("«") : 0;
  snprintf(text, sizeof text, off ? "«%s»" : "%s", row.term);
  const self_scan *memo_s =
      self_scan_of(memo, scan, text, off + keys.first, off + keys.last, off + strlen(row.term));
  if (!memo_s) return MILTAG_E_NOMEM;
  if (memo_s->rc < 0) return memo_s->rc;
  /* what the scan says of this row: a tag of its own row wins the span's
   * reading, else the first tag's */
  struct {
    int full_span, own_listed;
    uint32_t winner_row;
    size_t ncand;
    uint32_t cands[64];
  } s;
  s.full_span = memo_s->full_span;
  s.own_listed = has_u32(memo_s->all, memo_s->nall, row.entry);
  s.winner_row = has_u32(memo_s->rows, memo_s->nrows, r) ? r : memo_s->first_row;
  s.ncand = memo_s->ncand;
  memcpy(s.cands, memo_s->cands, s.ncand * sizeof *s.cands);
  size_t w = 0;
  for (size_t k = 0; k < s.ncand; k++)
    if (is_term_id(lex, ef, row.entry, s.cands[k])) s.cands[w++] = s.cands[k];
  s.ncand = w;
  /* a unit whose name is a place's too: a note, with what keeps it apart */
  if (own.category == MILTAG_UNIT && s.full_span && (!builtin || !is_builtin(builtin, row.source))) {
    for (size_t k = 0; k < s.ncand; k++) {
      miltag_entry e;
      miltag_lexicon_entry(lex, s.cands[k], &e);
      if (e.category != MILTAG_PLACE) continue;
      miltag_row wr;
      miltag_lexicon_row(lex, s.winner_row, &wr);
      printf("%s:%lu: place-name: unit term '%s' (%s, flags %s) is also a place (%s); the tag is the %s\n",
             row.source, row.line, row.term, own.id, *row.flags ? row.flags : "none", e.id,
             wr.entry == row.entry ? "unit" : "place");
      counts[N_PLACE]++;
      return 0;
    }
  }
  if (!s.full_span) {
    miltag_row stop;
    if (stop_row_for(stops, lex, scan, keys.buf, &stop)) {
      printf("%s:%lu: shadowed: term '%s' is a stop phrase (%s:%lu), never tagged\n", row.source,
             row.line, row.term, stop.source, stop.line);
      counts[N_SHADOWED]++;
    } else {
      printf("%s:%lu: never: term '%s' is never tagged as written (check its flags and its "
             "punctuation)\n", row.source, row.line, row.term);
      counts[N_NEVER]++;
    }
    return 0;
  }
  if (!s.own_listed) {
    miltag_row wr;
    miltag_entry we;
    miltag_lexicon_row(lex, s.winner_row, &wr);
    miltag_lexicon_entry(lex, wr.entry, &we);
    printf("%s:%lu: shadowed: term '%s' is tagged as %s (%s:%lu), never as %s\n", row.source,
           row.line, row.term, we.id, wr.source, wr.line, own.id);
    counts[N_SHADOWED]++;
    return 0;
  }
  /* one term, several ids: reported once, by the row that wins the span
   * (with --extend, by the user's row when a built-in one wins) */
  miltag_row winner;
  miltag_lexicon_row(lex, s.winner_row, &winner);
  int report = s.winner_row == r ||
               (builtin && !is_builtin(builtin, row.source) && is_builtin(builtin, winner.source));
  if (builtin && is_builtin(builtin, row.source)) report = 0;
  if (s.ncand > 1 && report) {
    size_t ids = 0; /* all of them: the 64 kept in order may be a few of thousands */
    for (size_t k = 0; k < memo_s->nall; k++) ids += is_term_id(lex, ef, row.entry, memo_s->all[k]);
    printf("%s:%lu: conflict: term '%s' has %zu ids:", row.source, row.line, row.term, ids);
    for (size_t k = 0; k < s.ncand && k < 8; k++) {
      miltag_entry e;
      miltag_lexicon_entry(lex, s.cands[k], &e);
      printf(" %s", e.id);
    }
    printf("%s\n", s.ncand > 8 ? " ..." : "");
    counts[N_CONFLICT]++;
  }
  return 0;
}

/* "1st", "2nd", "3rd", "11th", "21st" */
static const char *ordinal_suffix(unsigned long n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

typedef struct probe {
  size_t start, end;
  int found;
  uint32_t entry;
  size_t ncand;
  uint32_t cands[8];
} probe;

static int on_probe(const miltag_tag *t, void *ctx) {
  probe *p = ctx;
  if (p->found || t->start != p->start || t->end != p->end) return 0;
  p->found = 1;
  p->entry = t->entry;
  p->ncand = t->n_candidates < 8 ? t->n_candidates : 8;
  memcpy(p->cands, t->candidates, p->ncand * sizeof *p->cands);
  return 0;
}

/* The formation grammar and the formations it should name: each listed
 * formation (a unit entry with rows, a number= in digits and a type=) is
 * written as an English phrase of its number and type ("the 47th
 * Mechanized Brigade") and tagged; a tag that is not the formation is
 * reported (a note).  Only lexicons with a grammar (class= entries). */
static int check_grammar(const miltag_lexicon *lex, miltag_scanner *scan, const entry_facts *ef,
                         unsigned long counts[N_COUNTS], const sources *builtin) {
  int grammar = 0;
  for (uint32_t i = 0; i < ef->n && !grammar; i++) {
    miltag_entry e;
    const char *v;
    size_t vl;
    miltag_lexicon_entry(lex, i, &e);
    grammar = e.category == MILTAG_CONTEXT && miltag_attr_get(e.attrs, "class", &v, &vl);
  }
  if (!grammar) return 0;
  for (uint32_t i = 0; i < ef->n; i++) {
    miltag_entry e;
    miltag_lexicon_entry(lex, i, &e);
    const char *nv, *tv;
    size_t nl, tl;
    if (e.category != MILTAG_UNIT || ef->first_row[i] == UINT32_MAX ||
        !miltag_attr_get(e.attrs, "number", &nv, &nl) || !miltag_attr_get(e.attrs, "type", &tv, &tl) ||
        nl == 0 || nl > 9 || tl == 0 || tl > 200 || strspn(nv, "0123456789") < nl)
      continue;
    miltag_row row;
    miltag_lexicon_row(lex, ef->first_row[i], &row);
    if (builtin && is_builtin(builtin, row.source)) continue;
    unsigned long n = strtoul(nv, NULL, 10);
    char text[300];
    int len = snprintf(text, sizeof text, "the %lu%s ", n, ordinal_suffix(n));
    for (size_t k = 0; k < tl && len < (int)sizeof text - 1; k++) {
      char c = tv[k];
      if (c >= 'a' && c <= 'z' && (k == 0 || tv[k - 1] == ' ' || tv[k - 1] == '-')) c = (char)(c - 32);
      text[len++] = c;
    }
    text[len] = 0;
    probe p;
    memset(&p, 0, sizeof p);
    p.start = 4;
    p.end = (size_t)len;
    int rc = miltag_scan(scan, text, (size_t)len, 0, on_probe, &p);
    if (rc < 0) return rc;
    if (p.found && p.entry == i) continue;
    const char *phrase = text + 4;
    if (!p.found) {
      printf("%s:%lu: grammar: %s (number %lu, type '%.*s'): '%s' is no phrase of the grammar (a word of "
             "the type is no grammar word)\n",
             row.source, row.line, e.id, n, (int)tl, tv, phrase);
    } else {
      miltag_entry got;
      miltag_lexicon_entry(lex, p.entry, &got);
      int listed = 0;
      for (size_t k = 0; k < p.ncand; k++) listed |= p.cands[k] == i;
      if (!memchr(tv, ' ', tl))
        printf("%s:%lu: grammar: %s (number %lu, type '%.*s'): '%s' is tagged as %s: a type that is the "
               "noun alone names the formation only with its affiliation (a service) or an honorific\n",
               row.source, row.line, e.id, n, (int)tl, tv, phrase, got.id);
      else if (listed)
        printf("%s:%lu: grammar: %s (number %lu, type '%.*s'): '%s' names several listed formations "
               "and is tagged as %s: an affiliation (a service, an abbreviation) tells them apart\n",
               row.source, row.line, e.id, n, (int)tl, tv, phrase, got.id);
      else
        printf("%s:%lu: grammar: %s (number %lu, type '%.*s'): '%s' is tagged as %s\n", row.source,
               row.line, e.id, n, (int)tl, tv, phrase, got.id);
    }
    counts[N_GRAMMAR]++;
  }
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int lint_main(const char *const *files, int nfiles, int with_default) {
  finding_ctx fc = {0, 0, 0};
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.warn = on_warning;
  opt.warn_ctx = &fc;
  /* errors (an unreadable file, a malformed row) go to standard error */
  miltag_lexicon *lex = lexfile_build(files, nfiles, with_default, &opt);
  if (!lex) return 1;
  sources builtin = {NULL, 0};
  if (with_default && builtin_sources(&builtin)) {
    fprintf(stderr, "miltag: out of memory\n");
    miltag_lexicon_free(lex);
    return 1;
  }
  miltag_scanner *scan;
  if (miltag_scanner_new(lex, &scan)) {
    fprintf(stderr, "miltag: cannot create a scanner\n");
    sources_free(&builtin);
    miltag_lexicon_free(lex);
    return 1;
  }
  unsigned long counts[N_COUNTS] = {0};
  uint32_t nrows = miltag_lexicon_row_count(lex);
  int status = 0;
  /* each entry's first row (none: a composite type of the grammar) */
  entry_facts ef = {NULL, miltag_lexicon_entry_count(lex)};
  ef.first_row = malloc(((size_t)ef.n + 1) * sizeof *ef.first_row);
  if (!ef.first_row) status = -1;
  for (uint32_t i = 0; i < ef.n && !status; i++) ef.first_row[i] = UINT32_MAX;
  for (uint32_t r = nrows; r-- > 0 && !status;) {
    miltag_row row;
    miltag_lexicon_row(lex, r, &row);
    ef.first_row[row.entry] = r;
  }
  /* with --extend: the user's rows, and the built-in rows with the same
   * keys as one of them (the user may shadow them) */
  char **keys = NULL;
  size_t nkeys = 0;
  size_t per_cat[6] = {0};
  size_t user_rows = 0;
  uint32_t *entries = NULL;
  size_t nentries = 0;
  if (with_default) {
    keys = calloc((size_t)nrows + 1, sizeof *keys);
    entries = calloc((size_t)nrows + 1, sizeof *entries);
    if (!keys || !entries) status = -1;
    for (uint32_t r = 0; r < nrows && !status; r++) {
      miltag_row row;
      miltag_entry en;
      miltag_lexicon_row(lex, r, &row);
      if (is_builtin(&builtin, row.source)) continue;
      miltag_lexicon_entry(lex, row.entry, &en);
      user_rows++;
      if (en.category > 0 && en.category < 6) per_cat[en.category]++;
      entries[nentries++] = row.entry;
      keys_ctx k;
      if (term_keys(scan, row.term, &k) == 0) continue;
      if (!(keys[nkeys] = strdup(k.buf))) status = -1;
      else nkeys++;
    }
    if (!status) qsort(keys, nkeys, sizeof *keys, cmp_str);
  }
  stop_index stops = {NULL, 0, 0, 0, 0};
  self_memo memo = {NULL, 0, 0};
  for (uint32_t r = 0; r < nrows && status == 0; r++) {
    if (with_default) {
      miltag_row row;
      miltag_lexicon_row(lex, r, &row);
      if (is_builtin(&builtin, row.source)) {
        keys_ctx k;
        if (term_keys(scan, row.term, &k) == 0) continue;
        char *kp = k.buf;
        if (!bsearch(&kp, keys, nkeys, sizeof *keys, cmp_str)) continue;
      }
    }
    status = check_row(lex, scan, &memo, &stops, r, counts, with_default ? &builtin : NULL, &ef);
  }
  if (!status) status = check_grammar(lex, scan, &ef, counts, with_default ? &builtin : NULL);
  if (!status && stops.oom) status = -1;
  stop_index_free(&stops);
  memo_free(&memo);
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  miltag_lexicon_get_stats(lex, &st);
  if (status) {
    fprintf(stderr, "miltag: %s\n", status == MILTAG_E_NOMEM || status == -1 ? "out of memory"
                                                                            : miltag_strerror(status));
  } else if (with_default) {
    /* distinct ids of the user's rows */
    size_t ids = nentries;
    sort_unique(entries, &ids);
    printf("rows %zu (on top of %zu built-in): casualty %zu, unit %zu, place %zu, slang %zu, "
           "context %zu; ids %zu\n",
           user_rows, st.rows - user_rows, per_cat[MILTAG_CASUALTY], per_cat[MILTAG_UNIT],
           per_cat[MILTAG_PLACE], per_cat[MILTAG_SLANG], per_cat[MILTAG_CONTEXT], ids);
  } else {
    printf("rows %zu: casualty %zu, unit %zu, place %zu, slang %zu, context %zu; ids %zu; forms %zu\n",
           st.rows, st.per_category[MILTAG_CASUALTY], st.per_category[MILTAG_UNIT],
           st.per_category[MILTAG_PLACE], st.per_category[MILTAG_SLANG],
           st.per_category[MILTAG_CONTEXT], st.entries, st.forms);
  }
  if (!status)
    printf("findings: %lu duplicate, %lu never, %lu shadowed; %lu terms with several ids, %lu unit "
           "terms that are places, %lu formations the grammar does not name\n",
           fc.duplicates, fc.empties + counts[N_NEVER], counts[N_SHADOWED], counts[N_CONFLICT],
           counts[N_PLACE], counts[N_GRAMMAR]);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "miltag: write error: %s\n", strerror(errno));
    status = 1;
  }
  for (size_t k = 0; k < nkeys; k++) free(keys[k]);
  free(keys);
  free(entries);
  free(ef.first_row);
  sources_free(&builtin);
  miltag_scanner_free(scan);
  miltag_lexicon_free(lex);
  if (status) return 1;
  /* several ids for one term is a note (same-named villages are real) */
  return (fc.duplicates + fc.empties + fc.other + counts[N_NEVER] + counts[N_SHADOWED]) ? 1 : 0;
}
