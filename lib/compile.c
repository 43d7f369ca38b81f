#include "compile.h"
#include "invariant.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "evidence.h"
#include "gap.h"
#include "grammar.h"
#include "hash.h"
#include "image.h"
#include "inflect.h"
#include "normalize.h"
#include "prefilter.h"
#include "sort.h"
#include "tokenize.h"
#include "utf8.h"

/* ------------------------------------------------------------------------
 * A compile-time hash map: 64-bit hashes to 32-bit values; equality is
 * decided by the caller, who compares the value's key. */
typedef struct cmap {
  uint64_t *h;   /* 0 = empty */
  uint32_t *v;
  size_t cap, n;
} cmap;

typedef int (*cmap_eq)(const void *ctx, uint32_t val);

/* Find the slot for hash h: returns the slot index; *found says whether it
 * holds a matching value. */
static size_t cmap_find(const cmap *m, uint64_t h, cmap_eq eq, const void *ctx, int *found) {
  h |= 1;
  size_t mask = m->cap - 1, i = (size_t)h & mask;
  for (;;) {
    if (m->h[i] == 0) { *found = 0; return i; }
    if (m->h[i] == h && eq(ctx, m->v[i])) { *found = 1; return i; }
    i = (i + 1) & mask;
  }
}

static int cmap_grow(const miltag_allocator *a, cmap *m) {
  if (m->cap && m->n + 1 <= m->cap / 2) return 0;
  size_t ncap = m->cap ? m->cap * 2 : 1024;
  uint64_t *nh = mt_calloc(a, ncap, sizeof *nh);
  uint32_t *nv = mt_malloc(a, ncap * sizeof *nv);
  if (!nh || !nv) { mt_free(a, nh); mt_free(a, nv); return MILTAG_E_NOMEM; }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->h[i]) continue;
    size_t j = (size_t)m->h[i] & (ncap - 1);
    while (nh[j]) j = (j + 1) & (ncap - 1);
    nh[j] = m->h[i];
    nv[j] = m->v[i];
  }
  mt_free(a, m->h);
  mt_free(a, m->v);
  m->h = nh;
  m->v = nv;
  m->cap = ncap;
  return 0;
}

static void cmap_set(cmap *m, size_t slot, uint64_t h, uint32_t v) {
  m->h[slot] = h | 1;
  m->v[slot] = v;
  m->n++;
}

