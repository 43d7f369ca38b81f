#include "lexicon.h"
#include "invariant.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "evidence.h"
#include "inflect.h"
#include "utf8.h"

const char *const mt_column_names[MT_NCOLS] = {
  "term", "category", "id", "label", "lang", "inflect", "flags", "attrs"
};

/* The names are miltag_category_name's: one table for both ways. */
int mt_category_parse(const char *s, size_t n) {
  for (int i = MILTAG_CASUALTY; i <= MILTAG_CONTEXT; i++) {
    const char *name = miltag_category_name(i);
    if (strlen(name) == n && memcmp(name, s, n) == 0) return i;
  }
  return 0;
}

/* Limits that keep one hostile row from costing unbounded memory or time. */
#define MAX_FIELD_BYTES 4096u
#define MAX_ROWS 0x7FFFFFF0u

typedef struct parser {
  const miltag_allocator *a;
  const char *name;
  miltag_error *err;
  const char *line;      /* start of the current line */
  size_t line_len;
  unsigned long lineno;
} parser;

static unsigned long column_of(const parser *p, const char *at) {
  return (unsigned long)mt_utf8_count(p->line, (size_t)(at - p->line)) + 1;
}

static int fail(parser *p, int status, const char *at, const char *fmt, ...) MT_PRINTF(4, 5);
static int fail(parser *p, int status, const char *at, const char *fmt, ...) {
  char what[300];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  unsigned long col = at ? column_of(p, at) : 0;
  return mt_error_set(p->err, status, p->name, p->lineno, col, "%s", what);
}

static int valid_id_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '_' || c == '-' || c == ':' || c == '/';
}

/* Keys seen so far in one attribute string: an open-addressing set of
 * their offsets (+1, 0 = empty).  A field has at most MAX_FIELD_BYTES
 * bytes and a key takes at least three ("k=;"), so the table never fills
 * and every key is checked against all before it. */
#define KEY_SLOTS 4096u

static uint32_t key_hash(const char *k, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 16777619u;
  return h;
}

/* Add the key s[k, k + kl) to the set of mask + 1 slots; 0 if it was
 * there already. */
static int key_add(uint16_t *set, uint32_t mask, const char *s, size_t k, size_t kl) {
  uint32_t i = key_hash(s + k, kl) & mask;
  while (set[i]) {
    size_t o = set[i] - 1u, ol = 0;
    while (s[o + ol] != '=') ol++;
    if (ol == kl && memcmp(s + o, s + k, kl) == 0) return 0;
    i = (i + 1) & mask;
  }
  set[i] = (uint16_t)(k + 1);
  return 1;
}

int mt_attrs_check(const char *s, size_t n, size_t *bad, const char **why) {
  if (n > MAX_FIELD_BYTES) { *bad = MAX_FIELD_BYTES; *why = "attributes longer than 4096 bytes"; return 0; }
  size_t i = 0;
  uint16_t seen[KEY_SLOTS];
  uint32_t slots = 16;
  while (slots < KEY_SLOTS && slots < 2 * (n / 3 + 1)) slots *= 2; /* at most half full */
  memset(seen, 0, slots * sizeof *seen);
  while (i < n) {
    size_t k = i;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
      i++;
    if (i == k) { *bad = i; *why = "attribute key expected (a-z, 0-9, _)"; return 0; }
    if (i - k > 32) { *bad = k; *why = "attribute key longer than 32 bytes"; return 0; }
    if (i >= n || s[i] != '=') { *bad = i; *why = "'=' expected after attribute key"; return 0; }
    if (!key_add(seen, slots - 1, s, k, i - k)) { *bad = k; *why = "attribute key given twice"; return 0; }
    i++;
    while (i < n && s[i] != ';') {
      if (s[i] == '\\') {
        if (i + 1 >= n || (s[i + 1] != ';' && s[i + 1] != '=' && s[i + 1] != '\\')) {
          *bad = i; *why = "bad escape in attribute value (use \\; \\= or \\\\)"; return 0;
        }
        i++;
      } else if (s[i] == '=') {
        *bad = i; *why = "'=' in attribute value must be escaped as \\="; return 0;
      }
      i++;
    }
    if (i < n) i++; /* ';' */
  }
  return 1;
}

