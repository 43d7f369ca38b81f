#include "output.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t utf8_len(const unsigned char *s, size_t n) {
  /* length of a well-formed UTF-8 sequence at s, or 0 if ill-formed */
  unsigned c = s[0];
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 0;
  if (n < need + 1) return 0;
  if (s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i <= need; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return need + 1;
}

void out_json_string(FILE *f, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  putc('"', f);
  size_t i = 0;
  while (i < n) {
    size_t run = i;
    while (run < n && u[run] >= 0x20 && u[run] < 0x80 && u[run] != '"' && u[run] != '\\') run++;
    if (run > i) { fwrite(u + i, 1, run - i, f); i = run; continue; }
    unsigned c = u[i];
    if (c == '"') { fputs("\\\"", f); i++; }
    else if (c == '\\') { fputs("\\\\", f); i++; }
    else if (c == '\n') { fputs("\\n", f); i++; }
    else if (c == '\t') { fputs("\\t", f); i++; }
    else if (c == '\r') { fputs("\\r", f); i++; }
    else if (c < 0x20 || c == 0x7F) { fprintf(f, "\\u%04x", c); i++; }
    else {
      size_t k = utf8_len(u + i, n - i);
      if (!k) { fputs("\\ufffd", f); i++; continue; }
      if (k == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
        fputs(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", f);
      } else {
        fwrite(u + i, 1, k, f);
      }
      i += k;
    }
  }
  putc('"', f);
}

/* attrs "k=v;k2=v2" (with \; \= \\ escapes) as a JSON object */
static void json_attrs(FILE *f, const char *a) {
  putc('{', f);
  int first = 1;
  const char *p = a;
  char buf[4200];
  while (*p) {
    const char *k = p;
    while (*p && *p != '=') p++;
    size_t kl = (size_t)(p - k);
    if (*p) p++;
    size_t vl = 0;
    while (*p && *p != ';') {
      if (*p == '\\' && p[1]) p++;
      if (vl < sizeof buf) buf[vl++] = *p;
      p++;
    }
    if (*p) p++;
    if (!first) putc(',', f);
    first = 0;
    out_json_string(f, k, kl);
    putc(':', f);
    out_json_string(f, buf, vl);
  }
  putc('}', f);
}

static void tsv_field(FILE *f, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\t') fputs("\\t", f);
    else if (c == '\n') fputs("\\n", f);
    else if (c == '\r') fputs("\\r", f);
    else if (c == '\\') fputs("\\\\", f);
    else putc(c, f);
  }
}

void out_line_begin(out_ctx *o) {
  o->ntags = 0;
  if (o->format == FMT_JSONL) {
    fputs("{", o->f);
    if (o->show_file) {
      fputs("\"file\":", o->f);
      out_json_string(o->f, o->file, strlen(o->file));
      putc(',', o->f);
    }
    fprintf(o->f, "\"line\":%lu,\"tags\":[", o->line);
  }
}

int out_tag(const miltag_tag *t, void *ctx) {
  out_ctx *o = ctx;
  FILE *f = o->f;
  const char *cat = miltag_category_name(t->category);
  if (o->format == FMT_JSONL) {
    if (o->ntags) putc(',', f);
    fprintf(f, "{\"start\":%zu,\"end\":%zu,\"category\":\"%s\",\"id\":", t->start, t->end, cat);
    out_json_string(f, t->id, strlen(t->id));
    fputs(",\"label\":", f);
    out_json_string(f, t->label, strlen(t->label));
    fputs(",\"text\":", f);
    out_json_string(f, o->text + t->start, t->end - t->start);
    fputs(",\"lang\":", f);
    out_json_string(f, t->lang, strlen(t->lang));
    fputs(",\"attrs\":", f);
    json_attrs(f, t->attrs);
    if (t->n_candidates > 1) {
      fputs(",\"candidates\":[", f);
      for (size_t i = 0; i < t->n_candidates; i++) {
        miltag_entry e;
        if (i) putc(',', f);
        if (miltag_lexicon_entry(o->lex, t->candidates[i], &e) == 0)
          out_json_string(f, e.id, strlen(e.id));
      }
      putc(']', f);
    }
    if (t->flags & MILTAG_TAG_AMBIGUOUS) fputs(",\"ambiguous\":true", f);
    putc('}', f);
  } else if (o->format == FMT_TSV) {
    if (o->show_file) { tsv_field(f, o->file, strlen(o->file)); putc('\t', f); }
    fprintf(f, "%lu\t%zu\t%zu\t%s\t", o->line, t->start, t->end, cat);
    tsv_field(f, t->id, strlen(t->id));
    putc('\t', f);
    tsv_field(f, t->label, strlen(t->label));
    putc('\t', f);
    tsv_field(f, o->text + t->start, t->end - t->start);
    putc('\n', f);
  } else if (o->format == FMT_BRAT) {
    /* brat counts characters from the start of the document */
    size_t cs = o->doc_chars + out_chars(o->text, t->start);
    size_t ce = cs + out_chars(o->text + t->start, t->end - t->start);
    unsigned long id = ++o->brat_t;
    fprintf(f, "T%lu\t%s %zu %zu\t", id, cat, cs, ce);
    fwrite(o->text + t->start, 1, t->end - t->start, f);
    fprintf(f, "\n#%lu\tAnnotatorNotes T%lu\t%s\n", id, id, t->id);
  }
  if (o->per_entry) o->per_entry[t->entry]++;
  if (o->format == FMT_TEXT || o->format == FMT_CONLL) {
    if (o->ntags >= o->cap) {
      size_t ncap = o->cap ? o->cap * 2 : 16;
      miltag_tag *nt = realloc(o->tags, ncap * sizeof *nt);
      if (!nt) { o->oom = 1; return 1; }
      o->tags = nt;
      o->cap = ncap;
    }
    o->tags[o->ntags] = *t;
    o->tags[o->ntags].candidates = NULL;
  }
  o->ntags++;
  return 0;
}

