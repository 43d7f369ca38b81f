#include "agg.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"

int agg_init(agg *a, uint32_t entries, int keep_forms) {
  memset(a, 0, sizeof *a);
  wb_init(&a->pool, -1);
  a->n = entries;
  a->keep_forms = keep_forms;
  size_t n = (size_t)entries + 1;
  a->tags = calloc(n, sizeof *a->tags);
  a->docs = calloc(n, sizeof *a->docs);
  a->last = calloc(n, sizeof *a->last);
  a->counted = calloc(n, sizeof *a->counted);
  a->sum = calloc(n, sizeof *a->sum);
  a->sum_max = calloc(n, sizeof *a->sum_max);
  if (!a->tags || !a->docs || !a->last || !a->counted || !a->sum || !a->sum_max) {
    agg_free(a);
    return -1;
  }
  return 0;
}

void agg_free(agg *a) {
  free(a->tags);
  free(a->docs);
  free(a->last);
  free(a->counted);
  free(a->sum);
  free(a->sum_max);
  free(a->forms);
  wb_free(&a->pool);
  a->tags = a->docs = a->last = a->counted = a->sum = a->sum_max = NULL;
  a->forms = NULL;
  a->nforms = a->fcap = 0;
}

static uint64_t hash_form(uint32_t entry, const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull ^ entry;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h ? h : 1;
}

static int grow_forms(agg *a) {
  size_t cap = a->fcap ? a->fcap * 2 : 256;
  form *nf = calloc(cap, sizeof *nf);
  if (!nf) return -1;
  for (size_t i = 0; i < a->fcap; i++) {
    if (!a->forms[i].count) continue;
    size_t k = a->forms[i].hash & (cap - 1);
    while (nf[k].count) k = (k + 1) & (cap - 1);
    nf[k] = a->forms[i];
  }
  free(a->forms);
  a->forms = nf;
  a->fcap = cap;
  return 0;
}

/* Count form s[0, n) of entry (n bytes, already normalized) by k. */
static void add_form(agg *a, uint32_t entry, const char *s, size_t n, unsigned long long k) {
  if (n > UINT32_MAX) return;
  if ((a->nforms + 1) * 10 > a->fcap * 7 && grow_forms(a)) {
    a->oom = 1;
    return;
  }
  uint64_t h = hash_form(entry, s, n);
  size_t i = h & (a->fcap - 1);
  while (a->forms[i].count) {
    form *f = &a->forms[i];
    if (f->hash == h && f->entry == entry && f->len == n && memcmp(a->pool.p + f->off, s, n) == 0) {
      f->count += k;
      return;
    }
    i = (i + 1) & (a->fcap - 1);
  }
  size_t off = a->pool.len;
  wb_put(&a->pool, s, n);
  if (a->pool.err) {
    a->oom = 1;
    a->pool.err = 0;
    a->pool.len = off;
    return;
  }
  a->forms[i] = (form){h, entry, (uint32_t)n, off, k};
  a->nforms++;
}

void agg_tag(agg *a, uint32_t entry, const char *text, size_t len, unsigned long long seq) {
  if (entry >= a->n) return;
  a->tags[entry]++;
  a->ntags++;
  if (a->last[entry] != seq) {
    a->last[entry] = seq;
    a->docs[entry]++;
  }
  if (!a->keep_forms) return;
  /* a form as people write it: runs of white space (a line break inside
   * a tag) become one space */
  char small[256];
  char *buf = len <= sizeof small ? small : malloc(len);
  if (!buf) {
    a->oom = 1;
    return;
  }
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (n && buf[n - 1] != ' ') buf[n++] = ' ';
    } else {
      buf[n++] = c;
    }
  }
  while (n && buf[n - 1] == ' ') n--;
  add_form(a, entry, buf, n, 1);
  if (buf != small) free(buf);
}

void agg_count(agg *a, uint32_t entry, long min, long max) {
  if (entry >= a->n || min < 0 || max < min) return;
  a->counted[entry]++;
  a->sum[entry] += (unsigned long long)min;
  a->sum_max[entry] += (unsigned long long)max;
}