static int check_flags(const char *s, size_t n, unsigned *out, size_t *bad) {
  unsigned f = 0;
  size_t i = 0;
  while (i < n) {
    size_t k = i;
    while (i < n && s[i] != ',') i++;
    unsigned t = mt_ev_flag_parse(s + k, i - k);
    if (!t) { *bad = k; return 0; }
    f |= t;
    if (i < n) i++;
  }
  *out = f;
  return 1;
}

static int check_lang(const char *s, size_t n) {
  if (n == 0) return 1;
  if (n < 2 || n > 3) return 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] < 'a' || s[i] > 'z') return 0;
  return 1;
}

/* Check that a field has no control characters (the TSV has no quoting, so
 * these can only be mistakes, and they would break JSON output). */
static const char *find_control(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    uint32_t c;
    size_t k = u[i] < 0x80 ? (c = u[i], 1) : mt_utf8_decode(u + i, n - i, &c);
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029)
      return s + i;
    i += k;
  }
  return NULL;
}

static void trim(const char **s, size_t *n) {
  while (*n && ((*s)[0] == ' ')) { (*s)++; (*n)--; }
  while (*n && ((*s)[*n - 1] == ' ')) (*n)--;
}

static int parse_header(parser *p, int *map, size_t *ncols) {
  const char *s = p->line, *end = p->line + p->line_len;
  int seen[MT_NCOLS] = {0};
  size_t n = 0;
  for (;;) {
    const char *f = s;
    while (s < end && *s != '\t') s++;
    const char *fs = f;
    size_t fl = (size_t)(s - f);
    trim(&fs, &fl);
    int col = -1;
    for (int c = 0; c < MT_NCOLS; c++)
      if (strlen(mt_column_names[c]) == fl && memcmp(mt_column_names[c], fs, fl) == 0) col = c;
    if (col < 0) {
      char name[64];
      size_t k = fl < sizeof name - 1 ? fl : sizeof name - 1;
      while (k > 0 && k < fl && ((unsigned char)fs[k] & 0xC0) == 0x80) k--; /* whole characters */
      memcpy(name, fs, k);
      name[k] = 0;
      return fail(p, MILTAG_E_SYNTAX, f,
                  "unknown column '%s' in header (expected term, category, id, label, "
                  "lang, inflect, flags, attrs)", name);
    }
    if (seen[col]) return fail(p, MILTAG_E_SYNTAX, f, "column '%s' named twice", mt_column_names[col]);
    seen[col] = 1;
    if (n >= MT_NCOLS) return fail(p, MILTAG_E_SYNTAX, f, "too many columns");
    map[n++] = col;
    if (s >= end) break;
    s++;
  }
  for (int c = 0; c <= MT_COL_ID; c++)
    if (!seen[c])
      return fail(p, MILTAG_E_SYNTAX, NULL, "header lacks the required column '%s'",
                  mt_column_names[c]);
  *ncols = n;
  return 0;
}

/* Column of at, counted on from the last call (fields come in order), so
 * that a line's columns cost one pass over it. */
typedef struct colcounter {
  const char *pos;
  unsigned long col;
} colcounter;

static unsigned long column_next(colcounter *c, const char *at) {
  c->col += (unsigned long)mt_utf8_count(c->pos, (size_t)(at - c->pos));
  c->pos = at;
  return c->col;
}

