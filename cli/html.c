#include "html.h"

#include <string.h>

static const char head[] =
    "<!DOCTYPE html>\n"
    "<html><head><meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"miltag\">\n"
    "<title>";

/* Colours are solid so that a highlight is one colour on the screen; the
 * tests look for them in a screenshot (tests/html_test.py). */
static const char style[] =
    "</title>\n<style>\n"
    "body{margin:0;font:16px/1.6 \"DejaVu Sans\",\"Noto Sans\",\"Liberation Sans\",Arial,sans-serif;"
    "color:#1a1a1a;background:#fff}\n"
    "header{position:sticky;top:0;z-index:2;background:#f2f2f2;border-bottom:1px solid #c8c8c8;"
    "padding:6px 16px;font-size:14px}\n"
    "header b{margin-right:1em}\n"
    ".key{display:inline-block;margin-right:.8em;padding:0 6px;border-radius:3px}\n"
    ".hint{color:#666}\n"
    "main{padding:8px 16px 24px;max-width:64em}\n"
    ".doc{margin:0 0 10px}\n"
    ".where{display:block;color:#767676;font-size:12px;line-height:1.3}\n"
    ".text{white-space:pre-wrap;overflow-wrap:anywhere}\n"
    "mark{color:inherit;border-radius:2px;position:relative}\n"
    "mark.casualty,.key.casualty{background:#ff9f9f}\n"
    "mark.unit,.key.unit{background:#9fc5ff}\n"
    "mark.place,.key.place{background:#9fe8a8}\n"
    "mark.slang,.key.slang{background:#e2b4ff}\n"
    "mark:hover{outline:2px solid #333}\n"
    "mark:hover::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:3;"
    "margin-top:4px;white-space:pre;background:#222;color:#fff;padding:4px 8px;border-radius:4px;"
    "font-size:13px;line-height:1.4;pointer-events:none}\n"
    ".also{font-size:13px;color:#555}\n"
    "footer{padding:8px 16px;border-top:1px solid #c8c8c8;font-size:14px;color:#333}\n"
    "</style>\n</head>\n<body>\n"
    "<header><b>miltag</b>"
    "<span class=\"key casualty\">casualty</span>"
    "<span class=\"key unit\">unit</span>"
    "<span class=\"key place\">place</span>"
    "<span class=\"key slang\">slang</span>"
    "<span class=\"hint\">point at a tag for its id, label and coordinates</span></header>\n"
    "<main>\n";

void html_text(wbuf *w, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0;
  while (i < n) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') {
      i++;
      continue;
    }
    if (c >= 0x80) {
      size_t k = utf8_seq(u + i, n - i);
      if (k) {
        i += k;
        continue;
      }
    }
    if (c == '\n' || c == '\t' || c == '\r') {
      i++;
      continue;
    }
    wb_put(w, s + run, i - run);
    switch (c) {
      case '&': wb_lit(w, "&amp;"); break;
      case '<': wb_lit(w, "&lt;"); break;
      case '>': wb_lit(w, "&gt;"); break;
      case '"': wb_lit(w, "&quot;"); break;
      default: wb_lit(w, "\xEF\xBF\xBD"); break; /* U+FFFD */
    }
    run = ++i;
  }
  wb_put(w, s + run, n - run);
}

void html_begin(wbuf *w, const char *title) {
  wb_put(w, head, sizeof head - 1);
  wb_lit(w, "miltag: ");
  html_text(w, title, strlen(title));
  wb_put(w, style, sizeof style - 1);
}

void html_doc_begin(emitter *e) {
  wbuf *w = e->w;
  wb_lit(w, "<div class=\"doc\"><span class=\"where\">");
  wbuf where;
  wb_init(&where, -1);
  doc_where(&where, e, e->d->line);
  if (where.err) w->err = where.err;
  else html_text(w, where.p ? where.p : "", where.len);
  wb_free(&where);
  wb_lit(w, "</span><div class=\"text\">");
}

/* The tip shown on hover, one fact a line: id; label and category;
 * coordinates; type and country; candidates; ambiguity. */