static const char *color_of(int cat) {
  switch (cat) {
    case MILTAG_CASUALTY: return "\033[1;31m";
    case MILTAG_UNIT: return "\033[1;34m";
    case MILTAG_PLACE: return "\033[1;32m";
    default: return "\033[1;35m";
  }
}

/* Text format: the line with each tag marked, then one line per tag. */
static void text_line(out_ctx *o) {
  FILE *f = o->f;
  if (!o->ntags) return;
  if (o->show_file) fprintf(f, "%s:", o->file);
  fprintf(f, "%lu: ", o->line);
  size_t pos = 0;
  for (size_t i = 0; i < o->ntags; i++) {
    const miltag_tag *t = &o->tags[i];
    if (t->start < pos) continue; /* overlapping (--overlaps): listed below */
    fwrite(o->text + pos, 1, t->start - pos, f);
    if (o->color) fprintf(f, "%s", color_of(t->category));
    else putc('[', f);
    fwrite(o->text + t->start, 1, t->end - t->start, f);
    if (o->color) fputs("\033[0m", f);
    else fprintf(f, "]{%s}", miltag_category_name(t->category));
    pos = t->end;
  }
  fwrite(o->text + pos, 1, o->len - pos, f);
  putc('\n', f);
  for (size_t i = 0; i < o->ntags; i++) {
    const miltag_tag *t = &o->tags[i];
    fprintf(f, "    %-8s %-28s ", miltag_category_name(t->category), t->id);
    if (o->color) fputs(color_of(t->category), f);
    fwrite(o->text + t->start, 1, t->end - t->start, f);
    if (o->color) fputs("\033[0m", f);
    size_t tl = t->end - t->start;
    if (*t->label && (strlen(t->label) != tl || memcmp(t->label, o->text + t->start, tl) != 0))
      fprintf(f, "  (%s)", t->label);
    if (t->flags & MILTAG_TAG_AMBIGUOUS) fputs("  [ambiguous]", f);
    putc('\n', f);
  }
}

typedef struct conll_ctx {
  out_ctx *o;
  size_t next_tag;
} conll_ctx;

/* One token a line: its text, then B-/I-CATEGORY or O. */
static int conll_token(const miltag_token *t, void *ctx) {
  conll_ctx *c = ctx;
  out_ctx *o = c->o;
  while (c->next_tag < o->ntags && o->tags[c->next_tag].end <= t->start) c->next_tag++;
  fwrite(o->text + t->start, 1, t->end - t->start, o->f);
  const miltag_tag *g = c->next_tag < o->ntags ? &o->tags[c->next_tag] : NULL;
  if (g && g->start <= t->start && t->end <= g->end) {
    fprintf(o->f, "\t%s-", g->start == t->start ? "B" : "I");
    for (const char *p = miltag_category_name(g->category); *p; p++) fputc(*p - 'a' + 'A', o->f);
    fputc('\n', o->f);
  } else {
    fputs("\tO\n", o->f);
  }
  return 0;
}

void out_line_end(out_ctx *o) {
  if (o->format == FMT_JSONL) {
    fputs("]}\n", o->f);
  } else if (o->format == FMT_TEXT) {
    text_line(o);
  } else if (o->format == FMT_CONLL) {
    conll_ctx c = {o, 0};
    if (miltag_tokens(o->scan, o->text, o->len, conll_token, &c) < 0) o->oom = 1;
    fputc('\n', o->f);
  }
}

size_t out_chars(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, chars = 0;
  while (i < n) {
    size_t k = utf8_len(u + i, n - i);
    i += k ? k : 1;
    chars++;
  }
  return chars;
}

void out_stats(FILE *f, const out_ctx *o) {
  if (!o->per_entry) return;
  uint32_t n = miltag_lexicon_entry_count(o->lex);
  for (int cat = MILTAG_CASUALTY; cat <= MILTAG_SLANG; cat++) {
    unsigned long total = 0, ids = 0;
    for (uint32_t e = 0; e < n; e++) {
      miltag_entry en;
      miltag_lexicon_entry(o->lex, e, &en);
      if (en.category == cat && o->per_entry[e]) { total += o->per_entry[e]; ids++; }
    }
    fprintf(f, "%-9s %8lu tags, %lu ids\n", miltag_category_name(cat), total, ids);
    for (uint32_t e = 0; e < n; e++) {
      miltag_entry en;
      miltag_lexicon_entry(o->lex, e, &en);
      if (en.category == cat && o->per_entry[e]) fprintf(f, "  %8lu  %s\n", o->per_entry[e], en.id);
    }
  }
}