static int parse_row(parser *p, const int *map, size_t ncols, mt_rowset *rs, mt_arena *ar) {
  MT_ASSERT(ncols >= 3 && ncols <= MT_NCOLS); /* the header names term, category, id */
  colcounter cc = {p->line, 1};
  mt_row row;
  memset(&row, 0, sizeof row);
  for (int c = 0; c < MT_NCOLS; c++) row.field[c] = "";
  const char *s = p->line, *end = p->line + p->line_len;
  const char *fstart[MT_NCOLS] = {0};
  size_t flen[MT_NCOLS] = {0};
  size_t n = 0;
  for (;;) {
    const char *f = s;
    while (s < end && *s != '\t') s++;
    if (n >= ncols)
      return fail(p, MILTAG_E_SYNTAX, f, "too many fields: the header names %zu columns", ncols);
    const char *fs = f;
    size_t fl = (size_t)(s - f);
    trim(&fs, &fl);
    int col = map[n++];
    fstart[col] = fs;
    flen[col] = fl;
    row.col[col] = column_next(&cc, fs);
    if (fl > MAX_FIELD_BYTES)
      return fail(p, MILTAG_E_LIMIT, fs, "field '%s' is longer than 4096 bytes",
                  mt_column_names[col]);
    const char *bad = find_control(fs, fl);
    if (bad)
      return fail(p, MILTAG_E_SYNTAX, bad, "control character in field '%s'",
                  mt_column_names[col]);
    if (s >= end) break;
    s++;
  }
  if (n != ncols)
    return fail(p, MILTAG_E_SYNTAX, end, "expected %zu fields, found %zu", ncols, n);
  if (!flen[MT_COL_TERM])
    return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_TERM], "empty term");
  row.category = mt_category_parse(fstart[MT_COL_CATEGORY], flen[MT_COL_CATEGORY]);
  if (!row.category) {
    char name[64];
    size_t k = flen[MT_COL_CATEGORY] < 63 ? flen[MT_COL_CATEGORY] : 63;
    while (k > 0 && k < flen[MT_COL_CATEGORY] &&
           ((unsigned char)fstart[MT_COL_CATEGORY][k] & 0xC0) == 0x80)
      k--; /* whole characters */
    memcpy(name, fstart[MT_COL_CATEGORY], k);
    name[k] = 0;
    return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_CATEGORY],
                "unknown category '%s' (expected casualty, unit, place, slang or context)",
                name);
  }
  if (!flen[MT_COL_ID]) return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_ID], "empty id");
  for (size_t i = 0; i < flen[MT_COL_ID]; i++)
    if (!valid_id_char((unsigned char)fstart[MT_COL_ID][i]))
      return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_ID] + i,
                  "invalid character in id (allowed: A-Z a-z 0-9 . _ - : /)");
  if (fstart[MT_COL_LANG] && !check_lang(fstart[MT_COL_LANG], flen[MT_COL_LANG]))
    return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_LANG],
                "invalid lang (expected a 2- or 3-letter lower-case code)");
  if (fstart[MT_COL_FLAGS]) {
    size_t badpos;
    if (!check_flags(fstart[MT_COL_FLAGS], flen[MT_COL_FLAGS], &row.flags, &badpos))
      return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_FLAGS] + badpos,
                  "unknown flag (expected " MT_EV_FLAG_NAMES ", separated by commas)");
    const char *why = mt_ev_flags_check(row.flags, row.category);
    if (why) return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_FLAGS], "%s", why);
    /* the tag of a `slot` row is its name: a {Name} that closes the term
     * (what the matcher captures runs from the name to the term's end) */
    if ((row.flags & MT_TRAIT_SLOTSPAN) &&
        (flen[MT_COL_TERM] < 7 || memcmp(fstart[MT_COL_TERM] + flen[MT_COL_TERM] - 7, " {Name}", 7) != 0))
      return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_FLAGS],
                  "flag slot needs a term that ends with a {Name} after its words");
  }
  if (fstart[MT_COL_ATTRS]) {
    size_t badpos;
    const char *why;
    if (!mt_attrs_check(fstart[MT_COL_ATTRS], flen[MT_COL_ATTRS], &badpos, &why))
      return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_ATTRS] + badpos, "%s", why);
  }
  if (fstart[MT_COL_INFLECT]) {
    size_t badpos;
    const char *why;
    if (!mt_inflect_check(fstart[MT_COL_INFLECT], flen[MT_COL_INFLECT], &badpos, &why))
      return fail(p, MILTAG_E_SYNTAX, fstart[MT_COL_INFLECT] + badpos, "%s", why);
  }
  for (int c = 0; c < MT_NCOLS; c++) {
    if (!fstart[c]) continue;
    char *copy = mt_arena_strndup(p->a, ar, fstart[c], flen[c]);
    if (!copy) return mt_error_set(p->err, MILTAG_E_NOMEM, p->name, p->lineno, 0, "out of memory");
    row.field[c] = copy;
  }
  row.line = p->lineno;
  row.source = p->name;
  if (rs->n >= MAX_ROWS)
    return mt_error_set(p->err, MILTAG_E_LIMIT, p->name, p->lineno, 0, "too many rows");
  if (mt_reserve(p->a, (void **)&rs->rows, &rs->cap, rs->n + 1, sizeof(mt_row)))
    return mt_error_set(p->err, MILTAG_E_NOMEM, p->name, p->lineno, 0, "out of memory");
  rs->rows[rs->n++] = row;
  return 0;
}