static void tip(emitter *e, size_t ti) {
  const miltag_tag *t = &e->tags[ti];
  wbuf *w = e->w;
  wbuf v;
  wb_init(&v, -1);
  miltag_entry en;
  const char *attrs = miltag_lexicon_entry(e->o->lex, t->entry, &en) == 0 ? en.attrs : "";
  wb_puts(&v, t->id);
  wb_putc(&v, '\n');
  if (*t->label) {
    wb_puts(&v, t->label);
    wb_lit(&v, ", ");
  }
  wb_puts(&v, miltag_category_name(t->category));
  size_t line = v.len;
  wb_lit(&v, "\nlat ");
  if (attr_value(attrs, "lat", &v)) {
    wb_lit(&v, ", lon ");
    if (!attr_value(attrs, "lon", &v)) v.len = line;
  } else {
    v.len = line;
  }
  line = v.len;
  wb_putc(&v, '\n');
  size_t start = v.len;
  if (attr_value(attrs, "type", &v)) wb_lit(&v, ", ");
  if (!attr_value(attrs, "country", &v) && v.len > start) v.len -= 2;
  if (v.len == start) v.len = line;
  if (t->n_candidates > 1) {
    wb_lit(&v, "\nor:");
    const uint32_t *cands = e->cands + e->cand_at[ti];
    for (size_t i = 1; i < t->n_candidates; i++) {
      miltag_entry c;
      if (miltag_lexicon_entry(e->o->lex, cands[i], &c) == 0) {
        wb_putc(&v, ' ');
        wb_puts(&v, c.id);
      }
    }
  }
  if (t->count != MILTAG_NO_COUNT) {
    /* the number the text states for a casualty code, and where */
    wb_lit(&v, "\ncount ");
    wb_u64(&v, (unsigned long long)t->count);
    if (t->count_max != t->count_min) {
      wb_putc(&v, '-');
      wb_u64(&v, (unsigned long long)t->count_max);
    }
    wb_lit(&v, ": ");
    wb_put(&v, e->d->text + t->count_start, t->count_end - t->count_start);
  }
  if (t->flags & MILTAG_TAG_AMBIGUOUS) wb_lit(&v, "\nambiguous: no evidence in the sentence");
  if (v.err) w->err = v.err;
  else html_text(w, v.p, v.len);
  wb_free(&v);
}

static void mark_tag(emitter *e, size_t ti) {
  wbuf *w = e->w;
  const miltag_tag *t = &e->tags[ti];
  wb_lit(w, "<mark class=\"");
  wb_puts(w, miltag_category_name(t->category));
  wb_lit(w, "\" data-tip=\"");
  tip(e, ti);
  wb_lit(w, "\">");
  html_text(w, e->d->text + t->start, t->end - t->start);
  wb_lit(w, "</mark>");
}

void html_doc_end(emitter *e) {
  wbuf *w = e->w;
  const char *text = e->d->text;
  size_t pos = 0, skipped = 0;
  for (size_t i = 0; i < e->ntags; i++) {
    const miltag_tag *t = &e->tags[i];
    if (t->start < pos) {
      skipped++;
      continue;
    }
    html_text(w, text + pos, t->start - pos);
    mark_tag(e, i);
    pos = t->end;
  }
  html_text(w, text + pos, e->d->len - pos);
  wb_lit(w, "</div>");
  if (skipped) {
    /* --overlaps: the tags inside or across another one, listed */
    wb_lit(w, "<div class=\"also\">also: ");
    pos = 0;
    for (size_t i = 0; i < e->ntags; i++) {
      const miltag_tag *t = &e->tags[i];
      if (t->start < pos) {
        mark_tag(e, i);
        wb_putc(w, ' ');
      } else {
        pos = t->end;
      }
    }
    wb_lit(w, "</div>");
  }
  wb_lit(w, "</div>\n");
}

void html_end(wbuf *w, const agg *a, const miltag_lexicon *lex) {
  unsigned long long per[6] = {0};
  for (uint32_t i = 0; a && i < a->n; i++) {
    miltag_entry en;
    if (a->tags[i] && miltag_lexicon_entry(lex, i, &en) == 0 && en.category > 0 && en.category < 6)
      per[en.category] += a->tags[i];
  }
  wb_lit(w, "</main>\n<footer>");
  wb_u64(w, a ? a->ndocs : 0);
  wb_lit(w, " documents, ");
  wb_u64(w, a ? a->ntags : 0);
  wb_lit(w, " tags:");
  for (int c = MILTAG_CASUALTY; c <= MILTAG_SLANG; c++) {
    wb_lit(w, " <span class=\"key ");
    wb_puts(w, miltag_category_name(c));
    wb_lit(w, "\">");
    wb_puts(w, miltag_category_name(c));
    wb_putc(w, ' ');
    wb_u64(w, per[c]);
    wb_lit(w, "</span>");
  }
  wb_lit(w, "</footer>\n</body></html>\n");
}
