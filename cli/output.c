#include "output.h"

#include "miltag_inspect.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "json.h"

const char *const field_names[F_COUNT] = {"start", "end",   "category",   "id",       "label",
                                          "text",  "lang",  "attrs",      "candidates", "ambiguous",
                                          "count", "count_min", "count_max"};

/* the count comes last: columns that scripts cut by number stay where
 * they were */
static const int tsv_default[] = {F_START, F_END, F_CATEGORY, F_ID, F_LABEL, F_TEXT, F_NUM};
static const int csv_default[] = {F_START, F_END, F_CATEGORY, F_ID, F_LABEL, F_TEXT, F_LANG, F_NUM};

void emitter_init(emitter *e, const out_opts *o, wbuf *w, miltag_scanner *scan, agg *a) {
  memset(e, 0, sizeof *e);
  e->o = o;
  e->w = w;
  e->scan = scan;
  e->agg = a;
  e->jsonl_only = o->format == FMT_JSONL && !o->count && !a;
  e->line_begin = !o->show_file && o->input == IN_TEXT;
  e->tsv_fast = o->format == FMT_TSV && !o->count && !o->nfields && o->offsets == OFF_BYTES &&
                e->line_begin;
  e->short_run = e->jsonl_only || (e->tsv_fast && !a);
  wb_init(&e->attrs, -1);
  wb_init(&e->ecache, -1);
}

void emitter_free(emitter *e) {
  free(e->erec);
  e->erec = NULL;
  e->nerec = e->caperec = 0;
  wb_free(&e->ecache);
  free(e->tags);
  free(e->cand_at);
  free(e->cands);
  wb_free(&e->attrs);
  e->tags = NULL;
  e->cand_at = NULL;
  e->cands = NULL;
  e->cap = e->ccap = 0;
}

/* Keep tag t (valid only during the callback) as e->tags[e->ntags]. */
static int keep_tag(emitter *e, const miltag_tag *t) {
  if (e->ntags >= e->cap) {
    size_t ncap = e->cap ? e->cap * 2 : 16;
    if (ncap > SIZE_MAX / sizeof *e->tags) return -1;
    miltag_tag *nt = realloc(e->tags, ncap * sizeof *nt);
    if (!nt) return -1;
    e->tags = nt;
    if (e->o->format == FMT_HTML) {
      size_t *na = realloc(e->cand_at, ncap * sizeof *na);
      if (!na) return -1;
      e->cand_at = na;
    }
    e->cap = ncap;
  }
  miltag_tag *k = &e->tags[e->ntags];
  *k = *t;
  k->candidates = NULL;
  k->attrs = NULL;
  if (e->o->format == FMT_HTML) {
    if (e->ntags == 0) e->ncands = 0;
    if (t->n_candidates > e->ccap - e->ncands) {
      size_t nc = e->ccap ? e->ccap : 64;
      while (nc - e->ncands < t->n_candidates) {
        if (nc > SIZE_MAX / 2 / sizeof *e->cands) return -1;
        nc *= 2;
      }
      uint32_t *np = realloc(e->cands, nc * sizeof *np);
      if (!np) return -1;
      e->cands = np;
      e->ccap = nc;
    }
    memcpy(e->cands + e->ncands, t->candidates, t->n_candidates * sizeof *t->candidates);
    e->cand_at[e->ntags] = e->ncands;
    e->ncands += t->n_candidates;
  }
  return 0;
}

/* ------------------------------------------------------------ attributes */

int is_json_number(const char *v, size_t n) {
  size_t i = 0;
  if (i < n && v[i] == '-') i++;
  if (i >= n) return 0;
  if (v[i] == '0') i++;
  else if (v[i] >= '1' && v[i] <= '9') while (i < n && v[i] >= '0' && v[i] <= '9') i++;
  else return 0;
  if (i < n && v[i] == '.') {
    if (++i >= n || v[i] < '0' || v[i] > '9') return 0;
    while (i < n && v[i] >= '0' && v[i] <= '9') i++;
  }
  if (i < n && (v[i] == 'e' || v[i] == 'E')) {
    if (++i < n && (v[i] == '+' || v[i] == '-')) i++;
    if (i >= n || v[i] < '0' || v[i] > '9') return 0;
    while (i < n && v[i] >= '0' && v[i] <= '9') i++;
  }
  return i == n;
}

/* Coordinates and population are numbers in every JSON output. */
static int numeric_key(const char *k, size_t n) {
  return (n == 3 && (memcmp(k, "lat", 3) == 0 || memcmp(k, "lon", 3) == 0 || memcmp(k, "pop", 3) == 0));
}

/* Bytes of an attribute string that JSON takes as they are: 0x20..0x7E
 * but for '"', '\\' and ';'.  PLAIN_VAL: they do not end a value run
 * (';', '\\' and the end do); PLAIN_KEY: nor a key ('=' ends a key but
 * is plain in a value). */
enum { PLAIN_VAL = 1, PLAIN_KEY = 2 };
static const unsigned char attr_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 1, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
static const unsigned char key_stop[256] = {[0] = 1, [';'] = 1, ['='] = 1};
static const unsigned char val_stop[256] = {[0] = 1, [';'] = 1, ['\\'] = 1};

/* Keys are [a-z0-9_] (docs/lexicon.md); in values "\;", "\=" and "\\"
 * stand for ';', '=' and '\'.  A value is escaped run by run between its
 * backslashes (the escaped byte starts the next run), so it is written
 * whole whatever its length.  Bytes JSON takes as they are are copied as
 * they are scanned; a run with another byte is escaped from there to its
 * end (json_esc), which is what escaping the whole run gives: a plain
 * ASCII byte is never part of a UTF-8 sequence.  One reservation: each
 * byte of a key or value takes at most 6 bytes, and the quotes, colon and
 * comma of a member at most 6 more, no more than the 6 its delimiter may
 * take. */
static char *json_attrs_at(char *o, const char *p);

/* Copy the bytes from p while plain[] says so, four at a time (each
 * tested in turn: none is read past the end of the string). */
static inline const char *copy_run(char **out, const char *p, unsigned kind) {
  const unsigned char *plain = attr_plain;
  char *o = *out;
  /* (&&: no byte past the string's end is read) */
  while ((plain[(unsigned char)p[0]] & kind) && (plain[(unsigned char)p[1]] & kind) &&
         (plain[(unsigned char)p[2]] & kind) && (plain[(unsigned char)p[3]] & kind)) {
    memcpy(o, p, 4);
    o += 4;
    p += 4;
  }
  while (plain[(unsigned char)*p] & kind) *o++ = *p++;
  *out = o;
  return p;
}