static void cmap_free(const miltag_allocator *a, cmap *m) {
  mt_free(a, m->h);
  mt_free(a, m->v);
  memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------------ */

typedef struct centry {
  uint32_t id, label;       /* string offsets */
  const char *attrs;        /* its first row's; merged with the others'
                               once every row is read (finish_attrs) */
  int category;
  uint32_t first_row;
  uint32_t xhead, xtail;    /* keys later rows add (cattr list), MT_NONE */
  int indexed;              /* its keys are in attrmap */
  double prior;
  uint32_t roles;           /* evidence roles (mt_ev_entry_roles) */
  uint8_t place;            /* place facts (mt_ev_place_facts) */
  uint16_t unit;            /* unit facts (mt_ev_unit_facts) */
  uint16_t country;
  uint32_t region;          /* entry of its admin1, MT_NONE */
  const char *admin1;       /* in attrs, admin1_len bytes */
  size_t admin1_len;
} centry;

/* One attribute key of an entry, in the index that tells a new key from a
 * repeated one in constant time (merge_attrs). */
typedef struct cattr {
  uint32_t ent, row;        /* whose, and the row that gave it */
  const char *k, *v;        /* in the row's string */
  uint32_t kl, vl;
  uint32_t next;            /* the entry's next added key, MT_NONE */
} cattr;

typedef struct cnode {
  uint32_t mhead;           /* last match added (index into ms), MT_NONE */
  uint32_t nmatch;
} cnode;

typedef struct cmatch {
  uint32_t row, next;
  uint32_t mask;            /* a class row: the agreement set of its forms
                               that end at this node (grammar.h) */
} cmatch;

typedef struct cedge {
  uint32_t parent, token, gap, child;
} cedge;

typedef struct compiler {
  const miltag_allocator *a;
  const mt_rowset *rs;
  miltag_error *err;
  miltag_warning_fn warn;
  void *warn_ctx;
  unsigned flags;
  mt_norm norm;
  mt_norm_scratch ns;
  mt_tokenizer tok;
  int tok_open;
  mt_arena arena;

  mt_buf str;               /* string pool */
  cmap strmap;

  centry *ents;
  size_t n_ents, cap_ents;
  cmap idmap;
  cattr *attrs;             /* attribute keys of entries with several rows */
  size_t n_attrs, cap_attrs;
  cmap attrmap;

  mt_img_token *toks;
  size_t n_toks, cap_toks;
  uint32_t *root;
  size_t cap_root;
  cmap keymap;

  cnode *nodes;
  size_t n_nodes, cap_nodes;
  cmatch *ms;
  size_t n_ms, cap_ms;
  cedge *edges;
  size_t n_edges, cap_edges;
  cmap edgemap;
  cmap basemap;             /* (entry, base node) -> first row (duplicates) */

  uint32_t *row_entry;
  uint32_t *row_base;       /* node of each row's base form */
  uint32_t max_term_tokens;
  size_t n_forms;
  uint32_t slot_tok[MT_SLOT_COUNT]; /* slot tokens (slot_token), MT_NONE */

  /* forms: what one row, and the whole lexicon, may expand into */
  size_t forms_given, forms_budget;
  size_t row_forms;
  unsigned row_dropped;     /* DROPPED_* of the current row */

  /* the row being compiled */
  uint32_t cur_row;
  size_t cur_last_end;      /* end of the last token of the term */
  uint16_t *row_traits;     /* every row's traits (mt_ev_traits) */
  uint8_t *row_gender;      /* grammar rows of nouns: MT_AGR_* + 1, else 0 */
  /* the formation grammar (grammar.h) */
  uint32_t *ent_class;      /* per entry: its mt_img_gclass, or MT_NONE */
  size_t cap_ent_class;
  mt_img_gclass *gcls;
  char **gnouns;            /* per class: its nouns= list (arena) or NULL */
  size_t n_gcls, cap_gcls;
  mt_img_gend *gends;
  size_t n_gends, cap_gends;
  mt_img_gtype *gtypes;
  size_t n_gtypes, cap_gtypes;
  mt_img_glink *glinks;
  size_t n_glinks, cap_glinks;
  int cur_gmode;            /* GM_*: how a form of the row gets its set */
  int cur_ggender;          /* GM_NOUN: MT_AGR_* of the noun */
  mt_glang cur_glang;
  uint32_t cur_gaps[MT_MAX_TERM_TOKENS];
  int cur_is_base;
  uint32_t cur_node_base;

  /* word endings (`suffix` rows): not in the trie, a table of their own */
  mt_img_suffix *sufs;
  size_t n_sufs, cap_sufs;
} compiler;

/* ------------------------------------------------------------ strings */

typedef struct strkey { const compiler *c; const char *s; size_t n; } strkey;

static int str_eq(const void *ctx, uint32_t off) {
  const strkey *k = ctx;
  const char *p = k->c->str.data + off;
  return strncmp(p, k->s, k->n) == 0 && p[k->n] == '\0';
}

/* Intern a string in the pool; *off receives its offset.  "" is offset 0. */
static int intern_str(compiler *c, const char *s, size_t n, uint32_t *off) {
  if (n == 0) { *off = 0; return 0; }
  if (cmap_grow(c->a, &c->strmap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_hash(s, n, 7);
  strkey k = {c, s, n};
  int found;
  size_t slot = cmap_find(&c->strmap, h, str_eq, &k, &found);
  if (found) { *off = c->strmap.v[slot]; return 0; }
  if (c->str.len + n + 1 > UINT32_MAX) return MILTAG_E_LIMIT;
  uint32_t o = (uint32_t)c->str.len;
  if (mt_buf_append(c->a, &c->str, s, n) || mt_buf_putc(c->a, &c->str, '\0'))
    return MILTAG_E_NOMEM;
  cmap_set(&c->strmap, slot, h, o);
  *off = o;
  return 0;
}

static int intern_cstr(compiler *c, const char *s, uint32_t *off) {
  return intern_str(c, s, strlen(s), off);
}

/* ------------------------------------------------------------ errors */

static int row_error(compiler *c, const mt_row *r, int col, int status, const char *fmt, ...)
    MT_PRINTF(5, 6);
static int row_error(compiler *c, const mt_row *r, int col, int status, const char *fmt, ...) {
  char what[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  return mt_error_set(c->err, status, r->source, r->line, col >= 0 ? r->col[col] : 0, "%s", what);
}

/* Where another row is, for a message about row r: "line N" in r's own
 * source, "SOURCE:N" in another (a --extend row that clashes with a
 * built-in one is at a line of data/lexicon.tsv, not of the user's file). */
static const char *row_place(char *out, size_t cap, const mt_row *r, const mt_row *other) {
  if (other->source && r->source && strcmp(other->source, r->source) != 0)
    snprintf(out, cap, "%.*s:%lu", MT_QUOTE_SHORT(other->source), other->line);
  else
    snprintf(out, cap, "line %lu", other->line);
  return out;
}

/* Report a warning; returns 0 to go on or the status that stops. */
static int row_warning(compiler *c, const mt_row *r, int col, int status, const char *fmt, ...)
    MT_PRINTF(5, 6);
static int row_warning(compiler *c, const mt_row *r, int col, int status, const char *fmt, ...) {
  miltag_error w;
  char what[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  mt_error_set(&w, status, r->source, r->line, col >= 0 ? r->col[col] : 0, "%s", what);
  if (c->flags & MILTAG_COMPILE_STRICT) {
    if (c->err) *c->err = w;
    return status;
  }
  if (c->warn) {
    int rc = c->warn(&w, c->warn_ctx);
    if (rc) {
      if (c->err) *c->err = w;
      return status;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ entries */

typedef struct idkey { const compiler *c; const char *s; } idkey;

static int id_eq(const void *ctx, uint32_t ent) {
  const idkey *k = ctx;
  return strcmp(k->c->str.data + k->c->ents[ent].id, k->s) == 0;
}

/* Next "key=value" pair of an attribute string; returns 0 at the end. */
static int next_attr(const char **p, const char **k, size_t *kl, const char **v, size_t *vl) {
  const char *s = *p;
  if (!*s) return 0;
  *k = s;
  while (*s && *s != '=') s++;
  *kl = (size_t)(s - *k);
  if (*s) s++;
  *v = s;
  while (*s && *s != ';') {
    if (*s == '\\' && s[1]) s++;
    s++;
  }
  *vl = (size_t)(s - *v);
  if (*s) s++;
  *p = s;
  return 1;
}

static int find_attr(const char *attrs, const char *key, size_t kl, const char **v, size_t *vl) {
  const char *p = attrs, *k;
  size_t l;
  while (next_attr(&p, &k, &l, v, vl))
    if (l == kl && memcmp(k, key, kl) == 0) return 1;
  return 0;
}

static double parse_prior(const char *attrs) {
  const char *v;
  size_t vl;
  if (!find_attr(attrs, "prior", 5, &v, &vl) || vl == 0 || vl > 30) return 0;
  char buf[32];
  memcpy(buf, v, vl);
  buf[vl] = 0;
  char *end;
  double d = strtod(buf, &end);
  return *end ? 0 : d;
}

typedef struct attrkey { const compiler *c; uint32_t ent; const char *k; size_t kl; } attrkey;

static int attr_eq(const void *ctx, uint32_t i) {
  const attrkey *q = ctx;
  const cattr *x = &q->c->attrs[i];
  return x->ent == q->ent && x->kl == q->kl && memcmp(x->k, q->k, q->kl) == 0;
}

/* The key k of entry ent in the index: *found says whether it was there;
 * if not, it is added (given by row, value v) and *slot is its index. */
static int attr_index(compiler *c, uint32_t ent, uint32_t row, const char *k, size_t kl,
                      const char *v, size_t vl, int *found, uint32_t *idx) {
  if (cmap_grow(c->a, &c->attrmap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_hash(k, kl, 0x5A17 + (uint64_t)ent);
  attrkey q = {c, ent, k, kl};
  size_t slot = cmap_find(&c->attrmap, h, attr_eq, &q, found);
  if (*found) {
    *idx = c->attrmap.v[slot];
    return 0;
  }
  if (c->n_attrs >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
  if (mt_reserve(c->a, (void **)&c->attrs, &c->cap_attrs, c->n_attrs + 1, sizeof(cattr)))
    return MILTAG_E_NOMEM;
  c->attrs[c->n_attrs] = (cattr){ent, row, k, v, (uint32_t)kl, (uint32_t)vl, MT_NONE};
  cmap_set(&c->attrmap, slot, h, (uint32_t)c->n_attrs);
  *idx = (uint32_t)c->n_attrs++;
  return 0;
}

/* Merge a row's attributes into its entry: new keys are added after the
 * entry's (finish_attrs writes them out), a key given twice with
 * different values is an error.  Each key costs one lookup, so an id with
 * thousands of rows that each add a key compiles in linear time. */
static int merge_attrs(compiler *c, uint32_t ei, const mt_row *r, uint32_t ri) {
  centry *e = &c->ents[ei];
  const char *ra = r->field[MT_COL_ATTRS];
  if (!*ra || strcmp(ra, e->attrs) == 0) return 0; /* the usual case */
  const char *p, *k, *v;
  size_t kl, vl;
  uint32_t idx;
  int found, rc = 0;
  if (!e->indexed) { /* the first row's keys, when a second row differs */
    e->indexed = 1;
    p = e->attrs;
    while (!rc && next_attr(&p, &k, &kl, &v, &vl))
      rc = attr_index(c, ei, e->first_row, k, kl, v, vl, &found, &idx);
  }
  p = ra;
  while (!rc && next_attr(&p, &k, &kl, &v, &vl)) {
    if ((rc = attr_index(c, ei, ri, k, kl, v, vl, &found, &idx))) break;
    const cattr *x = &c->attrs[idx];
    if (found) {
      if (x->vl != vl || memcmp(x->v, v, vl) != 0) {
        char msg[360], at[160];
        snprintf(msg, sizeof msg, "attribute '%.*s' differs from the one given for this id at %s",
                 (int)kl, k, row_place(at, sizeof at, r, &c->rs->rows[x->row]));
        return row_error(c, r, MT_COL_ATTRS, MILTAG_E_SYNTAX, "%s", msg);
      }
      continue;
    }
    if (e->xtail == MT_NONE) e->xhead = idx;
    else c->attrs[e->xtail].next = idx;
    e->xtail = idx;
  }
  if (rc) return row_error(c, r, -1, rc, "%s", rc == MILTAG_E_LIMIT ? "lexicon too large" : "out of memory");
  return 0;
}

/* Write out the attributes of the entries that rows added keys to: the
 * first row's string, then each new "key=value" in the order given. */
static int finish_attrs(compiler *c) {
  mt_buf nb = {0};
  for (size_t i = 0; i < c->n_ents; i++) {
    centry *e = &c->ents[i];
    if (e->xhead == MT_NONE) continue;
    nb.len = 0;
    if (mt_buf_append(c->a, &nb, e->attrs, strlen(e->attrs))) goto nomem;
    for (uint32_t x = e->xhead; x != MT_NONE; x = c->attrs[x].next) {
      const cattr *a = &c->attrs[x];
      if ((nb.len && mt_buf_putc(c->a, &nb, ';')) || mt_buf_append(c->a, &nb, a->k, a->kl) ||
          mt_buf_putc(c->a, &nb, '=') || mt_buf_append(c->a, &nb, a->v, a->vl))
        goto nomem;
    }
    char *s = mt_arena_strndup(c->a, &c->arena, nb.data, nb.len);
    if (!s) goto nomem;
    e->attrs = s;
  }
  mt_buf_free(c->a, &nb);
  return 0;
nomem:
  mt_buf_free(c->a, &nb);
  return mt_error_set(c->err, MILTAG_E_NOMEM, NULL, 0, 0, "out of memory");
}

/* The region of each place: the entry that may be a region (mt_ev_is_region)
 * whose label is the place's `admin1`, in the same country. */
typedef struct regkey { const compiler *c; const char *s; size_t n; uint16_t country; } regkey;

static int region_eq(const void *ctx, uint32_t ent) {
  const regkey *k = ctx;
  const centry *e = &k->c->ents[ent];
  const char *label = k->c->str.data + e->label;
  return e->country == k->country && strncmp(label, k->s, k->n) == 0 && label[k->n] == '\0';
}

static int link_regions(compiler *c) {
  cmap m = {0};
  int rc = 0;
  for (size_t i = 0; i < c->n_ents && !rc; i++) {
    centry *e = &c->ents[i];
    if (!mt_ev_is_region(e->place) || !e->label) continue;
    const char *label = c->str.data + e->label;
    regkey k = {c, label, strlen(label), e->country};
    if (cmap_grow(c->a, &m)) { rc = MILTAG_E_NOMEM; break; }
    uint64_t h = mt_hash(label, k.n, 0xADu + e->country);
    int found;
    size_t slot = cmap_find(&m, h, region_eq, &k, &found);
    /* two regions of one label in one country: a first-level one wins */
    if (!found) cmap_set(&m, slot, h, (uint32_t)i);
    else if (MT_PLACE_KIND_OF(e->place) == MT_KIND_REGION &&
             MT_PLACE_KIND_OF(c->ents[m.v[slot]].place) != MT_KIND_REGION)
      m.v[slot] = (uint32_t)i;
  }
  for (size_t i = 0; i < c->n_ents && !rc && m.n; i++) {
    centry *e = &c->ents[i];
    if (!e->admin1_len) continue;
    regkey k = {c, e->admin1, e->admin1_len, e->country};
    int found;
    size_t slot = cmap_find(&m, mt_hash(e->admin1, e->admin1_len, 0xADu + e->country), region_eq,
                            &k, &found);
    if (found && m.v[slot] != i) e->region = m.v[slot];
  }
  cmap_free(c->a, &m);
  if (rc) return mt_error_set(c->err, rc, NULL, 0, 0, "out of memory");
  return 0;
}

static int add_entries(compiler *c) {
  const mt_rowset *rs = c->rs;
  for (size_t i = 0; i < rs->n; i++) {
    const mt_row *r = &rs->rows[i];
    if (cmap_grow(c->a, &c->idmap)) return row_error(c, r, -1, MILTAG_E_NOMEM, "%s", "out of memory");
    const char *id = r->field[MT_COL_ID];
    uint64_t h = mt_hash(id, strlen(id), 11);
    idkey k = {c, id};
    int found;
    size_t slot = cmap_find(&c->idmap, h, id_eq, &k, &found);
    if (!found) {
      if (c->n_ents >= UINT32_MAX - 1) return row_error(c, r, -1, MILTAG_E_LIMIT, "%s", "too many entries");
      if (mt_reserve(c->a, (void **)&c->ents, &c->cap_ents, c->n_ents + 1, sizeof(centry)))
        return row_error(c, r, -1, MILTAG_E_NOMEM, "%s", "out of memory");
      centry *e = &c->ents[c->n_ents];
      memset(e, 0, sizeof *e);
      int rc = intern_cstr(c, id, &e->id);
      if (!rc) rc = intern_cstr(c, r->field[MT_COL_LABEL], &e->label);
      if (rc) return row_error(c, r, -1, rc, "%s", rc == MILTAG_E_LIMIT ? "lexicon too large" : "out of memory");
      e->category = r->category;
      e->first_row = (uint32_t)i;
      e->attrs = r->field[MT_COL_ATTRS];
      e->xhead = e->xtail = MT_NONE;
      cmap_set(&c->idmap, slot, h, (uint32_t)c->n_ents);
      c->row_entry[i] = (uint32_t)c->n_ents++;
      continue;
    }
    uint32_t ei = c->idmap.v[slot];
    centry *e = &c->ents[ei];
    c->row_entry[i] = ei;
    const mt_row *first = &rs->rows[e->first_row];
    if (e->category != r->category) {
      char msg[360], at[160];
      snprintf(msg, sizeof msg, "id '%.*s' has category %s at %s", (int)mt_utf8_prefix(id, 120), id,
               miltag_category_name(e->category), row_place(at, sizeof at, r, first));
      return row_error(c, r, MT_COL_CATEGORY, MILTAG_E_SYNTAX, "%s", msg);
    }
    const char *label = r->field[MT_COL_LABEL];
    if (*label) {
      if (e->label == 0) {
        int rc = intern_cstr(c, label, &e->label);
        if (rc) return row_error(c, r, -1, rc, "%s", "out of memory");
      } else if (strcmp(c->str.data + e->label, label) != 0) {
        char msg[360];
        const char *was = c->str.data + e->label;
        snprintf(msg, sizeof msg, "label '%.*s' differs from '%.*s' given for this id",
                 (int)mt_utf8_prefix(label, 120), label, (int)mt_utf8_prefix(was, 120), was);
        return row_error(c, r, MT_COL_LABEL, MILTAG_E_SYNTAX, "%s", msg);
      }
    }
    int rc = merge_attrs(c, ei, r, (uint32_t)i);
    if (rc) return rc;
  }
  int rc = finish_attrs(c);
  if (rc) return rc;
  for (size_t i = 0; i < c->n_ents; i++) {
    centry *e = &c->ents[i];
    e->prior = parse_prior(e->attrs);
    const char *why;
    if (mt_ev_entry_roles(e->category, e->attrs, &e->roles, &why))
      return row_error(c, &rs->rows[e->first_row], MT_COL_ATTRS, MILTAG_E_SYNTAX, "%s", why);
    mt_ev_place_facts(e->category, c->str.data + e->label, e->attrs, &e->place, &e->country,
                      &e->admin1, &e->admin1_len);
    e->unit = mt_ev_unit_facts(e->category, e->attrs);
    e->region = MT_NONE;
  }
  return link_regions(c);
}

/* ------------------------------------------------------------ tokens */

typedef struct tokkey { const compiler *c; const char *s; size_t n; } tokkey;

static int tok_eq(const void *ctx, uint32_t t) {
  const tokkey *k = ctx;
  const mt_img_token *tk = &k->c->toks[t];
  return tk->len == k->n && memcmp(k->c->str.data + tk->key, k->s, k->n) == 0;
}

static int intern_token(compiler *c, const char *s, size_t n, uint32_t *out) {
  if (cmap_grow(c->a, &c->keymap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_image_key_hash(s, n);
  tokkey k = {c, s, n};
  int found;
  size_t slot = cmap_find(&c->keymap, h, tok_eq, &k, &found);
  if (found) { *out = c->keymap.v[slot]; return 0; }
  if (c->n_toks >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
  if (mt_reserve(c->a, (void **)&c->toks, &c->cap_toks, c->n_toks + 1, sizeof(mt_img_token)) ||
      mt_reserve(c->a, (void **)&c->root, &c->cap_root, c->n_toks + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  uint32_t off;
  int rc = intern_str(c, s, n, &off);
  if (rc) return rc;
  c->toks[c->n_toks].key = off;
  c->toks[c->n_toks].len = (uint32_t)n;
  c->root[c->n_toks] = MT_NONE;
  cmap_set(&c->keymap, slot, h, (uint32_t)c->n_toks);
  *out = (uint32_t)c->n_toks++;
  return 0;
}

/* ------------------------------------------------------------ trie */

static int new_node(compiler *c, uint32_t *out) {
  if (c->n_nodes >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
  if (mt_reserve(c->a, (void **)&c->nodes, &c->cap_nodes, c->n_nodes + 1, sizeof(cnode)))
    return MILTAG_E_NOMEM;
  c->nodes[c->n_nodes].mhead = MT_NONE;
  c->nodes[c->n_nodes].nmatch = 0;
  *out = (uint32_t)c->n_nodes++;
  return 0;
}

typedef struct edgekey { const compiler *c; uint32_t p, t, g; } edgekey;

static int edge_eq(const void *ctx, uint32_t e) {
  const edgekey *k = ctx;
  const cedge *x = &k->c->edges[e];
  return x->parent == k->p && x->token == k->t && x->gap == k->g;
}

static int child(compiler *c, uint32_t parent, uint32_t token, uint32_t gap, uint32_t *out) {
  int rc;
  if (parent == 0) {
    if (c->root[token] == MT_NONE) {
      uint32_t n;
      if ((rc = new_node(c, &n))) return rc;
      c->root[token] = n;
    }
    *out = c->root[token];
    return 0;
  }
  if (cmap_grow(c->a, &c->edgemap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_hash3(parent, token, gap);
  edgekey k = {c, parent, token, gap};
  int found;
  size_t slot = cmap_find(&c->edgemap, h, edge_eq, &k, &found);
  if (found) { *out = c->edges[c->edgemap.v[slot]].child; return 0; }
  uint32_t n;
  if ((rc = new_node(c, &n))) return rc;
  if (mt_reserve(c->a, (void **)&c->edges, &c->cap_edges, c->n_edges + 1, sizeof(cedge)))
    return MILTAG_E_NOMEM;
  c->edges[c->n_edges] = (cedge){parent, token, gap, n};
  cmap_set(&c->edgemap, slot, h, (uint32_t)c->n_edges++);
  *out = n;
  return 0;
}

typedef struct basekey { const compiler *c; uint32_t ent, node; } basekey;

static int base_eq(const void *ctx, uint32_t row) {
  const basekey *k = ctx;
  return k->c->row_entry[row] == k->ent && k->c->row_base[row] == k->node;
}

/* The first row of entry ent whose base form ends at node: *found and *q
 * say which; if there is none, row is recorded as that row. */
static int base_index(compiler *c, uint32_t ent, uint32_t node, uint32_t row, int *found,
                      uint32_t *q) {
  if (cmap_grow(c->a, &c->basemap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_hash3(ent, node, 0xBA5Eu);
  basekey k = {c, ent, node};
  size_t slot = cmap_find(&c->basemap, h, base_eq, &k, found);
  if (*found) {
    *q = c->basemap.v[slot];
    return 0;
  }
  c->row_base[row] = node; /* what base_eq compares, before add_row sets it */
  cmap_set(&c->basemap, slot, h, row);
  return 0;
}

/* Called by the inflection expander for each form of the current row.  An
 * ordinal ending becomes a second token, joined to its number; a slot
 * becomes its slot token. */
static int add_path(compiler *c, const mt_iword *w, size_t n, unsigned extra);

/* The token of a slot: made once, with a readable key ("{num}") that is
 * not entered in the key table, so that no key of text reaches it. */
static int slot_token(compiler *c, mt_slot slot, uint32_t *out) {
  MT_ASSERT(slot > MT_SLOT_NONE && slot < MT_SLOT_COUNT);
  static const char *const label[MT_SLOT_COUNT] = {NULL, "{num}", "{num2}", "{name}", "{word}"};
  if (c->slot_tok[slot] != MT_NONE) {
    *out = c->slot_tok[slot];
    return 0;
  }
  if (c->n_toks >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
  if (mt_reserve(c->a, (void **)&c->toks, &c->cap_toks, c->n_toks + 1, sizeof(mt_img_token)) ||
      mt_reserve(c->a, (void **)&c->root, &c->cap_root, c->n_toks + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  uint32_t off;
  int rc = intern_cstr(c, label[slot], &off);
  if (rc) return rc;
  c->toks[c->n_toks].key = off;
  c->toks[c->n_toks].len = (uint32_t)strlen(label[slot]);
  c->root[c->n_toks] = MT_NONE;
  *out = c->slot_tok[slot] = (uint32_t)c->n_toks++;
  return 0;
}

/* Forms one row may expand into, and on average over the lexicon (beyond
 * MAX_ROW_FORMS): the built-in lexicon needs 4,005 for its largest row and
 * 4.4 on average, but optional words multiply (ten optional adjectives:
 * 1024 variants, each declined), and a lexicon is input.  Forms past either are not
 * added and the row gets a warning (an error with MILTAG_COMPILE_STRICT),
 * so a hostile lexicon compiles in time linear in its size. */
#define MAX_ROW_FORMS 65536u
#define FORMS_PER_ROW 32u

/* Why forms of the current row were not added (reported by add_row). */
#define DROPPED_BUDGET 0x1u  /* MAX_ROW_FORMS, or the lexicon's budget */
#define DROPPED_DEEP 0x2u    /* a form of more than MT_MAX_TERM_TOKENS tokens */
#define DROPPED_WORD 0x4u    /* the expander kept only some forms of a word */
#define DROPPED_LONG 0x8u    /* a word too long to decline stayed as written */

/* add_form's return when the budget is spent: stops the expansion. */
#define FORMS_FULL 1

static int row_has_name(const mt_row *r);

/* A {name} may have one to four words: each form is added once per
 * length, with the further words as {word} slots; a {Name} that opens its
 * term is one word (Стрийський парк), so that a match started at any
 * capital cannot take the lower-case words after it for a name. */
static int add_form(void *ctx, const mt_iword *w, size_t n) {
  compiler *c = ctx;
  if (c->row_forms >= MAX_ROW_FORMS || c->forms_given >= c->forms_budget) {
    c->row_dropped |= DROPPED_BUDGET;
    return FORMS_FULL;
  }
  c->row_forms++;
  c->forms_given++;
  int has_name = 0;
  for (size_t i = 0; i < n; i++) has_name |= w[i].slot == MT_SLOT_NAME;
  if (n && w[0].slot == MT_SLOT_NAME && row_has_name(&c->rs->rows[c->cur_row]) == 2) has_name = 0;
  int rc = add_path(c, w, n, 0);
  for (unsigned extra = 1; has_name && !rc && extra <= 3; extra++) rc = add_path(c, w, n, extra);
  return rc;
}

/* How the forms of a grammar class row get their agreement sets. */
enum {
  GM_NONE = 0,   /* not a class row */
  GM_ALL,        /* invariant (abbreviations, complements, English) */
  GM_NOUN,       /* by the slot of the form and the noun's gender */
  GM_ADJ         /* by the ending of the adjective */
};

/* The agreement set of form w[0..n) of the current row (0 for rows that
 * are no grammar words).  The agreeing word is the last. */
static uint32_t form_mask(const compiler *c, const mt_iword *w, size_t n) {
  switch (c->cur_gmode) {
    case GM_ALL: return MT_AGR_ALL;
    case GM_NOUN: return mt_gram_noun_mask(c->cur_ggender, w[n - 1].form);
    case GM_ADJ: {
      uint32_t m = mt_gram_adj_mask(c->cur_glang, w[n - 1].key, w[n - 1].len);
      return m ? m : MT_AGR_ALL;
    }
    default: return 0;
  }
}

static int add_path(compiler *c, const mt_iword *w, size_t n, unsigned extra) {
  MT_ASSERT(n >= 1 && n <= MT_MAX_TERM_TOKENS && extra <= 3);
  const mt_row *r = &c->rs->rows[c->cur_row];
  uint32_t node = 0, depth = 0;
  int rc;
  for (size_t i = 0; i < n; i++) {
    uint32_t t;
    if (w[i].slot != MT_SLOT_NONE) {
      if ((rc = slot_token(c, w[i].slot, &t))) goto fail;
    } else if (w[i].len == 0) {
      return 0; /* a word inflected away: skip the form */
    } else if ((rc = intern_token(c, w[i].key, w[i].len, &t))) {
      goto fail;
    }
    /* the scanner follows no match further: such a form is reported */
    if (++depth > MT_MAX_TERM_TOKENS) goto deep;
    if ((rc = child(c, node, t, i ? c->cur_gaps[i] : 0, &node))) goto fail;
    if (w[i].ending_len) {
      uint32_t e;
      if ((rc = intern_token(c, w[i].ending, w[i].ending_len, &e))) goto fail;
      if (++depth > MT_MAX_TERM_TOKENS) goto deep;
      if ((rc = child(c, node, e, MT_GAPK_JOINED, &node))) goto fail;
    }
    if (w[i].slot == MT_SLOT_NAME) {
      uint32_t wt;
      if ((rc = slot_token(c, MT_SLOT_WORD, &wt))) goto fail;
      for (unsigned k = 0; k < extra; k++) {
        if (++depth > MT_MAX_TERM_TOKENS) goto deep;
        if ((rc = child(c, node, wt, MT_GAPK_SOFT, &node))) goto fail;
      }
    }
  }
  if (depth > c->max_term_tokens) c->max_term_tokens = depth;
  cnode *nd = &c->nodes[node];
  /* the same form again (from another case or variant): exact, by node */
  uint32_t gmask = form_mask(c, w, n);
  if (nd->mhead != MT_NONE && c->ms[nd->mhead].row == c->cur_row) {
    c->ms[nd->mhead].mask |= gmask;
    return 0;
  }
  c->n_forms++;
  if (c->cur_is_base) {
    /* a row whose base form another row of its id has: a duplicate (one
     * lookup, not a walk over the node's rows: a term may have thousands
     * of ids) */
    c->cur_node_base = node;
    uint32_t ent = c->row_entry[c->cur_row], q;
    int found;
    if ((rc = base_index(c, ent, node, c->cur_row, &found, &q))) goto fail;
    /* (a Russian and a Ukrainian row of one spelling are two words: their
     * forms differ, коробочке and коробочці) */
    if (found) {
      mt_glang l0 = mt_gram_lang(c->rs->rows[q].field[MT_COL_LANG]), l1 = mt_gram_lang(r->field[MT_COL_LANG]);
      if (l0 != l1 && (l0 == MT_GL_RU || l0 == MT_GL_UK) && (l1 == MT_GL_RU || l1 == MT_GL_UK)) found = 0;
    }
    if (found) {
      char at[160];
      rc = row_warning(c, r, MT_COL_TERM, MILTAG_E_DUPLICATE,
                       "duplicate row: term '%.*s' with this id is already at %s",
                       MT_QUOTE(r->field[MT_COL_TERM]), row_place(at, sizeof at, r, &c->rs->rows[q]));
      if (rc) return rc;
      c->cur_is_base = 0;
      return 0;
    }
  }
  c->cur_is_base = 0;
  if (nd->nmatch >= MT_NODE_ROWS_MAX)
    return row_error(c, r, MT_COL_TERM, MILTAG_E_LIMIT, "more than %u rows end at the term '%.*s'",
                     (unsigned)MT_NODE_ROWS_MAX, MT_QUOTE(r->field[MT_COL_TERM]));
  if (c->n_ms >= UINT32_MAX - 1) { rc = MILTAG_E_LIMIT; goto fail; }
  if (mt_reserve(c->a, (void **)&c->ms, &c->cap_ms, c->n_ms + 1, sizeof(cmatch))) {
    rc = MILTAG_E_NOMEM;
    goto fail;
  }
  c->ms[c->n_ms] = (cmatch){c->cur_row, nd->mhead, gmask};
  nd->mhead = (uint32_t)c->n_ms++;
  nd->nmatch++;
  return 0;
deep:
  c->row_dropped |= DROPPED_DEEP;
  return 0;
fail:
  return row_error(c, r, MT_COL_TERM, rc, "%s", rc == MILTAG_E_LIMIT ? "lexicon too large" : "out of memory");
}

/* ------------------------------------------------------------ patterns */

#define MAX_VARIANTS 1024
#define MAX_GROUPS 24

/* A term pattern: literal text, optional groups "[...]" and alternatives
 * "(a|b)" (parentheses without "|" are literal, as in "(ЧВК)"). */
typedef enum seg_kind {
  SEG_LITERAL = 0,     /* text as written */
  SEG_OPTIONAL,        /* [words]: present or not */
  SEG_ALTERNATIVES     /* (a|b|c): one of them */
} seg_kind;

typedef struct pseg {
  seg_kind kind;
  const char *p;
  size_t n;
  int nalt;
} pseg;

typedef struct pattern {
  pseg seg[2 * MAX_GROUPS + 1];
  size_t nseg;
  size_t variants;
} pattern;

static int parse_pattern(const char *t, pattern *pt, const char **why) {
  size_t i = 0, lit = 0, n = strlen(t);
  pt->nseg = 0;
  pt->variants = 1;
  while (i <= n) {
    seg_kind kind = SEG_LITERAL;
    size_t close = 0;
    if (i < n && t[i] == '[') {
      const char *e = strchr(t + i, ']');
      if (!e) { *why = "'[' without ']' in the term"; return MILTAG_E_SYNTAX; }
      kind = SEG_OPTIONAL;
      close = (size_t)(e - t);
    } else if (i < n && t[i] == '(') {
      const char *e = strchr(t + i, ')');
      if (e && memchr(t + i, '|', (size_t)(e - (t + i)))) {
        kind = SEG_ALTERNATIVES;
        close = (size_t)(e - t);
      }
    }
    if (kind != SEG_LITERAL || i == n) {
      if (i > lit) pt->seg[pt->nseg++] = (pseg){SEG_LITERAL, t + lit, i - lit, 1};
      if (i == n) break;
      if (pt->nseg + 2 > sizeof pt->seg / sizeof *pt->seg) { *why = "too many groups in the term"; return MILTAG_E_LIMIT; }
      pseg g = {kind, t + i + 1, close - i - 1, 1};
      if (kind == SEG_ALTERNATIVES)
        for (size_t k = 0; k < g.n; k++) g.nalt += g.p[k] == '|';
      if (memchr(g.p, '[', g.n) || memchr(g.p, '(', g.n)) { *why = "groups cannot be nested"; return MILTAG_E_SYNTAX; }
      pt->seg[pt->nseg++] = g;
      pt->variants *= kind == SEG_OPTIONAL ? 2 : (size_t)g.nalt;
      if (pt->variants > MAX_VARIANTS) { *why = "the term expands to more than 1024 variants"; return MILTAG_E_LIMIT; }
      i = close + 1;
      lit = i;
      continue;
    }
    i++;
  }
  return 0;
}

/* Where the slots of a variant are: the byte offset of each placeholder
 * word and what it stands for. */
typedef struct slotpos {
  size_t n;
  size_t at[MT_MAX_TERM_TOKENS];
  mt_slot kind[MT_MAX_TERM_TOKENS];
} slotpos;

/* Placeholders: one-character words the tokenizer cuts like what the slot
 * stands for (a number: "{num}th" is cut as "155th" is; a word), found
 * again by their offsets, never by their text. */
#define NUM_PLACEHOLDER "0"
#define NAME_PLACEHOLDER "x"

/* Append p[0..n) to out with each {num} and {name} replaced by its
 * placeholder, noting where (so that ranges of the variant stay right). */
static int append_piece(const miltag_allocator *a, mt_buf *out, const char *p, size_t n,
                        slotpos *sp) {
  size_t i = 0;
  while (i < n) {
    const char *brace = memchr(p + i, '{', n - i);
    size_t lit = brace ? (size_t)(brace - (p + i)) : n - i;
    if (mt_buf_append(a, out, p + i, lit)) return MILTAG_E_NOMEM;
    i += lit;
    if (!brace) break;
    mt_slot kind = MT_SLOT_NONE;
    size_t len = 1;
    if (n - i >= 5 && memcmp(p + i, "{num}", 5) == 0) kind = MT_SLOT_NUM, len = 5;
    else if (n - i >= 6 && (memcmp(p + i, "{name}", 6) == 0 || memcmp(p + i, "{Name}", 6) == 0))
      kind = MT_SLOT_NAME, len = 6;
    if (kind == MT_SLOT_NONE || sp->n >= MT_MAX_TERM_TOKENS) {
      /* a brace of the term, or more slots than a term has tokens (the
       * tokenizer refuses that term) */
      if (mt_buf_append(a, out, p + i, len)) return MILTAG_E_NOMEM;
    } else {
      sp->at[sp->n] = out->len;
      sp->kind[sp->n++] = kind;
      if (mt_buf_append(a, out, kind == MT_SLOT_NUM ? NUM_PLACEHOLDER : NAME_PLACEHOLDER, 1))
        return MILTAG_E_NOMEM;
    }
    i += len;
  }
  return 0;
}

/* Build variant v (0 = every optional group present, first alternatives)
 * into out, with the slots' placeholders (their places in *sp).  *present
 * gets one bit per optional group; ranges[g] the byte range of group g in
 * the text. */
static int build_variant(const pattern *pt, size_t v, mt_buf *out, const miltag_allocator *a,
                         uint32_t *present, size_t ranges[][2], slotpos *sp) {
  out->len = 0;
  *present = 0;
  sp->n = 0;
  int g = 0;
  for (size_t s = 0; s < pt->nseg; s++) {
    const pseg *sg = &pt->seg[s];
    const char *p = sg->p;
    size_t n = sg->n;
    if (sg->kind == SEG_OPTIONAL) {
      int on = (v % 2) == 0;
      v /= 2;
      size_t from = out->len;
      if (on) {
        *present |= 1u << g;
        if (append_piece(a, out, p, n, sp)) return MILTAG_E_NOMEM;
      }
      if (ranges) { ranges[g][0] = from; ranges[g][1] = out->len; }
      g++;
      continue;
    }
    if (sg->kind == SEG_ALTERNATIVES) {
      size_t pick = v % (size_t)sg->nalt;
      v /= (size_t)sg->nalt;
      while (pick--) {
        const char *bar = memchr(p, '|', n);
        n -= (size_t)(bar + 1 - p);
        p = bar + 1;
      }
      const char *bar = memchr(p, '|', n);
      if (bar) n = (size_t)(bar - p);
    }
    if (append_piece(a, out, p, n, sp)) return MILTAG_E_NOMEM;
  }
  if (!out->data && mt_buf_append(a, out, "", 0)) return MILTAG_E_NOMEM;
  return 0;
}

/* Tokenize and normalize one variant of the current row into words
 * (their keys in keys[]); the slots are typed words, known by their
 * places sp. */
static int tokenize_term(compiler *c, const mt_row *r, const char *text, size_t len, mt_buf *keys,
                         mt_iword *words, size_t *count, size_t *starts, const slotpos *sp) {
  int rc = mt_tok_reset(&c->tok, text, len);
  if (rc) return row_error(c, r, MT_COL_TERM, rc, "%s", "cannot tokenize the term");
  size_t n = 0, slots = 0;
  mt_token t;
  while ((rc = mt_tok_next(&c->tok, &t)) == 1) {
    if (n >= MT_MAX_TERM_TOKENS)
      return row_error(c, r, MT_COL_TERM, MILTAG_E_LIMIT, "term '%.*s' has more than 32 tokens",
                       MT_QUOTE(r->field[MT_COL_TERM]));
    rc = mt_normalize(&c->norm, c->a, &c->ns, text + t.start, t.end - t.start, &keys[n]);
    if (rc == MT_NO_KEY)
      return row_error(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                       "a word of the term has more than %d characters or %d combining marks: "
                       "text never has such a key", MT_KEY_MAX_CHARS, MT_KEY_MAX_MARKS);
    if (rc) return row_error(c, r, MT_COL_TERM, rc, "%s", "cannot normalize the term");
    if (keys[n].len == 0) continue; /* only ignorable characters */
    c->cur_gaps[n] = n ? mt_gap_term_kind(t.gap, t.gapsig) : 0;
    mt_iword *w = &words[n];
    w->key = keys[n].data;
    w->len = keys[n].len;
    w->ending = "";
    w->ending_len = 0;
    w->flags = ((t.flags & MT_TOK_CAP) ? MT_IW_CAP : 0) |
               ((t.flags & (MT_TOK_ALLCAPS | MT_TOK_MULTICAP)) ? MT_IW_ALLCAPS : 0);
    w->slot = MT_SLOT_NONE;
    w->form = MT_FORM_AS_WRITTEN;
    for (size_t k = 0; k < sp->n; k++) {
      if (sp->at[k] < t.start || sp->at[k] >= t.end) continue;
      /* the placeholder must be the whole token */
      if (sp->at[k] != t.start || t.end - t.start != 1)
        return row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX,
                         "a slot ({num}, {name}, {Name}) must be a word of its own");
      w->slot = sp->kind[k];
      w->key = "";
      w->len = 0;
      slots++;
    }
    if (starts) starts[n] = t.start;
    n++;
    c->cur_last_end = t.end;
  }
  if (rc < 0) return row_error(c, r, MT_COL_TERM, rc, "%s", "cannot tokenize the term");
  if (slots != sp->n)
    return row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX,
                     "a slot ({num}, {name}, {Name}) must be a word of its own");
  *count = n;
  return 0;
}

static int is_explicit_spec(const char *spec) {
  return *spec && strcmp(spec, "none") != 0 && strcmp(spec, "auto") != 0;
}

static size_t spec_words(const char *spec) {
  size_t n = 0;
  for (const char *p = spec; *p;) {
    while (*p == ' ') p++;
    if (!*p) break;
    n++;
    while (*p && *p != ' ') p++;
  }
  return n;
}

/* A row some of whose forms were not added: a warning, never a silent
 * drop (an error with MILTAG_COMPILE_STRICT). */
static int report_dropped(compiler *c, const mt_row *r) {
  const char *term = r->field[MT_COL_TERM];
  if (c->row_dropped & DROPPED_BUDGET) {
    if (c->row_forms >= MAX_ROW_FORMS)
      return row_warning(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                         "term '%.*s' has more than %u inflected forms: the rest are not added",
                         MT_QUOTE_SHORT(term), MAX_ROW_FORMS);
    return row_warning(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                       "term '%.*s': the lexicon's budget of inflected forms (%zu: %u a row on "
                       "average, beyond %u) is spent, its other forms are not added",
                       MT_QUOTE_SHORT(term), c->forms_budget, FORMS_PER_ROW, MAX_ROW_FORMS);
  }
  if (c->row_dropped & DROPPED_DEEP)
    return row_warning(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                       "term '%.*s' has forms of more than %d tokens: they are not added",
                       MT_QUOTE_SHORT(term), MT_MAX_TERM_TOKENS);
  if (c->row_dropped & DROPPED_LONG)
    return row_warning(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                       "a word of term '%.*s' has more than 64 characters: it is not declined",
                       MT_QUOTE_SHORT(term));
  return row_warning(c, r, MT_COL_TERM, MILTAG_E_LIMIT,
                     "a word of term '%.*s' has more than 24 forms in one case: the rest are "
                     "not added", MT_QUOTE_SHORT(term));
}

static int row_has_slot(const mt_row *r) { return strstr(r->field[MT_COL_TERM], "{num}") != NULL; }
/* 1: a quoted {name}; 2: a {Name} of capitalized words, unquoted */
static int row_has_name(const mt_row *r) {
  const char *t = r->field[MT_COL_TERM];
  return strstr(t, "{Name}") ? 2 : strstr(t, "{name}") != NULL;
}

/* A `suffix` row: a word ending for the evidence module, not a term. */
static int add_suffix(compiler *c, uint32_t ri) {
  const mt_row *r = &c->rs->rows[ri];
  const char *term = r->field[MT_COL_TERM];
  size_t n = strlen(term);
  mt_ev_term facts = {r->category, r->field[MT_COL_LANG], 0, 0, 0, 0};
  c->row_traits[ri] = (uint16_t)mt_ev_traits(r->flags, &facts);
  c->row_base[ri] = MT_NONE;
  char key[64];
  size_t kl = n < 64 ? mt_ev_fold(term, n, key, sizeof key) : 0;
  for (size_t i = 0; i < kl; i++)
    if (key[i] == ' ' || key[i] == '\t' || key[i] == '.' || key[i] == '-')
      return row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX, "%s",
                       "a suffix row's term is the end of one word");
  if (n == 0 || kl == 0 || n >= 64)
    return row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX, "%s",
                     "a suffix row's term is 1 to 63 bytes");
  const char *v;
  size_t vl;
  unsigned min_stem = 0;
  const centry *e = &c->ents[c->row_entry[ri]];
  if (miltag_attr_get(e->attrs, "min_stem", &v, &vl)) {
    if (vl != 1 || v[0] < '0' || v[0] > '9')
      return row_error(c, r, MT_COL_ATTRS, MILTAG_E_SYNTAX, "%s", "min_stem is a digit");
    min_stem = (unsigned)(v[0] - '0');
  }
  uint32_t off;
  int rc = intern_str(c, key, kl, &off);
  if (!rc && mt_reserve(c->a, (void **)&c->sufs, &c->cap_sufs, c->n_sufs + 1, sizeof(mt_img_suffix)))
    rc = MILTAG_E_NOMEM;
  if (rc) return row_error(c, r, -1, rc, "%s", rc == MILTAG_E_LIMIT ? "lexicon too large" : "out of memory");
  int nom = miltag_attr_get(e->attrs, "case", &v, &vl) && vl == 3 && memcmp(v, "nom", 3) == 0;
  c->sufs[c->n_sufs++] = (mt_img_suffix){ri, off, (uint16_t)kl, (uint8_t)min_stem, (uint8_t)nom};
  return 0;
}

/* How the forms of row ri get their agreement sets (form_mask), from its
 * class and its inflection spec (explicit: spec, else ""). */
static void gram_row_mode(compiler *c, uint32_t ri, const char *spec) {
  const mt_row *r = &c->rs->rows[ri];
  uint32_t cls = c->ent_class ? c->ent_class[c->row_entry[ri]] : MT_NONE;
  c->cur_gmode = GM_NONE;
  if (cls == MT_NONE) return;
  c->cur_glang = mt_gram_lang(r->field[MT_COL_LANG]);
  c->cur_gmode = GM_ALL;
  if (c->cur_glang != MT_GL_RU && c->cur_glang != MT_GL_UK) return;
  /* the last word's spec says what the agreeing word is */
  const char *last = spec, *p = spec;
  size_t ln = 0;
  while (*p) {
    while (*p == ' ') p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if (e > p) last = p, ln = (size_t)(e - p);
    p = e;
  }
  if (ln && (last[0] == 'm' || last[0] == 'f' || last[0] == 'n' || (ln == 2 && memcmp(last, "pl", 2) == 0))) {
    c->cur_gmode = GM_NOUN;
    c->cur_ggender = last[0] == 'm' ? MT_AGR_M : last[0] == 'f' ? MT_AGR_F : last[0] == 'n' ? MT_AGR_N : MT_AGR_PL;
    c->row_gender[ri] = (uint8_t)(c->cur_ggender + 1);
    return;
  }
  mt_gkind k = (mt_gkind)c->gcls[cls].kind;
  int adj_class = k == MT_GK_BRANCH || k == MT_GK_SEP || k == MT_GK_GUARDS || k == MT_GK_ORD;
  if ((ln == 3 && memcmp(last, "adj", 3) == 0) || (!ln && adj_class)) c->cur_gmode = GM_ADJ;
}

static int add_row(compiler *c, uint32_t ri) {
  const mt_row *r = &c->rs->rows[ri];
  if (r->flags & MT_TRAIT_SUFFIX) return add_suffix(c, ri);
  c->row_forms = 0;
  c->row_dropped = 0;
  const char *term = r->field[MT_COL_TERM], *spec = r->field[MT_COL_INFLECT];
  pattern pt;
  const char *why = NULL;
  int rc = parse_pattern(term, &pt, &why);
  if (rc) return row_error(c, r, MT_COL_TERM, rc, "%s", why);
  mt_buf keys[MT_MAX_TERM_TOKENS];
  mt_iword words[MT_MAX_TERM_TOKENS];
  slotpos sp;
  size_t starts[MT_MAX_TERM_TOKENS];
  int group_of[MT_MAX_TERM_TOKENS];
  size_t ranges[MAX_GROUPS][2];
  memset(keys, 0, sizeof keys);
  mt_buf text = {0}, vspec = {0};
  int explicit = is_explicit_spec(spec);
  size_t nfull = 0;
  uint32_t present;
  /* what the traits of the row derive from; a term that never matches
   * keeps those of its columns */
  mt_ev_term facts = {r->category, r->field[MT_COL_LANG], 0, 0, row_has_slot(r), row_has_name(r)};
  c->row_traits[ri] = (uint16_t)mt_ev_traits(r->flags, &facts);
  /* names are singular: places, units, and first names (Иваны is not a
   * man's name; surnames keep their plural: Песковы) */
  unsigned opts = (r->category == MILTAG_PLACE || r->category == MILTAG_UNIT ||
                   c->ents[c->row_entry[ri]].roles == MT_ROLE_FIRST_NAME)
                      ? MT_INFL_SINGULAR
                      : 0;

  /* The full variant fixes which token each spec word belongs to. */
  if ((rc = build_variant(&pt, 0, &text, c->a, &present, ranges, &sp))) goto nomem;
  if ((rc = tokenize_term(c, r, text.data, text.len, keys, words, &nfull, starts, &sp))) goto out;
  if (nfull == 0) {
    rc = row_warning(c, r, MT_COL_TERM, MILTAG_E_EMPTY,
                     "term '%.*s' has no letters or digits: it can never match", MT_QUOTE(term));
    c->row_base[ri] = MT_NONE;
    goto out;
  }
  int ngroups = 0;
  for (size_t s = 0; s < pt.nseg; s++) ngroups += pt.seg[s].kind == SEG_OPTIONAL;
  for (size_t i = 0; i < nfull; i++) {
    group_of[i] = -1;
    for (int g = 0; g < ngroups; g++)
      if (starts[i] >= ranges[g][0] && starts[i] < ranges[g][1]) group_of[i] = g;
  }
  /* how the term is written: the evidence module derives the traits */
  facts.first_word = words[0].flags;
  facts.ends_with_period = c->cur_last_end + 1 == text.len && text.data[c->cur_last_end] == '.';
  if (explicit && spec_words(spec) != nfull) {
    char msg[120];
    snprintf(msg, sizeof msg, "the inflection spec has %zu words, the term has %zu",
             spec_words(spec), nfull);
    rc = row_error(c, r, MT_COL_INFLECT, MILTAG_E_SYNTAX, "%s", msg);
    goto out;
  }

  gram_row_mode(c, ri, explicit ? spec : "");
  c->cur_row = ri;
  c->cur_is_base = 1;
  c->cur_node_base = MT_NONE;
  for (size_t v = 0; v < pt.variants; v++) {
    size_t n;
    if (v && (rc = build_variant(&pt, v, &text, c->a, &present, NULL, &sp))) goto nomem;
    if (v && (rc = tokenize_term(c, r, text.data, text.len, keys, words, &n, NULL, &sp))) goto out;
    if (!v) n = nfull;
    if (n == 0) continue;
    const char *spec_v = spec;
    if (explicit && ngroups) {
      /* keep the spec words of the tokens this variant has */
      vspec.len = 0;
      const char *p = spec;
      size_t kept = 0;
      for (size_t i = 0; i < nfull; i++) {
        while (*p == ' ') p++;
        const char *e = p;
        while (*e && *e != ' ') e++;
        if (group_of[i] < 0 || (present >> group_of[i]) & 1) {
          if ((vspec.len && mt_buf_putc(c->a, &vspec, ' ')) || mt_buf_append(c->a, &vspec, p, (size_t)(e - p)))
            goto nomem;
          kept++;
        }
        p = e;
      }
      if (kept != n) {
        rc = row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX, "%s",
                       "an optional group or alternative must hold whole words");
        goto out;
      }
      spec_v = vspec.data ? vspec.data : "";
    } else if (explicit && n != nfull) {
      rc = row_error(c, r, MT_COL_TERM, MILTAG_E_SYNTAX, "%s",
                     "alternatives must have the same number of words");
      goto out;
    }
    why = NULL;
    if (c->flags & MILTAG_COMPILE_NO_INFLECTION) spec_v = "none";
    unsigned dropped;
    rc = mt_inflect_expand(c->a, r->field[MT_COL_LANG], spec_v, words, n, opts, add_form, c, &why,
                           &dropped);
    if (dropped & MT_INFL_DROPPED) c->row_dropped |= DROPPED_WORD;
    if (dropped & MT_INFL_LONG) c->row_dropped |= DROPPED_LONG;
    if (rc == FORMS_FULL) { rc = 0; break; } /* the budget is spent: no more variants */
    if (rc == MILTAG_E_SYNTAX && why) { rc = row_error(c, r, MT_COL_INFLECT, rc, "%s", why); goto out; }
    if (rc == MILTAG_E_NOMEM && (!c->err || c->err->status != MILTAG_E_NOMEM)) goto nomem;
    if (rc) goto out;
  }
  c->row_base[ri] = c->cur_node_base;
  c->row_traits[ri] = (uint16_t)mt_ev_traits(r->flags, &facts);
  if (c->row_dropped) rc = report_dropped(c, r);
  goto out;
nomem:
  rc = row_error(c, r, MT_COL_TERM, MILTAG_E_NOMEM, "%s", "out of memory");
out:
  for (size_t i = 0; i < MT_MAX_TERM_TOKENS; i++) mt_buf_free(c->a, &keys[i]);
  mt_buf_free(c->a, &text);
  mt_buf_free(c->a, &vspec);
  return rc;
}

/* ------------------------------------------------------------ grammar */

/* The formation grammar (grammar.h): the class entries, the composite
 * types they make (unit.pattern.<type>, entries of their own), the listed
 * formations a phrase links to, and the ordinal endings of numbers. */

static int grow(const miltag_allocator *a, void **p, size_t *cap, size_t n, size_t elem) {
  return n < *cap ? 0 : mt_reserve(a, p, cap, n + 1, elem);
}

/* Intern s[0..n) (0 for ""). */
static int gstr(compiler *c, const char *s, size_t n, uint32_t *off) {
  return intern_str(c, s ? s : "", s ? n : 0, off);
}

/* The last word of s[0..n) ("brigade" of "motor rifle brigade"). */
static const char *last_word(const char *s, size_t n, size_t *len) {
  size_t i = n;
  while (i && s[i - 1] != ' ') i--;
  *len = n - i;
  return s + i;
}

static int gram_classes(compiler *c) {
  for (size_t i = 0; i < c->n_ents; i++) {
    centry *e = &c->ents[i];
    mt_gclass_src src;
    const char *why = NULL;
    c->ent_class[i] = MT_NONE;
    if (mt_gram_class_parse(e->category, e->attrs, &src, &why))
      return row_error(c, &c->rs->rows[e->first_row], MT_COL_ATTRS, MILTAG_E_SYNTAX, "%s", why);
    if (src.kind == MT_GK_NONE) continue;
    if (c->n_gcls >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
    if (grow(c->a, (void **)&c->gcls, &c->cap_gcls, c->n_gcls, sizeof *c->gcls))
      return MILTAG_E_NOMEM;
    mt_img_gclass *g = &c->gcls[c->n_gcls];
    memset(g, 0, sizeof *g);
    g->entry = (uint32_t)i;
    g->kind = (uint8_t)src.kind;
    g->flags = (uint16_t)src.flags;
    g->value = src.value;
    size_t nl;
    /* what links: the noun of the type, or of an English short form */
    const char *noun = src.kind == MT_GK_BRANCH && src.shorttype
                           ? last_word(src.shorttype, src.short_len, &nl)
                       : src.type ? last_word(src.type, src.type_len, &nl) : NULL;
    int rc = gstr(c, src.type, src.type_len, &g->type);
    if (!rc) rc = gstr(c, noun, noun ? nl : 0, &g->noun);
    if (!rc) rc = gstr(c, src.shorttype, src.short_len, &g->shorttype);
    if (!rc) rc = gstr(c, src.affil, src.affil_len, &g->affil);
    if (rc) return rc;
    c->ent_class[i] = (uint32_t)c->n_gcls++;
  }
  /* the nouns= lists, for the composite types (compile time only) */
  c->gnouns = mt_calloc(c->a, c->n_gcls ? c->n_gcls : 1, sizeof *c->gnouns);
  if (!c->gnouns) return MILTAG_E_NOMEM;
  for (size_t k = 0; k < c->n_gcls; k++) {
    mt_gclass_src src;
    const char *why;
    mt_gram_class_parse(MILTAG_CONTEXT, c->ents[c->gcls[k].entry].attrs, &src, &why);
    if (src.nouns && !(c->gnouns[k] = mt_arena_strndup(c->a, &c->arena, src.nouns, src.nouns_len)))
      return MILTAG_E_NOMEM;
  }
  return 0;
}

/* Does the comma-separated list name s? */
static int list_has(const char *list, const char *s) {
  size_t n = strlen(s);
  for (const char *p = list; p && *p;) {
    const char *e = strchr(p, ',');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (l == n && memcmp(p, s, n) == 0) return 1;
    p = e ? e + 1 : NULL;
  }
  return 0;
}

/* The entry of id, made if there is none (an entry without rows). */
static int gram_entry(compiler *c, const char *id, const char *label, const char *attrs,
                      uint32_t *out) {
  if (cmap_grow(c->a, &c->idmap)) return MILTAG_E_NOMEM;
  uint64_t h = mt_hash(id, strlen(id), 11);
  idkey k = {c, id};
  int found;
  size_t slot = cmap_find(&c->idmap, h, id_eq, &k, &found);
  if (found) {
    *out = c->idmap.v[slot];
    return 0;
  }
  if (c->n_ents >= UINT32_MAX - 1) return MILTAG_E_LIMIT;
  if (mt_reserve(c->a, (void **)&c->ents, &c->cap_ents, c->n_ents + 1, sizeof(centry)) ||
      mt_reserve(c->a, (void **)&c->ent_class, &c->cap_ent_class, c->n_ents + 1, sizeof(uint32_t)))
    return MILTAG_E_NOMEM;
  centry *e = &c->ents[c->n_ents];
  memset(e, 0, sizeof *e);
  int rc = intern_cstr(c, id, &e->id);
  if (!rc) rc = intern_cstr(c, label, &e->label);
  if (rc) return rc;
  if (!(e->attrs = mt_arena_strndup(c->a, &c->arena, attrs, strlen(attrs)))) return MILTAG_E_NOMEM;
  e->category = MILTAG_UNIT;
  e->first_row = MT_NONE;
  e->xhead = e->xtail = MT_NONE;
  c->ent_class[c->n_ents] = MT_NONE;
  cmap_set(&c->idmap, slot, h, (uint32_t)c->n_ents);
  *out = (uint32_t)c->n_ents++;
  return 0;
}

static int cmp_gtype(const void *x, const void *y) {
  const mt_img_gtype *a = x, *b = y;
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  if (a->prefix != b->prefix) return a->prefix < b->prefix ? -1 : 1;
  return (a->affil > b->affil) - (a->affil < b->affil);
}

/* One composite type: prefix p (0: none) and type t, with and without
 * each affiliation. */
static int gram_type(compiler *c, uint32_t p, uint32_t t, const uint32_t *affils, size_t naff) {
  mt_buf full = {0}, id = {0}, attrs = {0};
  int rc = 0;
  /* the pool may move while strings are interned: offsets, not pointers */
  /* "p t"; a word that ends the prefix and begins the type is said once
   * (rocket artillery + artillery battalion) */
  const char *ts = c->str.data + t, *ps = c->str.data + p;
  size_t pl = strlen(ps), fw = strcspn(ts, " ");
  if (p && ts[fw] && pl > fw && ps[pl - fw - 1] == ' ' && memcmp(ps + pl - fw, ts, fw) == 0) ts += fw + 1;
  if (mt_buf_append(c->a, &full, ps, pl) || (p && mt_buf_putc(c->a, &full, ' ')) ||
      mt_buf_append(c->a, &full, ts, strlen(ts)))
    goto nomem;
  uint32_t fulloff;
  if ((rc = intern_str(c, full.data, full.len, &fulloff))) goto out;
  for (size_t a = 0; a <= naff; a++) {
    const char *as = a ? c->str.data + affils[a - 1] : "";
    id.len = attrs.len = 0;
    if (mt_buf_append(c->a, &id, "unit.pattern.", 13) || mt_buf_append(c->a, &id, as, strlen(as)) ||
        (*as && mt_buf_putc(c->a, &id, '-')))
      goto nomem;
    for (size_t q = 0; q < full.len; q++) {
      char ch = full.data[q];
      if (ch == ' ' ? mt_buf_putc(c->a, &id, '-')
                    : (ch != '\'' && ch != ';' && ch != '=' && ch != '\\') && mt_buf_putc(c->a, &id, ch))
        goto nomem;
    }
    if (mt_buf_append(c->a, &attrs, "type=", 5) || mt_buf_append(c->a, &attrs, full.data, full.len) ||
        (*as && (mt_buf_append(c->a, &attrs, ";affiliation=", 13) ||
                 mt_buf_append(c->a, &attrs, as, strlen(as)))))
      goto nomem;
    uint32_t ent;
    if ((rc = gram_entry(c, id.data, full.data, attrs.data, &ent))) goto out;
    if (grow(c->a, (void **)&c->gtypes, &c->cap_gtypes, c->n_gtypes, sizeof *c->gtypes)) goto nomem;
    c->gtypes[c->n_gtypes++] = (mt_img_gtype){p, t, a ? affils[a - 1] : 0, fulloff, ent};
  }
  goto out;
nomem:
  rc = MILTAG_E_NOMEM;
out:
  mt_buf_free(c->a, &full);
  mt_buf_free(c->a, &id);
  mt_buf_free(c->a, &attrs);
  return rc;
}

/* The composite types: every type word and abbreviation alone, every
 * branch and qualifier with the nouns it names (nouns=), English short
 * forms; each also with every affiliation a service or an abbreviation
 * gives. */
static int gram_composites(compiler *c) {
  uint32_t affils[16];
  size_t naff = 0;
  for (size_t k = 0; k < c->n_gcls; k++) {
    const mt_img_gclass *g = &c->gcls[k];
    if (!g->affil || (g->kind != MT_GK_SERVICE && g->kind != MT_GK_ABBR)) continue;
    size_t i = 0;
    while (i < naff && affils[i] != g->affil) i++;
    if (i == naff && naff < sizeof affils / sizeof *affils) affils[naff++] = g->affil;
  }
  int rc = 0;
  size_t n = c->n_gcls;
  for (size_t k = 0; k < n && !rc; k++) {
    mt_img_gclass g = c->gcls[k];
    if (g.kind == MT_GK_TYPE || g.kind == MT_GK_ABBR) rc = gram_type(c, 0, g.type, affils, naff);
    if (!rc && g.shorttype) rc = gram_type(c, 0, g.shorttype, affils, naff);
    if (g.kind != MT_GK_TYPE || rc) continue;
    for (size_t j = 0; j < n && !rc; j++) {
      mt_img_gclass p = c->gcls[j];
      /* (the pool moves as types are interned: no pointer into it is kept) */
      if ((p.kind != MT_GK_BRANCH && p.kind != MT_GK_QUAL) || !p.type ||
          !list_has(c->gnouns[j], c->str.data + g.type))
        continue;
      rc = gram_type(c, p.type, g.type, affils, naff);
    }
  }
  if (rc) return rc;
  /* sorted and unique (type words of three languages give each twice) */
  if (c->n_gtypes) qsort(c->gtypes, c->n_gtypes, sizeof *c->gtypes, cmp_gtype);
  size_t w = 0;
  for (size_t i = 0; i < c->n_gtypes; i++)
    if (!w || cmp_gtype(&c->gtypes[w - 1], &c->gtypes[i]) != 0) c->gtypes[w++] = c->gtypes[i];
  c->n_gtypes = w;
  return 0;
}

static int cmp_glink(const void *x, const void *y) {
  const mt_img_glink *a = x, *b = y;
  if (a->number != b->number) return a->number < b->number ? -1 : 1;
  return (a->entry > b->entry) - (a->entry < b->entry);
}

/* The listed formations: unit entries with rows, number= and type=. */
static int gram_links(compiler *c) {
  for (size_t i = 0; i < c->n_ents; i++) {
    const centry *e = &c->ents[i];
    const char *nv, *tv, *av;
    size_t nl, tl, al;
    if (e->category != MILTAG_UNIT || e->first_row == MT_NONE ||
        !find_attr(e->attrs, "number", 6, &nv, &nl) || !find_attr(e->attrs, "type", 4, &tv, &tl) ||
        !nl || nl > 9 || !tl)
      continue;
    uint32_t num = 0;
    size_t d = 0;
    while (d < nl && nv[d] >= '0' && nv[d] <= '9') num = num * 10 + (uint32_t)(nv[d++] - '0');
    if (d != nl) continue;
    if (!find_attr(e->attrs, "affiliation", 11, &av, &al)) av = NULL, al = 0;
    size_t wl;
    const char *word = last_word(tv, tl, &wl);
    mt_img_glink l = {num, 0, 0, 0, (uint32_t)i};
    int rc = gstr(c, tv, tl, &l.type);
    if (!rc) rc = gstr(c, word, wl, &l.noun);
    if (!rc) rc = gstr(c, av, al, &l.affil);
    if (rc) return rc;
    if (grow(c->a, (void **)&c->glinks, &c->cap_glinks, c->n_glinks, sizeof *c->glinks))
      return MILTAG_E_NOMEM;
    c->glinks[c->n_glinks++] = l;
  }
  if (c->n_glinks) qsort(c->glinks, c->n_glinks, sizeof *c->glinks, cmp_glink);
  return 0;
}

/* The ordinal endings after digits, with the genders and cases they fill,
 * as the inflection module makes them for a number before a noun of each
 * gender (155-я бригада, 47-ма, 93-тьої), and the English suffixes. */
typedef struct ends_ctx {
  compiler *c;
  int lang;      /* 0 ru, 1 uk */
  int gender;
  int rc;
} ends_ctx;

static int gram_end(compiler *c, const char *key, size_t len, int lang, uint32_t mask) {
  uint32_t t;
  int rc = intern_token(c, key, len, &t);
  if (rc) return rc;
  for (size_t i = 0; i < c->n_gends; i++)
    if (c->gends[i].token == t) {
      c->gends[i].mask[lang] |= mask;
      return 0;
    }
  if (grow(c->a, (void **)&c->gends, &c->cap_gends, c->n_gends, sizeof *c->gends)) return MILTAG_E_NOMEM;
  mt_img_gend *g = &c->gends[c->n_gends++];
  memset(g, 0, sizeof *g);
  g->token = t;
  g->mask[lang] = mask;
  return 0;
}

static int on_ending(void *ctx, const mt_iword *w, size_t n) {
  ends_ctx *x = ctx;
  MT_ASSERT(n == 2);
  if (!w[0].ending_len || w[0].form == MT_FORM_AS_WRITTEN) return 0;
  int g = MT_FORM_PLURAL(w[0].form) ? MT_AGR_PL : x->gender;
  return gram_end(x->c, w[0].ending, w[0].ending_len, x->lang,
                  MT_AGR_BIT(g, MT_FORM_CASE(w[0].form)));
}

static int cmp_gend(const void *x, const void *y) {
  const mt_img_gend *a = x, *b = y;
  return (a->token > b->token) - (a->token < b->token);
}

static int gram_endings(compiler *c) {
  static const struct { const char *lang, *noun, *spec; int gender; } models[] = {
    {"ru", "полк", "ord m", MT_AGR_M}, {"ru", "рота", "ord f", MT_AGR_F},
    {"ru", "окно", "ord n", MT_AGR_N}, {"ru", "полки", "ord pl", MT_AGR_PL},
    {"uk", "полк", "ord m", MT_AGR_M}, {"uk", "рота", "ord f", MT_AGR_F},
    {"uk", "місто", "ord n", MT_AGR_N}, {"uk", "полки", "ord pl", MT_AGR_PL},
  };
  for (size_t i = 0; i < sizeof models / sizeof *models; i++) {
    mt_iword w[2];
    memset(w, 0, sizeof w);
    w[0].key = "";
    w[0].ending = w[1].ending = "";
    w[0].slot = MT_SLOT_NUM;
    w[0].form = w[1].form = MT_FORM_AS_WRITTEN;
    w[1].key = models[i].noun;
    w[1].len = strlen(models[i].noun);
    ends_ctx x = {c, models[i].lang[0] == 'u', models[i].gender, 0};
    const char *why = NULL;
    unsigned dropped;
    int rc = mt_inflect_expand(c->a, models[i].lang, models[i].spec, w, 2, MT_INFL_INFORMAL, on_ending,
                               &x, &why, &dropped);
    if (rc) return rc == MILTAG_E_NOMEM ? rc : MILTAG_E_LIMIT;
  }
  static const char *const en[] = {"st", "nd", "rd", "th"};
  for (size_t i = 0; i < 4; i++) {
    int rc = gram_end(c, en[i], 2, 2, MT_AGR_ALL);
    if (rc) return rc;
  }
  if (c->n_gends) qsort(c->gends, c->n_gends, sizeof *c->gends, cmp_gend);
  return 0;
}

/* Everything of the grammar that comes before the rows are compiled. */
static int gram_prepare(compiler *c) {
  if (mt_reserve(c->a, (void **)&c->ent_class, &c->cap_ent_class, c->n_ents + 1, sizeof(uint32_t))) return mt_error_set(c->err, MILTAG_E_NOMEM, NULL, 0, 0, "out of memory");
  int rc = gram_classes(c);
  if (rc == MILTAG_E_SYNTAX) return rc; /* a row error, reported */
  if (!rc && c->n_gcls) rc = gram_composites(c);
  if (!rc && c->n_gcls) rc = gram_links(c);
  if (!rc && c->n_gcls) rc = gram_endings(c);
  if (rc) return mt_error_set(c->err, rc, NULL, 0, 0, "%s", rc == MILTAG_E_LIMIT ? "lexicon too large" : "out of memory");
  return 0;
}

static int cmp_ghit(const void *x, const void *y) {
  const mt_img_ghit *a = x, *b = y;
  if (a->node != b->node) return a->node < b->node ? -1 : 1;
  return (a->row > b->row) - (a->row < b->row);
}

/* The class rows at each node, with their agreement sets: collected when
 * the image is written (*out, *n; the caller frees it). */
static int gram_hits(compiler *c, mt_img_ghit **out, size_t *n) {
  size_t cap = 0, k = 0;
  mt_img_ghit *h = NULL;
  *out = NULL;
  *n = 0;
  if (!c->n_gcls) return 0;
  for (size_t i = 0; i < c->n_nodes; i++)
    for (uint32_t m = c->nodes[i].mhead; m != MT_NONE; m = c->ms[m].next) {
      uint32_t row = c->ms[m].row, cls = c->ent_class[c->row_entry[row]];
      if (cls == MT_NONE) continue;
      if (grow(c->a, (void **)&h, &cap, k, sizeof *h)) {
        mt_free(c->a, h);
        return MILTAG_E_NOMEM;
      }
      mt_glang lang = mt_gram_lang(c->rs->rows[row].field[MT_COL_LANG]);
      h[k++] = (mt_img_ghit){(uint32_t)i, row,
                             (c->ms[m].mask & MT_AGR_ALL) | ((uint32_t)lang << 24) |
                                 ((uint32_t)c->row_gender[row] << 28),
                             cls};
    }
  if (k) qsort(h, k, sizeof *h, cmp_ghit);
  *out = h;
  *n = k;
  return 0;
}

/* ------------------------------------------------------------ image */

static uint32_t pow2_above(size_t n) {
  size_t want = n + n / 2 + 1, p = 8;
  while (p < want) p *= 2;
  return (uint32_t)p;
}

/* Rows in global preference order: blocking (`not`) rows first, so that a
 * stop phrase wins over a reading of the same span; an entry's own name
 * before a {Name} pattern (Красном Лимане is Lyman's former name before it
 * is an estuary's, whatever its `amb`); unambiguous before ambiguous, literal
 * terms before {num} patterns, higher entry prior, then source order.  The
 * rank is stored in the image so that the scanner can order the readings
 * of one span that come from different trie nodes. */
typedef struct rankkey {
  uint32_t row;
  uint8_t not, name, amb, slot;
  double prior;
} rankkey;

static int cmp_rank(const void *x, const void *y) {
  const rankkey *a = x, *b = y;
  if (a->not != b->not) return a->not > b->not ? -1 : 1;
  if (a->name != b->name) return a->name < b->name ? -1 : 1;
  if (a->amb != b->amb) return a->amb < b->amb ? -1 : 1;
  if (a->slot != b->slot) return a->slot < b->slot ? -1 : 1;
  if (a->prior != b->prior) return a->prior > b->prior ? -1 : 1;
  return a->row < b->row ? -1 : a->row > b->row;
}


static int cmp_row_rank(const void *x, const void *y, const void *ctx) {
  const uint32_t *rank = ctx;
  uint32_t a = rank[*(const uint32_t *)x], b = rank[*(const uint32_t *)y];
  return a < b ? -1 : a > b;
}

/* Sort a node's rows by rank: lists are short and nearly sorted, except
 * under a term that thousands of ids share (mt_sort's heapsort then). */
static void sort_matches(const uint32_t *rank, uint32_t *m, size_t n) {
  mt_sort(m, n, sizeof *m, cmp_row_rank, rank);
}

static size_t align8(size_t x) { return (x + 7) & ~(size_t)7; }

static int cmp_suffix(const void *xp, const void *yp, const void *ctx) {
  const mt_img_suffix *x = xp, *y = yp;
  const char *str = ctx;
  unsigned char a = (unsigned char)str[x->key + x->len - 1], b = (unsigned char)str[y->key + y->len - 1];
  if (a != b) return a < b ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  int d = memcmp(str + x->key, str + y->key, x->len);
  if (d) return d;
  return x->row < y->row ? -1 : x->row > y->row;
}

static int cmp_u32(const void *xp, const void *yp, const void *ctx) {
  uint32_t x = *(const uint32_t *)xp, y = *(const uint32_t *)yp;
  (void)ctx;
  return x < y ? -1 : x > y;
}

static int serialize(compiler *c, void **image, size_t *size) {
  const mt_rowset *rs = c->rs;
  uint32_t key_slots = c->n_toks ? pow2_above(c->n_toks) : 0;
  uint32_t edge_slots = c->n_edges ? pow2_above(c->n_edges) : 0;
  /* intern row strings first: they grow the pool */
  mt_img_row *rows = mt_calloc(c->a, rs->n ? rs->n : 1, sizeof *rows);
  rankkey *rk = mt_malloc(c->a, (rs->n ? rs->n : 1) * sizeof *rk);
  uint32_t *rank = mt_malloc(c->a, (rs->n ? rs->n : 1) * sizeof *rank);
  if (!rows || !rk || !rank) {
    mt_free(c->a, rows);
    mt_free(c->a, rk);
    mt_free(c->a, rank);
    return MILTAG_E_NOMEM;
  }
  for (size_t i = 0; i < rs->n; i++) {
    rk[i].row = (uint32_t)i;
    rk[i].not = (c->row_traits[i] & MT_TRAIT_NOT) != 0;
    rk[i].name = (c->row_traits[i] & MT_TRAIT_NAME) != 0;
    rk[i].amb = mt_ev_needs_evidence(c->row_traits[i]);
    rk[i].slot = (c->row_traits[i] & (MT_TRAIT_SLOT | MT_TRAIT_NAME)) != 0;
    rk[i].prior = c->ents[c->row_entry[i]].prior;
  }
  qsort(rk, rs->n, sizeof *rk, cmp_rank);
  for (size_t i = 0; i < rs->n; i++) rank[rk[i].row] = (uint32_t)i;
  mt_free(c->a, rk);
  int rc = 0;
  for (size_t i = 0; i < rs->n && !rc; i++) {
    const mt_row *r = &rs->rows[i];
    mt_img_row *o = &rows[i];
    rc = intern_cstr(c, r->field[MT_COL_TERM], &o->term);
    if (!rc) rc = intern_cstr(c, r->field[MT_COL_LANG], &o->lang);
    if (!rc) rc = intern_cstr(c, r->field[MT_COL_INFLECT], &o->inflect);
    if (!rc) rc = intern_cstr(c, r->field[MT_COL_FLAGS], &o->flags_str);
    if (!rc) rc = intern_cstr(c, r->source, &o->source);
    o->line = r->line > UINT32_MAX ? UINT32_MAX : (uint32_t)r->line;
    o->entry = c->row_entry[i];
    o->rank = rank[i];
    o->flags = c->row_traits[i];
  }
  uint32_t *attr_off = NULL;
  if (!rc) {
    attr_off = mt_malloc(c->a, (c->n_ents ? c->n_ents : 1) * sizeof *attr_off);
    if (!attr_off) rc = MILTAG_E_NOMEM;
  }
  for (size_t i = 0; i < c->n_ents && !rc; i++) rc = intern_cstr(c, c->ents[i].attrs, &attr_off[i]);
  mt_img_ghit *hits = NULL;
  size_t nhits = 0;
  if (!rc) rc = gram_hits(c, &hits, &nhits);
  if (rc) {
    mt_free(c->a, rows);
    mt_free(c->a, attr_off);
    mt_free(c->a, rank);
    return rc;
  }

  size_t off = align8(sizeof(mt_img_header));
  size_t o_str = off;          off = align8(off + c->str.len);
  size_t o_ent = off;          off = align8(off + c->n_ents * sizeof(mt_img_entry));
  size_t o_rows = off;         off = align8(off + rs->n * sizeof(mt_img_row));
  size_t o_tok = off;          off = align8(off + c->n_toks * sizeof(mt_img_token));
  size_t o_keys = off;         off = align8(off + (size_t)key_slots * sizeof(mt_img_keyslot));
  size_t o_root = off;         off = align8(off + c->n_toks * sizeof(uint32_t));
  size_t o_nodes = off;        off = align8(off + c->n_nodes * sizeof(mt_img_node));
  size_t o_match = off;        off = align8(off + c->n_ms * sizeof(uint32_t));
  size_t o_edges = off;        off = align8(off + (size_t)edge_slots * sizeof(mt_img_edge));
  size_t o_sufs = off;         off = align8(off + c->n_sufs * sizeof(mt_img_suffix));
  size_t o_gclass = off;       off = align8(off + c->n_gcls * sizeof(mt_img_gclass));
  size_t o_ghits = off;        off = align8(off + nhits * sizeof(mt_img_ghit));
  size_t o_gends = off;        off = align8(off + c->n_gends * sizeof(mt_img_gend));
  size_t o_gtypes = off;       off = align8(off + c->n_gtypes * sizeof(mt_img_gtype));
  size_t o_glinks = off;       off = align8(off + c->n_glinks * sizeof(mt_img_glink));
  uint32_t pf_words = (c->flags & MILTAG_COMPILE_NO_PREFILTER) ? 0 : mt_pf_words(c->n_toks);
  size_t o_pf = off;           off = align8(off + (size_t)pf_words * sizeof(uint64_t));
  /* the tokens that follow the {Name} node: counted here, written sorted
   * below (a few dozen type words: street, парк) */
  uint32_t name_tok = c->slot_tok[MT_SLOT_NAME];
  uint32_t name_node = name_tok != MT_NONE ? c->root[name_tok] : MT_NONE;
  size_t n_follow = 0;
  for (size_t e = 0; e < c->n_edges && name_node != MT_NONE; e++) n_follow += c->edges[e].parent == name_node;
  size_t o_follow = off;       off = align8(off + n_follow * sizeof(uint32_t));
  /* the edge filter (mt_image_edge_maybe): at least 48 bits an edge, so
   * that whatever the table's size rounds to, a word holds the bits of one or
   * two edges and a few pairs in 10000 without an edge pass */
  uint32_t ef_words = 0;
  size_t key_edges = 0; /* (a slot's edges are bits of their parent's) */
  for (size_t e = 0; e < c->n_edges; e++) {
    int is_slot = 0;
    for (int k = 1; k < MT_SLOT_COUNT; k++) is_slot |= c->slot_tok[k] == c->edges[e].token;
    key_edges += !is_slot;
  }
  if (key_edges) {
    uint64_t want = ((uint64_t)key_edges * 48 + 63) / 64;
    ef_words = MT_EDGE_FILTER_BLOCK_WORDS;
    while (ef_words < want) ef_words *= 2;
  }
  /* a cache line a block of the edge filter (mt_image_edge_bit), where
   * the image is aligned to 64 bytes, as the built-in one is */
  off = (off + 63) & ~(size_t)63;
  size_t o_efilter = off;      off = align8(off + (size_t)ef_words * sizeof(uint64_t));
  if (off > UINT32_MAX) {
    mt_free(c->a, rows);
    mt_free(c->a, attr_off);
    mt_free(c->a, rank);
    mt_free(c->a, hits);
    return MILTAG_E_LIMIT;
  }
  uint8_t *b = mt_calloc(c->a, off, 1);
  if (!b) {
    mt_free(c->a, rows);
    mt_free(c->a, attr_off);
    mt_free(c->a, rank);
    mt_free(c->a, hits);
    return MILTAG_E_NOMEM;
  }
  mt_img_header *h = (mt_img_header *)b;
  memcpy(h->magic, MT_IMG_MAGIC, 8);
  h->version = MT_IMG_VERSION;
  h->header_size = sizeof(mt_img_header);
  h->total_size = off;
  h->n_entries = (uint32_t)c->n_ents;
  h->n_rows = (uint32_t)rs->n;
  h->n_forms = (uint32_t)(c->n_forms > UINT32_MAX ? UINT32_MAX : c->n_forms);
  h->n_tokens = (uint32_t)c->n_toks;
  h->n_nodes = (uint32_t)c->n_nodes;
  h->n_matches = (uint32_t)c->n_ms;
  h->key_slots = key_slots;
  h->edge_slots = edge_slots;
  h->max_term_tokens = c->max_term_tokens;
  h->num_token = c->slot_tok[MT_SLOT_NUM];
  h->num2_token = c->slot_tok[MT_SLOT_NUM2];
  h->name_token = c->slot_tok[MT_SLOT_NAME];
  h->word_token = c->slot_tok[MT_SLOT_WORD];
  for (size_t i = 0; i < rs->n; i++) h->per_category[rs->rows[i].category]++;
  h->off_strings = (uint32_t)o_str;
  h->len_strings = (uint32_t)c->str.len;
  h->off_entries = (uint32_t)o_ent;
  h->off_rows = (uint32_t)o_rows;
  h->off_tokens = (uint32_t)o_tok;
  h->off_keyslots = (uint32_t)o_keys;
  h->off_root = (uint32_t)o_root;
  h->off_nodes = (uint32_t)o_nodes;
  h->off_matches = (uint32_t)o_match;
  h->off_edges = (uint32_t)o_edges;
  h->off_suffixes = (uint32_t)o_sufs;
  h->n_suffixes = (uint32_t)c->n_sufs;
  h->off_gclass = (uint32_t)o_gclass;
  h->n_gclass = (uint32_t)c->n_gcls;
  h->off_ghits = (uint32_t)o_ghits;
  h->n_ghits = (uint32_t)nhits;
  h->off_gends = (uint32_t)o_gends;
  h->n_gends = (uint32_t)c->n_gends;
  h->off_gtypes = (uint32_t)o_gtypes;
  h->n_gtypes = (uint32_t)c->n_gtypes;
  h->off_glinks = (uint32_t)o_glinks;
  h->n_glinks = (uint32_t)c->n_glinks;
  h->off_prefilter = (uint32_t)o_pf;
  h->prefilter_words = pf_words;
  h->off_name_follow = (uint32_t)o_follow;
  h->off_edge_filter = (uint32_t)o_efilter;
  h->edge_filter_words = ef_words;

  memcpy(b + o_str, c->str.data, c->str.len);
  mt_img_entry *ents = (mt_img_entry *)(b + o_ent);
  for (size_t i = 0; i < c->n_ents; i++) {
    ents[i].id = c->ents[i].id;
    ents[i].label = c->ents[i].label;
    ents[i].attrs = attr_off[i];
    ents[i].category = (uint8_t)c->ents[i].category;
    ents[i].roles = c->ents[i].roles;
    ents[i].place = c->ents[i].place;
    ents[i].unit = c->ents[i].unit;
    ents[i].country = c->ents[i].country;
    ents[i].region = c->ents[i].region;
    h->roles |= c->ents[i].roles;
  }
  /* endings by their last byte (the evidence module compares only the run
   * of a word's last byte), then longest first */
  mt_sort(c->sufs, c->n_sufs, sizeof *c->sufs, cmp_suffix, c->str.data);
  if (c->n_sufs) memcpy(b + o_sufs, c->sufs, c->n_sufs * sizeof(mt_img_suffix));
  if (rs->n) memcpy(b + o_rows, rows, rs->n * sizeof(mt_img_row));
  if (c->n_toks) memcpy(b + o_tok, c->toks, c->n_toks * sizeof(mt_img_token));
  mt_img_keyslot *ks = (mt_img_keyslot *)(b + o_keys);
  for (uint32_t i = 0; i < key_slots; i++) ks[i].token = MT_NONE;
  for (uint32_t t = 0; t < c->n_toks; t++) {
    int is_slot = 0;
    for (int k = 1; k < MT_SLOT_COUNT; k++) is_slot |= c->slot_tok[k] == t;
    if (is_slot) continue; /* no key reaches a slot */
    uint64_t hh = mt_image_key_hash(c->str.data + c->toks[t].key, c->toks[t].len);
    uint32_t i = (uint32_t)hh & (key_slots - 1);
    while (ks[i].token != MT_NONE) i = (i + 1) & (key_slots - 1);
    ks[i].hash = (uint32_t)(hh >> 32);
    ks[i].token = t;
    if (pf_words)
      mt_pf_add((uint64_t *)(b + o_pf), pf_words, c->str.data + c->toks[t].key, c->toks[t].len);
  }
  if (c->n_toks) memcpy(b + o_root, c->root, c->n_toks * sizeof(uint32_t));
  mt_img_node *nodes = (mt_img_node *)(b + o_nodes);
  uint32_t *matches = (uint32_t *)(b + o_match);
  uint32_t mpos = 0;
  for (size_t i = 0; i < c->n_nodes; i++) {
    nodes[i].first = mpos;
    nodes[i].count = c->nodes[i].nmatch;
    /* the list is newest-first: write it backwards to restore row order */
    uint32_t k = c->nodes[i].nmatch;
    for (uint32_t m = c->nodes[i].mhead; m != MT_NONE; m = c->ms[m].next) matches[mpos + --k] = c->ms[m].row;
    sort_matches(rank, matches + mpos, c->nodes[i].nmatch);
    mpos += c->nodes[i].nmatch;
  }
  mt_img_edge *es = (mt_img_edge *)(b + o_edges);
  for (uint32_t i = 0; i < edge_slots; i++) es[i].parent = MT_NONE;
  for (size_t e = 0; e < c->n_edges; e++) {
    const cedge *x = &c->edges[e];
    uint32_t i = (uint32_t)mt_hash3(x->parent, x->token, x->gap) & (edge_slots - 1);
    while (es[i].parent != MT_NONE) i = (i + 1) & (edge_slots - 1);
    es[i] = (mt_img_edge){x->parent, x->token, x->gap, x->child};
  }
  {
    /* MT_NODE_WIDE before the filter's bits, which depend on it: the
     * nodes' edge counts in the (yet unused) match-count bits' place would
     * clash, so count in a scratch array */
    uint32_t *fan = mt_calloc(c->a, c->n_nodes ? c->n_nodes : 1, sizeof *fan);
    if (!fan) {
      mt_free(c->a, hits);
      mt_free(c->a, b);
      mt_free(c->a, rows);
      mt_free(c->a, attr_off);
      mt_free(c->a, rank);
      return MILTAG_E_NOMEM;
    }
    /* an edge by a slot's token is its parent's bit; the others are
     * the filter's */
    for (size_t e = 0; e < c->n_edges; e++) {
      uint32_t slot = mt_image_slot_bit(h, c->edges[e].token);
      nodes[c->edges[e].parent].count |= slot;
      fan[c->edges[e].parent] += !slot;
    }
    for (size_t i = 0; i < c->n_nodes; i++)
      if (fan[i] > MT_EDGE_BLOCK_EDGES) nodes[i].count |= MT_NODE_WIDE;
    mt_free(c->a, fan);
    uint64_t *ef = (uint64_t *)(b + o_efilter);
    for (size_t e = 0; e < c->n_edges; e++) {
      uint32_t p = c->edges[e].parent;
      if (mt_image_slot_bit(h, c->edges[e].token)) continue;
      /* two statements: in `ef[f(&mask)] |= mask` the read of mask is not
       * sequenced after the call, and clang read it first (the previous
       * edge's bits, garbage for the first: the clang CI stage) */
      uint64_t mask;
      uint64_t w = mt_image_edge_word(p, c->edges[e].token, ef_words,
                                      (nodes[p].count & MT_NODE_WIDE) != 0, &mask);
      ef[w] |= mask;
    }
  }
  {
    uint32_t *follow = (uint32_t *)(b + o_follow), nf = 0;
    for (size_t e = 0; e < c->n_edges && name_node != MT_NONE; e++)
      if (c->edges[e].parent == name_node) follow[nf++] = c->edges[e].token;
    MT_ASSERT(nf == n_follow);
    mt_sort(follow, nf, sizeof *follow, cmp_u32, NULL);
    uint32_t u = 0; /* one entry a token, whatever its gaps */
    for (uint32_t i = 0; i < nf; i++)
      if (!u || follow[u - 1] != follow[i]) follow[u++] = follow[i];
    h->n_name_follow = u;
  }
  MT_ASSERT(mpos == c->n_ms); /* every match written once */
  for (size_t e = 0; e < c->n_edges; e++) nodes[c->edges[e].parent].count |= MT_NODE_INNER;
  for (uint32_t t = 0; t < c->n_toks; t++)
    if (c->root[t] != MT_NONE) nodes[0].count |= MT_NODE_INNER;
  if (c->n_gcls) memcpy(b + o_gclass, c->gcls, c->n_gcls * sizeof(mt_img_gclass));
  if (nhits) memcpy(b + o_ghits, hits, nhits * sizeof(mt_img_ghit));
  for (size_t i = 0; i < nhits; i++) nodes[hits[i].node].count |= MT_NODE_GRAM;
  {
    /* what mt_ev_is_context_row says of the rows, once per node: most
     * windows hold context words alone (the scanner's mt_ev_taggable) */
    const mt_img_row *irows = (const mt_img_row *)(b + o_rows);
    for (size_t i = 0; i < c->n_nodes; i++)
      for (uint32_t m = 0; m < c->nodes[i].nmatch; m++) {
        const mt_img_row *r = &irows[matches[nodes[i].first + m]];
        if (ents[r->entry].category != MILTAG_CONTEXT || (r->flags & MT_TRAIT_NOT)) {
          nodes[i].count |= MT_NODE_TAGGABLE;
          break;
        }
      }
    /* the roles that give a window its topic, for the windows of context
     * words alone (mt_ev_words) */
    for (size_t i = 0; i < c->n_nodes; i++)
      for (uint32_t m = 0; m < c->nodes[i].nmatch; m++) {
        const mt_img_row *r = &irows[matches[nodes[i].first + m]];
        if (ents[r->entry].category != MILTAG_CONTEXT) continue;
        if (ents[r->entry].roles & MT_ROLE_SPORT) nodes[i].count |= MT_NODE_SPORT;
        if (ents[r->entry].roles & MT_ROLE_MILITARY) nodes[i].count |= MT_NODE_MILITARY;
      }
  }
  if (c->n_gends) memcpy(b + o_gends, c->gends, c->n_gends * sizeof(mt_img_gend));
  if (c->n_gtypes) memcpy(b + o_gtypes, c->gtypes, c->n_gtypes * sizeof(mt_img_gtype));
  if (c->n_glinks) memcpy(b + o_glinks, c->glinks, c->n_glinks * sizeof(mt_img_glink));
  mt_free(c->a, hits);
  h->checksum = mt_image_checksum(b, off);
  mt_free(c->a, rows);
  mt_free(c->a, attr_off);
  mt_free(c->a, rank);
  *image = b;
  *size = off;
  return 0;
}

static void compiler_free(compiler *c) {
  const miltag_allocator *a = c->a;
  if (c->tok_open) mt_tok_close(&c->tok);
  mt_norm_scratch_free(a, &c->ns);
  mt_arena_free(a, &c->arena);
  mt_buf_free(a, &c->str);
  cmap_free(a, &c->strmap);
  mt_free(a, c->ents);
  cmap_free(a, &c->idmap);
  mt_free(a, c->attrs);
  cmap_free(a, &c->attrmap);
  mt_free(a, c->toks);
  mt_free(a, c->root);
  cmap_free(a, &c->keymap);
  mt_free(a, c->nodes);
  mt_free(a, c->ms);
  mt_free(a, c->edges);
  cmap_free(a, &c->edgemap);
  cmap_free(a, &c->basemap);
  mt_free(a, c->row_entry);
  mt_free(a, c->row_base);
  mt_free(a, c->row_traits);
  mt_free(a, c->sufs);
  mt_free(a, c->row_gender);
  mt_free(a, c->ent_class);
  mt_free(a, c->gcls);
  mt_free(a, c->gnouns);
  mt_free(a, c->gends);
  mt_free(a, c->gtypes);
  mt_free(a, c->glinks);
}

int mt_compile(const miltag_allocator *a, const mt_rowset *rs, unsigned flags,
               miltag_warning_fn warn, void *warn_ctx, void **image, size_t *size,
               miltag_error *err) {
  compiler c;
  memset(&c, 0, sizeof c);
  c.a = a;
  c.rs = rs;
  c.err = err;
  c.warn = warn;
  c.warn_ctx = warn_ctx;
  c.flags = flags;
  for (int i = 0; i < MT_SLOT_COUNT; i++) c.slot_tok[i] = MT_NONE;
  *image = NULL;
  *size = 0;
  int rc = mt_norm_init(&c.norm);
  if (rc) return mt_error_set(err, rc, NULL, 0, 0, "cannot load ICU's normalizer");
  rc = mt_tok_open(&c.tok);
  if (rc) return mt_error_set(err, rc, NULL, 0, 0, "cannot open ICU's word break iterator");
  c.tok_open = 1;
  if (rs->n > UINT32_MAX - 1) {
    rc = mt_error_set(err, MILTAG_E_LIMIT, NULL, 0, 0, "too many rows");
    goto out;
  }
  c.row_entry = mt_malloc(a, (rs->n ? rs->n : 1) * sizeof(uint32_t));
  c.row_base = mt_malloc(a, (rs->n ? rs->n : 1) * sizeof(uint32_t));
  c.row_traits = mt_calloc(a, rs->n ? rs->n : 1, sizeof(uint16_t));
  c.row_gender = mt_calloc(a, rs->n ? rs->n : 1, 1);
  uint32_t rootn;
  if (!c.row_entry || !c.row_base || !c.row_traits || !c.row_gender || mt_buf_putc(a, &c.str, '\0') || new_node(&c, &rootn)) {
    rc = mt_error_set(err, MILTAG_E_NOMEM, NULL, 0, 0, "out of memory");
    goto out;
  }
  c.forms_budget = MAX_ROW_FORMS + (size_t)FORMS_PER_ROW * rs->n;
  if ((rc = add_entries(&c))) goto out;
  if ((rc = gram_prepare(&c))) goto out;
  for (size_t i = 0; i < rs->n; i++)
    if ((rc = add_row(&c, (uint32_t)i))) goto out;
  rc = serialize(&c, image, size);
  if (rc) mt_error_set(err, rc, NULL, 0, 0, "%s", rc == MILTAG_E_LIMIT ? "lexicon image larger than 4 GiB" : "out of memory");
  else mt_error_clear(err);
out:
  compiler_free(&c);
  return rc;
}