int mt_tsv_parse(const miltag_allocator *a, const char *data, size_t len, const char *name,
                 mt_rowset *out, miltag_error *err) {
  parser p;
  memset(&p, 0, sizeof p);
  p.a = a;
  p.err = err;
  mt_rowset tmp;
  memset(&tmp, 0, sizeof tmp);
  p.name = mt_arena_strndup(a, &tmp.arena, name ? name : "<memory>",
                            strlen(name ? name : "<memory>"));
  if (!p.name) return mt_error_set(err, MILTAG_E_NOMEM, name, 0, 0, "out of memory");
  if (!data && len) {
    mt_rowset_free(a, &tmp);
    return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "no data");
  }
  size_t pos = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) pos = 3;
  int map[MT_NCOLS];
  size_t ncols = 0;
  int rc = 0;
  while (pos < len) {
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t l = nl ? (size_t)(nl - (data + pos)) : len - pos;
    p.line = data + pos;
    p.line_len = l;
    p.lineno++;
    pos += l + (nl ? 1 : 0);
    if (p.line_len && p.line[p.line_len - 1] == '\r') p.line_len--;
    size_t bad;
    if (!mt_utf8_valid(p.line, p.line_len, &bad)) {
      rc = fail(&p, MILTAG_E_SYNTAX, p.line + bad, "invalid UTF-8");
      break;
    }
    size_t i = 0;
    while (i < p.line_len && (p.line[i] == ' ' || p.line[i] == '\t')) i++;
    if (i == p.line_len || p.line[i] == '#') continue;
    if (!ncols) {
      rc = parse_header(&p, map, &ncols);
    } else {
      rc = parse_row(&p, map, ncols, &tmp, &tmp.arena);
    }
    if (rc) break;
  }
  if (!rc && !ncols)
    rc = mt_error_set(err, MILTAG_E_SYNTAX, p.name, p.lineno ? p.lineno : 1, 0,
                      "no header row (expected at least: term, category, id)");
  if (!rc) {
    rc = mt_rowset_append(a, out, &tmp);
    if (rc) mt_error_set(err, rc, p.name, 0, 0, "out of memory");
  }
  if (rc) {
    /* the name lives in tmp's arena: make err not depend on it */
    mt_rowset_free(a, &tmp);
    return rc;
  }
  mt_rowset_free(a, &tmp);
  mt_error_clear(err);
  return 0;
}

int mt_rowset_append(const miltag_allocator *a, mt_rowset *dst, mt_rowset *src) {
  if (src->n) {
    if (dst->n > SIZE_MAX - src->n) return MILTAG_E_NOMEM;
    if (mt_reserve(a, (void **)&dst->rows, &dst->cap, dst->n + src->n, sizeof(mt_row)))
      return MILTAG_E_NOMEM;
    memcpy(dst->rows + dst->n, src->rows, src->n * sizeof(mt_row));
    dst->n += src->n;
  }
  mt_arena_adopt(&dst->arena, &src->arena);
  mt_free(a, src->rows);
  src->rows = NULL;
  src->n = src->cap = 0;
  return 0;
}

int mt_rowset_add_copy(const miltag_allocator *a, mt_rowset *out, const mt_row *row) {
  mt_row r = *row;
  for (int c = 0; c < MT_NCOLS; c++) {
    r.field[c] = mt_arena_strndup(a, &out->arena, row->field[c], strlen(row->field[c]));
    if (!r.field[c]) return MILTAG_E_NOMEM;
  }
  r.source = mt_arena_strndup(a, &out->arena, row->source, strlen(row->source));
  if (!r.source) return MILTAG_E_NOMEM;
  if (mt_reserve(a, (void **)&out->rows, &out->cap, out->n + 1, sizeof(mt_row)))
    return MILTAG_E_NOMEM;
  out->rows[out->n++] = r;
  return 0;
}

void mt_rowset_free(const miltag_allocator *a, mt_rowset *rs) {
  mt_free(a, rs->rows);
  mt_arena_free(a, &rs->arena);
  memset(rs, 0, sizeof *rs);
}