char *json_attrs_continue(char *o, const char *more) {
  /* {A} and {S} make {A,S}, or {S} when A is empty */
  char *brace = --o;
  o = json_attrs_at(brace, more);
  if (brace[-1] == '{') {
    memmove(brace, brace + 1, (size_t)(o - brace - 1));
    return o - 1;
  }
  *brace = ',';
  return o;
}

void json_attrs(wbuf *w, const char *a) {
  const char *p = a ? a : "";
  size_t n = strlen(p);
  if (n > (SIZE_MAX - 16) / 6 || wb_reserve(w, 6 * n + 16)) {
    if (!w->err) w->err = ENOMEM;
    return;
  }
  wb_done(w, json_attrs_at(wb_at(w), p));
}

/* json_attrs of p at o, which has room for 6 * strlen(p) + 16 bytes;
 * returns the end. */
static char *json_attrs_at(char *o, const char *p) {
  *o++ = '{';
  int first = 1;
  while (*p) {
    const char *k = p;
    if (!first) *o++ = ',';
    first = 0;
    *o++ = '"';
    char *ko = o;
    p = copy_run(&o, p, PLAIN_KEY);
    if (!key_stop[(unsigned char)*p]) { /* a byte to escape: the whole key again */
      while (!key_stop[(unsigned char)*p]) p++;
      o = json_esc(ko, k, (size_t)(p - k));
    }
    size_t kl = (size_t)(p - k);
    o = put_lit(o, "\":");
    int number = 0;
    if (*p == '=' && numeric_key(k, kl)) {
      const char *v = p + 1, *ve = v;
      while (!val_stop[(unsigned char)*ve]) ve++;
      number = *ve != '\\' && is_json_number(v, (size_t)(ve - v));
      if (number) {
        memcpy(o, v, (size_t)(ve - v));
        o += ve - v;
        p = ve;
      }
    }
    if (*p != '=') {
      if (!number) o = put_lit(o, "\"\"");
    } else {
      p++;
      *o++ = '"';
      for (;;) {
        p = copy_run(&o, p, PLAIN_VAL);
        if (!*p || *p == ';') break;
        if (*p == '\\') {
          if (!*++p) { /* a lone one at the very end: kept */
            o = put_lit(o, "\\\\");
            break;
          }
          /* the escaped byte, whatever it is, starts the next run */
          if (*p == ';') {
            *o++ = *p++;
            continue;
          }
          if (*p == '\\') {
            o = put_lit(o, "\\\\");
            p++;
            continue;
          }
          if (attr_plain[(unsigned char)*p] & PLAIN_VAL) continue;
        }
        const char *r = p++;
        while (!val_stop[(unsigned char)*p]) p++;
        o = json_esc(o, r, (size_t)(p - r));
      }
      *o++ = '"';
    }
    if (*p == ';') p++;
  }
  *o++ = '}';
  return o;
}

static void wb_long(wbuf *w, long v) {
  if (v < 0) {
    wb_putc(w, '-');
    wb_u64(w, (unsigned long long)-(v + 1) + 1);
  } else {
    wb_u64(w, (unsigned long long)v);
  }
}

void json_tag_attrs(wbuf *w, const char *attrs, const miltag_tag *t) {
  json_attrs(w, attrs);
  if (t->count == MILTAG_NO_COUNT || w->err || !w->len) return;
  w->len--; /* the closing brace */
  if (w->len && w->p[w->len - 1] != '{') wb_putc(w, ',');
  wb_lit(w, "\"count\":");
  wb_long(w, t->count);
  if (t->count_min != t->count_max) {
    wb_lit(w, ",\"count_min\":");
    wb_long(w, t->count_min);
    wb_lit(w, ",\"count_max\":");
    wb_long(w, t->count_max);
  }
  wb_putc(w, '}');
}

/* A count as a JSON value or a table cell: the number, or null / empty. */
static void count_value(wbuf *w, long v, int json) {
  if (v != MILTAG_NO_COUNT) wb_long(w, v);
  else if (json) wb_lit(w, "null");
}

int attr_value(const char *a, const char *key, wbuf *out) {
  const char *v;
  size_t n;
  if (!a || !miltag_attr_get(a, key, &v, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    if (v[i] == '\\' && i + 1 < n) i++;
    wb_putc(out, v[i]);
  }
  return 1;
}

/* ------------------------------------------------------------------ cells */

void csv_cell(wbuf *w, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != ',' && s[i] != '"' && s[i] != '\n' && s[i] != '\r') i++;
  if (i == n) {
    wb_put(w, s, n);
    return;
  }
  wb_putc(w, '"');
  const char *run = s;
  for (i = 0; i < n; i++) {
    if (s[i] == '"') {
      wb_put(w, run, (size_t)(s + i + 1 - run));
      run = s + i; /* the quote again: "" */
    }
  }
  wb_put(w, run, (size_t)(s + n - run));
  wb_putc(w, '"');
}

static void tsv_cell(wbuf *w, const char *s, size_t n) {
  const char *run = s;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c != '\t' && c != '\n' && c != '\r' && c != '\\') continue;
    wb_put(w, run, (size_t)(s + i - run));
    wb_putc(w, '\\');
    wb_putc(w, c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
    run = s + i + 1;
  }
  wb_put(w, run, (size_t)(s + n - run));
}

static void cell(wbuf *w, int csv, const char *s, size_t n) {
  if (csv) csv_cell(w, s, n);
  else tsv_cell(w, s, n);
}

void doc_key(wbuf *w, const doc *d, int csv) {
  if (d->id) {
    if (d->id_len && d->id[0] == '"') {
      wbuf tmp;
      wb_init(&tmp, -1);
      jcur c;
      js_init(&c, d->id, d->id_len);
      if (js_string(&c, &tmp) == 0 && !tmp.err) cell(w, csv, tmp.p ? tmp.p : "", tmp.len);
      else if (tmp.err) w->err = tmp.err;
      wb_free(&tmp);
    } else {
      cell(w, csv, d->id, d->id_len);
    }
  } else if (d->line) {
    wb_u64(w, d->line);
  } else {
    cell(w, csv, d->file, strlen(d->file));
  }
}

/* ---------------------------------------------------------------- offsets */

/* The units (characters, UTF-16 units) before byte `at` of the document.
 * Tags come in order of start, so counting goes on from the previous tag:
 * linear per document. */
static size_t units_before(emitter *e, size_t at, size_t (*units)(const char *, size_t)) {
  const char *text = e->d->text;
  if (at < e->cur_byte) e->cur_byte = e->cur_unit = 0;
  /* cur_byte only ever stops at a tag's start: never inside a character */
  e->cur_unit += units(text + e->cur_byte, at - e->cur_byte);
  e->cur_byte = at;
  return e->cur_unit;
}

/* The tag's offsets in characters or UTF-16 units. */
static void offsets_counted(emitter *e, const miltag_tag *t, size_t *s, size_t *en) {
  size_t (*units)(const char *, size_t) = e->o->offsets == OFF_CHARS ? utf8_chars : utf16_units;
  *s = units_before(e, t->start, units);
  *en = *s + units(e->d->text + t->start, t->end - t->start);
}