int agg_merge(agg *into, const agg *from) {
  for (uint32_t e = 0; e < into->n && e < from->n; e++) {
    into->tags[e] += from->tags[e];
    into->docs[e] += from->docs[e];
    into->counted[e] += from->counted[e];
    into->sum[e] += from->sum[e];
    into->sum_max[e] += from->sum_max[e];
  }
  into->ntags += from->ntags;
  into->ndocs += from->ndocs;
  for (size_t i = 0; i < from->fcap; i++) {
    const form *f = &from->forms[i];
    if (f->count) add_form(into, f->entry, from->pool.p + f->off, f->len, f->count);
  }
  if (from->oom) into->oom = 1;
  return into->oom ? -1 : 0;
}

/* ------------------------------------------------------------------ order */

typedef struct sort_ctx {
  const agg *a;
  const miltag_lexicon *lex;
} sort_ctx;

/* qsort has no context argument in C11: one sort at a time, by the main
 * thread, after the workers are done. */
static sort_ctx by;

static int by_count(const void *x, const void *y) {
  uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
  if (by.a->tags[i] != by.a->tags[j]) return by.a->tags[i] > by.a->tags[j] ? -1 : 1;
  miltag_entry ei, ej;
  miltag_lexicon_entry(by.lex, i, &ei);
  miltag_lexicon_entry(by.lex, j, &ej);
  return strcmp(ei.id, ej.id);
}

/* The entries with tags (of category cat, 0 for all), most tags first.
 * NULL (and *n 0) when there are none or memory is short (*oom). */
static uint32_t *ranked(const agg *a, const miltag_lexicon *lex, int cat, size_t *n, int *oom) {
  *n = 0;
  *oom = 0;
  if (!a) return NULL;
  size_t k = 0;
  for (uint32_t e = 0; e < a->n; e++) k += a->tags[e] != 0;
  if (!k) return NULL;
  uint32_t *v = malloc(k * sizeof *v);
  if (!v) {
    *oom = 1;
    return NULL;
  }
  for (uint32_t e = 0; e < a->n; e++) {
    if (!a->tags[e]) continue;
    miltag_entry en;
    if (cat && (miltag_lexicon_entry(lex, e, &en) || en.category != cat)) continue;
    v[(*n)++] = e;
  }
  by.a = a;
  by.lex = lex;
  qsort(v, *n, sizeof *v, by_count);
  return v;
}

static void json_num_attr(wbuf *w, const char *attrs, const char *key, const char *name) {
  const char *v;
  size_t n;
  if (!miltag_attr_get(attrs, key, &v, &n) || !is_json_number(v, n)) return;
  wb_lit(w, ",\"");
  wb_puts(w, name);
  wb_lit(w, "\":");
  wb_put(w, v, n);
}

static void json_str_attr(wbuf *w, const char *attrs, const char *key) {
  wbuf v;
  wb_init(&v, -1);
  if (attr_value(attrs, key, &v)) {
    wb_lit(w, ",\"");
    wb_puts(w, key);
    wb_lit(w, "\":");
    wb_json_str(w, v.p ? v.p : "", v.len);
  }
  if (v.err) w->err = v.err;
  wb_free(&v);
}

/* ------------------------------------------------------------------ count */