/* The tag's offsets in the units --offsets asks for. */
static inline void offsets(emitter *e, const miltag_tag *t, size_t *s, size_t *en) {
  if (e->o->offsets == OFF_BYTES) {
    *s = t->start;
    *en = t->end;
    return;
  }
  offsets_counted(e, t, s, en);
}

/* ------------------------------------------------------------------- jsonl */

/* The line number, counted on in decimal (lines come one after the
 * other; tsv writes one for each tag of its line), at o, which has room
 * for WB_U64_MAX bytes; returns the end. */
static inline char *put_line(emitter *e, char *o, unsigned long line) {
  if (line == e->line_of && e->line_len) { /* tsv: a line's next row */
  } else if (line == e->line_of + 1 && e->line_len) {
    size_t i = e->line_len;
    while (i && e->line_dec[i - 1] == '9') e->line_dec[--i] = '0';
    if (i) {
      e->line_dec[i - 1]++;
    } else { /* 99 -> 100 */
      memmove(e->line_dec + 1, e->line_dec, e->line_len++);
      e->line_dec[0] = '1';
    }
  } else {
    e->line_len = (size_t)(fmt_u64(e->line_dec, line) - e->line_dec);
  }
  e->line_of = line;
  memcpy(o, e->line_dec, sizeof e->line_dec);
  return o + e->line_len;
}

/* {"file":..,"line":N,"chat":..,"id":..,"date":..,"tags":[ with one
 * reservation. */
static void jsonl_begin_any(emitter *e) {
  wbuf *w = e->w;
  const doc *d = e->d;
  int file = e->o->show_file || e->o->input == IN_DOC;
  size_t fl = file ? strlen(d->file) : 0;
  if (wb_reserve(w, 64 + 2 * WB_U64_MAX + 6 * fl + d->chat_len + d->id_len + d->date_len)) return;
  char *o = wb_at(w);
  *o++ = '{';
  if (file) {
    o = put_lit(o, "\"file\":\"");
    o = json_esc(o, d->file, fl);
    o = put_lit(o, "\",");
  }
  if (d->line) {
    o = put_lit(o, "\"line\":");
    o = put_line(e, o, d->line);
    *o++ = ',';
  }
  if (d->chat) {
    o = put_lit(o, "\"chat\":");
    memcpy(o, d->chat, d->chat_len);
    o += d->chat_len;
    *o++ = ',';
  }
  if (d->id) {
    o = put_lit(o, "\"id\":");
    memcpy(o, d->id, d->id_len);
    o += d->id_len;
    *o++ = ',';
  }
  if (d->date) {
    o = put_lit(o, "\"date\":");
    memcpy(o, d->date, d->date_len);
    o += d->date_len;
    *o++ = ',';
  }
  o = put_lit(o, "\"tags\":[");
  wb_done(w, o);
}

/* Most documents are a line of text: {"line":N,"tags":[ (per line, this
 * is most of what the command adds). */
static inline void jsonl_begin(emitter *e) {
  wbuf *w = e->w;
  const doc *d = e->d;
  /* text input has no id, date or chat */
  if (!e->line_begin || !d->line || wb_reserve(w, 32 + WB_U64_MAX)) {
    jsonl_begin_any(e);
    return;
  }
  char *o = put_lit(wb_at(w), "{\"line\":");
  o = put_line(e, o, d->line);
  wb_done(w, put_lit(o, ",\"tags\":["));
}

static void json_candidates(wbuf *w, const miltag_lexicon *lex, const miltag_tag *t) {
  wb_putc(w, '[');
  for (size_t i = 0; i < t->n_candidates; i++) {
    miltag_entry en;
    if (i) wb_putc(w, ',');
    if (miltag_lexicon_entry(lex, t->candidates[i], &en) == 0) wb_json_str(w, en.id, strlen(en.id));
    else wb_lit(w, "null");
  }
  wb_putc(w, ']');
}

/* The attributes a tag shows: its entry's, then number= and name= with
 * what its slots took ({num}, {name}: miltag_tag.number and .name), one
 * "k=v;k=v" string with ';', '=' and '\' escaped in the name (docs/cli.md).
 * Valid until the next call; out of memory sets e->oom. */
/* Append a tag's captures to b as attributes: "number=..;name=.." (in a
 * name, ';', '=' and '\\' escaped), after a ';' when b is not empty. */
static void put_captures(wbuf *b, const char *text, const miltag_tag *t) {
  if (t->number.end > t->number.start) {
    if (b->len) wb_putc(b, ';');
    wb_lit(b, "number=");
    wb_put(b, text + t->number.start, t->number.end - t->number.start);
  }
  if (t->name.end > t->name.start) {
    if (b->len) wb_putc(b, ';');
    wb_lit(b, "name=");
    for (size_t i = t->name.start; i < t->name.end; i++) {
      char c = text[i];
      if (c == ';' || c == '=' || c == '\\') wb_putc(b, '\\');
      wb_putc(b, c);
    }
  }
}

static const char *shown_attrs(emitter *e, const miltag_tag *t) {
  int num = t->number.end > t->number.start, name = t->name.end > t->name.start;
  if (!num && !name) return t->attrs;
  wbuf *b = &e->attrs;
  b->len = 0;
  wb_puts(b, t->attrs);
  put_captures(b, e->d->text, t);
  wb_putc(b, '\0');
  if (b->err) {
    e->oom = 1;
    b->err = 0;
    return t->attrs;
  }
  return b->p;
}

static void json_field(emitter *e, const miltag_tag *t, int f, size_t s, size_t en) {
  wbuf *w = e->w;
  switch (f) {
    case F_START: wb_u64(w, s); break;
    case F_END: wb_u64(w, en); break;
    case F_CATEGORY: wb_putc(w, '"'); wb_puts(w, miltag_category_name(t->category)); wb_putc(w, '"'); break;
    case F_ID: wb_json_str(w, t->id, strlen(t->id)); break;
    case F_LABEL: wb_json_str(w, t->label, strlen(t->label)); break;
    case F_TEXT: wb_json_str(w, e->d->text + t->start, t->end - t->start); break;
    case F_LANG: wb_json_str(w, t->lang, strlen(t->lang)); break;
    case F_ATTRS: json_tag_attrs(w, shown_attrs(e, t), t); break;
    case F_CANDIDATES: json_candidates(w, e->o->lex, t); break;
    case F_AMBIGUOUS:
      if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(w, "true");
      else wb_lit(w, "false");
      break;
    case F_NUM: count_value(w, t->count, 1); break;
    case F_NUM_MIN: count_value(w, t->count_min, 1); break;
    case F_NUM_MAX: count_value(w, t->count_max, 1); break;
  }
}

/* An entry's strings as jsonl shows them, escaped the first time a tag
 * of the entry is written (most tags are of a few entries, and escaping
 * and parsing the attributes cost more than the rest of a tag): in
 * e->ecache, [head, head + head_len) is ,"category":..,"id":..,"label":..
 * (the id's JSON string at id_at, id_len bytes: a candidate), and
 * [attrs, attrs + attrs_len) is the entry's attributes as a JSON object.
 * In a tsv run (e->tsv_fast) the head is the entry's cells of a row
 * instead, \tcategory\tid\tlabel\t, tsv_cell's escaping done, and
 * there are no attributes. */
struct ecache_rec {
  uint32_t ent1;  /* the entry + 1; 0: a free slot */
  uint32_t head, head_len, id_at, id_len, attrs, attrs_len;
  /* 1: the entry's attribute string ends where a member does (no ';' or
   * escaping backslash at its very end), so that the object of it with
   * ";number=..;name=.." after it is its own object continued (or it is
   * empty) */
  uint32_t open;
};

static size_t erec_slot(const emitter *e, uint32_t ent) {
  /* the high bits of the product: its low bits are the entry's own */
  size_t i = (size_t)(((uint64_t)(ent * 0x9E3779B1u) * e->caperec) >> 32);
  while (e->erec[i].ent1 && e->erec[i].ent1 != ent + 1) i = (i + 1) & (e->caperec - 1);
  return i;
}

/* entry_rec's record of entry ent in a tsv run: the entry's cells. */
static const struct ecache_rec *tsv_entry_rec(emitter *e, struct ecache_rec *r, uint32_t ent,
                                              const miltag_entry *en) {
  wbuf *c = &e->ecache;
  size_t head = c->len;
  wb_putc(c, '\t');
  wb_puts(c, miltag_category_name(en->category));
  wb_putc(c, '\t');
  tsv_cell(c, en->id, strlen(en->id));
  wb_putc(c, '\t');
  tsv_cell(c, en->label, strlen(en->label));
  wb_putc(c, '\t');
  if (c->err) {
    c->err = 0;
    c->len = head;
    return NULL;
  }
  memset(r, 0, sizeof *r);
  r->ent1 = ent + 1;
  e->nerec++;
  r->head = (uint32_t)head;
  r->head_len = (uint32_t)(c->len - head);
  return r;
}

/* entry_rec of an entry not in the table yet (or of none). */
__attribute__((noinline)) static const struct ecache_rec *entry_rec_new(emitter *e, uint32_t ent) {
  if (ent == UINT32_MAX) return NULL;
  if (2 * (e->nerec + 1) > e->caperec) { /* at most half full */
    size_t ncap = e->caperec ? 2 * e->caperec : 256;
    struct ecache_rec *old = e->erec, *nw = calloc(ncap, sizeof *nw);
    if (!nw) return NULL;
    size_t ocap = e->caperec;
    e->erec = nw;
    e->caperec = ncap;
    for (size_t i = 0; i < ocap; i++)
      if (old[i].ent1) e->erec[erec_slot(e, old[i].ent1 - 1)] = old[i];
    free(old);
  }
  struct ecache_rec *r = &e->erec[erec_slot(e, ent)];
  if (r->ent1) return r;
  miltag_entry en;
  if (miltag_lexicon_entry(e->o->lex, ent, &en) != 0) return NULL;
  wbuf *c = &e->ecache;
  if (c->len > UINT32_MAX / 2) return NULL; /* offsets are 32-bit */
  size_t head = c->len;
  if (e->tsv_fast) return tsv_entry_rec(e, r, ent, &en);
  wb_lit(c, ",\"category\":\"");
  wb_puts(c, miltag_category_name(en.category));
  wb_lit(c, "\",\"id\":");
  size_t id_at = c->len;
  wb_json_str(c, en.id, strlen(en.id));
  size_t id_len = c->len - id_at;
  wb_lit(c, ",\"label\":");
  wb_json_str(c, en.label, strlen(en.label));
  size_t attrs = c->len;
  json_attrs(c, en.attrs);
  if (c->err) {
    c->err = 0;
    c->len = head;
    return NULL;
  }
  r->ent1 = ent + 1;
  e->nerec++;
  r->head = (uint32_t)head;
  r->head_len = (uint32_t)(attrs - head);
  r->id_at = (uint32_t)id_at;
  r->id_len = (uint32_t)id_len;
  r->attrs = (uint32_t)attrs;
  r->attrs_len = (uint32_t)(c->len - attrs);
  size_t al = en.attrs ? strlen(en.attrs) : 0, bs = 0;
  while (bs < al && en.attrs[al - 1 - bs] == '\\') bs++;
  r->open = al == 0 || (en.attrs[al - 1] != ';' && bs % 2 == 0);
  return r;
}

/* The record of entry ent, or NULL when it cannot be had (out of memory:
 * the caller escapes as it goes).  Most tags are of an entry seen before:
 * one probe, inline. */
static inline const struct ecache_rec *entry_rec(emitter *e, uint32_t ent) {
  uint32_t ent1 = ent + 1; /* 0: UINT32_MAX, no entry */
  if (e->caperec && ent1) {
    const struct ecache_rec *r = &e->erec[erec_slot(e, ent)];
    if (r->ent1 == ent1) return r;
  }
  return entry_rec_new(e, ent);
}

/* A tag's captures as attributes, as shown_attrs adds them to the
 * entry's, in e->attrs; NULL when memory is short. */
static const char *capture_attrs(emitter *e, const miltag_tag *t, size_t *len) {
  wbuf *b = &e->attrs;
  b->len = 0;
  put_captures(b, e->d->text, t);
  *len = b->len;
  wb_putc(b, '\0');
  if (b->err) {
    b->err = 0;
    return NULL;
  }
  return b->p;
}

static char *put_long(char *o, long v) {
  if (v < 0) {
    *o++ = '-';
    return fmt_u64(o, (unsigned long long)-(v + 1) + 1);
  }
  return fmt_u64(o, (unsigned long long)v);
}

/* json_tag_attrs's count after an attribute object that ends at o:
 * "count" (and "count_min", "count_max" for a range) inside it; room for
 * 64 + 3 * WB_U64_MAX bytes. */
static char *put_count(char *o, const miltag_tag *t) {
  o--; /* the closing brace */
  if (o[-1] != '{') *o++ = ',';
  o = put_lit(o, "\"count\":");
  o = put_long(o, t->count);
  if (t->count_min != t->count_max) {
    o = put_lit(o, ",\"count_min\":");
    o = put_long(o, t->count_min);
    o = put_lit(o, ",\"count_max\":");
    o = put_long(o, t->count_max);
  }
  *o++ = '}';
  return o;
}