void agg_write_count(wbuf *w, const agg *a, const miltag_lexicon *lex, int format) {
  size_t n;
  int oom;
  uint32_t *v = ranked(a, lex, 0, &n, &oom);
  if (oom) {
    w->err = ENOMEM;
    return;
  }
  if (format == FMT_CSV) wb_lit(w, "count,docs,category,id,label,counted,sum,sum_max\r\n");
  if (format == FMT_JSON) wb_putc(w, '[');
  for (size_t i = 0; i < n; i++) {
    miltag_entry en;
    miltag_lexicon_entry(lex, v[i], &en);
    const char *cat = miltag_category_name(en.category);
    if (format == FMT_JSONL || format == FMT_JSON) {
      if (format == FMT_JSON) wb_puts(w, i ? ",\n" : "\n");
      wb_lit(w, "{\"id\":");
      wb_json_str(w, en.id, strlen(en.id));
      wb_lit(w, ",\"label\":");
      wb_json_str(w, en.label, strlen(en.label));
      wb_lit(w, ",\"category\":\"");
      wb_puts(w, cat);
      wb_lit(w, "\",\"count\":");
      wb_u64(w, a->tags[v[i]]);
      wb_lit(w, ",\"docs\":");
      wb_u64(w, a->docs[v[i]]);
      if (en.category == MILTAG_CASUALTY) {
        wb_lit(w, ",\"counted\":");
        wb_u64(w, a->counted[v[i]]);
        wb_lit(w, ",\"sum\":");
        wb_u64(w, a->sum[v[i]]);
        wb_lit(w, ",\"sum_max\":");
        wb_u64(w, a->sum_max[v[i]]);
      }
      json_num_attr(w, en.attrs, "lat", "lat");
      json_num_attr(w, en.attrs, "lon", "lon");
      wb_putc(w, '}');
      if (format == FMT_JSONL) wb_putc(w, '\n');
    } else {
      /* tsv and csv: lexicon ids and labels hold no tab or line break */
      int csv = format == FMT_CSV;
      char sep = csv ? ',' : '\t';
      wb_u64(w, a->tags[v[i]]);
      wb_putc(w, sep);
      wb_u64(w, a->docs[v[i]]);
      wb_putc(w, sep);
      wb_puts(w, cat);
      wb_putc(w, sep);
      if (csv) csv_cell(w, en.id, strlen(en.id));
      else wb_puts(w, en.id);
      wb_putc(w, sep);
      if (csv) csv_cell(w, en.label, strlen(en.label));
      else wb_puts(w, en.label);
      /* casualty ids: the tags with a count and its sums; empty otherwise */
      wb_putc(w, sep);
      if (en.category == MILTAG_CASUALTY) wb_u64(w, a->counted[v[i]]);
      wb_putc(w, sep);
      if (en.category == MILTAG_CASUALTY) wb_u64(w, a->sum[v[i]]);
      wb_putc(w, sep);
      if (en.category == MILTAG_CASUALTY) wb_u64(w, a->sum_max[v[i]]);
      wb_puts(w, csv ? "\r\n" : "\n");
    }
  }
  if (format == FMT_JSON) wb_puts(w, n ? "\n]\n" : "]\n");
  free(v);
}

/* ------------------------------------------------------------------ stats */

void agg_write_stats(wbuf *w, const agg *a, const miltag_lexicon *lex, int json) {
  if (json) {
    wb_lit(w, "{\"documents\":");
    wb_u64(w, a->ndocs);
    wb_lit(w, ",\"tags\":");
    wb_u64(w, a->ntags);
    wb_lit(w, ",\"categories\":{");
  }
  for (int cat = MILTAG_CASUALTY; cat <= MILTAG_SLANG; cat++) {
    size_t n;
    int oom;
    uint32_t *v = ranked(a, lex, cat, &n, &oom);
    if (oom) {
      w->err = ENOMEM;
      return;
    }
    unsigned long long total = 0;
    for (size_t i = 0; i < n; i++) total += a->tags[v[i]];
    const char *name = miltag_category_name(cat);
    if (json) {
      if (cat != MILTAG_CASUALTY) wb_putc(w, ',');
      wb_putc(w, '"');
      wb_puts(w, name);
      wb_lit(w, "\":{\"tags\":");
      wb_u64(w, total);
      wb_lit(w, ",\"ids\":[");
    } else {
      wb_printf(w, "%-9s %8llu tags, %zu ids\n", name, total, n);
    }
    for (size_t i = 0; i < n; i++) {
      miltag_entry en;
      miltag_lexicon_entry(lex, v[i], &en);
      if (json) {
        wb_puts(w, i ? ",{\"id\":" : "{\"id\":");
        wb_json_str(w, en.id, strlen(en.id));
        wb_lit(w, ",\"label\":");
        wb_json_str(w, en.label, strlen(en.label));
        wb_lit(w, ",\"count\":");
        wb_u64(w, a->tags[v[i]]);
        wb_lit(w, ",\"docs\":");
        wb_u64(w, a->docs[v[i]]);
        wb_putc(w, '}');
      } else {
        wb_printf(w, "  %8llu  %s\n", a->tags[v[i]], en.id);
      }
    }
    if (json) wb_lit(w, "]}");
    free(v);
  }
  if (json) wb_lit(w, "}}\n");
}