/* The usual tag (its entry's strings cached, a short text, no captures
 * or count, one candidate) in one reservation: 1 written, 0 not a usual
 * tag (nothing written). */
static int jsonl_tag_fast(emitter *e, const miltag_tag *t, const struct ecache_rec *r, size_t s,
                          size_t en) {
  size_t tl = t->end - t->start;
  if (tl > 4096 || t->n_candidates > 64) return 0;
  /* the record is copied: caching the candidates' ids may move the table */
  struct ecache_rec rec = *r;
  r = &rec;
  size_t cand_len = 0;
  uint32_t cand_at[64], cand_n[64];
  if (t->n_candidates > 1) {
    for (size_t i = 0; i < t->n_candidates; i++) {
      const struct ecache_rec *k = entry_rec(e, t->candidates[i]);
      if (!k) return 0;
      cand_at[i] = k->id_at;
      cand_n[i] = k->id_len;
      cand_len += k->id_len + 1;
    }
  }
  /* captures (number=, name=: shown_attrs) and a count continue the
   * entry's attributes */
  int captures = t->number.end > t->number.start || t->name.end > t->name.start;
  size_t sfx_len = 0;
  const char *sfx = NULL;
  if (captures) {
    if (!r->open) return 0;
    sfx = capture_attrs(e, t, &sfx_len);
    if (!sfx) return 0;
  }
  /* the lexicon owns t->lang: its address names it for the whole run */
  if (t->lang != e->lang_of) {
    size_t ll = strlen(t->lang);
    if (ll > 16) return 0;
    char *o = e->lang_json;
    *o++ = '"';
    o = json_esc(o, t->lang, ll);
    *o++ = '"';
    e->lang_json_len = (size_t)(o - e->lang_json);
    e->lang_of = t->lang;
  }
  wbuf *w = e->w;
  if (wb_reserve(w, 64 + 2 * WB_U64_MAX + r->head_len + 6 * tl + e->lang_json_len + r->attrs_len +
                       (captures ? 6 * sfx_len + 16 : 0) + (t->count != MILTAG_NO_COUNT ? 64 + 3 * WB_U64_MAX : 0) +
                       (cand_len ? 16 + cand_len : 0)))
    return 1; /* w->err is set: the document is rolled back */
  const char *c = e->ecache.p;
  char *o = wb_at(w);
  if (e->ntags) *o++ = ',';
  o = put_lit(o, "{\"start\":");
  o = fmt_u64(o, s);
  o = put_lit(o, ",\"end\":");
  o = fmt_u64(o, en);
  memcpy(o, c + r->head, r->head_len);
  o += r->head_len;
  o = put_lit(o, ",\"text\":\"");
  o = json_esc(o, e->d->text + t->start, tl);
  o = put_lit(o, "\",\"lang\":");
  if (e->lang_json_len <= 8) memcpy(o, e->lang_json, 8); /* "ru" and the like: one word */
  else memcpy(o, e->lang_json, e->lang_json_len);
  o += e->lang_json_len;
  o = put_lit(o, ",\"attrs\":");
  memcpy(o, c + r->attrs, r->attrs_len);
  o += r->attrs_len;
  if (captures) o = json_attrs_continue(o, sfx);
  if (t->count != MILTAG_NO_COUNT) o = put_count(o, t);
  if (cand_len) {
    o = put_lit(o, ",\"candidates\":[");
    for (size_t i = 0; i < t->n_candidates; i++) {
      if (i) *o++ = ',';
      memcpy(o, c + cand_at[i], cand_n[i]);
      o += cand_n[i];
    }
    *o++ = ']';
  }
  if (t->flags & MILTAG_TAG_AMBIGUOUS) o = put_lit(o, ",\"ambiguous\":true");
  *o++ = '}';
  wb_done(w, o);
  return 1;
}

static void jsonl_tag(emitter *e, const miltag_tag *t) {
  wbuf *w = e->w;
  size_t s, en;
  offsets(e, t, &s, &en);
  const struct ecache_rec *r = e->o->nfields ? NULL : entry_rec(e, t->entry);
  if (r && jsonl_tag_fast(e, t, r, s, en)) return;
  if (e->ntags) wb_putc(w, ',');
  if (e->o->nfields) {
    wb_putc(w, '{');
    for (int i = 0; i < e->o->nfields; i++) {
      int f = e->o->fields[i];
      if (i) wb_putc(w, ',');
      wb_putc(w, '"');
      wb_puts(w, field_names[f]);
      wb_lit(w, "\":");
      json_field(e, t, f, s, en);
    }
    wb_putc(w, '}');
    return;
  }
  wb_lit(w, "{\"start\":");
  wb_u64(w, s);
  wb_lit(w, ",\"end\":");
  wb_u64(w, en);
  if (r) {
    const char *c = e->ecache.p;
    wb_put(w, c + r->head, r->head_len);
    wb_lit(w, ",\"text\":");
    wb_json_str(w, e->d->text + t->start, t->end - t->start);
    wb_lit(w, ",\"lang\":");
    wb_json_str(w, t->lang, strlen(t->lang));
    wb_lit(w, ",\"attrs\":");
    /* the entry's attributes unless the tag adds captures or a count */
    const char *a = shown_attrs(e, t);
    if (a == t->attrs && t->count == MILTAG_NO_COUNT) wb_put(w, c + r->attrs, r->attrs_len);
    else json_tag_attrs(w, a, t);
    if (t->n_candidates > 1) {
      wb_lit(w, ",\"candidates\":[");
      for (size_t i = 0; i < t->n_candidates; i++) {
        if (i) wb_putc(w, ',');
        const struct ecache_rec *k = entry_rec(e, t->candidates[i]);
        /* the cache may have moved */
        miltag_entry ce;
        if (k) wb_put(w, e->ecache.p + k->id_at, k->id_len);
        else if (miltag_lexicon_entry(e->o->lex, t->candidates[i], &ce) == 0)
          wb_json_str(w, ce.id, strlen(ce.id));
        else wb_lit(w, "null");
      }
      wb_putc(w, ']');
    }
    if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(w, ",\"ambiguous\":true");
    wb_putc(w, '}');
    return;
  }
  wb_lit(w, ",\"category\":\"");
  wb_puts(w, miltag_category_name(t->category));
  wb_lit(w, "\",\"id\":");
  wb_json_str(w, t->id, strlen(t->id));
  wb_lit(w, ",\"label\":");
  wb_json_str(w, t->label, strlen(t->label));
  wb_lit(w, ",\"text\":");
  wb_json_str(w, e->d->text + t->start, t->end - t->start);
  wb_lit(w, ",\"lang\":");
  wb_json_str(w, t->lang, strlen(t->lang));
  wb_lit(w, ",\"attrs\":");
  json_tag_attrs(w, shown_attrs(e, t), t);
  if (t->n_candidates > 1) {
    wb_lit(w, ",\"candidates\":");
    json_candidates(w, e->o->lex, t);
  }
  if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(w, ",\"ambiguous\":true");
  wb_putc(w, '}');
}

/* ---------------------------------------------------------------- tsv, csv */

static void table_field(emitter *e, const miltag_tag *t, int f, size_t s, size_t en, int csv) {
  wbuf *w = e->w;
  switch (f) {
    case F_START: wb_u64(w, s); break;
    case F_END: wb_u64(w, en); break;
    case F_CATEGORY: wb_puts(w, miltag_category_name(t->category)); break;
    case F_ID: cell(w, csv, t->id, strlen(t->id)); break;
    case F_LABEL: cell(w, csv, t->label, strlen(t->label)); break;
    case F_TEXT: cell(w, csv, e->d->text + t->start, t->end - t->start); break;
    case F_LANG: cell(w, csv, t->lang, strlen(t->lang)); break;
    case F_ATTRS: {
      wbuf tmp;
      wb_init(&tmp, -1);
      json_tag_attrs(&tmp, shown_attrs(e, t), t);
      if (tmp.err) w->err = tmp.err;
      else cell(w, csv, tmp.p, tmp.len);
      wb_free(&tmp);
      break;
    }
    case F_CANDIDATES:
      for (size_t i = 0; i < t->n_candidates; i++) {
        miltag_entry me;
        if (i) wb_putc(w, '|');
        if (miltag_lexicon_entry(e->o->lex, t->candidates[i], &me) == 0) cell(w, csv, me.id, strlen(me.id));
      }
      break;
    case F_AMBIGUOUS:
      if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(w, "true");
      else wb_lit(w, "false");
      break;
    case F_NUM: count_value(w, t->count, 0); break;
    case F_NUM_MIN: count_value(w, t->count_min, 0); break;
    case F_NUM_MAX: count_value(w, t->count_max, 0); break;
  }
}

/* table_tag's row of the usual tsv run (the default columns, a line of
 * text, byte offsets) in one reservation, from the entry's cells escaped
 * once: 1 written (or w->err set), 0 not the usual tag (nothing written). */
static int tsv_tag_fast(emitter *e, const miltag_tag *t) {
  const doc *d = e->d;
  size_t tl = t->end - t->start;
  if (!d->line || d->id || tl > 4096) return 0;
  const struct ecache_rec *r = entry_rec(e, t->entry);
  if (!r) return 0;
  wbuf *w = e->w;
  if (wb_reserve(w, 3 * WB_U64_MAX + 8 + r->head_len + 2 * tl)) return 1;
  char *o = wb_at(w);
  o = put_line(e, o, d->line);
  *o++ = '\t';
  o = fmt_u64(o, t->start);
  *o++ = '\t';
  o = fmt_u64(o, t->end);
  memcpy(o, e->ecache.p + r->head, r->head_len);
  o += r->head_len;
  o = tsv_esc(o, d->text + t->start, tl);
  *o++ = '\t';
  if (t->count != MILTAG_NO_COUNT) o = put_long(o, t->count);
  *o++ = '\n';
  wb_done(w, o);
  return 1;
}

static void table_tag(emitter *e, const miltag_tag *t) {
  wbuf *w = e->w;
  int csv = e->o->format == FMT_CSV;
  char sep = csv ? ',' : '\t';
  size_t s, en;
  offsets(e, t, &s, &en);
  if (e->o->show_file && e->o->input != IN_DOC) {
    cell(w, csv, e->d->file, strlen(e->d->file));
    wb_putc(w, sep);
  }
  doc_key(w, e->d, csv);
  const int *fields = e->o->fields;
  int n = e->o->nfields;
  if (!n) {
    fields = csv ? csv_default : tsv_default;
    n = csv ? (int)(sizeof csv_default / sizeof *csv_default) : (int)(sizeof tsv_default / sizeof *tsv_default);
  }
  for (int i = 0; i < n; i++) {
    wb_putc(w, sep);
    table_field(e, t, fields[i], s, en, csv);
  }
  if (csv) wb_putc(w, '\r');
  wb_putc(w, '\n');
}

/* -------------------------------------------------------------------- brat */

static int is_break(char c) { return c == '\n' || c == '\r'; }

/* brat counts characters from the start of the document, and a span may
 * not hold a line break: a tag across one is written as fragments,
 * "T1<TAB>unit 24 27;28 36<TAB>ЧВК «Вагнер»", its text joined by spaces. */
static void brat_tag(emitter *e, const miltag_tag *t) {
  wbuf *w = e->w;
  const char *text = e->d->text;
  size_t cs = e->brat_chars + units_before(e, t->start, utf8_chars);
  unsigned long id = ++e->brat_t;
  wb_putc(w, 'T');
  wb_u64(w, id);
  wb_putc(w, '\t');
  wb_puts(w, miltag_category_name(t->category));
  wb_putc(w, ' ');
  for (int pass = 0; pass < 2; pass++) {
    size_t i = t->start, c = cs;
    int first = 1;
    while (i < t->end) {
      while (i < t->end && is_break(text[i])) i++, c++;
      if (i >= t->end) break;
      size_t j = i;
      while (j < t->end && !is_break(text[j])) j++;
      size_t cj = c + utf8_chars(text + i, j - i);
      if (!first) wb_putc(w, pass ? ' ' : ';');
      first = 0;
      if (pass) {
        wb_put(w, text + i, j - i);
      } else {
        wb_u64(w, c);
        wb_putc(w, ' ');
        wb_u64(w, cj);
      }
      i = j;
      c = cj;
    }
    if (!pass) wb_putc(w, '\t');
  }
  wb_lit(w, "\n#");
  wb_u64(w, id);
  wb_lit(w, "\tAnnotatorNotes T");
  wb_u64(w, id);
  wb_putc(w, '\t');
  wb_puts(w, t->id);
  wb_putc(w, '\n');
}

/* -------------------------------------------------------------------- text */

static const char *color_of(int cat) {
  switch (cat) {
    case MILTAG_CASUALTY: return "\033[1;31m";
    case MILTAG_UNIT: return "\033[1;34m";
    case MILTAG_PLACE: return "\033[1;32m";
    default: return "\033[1;35m";
  }
}

/* Where the document comes from, for people: [FILE:]LINE, then its id. */
void doc_where(wbuf *w, const emitter *e, unsigned long line) {
  const doc *d = e->d;
  int sep = 0;
  if (e->o->show_file || e->o->input == IN_DOC) {
    wb_puts(w, d->file);
    sep = 1;
  }
  if (line) {
    if (sep) wb_putc(w, ':');
    wb_u64(w, line);
    sep = 1;
  }
  if (d->id) {
    if (sep) wb_putc(w, ' ');
    wb_putc(w, '#');
    doc_key(w, d, 0);
    sep = 1;
  }
  if (d->date) {
    if (sep) wb_putc(w, ' ');
    jcur c;
    js_init(&c, d->date, d->date_len);
    if (d->date_len && d->date[0] == '"') js_string(&c, w);
    else wb_put(w, d->date, d->date_len);
  }
}