/* ---------------------------------------------------------------- geojson */

static const agg *forms_of;

static int by_form(const void *x, const void *y) {
  const form *f = &forms_of->forms[*(const size_t *)x], *g = &forms_of->forms[*(const size_t *)y];
  if (f->entry != g->entry) return f->entry < g->entry ? -1 : 1;
  if (f->count != g->count) return f->count > g->count ? -1 : 1;
  size_t n = f->len < g->len ? f->len : g->len;
  int c = memcmp(forms_of->pool.p + f->off, forms_of->pool.p + g->off, n);
  return c ? c : (f->len < g->len ? -1 : f->len > g->len);
}

/* The properties every place has, in the map and in the unlocated list. */
static void place_props(wbuf *w, const agg *a, uint32_t e, const miltag_entry *en, const size_t *fi,
                        size_t nf, size_t *at) {
  wb_lit(w, "\"id\":");
  wb_json_str(w, en->id, strlen(en->id));
  wb_lit(w, ",\"label\":");
  wb_json_str(w, en->label, strlen(en->label));
  json_str_attr(w, en->attrs, "country");
  json_str_attr(w, en->attrs, "type");
  json_num_attr(w, en->attrs, "pop", "population");
  wb_lit(w, ",\"count\":");
  wb_u64(w, a->tags[e]);
  wb_lit(w, ",\"docs\":");
  wb_u64(w, a->docs[e]);
  wb_lit(w, ",\"forms\":[");
  int first = 1;
  for (; *at < nf && a->forms[fi[*at]].entry == e; (*at)++) {
    const form *f = &a->forms[fi[*at]];
    if (!first) wb_putc(w, ',');
    first = 0;
    wb_json_str(w, a->pool.p + f->off, f->len);
  }
  wb_putc(w, ']');
}

void agg_write_geojson(wbuf *w, const agg *a, const miltag_lexicon *lex) {
  size_t n;
  int oom;
  uint32_t *v = ranked(a, lex, MILTAG_PLACE, &n, &oom);
  size_t *fi = a && a->nforms ? malloc(a->nforms * sizeof *fi) : NULL;
  if (oom || (a && a->nforms && !fi) || (a && a->oom)) {
    free(v);
    free(fi);
    w->err = ENOMEM;
    return;
  }
  size_t nf = 0;
  for (size_t i = 0; a && i < a->fcap; i++)
    if (a->forms[i].count) fi[nf++] = i;
  forms_of = a;
  if (nf) qsort(fi, nf, sizeof *fi, by_form);
  /* the features in order of count; forms are looked up per entry */
  wb_lit(w, "{\"type\":\"FeatureCollection\",\"features\":[");
  int any = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1) {
      wb_puts(w, any ? "\n],\n\"unlocated\":[" : "],\n\"unlocated\":[");
      any = 0;
    }
    for (size_t i = 0; i < n; i++) {
      miltag_entry en;
      miltag_lexicon_entry(lex, v[i], &en);
      const char *lat, *lon;
      size_t nlat, nlon;
      int located = miltag_attr_get(en.attrs, "lat", &lat, &nlat) && is_json_number(lat, nlat) &&
                    miltag_attr_get(en.attrs, "lon", &lon, &nlon) && is_json_number(lon, nlon);
      if (located != (pass == 0)) continue;
      /* the forms of v[i] (fi is sorted by entry) */
      size_t at, lo = 0, hi = nf;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->forms[fi[mid]].entry < v[i]) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
      wb_puts(w, any ? ",\n" : "\n");
      any = 1;
      if (located) {
        wb_lit(w, "{\"type\":\"Feature\",\"id\":");
        wb_json_str(w, en.id, strlen(en.id));
        wb_lit(w, ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        wb_put(w, lon, nlon);
        wb_putc(w, ',');
        wb_put(w, lat, nlat);
        wb_lit(w, "]},\"properties\":{");
        place_props(w, a, v[i], &en, fi, nf, &at);
        wb_lit(w, "}}");
      } else {
        wb_putc(w, '{');
        place_props(w, a, v[i], &en, fi, nf, &at);
        wb_putc(w, '}');
      }
    }
  }
  wb_puts(w, any ? "\n]}\n" : "]}\n");
  free(v);
  free(fi);
}