/* The paragraphs of a document (--input doc): a blank line ends one.
 * Returns where the paragraph starting at `from` ends. */
static size_t para_end(const char *s, size_t n, size_t from) {
  size_t i = from;
  while (i < n) {
    const char *nl = memchr(s + i, '\n', n - i);
    if (!nl) return n;
    size_t j = (size_t)(nl - s) + 1;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
    if (j < n && s[j] == '\n') return (size_t)(nl - s);
    i = (size_t)(nl - s) + 1;
  }
  return n;
}

static unsigned long count_lines(const char *s, size_t n) {
  unsigned long k = 0;
  for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + n - p))) != NULL; p++) k++;
  return k;
}

/* One segment [a, b) with tags [t0, t1): the text marked, then the tags. */
static void text_segment(emitter *e, size_t a, size_t b, size_t t0, size_t t1, unsigned long line) {
  wbuf *w = e->w;
  const char *text = e->d->text;
  int color = e->o->color;
  doc_where(w, e, line);
  wb_lit(w, ": ");
  size_t pos = a;
  for (size_t i = t0; i < t1; i++) {
    const miltag_tag *t = &e->tags[i];
    if (t->start < pos) continue; /* overlapping (--overlaps): listed below */
    wb_put(w, text + pos, t->start - pos);
    if (color) wb_puts(w, color_of(t->category));
    else wb_putc(w, '[');
    wb_put(w, text + t->start, t->end - t->start);
    if (color) {
      wb_lit(w, "\033[0m");
    } else {
      wb_lit(w, "]{");
      wb_puts(w, miltag_category_name(t->category));
      wb_putc(w, '}');
    }
    pos = t->end;
  }
  wb_put(w, text + pos, b - pos);
  wb_putc(w, '\n');
  for (size_t i = t0; i < t1; i++) {
    const miltag_tag *t = &e->tags[i];
    wb_printf(w, "    %-8s %-28s ", miltag_category_name(t->category), t->id);
    if (color) wb_puts(w, color_of(t->category));
    /* one line a tag: a line break inside it shown as a space */
    for (size_t k = t->start; k < t->end; k++) wb_putc(w, text[k] == '\n' || text[k] == '\r' ? ' ' : text[k]);
    if (color) wb_lit(w, "\033[0m");
    size_t tl = t->end - t->start;
    if (*t->label && (strlen(t->label) != tl || memcmp(t->label, text + t->start, tl) != 0)) {
      wb_lit(w, "  (");
      wb_puts(w, t->label);
      wb_putc(w, ')');
    }
    if (t->count != MILTAG_NO_COUNT) {
      wb_lit(w, "  count ");
      wb_long(w, t->count);
      if (t->count_max != t->count_min) {
        wb_lit(w, "-");
        wb_long(w, t->count_max);
      }
      wb_lit(w, " (");
      for (size_t k = t->count_start; k < t->count_end; k++)
        wb_putc(w, text[k] == '\n' || text[k] == '\r' ? ' ' : text[k]);
      wb_putc(w, ')');
    }
    if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(w, "  [ambiguous]");
    wb_putc(w, '\n');
  }
}

static void text_doc(emitter *e) {
  if (!e->ntags) return;
  const doc *d = e->d;
  if (e->o->input != IN_DOC) {
    text_segment(e, 0, d->len, 0, e->ntags, d->line);
    return;
  }
  /* a whole file: the paragraphs that have tags */
  size_t a = 0, ti = 0;
  unsigned long line = 1;
  while (ti < e->ntags) {
    size_t b = para_end(d->text, d->len, a);
    size_t t1 = ti;
    while (t1 < e->ntags && e->tags[t1].start < b) t1++;
    if (t1 > ti) {
      size_t shown = b, last = 0; /* without the paragraph's last line break */
      while (shown > a && (d->text[shown - 1] == '\n' || d->text[shown - 1] == '\r')) shown--;
      for (size_t k = ti; k < t1; k++) last = e->tags[k].end > last ? e->tags[k].end : last;
      text_segment(e, a, shown < last ? b : shown, ti, t1, line);
    }
    ti = t1;
    /* the next paragraph starts after the blank lines */
    size_t next = b;
    while (next < d->len && (d->text[next] == '\n' || d->text[next] == '\r' || d->text[next] == ' ' ||
                             d->text[next] == '\t'))
      next++;
    line += count_lines(d->text + a, next - a);
    if (next <= a) break;
    a = next;
  }
}

/* ------------------------------------------------------------------- conll */

typedef struct conll_ctx {
  emitter *e;
  size_t next_tag;
  size_t prev_end;
} conll_ctx;

static int has_blank_line(const char *s, size_t n) {
  const char *nl = memchr(s, '\n', n);
  while (nl) {
    const char *p = nl + 1;
    while (p < s + n && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
    if (p < s + n && *p == '\n') return 1;
    nl = p < s + n ? memchr(p, '\n', (size_t)(s + n - p)) : NULL;
  }
  return 0;
}

/* One token a line: its text, then B-/I-CATEGORY or O. */
static int conll_token(const miltag_token *t, void *ctx) {
  conll_ctx *c = ctx;
  emitter *e = c->e;
  wbuf *w = e->w;
  const char *text = e->d->text;
  /* --input doc: a blank line between paragraphs, as between lines */
  if (e->o->input == IN_DOC && c->prev_end && has_blank_line(text + c->prev_end, t->start - c->prev_end))
    wb_putc(w, '\n');
  c->prev_end = t->end;
  while (c->next_tag < e->ntags && e->tags[c->next_tag].end <= t->start) c->next_tag++;
  wb_put(w, text + t->start, t->end - t->start);
  const miltag_tag *g = c->next_tag < e->ntags ? &e->tags[c->next_tag] : NULL;
  if (g && g->start <= t->start && t->end <= g->end) {
    wb_putc(w, '\t');
    wb_putc(w, g->start == t->start ? 'B' : 'I');
    wb_putc(w, '-');
    for (const char *p = miltag_category_name(g->category); *p; p++) wb_putc(w, (char)(*p - 'a' + 'A'));
    wb_putc(w, '\n');
  } else {
    wb_lit(w, "\tO\n");
  }
  return w->err ? 1 : 0;
}

/* ------------------------------------------------------------------- a doc */

static int keeps_tags(const emitter *e) {
  int f = e->o->format;
  return e->agg || f == FMT_TEXT || f == FMT_CONLL || f == FMT_HTML;
}

static int on_tag(const miltag_tag *t, void *ctx) {
  emitter *e = ctx;
  if (e->jsonl_only) { /* the usual run: nothing kept, nothing counted */
    const struct ecache_rec *r;
    if (e->o->offsets != OFF_BYTES || e->o->nfields || !(r = entry_rec(e, t->entry)) ||
        !jsonl_tag_fast(e, t, r, t->start, t->end))
      jsonl_tag(e, t);
    e->ntags++;
    return e->w->err ? 1 : 0;
  }
  if (!e->o->count) {
    switch (e->o->format) {
      case FMT_JSONL: jsonl_tag(e, t); break;
      case FMT_TSV:
        if (!e->tsv_fast || !tsv_tag_fast(e, t)) table_tag(e, t);
        break;
      case FMT_CSV: table_tag(e, t); break;
      case FMT_BRAT: brat_tag(e, t); break;
      default: break;
    }
  }
  if (keeps_tags(e) && keep_tag(e, t)) {
    e->oom = 1;
    return 1;
  }
  e->ntags++;
  return e->w->err ? 1 : 0;
}

/* The end of a document of the usual run that did not go as it should:
 * a warning, or the document rolled back (from `at`) and the reason. */
__attribute__((noinline)) static int doc_trouble(emitter *e, int s, size_t at, char *msg, size_t msgcap) {
  wbuf *w = e->w;
  if (s >= 0 && !e->oom && !w->err) { /* written, but tags may be missing */
    snprintf(msg, msgcap, "%s", miltag_strerror(s));
    return 1;
  }
  snprintf(msg, msgcap, "%s", s < 0 ? miltag_strerror(s) : "out of memory");
  w->len = at;
  if (w->err == ENOMEM) w->err = 0;
  return -1;
}

static int emit_doc_any(emitter *e, const doc *d, char *msg, size_t msgcap);

/* emit_doc of the usual run (e->short_run), in short: jsonl, one object a
 * document, or tsv rows, with nothing kept or counted. */
static inline int emit_short(emitter *e, const doc *d, char *msg, size_t msgcap) {
  wbuf *w = e->w;
  size_t at = w->len;
  int jsonl = e->jsonl_only;
  e->d = d;
  e->ntags = 0;
  e->cur_byte = e->cur_unit = 0;
  e->oom = 0;
  if (jsonl) jsonl_begin(e);
  int s = miltag_scan(e->scan, d->text, d->len, e->o->scan_flags, on_tag, e);
  if (s >= 0 && !e->oom && !w->err) {
    if (!jsonl) {
      if (s != MILTAG_INCOMPLETE) return 0;
    } else if (!wb_reserve(w, 3)) {
      wb_done(w, put_lit(wb_at(w), "]}\n"));
      if (s != MILTAG_INCOMPLETE) return 0;
    }
  }
  return doc_trouble(e, s, at, msg, msgcap);
}

int emit_doc(emitter *e, const doc *d, char *msg, size_t msgcap) {
  if (e->short_run) return emit_short(e, d, msg, msgcap);
  return emit_doc_any(e, d, msg, msgcap);
}

int emit_lines(emitter *e, reader *rd, doc *d, size_t until, char *msg, size_t msgcap) {
  char *line;
  size_t len;
  while (e->w->len < until && rd_line_buffered(rd, &line, &len)) {
    d->text = line;
    d->len = line_text_len(line, len);
    d->raw_len = len;
    d->line++;
    d->seq++;
    int s = emit_short(e, d, msg, msgcap);
    if (s) return s;
  }
  return 0;
}

/* Any format, counted or not. */
__attribute__((noinline)) static int emit_doc_any(emitter *e, const doc *d, char *msg, size_t msgcap) {
  wbuf *w = e->w;
  size_t mark = w->len;
  unsigned long brat_t = e->brat_t;
  int fmt = e->o->count ? -1 : e->o->format;
  e->d = d;
  e->ntags = 0;
  e->cur_byte = e->cur_unit = 0;
  e->oom = 0;
  if (fmt == FMT_JSONL) jsonl_begin(e);
  else if (fmt == FMT_HTML) html_doc_begin(e);
  int s = miltag_scan(e->scan, d->text, d->len, e->o->scan_flags, on_tag, e);
  if (s >= 0 && !e->oom && !w->err) {
    if (fmt == FMT_JSONL) {
      wb_lit(w, "]}\n");
    } else if (fmt == FMT_TEXT) {
      text_doc(e);
    } else if (fmt == FMT_HTML) {
      html_doc_end(e);
    } else if (fmt == FMT_CONLL) {
      conll_ctx c = {e, 0, 0};
      int k = miltag_tokens(e->scan, d->text, d->len, conll_token, &c);
      if (k < 0) s = k;
      wb_putc(w, '\n');
    }
  }
  if (fmt == FMT_BRAT) e->brat_chars += utf8_chars(d->text, d->raw_len ? d->raw_len : d->len);
  if (s < 0 || e->oom || w->err) {
    /* nothing of the document is kept: no half JSON object, no counts */
    snprintf(msg, msgcap, "%s", s < 0 ? miltag_strerror(s) : "out of memory");
    w->len = mark;
    if (w->err == ENOMEM) w->err = 0;
    e->brat_t = brat_t;
    return -1;
  }
  if (e->agg) {
    for (size_t i = 0; i < e->ntags; i++) {
      const miltag_tag *t = &e->tags[i];
      agg_tag(e->agg, t->entry, d->text + t->start, t->end - t->start, d->seq);
      if (t->count != MILTAG_NO_COUNT) agg_count(e->agg, t->entry, t->count_min, t->count_max);
    }
    e->agg->ndocs++;
  }
  if (s == MILTAG_INCOMPLETE) {
    snprintf(msg, msgcap, "%s", miltag_strerror(s));
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------ once a run */

void emit_begin(wbuf *w, const out_opts *o, const char *title) {
  if (o->count) return;
  if (o->format == FMT_CSV) {
    if (o->show_file && o->input != IN_DOC) wb_lit(w, "file,");
    wb_lit(w, "doc");
    const int *fields = o->nfields ? o->fields : csv_default;
    int n = o->nfields ? o->nfields : (int)(sizeof csv_default / sizeof *csv_default);
    for (int i = 0; i < n; i++) {
      wb_putc(w, ',');
      wb_puts(w, field_names[fields[i]]);
    }
    wb_lit(w, "\r\n");
  } else if (o->format == FMT_HTML) {
    html_begin(w, title);
  }
}

void emit_end(wbuf *w, const out_opts *o, const agg *a) {
  if (o->count) agg_write_count(w, a, o->lex, o->format);
  else if (o->format == FMT_GEOJSON) agg_write_geojson(w, a, o->lex);
  else if (o->format == FMT_HTML) html_end(w, a, o->lex);
}
